import { LineIndex, spanPositions } from './location.js';
import type {
  Config,
  Diagnostic,
  FileResult,
  Finding,
  OptionSpecs,
  Post,
  PresenceName,
  Problem,
  Rule,
  RuleOptions,
  RuleSetting,
  Severity,
  SeveritySetting,
} from './types.js';
import { PRESENCE_NAMES } from './types.js';

/** The posts read from one file, with the file's decoded text for positions. */
export interface ParsedFile {
  filePath: string;
  /** The file's text after decoding, without a byte-order mark. */
  text: string;
  posts: Post[];
}

/** A rule as it applies to one presence: its severity and resolved options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: RuleOptions;
}

/** What linting one file produced. */
export interface FileLint {
  result: FileResult;
  problems: Problem[];
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
 * The severity and options of a rule for a presence: the presence's own rule
 * settings, then the top-level ones, then the rule's default for that
 * presence and its audience.
 */
export function resolveRule(rule: Rule, config: Config, presence: PresenceName): { severity: SeveritySetting; options: RuleOptions } {
  const own = config.presences[presence].rules[rule.id];
  const top = config.rules[rule.id];
  const severity =
    severityOf(own) ?? severityOf(top) ?? rule.defaultSeverity[presence][config.presences[presence].audience];
  return { severity, options: { ...defaultOptions(rule.options), ...optionsOf(top), ...optionsOf(own) } };
}

/** The enabled rules for each presence, resolved once per run. */
export function activeRules(config: Config, rules: readonly Rule[]): Record<PresenceName, ActiveRule[]> {
  const byPresence = {} as Record<PresenceName, ActiveRule[]>;
  for (const presence of PRESENCE_NAMES) {
    byPresence[presence] = [];
    for (const rule of rules) {
      const { severity, options } = resolveRule(rule, config, presence);
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
  return undefined;
}

/** Lints the posts of one file with the rules active for each post's presence. */
export function lintFile(file: ParsedFile, config: Config, active: Record<PresenceName, ActiveRule[]>): FileLint {
  const problems: Problem[] = [];
  const messages: Diagnostic[] = [];
  let index: LineIndex | undefined;
  const seen = new Set<string>();

  for (const post of file.posts) {
    const presence = config.presences[post.presence];
    const otherPresence = config.presences[post.presence === 'professional' ? 'personal' : 'professional'];
    const withText = { ...post, text: post.segments[0]?.text ?? '' };
    for (const { rule, severity, options } of active[post.presence]) {
      let findings: Finding[];
      try {
        findings = rule.check({ post: withText, presence, otherPresence, options, config });
        if (!Array.isArray(findings)) throw new TypeError('check() did not return an array');
      } catch (error) {
        problems.push({
          file: file.filePath,
          message: `rule "${rule.id}" failed on post ${post.index}: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'This is a bug in the rule; the other rules still ran. Run with --debug for the stack trace.',
          cause: error,
        });
        continue;
      }
      for (const finding of findings) {
        const violation = contractViolation(rule, finding, post);
        if (violation) {
          problems.push({ file: file.filePath, message: `rule "${rule.id}" ${violation} on post ${post.index}` });
          continue;
        }
        const field = finding.field ?? 'body';
        const segment = post.segments.find((s) => s.field === field)!;
        const start = finding.span?.start ?? 0;
        const end = finding.span?.end ?? segment.text.length;
        index ??= new LineIndex(file.text);
        const at = spanPositions(index, segment, start, end);
        const message = interpolate(rule.messages[finding.messageId]!, finding.data);
        // One rule reports one span of one post once, however it found it.
        const key = `${rule.id}\0${post.index}\0${field}\0${start}\0${end}\0${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        messages.push({
          ruleId: rule.id,
          severity,
          message,
          file: file.filePath,
          post: post.index,
          presence: post.presence,
          field,
          line: at.start.line,
          column: at.start.column,
          endLine: at.end.line,
          endColumn: at.end.column,
        });
      }
    }
  }
  messages.sort(compareDiagnostics);
  return { result: summarize(file.filePath, messages), problems };
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
): { results: FileResult[]; problems: Problem[] } {
  const active = activeRules(config, rules);
  const results: FileResult[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const linted = lintFile(file, config, active);
    results.push(linted.result);
    problems.push(...linted.problems);
  }
  return { results, problems };
}
