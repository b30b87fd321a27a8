import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { firstAliasOffset, readYaml, yamlToJs } from './yaml-document.js';
import { LineIndex } from '../core/location.js';
import type { Brand, Config, CsvMapping, Override, Presence, PresenceName, RuleSettings } from '../core/types.js';
import { PRESENCE_NAMES } from '../core/types.js';
import { languageCode, meantLanguage } from '../core/reading/language.js';
import { LANGUAGE_NAMES } from '../core/reading/language-words.js';
import { meantRegion, regionCode, regionName, regionOfLanguageTag } from '../core/regions.js';
import { defaultConfig, defaultPresence } from './defaults.js';
import { parsePositioning, positioningProblem, POSITIONING_EXAMPLE, POSITIONING_TEMPLATE } from './positioning.js';
import type { ConfigValidator } from './compile-validator.js';

/** A problem with a config file, kept as data until the shell renders it. */
export interface ConfigIssue {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based; absent when the problem is the file as a whole. */
  line?: number;
  column?: number;
  /** 1-based, exclusive, on the same line as `column`. */
  endColumn?: number;
  /** The text of the offending line, for a code frame. */
  lineText?: string;
  message: string;
  hint?: string;
}

/** The outcome of validating a config: a config when there is no error. */
export interface Validated {
  config?: Config;
  issues: ConfigIssue[];
}

/** One step of a path into the config: a key or a list index. */
export type PathSegment = string | number;

/** "did you mean" for a close misspelling among `candidates`. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** Finds the position of a value (or key) of the config document by its path, for issues. */
export class Locator {
  private readonly index: LineIndex;
  private readonly lines: string[];

  constructor(
    readonly file: string,
    readonly text: string,
    private readonly doc: Document,
    private readonly prefix: PathSegment[],
  ) {
    this.index = new LineIndex(text);
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** The node at a path (or, with `key`, the key of its last step). */
  private find(path: PathSegment[], key: boolean): Node | undefined {
    let node: unknown = this.doc.contents;
    const full = [...this.prefix, ...path];
    for (let i = 0; i < full.length; i++) {
      const step = full[i]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) return node as Node;
        node = key && i === full.length - 1 ? pair.key : pair.value ?? pair.key;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step] ?? node;
      } else break;
    }
    return node as Node | undefined;
  }

  issue(path: PathSegment[], message: string, opts: { key?: boolean; hint?: string; severity?: 'error' | 'warning' } = {}): ConfigIssue {
    const node = this.find(path, opts.key ?? false);
    return this.at(node?.range?.[0], node?.range?.[1], message, opts);
  }

  at(start: number | undefined, end: number | undefined, message: string, opts: { hint?: string; severity?: 'error' | 'warning' } = {}): ConfigIssue {
    const base: ConfigIssue = { severity: opts.severity ?? 'error', file: this.file, message };
    if (opts.hint) base.hint = opts.hint;
    if (start === undefined) return base;
    const from = this.index.position(start);
    const to = this.index.position(Math.max(start + 1, end ?? start + 1));
    const lineText = this.lines[from.line - 1] ?? '';
    return {
      ...base,
      line: from.line,
      column: from.column,
      endColumn: to.line === from.line ? to.column : lineText.length + 1,
      lineText,
    };
  }
}

function pathOf(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function dotted(path: PathSegment[]): string {
  return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[') : 'the config';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/**
 * Keeps, of the errors ajv reports under an `anyOf`, only those of the
 * branch that fits the value's type, so that `oversharing: eror` says
 * "severity" and `oversharing: { max: -1 }` names the option.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  let kept = errors.filter((e) => e.keyword !== 'anyOf');
  for (const a of anyOfs) {
    const isObject = typeof a.data === 'object' && a.data !== null && !Array.isArray(a.data);
    const isString = typeof a.data === 'string';
    const branch = isObject ? '/anyOf/1/' : isString ? '/anyOf/0/' : undefined;
    const under = (e: ErrorObject): boolean => e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath);
    kept = kept.filter((e) => !under(e) || (branch !== undefined && e.schemaPath.startsWith(a.schemaPath.replace(/\/anyOf$/, '') + branch)));
    if (branch === undefined) kept.push(a);
  }
  return kept;
}

function explainAjvError(e: ErrorObject, at: Locator, ruleIds: string[]): ConfigIssue {
  const path = pathOf(e.instancePath);
  const where = dotted(path);
  const last = path[path.length - 1];
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const isRules = last === 'rules';
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const guess = suggest(key, isRules ? ruleIds : known);
      const message = isRules
        ? `unknown rule "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`
        : `unknown key "${key}" in ${where}${guess ? ` (did you mean "${guess}"?)` : ''}`;
      const hint = isRules ? 'Run `presence rules` to list the rules.' : `Known keys here: ${quoteList(known)}.`;
      return at.issue([...path, key], message, { key: true, hint });
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed.map(String)) : undefined;
      const name = last === 'severity' || (typeof last === 'string' && path[path.length - 2] === 'rules') ? 'severity' : where;
      return at.issue(
        path,
        `invalid ${name === 'severity' ? `severity ${describe(e.data)} for ${where}` : `value ${describe(e.data)} for ${where}`}: expected one of ${quoteList(allowed)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      );
    }
    case 'anyOf':
      return at.issue(path, `${where} must be a severity (error, warning, suggestion, off) or a mapping of options, got ${describe(e.data)}`);
    case 'type':
      return at.issue(path, `${where} must be ${article(String(e.params.type))}, got ${describe(e.data)}`);
    case 'required': {
      const missing = String(e.params.missingProperty);
      const hint =
        missing === 'positioning'
          ? `Write what this presence is for: positioning: "${POSITIONING_EXAMPLE}"`
          : undefined;
      return at.issue(path, `${where} is missing "${missing}"`, hint ? { hint } : {});
    }
    case 'minimum':
      return at.issue(path, `${where} must be at least ${String(e.params.limit)}, got ${describe(e.data)}`);
    case 'pattern':
      return at.issue(path, `${where} is not a valid ${String(path[path.length - 2] ?? 'value').replace(/s$/, '')}: ${describe(e.data)}`);
    case 'minLength':
      return at.issue(path, `${where} must not be empty`);
    default:
      return at.issue(path, `${where} ${e.message ?? 'is invalid'}`);
  }
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false' };
  return names[type] ?? type;
}

function normalizeBrand(raw: Partial<Brand> | undefined): Brand {
  const prefixed = (values: string[] | undefined, sign: string): string[] =>
    (values ?? []).map((v) => (v.startsWith(sign) ? v : `${sign}${v}`));
  return {
    names: raw?.names ?? [],
    handles: prefixed(raw?.handles, '@'),
    hashtags: prefixed(raw?.hashtags, '#'),
    domains: (raw?.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
  };
}

interface RawPresence {
  positioning: string;
  audience?: Presence['audience'];
  topics?: string[];
  brand?: Partial<Brand>;
  platforms?: string[];
  region?: string;
  rules?: RuleSettings;
}

interface RawConfig {
  presences?: Partial<Record<PresenceName, RawPresence>>;
  default?: PresenceName;
  rules?: RuleSettings;
  overrides?: Override[];
  ignorePatterns?: string[];
  minConfidence?: number;
  csv?: CsvMapping;
  languages?: string[];
  region?: string;
}

/**
 * A `region` value as a code in capitals, or an issue naming the country
 * most likely meant ("Spain" is ES, "UK" is GB).
 */
function checkRegion(value: unknown, path: PathSegment[], at: Locator, issues: ConfigIssue[]): string | undefined {
  if (typeof value !== 'string') return undefined; // the schema said so
  const code = regionCode(value);
  if (code) return code;
  const guess = value.trim().toUpperCase() === 'UK' ? 'GB' : meantRegion(value);
  issues.push(
    at.issue(path, `"${dotted(path)}" names an unknown region ${JSON.stringify(value)}; write an ISO 3166 alpha-2 country code (US, GB, ES, FR, DE, PT, BR, MX, AR...)`, {
      hint: guess ? `Did you mean "${guess}" (${regionName(guess)})?` : 'A region is a country: the one whose phone numbers and formats the posts use.',
    }),
  );
  return undefined;
}

/** Platform names in lower case, `twitter` read as `x`, without repeats. */
export function normalizePlatforms(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.toLowerCase()).map((n) => (n === 'twitter' ? 'x' : n)))];
}

/** A config file read as YAML (or JSON), before validation: its plain value and a locator into its text. */
export interface ConfigDocument {
  /** The config as plain data; undefined when the file (or its `presence` key) is empty. */
  raw: Record<string, unknown> | undefined;
  at: Locator;
}

/**
 * Reads the text of a config file: YAML (or strict JSON) syntax, aliases,
 * and that the config is a mapping. Pure.
 *
 * @param prop the key that holds the config (`presence` in package.json)
 */
export function readConfigDocument(text: string, file: string, prop?: string): ConfigDocument | { issues: ConfigIssue[] } {
  const { doc, problem } = readYaml(text);
  const at = new Locator(file, text, doc, prop ? [prop] : []);
  if (file.endsWith('.json')) {
    // YAML reads JSON leniently (trailing commas, comments): hold JSON files to JSON.
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const offset = /position (\d+)/.exec(message)?.[1];
      return { issues: [at.at(offset === undefined ? undefined : Number(offset), undefined, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`)] };
    }
  }
  if (problem) {
    const more = problem.more > 0 ? { hint: `${problem.more} more error${problem.more === 1 ? '' : 's'} after this one; they often follow from it.` } : {};
    return { issues: [at.at(problem.start, problem.end, `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${problem.message}`, more)] };
  }
  let raw: unknown;
  try {
    raw = yamlToJs(doc);
  } catch (error) {
    const alias = firstAliasOffset(doc);
    return { issues: [at.at(alias, alias === undefined ? undefined : alias + 1, `cannot read config: ${(error as Error).message}`)] };
  }
  if (prop) raw = (raw as Record<string, unknown> | null)?.[prop];
  if (raw === null || raw === undefined) return { raw: undefined, at };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: [at.issue([], `the config must be a mapping of keys, got ${describe(raw)}`)] };
  }
  return { raw: raw as Record<string, unknown>, at };
}

/**
 * Validates the text of a config file fully: YAML syntax, unknown keys and
 * rule ids, severities, option values and positioning statements. Pure.
 *
 * @param validator the compiled schema of the config for the rules in use
 * @param prop the key that holds the config (`presence` in package.json)
 */
export function validateConfig(text: string, file: string, validator: ConfigValidator, prop?: string): Validated {
  const read = readConfigDocument(text, file, prop);
  return 'issues' in read ? { issues: read.issues } : validateDocument(read, validator);
}

/** How many schema errors of one config are listed. */
const MAX_LISTED_ISSUES = 100;

/**
 * Validates a config document against the schema of the rules in use and
 * builds the config. Pure.
 *
 * @param extraIssues issues found by other steps (patterns, plugins), sorted in with these
 */
export function validateDocument(document: ConfigDocument, validator: ConfigValidator, extraIssues: readonly ConfigIssue[] = []): Validated {
  const { raw, at } = document;
  if (raw === undefined) return withIssues(defaultConfig(), [...extraIssues]);

  const validate = validator.validate;
  const ruleIds = validator.rules.map((r) => r.id);
  const issues: ConfigIssue[] = [...extraIssues];
  if (!validate(raw)) {
    // Explained one by one (each finds its place in the file), so a config of 200,000 unknown keys lists the first ones.
    const errors = relevantErrors(validate.errors ?? []);
    for (const e of errors.slice(0, MAX_LISTED_ISSUES)) issues.push(explainAjvError(e, at, ruleIds));
    const rest = errors.length - MAX_LISTED_ISSUES;
    if (rest > 0) {
      // Placed where the first of them is, so that it sorts after the ones listed before it.
      const { file, line, column } = explainAjvError(errors[MAX_LISTED_ISSUES]!, at, ruleIds);
      const more = `${rest.toLocaleString('en-US')} more error${rest === 1 ? '' : 's'} in the config, from here on, not listed (only ${MAX_LISTED_ISSUES} are)`;
      issues.push({ severity: 'error', file, ...(line === undefined ? {} : { line, column }), message: more });
    }
  }

  const input = raw as RawConfig;
  const config = defaultConfig();
  for (const name of PRESENCE_NAMES) {
    const p = input.presences?.[name];
    if (!p || typeof p !== 'object') continue;
    const presence: Presence = { ...defaultPresence(name) };
    if (typeof p.positioning === 'string') {
      const parsed = parsePositioning(p.positioning);
      if (parsed) presence.positioning = parsed;
      else {
        issues.push(
          at.issue(['presences', name, 'positioning'], `the ${name} positioning statement does not fit the template "${POSITIONING_TEMPLATE}": ${positioningProblem(p.positioning)}`, {
            hint: `For example: positioning: "${POSITIONING_EXAMPLE}"`,
          }),
        );
      }
    }
    if (p.audience) presence.audience = p.audience;
    if (Array.isArray(p.topics)) presence.topics = p.topics;
    if (Array.isArray(p.platforms)) presence.platforms = normalizePlatforms(p.platforms);
    presence.brand = normalizeBrand(p.brand);
    if (p.rules && typeof p.rules === 'object') presence.rules = p.rules;
    if (p.region !== undefined) {
      const region = checkRegion(p.region, ['presences', name, 'region'], at, issues);
      if (region) presence.region = region;
    }
    config.presences[name] = presence;
  }
  if (input.default) config.default = input.default;
  if (input.rules && typeof input.rules === 'object') config.rules = input.rules;
  if (Array.isArray(input.overrides)) {
    config.overrides = input.overrides.map((o) => (o.platforms ? { ...o, platforms: normalizePlatforms(o.platforms) } : o));
  }
  if (Array.isArray(input.ignorePatterns)) config.ignorePatterns = input.ignorePatterns;
  if (typeof input.minConfidence === 'number') config.minConfidence = input.minConfidence;
  if (input.csv && typeof input.csv === 'object') config.csv = input.csv;
  if (Array.isArray(input.languages)) {
    const codes: string[] = [];
    input.languages.forEach((value, i) => {
      const code = typeof value === 'string' ? languageCode(value) : undefined;
      if (code) {
        if (!codes.includes(code)) codes.push(code);
        const region = regionOfLanguageTag(value as string);
        if (region) (config.languageRegions ??= {})[code] ??= region;
        return;
      }
      if (typeof value !== 'string') return; // the schema said so
      const guess = meantLanguage(value);
      issues.push(
        at.issue(['languages', i], `"languages" names an unknown language ${JSON.stringify(value)}; write ISO 639-1 codes (en, es, fr, de, pt...)`, {
          hint: guess ? `Did you mean "${guess}" (${LANGUAGE_NAMES[guess]})?` : `Codes presence knows: ${Object.keys(LANGUAGE_NAMES).join(', ')}.`,
        }),
      );
    });
    if (codes.length > 0) config.languages = codes;
  }
  if (input.region !== undefined) {
    const region = checkRegion(input.region, ['region'], at, issues);
    if (region) config.region = region;
  }

  const professional = input.presences?.professional;
  if (professional?.audience && professional.audience !== 'public') {
    issues.push(
      at.issue(
        ['presences', 'professional', 'audience'],
        `the professional presence has audience "${professional.audience}": a professional presence should be as open and accessible as possible`,
        { severity: 'warning', hint: 'Set audience: public unless you have a reason to keep it closed.' },
      ),
    );
  }
  return withIssues(config, issues);
}

/** The config with its issues in file order, or only the issues when one of them is an error. */
function withIssues(config: Config, issues: ConfigIssue[]): Validated {
  const sorted = issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return sorted.some((i) => i.severity === 'error') ? { issues: sorted } : { config, issues: sorted };
}
