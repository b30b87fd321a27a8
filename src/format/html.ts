import type { KeptPost } from '../core/lint.js';
import type { Diagnostic, FileResult, PresenceName, Severity } from '../core/types.js';
import { PRESENCE_NAMES, SEVERITIES } from '../core/types.js';
import { REPORT_SCRIPT, REPORT_SCRIPT_HASH, REPORT_STYLE, REPORT_STYLE_HASH } from './report/assets.generated.js';
import { ruleDocUrl } from './sarif.js';
import type { Formatter, ReportData } from './types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>`
 * and `&` as `\u` escapes, so that no text of a post (`</script>`,
 * `<!--`) can close the block or open another; U+2028 and U+2029 too.
 * JSON.parse reads the escapes back as the characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The policy of the page: nothing but its own script and styles; no request of any kind, no form, no frame. */
const CSP = [
  "default-src 'none'",
  `script-src '${REPORT_SCRIPT_HASH}'`,
  `style-src '${REPORT_STYLE_HASH}'`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** One finding as the page reads it (short keys: a schedule of 10,000 posts has tens of thousands). */
interface PageFinding {
  /** Index of its post in `posts`. */
  q: number;
  /** Index of its rule in `rules`. */
  r: number;
  /** Severity: 0 error, 1 warning, 2 suggestion. */
  v: number;
  m: string;
  fd: string;
  l: number;
  c: number;
  /** Span in the text of `fd`, or -1 when the finding has none (a collection rule's). */
  a: number;
  b: number;
  /** 1 when the baseline knows it. */
  bl?: 1;
}

interface PagePost {
  f: number;
  i: number;
  p: PresenceName;
  pl: string[];
  d: string | null;
  /** Texts: [field, text]. */
  s: [string, string][];
  /** Ignore entries: [rule id, reason, line, whether it suppressed a finding]. */
  ig: [string, string, number, boolean][];
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** The data the page's script renders: posts, findings, rules and files, each named once and referred to by index. */
function pageData(results: readonly FileResult[], report: ReportData | undefined, ruleIds: readonly string[], version: string): Record<string, unknown> {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const fileOf = (path: string): number => {
    let i = fileIndex.get(path);
    if (i === undefined) {
      i = files.length;
      files.push(path);
      fileIndex.set(path, i);
    }
    return i;
  };
  const posts: PagePost[] = [];
  const postIndex = new Map<string, number>();
  const key = (file: string, index: number): string => `${file}\0${index}`;
  const addPost = (p: KeptPost): void => {
    postIndex.set(key(p.file, p.index), posts.length);
    posts.push({
      f: fileOf(p.file),
      i: p.index,
      p: p.presence,
      // A post that names no platform goes where its presence usually publishes (as platform-length reads it).
      pl: p.platforms.length ? p.platforms : [...(report?.presences[p.presence].platforms ?? [])],
      d: p.date ?? null,
      s: p.segments.map((s) => [s.field, s.text]),
      ig: p.ignores.map((g) => [g.ruleId, g.reason, g.line, g.used]),
    });
  };
  for (const p of report?.posts ?? []) addPost(p);
  const rules = ruleIds.map((id) => ({ id, url: ruleDocUrl(id) }));
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const findings: PageFinding[] = [];
  const addFinding = (m: Diagnostic, baselined: boolean): void => {
    let q = postIndex.get(key(m.file, m.post));
    if (q === undefined) {
      // A finding of a post the report does not hold (a formatter called without report data): its post without text.
      addPost({ file: m.file, index: m.post, presence: m.presence, platforms: [], segments: [], ignores: [] });
      q = posts.length - 1;
    }
    let r = ruleIndex.get(m.ruleId);
    if (r === undefined) {
      r = rules.length;
      ruleIndex.set(m.ruleId, r);
      rules.push({ id: m.ruleId, url: '' });
    }
    findings.push({
      q,
      r,
      v: SEVERITIES.indexOf(m.severity),
      m: m.message,
      fd: m.field,
      l: m.line,
      c: m.column,
      a: m.span?.start ?? -1,
      b: m.span?.end ?? -1,
      ...(baselined ? { bl: 1 as const } : {}),
    });
  };
  for (const r of results) for (const m of r.messages) addFinding(m, false);
  for (const r of report?.baselined ?? []) for (const m of r.messages) addFinding(m, true);
  return { version, masked: report?.masked ?? true, baselineFile: report?.baselineFile ?? null, files, rules, posts, findings };
}

function positioningHtml(report: ReportData | undefined): string {
  if (!report) return '';
  const sections = PRESENCE_NAMES.map((name) => {
    const p = report.presences[name];
    const statement = p.positioning ? `“${escapeHtml(p.positioning)}”` : '<em>No positioning statement in the config.</em>';
    const platforms = p.platforms.length ? `; usually on ${escapeHtml(p.platforms.join(', '))}` : '';
    return `<section class="${name}" aria-labelledby="positioning-${name}"><h2 id="positioning-${name}">${name} presence</h2><p>${statement}</p><p class="meta">Audience: ${escapeHtml(p.audience)}${platforms}</p></section>`;
  });
  return `<div class="positioning" aria-label="Positioning statements">${sections.join('')}</div>`;
}

/**
 * For the people who approve a team's posts: one self-contained HTML page
 * (its script and styles inline, no request of any kind, allowed by its
 * Content-Security-Policy to run only its own script) with the schedule as
 * a calendar (month and week, a lane per presence, undated posts apart), a
 * list of every post with its findings highlighted in its text, filters,
 * counts per rule and per presence, what the baseline holds, and every
 * `ignore` with its reason. Post texts come from `context.report` (the
 * shell gathers them for this format, masked as the findings are); without
 * it the page shows the findings alone. Every text is escaped: the data is
 * JSON inside a script block with `<`, `>` and `&` escaped, and the page
 * builds its elements with `textContent`.
 */
export const html: Formatter = (results, context) => {
  const report = context.report;
  const ruleIds = context.rules.map((r) => r.id);
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const r of results) {
    counts.error += r.errorCount;
    counts.warning += r.warningCount;
    counts.suggestion += r.suggestionCount;
  }
  const baselined = (report?.baselined ?? []).reduce((n, r) => n + r.messages.length, 0);
  const total = counts.error + counts.warning + counts.suggestion;
  const summary = `${plural(context.postCount, 'post')} in ${plural(results.length, 'file')}: ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')})${baselined ? `, and ${plural(baselined, 'finding')} the baseline knows` : ''}.`;
  const about = [
    `presence ${escapeHtml(context.version)}`,
    report?.configFile ? `config ${escapeHtml(report.configFile)}` : report ? 'built-in defaults (no config found)' : '',
    report && !report.masked ? '<strong>sensitive values shown unmasked (--no-mask)</strong>' : 'sensitive values masked',
    'times in UTC',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>presence report</title>',
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the posts</a>',
    '<header class="top">',
    '<h1>presence report</h1>',
    `<p class="meta" id="summary">${escapeHtml(summary)}</p>`,
    `<p class="meta">${about.join(' · ')}</p>`,
    positioningHtml(report),
    '</header>',
    '<div id="app"><noscript><p>This report needs JavaScript to show the posts; the summary above counts them.</p></noscript></div>',
    `<script type="application/json" id="report-data">${scriptJson(pageData(results, report, ruleIds, context.version))}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
