import type { RE2JS } from 're2js';
import { importModule } from '../core/import-module.js';
import { PhraseMatcher, phraseSource } from '../core/phrases.js';
import { severities } from '../core/rule.js';
import type { Finding, PresenceName, Rule, SeveritySetting, Span } from '../core/types.js';
import { PRESENCE_NAMES, SEVERITY_SETTINGS } from '../core/types.js';
import type { ConfigIssue, Locator, PathSegment } from './validate.js';

/** A rule written in the config's `patterns` section (Vale's existence and substitution rules). */
export interface PatternSpec {
  /** kebab-case, unlike every other rule id. */
  id: string;
  /** The message; `{match}` is the text found, `{replacement}` (with `swap`) what to write instead. */
  message: string;
  /** One sentence for `presence rules`; made from the pattern when absent. */
  description?: string;
  /** Default `warning`. */
  severity?: SeveritySetting;
  /** Check posts of this presence only. */
  presence?: PresenceName;
  /** Words and phrases to report: whole words, any case. */
  words?: string[];
  /** Words and phrases to report (keys), each with what to write instead (values). */
  swap?: Record<string, string>;
  /** A regular expression in RE2 syntax, case-insensitive unless it says `(?-i)`. */
  regex?: string;
}

/** Rule ids: lower-case words of letters and digits joined by hyphens. */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const PLACEHOLDER = /\{(\w+)\}/g;
const KINDS = ['words', 'swap', 'regex'] as const;

/** The RE2JS class; loaded only for a config with a regex pattern, to keep the start of other runs quick. */
type Engine = typeof RE2JS;

/** What `compilePatterns` found: the rules of the valid patterns, the ids of all, and the issues. */
export interface CompiledPatterns {
  rules: Rule[];
  /** Every well-formed, unique id, also of patterns with other errors, so `rules:` settings of them do not add "unknown rule" to the real error. */
  ids: string[];
  issues: ConfigIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * RE2JS's reason without its prefix and without the `(?i)` that the
 * case-insensitive flag puts before the user's pattern: `missing closing ): `(a``.
 */
function regexError(error: unknown, source: string): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp:\s*/, '');
  return source.startsWith('(?i)') ? message : message.replace('`(?i)', '`');
}

/**
 * Compiles a user's regular expression with RE2JS, which matches in time
 * linear in the text, so no pattern can hang a run; throws its syntax
 * error. Case-insensitive, lookbehinds allowed (RE2JS runs them in linear
 * time too). RE2 has no lookaheads and no backreferences: a pattern with one
 * is a config error, not a slow run.
 */
export function compileRegex(engine: Engine, source: string): RE2JS {
  return engine.compile(source, engine.CASE_INSENSITIVE | engine.LOOKBEHINDS);
}

/** The first few items, then how many more: `"a", "b", "c" and 2 more`. */
function shortList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** The default one-sentence description of a pattern. */
function describePattern(spec: PatternSpec): string {
  const only = spec.presence ? ` on the ${spec.presence} presence` : '';
  if (spec.words) return `Reports ${shortList(spec.words.map((w) => `"${w}"`))}${only} (a pattern of the config).`;
  if (spec.swap) {
    const pairs = Object.entries(spec.swap).map(([from, to]) => `"${to}" for "${from}"`);
    return `Suggests ${shortList(pairs)}${only} (a pattern of the config).`;
  }
  return `Reports text matching /${spec.regex}/${only} (a pattern of the config).`;
}

/** Finds the matches of a pattern in one text: spans, the text found, and for swaps the replacement. */
type Finder = (text: string) => { span: Span; match: string; replacement?: string }[];

function wordFinder(words: string[]): Finder {
  const matcher = new PhraseMatcher([], [{ category: 'word', words }]);
  return (text) => matcher.find(text).map((m) => ({ span: { start: m.start, end: m.end }, match: m.text }));
}

function swapFinder(swap: Record<string, string>): Finder {
  // Longer phrases first: at the same place, "web site" wins over "web".
  const pairs = Object.entries(swap)
    .filter(([from]) => from.trim())
    .sort((a, b) => b[0].length - a[0].length);
  const matcher = new PhraseMatcher(pairs.map(([from], i) => ({ match: phraseSource(from), category: String(i) })));
  return (text) =>
    matcher
      .find(text)
      .map((m) => ({ span: { start: m.start, end: m.end }, match: m.text, replacement: pairs[Number(m.category)]![1] }))
      // Already written as the house style wants, case included.
      .filter((m) => m.match !== m.replacement);
}

function regexFinder(compiled: RE2JS): Finder {
  return (text) => {
    const found: ReturnType<Finder> = [];
    for (const m of compiled.matchAll(text)) {
      // An empty match points at nothing: skip it (the pattern may match text elsewhere).
      const start = m.index ?? 0;
      if (m[0].length > 0) found.push({ span: { start, end: start + m[0].length }, match: m[0] });
    }
    return found;
  };
}

/**
 * A pattern as a rule: it reads every published text of a post (body, alt
 * texts, captions, poll options).
 *
 * @param compiledRegex the pattern's regex, compiled with {@link compileRegex}, for a regex pattern
 */
export function patternRule(spec: PatternSpec, compiledRegex?: RE2JS): Rule {
  const severity = spec.severity ?? 'warning';
  if (spec.regex !== undefined && !compiledRegex) throw new Error(`pattern "${spec.id}" needs its compiled regex`);
  const find = spec.words ? wordFinder(spec.words) : spec.swap ? swapFinder(spec.swap) : regexFinder(compiledRegex!);
  // A replacement the pattern would report again ("fyi" to "FYI, for your information") never settles: it gets no fix.
  const settles = new Map<string, boolean>();
  const fixable = (replacement: string): boolean => {
    let ok = settles.get(replacement);
    if (ok === undefined) settles.set(replacement, (ok = find(replacement).length === 0));
    return ok;
  };
  return {
    id: spec.id,
    description: spec.description ?? describePattern(spec),
    messages: { match: spec.message },
    defaultSeverity: severities({
      professional: !spec.presence || spec.presence === 'professional' ? severity : 'off',
      personal: !spec.presence || spec.presence === 'personal' ? severity : 'off',
    }),
    check(ctx) {
      // `presence:` is a limit, not a default: a `rules:` setting changes the severity, never the presence.
      if (spec.presence && ctx.post.presence !== spec.presence) return [];
      const findings: Finding[] = [];
      for (const segment of ctx.post.segments) {
        for (const m of find(segment.text)) {
          findings.push({
            messageId: 'match',
            field: segment.field,
            span: m.span,
            data: m.replacement === undefined ? { match: m.match } : { match: m.match, replacement: m.replacement },
            // A swap has one replacement, written as the config spells it: the one kind of finding with a safe fix.
            ...(m.replacement !== undefined && fixable(m.replacement) ? { fix: { text: m.replacement } } : {}),
          });
        }
      }
      return findings;
    },
  };
}

/**
 * Checks the config's `patterns` and builds a rule from each valid one:
 * exactly one of words, swap and regex, a kebab-case id unlike the other
 * rules' (`taken`) and the other patterns', a regex that RE2 accepts, and
 * only the placeholders the pattern fills. Types and unknown keys are the
 * schema's business: entries of the wrong type are skipped here. Pure, but
 * async: the regex engine is loaded when a pattern needs it.
 *
 * @param taken ids of the rules already known (the built-in ones)
 */
export async function compilePatterns(value: unknown, at: Locator, taken: ReadonlySet<string>): Promise<CompiledPatterns> {
  const result: CompiledPatterns = { rules: [], ids: [], issues: [] };
  if (!Array.isArray(value)) return result;
  const engine = value.some((entry) => isRecord(entry) && typeof entry.regex === 'string') ? (await importModule<typeof import('re2js')>('re2js')).RE2JS : undefined;
  const seen = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const path = (...rest: PathSegment[]): PathSegment[] => ['patterns', index, ...rest];
    const errors: ConfigIssue[] = [];
    const error = (where: PathSegment[], message: string, hint?: string): void => {
      errors.push(at.issue(where, message, hint ? { hint } : {}));
    };
    const id = entry.id;
    if (typeof id === 'string') {
      if (!RULE_ID.test(id)) {
        error(path('id'), `pattern id "${id}" is not kebab-case`, 'Use lower-case words joined by hyphens, such as no-competitors.');
      } else if (taken.has(id)) {
        error(path('id'), `pattern id "${id}" is the id of a built-in rule`, 'Choose another id; to change the built-in rule, use its settings under rules:.');
      } else if (seen.has(id)) {
        error(path('id'), `pattern id "${id}" is already used by patterns[${seen.get(id)}]`);
      } else {
        seen.set(id, index);
        result.ids.push(id);
      }
    }

    const kinds = KINDS.filter((k) => entry[k] !== undefined);
    if (kinds.length !== 1) {
      error(
        kinds.length ? path(kinds[1]!) : path(),
        kinds.length
          ? `patterns[${index}] has both ${kinds.join(' and ')}: give exactly one of words, swap and regex`
          : `patterns[${index}] needs one of words, swap and regex`,
        'words: [...] reports words, swap: { old: new } suggests a replacement, regex: "..." reports what a regular expression matches.',
      );
    }
    const kind = kinds.length === 1 ? kinds[0] : undefined;
    let compiled: RE2JS | undefined;
    if (kind === 'words' && isStringList(entry.words)) {
      if (!entry.words.some((w) => w.trim())) error(path('words'), `patterns[${index}].words must list at least one word`);
      entry.words.forEach((w, i) => {
        if (!w.trim()) error(path('words', i), `patterns[${index}].words[${i}] must not be empty`);
      });
    } else if (kind === 'swap' && isRecord(entry.swap)) {
      const pairs = Object.entries(entry.swap);
      if (pairs.length === 0) error(path('swap'), `patterns[${index}].swap must map at least one word to its replacement`);
      for (const [from, to] of pairs) {
        if (!from.trim()) error(path('swap', from), `patterns[${index}].swap has an empty word`);
        else if (typeof to === 'string' && !to.trim()) {
          error(path('swap', from), `patterns[${index}].swap.${from} must say what to write instead`, 'To report a word without a replacement, use words: [...].');
        }
      }
    } else if (kind === 'regex' && typeof entry.regex === 'string') {
      try {
        compiled = compileRegex(engine!, entry.regex);
        if (compiled.test('')) error(path('regex'), `patterns[${index}].regex matches empty text: it would report nothing useful`);
      } catch (e) {
        error(
          path('regex'),
          `patterns[${index}].regex is not a valid regular expression: ${regexError(e, entry.regex)}`,
          'presence runs patterns with RE2 (linear time, so no pattern can hang a run): no lookaheads (?=, (?!, and no backreferences \\1.',
        );
      }
    }

    if (typeof entry.message === 'string') {
      const allowed = kind === 'swap' ? ['match', 'replacement'] : ['match'];
      for (const [, name] of entry.message.matchAll(PLACEHOLDER)) {
        if (!allowed.includes(name!)) {
          error(
            path('message'),
            `unknown placeholder {${name}} in the message of patterns[${index}]`,
            `A ${kind ?? 'pattern'} message may use ${allowed.map((a) => `{${a}}`).join(' and ')}.`,
          );
        }
      }
    }

    result.issues.push(...errors);
    const wellTyped =
      typeof id === 'string' &&
      typeof entry.message === 'string' &&
      entry.message.length > 0 &&
      (entry.severity === undefined || SEVERITY_SETTINGS.includes(entry.severity as SeveritySetting)) &&
      (entry.presence === undefined || PRESENCE_NAMES.includes(entry.presence as PresenceName)) &&
      (entry.description === undefined || typeof entry.description === 'string') &&
      (kind !== 'words' || isStringList(entry.words)) &&
      (kind !== 'swap' || (isRecord(entry.swap) && Object.values(entry.swap).every((v) => typeof v === 'string'))) &&
      (kind !== 'regex' || typeof entry.regex === 'string');
    // The schema reports wrong types; a pattern with any error builds no rule.
    if (errors.length === 0 && kind && wellTyped) result.rules.push(patternRule(entry as unknown as PatternSpec, compiled));
  });
  return result;
}
