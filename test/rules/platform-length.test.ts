import { describe, expect, it } from 'vitest';
import rule from '../../rules/platform-length.js';
import { PLATFORM_LIMITS } from '../../rules/data/platform-length.js';
import type { Rule } from '../../src/core/types.js';
import { type FixtureCase, loadCases, runCase, testRuleFixtures } from '../support/rule-tester.js';

const typed = rule as Rule;

testRuleFixtures(typed);

/**
 * Runs the rule on one case through the shared tester, with this rule's own
 * promises on top: only the body is counted, findings are ordered by
 * offset, and no span is reported twice.
 */
function run(c: FixtureCase) {
  const findings = runCase(typed, c);
  const spans = new Set<string>();
  let last = -1;
  for (const f of findings) {
    expect(f.field, 'only the body is counted').toBe('body');
    const span = f.span ?? { start: 0, end: c.text.length };
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.start, 'ordered by offset').toBeGreaterThanOrEqual(last);
    last = span.start;
    expect(spans.has(`${span.start}-${span.end}`), 'never the same span twice').toBe(false);
    spans.add(`${span.start}-${span.end}`);
  }
  return findings;
}

const found = (text: string, platforms: string[], options?: Record<string, unknown>) =>
  run({ text, platforms, options }).map((f) => `${f.data?.platform} ${f.messageId} ${f.data?.count}/${f.data?.limit}: ${f.match}`);

describe('platform-length fixtures', () => {
  it("keep the rule's own promises on every case", () => {
    for (const c of [...loadCases(typed.id, 'fire'), ...loadCases(typed.id, 'pass')]) run(c);
  });
});

/** A text of exactly `n` grapheme clusters of `unit`, after a short prefix. */
const repeat = (unit: string, n: number) => unit.repeat(n);

describe('platform-length at the real limits', () => {
  // Per platform: the text at exactly the limit does not fire; one unit more fires on that unit.
  const cases: [string, string, number, string][] = [
    ['x', 'a', 280, 'ASCII'],
    ['x', '故', 140, 'CJK (2 each)'],
    ['x', '😷', 140, 'emoji (2 each)'],
    ['x', '👨‍👩‍👧‍👦', 140, 'ZWJ family (2 each)'],
    ['x', 'e\u0301', 280, 'decomposed é (1 each after NFC)'],
    ['bluesky', 'a', 300, 'ASCII'],
    ['bluesky', '🐶', 300, 'emoji (1 grapheme each)'],
    ['bluesky', '👍🏽', 300, 'emoji with skin tone (1 grapheme, 8 bytes each)'],
    ['mastodon', 'a', 500, 'ASCII'],
    ['mastodon', '🐶', 500, 'emoji (1 each)'],
    ['threads', 'a', 500, 'ASCII'],
    ['threads', '🐶', 125, 'emoji (4 UTF-8 bytes each)'],
    ['threads', '故', 500, 'CJK (1 each)'],
    ['linkedin', 'a', 3000, 'ASCII'],
    ['linkedin', '🐶', 1500, 'emoji (2 UTF-16 units each)'],
    ['instagram', 'a', 2200, 'ASCII'],
    ['instagram', '🐶', 1100, 'emoji (2 each)'],
    ['facebook', 'a', 63206, 'ASCII'],
  ];
  for (const [platform, unit, n, what] of cases) {
    it(`${platform}: ${n} × ${what} fits, one more does not`, () => {
      const options = { linkedinFold: 0 };
      expect(found(repeat(unit, n), [platform], options)).toEqual([]);
      const over = run({ text: repeat(unit, n + 1), platforms: [platform], options });
      expect(over.map((f) => f.match)).toEqual([unit]);
      expect(over[0]!.messageId).toBe('tooLong');
    });
  }

  it('bluesky: 3,000 bytes fit, 3,001 do not, with fewer than 300 graphemes', () => {
    const family = '👨‍👩‍👧‍👦'; // 25 bytes, one grapheme
    expect(found(family.repeat(120), ['bluesky'])).toEqual([]);
    expect(found(family.repeat(120) + 'a', ['bluesky'])).toEqual(['Bluesky tooManyBytes 3,001/3,000: a']);
  });

  it('x: a long URL counts 23 and a post with it fits', () => {
    const text = `${'a'.repeat(256)} https://happypaws.org/${'b'.repeat(200)}`;
    expect(text.length).toBeGreaterThan(450);
    expect(found(text, ['x'])).toEqual([]);
    expect(found(`a${text}`, ['x'])).toEqual([`X tooLong 281/280: https://happypaws.org/${'b'.repeat(200)}`]);
  });

  it('bluesky: a long link counts as the app posts it (host and 13 characters of path, then ...)', () => {
    const link = `https://happypaws.org/${'b'.repeat(200)}`;
    const text = `${'a'.repeat(270)} ${link}`;
    expect(found(text, ['bluesky'])).toEqual([]);
    expect(found(`a${text}`, ['bluesky'])).toEqual([`Bluesky tooLong 301/300: ${link}`]);
    expect(found('see happypaws.org/' + 'b'.repeat(300), ['bluesky'])).toHaveLength(1);
  });

  it('mastodon: a long link counts 23 and a remote mention as its user name', () => {
    const link = `https://happypaws.org/${'b'.repeat(200)}`;
    const text = `${'a'.repeat(465)} ${link} @happypaws@mastodon.social`;
    expect(found(text, ['mastodon'])).toEqual([]);
    expect(found(`a${text}`, ['mastodon'])).toEqual(['Mastodon tooLong 501/500: @happypaws@mastodon.social']);
  });

  it('linkedin: an opening line of 210 characters fits above the fold, 211 do not', () => {
    expect(found(`${'a'.repeat(210)}\nmore`, ['linkedin'])).toEqual([]);
    expect(found(`${'a'.repeat(211)}\nmore`, ['linkedin'])).toEqual(['LinkedIn linkedinFold 211/210: a']);
  });

  it('threads and instagram: five links and five hashtags fit', () => {
    const links = [1, 2, 3, 4, 5].map((n) => `https://happypaws.org/${n}`).join(' ');
    expect(found(links, ['threads'])).toEqual([]);
    expect(found(`${links} https://happypaws.org/6`, ['threads'])).toEqual(['Threads tooManyLinks 6/5: https://happypaws.org/6']);
    expect(found('#a #b #c #d #e', ['instagram'])).toEqual([]);
    expect(found('#a #b #c #d #e #f', ['instagram'])).toEqual(['Instagram tooManyHashtags 6/5: #f']);
  });
});

describe('platform-length', () => {
  it('says how many, where, and why it matters', () => {
    const [finding] = run({ text: `${'a'.repeat(300)} ${'b'.repeat(11)}`, platforms: ['x'] });
    expect(finding!.message).toBe('312 characters on X, over the limit of 280 (weighted as X counts); it cannot be published as it is.');
    const [fold] = run({ text: 'a'.repeat(300), platforms: ['linkedin'] });
    expect(fold!.message).toBe(
      'The opening line is 300 characters; LinkedIn shows about 210 before "see more", so readers may not see the rest of it. Consider a shorter first line.',
    );
  });

  it('groups thousands in counts and limits', () => {
    expect(found('a'.repeat(3001), ['linkedin'], { linkedinFold: 0 })).toEqual(['LinkedIn tooLong 3,001/3,000: a']);
  });

  it('reports one span once: a second limit over at the same character adds nothing', () => {
    // Graphemes and bytes both go over at the second dog: one finding, the first one found.
    expect(found('Zoomies 🐕🐕🐕', ['bluesky'], { blueskyLimit: 9, blueskyBytes: 14 })).toEqual(['Bluesky tooLong 11/9: 🐕🐕']);
    expect(found('a'.repeat(300), ['x', 'twitter'], { linkedinFold: 0 })).toEqual(['X tooLong 300/280: ' + 'a'.repeat(20)]);
  });

  it('checks nothing when neither the post nor the presence names a platform', () => {
    expect(run({ text: 'a'.repeat(70000) })).toEqual([]);
    expect(run({ text: 'a'.repeat(70000), platforms: ['myspace', 'friendster'] })).toEqual([]);
  });

  it('counts only the body, never alt texts', () => {
    expect(run({ text: 'Meet Luna', platforms: ['x', 'bluesky'], media: [{ alt: 'a'.repeat(1500), caption: 'b'.repeat(400) }] })).toEqual([]);
  });

  it('offers one number option per limit, each defaulting to the data', () => {
    expect(Object.keys(typed.options!).sort()).toEqual(Object.keys(PLATFORM_LIMITS).sort());
    for (const [name, value] of Object.entries(PLATFORM_LIMITS)) {
      expect(typed.options![name]).toMatchObject({ type: 'number', default: value, integer: true });
    }
  });

  it('follows a raised limit (X Premium, a Mastodon server of 5,000)', () => {
    expect(found('a'.repeat(4000), ['x', 'mastodon'], { xLimit: 25000, mastodonLimit: 5000 })).toEqual([]);
  });

  it('is an error on every presence and audience', () => {
    for (const presence of ['professional', 'personal'] as const) {
      expect(typed.defaultSeverity[presence]).toEqual({ public: 'error', followers: 'error', friends: 'error', private: 'error' });
    }
  });

  it('finds nothing in an empty post', () => {
    expect(run({ text: '', platforms: ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'instagram', 'facebook'] })).toEqual([]);
  });
});
