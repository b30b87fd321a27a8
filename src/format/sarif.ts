import type { Diagnostic, Rule, Severity } from '../core/types.js';
import type { Formatter } from './types.js';

/**
 * The home of presence, from which the SARIF report links the tool and each
 * rule's documentation. A placeholder until the repository is published.
 */
export const REPOSITORY_URL = 'https://github.com/presence-lint/presence';

/** The documentation page of a rule (its `rules/<id>.md`). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}

/** The base that relative artifact URIs resolve against: the folder presence ran in. */
const SRCROOT = '%SRCROOT%';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): U+FFFD stands in. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'))).join('/');
}

/**
 * A file path as given, as a SARIF artifact location: a relative reference
 * against `%SRCROOT%` with forward slashes and percent-encoding (spaces,
 * `#`, `%`, `:` ...), or a `file:` URI for an absolute path.
 */
export function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  const slashed = filePath.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) {
    const [drive, ...rest] = slashed.split('/');
    return { uri: `file:///${drive}/${encodeSegments(rest)}` };
  }
  if (slashed.startsWith('/')) return { uri: `file://${encodeSegments(slashed.split('/'))}` };
  return { uri: encodeSegments(slashed.replace(/^(?:\.\/)+/, '').split('/')), uriBaseId: SRCROOT };
}

/** `party-photo` -> `PartyPhoto`: SARIF wants a rule's name to be a Pascal-case identifier that differs from its id. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function describeRule(rule: Rule): Record<string, unknown> {
  const url = ruleDocUrl(rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: url,
    help: { text: `${rule.description} See ${url}`, markdown: `${rule.description} [Documentation](${url})` },
    ...(rule.precision ? { properties: { precision: rule.precision } } : {}),
  };
}

function describeResult(filePath: string, m: Diagnostic, ruleIndex: ReadonlyMap<string, number>): Record<string, unknown> {
  const index = ruleIndex.get(m.ruleId);
  return {
    ruleId: m.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(filePath),
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
    // SARIF's rank is a priority from 0 to 100: the finding's confidence, where its rule gives one.
    ...(m.confidence === undefined ? {} : { rank: Math.round(m.confidence * 1000) / 10 }),
    properties: { presence: m.presence, post: m.post, field: m.field, ...(m.cues ? { cues: m.cues } : {}) },
  };
}

/**
 * For code-scanning tools (GitHub code scanning, IDE SARIF viewers): one
 * SARIF 2.1.0 run describing every rule of the run and each finding as a
 * result. Paths are relative to `%SRCROOT%`, the folder presence ran in;
 * columns count UTF-16 code units with an exclusive end, as SARIF's default
 * does. A run without findings still gives a complete log with no results,
 * which is what closes fixed alerts on GitHub.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i] as const));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'presence',
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules: context.rules.map(describeRule),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The folder presence ran in; file paths are relative to it.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => r.messages.map((m) => describeResult(r.filePath, m, ruleIndex))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
