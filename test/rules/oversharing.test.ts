import { describe, expect, it } from 'vitest';
import rule from '../../rules/oversharing.js';
import { CATEGORY_GATES, OVERSHARING_CATEGORIES, OVERSHARING_ENTRIES } from '../../rules/data/oversharing.js';
import { loadCases, runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule);

describe('oversharing', () => {
  it('says what was found, in which category, and why it matters', () => {
    const [finding] = runCase(rule, { text: 'Here we go: my address is 12 Elm St!' });
    expect(finding!.message).toBe(
      'Oversharing (home-address): "•• ••••••• •• •• ••• St" puts your home address in front of strangers.',
    );
  });

  it('quotes a match across a line break on one line', () => {
    const [finding] = runCase(rule, { text: 'The spare key is under\nthe mat' });
    expect(finding!.match).toBe('The spare key is under\nthe mat');
    expect(finding!.data).toMatchObject({ match: 'The spare key is under the mat' });
  });

  it('has fire cases for every category', () => {
    const fired = new Set(
      loadCases('oversharing', 'fire').flatMap((c) => (c.expect ?? []).map((e) => e.data?.category)),
    );
    for (const category of OVERSHARING_CATEGORIES) expect(fired, category).toContain(category);
  });

  it('gates only what its gate can vouch for: every match of a gated category contains the gate', () => {
    for (const c of loadCases('oversharing', 'fire')) {
      for (const f of runCase(rule, c)) {
        const gate = CATEGORY_GATES[f.data!.category as keyof typeof CATEGORY_GATES];
        if (gate) expect(f.match).toMatch(new RegExp(gate, 'iu'));
      }
    }
  });

  it('checks alt texts and captions as well as the body', () => {
    const found = runCase(rule, {
      text: 'Back to work!',
      media: [{ alt: 'My new employee badge' }, { caption: 'Called in sick to go to the beach lol' }],
    });
    expect(found.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'media[0].alt: My new employee badge',
      'media[1].caption: Called in sick',
    ]);
  });

  it('reports findings in text order without overlaps', () => {
    const found = runCase(rule, { text: "Emma's first day at Lincoln Elementary! I'm broke and my boss is an idiot." });
    expect(found.map((f) => f.match)).toEqual([
      "Emma's first day at Lincoln Elementary",
      "I'm broke",
      'my boss is an idiot',
    ]);
  });

  it('drops every match that overlaps an allowed word, in every category', () => {
    const options = { extraWords: [], allowWords: ['chemo', 'Lincoln'] };
    expect(runCase(rule, { text: "Starting my chemo Monday. Emma's first day at Lincoln Elementary!", options })).toEqual([]);
  });

  it('flags extra words as whole words in any case, in category custom', () => {
    const options = { extraWords: ['gate code'], allowWords: [] };
    const found = runCase(rule, { text: 'The GATE  CODE is 4512. Our gate codes change monthly.', options });
    expect(found.map((f) => [f.match, f.data?.category])).toEqual([['GATE  CODE', 'custom']]);
    expect(found[0]!.message).toBe('Oversharing (custom): "GATE CODE" is on your list of things not to share.');
  });

  it('reuses its matchers for the same options', () => {
    const options = { extraWords: ['secret sauce'], allowWords: [] };
    const run = () => rule.check({ post: { segments: [{ field: 'body', text: 'the secret sauce', source: { start: 0 } }] }, options } as never);
    expect(run()).toHaveLength(1);
    expect(run()).toHaveLength(1);
  });

  it('is an error on a public presence and a warning elsewhere', () => {
    expect(rule.defaultSeverity.personal.public).toBe('error');
    expect(rule.defaultSeverity.professional.public).toBe('error');
    expect(rule.defaultSeverity.personal.friends).toBe('warning');
    expect(rule.defaultSeverity.professional.followers).toBe('warning');
  });

  it('gives every finding a confidence and the cues behind it, a trigger among them', () => {
    for (const c of loadCases('oversharing', 'fire')) {
      for (const f of runCase(rule, c)) {
        expect(f.confidence, c.text).toBeGreaterThanOrEqual(0);
        expect(f.confidence, c.text).toBeLessThanOrEqual(1);
        expect(f.cues?.some((cue) => cue.startsWith('trigger:')), c.text).toBe(true);
      }
    }
  });

  it('lowers what the reading says is weak: a bare "I\'m broke" stays under the default minConfidence, broke till payday does not', () => {
    const [bare] = runCase(rule, { text: "I'm broke and my boss is an idiot." });
    const [payday] = runCase(rule, { text: "I'm broke until Friday so no brunch for me" });
    expect(bare!.confidence).toBeLessThan(0.5);
    expect(payday!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reads a post only when its words open a category, and then reads its cues: denied, someone else, a title', () => {
    expect(runCase(rule, { text: 'Lovely walk by the river this morning' })).toEqual([]);
    expect(runCase(rule, { text: "I didn't need surgery after all, just rest" })).toEqual([]);
    expect(runCase(rule, { text: 'Hoping I hear something soon about Krystle’s surgery' })).toEqual([]);
    const [own] = runCase(rule, { text: 'Surgery when I wake up, see you on the other side' });
    expect(own!.data).toMatchObject({ category: 'health' });
  });

  it('keeps every list entry in a known category', () => {
    for (const e of OVERSHARING_ENTRIES) expect(OVERSHARING_CATEGORIES).toContain(e.category);
  });
});
