import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import rule, { type OffPositioningOptions } from '../../rules/off-positioning.js';
import type { Presence, Rule } from '../../src/core/types.js';
import { runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

const GAME = 'What a game last night! The Timbers beat Seattle 2-1 in overtime ⚽';

/** Runs the rule with presence settings of our own making. */
const check = (text: string, presenceSettings: Partial<Presence>, options: Partial<OffPositioningOptions> = {}) =>
  runCase(rule as Rule, { text, presence: 'professional', presenceSettings, options });

describe('off-positioning', () => {
  it('quotes the statement and the terms the post misses', () => {
    const [finding] = runCase(rule as Rule, { text: GAME, presence: 'professional' });
    expect(finding!.message).toBe(
      'Off-positioning: this post mentions none of "veterinarian", "animal rescue", "families ready to adopt" ' +
        '(from "I am a veterinarian in animal rescue for families ready to adopt") nor the topics "adoption", "shelter" ' +
        '— re-read it and decide.',
    );
    expect(finding!.match).toBe(GAME);
  });

  it('matches on Porter stems, so "adoption" and "adopt" meet', () => {
    expect(stemmer('adoption')).toBe(stemmer('adopt'));
    expect(stemmer('rescued')).toBe(stemmer('rescue'));
    expect(stemmer('veterans')).not.toBe(stemmer('veterinarian'));
  });

  it('does nothing without a positioning statement', () => {
    expect(check(GAME, { positioning: undefined })).toEqual([]);
  });

  it("judges a post against its own presence's statement", () => {
    const walk = 'Walked the dogs along the river this morning, cold but worth it';
    expect(runCase(rule as Rule, { text: walk })).toEqual([]);
    expect(runCase(rule as Rule, { text: walk, presence: 'professional' })).toHaveLength(1);
  });

  it('uses the statement without topics when there are none', () => {
    const [finding] = check(GAME, { topics: [] });
    expect(finding!.messageId).toBe('offPositioning');
    expect(check('Our shelter has twelve dogs this week', { topics: [] })).toHaveLength(1);
    expect(check('Our shelter has twelve dogs this week', {})).toEqual([]);
  });

  it('adds extraTopics by stem, and quotes them', () => {
    expect(check('Flu vaccine clinic for the whole staff on Tuesday', {})).toHaveLength(1);
    // Porter reduces both "vaccinations" and "vaccine" to "vaccin".
    expect(check('Flu vaccine clinic for the whole staff on Tuesday', {}, { extraTopics: ['Vaccinations'] })).toEqual([]);
    expect(check('Flu vaccine clinic for the whole staff on Tuesday', {}, { extraTopics: ['vaccines'] })).toEqual([]);
    expect(check('Flu vaccine clinic for the whole staff on Tuesday', {}, { extraTopics: ['flu shots'] })).toEqual([]);
  });

  it('leaves out stop words and vague words of the statement', () => {
    const positioning = {
      statement: 'I am a coach in the world of running for people who want more',
      role: 'coach',
      field: 'the world of running',
      audience: 'people who want more',
    };
    const [finding] = check('The world needs more people like my neighbour, who wants nothing', { positioning, topics: [] });
    expect(finding!.data).toMatchObject({ terms: '"coach", "the world of running"' });
    expect(check('Went running this morning, slow but happy', { positioning, topics: [] })).toEqual([]);
    // Stems, not lemmas: "ran" is not "run".
    expect(check('Ran my first 10k this morning, slow but happy', { positioning, topics: [] })).toHaveLength(1);
  });

  it('is a suggestion on the professional presence and off on the personal one', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'suggestion', followers: 'suggestion', friends: 'suggestion', private: 'suggestion' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'off', followers: 'off', friends: 'off', private: 'off' });
  });

  it('finds nothing in an empty post', () => {
    expect(runCase(rule as Rule, { text: '', presence: 'professional' })).toEqual([]);
  });
});
