import { describe, expect, it } from 'vitest';
import rule from '../rules/oversharing.js';
import { learnedEnglish } from '../rules/data/learned-en.js';
import { OVERSHARING_CATEGORIES } from '../rules/data/oversharing.js';
import { LEARNED_LABELS, LEARNED_MIN, learnedCalls, stands } from '../src/core/learned/index.js';
import { sentenceFeatures } from '../src/core/learned/features.js';
import { read } from '../src/core/reading/index.js';
import { runCase } from './support/rule-tester.js';

const learned = (text: string, options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  runCase(rule, { text, options: { learned: true, ...options }, ...extra }).filter((f) => f.cues?.[0] === 'learned');

describe('the learned layer', () => {
  it('ships a model of known labels whose every weight is a number', () => {
    const model = learnedEnglish();
    for (const label of model.labels) expect(['party-photo', ...OVERSHARING_CATEGORIES.map((c) => `oversharing/${c}`)]).toContain(label);
    expect(model.bias).toHaveLength(model.labels.length);
    for (const weights of Object.values(model.weights)) {
      expect(weights.length % 2).toBe(0);
      for (let k = 0; k < weights.length; k += 2) {
        expect(weights[k]).toBeLessThan(model.labels.length);
        expect(Number.isFinite(weights[k + 1])).toBe(true);
      }
    }
    for (const label of LEARNED_LABELS) expect(model.labels).toContain(label);
  });

  it('reads a negated word as negated, up to the end of its clause', () => {
    const [sentence] = sentenceFeatures(read("I'm not hungover, just tired"));
    const names = sentence!.map((f) => f.name);
    expect(names).toContain('n:hungov');
    expect(names).not.toContain('w:hungov');
    expect(names).toContain('w:tire');
  });

  it('reports a break-up told without the word, at the clause that says it', () => {
    const text = "fourteen years and he's moving out on Friday. the flat is so quiet";
    const [finding, ...rest] = learned(text);
    expect(rest).toEqual([]);
    expect(finding!.data).toMatchObject({ category: 'relationship' });
    expect(finding!.confidence).toBeGreaterThanOrEqual(LEARNED_MIN);
    expect(finding!.cues![1]).toMatch(/^trigger:/);
    expect(finding!.cues!.slice(2).every((c) => c.startsWith('learned:'))).toBe(true);
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toMatch(/moving out/);
  });

  it('reads a sick excuse told as a scene, and not the same words asked', () => {
    const scene = 'told work my gran was poorly. she is at the bingo. i am at the beach';
    const told = learnedCalls([scene], learnedEnglish()).find((c) => c.label === 'oversharing/sick-skip')!;
    expect(told.probability).toBeGreaterThanOrEqual(LEARNED_MIN);
    expect(stands(told)).toBe(true);
    // The rule's own reading finds this one since session 9 ("an excuse told to work with the truth beside it"): the
    // layer speaks only where the reading found nothing of the category, so the post gets one sick-skip finding, not two.
    const all = runCase(rule, { text: scene, options: { learned: true } }).map((f) => f.data!.category);
    expect(all).toEqual(['sick-skip']);
    expect(learned(scene)).toEqual([]);
    const asked = learnedCalls(['Is the house empty till the 20th?'], learnedEnglish()).find((c) => c.label === 'oversharing/travel')!;
    expect(asked.probability).toBeGreaterThanOrEqual(LEARNED_MIN);
    expect(asked.cues.mode).toBe('question');
    expect(stands(asked)).toBe(false);
    expect(learned('Is the house empty till the 20th?')).toEqual([]);
  });

  it("leaves a relative's health to the relative", () => {
    const call = learnedCalls(["Mum's second round of chemo went ok today"], learnedEnglish()).find((c) => c.label === 'oversharing/health')!;
    expect(call.cues.about).toBe('family');
    expect(stands(call)).toBe(false);
  });

  it('leaves a place that opens to the public alone', () => {
    expect(learned('Our new place at 123 Main St opens Saturday, come see us!')).toEqual([]);
  });

  it('reports nothing for labels left out by measurement (party-photo, money, boss-complaint...)', () => {
    expect(learned('My boss is amazing, she brought donuts for the whole team 🍩')).toEqual([]);
    const boss = learnedCalls(['My boss is amazing, she brought donuts for the whole team 🍩'], learnedEnglish()).find((c) => c.label === 'oversharing/boss-complaint')!;
    expect(boss.probability).toBeGreaterThanOrEqual(LEARNED_MIN);
    expect(stands(boss)).toBe(false);
  });

  it('is off unless learned: true, and silenced by allowWords', () => {
    const text = "fourteen years and he's moving out on Friday. the flat is so quiet";
    expect(learned(text)).toHaveLength(1);
    expect(learned(text, { learned: false })).toEqual([]);
    expect(runCase(rule, { text }).filter((f) => f.cues?.[0] === 'learned')).toEqual([]);
    expect(learned(text, { allowWords: ['moving out'] })).toEqual([]);
  });

  it('reads only English texts', () => {
    expect(learned("fourteen years and he's moving out on Friday. the flat is so quiet", {}, { lang: 'de' })).toEqual([]);
  });

  it('adds no category a word list already reported', () => {
    const found = runCase(rule, { text: 'we fly out on the 3rd, house is empty till the 20th and the spare key is under the mat' });
    const categories = found.map((f) => f.data!.category);
    expect(new Set(categories).size).toBe(categories.length);
  });
});
