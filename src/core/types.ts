/**
 * The domain model of presence. Everything here is plain data: no I/O.
 *
 * Coordinates: a {@link Span} is a 0-based, half-open range of UTF-16 code
 * unit offsets into the `text` of one {@link Segment}. Rules only ever produce
 * spans; the engine maps them to 1-based file lines and columns through the
 * segment's {@link SourceMap}. Columns count UTF-16 code units, as editors do.
 */

export const PRESENCE_NAMES = ['professional', 'personal'] as const;
/** Which of the two presences a post is published on. */
export type PresenceName = (typeof PRESENCE_NAMES)[number];

export const AUDIENCES = ['public', 'followers', 'friends', 'private'] as const;
/** Who can see a presence, from the widest to the narrowest circle. */
export type Audience = (typeof AUDIENCES)[number];

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
/** How serious a diagnostic is. Only errors (and too many warnings) fail a run. */
export type Severity = (typeof SEVERITIES)[number];
/** A severity as it may be configured: `off` disables the rule. */
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

/** 0-based, half-open UTF-16 offsets into one segment's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a segment's text lives in its source file. `offsets[i]` is the file
 * offset (UTF-16 units, into the decoded file text without BOM) of `text[i]`,
 * with one extra entry for the end. Omitted when the text is a verbatim slice
 * of the file starting at `start`.
 */
export interface SourceMap {
  start: number;
  offsets?: Int32Array | number[];
}

/** One piece of published text of a post: its body, an alt text, a caption. */
export interface Segment {
  /** Names the text in diagnostics: `body`, `media[0].alt`, ... */
  field: string;
  text: string;
  source: SourceMap;
  /**
   * The language of the text (ISO 639-1), as the engine decided it for the
   * rules (the post's `lang`, detection, or the config's first language);
   * absent on posts as the sources read them, and when the config names one
   * language, which is then every text's.
   */
  lang?: string;
}

/** A positioning statement, "I am a <role> in <field> for <audience>". */
export interface Positioning {
  statement: string;
  role: string;
  field: string;
  audience: string;
}

/** What marks content as the business's own. Handles keep their `@`, hashtags their `#`. */
export interface Brand {
  names: string[];
  handles: string[];
  hashtags: string[];
  domains: string[];
}

/** A rule setting as written in the config: a severity, or options with an optional severity. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);
export type RuleSettings = Record<string, RuleSetting>;

/** One of the two presences, as configured. */
export interface Presence {
  name: PresenceName;
  positioning?: Positioning;
  audience: Audience;
  topics: string[];
  brand: Brand;
  /** Where posts of this presence are published when a post does not say. */
  platforms: string[];
  /** Where this presence's posts are from (ISO 3166 alpha-2, capitals): the country of national phone numbers and formats. Overrides the config's `region`. */
  region?: string;
  rules: RuleSettings;
}

/** Settings for files whose path matches one of `files` (globs, relative to the config's folder). */
export interface Override {
  files: string[];
  presence?: PresenceName;
  platforms?: string[];
  rules?: RuleSettings;
}

/**
 * How to read the columns of a CSV layout that presence does not recognise
 * by itself: each column named by its header or by its 1-based number.
 */
export interface CsvMapping {
  /** Whether the first row is a header row (default: true when any column is named by header). */
  header?: boolean;
  delimiter?: string;
  columns: Partial<Record<'message' | 'date' | 'time' | 'link' | 'presence' | 'platforms' | 'alt' | 'ignore', string | number>>;
}

/** The validated configuration the engine runs on. */
export interface Config {
  presences: Record<PresenceName, Presence>;
  default: PresenceName;
  rules: RuleSettings;
  overrides: Override[];
  /** Globs of files never to check (gitignore syntax), besides `.presenceignore`. */
  ignorePatterns: string[];
  /** The least confidence of a reported finding, for rules whose findings carry one and that set none of their own. */
  minConfidence?: number;
  csv?: CsvMapping;
  /**
   * The languages posts are written in (ISO 639-1 codes), the set each text's
   * language is chosen from; the first is the fallback for texts too short or
   * too mixed to tell. Default `['en']`: every text is English, nothing detected.
   */
  languages: string[];
  /**
   * The regions that `languages` entries name with a region tag
   * (`pt-BR` gives `{ pt: 'BR' }`): the region of a text in that language
   * when the config sets no `region`.
   */
  languageRegions?: Record<string, string>;
  /** Where the posts are from (ISO 3166 alpha-2, capitals): the country of national phone numbers and formats. */
  region?: string;
}

/** One unit that will be published. */
export interface Post {
  /** The file path as given by the user (or the stdin file name). */
  file: string;
  /** 0-based index of the post within its file. */
  index: number;
  presence: PresenceName;
  /** `segments[0]` is always the body. */
  segments: Segment[];
  /** Lower-case platform names (`x`, `linkedin`, ...); empty when unknown. */
  platforms: string[];
  /** Scheduled time, when known. */
  date?: Date;
  /** The post this one replies to (a URL), when it is a reply. */
  reply?: string;
  /** The post this one reposts or quotes (a URL), when it is a repost. */
  repost?: string;
  /** Rules this post opts out of, in its metadata (never its text), each with a reason. */
  ignores?: Suppression[];
  /** The language the post is written in, as its metadata says (`lang`): an ISO 639-1 code. Detected when absent. */
  lang?: string;
  /** The region the post's `lang` tag names (`pt-BR` gives `BR`), ISO 3166 alpha-2 in capitals. */
  region?: string;
}

/** A post's opt-out of one rule, with the reason and where it is written. */
export interface Suppression {
  ruleId: string;
  reason: string;
  /** 1-based position of the entry in the file. */
  line: number;
  column: number;
}

/** What a rule reports; the engine turns it into a {@link Diagnostic}. */
export interface Finding {
  /** A key of the rule's `messages`. */
  messageId: string;
  /** The field of the segment the span points into; defaults to `body`. */
  field?: string;
  /** Defaults to the whole segment. */
  span?: Span;
  /** Values for the `{placeholders}` of the message template. */
  data?: Record<string, string | number>;
  /** Keys of `data` whose values are sensitive (a phone number, an address): masked in every output unless `--no-mask`. */
  sensitive?: string[];
  /** How to show sensitive values when masking, by data key; by default all but the last two letters and digits are hidden. */
  masked?: Record<string, string>;
  /**
   * The most this finding may weigh, below the rule's severity: a rule whose
   * findings are errors may add advice (`suggestion`) of the same kind.
   */
  severity?: Severity;
  /**
   * How sure the rule is, from 0 to 1: what its reading of the text says
   * (affirmed, about the author, literal, current) and how strong the words
   * are. Findings below the `minConfidence` in force are not reported.
   */
  confidence?: number;
  /** The cues that decided the finding and its confidence, as `name:word` (`about:author:i`, `trigger:hangover`). */
  cues?: string[];
  /**
   * The one safe fix, when there is exactly one (a pattern's `swap`): the
   * text to write instead of the finding's span. A fix that needs judgement
   * (which words to cut, what to say instead) is a message, not a fix.
   */
  fix?: { text: string };
}

/**
 * A fix placed in its file, as ESLint gives one: replace `range`, 0-based,
 * half-open UTF-16 offsets into the file's text as decoded (without a
 * byte-order mark), with `text`, spelled as the file spells it.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Severity of a rule for each presence and audience, used when the config says nothing. */
export type DefaultSeverity = Record<PresenceName, Record<Audience, SeveritySetting>>;

/** The type and default of one rule option; the single source for validation, docs and schema. */
export type OptionSpec =
  | { type: 'string[]'; default: string[]; description: string }
  | { type: 'number'; default: number; description: string; minimum?: number; integer?: boolean }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; description: string; enum?: string[] };

export type OptionSpecs = Record<string, OptionSpec>;
/** Resolved option values of a rule. */
export type RuleOptions = Record<string, unknown>;

/** What `check` receives. */
export interface RuleContext<O extends RuleOptions = RuleOptions> {
  post: Post & { text: string };
  presence: Presence;
  /** The other presence, for rules that compare the two. */
  otherPresence: Presence;
  options: O;
  config: Config;
}

/** What a collection rule keeps of one post for its look at the whole run: small, so a run of a million posts fits in memory. */
export interface PostSummary<S = unknown> {
  value: S;
  /** Where a finding about this post points; defaults to the whole body. */
  field?: string;
  span?: Span;
}

/** One post as a collection rule sees it: where it is, when, and its summary. */
export interface CollectedPost<S = unknown, O extends RuleOptions = RuleOptions> {
  file: string;
  post: number;
  presence: PresenceName;
  date: Date | undefined;
  /** 1-based position of the summary's span (or the body) in the file. */
  line: number;
  column: number;
  /** The rule's options for this post (they may differ by presence and by file). */
  options: O;
  value: S;
}

/**
 * Every post a collection rule kept, in file and post order. Not an array: a
 * run over a million-row schedule keeps them by column, and `at(i)` makes the
 * object for one post when it is asked for. `value(i)`, `presence(i)` and
 * `options(i)` read one part without making the whole object, for rules that
 * go over every post.
 */
export interface CollectedPosts<S = unknown, O extends RuleOptions = RuleOptions> extends Iterable<CollectedPost<S, O>> {
  readonly length: number;
  /** Post `index` (negative counts from the end, as with arrays), or undefined outside the list. */
  at(index: number): CollectedPost<S, O> | undefined;
  value(index: number): S;
  presence(index: number): PresenceName;
  options(index: number): O;
  /** When the post is scheduled, in milliseconds since the epoch (its `date`), or undefined. */
  time(index: number): number | undefined;
  /**
   * A number that orders posts by file path, then by their place in their
   * file. Break ties with it (not with the index, which follows the order the
   * files were given in), so that findings do not depend on that order.
   */
  order(index: number): number;
}

/** What `checkCollection` receives: every post of the run the rule is enabled for, in file and post order. */
export interface CollectionContext<S = unknown, O extends RuleOptions = RuleOptions> {
  posts: CollectedPosts<S, O>;
  config: Config;
}

/** A finding of a collection rule, about `posts[post]` of its context. */
export interface CollectionFinding {
  post: number;
  messageId: string;
  data?: Record<string, string | number>;
  /**
   * The other posts of the collection the finding is about (the earlier copy
   * of a duplicate, the other posts of a week over its limit): a hook that
   * reads the rest of the schedule as context reports a finding on a context
   * post when one of these is a post it checks.
   */
  related?: number[];
}

/** A rule: everything about it lives on this object. */
export interface Rule<O extends RuleOptions = RuleOptions, S = unknown> {
  /** kebab-case, equal to the rule's file name. */
  id: string;
  /** One sentence. */
  description: string;
  /** Message templates by message id; `{name}` is filled from a finding's data. */
  messages: Record<string, string>;
  options?: OptionSpecs;
  defaultSeverity: DefaultSeverity;
  /**
   * Rules that own some of what this rule finds: where one of their findings
   * covers a finding of this rule (same field, overlapping span), only theirs
   * is reported. `oversharing` yields to `personal-info` on addresses and dates.
   */
  yieldsTo?: string[];
  /**
   * How often the rule's findings are right, as measured on the development
   * corpus (PRECISION.md): SARIF's `precision` property, which code scanning
   * uses to rank alerts.
   */
  precision?: 'very-high' | 'high' | 'medium' | 'low';
  /**
   * The languages whose words the rule reads (ISO 639-1). The engine runs it
   * only on texts in one of them: a text in another language reaches it
   * empty (and the post gets a notice saying which rules still ran).
   * Undefined: the rule reads no words (lengths, hashtags, numbers) and runs
   * on every text.
   */
  languages?: readonly string[];
  /**
   * With `languages`: what the rule still checks in texts of other
   * languages ("numbers"). The engine then gives it those texts whole, each
   * with its `lang`, and the rule skips its word-reading parts there itself.
   */
  elsewhere?: string;
  check(context: RuleContext<O>): Finding[];
  /**
   * For a collection rule: what to keep of each post for `checkCollection`
   * (undefined: nothing, the post does not take part).
   */
  summarize?(context: RuleContext<O>): PostSummary<S> | undefined;
  /** For a collection rule: findings that need every post of the run at once (frequency, duplicates). */
  checkCollection?(context: CollectionContext<S, O>): CollectionFinding[];
}

/** A finding after the engine: positioned, with its severity. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  post: number;
  presence: PresenceName;
  field: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based, exclusive, UTF-16 code units. */
  endColumn: number;
  /**
   * Identifies the finding across edits elsewhere: a hash of the rule id,
   * the file and the post's normalised text (for baselines).
   */
  fingerprint?: string;
  /** The finding's confidence, from 0 to 1, when its rule gives one. */
  confidence?: number;
  /** The cues behind it, when its rule gives them. */
  cues?: string[];
  /** Where in the text of `field` it is, when the run keeps posts for a report (`LintOptions.keepPosts`); not for collection rules' findings. */
  span?: Span;
  /** The finding's fix in file offsets, when its rule gives one and the span's text is the file's own, character for character. */
  fix?: Fix;
  /** Why the rule's fix could not be placed in the file (the span's text is decoded there: quotes, escapes); for `--fix` to say, not a field of any output. */
  fixRefused?: string;
}

/**
 * Something that stopped part of a run without being a finding: an unreadable
 * file, malformed front matter, a rule that threw. Always exit code 2.
 */
export interface Problem {
  file?: string;
  line?: number;
  column?: number;
  message: string;
  /** A short next step for the user. */
  hint?: string;
  /** Kept for `--debug`. */
  cause?: unknown;
}

/** The result for one input file. */
export interface FileResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  suggestionCount: number;
}
