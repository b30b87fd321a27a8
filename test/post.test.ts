import fc from 'fast-check';
import LinkifyIt from 'linkify-it';
import { describe, expect, it } from 'vitest';
import { EMPTY_TEXT_HASH, hash53, normalizedTextHash, normalizePostText } from '../src/core/fingerprint.js';
import { coverage, TextAnalysis } from '../src/core/post.js';
import { realTweets } from './support/real-posts.js';

describe('links', () => {
  it('are what linkify-it finds in the whole text, for every real tweet', () => {
    const linkify = new LinkifyIt(undefined, { fuzzyEmail: true, fuzzyLink: true });
    const texts = realTweets();
    const extra = ['(see happypaws.org/adopt), or x.com!', 'mail me@example.com or http://localhost.test:3000/a?b=c#d', '1.2.3.4 and ftp://x.y', 'e.g. this. And.that'];
    let withLinks = 0;
    for (const text of [...texts, ...extra]) {
      const whole = text.includes('.') ? (linkify.match(text) ?? []).filter((m) => m.schema !== 'mailto:') : [];
      const found = new TextAnalysis(text).links;
      expect(found.map((l) => [l.start, l.end, l.text]), text).toEqual(whole.map((m) => [m.index, m.lastIndex, m.raw]));
      if (found.length) withLinks++;
    }
    expect(withLinks).toBeGreaterThan(150);
  });

  it('are found in a long paragraph without spaces, as Chinese and Japanese are written', () => {
    const text = `${'今日は犬の譲渡会でした。'.repeat(150)}詳しくはhappypaws.org/adoptへ。${'みんなありがとう。'.repeat(100)}`;
    expect(text.length).toBeGreaterThan(2_500);
    const linkify = new LinkifyIt(undefined, { fuzzyEmail: true, fuzzyLink: true });
    const whole = (linkify.match(text) ?? []).map((m) => [m.index, m.lastIndex]);
    expect(whole).toHaveLength(1);
    expect(new TextAnalysis(text).links.map((l) => [l.start, l.end])).toEqual(whole);
  });

  it('are not searched for in a run longer than any real post, so a megabyte of URL takes no time', () => {
    const text = `see x.com ${'http://x.com/'.repeat(80_000)} and y.org`;
    expect(new TextAnalysis(text).links.map((l) => l.host)).toEqual(['x.com', 'y.org']);
  });
});

describe('prose words', () => {
  it('leave out links, mentions and hashtags', () => {
    const words = new TextAnalysis("Meet @happypaws at happypaws.org/adopt #AdoptDontShop, it's Saturday").proseWords.map((w) => w.text);
    expect(words).toEqual(['Meet', 'at', "it's", 'Saturday']);
  });
});

describe('coverage', () => {
  it('answers whether a range touches a span, as a pairwise check would', () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 4, end: 9 },
      { start: 12, end: 13 },
    ];
    const touches = coverage(20, spans);
    for (let start = 0; start < 20; start++) {
      for (let end = start + 1; end <= 20; end++) {
        expect(touches(start, end), `${start}-${end}`).toBe(spans.some((s) => s.start < end && start < s.end));
      }
    }
    expect(coverage(5, [])(0, 5)).toBe(false);
  });
});

describe('normalizePostText', () => {
  it('leaves out links, case and spacing, in one pass however many links there are', async () => {
    const { normalizePostText } = await import('../src/core/fingerprint.js');
    const text = 'See  X.com/a and y.org NOW';
    const links = new TextAnalysis(text).links;
    expect(normalizePostText(text, links)).toBe('see and now');
    const many = 'x.com/a '.repeat(50_000);
    expect(normalizePostText(many, new TextAnalysis(many).links)).toBe('');
  });
});

describe('normalizedTextHash', () => {
  // The long way: what fingerprints in baselines were made with.
  const longWay = (text: string, links: { start: number; end: number }[] = []): number | undefined => {
    const normalized = normalizePostText(text, links);
    return normalized ? hash53(normalized) : undefined;
  };

  it('is the hash of the normalised text, for every real tweet with and without its links', () => {
    const posts = realTweets();
    expect(posts).toHaveLength(500);
    for (const text of posts) {
      const links = new TextAnalysis(text).links;
      expect(normalizedTextHash(text), text).toBe(longWay(text));
      expect(normalizedTextHash(text, links), text).toBe(longWay(text, links));
    }
  });

  it('is the hash of the normalised text for any text and links, overlapping and unsorted ones too', () => {
    const char = fc.constantFrom('a', 'B', 'z', 'Q', ' ', '\t', '\n', '\r', '\v', '\f', '.', '/', '7', 'É', 'é', 'İ', 'Σ', '\u00a0', '\u2003', '😀');
    const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    const input = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(
          fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 4 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([t, links]) => {
        expect(normalizedTextHash(t, links)).toBe(longWay(t, links));
      }),
      { seed: 20260705, numRuns: 5000 },
    );
    // Only spaces, or only links: nothing to hash.
    expect(normalizedTextHash(' \t\n')).toBeUndefined();
    expect(normalizedTextHash('x.com', [{ start: 0, end: 5 }])).toBeUndefined();
    expect(normalizedTextHash('')).toBeUndefined();
    expect(EMPTY_TEXT_HASH).toBe(hash53(''));
  });
});
