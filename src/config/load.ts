import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { cosmiconfig, type Loader, type PublicExplorer } from 'cosmiconfig';
import { parse } from 'yaml';
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
import { readConfigDocument, validateDocument } from './validate.js';
import { MAX_ALIAS_COUNT } from './yaml-document.js';

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
}

/** A stand-in for a pattern that has errors, so that its `rules:` settings do not add "unknown rule" to them. */
function placeholderRule(id: string): Rule {
  return { id, description: 'A pattern of the config.', messages: {}, defaultSeverity: severities({ professional: 'off', personal: 'off' }), check: () => [] };
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
}): Promise<Omit<LoadedConfig, 'filepath'>> {
  const { rules: base, shown } = options;
  const origins = new Map<string, string>();
  const document = readConfigDocument(options.text, shown, options.prop);
  if ('issues' in document) return { issues: document.issues, rules: base, origins };
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
  const plugins = await loadPlugins(raw.plugins, options.filepath, document.at, taken);
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

/**
 * Looks for the config from `cwd` upward, in each folder trying every one of
 * {@link SEARCH_PLACES}. Unlike cosmiconfig's search, which skips a search
 * place it cannot read (the run then went on with a config from a folder
 * further up, or with none, and said nothing), a search place that is a
 * folder or cannot be read throws its error with its `path`; and two configs
 * in one folder are an issue naming both, not a silent choice by the order of
 * the search places. A `package.json` counts only with a `presence` key.
 */
async function searchUpward(explorer: PublicExplorer, cwd: string): Promise<{ filepath?: string; issue?: ConfigIssue }> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found: string[] = [];
    for (const place of SEARCH_PLACES) {
      const file = path.join(dir, place);
      try {
        if (await explorer.load(file)) found.push(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Not there; or a package.json that is not presence's to judge.
        if (code === 'ENOENT' || code === 'ENOTDIR' || (place === 'package.json' && (code === 'EISDIR' || code === 'EACCES'))) continue;
        throw Object.assign(error as Error, { path: file });
      }
    }
    if (found.length > 1) {
      const names = found.map((f) => path.basename(f));
      return {
        issue: {
          severity: 'error',
          file: path.relative(cwd, found[0]!) || found[0]!,
          message: `more than one config file in this folder: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}; presence does not guess which one applies`,
          hint: `Keep one (move the other's settings into it), or name the one to use with --config.`,
        },
      };
    }
    if (found.length === 1) return { filepath: found[0]! };
    if (path.dirname(dir) === dir) return {};
  }
}

/**
 * Finds (or reads the named) config file and validates it, with the rules
 * of its patterns and plugins. Every way of failing comes back as issues;
 * nothing throws for a bad file.
 */
export async function loadConfig(options: { cwd: string; configFile?: string; rules: readonly Rule[] }): Promise<LoadedConfig> {
  const texts = new Map<string, string>();
  // The loader only remembers the text and tells cosmiconfig whether there is
  // a config here; validation (with positions) happens on the text below.
  const loader: Loader = (filepath, content) => {
    texts.set(filepath, content);
    try {
      // Duplicate keys are found later, in linear time (the yaml library's check is quadratic).
      return parse(content, { maxAliasCount: MAX_ALIAS_COUNT, uniqueKeys: false }) ?? {};
    } catch {
      return path.basename(filepath) === 'package.json' ? {} : { broken: true };
    }
  };
  const explorer = cosmiconfig('presence', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'global',
    stopDir: path.parse(options.cwd).root,
    ignoreEmptySearchPlaces: false,
    cache: false,
    loaders: { '.json': loader, '.yaml': loader, '.yml': loader, noExt: loader },
  });
  let filepath: string | undefined;
  try {
    if (options.configFile) {
      filepath = path.resolve(options.cwd, options.configFile);
      await explorer.load(filepath);
    } else {
      const found = await searchUpward(explorer, options.cwd);
      if (found.issue) return { issues: [found.issue], rules: options.rules, origins: new Map() };
      // Then the user's own config folder (~/.config/presence/config.yaml ...), as cosmiconfig's global search does.
      filepath = found.filepath ?? (await explorer.search(path.parse(options.cwd).root))?.filepath;
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const file = options.configFile ?? (err.path ? path.relative(options.cwd, err.path) || err.path : 'config');
    const reason =
      err.code === 'ENOENT' ? 'config file not found' : err.code === 'EISDIR' ? 'config path is a directory, not a file' : err.code === 'EACCES' ? 'config file cannot be read (permission denied)' : err.message;
    return { issues: [{ severity: 'error', file, message: reason }], rules: options.rules, origins: new Map() };
  }
  if (!filepath) return { config: defaultConfig(), issues: [], rules: options.rules, origins: new Map() };
  const text = texts.get(filepath) ?? '';
  const shown = path.relative(options.cwd, filepath) || filepath;
  const isPackage = path.basename(filepath) === 'package.json';
  const ext = path.extname(filepath);
  if (!isPackage && !['.json', '.yaml', '.yml', ''].includes(ext)) {
    return {
      filepath,
      issues: [{ severity: 'error', file: shown, message: `unsupported config format "${ext}": use YAML or JSON` }],
      rules: options.rules,
      origins: new Map(),
    };
  }
  const validated = await validateConfigText({ text, shown, filepath, rules: options.rules, ...(isPackage ? { prop: 'presence' } : {}) });
  return { ...validated, filepath };
}
