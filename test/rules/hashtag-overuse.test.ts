import { describe, expect, it } from 'vitest';
import rule from '../../rules/hashtag-overuse.js';
import type { PresenceName, Rule } from '../../src/core/types.js';
import { runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

/** Runs the rule with the post's own platforms and its presence's default platforms. */
const withPlatforms = (
  text: string,
  platforms: { post?: string[]; presence?: string[] },
  options: Record<string, unknown> = {},
  presence: PresenceName = 'professional',
) => runCase(rule as Rule, { text, presence, options, platforms: platforms.post ?? [], presencePlatforms: platforms.presence ?? [] });

const FIVE = 'Meet Luna 🐶 #AdoptDontShop #RescueDog #PDX #AdoptMe #ShelterDog';
const SIX = `${FIVE} #FosterToAdopt`;

describe('hashtag-overuse', () => {
  it('gives the count and the limit in the message', () => {
    const [finding] = runCase(rule as Rule, { text: 'Walk 🐕 #a1 #b2 #c3 #d4 #e5', presence: 'professional' });
    expect(finding!.message).toBe(
      '5 hashtags, more than 3: a wall of hashtags reads as spam and buries what you wrote; keep the few that matter.',
    );
    expect(finding!.match).toBe('#d4 #e5');
  });

  it("applies Instagram's limit on a post that goes to Instagram", () => {
    expect(withPlatforms(FIVE, { post: ['instagram'] })).toEqual([]);
    expect(withPlatforms(SIX, { post: ['instagram'] })).toMatchObject([
      {
        match: '#FosterToAdopt',
        messageId: 'tooManyInstagram',
        message: '6 hashtags, more than the 5 Instagram allows: the post may be refused or hidden; keep the few that matter.',
      },
    ]);
  });

  it("uses the presence's platforms when the post names none", () => {
    expect(withPlatforms(FIVE, { presence: ['instagram', 'x'] })).toEqual([]);
    expect(withPlatforms(SIX, { presence: ['instagram'] }).map((f) => f.messageId)).toEqual(['tooManyInstagram']);
    expect(withPlatforms(FIVE, { presence: ['x', 'linkedin'] }).map((f) => f.match)).toEqual(['#AdoptMe #ShelterDog']);
  });

  it("uses the post's own platforms over its presence's", () => {
    // The presence publishes to Instagram, but this post goes to X only.
    expect(withPlatforms(FIVE, { post: ['x'], presence: ['instagram'] }).map((f) => f.messageId)).toEqual(['tooMany']);
    expect(withPlatforms(FIVE, { post: ['x', 'instagram'], presence: [] })).toEqual([]);
  });

  it('takes instagramMax and max as options', () => {
    expect(withPlatforms(FIVE, { post: ['instagram'] }, { instagramMax: 4 }).map((f) => f.match)).toEqual(['#ShelterDog']);
    expect(withPlatforms(FIVE, { post: ['linkedin'] }, { max: 5 })).toEqual([]);
    expect(withPlatforms(FIVE, { post: ['instagram'] }, { max: 1 })).toEqual([]);
  });

  it('works the same on the personal presence', () => {
    expect(withPlatforms(SIX, { post: ['instagram'] }, {}, 'personal').map((f) => f.match)).toEqual(['#FosterToAdopt']);
  });

  it('is a warning on the professional presence and a suggestion on the personal one', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'warning', followers: 'warning', friends: 'warning', private: 'warning' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'suggestion', followers: 'suggestion', friends: 'suggestion', private: 'suggestion' });
  });

  it('finds nothing in an empty post', () => {
    expect(runCase(rule as Rule, { text: '' })).toEqual([]);
  });
});
