import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintRun, summarize } from '../src/core/lint.js';
import { maskSpans } from '../src/core/mask.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Diagnostic, FileResult, Post } from '../src/core/types.js';
import { defaultConfig } from '../src/config/defaults.js';
import { escapeHtml, html, scriptJson } from '../src/format/html.js';
import type { FormatContext, ReportData } from '../src/format/types.js';
import { REPORT_SCRIPT, REPORT_SCRIPT_HASH, REPORT_STYLE, REPORT_STYLE_HASH } from '../src/format/report/assets.generated.js';
import { presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/** The page's data block, parsed as the page's script parses it. */
function pageData(page: string): { posts: { f: number; i: number; s: [string, string][]; pl: string[]; ig: unknown[] }[]; findings: { q: number; m: string; a: number; b: number; bl?: 1 }[]; files: string[]; rules: { id: string }[] } {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no data block');
  return JSON.parse(match[1]!);
}

const phone = defineRule({
  id: 'phone',
  description: 'Phone numbers.',
  messages: { phone: 'A phone number: {value}.' },
  defaultSeverity: severities({ professional: 'error', personal: 'error' }),
  check: ({ post }) => {
    const at = post.text.indexOf('555-123-4567');
    return at < 0 ? [] : [{ messageId: 'phone', span: { start: at, end: at + 12 }, data: { value: '555-123-4567' }, sensitive: ['value'], confidence: post.text.includes('maybe') ? 0.1 : 1 }];
  },
});

function post(text: string, extra: Partial<Post> = {}): Post {
  return { file: 'a.txt', index: 0, presence: 'professional', segments: [{ field: 'body', text, source: { start: 0 } }], platforms: [], ...extra };
}

function keptRun(posts: Post[], mask = true) {
  const run = new LintRun(defaultConfig(), [phone], { mask, keepPosts: true });
  for (const p of posts) run.addFile({ filePath: p.file, text: p.segments[0]!.text, posts: [p] });
  const results = run.finish();
  return { results, posts: run.keptPosts() };
}

describe('posts kept for the report', () => {
  it('mask what findings mark sensitive, reported, ignored or below the least confidence, and keep every offset', () => {
    expect(maskSpans('call 555-123-4567 now', [{ start: 5, end: 17 }])).toBe('call •••-•••-••67 now');
    expect(maskSpans('a 😀😀😀 b', [{ start: 2, end: 8 }])).toHaveLength('a 😀😀😀 b'.length);
    const { results, posts } = keptRun([
      post('Call 555-123-4567 today'),
      post('Call 555-123-4567, maybe', { file: 'b.txt' }),
      post('Call 555-123-4567 now', { file: 'c.txt', ignores: [{ ruleId: 'phone', reason: 'the office line, published on purpose', line: 2, column: 3 }] }),
    ]);
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['Call •••-•••-••67 today', 'Call •••-•••-••67, maybe', 'Call •••-•••-••67 now']);
    expect(posts[2]!.ignores).toEqual([{ ruleId: 'phone', reason: 'the office line, published on purpose', line: 2, column: 3, used: true }]);
    const [finding] = results.find((r) => r.filePath === 'a.txt')!.messages;
    expect(finding).toMatchObject({ span: { start: 5, end: 17 }, message: 'A phone number: •••-•••-••67.' });
    expect(results.find((r) => r.filePath === 'b.txt')!.messages).toEqual([]);
  });

  it('are the texts as written with --no-mask, and are not kept without keepPosts', () => {
    expect(keptRun([post('Call 555-123-4567 today')], false).posts[0]!.segments[0]!.text).toBe('Call 555-123-4567 today');
    const run = new LintRun(defaultConfig(), [phone], { mask: true });
    run.addFile({ filePath: 'a.txt', text: 'x', posts: [post('Call 555-123-4567')] });
    expect(run.finish()[0]!.messages[0]).not.toHaveProperty('span');
    expect(run.keptPosts()).toEqual([]);
  });
});

const context: FormatContext = { color: false, postCount: 1, rules: [phone], version: '1.2.3' };

function report(kept: ReturnType<typeof keptRun>, extra: Partial<ReportData> = {}): ReportData {
  return {
    posts: kept.posts,
    presences: { professional: { positioning: 'I am a <b>vet</b> in rescue for "families"', audience: 'public', platforms: ['linkedin'] }, personal: { audience: 'friends', platforms: [] } },
    baselined: [],
    masked: true,
    ...extra,
  };
}

describe('the html format', () => {
  it('is one page with its script and styles inline, allowed by a policy that allows nothing else', () => {
    const page = html([], context);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<script>${REPORT_SCRIPT}</script>`);
    expect(page).toContain(`<style>${REPORT_STYLE}</style>`);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src '${REPORT_SCRIPT_HASH}'`);
    expect(csp).toContain(`style-src '${REPORT_STYLE_HASH}'`);
    expect(csp).toContain("connect-src 'none'");
    // Nothing that would reach the network: no src, no href but the rules' documentation and the skip link.
    expect(page).not.toMatch(/\ssrc=|<link|@import|url\(/);
  });

  it('keeps its inlined assets up to date with client.js and report.css (npm run build writes them)', async () => {
    const { reportAssets } = (await import('../scripts/build-report.mjs')) as { reportAssets: () => string };
    expect(readFileSync(path.join(ROOT, 'src/format/report/assets.generated.ts'), 'utf8')).toBe(reportAssets());
  });

  it('escapes what a post holds: no text can close the data block or become markup', () => {
    const hostile = '</script><script>alert(1)</script><!-- --> & \u2028 <img src=x onerror=alert(2)>';
    const kept = keptRun([post(hostile)]);
    const page = html(kept.results, { ...context, report: report(kept) });
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<!-- -->');
    expect(pageData(page).posts[0]!.s[0]![1]).toBe(hostile);
    expect(scriptJson({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    // The positioning statement is in the page's own markup: escaped there.
    expect(page).toContain('“I am a &lt;b&gt;vet&lt;/b&gt; in rescue for &quot;families&quot;”');
  });

  it('never holds a sensitive value unmasked, in a text or a message', () => {
    const kept = keptRun([post('Call 555-123-4567 today'), post('Call 555-123-4567 now', { file: 'c.txt', ignores: [{ ruleId: 'phone', reason: 'ok', line: 1, column: 1 }] })]);
    const page = html(kept.results, { ...context, report: report(kept) });
    expect(page).not.toContain('555-123-4567');
    expect(page).not.toContain('123-45');
    const data = pageData(page);
    expect(data.findings[0]).toMatchObject({ m: 'A phone number: •••-•••-••67.', a: 5, b: 17 });
    expect(data.posts[1]!.ig).toEqual([['phone', 'ok', 1, true]]);
    expect(page).toContain('sensitive values masked');
    expect(html(kept.results, { ...context, report: report(kept, { masked: false }) })).toContain('sensitive values shown unmasked');
  });

  it('gives every post, a post without a platform those of its presence, and marks what the baseline knows', () => {
    const kept = keptRun([post('Call 555-123-4567 today'), post('Nothing here', { file: 'b.txt', date: new Date('2026-03-02T10:00:00Z') })]);
    const known: FileResult[] = kept.results.filter((r) => r.messages.length > 0);
    const page = html([], { ...context, report: report(kept, { baselined: known, baselineFile: '.presence-baseline.json' }) });
    const data = pageData(page);
    expect(data.files).toEqual(['a.txt', 'b.txt']);
    expect(data.posts.map((p) => p.pl)).toEqual([['linkedin'], ['linkedin']]);
    expect(data.findings).toEqual([expect.objectContaining({ q: 0, bl: 1 })]);
    expect(page).toContain('and 1 finding the baseline knows');
  });

  it('without report data, shows the findings of each post alone', () => {
    const m: Diagnostic = { ruleId: 'other', severity: 'warning', message: 'x', file: 'z.md', post: 2, presence: 'personal', field: 'body', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const data = pageData(html([summarize('z.md', [m])], context));
    expect(data.posts).toEqual([{ f: 0, i: 2, p: 'personal', pl: [], d: null, s: [], ig: [] }]);
    expect(data.rules.map((r) => r.id)).toEqual(['phone', 'other']);
  });

  it('from the command: every post of a schedule, texts masked, the config positioning statements at the top', () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'fixtures/schedule'), dir, { recursive: true });
    const r = presence(['check', '.', '-f', 'html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('“I am a veterinarian in animal rescue for families ready to adopt”');
    expect(r.stdout).not.toContain('503-555-0142');
    expect(r.stdout).not.toMatch(/555-01/);
    const data = pageData(r.stdout);
    expect(data.posts).toHaveLength(11);
    const ignored = data.posts.find((p) => data.files[p.f] === 'linkedin/wine-auction.md')!;
    expect(ignored.ig).toEqual([['party-photo', 'A wine-tasting fundraiser for the shelter: the wine is the point, approved by the board', 6, true]]);
    // The same findings as every other format.
    const json = JSON.parse(presence(['check', '.', '-f', 'json'], { cwd: dir }).stdout) as { messages: unknown[] }[];
    expect(data.findings).toHaveLength(json.reduce((n, f) => n + f.messages.length, 0));
  });
});
