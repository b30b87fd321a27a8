import type { Diagnostic, Rule, Severity, SeveritySetting } from '../core/types.js';
import { REPOSITORY_URL } from '../version.js';
import { repositoryPath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

export { REPOSITORY_URL };

/** The documentation page of a rule (its `rules/<id>.md`). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${encodeURIComponent(ruleId)}.md`;
}

/** The base that relative artifact URIs resolve against: the repository's root (else the folder presence ran in). */
const SRCROOT = '%SRCROOT%';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

/** The key of presence's own fingerprint in `partialFingerprints` (versioned, as SARIF asks, so that a new scheme never matches an old one). */
export const FINGERPRINT_KEY = 'presenceFinding/v1';

/**
 * What each built-in rule is about, as SARIF `tags` (code scanning filters
 * alerts by them). Every rule also has `social-media` and the tags of the
 * presences it guards by default; a rule not listed here (a plugin's, a
 * config pattern) has those alone.
 */
const TOPICS: Record<string, readonly string[]> = {
  'broadcast-only': ['engagement'],
  'business-repost': ['brand', 'separation'],
  'duplicate-post': ['schedule'],
  'hashtag-overuse': ['style'],
  'off-positioning': ['brand', 'positioning'],
  oversharing: ['privacy'],
  'party-photo': ['reputation'],
  'personal-info': ['privacy', 'security'],
  'platform-length': ['platform'],
  profanity: ['reputation'],
};

const RANK: Record<SeveritySetting, number> = { off: 0, suggestion: 1, warning: 2, error: 3 };

/**
 * A rule's severity with nothing configured: the more severe of its defaults
 * for the professional presence (public) and the personal one (friends),
 * the audiences presence assumes without a config (config/defaults.ts).
 */
function defaultSetting(rule: Rule): SeveritySetting {
  const professional = rule.defaultSeverity.professional.public;
  const personal = rule.defaultSeverity.personal.friends;
  return RANK[professional] >= RANK[personal] ? professional : personal;
}

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): U+FFFD stands in. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'))).join('/');
}

/**
 * A file path as given, as a SARIF artifact location: a relative reference
 * against `%SRCROOT%` with forward slashes and percent-encoding (spaces,
 * `#`, `%`, `:` ...), or a `file:` URI for an absolute path. With the
 * folders of the run (`context.paths`), a path inside the repository is
 * made relative to its root, wherever presence ran from, as code scanning
 * needs to find the file.
 */
export function artifactLocation(filePath: string, paths?: FormatContext['paths']): { uri: string; uriBaseId?: string } {
  const inRepository = paths ? repositoryPath(filePath, paths) : undefined;
  const slashed = (inRepository ?? filePath).replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) {
    const [drive, ...rest] = slashed.split('/');
    return { uri: `file:///${drive}/${encodeSegments(rest)}` };
  }
  if (slashed.startsWith('/')) return { uri: `file://${encodeSegments(slashed.split('/'))}` };
  return { uri: encodeSegments(slashed.replace(/^(?:\.\/)+/, '').split('/')), uriBaseId: SRCROOT };
}

/** An absolute folder as a `file:` URI ending in a slash, as SARIF asks of a base URI. */
function directoryUri(folder: string): string {
  const uri = artifactLocation(folder).uri;
  return uri.endsWith('/') ? uri : `${uri}/`;
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
  const setting = defaultSetting(rule);
  const presences = (['professional', 'personal'] as const).filter((p) => Object.values(rule.defaultSeverity[p]).some((s) => s !== 'off'));
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: url,
    help: { text: `${rule.description} See ${url}`, markdown: `${rule.description} [Documentation](${url})` },
    defaultConfiguration: setting === 'off' ? { enabled: false, level: 'none' } : { enabled: true, level: LEVELS[setting] },
    properties: {
      ...(rule.precision ? { precision: rule.precision } : {}),
      tags: ['social-media', ...(TOPICS[rule.id] ?? []), ...presences.map((p) => `${p}-presence`)],
    },
  };
}

function describeResult(
  filePath: string,
  m: Diagnostic,
  ruleIndex: ReadonlyMap<string, number>,
  paths: FormatContext['paths'],
  occurrences: Map<string, number>,
): Record<string, unknown> {
  const index = ruleIndex.get(m.ruleId);
  // Findings of one rule in one post share a fingerprint; the how-manieth of them it is keeps each its own alert.
  let fingerprint: string | undefined;
  if (m.fingerprint) {
    const n = occurrences.get(m.fingerprint) ?? 0;
    occurrences.set(m.fingerprint, n + 1);
    fingerprint = `${m.fingerprint}:${n}`;
  }
  const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
  return {
    ruleId: m.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(filePath, paths),
          region,
        },
      },
    ],
    // SARIF's rank is a priority from 0 to 100: the finding's confidence, where its rule gives one.
    ...(m.confidence === undefined ? {} : { rank: Math.round(m.confidence * 1000) / 10 }),
    ...(fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: fingerprint } } : {}),
    // The fix replaces exactly the finding's span, so its region is the result's (lines and UTF-16 columns, as everywhere in the log).
    ...(m.fix
      ? {
          fixes: [
            {
              description: { text: `Replace with "${m.fix.text}".` },
              artifactChanges: [
                {
                  artifactLocation: artifactLocation(filePath, paths),
                  replacements: [{ deletedRegion: region, insertedContent: { text: m.fix.text } }],
                },
              ],
            },
          ],
        }
      : {}),
    properties: { presence: m.presence, post: m.post, field: m.field, ...(m.cues ? { cues: m.cues } : {}) },
  };
}

/**
 * For code-scanning tools (GitHub code scanning, IDE SARIF viewers): one
 * SARIF 2.1.0 run describing every rule of the run and each finding as a
 * result. Paths are relative to `%SRCROOT%`, the root of the repository
 * (the folder presence ran in when it is in none); columns count UTF-16
 * code units with an exclusive end, as SARIF's default does. Each result
 * carries presence's fingerprint (rule, file, the post's normalised text)
 * in `partialFingerprints`, so an alert survives edits elsewhere in its
 * file. A run without findings still gives a complete log with no results,
 * which is what closes fixed alerts on GitHub. A finding with a safe fix
 * (a pattern's swap) carries it in `fixes`, as the replacement of its region.
 */
export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i] as const));
  const occurrences = new Map<string, number>();
  const root = context.paths?.repositoryRoot ?? context.paths?.cwd;
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
          [SRCROOT]: {
            ...(root ? { uri: directoryUri(root) } : {}),
            description: {
              text: context.paths?.repositoryRoot
                ? 'The root of the repository; file paths are relative to it.'
                : 'The folder presence ran in; file paths are relative to it.',
            },
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => r.messages.map((m) => describeResult(r.filePath, m, ruleIndex, context.paths, occurrences))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
