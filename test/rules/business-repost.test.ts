import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/business-repost.js';
import { defaultOptions } from '../../src/core/lint.js';
import type { Config } from '../../src/core/types.js';
import { ROOT, fixtureConfig, runCase, testRuleFixtures, testScheduleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule);

const noBrand = { names: [], handles: [], hashtags: [], domains: [] };

function runWith(config: Config, text: string) {
  const post = { file: 'test', index: 0, presence: 'personal' as const, segments: [{ field: 'body', text, source: { start: 0 } }], platforms: [], text };
  const options = defaultOptions(rule.options) as never;
  return rule.check({ post, presence: config.presences.personal, otherPresence: config.presences.professional, options, config });
}

describe('business-repost', () => {
  it('names the repost and the brand in its message', () => {
    const [finding] = runCase(rule, { text: 'RT @happypaws: Adoption day this Saturday!' });
    expect(finding!.message).toBe(
      '"RT @happypaws" reposts the business (@happypaws) on your personal presence: friends follow you for you, not for the business\'s posts.',
    );
  });

  it('names the phrase, its category and the brand in its message', () => {
    const [finding] = runCase(rule, { text: 'Book now: puppy classes at @happypaws' });
    expect(finding!.message).toBe(
      '"Book now" (call to action) next to @happypaws turns this personal post into an ad for the business: friends follow you for you, not for its marketing.',
    );
  });

  it('fires on nothing brand-related when no brand is configured', () => {
    const config = fixtureConfig();
    config.presences.professional.brand = noBrand;
    config.presences.personal.brand = noBrand;
    expect(runWith(config, 'RT @happypaws: 20% off adoption fees! Book now at happypaws.org')).toEqual([]);
    expect(runWith(config, 'Repost from @nasa. Sign up now, link in bio!')).toEqual([]);
  });

  it("reads the personal presence's brand markers too", () => {
    const config = fixtureConfig();
    config.presences.professional.brand = noBrand;
    config.presences.personal.brand = { names: ['Max and Me'], handles: ['@maxandme'], hashtags: [], domains: [] };
    expect(runWith(config, 'RT @maxandme: new video!').map((f) => f.messageId)).toEqual(['repost']);
    expect(runWith(config, 'Max and Me mugs, 20% off').map((f) => f.data?.brand)).toEqual(['Max and Me']);
    expect(runWith(config, 'RT @happypaws: new video!')).toEqual([]);
  });

  it('returns nothing on the professional presence even when turned on there', () => {
    const found = runCase(rule, { text: 'RT @happypaws: 20% off! Book now', presence: 'professional' });
    expect(found).toEqual([]);
    expect(rule.defaultSeverity.professional).toEqual({ public: 'off', followers: 'off', friends: 'off', private: 'off' });
    expect(rule.defaultSeverity.personal).toEqual({
      public: 'warning',
      followers: 'warning',
      friends: 'warning',
      private: 'warning',
    });
  });

  it('adds extra words and allows words', () => {
    const text = 'Adoption special at Happy Paws, 20% off';
    expect(runCase(rule, { text, options: { extraWords: ['adoption special'] } }).map((f) => f.match)).toEqual([
      'Adoption special',
      '20% off',
    ]);
    expect(runCase(rule, { text, options: { allowWords: ['20% off'] } })).toEqual([]);
  });

  it('orders findings by segment, then by offset, without repeating a span', () => {
    const found = runCase(rule, {
      text: 'Shop now! RT @happypaws: Sale ends Sunday',
      media: [{ alt: 'Flyer: 50% off at Happy Paws', caption: 'Link in bio' }],
    });
    expect(found.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'body: Shop now',
      'body: RT @happypaws',
      'body: Sale ends',
      'media[0].alt: 50% off',
      'media[0].caption: Link in bio',
    ]);
  });

  it('compiles its word lists once per options object', () => {
    const options = defaultOptions(rule.options) as never;
    const config = fixtureConfig();
    const post = (text: string) => ({ file: 't', index: 0, presence: 'personal' as const, segments: [{ field: 'body', text, source: { start: 0 } }], platforms: [], text });
    const run = (text: string) =>
      rule.check({ post: post(text), presence: config.presences.personal, otherPresence: config.presences.professional, options, config });
    expect(run('Book now at happypaws.org')).toHaveLength(1);
    expect(run('20% off at Happy Paws')).toHaveLength(1);
  });

  it('documents its options exactly as specified', () => {
    const doc = readFileSync(path.join(ROOT, 'rules/business-repost.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(\w+)` \| ([\w[\]]+) \| `([^`]*)` \| (.*) \|$/gm)].map((m) => m.slice(1));
    expect(rows).toEqual(
      Object.entries(rule.options!).map(([name, spec]) => [name, spec.type, JSON.stringify(spec.default), spec.description]),
    );
  });

  it('documents its known limit: the brand in one sentence, another promotion in the next', () => {
    const found = runCase(rule, { text: 'Free trial at the gym ends tomorrow. Happy Paws shift after' });
    expect(found.map((f) => f.match)).toEqual(['Free trial']);
  });
});

testScheduleFixtures(rule, 'schedule-');

describe('business-repost confidence and cues', () => {
  it('gives reposts and promotions a confidence and the cues behind it', () => {
    const [repost] = runCase(rule, { text: 'RT @happypaws: new kittens in the shelter today' });
    expect(repost!.confidence).toBe(0.95);
    expect(repost!.cues).toEqual(['trigger:repost marker', 'brand:handle']);
    const [phrase] = runCase(rule, { text: '20% off adoption fees at Happy Paws this weekend!' });
    expect(phrase!.confidence).toBe(0.9);
    const [price] = runCase(rule, { text: 'Happy Paws Rescue dog wash day, only $12 a dog, all weekend' });
    expect(price!.confidence).toBe(0.7);
  });

  it('lowers a promotion that is denied or that the post says is no ad', () => {
    const [denied] = runCase(rule, { text: 'There is no discount at Happy Paws this week, sorry folks' });
    expect(denied!.confidence).toBeLessThan(0.5);
    expect(denied!.cues).toContain('negated:no');
    const [disclaimed] = runCase(rule, { text: 'Not a promo, just proud: no adoption fees at Happy Paws Rescue for seniors this week' });
    expect(disclaimed!.confidence).toBeLessThan(0.5);
    expect(disclaimed!.cues).toContain('disclaimer:not a promo');
  });

  it("lowers a price or an offer told as the writer's own day at work", () => {
    for (const text of [
      'Spent the morning at Happy Paws Rescue doing free nail trims for the seniors 🐾',
      'we did 40 microchips at Happy Paws Rescue today, only $10 each, my hands are gone',
    ]) {
      const [found] = runCase(rule, { text });
      expect(found, text).toBeDefined();
      expect(found!.confidence, text).toBeLessThan(0.5);
      expect(found!.cues!.some((c) => c.startsWith('about:author')), text).toBe(true);
    }
    const [offer] = runCase(rule, { text: 'Free nail trims at Happy Paws Rescue all weekend 🐾' });
    expect(offer!.confidence).toBe(0.7);
  });

  it('reads a business name without its generic last word as a weak marker, for promotions in its sentence only', () => {
    const config = fixtureConfig();
    config.presences.professional.brand = { ...config.presences.professional.brand, names: ['Happy Paws Rescue'] };
    const [found] = runWith(config, 'Black Friday at Happy Paws: 30% off every hoodie');
    expect(found).toMatchObject({ messageId: 'promotion', data: { phrase: '30% off', brand: 'Happy Paws' } });
    expect(found!.cues).toContain('brand:name:short');
    expect(runWith(config, 'Long day at Happy Paws. Then 30% off pizza at the place down the road')).toEqual([]);
    expect(runWith(config, 'RT Happy Paws so true')).toEqual([]);
  });
});

describe('business-repost: urgency said of what is sold (after tuning on fresh-2)', () => {
  it('reads "tickets ... are going fast, grab yours before" next to the brand, not time going fast', () => {
    expect(runCase(rule, { text: "Tickets for the Happy Paws Rescue quiz night are going fast, grab yours before they're gone!!" }).length).toBeGreaterThan(0);
    expect(runCase(rule, { text: 'Walked the dogs at Happy Paws Rescue today, time is going fast this week' })).toEqual([]);
  });
});

describe('business-repost: the shelter\'s slogan and its ask to adopt, beside a brand marker (session 11)', () => {
  const fired = (text: string) => runCase(rule, { text, presence: 'personal' }).filter((f) => (f.confidence ?? 1) >= 0.5).length > 0;
  it('fires on the slogan in words beside the hashtag and the domain', () => expect(fired("adopt don't shop 🐶 #AdoptDontShop happypaws.org")).toBe(true));
  it('fires on "Adopt today" beside the domain', () => expect(fired('Adopt today at happypaws.org 🐾')).toBe(true));
  it('stays quiet on the slogan without a brand marker', () => expect(fired("adopt don't shop, always, my two are rescues")).toBe(false));
  it('stays quiet on the author\'s own adoption', () => expect(fired('we adopted Max from @happypaws, best decision')).toBe(false));
});

describe('business-repost: the whole brand name with its kind of business in lower case (session 12)', () => {
  const fired = (text: string) => runCase(rule, { text, presence: 'personal' }).filter((f) => (f.confidence ?? 1) >= 0.5).length > 0;
  it('fires on a discount next to "happy paws rescue"', () => expect(fired('use code PAWS20 for 20% off happy paws rescue merch, link in bio!!')).toBe(true));
  it('stays quiet on "happy paws" as feet beside a discount', () => expect(fired("my dog's happy paws after the beach, 20% off the towels at the market, link in bio")).toBe(false));
  it('stays quiet on the author\'s own day there', () => expect(fired('volunteered at happy paws rescue today, we found max a home')).toBe(false));
});
