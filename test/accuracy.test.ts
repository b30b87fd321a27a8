import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { lintFiles } from '../src/core/lint.js';
import { severities } from '../src/core/rule.js';
import type { Config, Finding, Rule } from '../src/core/types.js';
// Plain JavaScript, shared with npm run precision and npm run docs (which run it on dist/).
import { withCorpusTables, withLanguageTables, withRuleAccuracy } from '../bench/corpus/report.mjs';
import { CONFIG_FILE, SEED_RULES, figures, readLanguages, readWritten, runRules, scoreCorpus } from '../bench/corpus/score.mjs';
import { ROOT } from './support/rule-tester.js';

// The figures the docs publish for the written corpus (bench/corpus/written.yaml),
// recomputed with the sources. The tweets-2009 figures need the shared data and
// are left as the docs have them: only `npm run docs` with that data changes them.

type Scored = ReturnType<typeof scoreCorpus>;

async function sourceEngine(): Promise<{ config: Config; rules: readonly Rule[]; lintFiles: typeof lintFiles }> {
  const { config, issues } = await loadConfig({ cwd: path.dirname(CONFIG_FILE), configFile: path.basename(CONFIG_FILE), rules });
  if (!config) throw new Error(`bench/corpus/presencerc.yaml: ${JSON.stringify(issues)}`);
  return { config, rules, lintFiles };
}

/** Where two texts first differ, line by line, for a message a person can act on. */
function firstDifference(published: string, now: string): string {
  const a = published.split('\n');
  const b = now.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}: the doc says ${JSON.stringify(a[at] ?? '(end of file)')}, the rules now give ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

describe('measured accuracy in the docs', () => {
  let scored: Scored;
  beforeAll(async () => {
    scored = scoreCorpus(await sourceEngine(), { written: readWritten() });
  });

  it('scores every written post, with the counts of the corpus README', () => {
    const { written } = scored;
    expect(written.posts).toBe(659);
    expect(written.expecting).toBe(367);
    expect(written.near.all.posts).toBe(241);
    expect(written.labels['party-photo']!.expected).toBe(57);
    expect(written.labels['personal-info']!.expected).toBe(63);
    expect(written.labels['business-repost']!.expected).toBe(45);
    expect(written.labels['oversharing/travel']!.expected).toBe(23);
    for (const c of Object.values(written.labels)) expect(c.tp + c.fn).toBe(c.expected);
  });

  for (const rule of SEED_RULES) {
    it(`rules/${rule}.md shows what the rule gives now`, () => {
      const doc = readFileSync(path.join(ROOT, 'rules', `${rule}.md`), 'utf8');
      expect(doc, `rules/${rule}.md has no generated "Measured accuracy" block: run npm run docs`).toContain('<!-- accuracy:start -->');
      const now = withRuleAccuracy(doc, rule, scored);
      if (now !== doc) expect.fail(`rules/${rule}.md: the measured accuracy is out of date (${firstDifference(doc, now)}): run npm run docs`);
    });
  }

  it('PRECISION.md shows the corpus tables the rules give now', () => {
    const doc = readFileSync(path.join(ROOT, 'PRECISION.md'), 'utf8');
    const now = withCorpusTables(doc, scored);
    if (now !== doc) expect.fail(`PRECISION.md: the corpus tables are out of date (${firstDifference(doc, now)}): run npm run docs`);
  });

  it('PRECISION.md shows the other languages\' tables the rules give now (bench/corpus/lang)', async () => {
    const doc = readFileSync(path.join(ROOT, 'PRECISION.md'), 'utf8');
    expect(doc, 'PRECISION.md has no generated block of the other languages: run npm run docs').toContain('<!-- accuracy:languages:start -->');
    const languages = scoreCorpus(await sourceEngine(), { written: [], languages: readLanguages() });
    expect(languages.languages!.map((l: { language: string }) => l.language)).toEqual(['de', 'es', 'fr', 'pt']);
    const now = withLanguageTables(doc, languages);
    if (now !== doc) expect.fail(`PRECISION.md: the other languages' tables are out of date (${firstDifference(doc, now)}): run npm run docs`);
  });
});

describe('corpus scoring', () => {
  // A stand-in for a seed rule: fires on "risky" in any text, with a category
  // and a confidence read from the text.
  const fake: Rule = {
    id: 'oversharing',
    description: 'Flags risky words.',
    messages: { risky: 'Risky ({category}).' },
    defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
    check({ post }) {
      const findings: Finding[] = [];
      for (const segment of post.segments) {
        const at = segment.text.indexOf('risky');
        if (at < 0) continue;
        const confidence = Number(/0\.\d+/.exec(segment.text)?.[0] ?? 1);
        findings.push({ messageId: 'risky', field: segment.field, span: { start: at, end: at + 5 }, data: { category: segment.field === 'body' ? 'travel' : 'badge-id' }, confidence } as Finding);
      }
      return findings;
    },
  };
  const posts = [
    { id: 'a', text: 'risky 0.9', presence: 'personal', expect: ['oversharing/travel'] },
    { id: 'b', text: 'fine', alt: 'risky 0.55', presence: 'personal', expect: ['oversharing/badge-id'] },
    { id: 'c', text: 'risky 0.65', presence: 'personal', expect: [], near: 'negation' },
    { id: 'd', text: 'quiet', presence: 'professional', expect: ['oversharing/health'] },
  ];

  it('reads a category from each finding, alt texts as media[0].alt, and counts near-miss false alarms', async () => {
    const { config } = await sourceEngine();
    const fired = runRules(posts, { config, rules: [fake], lintFiles });
    expect(fired.get('b')).toEqual([{ rule: 'oversharing', category: 'badge-id', confidence: 0.55 }]);
    const f = figures(posts, fired);
    expect(f.labels.oversharing).toMatchObject({ expected: 3, tp: 2, fp: 1, fn: 1 });
    expect(f.labels['oversharing/travel']).toMatchObject({ expected: 1, tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(f.labels['oversharing/health']).toMatchObject({ expected: 1, tp: 0, fn: 1, recall: 0 });
    expect(f.labels['oversharing/health']!.precision).toBeUndefined();
    expect(f.near.all).toMatchObject({ posts: 1, alarms: 1, rate: 1 });
    expect(f.near.kinds.negation!.byRule.oversharing).toBe(1);
  });

  it('reports figures at each confidence threshold only when findings carry a confidence', async () => {
    const { config } = await sourceEngine();
    const f = figures(posts, runRules(posts, { config, rules: [fake], lintFiles }));
    expect(f.thresholds!.map((t) => [t.threshold, t.labels.oversharing!.tp, t.labels.oversharing!.fp, t.near.alarms])).toEqual([
      [0.5, 2, 1, 1],
      [0.6, 1, 1, 1],
      [0.7, 1, 0, 0],
      [0.8, 1, 0, 0],
    ]);
    const plain: Rule = { ...fake, check: (ctx) => fake.check(ctx).map(({ confidence: _c, ...rest }: Finding & { confidence?: number }) => rest) };
    expect(figures(posts, runRules(posts, { config, rules: [plain], lintFiles })).thresholds).toBeUndefined();
  });
});
