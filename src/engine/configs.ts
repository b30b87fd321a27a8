import path from 'node:path';
import { findConfigPath, loadConfig, validateConfigText, type LoadedConfig } from '../config/load.js';
import { loadOverrideMatcher } from '../config/overrides.js';
import type { Config, PresenceName, Rule } from '../core/types.js';
import { settingsForFiles, type FileSettings } from './files.js';

/** A config as it applies to the files it governs: what loaded, where its relative paths start, how each file is read. */
export interface ResolvedConfig {
  /** The config file, the rules it runs, its issues and origins (config/load.ts). */
  loaded: LoadedConfig;
  /** The folder its relative paths (overrides, ignorePatterns, .presenceignore, the baseline) start from. */
  baseDir: string;
  /** How to read each file under it; undefined when the config did not load. */
  settingsFor?: (absolute: string) => FileSettings;
  /** Tells configs apart: the config file, or `<defaults>`, `<object>`, `<failed:folder>`. */
  id: string;
}

/** How the run chooses configs: one named or given, else the nearest one above each file. */
export interface ConfigChoice {
  cwd: string;
  /** `--config`: one config for every file, wherever it is. */
  configFile?: string;
  /** A config given as an object (the library), for every file; plugins resolve from `cwd`. */
  object?: Record<string, unknown>;
  rules: readonly Rule[];
  noPlugins?: boolean;
  /** `--presence`: the presence of posts that name none, over every config's default. */
  presence?: PresenceName;
  /** Changes every config takes from the command line (`--rule`, `--ignore-pattern`), applied after it is validated. */
  adjust?: (config: Config) => Config;
}

/**
 * Which config applies to which file. Without `--config`, the config of a
 * file is the nearest one from the file's folder upward (as ESLint and
 * markdownlint-cli2 look it up), so `posts/brand-a/.presencerc.yaml`
 * governs its posts wherever presence runs from. Each folder is searched
 * once and each config file validated once per run.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string>();
  private readonly byId = new Map<string, Promise<ResolvedConfig>>();

  constructor(private readonly choice: ConfigChoice) {}

  /** The config of the run's own folder (or the named or given one): the baseline, ignore file and messages start from it. */
  base(): Promise<ResolvedConfig> {
    return this.forDir(this.choice.cwd);
  }

  /** The config that applies to a file (absolute path). */
  forFile(absolute: string): Promise<ResolvedConfig> {
    return this.forDir(path.dirname(absolute));
  }

  /** The config that a search from `dir` upward finds, loaded once. */
  forDir(dir: string): Promise<ResolvedConfig> {
    const { choice } = this;
    if (choice.object) return this.once('<object>', () => this.fromObject(choice.object!));
    if (choice.configFile) return this.once(path.resolve(choice.cwd, choice.configFile), () => this.load(choice.cwd));
    let id = this.byDir.get(dir);
    if (id === undefined) {
      const found = findConfigPath(dir);
      id = found.failed ? `<failed:${dir}>` : (found.filepath ?? '<defaults>');
      this.byDir.set(dir, id);
    }
    return this.once(id, () => this.load(dir));
  }

  /** Every config loaded so far, in the order first met. */
  async loaded(): Promise<ResolvedConfig[]> {
    return Promise.all(this.byId.values());
  }

  private once(id: string, make: () => Promise<Omit<ResolvedConfig, 'id'>>): Promise<ResolvedConfig> {
    let resolved = this.byId.get(id);
    if (!resolved) {
      resolved = make().then((r) => ({ ...r, id }));
      this.byId.set(id, resolved);
    }
    return resolved;
  }

  private async load(searchFrom: string): Promise<Omit<ResolvedConfig, 'id'>> {
    const { choice } = this;
    const loaded = await loadConfig({ cwd: choice.cwd, searchFrom, ...(choice.configFile ? { configFile: choice.configFile } : {}), rules: choice.rules, noPlugins: Boolean(choice.noPlugins) });
    const baseDir = loaded.filepath ? path.dirname(loaded.filepath) : choice.cwd;
    return this.settle(loaded, baseDir);
  }

  private async fromObject(object: Record<string, unknown>): Promise<Omit<ResolvedConfig, 'id'>> {
    const { cwd, rules } = this.choice;
    const text = `${JSON.stringify(object, null, 2)}\n`;
    const validated = await validateConfigText({ text, shown: '<config object>', filepath: path.join(cwd, '<config object>'), rules });
    return this.settle({ ...validated, projectRoot: cwd }, cwd);
  }

  private async settle(loaded: LoadedConfig, baseDir: string): Promise<Omit<ResolvedConfig, 'id'>> {
    if (!loaded.config) return { loaded, baseDir };
    const config = this.choice.adjust ? this.choice.adjust(loaded.config) : loaded.config;
    const settled = { ...loaded, config };
    return { loaded: settled, baseDir, settingsFor: settingsForFiles(config, await loadOverrideMatcher(config, baseDir), this.choice.presence) };
  }
}

/** `--rule id:severity` over a config's own settings (its options kept). */
export function withSeverities(severities: Readonly<Record<string, string>>): (config: Config) => Config {
  return (config) => {
    const rules = { ...config.rules };
    for (const [id, severity] of Object.entries(severities)) {
      const current = rules[id];
      rules[id] = typeof current === 'object' && current !== null && !Array.isArray(current) ? { ...current, severity: severity as never } : (severity as never);
    }
    return { ...config, rules };
  };
}
