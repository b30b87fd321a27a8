import { describe, expect, it } from 'vitest';
import rule from '../../rules/broadcast-only.js';
import type { Rule } from '../../src/core/types.js';
import { runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

const ANNOUNCEMENT = 'Adoption day at the shelter this Saturday from 10 to 4. Twelve dogs are ready for their families.';

const fires = (text: string, options?: Record<string, unknown>) =>
  runCase(rule as Rule, { text, presence: 'professional', options }).length > 0;

describe('broadcast-only', () => {
  it('says what to do and why, once per post, over the whole body', () => {
    const found = runCase(rule as Rule, { text: ANNOUNCEMENT, presence: 'professional' });
    expect(found.map((f) => f.message)).toEqual([
      'This post only announces: ask a question, invite replies, or mention someone — people come for conversation, not to be preached to.',
    ]);
    expect(found[0]!.match).toBe(ANNOUNCEMENT);
  });

  it('never fires on a reply or a repost', () => {
    const announce = { text: ANNOUNCEMENT, presence: 'professional' as const };
    expect(runCase(rule as Rule, announce)).toHaveLength(1);
    expect(runCase(rule as Rule, { ...announce, reply: 'https://x.com/someone/status/1' })).toEqual([]);
    expect(runCase(rule as Rule, { ...announce, repost: 'https://x.com/someone/status/2' })).toEqual([]);
  });

  it('takes conversationWords as whole words, any case', () => {
    const text = 'Adoption day is Saturday from 10 to 4 at the shelter, see you there!';
    expect(fires(text)).toBe(true);
    expect(fires(text, { conversationWords: ['See You There'] })).toBe(false);
    expect(fires(text, { conversationWords: ['you the'] })).toBe(true);
  });

  it('judges only posts of at least minWords words, links, mentions and hashtags left out', () => {
    const text = 'Twelve dogs ready for adoption Saturday #AdoptDontShop #PDX https://happypaws.org';
    expect(fires(text)).toBe(false);
    expect(fires(text, { minWords: 6 })).toBe(true);
    expect(fires('Happy holidays!', { minWords: 0 })).toBe(true);
  });

  it('counts a question opener only at the start of a sentence', () => {
    expect(fires('Do you have room for one more? We have twelve dogs ready.')).toBe(false);
    expect(fires('We have twelve dogs ready. do you have room for one more')).toBe(false);
    expect(fires('💬 Do you have room for one more dog in your home this winter')).toBe(false);
    expect(fires('Whatever you do, do you research before buying a puppy online.')).toBe(true);
  });

  it('ignores a question mark inside a link', () => {
    expect(fires('Our guide is at https://happypaws.org/guide?lang=en for every family that adopts.')).toBe(true);
    // After a link, "?" ends the sentence: linkify leaves it out of the link.
    expect(fires('Seen our guide at https://happypaws.org/guide? It covers every family that adopts.')).toBe(false);
    expect(fires('Our guide at https://happypaws.org/guide?for=families covers every family that adopts.')).toBe(true);
  });

  it("does not take the brand's handles, on either presence, for someone else", () => {
    expect(fires('The whole @happypaws crew is at the Portland street fair all weekend long.')).toBe(true);
    expect(fires('The whole @HappyPaws crew is at the Portland street fair all weekend long.')).toBe(true);
    expect(fires('The whole @drlee crew is at the Portland street fair all weekend long.')).toBe(false);
  });

  it('is a suggestion on the professional presence and off on the personal one', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'suggestion', followers: 'suggestion', friends: 'suggestion', private: 'suggestion' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'off', followers: 'off', friends: 'off', private: 'off' });
  });

  it('finds nothing in an empty post', () => {
    expect(runCase(rule as Rule, { text: '', presence: 'professional' })).toEqual([]);
  });
});
