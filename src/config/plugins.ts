import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importModule } from '../core/import-module.js';
import type { SeveritySpec } from '../core/rule.js';
import type { Audience, DefaultSeverity, OptionSpec, PresenceName, Rule, RuleOptions, SeveritySetting } from '../core/types.js';
import { AUDIENCES, PRESENCE_NAMES, SEVERITY_SETTINGS } from '../core/types.js';
import { RULE_ID } from './patterns.js';
import type { ConfigIssue, Locator } from './validate.js';
import { suggest } from './validate.js';

/**
 * A rule as a plugin may write it: a built-in rule's contract, except that
 * `defaultSeverity` may be left out (warning everywhere), be one severity
 * for every presence and audience, or a severity per presence as
 * `severities()` takes it.
 */
export type PluginRule<O extends RuleOptions = RuleOptions, S = unknown> = Omit<Rule<O, S>, 'defaultSeverity'> & {
  defaultSeverity?: DefaultSeverity | SeveritySetting | Record<PresenceName, SeveritySpec>;
};

/** What a plugin module exports by default. */
export interface Plugin {
  // `any`: each rule has its own options type, and a rule with options is not a Rule<RuleOptions> to the checker.
  rules: readonly PluginRule<any, any>[];
}

/** The rules the config's plugins brought, with the module that brought each, and the issues. */
export interface LoadedPlugins {
  rules: Rule[];
  /** Rule id -> the plugin as the config names it. */
  origins: Map<string, string>;
  issues: ConfigIssue[];
}

const RULE_KEYS = ['id', 'description', 'messages', 'options', 'defaultSeverity', 'languages', 'elsewhere', 'check', 'summarize', 'checkCollection'];
const OPTION_TYPES = ['string[]', 'number', 'boolean', 'string'];
const OPTION_KEYS: Record<string, string[]> = {
  'string[]': ['type', 'default', 'description'],
  number: ['type', 'default', 'description', 'minimum', 'integer'],
  boolean: ['type', 'default', 'description'],
  string: ['type', 'default', 'description', 'enum'],
};
const OPTION_NAME = /^[a-z][A-Za-z0-9]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/** Why an option spec is malformed, or undefined. */
function optionProblem(spec: unknown): string | undefined {
  if (!isRecord(spec)) return 'must be an object { type, default, description }';
  if (typeof spec.type !== 'string' || !OPTION_TYPES.includes(spec.type)) {
    return `has type ${JSON.stringify(spec.type)}: expected one of ${OPTION_TYPES.join(', ')}`;
  }
  const unknown = Object.keys(spec).find((k) => !OPTION_KEYS[spec.type as string]!.includes(k));
  if (unknown) return `has unknown property "${unknown}" for type ${spec.type}`;
  if (typeof spec.description !== 'string' || !spec.description.trim()) return 'needs a description';
  const d = spec.default;
  switch (spec.type) {
    case 'string[]':
      if (!Array.isArray(d) || !d.every((v) => typeof v === 'string')) return 'needs a default that is a list of strings';
      break;
    case 'number':
      if (typeof d !== 'number' || !Number.isFinite(d)) return 'needs a default that is a number';
      if (spec.minimum !== undefined && (typeof spec.minimum !== 'number' || !Number.isFinite(spec.minimum))) return 'has a minimum that is not a number';
      if (spec.integer !== undefined && typeof spec.integer !== 'boolean') return 'has an integer flag that is not true or false';
      if (typeof spec.minimum === 'number' && d < spec.minimum) return 'has a default below its minimum';
      if (spec.integer === true && !Number.isInteger(d)) return 'has a default that is not a whole number';
      break;
    case 'boolean':
      if (typeof d !== 'boolean') return 'needs a default that is true or false';
      break;
    case 'string':
      if (typeof d !== 'string') return 'needs a default that is a string';
      if (spec.enum !== undefined) {
        if (!Array.isArray(spec.enum) || spec.enum.length === 0 || !spec.enum.every((v) => typeof v === 'string')) return 'has an enum that is not a list of strings';
        if (!spec.enum.includes(d)) return 'has a default that is not in its enum';
      }
      break;
  }
  return undefined;
}

/** The full severity table from what a plugin wrote, or why it cannot be read. */
function normalizeSeverity(value: unknown): DefaultSeverity | string {
  if (value === undefined) value = 'warning';
  if (isSeverity(value)) value = { professional: value, personal: value };
  if (!isRecord(value)) return 'must be a severity or a severity per presence';
  const table = {} as DefaultSeverity;
  for (const presence of PRESENCE_NAMES) {
    const spec = value[presence];
    const row = {} as Record<Audience, SeveritySetting>;
    for (const audience of AUDIENCES) {
      const setting = isSeverity(spec) ? spec : isRecord(spec) ? (spec[audience] ?? spec.default) : undefined;
      if (!isSeverity(setting)) return `.${presence}.${audience} must be one of ${SEVERITY_SETTINGS.join(', ')} (or give a default)`;
      row[audience] = setting;
    }
    table[presence] = row;
  }
  const extra = Object.keys(value).find((k) => !(PRESENCE_NAMES as readonly string[]).includes(k));
  return extra ? `has unknown presence "${extra}"` : table;
}

/**
 * Checks one rule of a plugin against the rule contract and returns it with
 * its default severity filled in, or the first thing wrong with it, as
 * `property: problem`. Pure.
 *
 * @param taken ids of the rules already loaded (built-in, patterns, earlier plugins), each with where it comes from
 */
export function checkPluginRule(value: unknown, taken: ReadonlyMap<string, string>): { rule: Rule } | { problem: string; id?: string } {
  if (!isRecord(value)) return { problem: 'is not an object' };
  const id = value.id;
  if (typeof id !== 'string') return { problem: 'id: missing (a kebab-case string)' };
  const fail = (problem: string): { problem: string; id: string } => ({ problem, id });
  if (!RULE_ID.test(id)) return fail(`id: "${id}" is not kebab-case`);
  if (taken.has(id)) return fail(`id: "${id}" is already the id of ${taken.get(id)}`);
  // A misspelt property of a plain object is a mistake; a class instance may keep state of its own.
  const proto = Object.getPrototypeOf(value);
  const plain = proto === Object.prototype || proto === null;
  const unknown = plain ? Object.keys(value).find((k) => !RULE_KEYS.includes(k)) : undefined;
  if (unknown) {
    const guess = suggest(unknown, RULE_KEYS);
    return fail(`${unknown}: unknown property${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
  if (typeof value.description !== 'string' || !value.description.trim()) return fail('description: missing (one sentence)');
  if (!isRecord(value.messages) || Object.keys(value.messages).length === 0) return fail('messages: missing (message templates by message id)');
  for (const [key, message] of Object.entries(value.messages)) {
    if (typeof message !== 'string' || !message.trim()) return fail(`messages.${key}: must be a non-empty string`);
  }
  if (value.options !== undefined) {
    if (!isRecord(value.options)) return fail('options: must be an object of option specs');
    for (const [name, spec] of Object.entries(value.options)) {
      if (!OPTION_NAME.test(name) || name === 'severity') return fail(`options.${name}: option names are camelCase, and "severity" is taken`);
      const problem = optionProblem(spec);
      if (problem) return fail(`options.${name}: ${problem}`);
    }
  }
  const severity = normalizeSeverity(value.defaultSeverity);
  if (typeof severity === 'string') return fail(`defaultSeverity${severity.startsWith('.') ? '' : ': '}${severity}`);
  if (value.languages !== undefined && !(Array.isArray(value.languages) && value.languages.length > 0 && value.languages.every((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l)))) {
    return fail('languages: must be a list of ISO 639-1 codes (["en"]), the languages whose words the rule reads');
  }
  if (value.elsewhere !== undefined && (typeof value.elsewhere !== 'string' || value.languages === undefined)) return fail('elsewhere: must be text, with languages');
  if (typeof value.check !== 'function') return fail('check: must be a function (context) => findings');
  for (const key of ['summarize', 'checkCollection']) {
    if (value[key] !== undefined && typeof value[key] !== 'function') return fail(`${key}: must be a function`);
  }
  if ((value.summarize === undefined) !== (value.checkCollection === undefined)) {
    return fail('summarize and checkCollection: a collection rule needs both');
  }
  const source = value as unknown as Rule;
  const rule: Rule = {
    id,
    description: source.description,
    messages: source.messages,
    ...(source.options ? { options: source.options as Record<string, OptionSpec> } : {}),
    defaultSeverity: severity,
    ...(source.languages ? { languages: [...source.languages] } : {}),
    ...(source.elsewhere ? { elsewhere: source.elsewhere } : {}),
    // Bound: a plugin may write its rule as a class instance.
    check: source.check.bind(source),
    ...(source.summarize ? { summarize: source.summarize.bind(source), checkCollection: source.checkCollection!.bind(source) } : {}),
  };
  return { rule };
}

/** Whether a plugin entry names a file (`./x.js`, `../x.js`, an absolute path) rather than a package. */
function isPath(name: string): boolean {
  return /^\.{1,2}[\\/]/.test(name) || path.isAbsolute(name);
}

/**
 * The module URL a plugin entry names: a file from the config's folder, or
 * a package found from there; undefined for a file that does not exist.
 */
async function resolvePlugin(name: string, configFile: string): Promise<string | undefined> {
  if (isPath(name)) {
    const file = path.resolve(path.dirname(configFile), name);
    return existsSync(file) ? pathToFileURL(file).href : undefined;
  }
  // As an import in the config's folder would be: its node_modules, then its parents', with the import conditions.
  // (Node 20's import.meta.resolve ignores a parent URL without a flag; createRequire misses import-only packages.)
  const { resolve } = await importModule<typeof import('import-meta-resolve')>('import-meta-resolve');
  try {
    return resolve(name, pathToFileURL(configFile).href);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    // Then beside presence's own installation: pre-commit's `additional_dependencies` and a global install put plugins there.
    try {
      return resolve(name, import.meta.url);
    } catch {
      throw error;
    }
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Where each plugin loaded in this process lives (its file, or its package's folder), by the name the config gives it. */
const pluginPlaces = new Map<string, string>();

function rememberPlugin(name: string, url: string): void {
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const inPackage = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  pluginPlaces.set(name, inPackage && !isPath(name) ? inPackage[1]! : file);
}

/**
 * The plugin whose code threw an error that no rule call caught (a timer
 * that throws, a promise that rejects after `check` returned), found by
 * where its stack's frames are; undefined when no plugin's code is on it.
 */
export function pluginOfError(error: unknown): string | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  for (const [name, place] of pluginPlaces) {
    if (stack.includes(place) || stack.includes(pathToFileURL(place).href)) return name;
  }
  return undefined;
}

/**
 * Loads the config's `plugins` with dynamic import(): local modules
 * (`./x.js`, from the folder of the config) and npm packages (found from
 * the folder of the config). Each default export must be `{ rules: [...] }`;
 * each rule is checked against the rule contract. A module that cannot be
 * found, throws on import or exports something else is a config issue at
 * its entry in `plugins`, naming the module (and the rule and property).
 *
 * Plugins run code: presence loads only what the config lists.
 *
 * @param configFile the absolute path of the config file (for an inline config, a file in the folder plugins are resolved from)
 * @param taken ids of the rules already known (built-in and patterns), each with where it comes from ("a built-in rule")
 */
export async function loadPlugins(value: unknown, configFile: string, at: Locator, taken: ReadonlyMap<string, string>): Promise<LoadedPlugins> {
  const loaded: LoadedPlugins = { rules: [], origins: new Map(), issues: [] };
  if (!Array.isArray(value)) return loaded;
  const ids = new Map(taken);
  const names = new Set<string>();
  for (const [index, name] of value.entries()) {
    if (typeof name !== 'string' || !name.trim()) continue;
    const issue = (message: string, hint?: string): void => {
      loaded.issues.push(at.issue(['plugins', index], `plugin "${name}" ${message}`, hint ? { hint } : {}));
    };
    if (names.has(name)) {
      issue('is listed twice');
      continue;
    }
    names.add(name);
    let url: string | undefined;
    let resolveError: unknown;
    try {
      url = await resolvePlugin(name, configFile);
    } catch (error) {
      resolveError = error;
    }
    if (!url) {
      const notFound = !resolveError || (resolveError as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
      issue(
        notFound ? 'cannot be found' : `cannot be resolved: ${reason(resolveError)}`,
        isPath(name)
          ? `Check the path; it is relative to the folder of the config (${path.dirname(configFile)}).`
          : `Install it next to the config (npm install --save-dev ${name}); a local file needs a path starting with ./`,
      );
      continue;
    }
    let module: unknown;
    try {
      rememberPlugin(name, url);
      module = await importModule(url);
    } catch (error) {
      issue(`failed to load: ${reason(error)}`, 'The module threw or failed to import something; run `node <plugin file>` to see the stack trace.');
      continue;
    }
    const plugin = (module as { default?: unknown }).default;
    if (!isRecord(plugin) || !Array.isArray(plugin.rules)) {
      issue('must export default { rules: [...] }', 'A plugin module is `export default { rules: [rule, ...] }`; see docs/writing-rules.md.');
      continue;
    }
    for (const [i, candidate] of plugin.rules.entries()) {
      const checked = checkPluginRule(candidate, ids);
      if ('problem' in checked) {
        const which = checked.id ? `rule "${checked.id}"` : `rules[${i}]`;
        issue(`${which}: ${checked.problem}`, 'See docs/writing-rules.md for the rule contract.');
        continue;
      }
      ids.set(checked.rule.id, `a rule of plugin "${name}"`);
      loaded.rules.push(checked.rule);
      loaded.origins.set(checked.rule.id, name);
    }
  }
  return loaded;
}
