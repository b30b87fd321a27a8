import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { lstatSync } from 'node:fs';
import { checkFoundFile, findRepositoryRoot, isInside, readRegularFile, realOrSelf } from '../fs/safe-file.js';
import { importModule } from '../core/import-module.js';
import { severities } from '../core/rule.js';
import type { Config, Rule } from '../core/types.js';
import { rules as builtInRules } from '../../rules/index.js';
import type { ConfigValidator } from './compile-validator.js';
import { defaultConfig } from './defaults.js';
import { compilePatterns } from './patterns.js';
import { loadPlugins } from './plugins.js';
import { ruleSettingSchema } from './schema.js';
import type { ConfigIssue } from './validate.js';
import { readConfigDocument, validateDocument, type ConfigDocument, type Locator } from './validate.js';
import { anchorPlugins, extendsEntries, mergeConfig, PACKAGE_CONFIG_FILES, resolveExtends } from './extends.js';

/**
 * The validator for these rules: precompiled by the build for the built-in
 * rules, compiled with ajv otherwise (other rule sets, or the sources in tests).
 */
async function validatorFor(rules: readonly Rule[]): Promise<ConfigValidator> {
  if (rules === builtInRules) {
    try {
      // @ts-ignore: written by scripts/build-validator.mjs next to the built loader.
      const generated = (await import('./validator.generated.js')) as { default: ConfigValidator['validate'] };
      return { rules, validate: generated.default };
    } catch {
      // Not built yet: compile below.
    }
  }
  const { compileValidator } = await import('./compile-validator.js');
  return compileValidator(rules);
}

type RawSettings = Record<string, unknown>;

function isSettings(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `rules` mappings of a raw config, each with its JSON pointer: top level, per presence, per override. */
function settingsMappings(raw: RawSettings): { pointer: string; settings: RawSettings }[] {
  const found: { pointer: string; settings: RawSettings }[] = [];
  if (isSettings(raw.rules)) found.push({ pointer: '/rules', settings: raw.rules });
  if (isSettings(raw.presences)) {
    for (const [name, presence] of Object.entries(raw.presences)) {
      if (isSettings(presence) && isSettings(presence.rules)) found.push({ pointer: `/presences/${name}/rules`, settings: presence.rules });
    }
  }
  if (Array.isArray(raw.overrides)) {
    raw.overrides.forEach((o: unknown, i) => {
      if (isSettings(o) && isSettings(o.rules)) found.push({ pointer: `/overrides/${i}/rules`, settings: o.rules });
    });
  }
  return found;
}

/**
 * The validator of `base` extended with the rules a config adds (patterns,
 * plugins): their settings are taken out of every `rules` mapping before the
 * base validator (precompiled, for the built-in rules) sees the config, and
 * checked against a small schema of their own, its errors placed where the
 * settings are. Compiling the whole schema at run time instead would cost
 * about 150 ms on every run of a config with a pattern.
 */
async function extendedValidator(base: ConfigValidator, added: readonly Rule[]): Promise<ConfigValidator> {
  const ids = new Set(added.map((r) => r.id));
  // ajv is CommonJS: its class is a named export under Node, and under `default` in the bundle's chunks.
  const ajvModule = (await importModule('ajv')) as { Ajv?: typeof import('ajv').Ajv; default?: { Ajv?: typeof import('ajv').Ajv } };
  const Ajv = (ajvModule.Ajv ?? ajvModule.default?.Ajv)!;
  // The schema is made here from checked option specs: no need to check it against the meta-schema (which costs more than the compile).
  const settings = new Ajv({ allErrors: true, verbose: true, strict: true, validateSchema: false, meta: false }).compile({
    type: 'object',
    properties: Object.fromEntries(added.map((r) => [r.id, ruleSettingSchema(r)])),
  });
  const validate = ((data: unknown) => {
    const errors: ErrorObject[] = [];
    let rest = data;
    if (isSettings(data)) {
      rest = structuredClone(data);
      const mappings = settingsMappings(data);
      const stripped = settingsMappings(rest as RawSettings);
      mappings.forEach(({ pointer, settings: mapping }, i) => {
        const own = Object.fromEntries(Object.entries(mapping).filter(([id]) => ids.has(id)));
        for (const id of Object.keys(own)) delete stripped[i]!.settings[id];
        if (Object.keys(own).length > 0 && !settings(own)) {
          for (const e of settings.errors ?? []) errors.push({ ...e, instancePath: `${pointer}${e.instancePath}` });
        }
      });
    }
    if (!base.validate(rest)) errors.unshift(...(base.validate.errors ?? []));
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  }) as ValidateFunction;
  return { rules: [...base.rules, ...added], validate };
}

/** Where presence looks for a config, in order, from the current folder upward. */
export const SEARCH_PLACES = [
  'package.json',
  '.presencerc',
  '.presencerc.yaml',
  '.presencerc.yml',
  '.presencerc.json',
  'presence.config.yaml',
];

/** A loaded config, or the issues that stop the run. */
export interface LoadedConfig {
  config?: Config;
  /** The config file, or undefined when the built-in defaults are used. */
  filepath?: string;
  issues: ConfigIssue[];
  /** The rules of the run: the given ones, then the config's patterns, then its plugins' rules. */
  rules: readonly Rule[];
  /** Where each rule that the config adds comes from, by id: `pattern in .presencerc.yaml`, `plugin ./brand-voice.js`. */
  origins: ReadonlyMap<string, string>;
  /**
   * The project of the run: the git repository the current folder is in,
   * else the folder of the config found, else the current folder. Links
   * from inside it to outside are not followed, and nothing of a file
   * outside it is printed.
   */
  projectRoot?: string;
}

/** A stand-in for a pattern that has errors, so that its `rules:` settings do not add "unknown rule" to them. */
function placeholderRule(id: string): Rule {
  return { id, description: 'A pattern of the config.', messages: {}, defaultSeverity: severities({ professional: 'off', personal: 'off' }), check: () => [] };
}

/**
 * What `plugins:` gives when plugins are refused (--no-plugins,
 * PRESENCE_NO_PLUGINS): no rules, and an issue at the key, so that a run
 * told to run no code from the repository fails instead of quietly running
 * fewer rules.
 */
function refusedPlugins(plugins: unknown, at: Locator): { rules: Rule[]; origins: Map<string, string>; issues: ConfigIssue[] } {
  if (plugins === undefined || (Array.isArray(plugins) && plugins.length === 0)) return { rules: [], origins: new Map(), issues: [] };
  return {
    rules: [],
    origins: new Map(),
    issues: [
      at.issue(['plugins'], 'plugins are refused: --no-plugins (or PRESENCE_NO_PLUGINS) is set, and this config loads code', {
        key: true,
        hint: 'A plugin is JavaScript that runs with your permissions. Check a repository you trust without --no-plugins, or remove `plugins:` from its config.',
      }),
    ],
  };
}

/** How deep `extends:` may nest (a chain longer than this is surely a mistake). */
const MAX_EXTENDS_DEPTH = 16;

/**
 * The document of a config with `extends:`, its raw keys merged over those
 * of the configs it names (config/extends.ts); the locator stays the
 * config's own, so its keys keep their positions. Each extended config is
 * validated on its own first, its issues placed in its own file; a missing
 * file or package and a cycle are issues at the `extends:` entry.
 *
 * @param chain the config files above this one, to find cycles
 */
async function withExtends(
  document: ConfigDocument,
  options: { shown: string; filepath: string; rules: readonly Rule[]; noPlugins?: boolean },
  chain: readonly string[],
): Promise<ConfigDocument | { issues: ConfigIssue[] }> {
  const own = document.raw!;
  const entries = extendsEntries(own.extends);
  if (!entries) return { issues: [document.at.issue(['extends'], '`extends` must be a file or package name, or a list of them')] };
  let merged: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const [index, entry] of entries.entries()) {
    const where: (string | number)[] = typeof own.extends === 'string' ? ['extends'] : ['extends', index];
    const file = resolveExtends(entry, options.filepath);
    if (!file) {
      const local = entry.startsWith('.') || path.isAbsolute(entry);
      issues.push(document.at.issue(where, `cannot find the config "${entry}" that this config extends`, {
        hint: local ? `The path is relative to the folder of the config (${path.dirname(options.filepath)}).` : `Install it next to the config (npm install --save-dev ${entry.split('/').slice(0, entry.startsWith('@') ? 2 : 1).join('/')}); the package must hold ${PACKAGE_CONFIG_FILES[0]}, or name a file in it (${entry}/brand.yaml).`,
      }));
      continue;
    }
    const real = realOrSelf(file);
    if (chain.some((c) => realOrSelf(c) === real)) {
      const names = [...chain, file].map((f) => path.basename(f));
      issues.push(document.at.issue(where, `extends form a cycle: ${names.join(' -> ')}`, { hint: 'A config cannot extend itself, directly or through others.' }));
      continue;
    }
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      issues.push(document.at.issue(where, `extends nest deeper than ${MAX_EXTENDS_DEPTH} configs`));
      continue;
    }
    const shown = path.relative(path.dirname(options.filepath), file).startsWith('..') ? file : path.join(path.dirname(options.shown), path.relative(path.dirname(options.filepath), file));
    let text: string;
    try {
      const ext = path.extname(file);
      if (!CONFIG_EXTENSIONS.includes(ext)) throw Object.assign(new Error(`unsupported config format "${ext}": use YAML or JSON`), { code: 'EFORMAT' });
      // A shared config may live in node_modules, outside the project: it is data, read with the same caps.
      text = new TextDecoder().decode(readRegularFile(file, MAX_CONFIG_BYTES));
    } catch (error) {
      issues.push(document.at.issue(where, `cannot read the config "${entry}" that this config extends: ${(error as NodeJS.ErrnoException).code === 'EFORMAT' ? (error as Error).message : describeReadError(error)}`));
      continue;
    }
    const inner = readConfigDocument(text, shown);
    if ('issues' in inner) {
      issues.push(...inner.issues);
      continue;
    }
    let innerDoc: ConfigDocument = inner;
    if (inner.raw?.extends !== undefined) {
      const nested = await withExtends(inner, { ...options, shown, filepath: file }, [...chain, file]);
      if ('issues' in nested) {
        issues.push(...nested.issues);
        continue;
      }
      innerDoc = nested;
    }
    // On its own first, so that its mistakes are shown in its own file (at their lines when it extends nothing itself).
    const flat = innerDoc === inner;
    const alone = await validateConfigText({ text: flat ? text : JSON.stringify(innerDoc.raw ?? {}), shown, filepath: file, rules: options.rules, ...(options.noPlugins ? { noPlugins: true } : {}) });
    const errors = alone.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      issues.push(...(flat ? errors : errors.map(({ line: _line, column: _column, ...rest }) => rest)));
      continue;
    }
    const { extends: _ignored, ...keys } = anchorPlugins(innerDoc.raw ?? {}, file);
    merged = mergeConfig(merged, keys);
  }
  if (issues.length > 0) return { issues };
  const { extends: _own, ...ownKeys } = own;
  return { raw: mergeConfig(merged, ownKeys), at: document.at };
}

/**
 * Validates the text of a config: reads it, builds the rules of its
 * `patterns`, loads its `plugins`, then validates the whole config against
 * the schema of all the rules (so `rules:` may set the new ones).
 *
 * @param shown the config file as messages name it
 * @param filepath the config file's absolute path: plugins are resolved from its folder
 * @param prop the key that holds the config (`presence` in package.json)
 */
export async function validateConfigText(options: {
  text: string;
  shown: string;
  filepath: string;
  rules: readonly Rule[];
  prop?: string;
  /** Refuse `plugins:` with an issue instead of loading them. */
  noPlugins?: boolean;
}): Promise<Omit<LoadedConfig, 'filepath'>> {
  const { rules: base, shown } = options;
  const origins = new Map<string, string>();
  const read = readConfigDocument(options.text, shown, options.prop);
  if ('issues' in read) return { issues: read.issues, rules: base, origins };
  let document = read;
  if (read.raw?.extends !== undefined) {
    const extended = await withExtends(read, options, [options.filepath]);
    if ('issues' in extended) return { issues: extended.issues, rules: base, origins };
    document = extended;
  }
  const raw = document.raw ?? {};
  if (raw.patterns === undefined && raw.plugins === undefined) {
    return { ...validateDocument(document, await validatorFor(base)), rules: base, origins };
  }
  const taken = new Map(base.map((r) => [r.id, 'a built-in rule']));
  const patterns = await compilePatterns(raw.patterns, document.at, new Set(taken.keys()));
  for (const id of patterns.ids) {
    taken.set(id, 'a pattern of the config');
    origins.set(id, `pattern in ${shown}`);
  }
  const plugins = options.noPlugins ? refusedPlugins(raw.plugins, document.at) : await loadPlugins(raw.plugins, options.filepath, document.at, taken);
  for (const [id, name] of plugins.origins) origins.set(id, `plugin ${name}`);
  const rules = [...base, ...patterns.rules, ...plugins.rules];
  const built = new Set(patterns.rules.map((r) => r.id));
  const placeholders = patterns.ids.filter((id) => !built.has(id)).map((id) => placeholderRule(id));
  let validator: ConfigValidator;
  try {
    validator = await extendedValidator(await validatorFor(base), [...patterns.rules, ...plugins.rules, ...placeholders]);
  } catch (error) {
    // A schema the rules' option specs make invalid; the plugin checks should have caught it.
    return { issues: [{ severity: 'error', file: shown, message: `cannot build the config schema: ${(error as Error).message}` }], rules, origins };
  }
  const validated = validateDocument(document, validator, [...patterns.issues, ...plugins.issues]);
  return { ...validated, rules, origins };
}

/** The largest config file presence reads, in bytes: a config is a page of YAML, not a data dump. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Why a config path cannot be read, for people. */
function describeReadError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { size?: number };
  switch (err.code) {
    case 'ENOENT':
      return 'config file not found';
    case 'EISDIR':
      return 'config path is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'config file cannot be read (permission denied)';
    case 'EFBIG':
      return `config file is too large (${err.size ?? 'over'} bytes; a config is at most ${MAX_CONFIG_BYTES / (1024 * 1024)} MB)`;
    case 'ENOTREG':
      return err.message.startsWith('is a folder') ? 'config path is a directory, not a file' : `config path ${err.message}`;
    case 'ELINKOUT':
      return `config path ${err.message}`;
    default:
      return err.message;
  }
}

/** A config file's text, read safely: a regular file (or a link to one within the project), at most {@link MAX_CONFIG_BYTES}. */
function readConfigFile(file: string, root: string): string {
  checkFoundFile(file, root);
  return new TextDecoder().decode(readRegularFile(file, MAX_CONFIG_BYTES));
}

/**
 * Looks for the config from `cwd` upward, in each folder trying every one of
 * {@link SEARCH_PLACES}. A search place that is a folder, a pipe, a device,
 * a link out of the project or cannot be read throws its error with its
 * `path` (a silent skip would go on with a config from further up, or none);
 * two configs in one folder are an issue naming both, not a silent choice by
 * the order of the search places. A `package.json` counts only with a
 * `presence` key, and one presence cannot read is not presence's to judge.
 * There is no fallback to a config in the home folder.
 */
function searchUpward(from: string, cwd: string, repository: string | undefined): { filepath?: string; text?: string; issue?: ConfigIssue } {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const found: { file: string; text: string }[] = [];
    for (const place of SEARCH_PLACES) {
      const file = path.join(dir, place);
      try {
        lstatSync(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        throw Object.assign(error as Error, { path: file });
      }
      try {
        // Outside a repository, the folder a config is found in is its project.
        const text = readConfigFile(file, repository ?? dir);
        if (place === 'package.json' && !hasPresenceKey(text)) continue;
        found.push({ file, text });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        if (place === 'package.json' && (code === 'EISDIR' || code === 'EACCES' || code === 'ENOTREG' || code === 'EFBIG')) continue;
        throw Object.assign(error as Error, { path: file });
      }
    }
    if (found.length > 1) {
      const names = found.map((f) => path.basename(f.file));
      return {
        issue: {
          severity: 'error',
          file: path.relative(cwd, found[0]!.file) || found[0]!.file,
          message: `more than one config file in this folder: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}; presence does not guess which one applies`,
          hint: `Keep one (move the other's settings into it), or name the one to use with --config.`,
        },
      };
    }
    if (found.length === 1) return { filepath: found[0]!.file, text: found[0]!.text };
    if (path.dirname(dir) === dir) return {};
  }
}

/**
 * The config file that a search from `dir` upward finds, without validating
 * it: what tells the files of a run apart by config. Undefined when none is
 * found, and for a search that fails (a config path that is a folder, two
 * configs in one folder): {@link loadConfig} from the same folder reports it.
 */
export function findConfigPath(dir: string): { filepath?: string; failed?: true } {
  try {
    const found = searchUpward(dir, dir, findRepositoryRoot(dir));
    return found.issue ? { failed: true } : found.filepath ? { filepath: found.filepath } : {};
  } catch {
    return { failed: true };
  }
}

/** Whether a package.json's text holds a `presence` key (an unparseable one holds none presence can use). */
function hasPresenceKey(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'presence' in value;
  } catch {
    return false;
  }
}

/** The config formats presence reads: data only. */
const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', ''];

/**
 * The issues of a config file outside the project, with nothing of its
 * content: an error message may quote the file (a key, a value, a JSON
 * parser's excerpt), and a file outside the project may be anything
 * (`-c /proc/self/environ` in a hook's arguments that a pull request wrote).
 */
function withoutContent(issues: readonly ConfigIssue[], root: string): ConfigIssue[] {
  return issues.map((issue) => ({
    severity: issue.severity,
    file: issue.file,
    ...(issue.line === undefined ? {} : { line: issue.line, column: issue.column ?? 1 }),
    message: `the config has ${issue.severity === 'warning' ? 'a warning' : 'an error'} here; its text is not shown, as the file is outside the project (${root})`,
    hint: 'Run presence from a folder of the project that holds this config to see the error in full.',
  }));
}

/**
 * Finds (or reads the named) config file and validates it, with the rules
 * of its patterns and plugins. Configs are data: YAML and JSON only, never
 * JavaScript, and no `$import`. Every way of failing comes back as issues;
 * nothing throws for a bad file.
 *
 * @param noPlugins refuse a config's `plugins:` (the one way a config runs code) with an issue
 */
export async function loadConfig(options: {
  cwd: string;
  /** The folder to search from, upward (a checked file's folder); default `cwd`. Paths in messages stay relative to `cwd`. */
  searchFrom?: string;
  configFile?: string;
  rules: readonly Rule[];
  noPlugins?: boolean;
}): Promise<LoadedConfig> {
  const from = options.searchFrom ?? options.cwd;
  const repository = findRepositoryRoot(from);
  let root = repository ?? path.resolve(options.cwd);
  let filepath: string | undefined;
  let text = '';
  try {
    if (options.configFile) {
      filepath = path.resolve(options.cwd, options.configFile);
      const ext = path.extname(filepath);
      if (path.basename(filepath) !== 'package.json' && !CONFIG_EXTENSIONS.includes(ext)) {
        return { issues: [{ severity: 'error', file: options.configFile, message: `unsupported config format "${ext}": use YAML or JSON` }], rules: options.rules, origins: new Map() };
      }
      text = readConfigFile(filepath, root);
    } else {
      const found = searchUpward(from, options.cwd, repository);
      if (found.issue) return { issues: [found.issue], rules: options.rules, origins: new Map(), projectRoot: root };
      filepath = found.filepath;
      text = found.text ?? '';
      if (filepath && !repository) root = path.dirname(filepath);
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const file = options.configFile ?? (err.path ? path.relative(options.cwd, err.path) || err.path : 'config');
    return { issues: [{ severity: 'error', file, message: describeReadError(error) }], rules: options.rules, origins: new Map(), projectRoot: root };
  }
  if (!filepath) return { config: defaultConfig(), issues: [], rules: options.rules, origins: new Map(), projectRoot: root };
  const shown = path.relative(options.cwd, filepath) || filepath;
  const isPackage = path.basename(filepath) === 'package.json';
  const validated = await validateConfigText({ text, shown, filepath, rules: options.rules, noPlugins: Boolean(options.noPlugins), ...(isPackage ? { prop: 'presence' } : {}) });
  const outside = !isInside(realOrSelf(filepath), realOrSelf(root));
  return { ...validated, issues: outside ? withoutContent(validated.issues, root) : validated.issues, filepath, projectRoot: root };
}
