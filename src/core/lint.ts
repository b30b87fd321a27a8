import { append } from './arrays.js';
import { CollectedStore, type CollectedRow } from './collected.js';
import { exactRange, LineIndex, PieceLineIndex, spanPositions } from './location.js';
import { EMPTY_TEXT_HASH, findingFingerprint, normalizedTextHash } from './fingerprint.js';
import { maskData, maskSpans } from './mask.js';
import { segmentLanguages, type LanguageChoice, type LanguageDetector } from './reading/language.js';
import { LANGUAGE_NAMES } from './reading/language-words.js';
import type {
  Config,
  Diagnostic,
  FileResult,
  Finding,
  OptionSpecs,
  Override,
  Post,
  PresenceName,
  Problem,
  Rule,
  RuleOptions,
  RuleSetting,
  Segment,
  Severity,
  SeveritySetting,
  Span,
  Suppression,
} from './types.js';
import { PRESENCE_NAMES } from './types.js';

/** The posts read from one file, with the file's decoded text for positions. */
export interface ParsedFile {
  filePath: string;
  /** The file's text after decoding, without a byte-order mark. */
  text: string;
  posts: Post[];
  /** The config's `overrides` that apply to this file, in config order. */
  overrides?: readonly Override[];
  /** The file's path from the project's folder, for fingerprints that do not depend on where presence runs. */
  key?: string;
  /** When `text` is a piece of the file (a streamed CSV row): where it starts. */
  origin?: { offset: number; line: number; column: number };
  /** Read only for the collection rules (the rest of a schedule, as context): the per-post rules do not run on it. */
  contextOnly?: boolean;
}

/** A rule as it applies to one presence: its severity and resolved options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: RuleOptions;
}

function severityOf(setting: RuleSetting | undefined): SeveritySetting | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting.severity;
}

function optionsOf(setting: RuleSetting | undefined): Record<string, unknown> {
  if (setting === undefined || typeof setting === 'string') return {};
  const { severity: _severity, ...options } = setting;
  return options;
}

/** Default option values from a rule's option specs. */
export function defaultOptions(specs: OptionSpecs | undefined): RuleOptions {
  const options: RuleOptions = {};
  for (const [name, spec] of Object.entries(specs ?? {})) options[name] = spec.default;
  return options;
}

/**
 * The severity and options of a rule for a presence: the matching
 * `overrides` (the last one first), the presence's own rule settings, the
 * top-level ones, then the rule's default for that presence and its audience.
 */
export function resolveRule(
  rule: Rule,
  config: Config,
  presence: PresenceName,
  overrides: readonly Override[] = [],
): { severity: SeveritySetting; options: RuleOptions } {
  const layers = [config.rules[rule.id], config.presences[presence].rules[rule.id], ...overrides.map((o) => o.rules?.[rule.id])];
  let severity: SeveritySetting = rule.defaultSeverity[presence][config.presences[presence].audience];
  let options: RuleOptions = defaultOptions(rule.options);
  for (const layer of layers) {
    severity = severityOf(layer) ?? severity;
    options = { ...options, ...optionsOf(layer) };
  }
  return { severity, options };
}

/** The enabled rules for each presence, resolved once per run (and per set of overrides). */
export function activeRules(
  config: Config,
  rules: readonly Rule[],
  overrides: readonly Override[] = [],
): Record<PresenceName, ActiveRule[]> {
  const byPresence = {} as Record<PresenceName, ActiveRule[]>;
  for (const presence of PRESENCE_NAMES) {
    byPresence[presence] = [];
    for (const rule of rules) {
      const { severity, options } = resolveRule(rule, config, presence, overrides);
      if (severity !== 'off') byPresence[presence].push({ rule, severity, options });
    }
  }
  return byPresence;
}

/** Fills `{name}` placeholders from a finding's data; unknown names are left as written. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data && Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Orders diagnostics by position, then rule id, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Why a finding breaks the rule contract, or undefined when it is well-formed. */
function contractViolation(rule: Rule, finding: Finding, post: Post): string | undefined {
  if (typeof finding !== 'object' || finding === null) return 'returned a finding that is not an object';
  if (!Object.hasOwn(rule.messages, finding.messageId)) return `returned unknown messageId "${String(finding.messageId)}"`;
  const field = finding.field ?? 'body';
  const segment = post.segments.find((s) => s.field === field);
  if (!segment) return `returned a finding for unknown field "${field}"`;
  const span = finding.span;
  if (span) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > segment.text.length) {
      return `returned span ${JSON.stringify(span)} outside its text (length ${segment.text.length})`;
    }
  }
  if (finding.confidence !== undefined && !(typeof finding.confidence === 'number' && finding.confidence >= 0 && finding.confidence <= 1)) {
    return `returned confidence ${JSON.stringify(finding.confidence)}, not a number from 0 to 1`;
  }
  if (finding.fix !== undefined && !(typeof finding.fix === 'object' && finding.fix !== null && typeof finding.fix.text === 'string')) {
    return `returned fix ${JSON.stringify(finding.fix)}, not { text: string }`;
  }
  return undefined;
}

/** Why a fix cannot be placed: said by `--fix`, which skips it. */
export const FIX_NOT_EXACT = 'its text is spelled differently in the file (quotes, escapes or line breaks), so it cannot be replaced exactly';

/** A finding's fix as file offsets, or why it has none. */
function placedFix(file: ParsedFile, segment: Segment, start: number, end: number, text: string): Pick<Diagnostic, 'fix' | 'fixRefused'> {
  const range = exactRange(file.text, segment, start, end, file.origin?.offset ?? 0);
  return range ? { fix: { range, text } } : { fixRefused: FIX_NOT_EXACT };
}

/** Severities from the lightest. */
const RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/** How a run reports. */
export interface LintOptions {
  /** Mask the sensitive values findings mark (default false here; the CLI masks unless --no-mask). */
  mask?: boolean;
  /** Report a post's `ignore` entries that suppressed nothing (`--report-unused-ignores`). */
  reportUnusedIgnores?: boolean;
  /**
   * Keep every post for a report that shows them (`keptPosts()`, the HTML
   * format), its texts masked where findings mark sensitive values when
   * `mask` is on, and give each diagnostic its `span`.
   */
  keepPosts?: boolean;
  /**
   * Scores the languages of a text, for configs that name more than one
   * (`languages`); injected, because the detector's data is large and only
   * such runs load it. Without it, every text is in the post's `lang` or the
   * config's first language.
   */
  languageDetector?: LanguageDetector;
}

/**
 * A post as a report shows it (`LintOptions.keepPosts`). Its texts have
 * the values that findings mark sensitive masked when the run masks, any
 * finding: reported, ignored or below the least confidence, so that an
 * ignored phone number is no more readable than a reported one. Masking
 * keeps every text's length, so spans still point at the same place.
 */
export interface KeptPost {
  file: string;
  index: number;
  presence: PresenceName;
  platforms: string[];
  /** When the post is scheduled, as ISO 8601 (UTC), when known. */
  date?: string;
  segments: { field: string; text: string }[];
  /** The post's ignore entries, with whether each suppressed a finding in this run. */
  ignores: { ruleId: string; reason: string; line: number; column: number; used: boolean }[];
}

/** The rule id of the notice on a post in a language that some enabled rules do not read. */
export const UNREAD_LANGUAGE = 'unread-language';

/** A language's name for messages, or its code when presence has no name for it. */
function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** The post as one rule sees it: texts in a language the rule does not read are empty. */
function readablePost(post: Post, choices: readonly LanguageChoice[], languages: readonly string[]): Post {
  return { ...post, segments: post.segments.map((s, i) => (languages.includes(choices[i]!.language) ? s : { ...s, text: '' })) };
}

/** The rule id of the diagnostics about `ignore` entries that suppressed nothing. */
export const UNUSED_IGNORE = 'unused-ignore';

/** A post's suppression and whether it suppressed anything in this run. */
interface Tracked {
  suppression: Suppression;
  file: string;
  post: Pick<Post, 'index' | 'presence'>;
  used: boolean;
}

/**
 * What a lint run in another thread hands back (`LintRun.partial()`): every
 * file's findings, what the collection rules kept of every post, and the
 * ignore entries with whether they were used. Plain data: it crosses
 * threads. The collection rules run where the parts are put together
 * (`LintRun.merge()`), over every post of the run.
 */
export interface PartialRun {
  diagnostics: [string, Diagnostic[]][];
  /** Findings left out per file, past {@link MAX_FINDINGS_PER_FILE}. */
  dropped: [string, number][];
  suppressions: Tracked[];
  /** Per collection rule: the rows kept, and for each the index of the ignore entry riding along, or -1. */
  collected: { ruleId: string; rows: CollectedRow[]; suppressed: number[] }[];
}

function failure(rule: Rule, file: string, where: string, error: unknown): Problem {
  return {
    file,
    message: `rule "${rule.id}" failed ${where}: ${error instanceof Error ? error.message : String(error)}`,
    hint: 'This is a bug in the rule; the other rules still ran. Run with --debug for the stack trace.',
    cause: error,
  };
}

/**
 * A lint run: per-post rules file by file, then collection rules over what
 * they kept of every post. Files can be added one at a time, so a caller
 * may stream a large input and drop each file's posts once it is linted.
 */
/**
 * The least confidence of a reported finding when the config sets none:
 * chosen on the development corpus (bench/corpus, PRECISION.md), where it
 * keeps near-miss false alarms low without losing clear cases.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * How many findings of one file are reported. A post file of a few MB can
 * hold a million matches (a word list pasted a million times); past this
 * many, the report says how many more there were instead of listing them.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

/**
 * How much of one text of a post the rules read, in UTF-16 units. No
 * platform takes more than 63,206 characters (Facebook), so a longer text
 * is not a post but a log or a data dump; reading all of a 16 MB one takes
 * the rules over a minute. A text of up to a megabyte or so is still read
 * whole (a pasted thread, an export); past this, the run says so and
 * reads no further.
 */
export const MAX_SEARCHED_CHARS = 2_000_000;

/** The post itself, or a copy whose texts stop at {@link MAX_SEARCHED_CHARS} (spans into a prefix stay exact). */
function withinSearchLimit(post: Post): Post {
  if (!post.segments.some((s) => s.text.length > MAX_SEARCHED_CHARS)) return post;
  const cut = (text: string): string => {
    // Not between the two halves of a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(text[MAX_SEARCHED_CHARS - 1]!) ? MAX_SEARCHED_CHARS - 1 : MAX_SEARCHED_CHARS;
    return text.slice(0, end);
  };
  return { ...post, segments: post.segments.map((s) => (s.text.length > MAX_SEARCHED_CHARS ? { ...s, text: cut(s.text) } : s)) };
}

export class LintRun {
  private readonly active = new Map<string, Record<PresenceName, ActiveRule[]>>();
  /** What each collection rule kept of every post; a post's ignore of the rule rides along. */
  private readonly collected = new Map<Rule, CollectedStore<unknown, RuleOptions, Tracked>>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly suppressions: Tracked[] = [];
  /** Rules that threw, by rule and file: the problem reported and on how many posts. */
  private readonly failures = new Map<string, { problem: Problem; first: string; count: number }>();
  private readonly ruleIds: Set<string>;
  private readonly yielding: Map<string, Set<string>>;
  readonly problems: Problem[] = [];
  /** The files of the other posts each collection finding is about (`CollectionFinding.related`), after `finish`. */
  readonly relatedFiles = new WeakMap<Diagnostic, readonly string[]>();
  /** Findings left out of files that had more than {@link MAX_FINDINGS_PER_FILE}, by file. */
  private readonly dropped = new Map<string, number>();
  /** With `keepPosts`: every post, and its tracked ignore entries (whether they were used is known at the end). */
  private readonly kept: { post: Omit<KeptPost, 'ignores'>; ignores: readonly Suppression[]; tracked: readonly Tracked[] }[] = [];

  constructor(
    private readonly config: Config,
    private readonly rules: readonly Rule[],
    private readonly options: LintOptions = {},
  ) {
    this.ruleIds = new Set(rules.map((r) => r.id));
    this.yielding = new Map(rules.filter((r) => r.yieldsTo?.length).map((r) => [r.id, new Set(r.yieldsTo)]));
  }

  private activeFor(overrides: readonly Override[]): Record<PresenceName, ActiveRule[]> {
    const key = overrides.map((o) => this.config.overrides.indexOf(o)).join(',');
    let active = this.active.get(key);
    if (!active) {
      active = activeRules(this.config, this.rules, overrides);
      this.active.set(key, active);
    }
    return active;
  }

  /** Lints the posts of one file with the rules active for each post's presence. */
  addFile(file: ParsedFile): void {
    const config = this.config;
    const active = this.activeFor(file.overrides ?? []);
    let messages = this.diagnostics.get(file.filePath);
    if (!messages) {
      messages = [];
      this.diagnostics.set(file.filePath, messages);
    }
    let index: LineIndex | undefined;
    const lines = (): LineIndex => (index ??= file.origin ? new PieceLineIndex(file.text, file.origin) : new LineIndex(file.text));
    const seen = new Set<string>();

    for (const original of file.posts) {
      const post = withinSearchLimit(original);
      if (post !== original) {
        const longest = Math.max(...original.segments.map((s) => s.text.length));
        this.problems.push({
          file: file.filePath,
          message: `post ${original.index} is ${longest.toLocaleString('en-US')} characters long, longer than any platform takes; only its first ${MAX_SEARCHED_CHARS.toLocaleString('en-US')} characters of each text were checked`,
          hint: 'Check that the file is a post: no platform publishes more than 63,206 characters (Facebook).',
        });
      }
      const presence = config.presences[post.presence];
      const otherPresence = config.presences[post.presence === 'professional' ? 'personal' : 'professional'];
      // With the default languages ([en]) and no lang, every text is English: nothing to decide.
      const choices = config.languages.length > 1 || config.languages[0] !== 'en' || post.lang !== undefined ? segmentLanguages(post, config.languages, this.options.languageDetector) : undefined;
      const withLanguages = choices ? { ...post, segments: post.segments.map((s, i) => ({ ...s, lang: choices[i]!.language })) } : post;
      const withText = { ...withLanguages, text: withLanguages.segments[0]?.text ?? '' };
      /** By a rule's languages: the post as rules that read only those see it. */
      const readable = new Map<string, Post & { text: string }>();
      /** The rules enabled here that did not read some text of the post, and what they still checked. */
      const unread: { rule: Rule; elsewhere?: string }[] = [];
      const ignores = this.track(file.filePath, post);
      let textHash: number | undefined;
      const hashOfText = (): number => (textHash ??= normalizedTextHash(withText.text) ?? EMPTY_TEXT_HASH);
      const fingerprintOf = (ruleId: string): string => findingFingerprint(ruleId, file.key ?? file.filePath, hashOfText());
      const postStart = messages.length;
      const spans: { ruleId: string; field: string; start: number; end: number; index: number }[] = [];
      /** With `keepPosts` and `mask`: the spans of sensitive values, by field. */
      const sensitive = new Map<string, Span[]>();
      for (const { rule, severity, options } of active[post.presence]) {
        let given = withText;
        if (choices && rule.languages && !choices.every((c) => rule.languages!.includes(c.language))) {
          unread.push({ rule, ...(rule.elsewhere ? { elsewhere: rule.elsewhere } : {}) });
          if (!rule.elsewhere) {
            const key = rule.languages.join(',');
            let view = readable.get(key);
            if (!view) {
              const cut = readablePost(withLanguages, choices, rule.languages);
              view = { ...cut, text: cut.segments[0]?.text ?? '' };
              readable.set(key, view);
            }
            given = view;
          }
        }
        const context = { post: given, presence, otherPresence, options, config };
        const suppressed = ignores.find((t) => t.suppression.ruleId === rule.id);
        let findings: Finding[];
        try {
          findings = file.contextOnly ? [] : rule.check(context);
          if (!Array.isArray(findings)) throw new TypeError('check() did not return an array');
        } catch (error) {
          this.ruleFailed(rule, file.filePath, post.index, error);
          continue;
        }
        const least = typeof options.minConfidence === 'number' ? options.minConfidence : (config.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
        for (const finding of findings) {
          const violation = contractViolation(rule, finding, post);
          if (violation) {
            this.problems.push({ file: file.filePath, message: `rule "${rule.id}" ${violation} on post ${post.index}` });
            continue;
          }
          const field = finding.field ?? 'body';
          const segment = post.segments.find((s) => s.field === field)!;
          const start = finding.span?.start ?? 0;
          const end = finding.span?.end ?? segment.text.length;
          if (this.options.keepPosts && this.options.mask && finding.sensitive?.length) {
            const list = sensitive.get(field);
            if (list) list.push({ start, end });
            else sensitive.set(field, [{ start, end }]);
          }
          if (finding.confidence !== undefined && finding.confidence < least) continue;
          const at = spanPositions(lines(), segment, start, end);
          const data = this.options.mask ? maskData(finding) : finding.data;
          const message = interpolate(rule.messages[finding.messageId]!, data);
          // One rule reports one span of one post once, however it found it.
          const key = `${rule.id}\0${post.index}\0${field}\0${start}\0${end}\0${message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (suppressed) {
            suppressed.used = true;
            continue;
          }
          if (messages.length >= MAX_FINDINGS_PER_FILE) {
            this.dropped.set(file.filePath, (this.dropped.get(file.filePath) ?? 0) + 1);
            continue;
          }
          spans.push({ ruleId: rule.id, field, start, end, index: messages.length });
          messages.push({
            ruleId: rule.id,
            severity: finding.severity && RANK[finding.severity] < RANK[severity] ? finding.severity : severity,
            message,
            file: file.filePath,
            post: post.index,
            presence: post.presence,
            field,
            line: at.start.line,
            column: at.start.column,
            endLine: at.end.line,
            endColumn: at.end.column,
            fingerprint: fingerprintOf(rule.id),
            ...(this.options.keepPosts ? { span: { start, end } } : {}),
            ...(finding.confidence === undefined ? {} : { confidence: Math.round(finding.confidence * 100) / 100 }),
            ...(finding.cues?.length ? { cues: [...finding.cues] } : {}),
            ...(finding.fix ? placedFix(file, segment, start, end, finding.fix.text) : {}),
          });
        }
        if (rule.summarize && rule.checkCollection) {
          this.summarize(rule, severity, context, file.filePath, lines, {
            key: file.key ?? file.filePath,
            textHash: hashOfText(),
            ...(suppressed ? { suppressed } : {}),
          });
        }
      }
      this.yieldOverlaps(messages, postStart, spans);
      if (unread.length > 0 && !file.contextOnly) this.noticeUnread(messages, post, choices!, unread, active[post.presence], lines, fingerprintOf);
      if (this.options.keepPosts) {
        this.kept.push({
          post: {
            file: file.filePath,
            index: post.index,
            presence: post.presence,
            platforms: [...post.platforms],
            ...(post.date && !Number.isNaN(post.date.getTime()) ? { date: post.date.toISOString() } : {}),
            segments: post.segments.map((s) => ({ field: s.field, text: sensitive.has(s.field) ? maskSpans(s.text, sensitive.get(s.field)!) : s.text })),
          },
          ignores: post.ignores ?? [],
          tracked: ignores,
        });
      }
    }
  }

  /**
   * The one notice on a post some of whose texts are in a language that
   * enabled rules do not read: which language, which rules still ran on it
   * and which did not. A suggestion, never silence.
   */
  private noticeUnread(
    messages: Diagnostic[],
    post: Post,
    choices: readonly LanguageChoice[],
    unread: readonly { rule: Rule; elsewhere?: string }[],
    active: readonly ActiveRule[],
    lines: () => LineIndex,
    fingerprintOf: (ruleId: string) => string,
  ): void {
    const reads = new Set(unread.flatMap((u) => u.rule.languages ?? []));
    const foreign = post.segments.map((s, i) => ({ segment: s, language: choices[i]!.language })).filter((x) => !reads.has(x.language));
    if (foreign.length === 0) return;
    const languages = [...new Set(foreign.map((x) => x.language))];
    const what =
      foreign.length === post.segments.length && languages.length === 1
        ? `This post is in ${languageName(languages[0]!)}`
        : `${foreign.map((x) => `${x.segment.field === 'body' ? 'The body' : x.segment.field} is in ${languageName(x.language)}`).join('; ')}`;
    const partial = new Map(unread.map((u) => [u.rule.id, u.elsewhere]));
    const ran = active
      .filter((a) => !partial.has(a.rule.id) || partial.get(a.rule.id) !== undefined)
      .map((a) => (partial.get(a.rule.id) ? `${a.rule.id} (${partial.get(a.rule.id)})` : a.rule.id));
    const skipped = unread.filter((u) => !u.elsewhere).map((u) => u.rule.id);
    const readNames = [...reads].map(languageName).join(', ');
    // When some rules read the language (their lists of it exist), it is those that ran, and only the others that did not.
    const readBySome = languages.every((l) => active.some((a) => a.rule.languages?.includes(l)));
    const message =
      `${what}, which ${readBySome ? 'not every rule reads yet' : `presence does not read yet (it reads ${readNames})`}: ` +
      `${ran.length ? `these rules ran on it: ${ran.join(', ')}` : 'no rule ran on it'}` +
      `${skipped.length ? `; these did not: ${skipped.join(', ')}` : ''}.`;
    const segment = foreign[0]!.segment;
    const at = spanPositions(lines(), segment, 0, 0);
    messages.push({
      ruleId: UNREAD_LANGUAGE,
      severity: 'suggestion',
      message,
      file: post.file,
      post: post.index,
      presence: post.presence,
      field: segment.field,
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column,
      fingerprint: fingerprintOf(UNREAD_LANGUAGE),
    });
  }

  /** With `keepPosts`, after `finish()`: every post added, in the order added, with its ignore entries. */
  keptPosts(): KeptPost[] {
    return this.kept.map(({ post, ignores, tracked }) => ({
      ...post,
      ignores: ignores.map((s) => ({ ruleId: s.ruleId, reason: s.reason, line: s.line, column: s.column, used: tracked.some((t) => t.suppression === s && t.used) })),
    }));
  }

  /**
   * Drops the findings of a rule that yields to another (`yieldsTo`) where a
   * finding of that rule covers the same text: one span of a post is
   * reported once, by the rule that owns it.
   */
  private yieldOverlaps(
    messages: Diagnostic[],
    postStart: number,
    spans: readonly { ruleId: string; field: string; start: number; end: number; index: number }[],
  ): void {
    const dropped = new Set<number>();
    for (const a of spans) {
      const yieldsTo = this.yielding.get(a.ruleId);
      if (!yieldsTo) continue;
      const owner = spans.find((b) => yieldsTo.has(b.ruleId) && b.field === a.field && b.start < a.end && a.start < b.end);
      if (owner) dropped.add(a.index);
    }
    if (dropped.size === 0) return;
    const kept = messages.slice(postStart).filter((_, i) => !dropped.has(postStart + i));
    messages.splice(postStart, messages.length - postStart, ...kept);
  }

  private summarize(
    rule: Rule,
    severity: Severity,
    context: Parameters<Rule['check']>[0],
    filePath: string,
    lines: () => LineIndex,
    extra: { key: string; textHash: number; suppressed?: Tracked },
  ): void {
    const post = context.post;
    let summary;
    try {
      summary = rule.summarize!(context);
    } catch (error) {
      this.ruleFailed(rule, filePath, post.index, error);
      return;
    }
    if (!summary) return;
    const field = summary.field ?? 'body';
    const segment = post.segments.find((s) => s.field === field) ?? post.segments[0];
    if (!segment) return;
    const span = summary.span ?? { start: 0, end: segment.text.length };
    const at = spanPositions(lines(), segment, Math.max(0, span.start), Math.min(segment.text.length, span.end));
    let store = this.collected.get(rule);
    if (!store) {
      store = new CollectedStore();
      this.collected.set(rule, store);
    }
    store.push(
      {
        file: filePath,
        post: post.index,
        presence: post.presence,
        time: post.date?.getTime(),
        line: at.start.line,
        column: at.start.column,
        endLine: at.end.line,
        endColumn: at.end.column,
        field: segment.field,
        options: context.options,
        value: summary.value,
        severity,
        key: extra.key,
        textHash: extra.textHash,
      },
      extra.suppressed,
    );
  }

  /**
   * Reports a rule that threw on a post: once per rule and file, with how
   * many posts it failed on, so a broken rule over a large schedule is one
   * line, not one per row.
   */
  private ruleFailed(rule: Rule, filePath: string, postIndex: number, error: unknown): void {
    const key = `${rule.id}\0${filePath}`;
    const known = this.failures.get(key);
    if (known) {
      known.count++;
      known.problem.message = `${known.first} (and on ${known.count - 1} more post${known.count === 2 ? '' : 's'} of this file)`;
      return;
    }
    const problem = failure(rule, filePath, `on post ${postIndex}`, error);
    this.failures.set(key, { problem, first: problem.message, count: 1 });
    this.problems.push(problem);
  }

  /** Checks a post's ignore entries against the known rules and keeps them to see which are used. */
  private track(file: string, post: Post): Tracked[] {
    const tracked: Tracked[] = [];
    for (const suppression of post.ignores ?? []) {
      if (!this.ruleIds.has(suppression.ruleId)) {
        this.problems.push({
          file,
          line: suppression.line,
          column: suppression.column,
          message: `ignore names unknown rule "${suppression.ruleId}"`,
          hint: 'Run `presence rules` to list the rules.',
        });
        continue;
      }
      const entry = { suppression, file, post, used: false };
      tracked.push(entry);
      this.suppressions.push(entry);
    }
    return tracked;
  }

  /** Diagnostics for the ignore entries that suppressed nothing. */
  private reportUnused(): void {
    for (const { suppression, file, post, used } of this.suppressions) {
      if (used) continue;
      this.diagnostics.get(file)?.push({
        ruleId: UNUSED_IGNORE,
        severity: 'warning',
        message: `ignore of "${suppression.ruleId}" suppressed nothing: remove it, or the next finding of that rule goes unseen`,
        file,
        post: post.index,
        presence: post.presence,
        field: 'ignore',
        line: suppression.line,
        column: suppression.column,
        endLine: suppression.line,
        endColumn: suppression.column + suppression.ruleId.length,
      });
    }
  }

  /** This run's work before the collection rules, to merge into another run (in another thread). */
  partial(): PartialRun {
    const indexOf = new Map(this.suppressions.map((t, i) => [t, i]));
    return {
      diagnostics: [...this.diagnostics],
      dropped: [...this.dropped],
      suppressions: this.suppressions.map((t) => ({ suppression: t.suppression, file: t.file, post: { index: t.post.index, presence: t.post.presence }, used: t.used })),
      collected: [...this.collected].map(([rule, store]) => {
        const rows: CollectedRow[] = [];
        const suppressed: number[] = [];
        for (let i = 0; i < store.length; i++) {
          rows.push(store.row(i));
          const extra = store.extra(i);
          suppressed.push(extra ? indexOf.get(extra)! : -1);
        }
        return { ruleId: rule.id, rows, suppressed };
      }),
    };
  }

  /** Takes in the work of another run over other files, as `partial()` gave it; before `finish()`. */
  merge(part: PartialRun): void {
    const tracked = part.suppressions.map((t) => ({ ...t }));
    for (const [file, count] of part.dropped) this.dropped.set(file, (this.dropped.get(file) ?? 0) + count);
    append(this.suppressions, tracked);
    for (const [file, messages] of part.diagnostics) {
      const known = this.diagnostics.get(file);
      if (known) append(known, messages);
      else this.diagnostics.set(file, messages);
    }
    for (const { ruleId, rows, suppressed } of part.collected) {
      const rule = this.rules.find((r) => r.id === ruleId);
      if (!rule) throw new Error(`a merged lint run names rule "${ruleId}", which this run does not have`);
      let store = this.collected.get(rule);
      if (!store) {
        store = new CollectedStore();
        this.collected.set(rule, store);
      }
      rows.forEach((row, i) => store.push(row, suppressed[i]! >= 0 ? tracked[suppressed[i]!] : undefined));
    }
  }

  /** Runs the collection rules and returns every file's result, in the order files were added. */
  finish(): FileResult[] {
    for (const [file, count] of this.dropped) {
      this.problems.push({ file, message: `${count.toLocaleString('en-US')} more finding${count === 1 ? '' : 's'} in this file not reported (presence reports at most ${MAX_FINDINGS_PER_FILE.toLocaleString('en-US')} per file)`, hint: 'Check that the file is a post; fix the first findings and run again.' });
    }
    this.dropped.clear();
    for (const [rule, posts] of this.collected) {
      let findings;
      try {
        findings = rule.checkCollection!({ posts, config: this.config });
        if (!Array.isArray(findings)) throw new TypeError('checkCollection() did not return an array');
      } catch (error) {
        this.problems.push(failure(rule, posts.at(0)?.file ?? '', 'on the collection of posts', error));
        continue;
      }
      for (const finding of findings) {
        const valid = typeof finding === 'object' && finding !== null && Number.isInteger(finding.post) && finding.post >= 0 && finding.post < posts.length;
        const target = valid ? posts.row(finding.post) : undefined;
        if (!target || !Object.hasOwn(rule.messages, finding.messageId)) {
          this.problems.push({ file: target?.file, message: `rule "${rule.id}" returned a malformed collection finding ${JSON.stringify(finding)}` });
          continue;
        }
        const suppressed = posts.extra(finding.post);
        if (suppressed) {
          suppressed.used = true;
          continue;
        }
        const diagnostic: Diagnostic = {
          ruleId: rule.id,
          severity: target.severity,
          message: interpolate(rule.messages[finding.messageId]!, finding.data),
          file: target.file,
          post: target.post,
          presence: target.presence,
          field: target.field,
          line: target.line,
          column: target.column,
          endLine: target.endLine,
          endColumn: target.endColumn,
          fingerprint: findingFingerprint(rule.id, target.key, target.textHash),
        };
        this.diagnostics.get(target.file)?.push(diagnostic);
        if (Array.isArray(finding.related)) {
          const files = finding.related.filter((i) => Number.isInteger(i) && i >= 0 && i < posts.length).map((i) => posts.row(i).file);
          if (files.length > 0) this.relatedFiles.set(diagnostic, files);
        }
      }
    }
    this.collected.clear();
    if (this.options.reportUnusedIgnores) this.reportUnused();
    return [...this.diagnostics].map(([filePath, messages]) => summarize(filePath, messages.sort(compareDiagnostics)));
  }
}

/** A file result with its counts. */
export function summarize(filePath: string, messages: Diagnostic[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let suggestionCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else suggestionCount++;
  }
  return { filePath, messages, errorCount, warningCount, suggestionCount };
}

/** Lints many files; results in the order of the files given. */
export function lintFiles(
  files: readonly ParsedFile[],
  config: Config,
  rules: readonly Rule[],
  options: LintOptions = {},
): { results: FileResult[]; problems: Problem[] } {
  const run = new LintRun(config, rules, options);
  for (const file of files) run.addFile(file);
  const results = run.finish();
  return { results, problems: run.problems };
}
