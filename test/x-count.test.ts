import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countX, eachGrapheme, isEmoji, X_CONFIG_V3 } from '../src/core/x-count.js';
import { realTweets, SHARED_FIXTURES } from './support/real-posts.js';

/** One weighted-length case of twitter-text's conformance file. */
interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; permillage: number; validRangeEnd: number };
}

// The conformance cases of twitter-text that run with config v3 (Apache-2.0, Copyright 2011 Twitter, Inc.), see fixtures/shared/README.md.
const file = path.join(SHARED_FIXTURES, 'twitter-text/validate.yml');
const tests = parse(readFileSync(file, 'utf8')).tests as Record<string, WeightedCase[]>;
// The sections twitter-text runs with config v3 (emoji parsing on); WeightedTweetsCounterTest is config v2.
const V3_SECTIONS = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];

describe('countX: twitter-text conformance (config v3)', () => {
  it('reads both v3 sections', () => {
    expect(tests[V3_SECTIONS[0]!]!.length).toBe(22);
    expect(tests[V3_SECTIONS[1]!]!.length).toBe(2);
  });

  for (const section of V3_SECTIONS) {
    for (const c of tests[section]!) {
      it(`${section}: ${c.description}`, () => {
        const count = countX(c.text);
        expect(count.weightedLength).toBe(c.expected.weightedLength);
        expect(count.valid).toBe(c.expected.valid);
        expect(Math.floor((count.weightedLength / X_CONFIG_V3.maxWeightedTweetLength) * 1000)).toBe(c.expected.permillage);
        // validRangeEnd is the last code unit that fits; the first that does not is the next one.
        if (count.weightedLength > X_CONFIG_V3.maxWeightedTweetLength) expect(count.overflowAt).toBe(c.expected.validRangeEnd + 1);
        else expect(count.overflowAt).toBe(-1);
      });
    }
  }
});

describe('countX', () => {
  it('counts an empty text as 0 and not valid', () => {
    expect(countX('')).toEqual({ weightedLength: 0, valid: false, overflowAt: -1 });
  });

  it('takes a limit in characters', () => {
    expect(countX('abcdef', undefined, X_CONFIG_V3, 4)).toEqual({ weightedLength: 6, valid: false, overflowAt: 4 });
    expect(countX('ab故人', undefined, X_CONFIG_V3, 4)).toMatchObject({ weightedLength: 6, overflowAt: 3 });
  });

  it('counts a URL as 23 however short or long, and starts the overflow at the URL that does not fit', () => {
    expect(countX('t.co').weightedLength).toBe(23);
    expect(countX(`see https://example.com/${'a'.repeat(300)}`).weightedLength).toBe(27);
    expect(countX('x'.repeat(270) + ' https://example.com')).toMatchObject({ weightedLength: 294, overflowAt: 271 });
  });

  it('does not count an e-mail address or a mention as a URL', () => {
    expect(countX('me@happypaws.org').weightedLength).toBe(16);
    expect(countX('@user@mastodon.social').weightedLength).toBe(21);
  });

  it('ends a URL before a trailing ellipsis', () => {
    expect(countX('https://t.co/abc…').weightedLength).toBe(25);
  });

  it('normalises per grapheme and reports offsets into the text as given', () => {
    const decomposed = 'e\u0301';
    expect(countX(decomposed.repeat(3)).weightedLength).toBe(3);
    expect(countX(decomposed.repeat(5), undefined, X_CONFIG_V3, 3).overflowAt).toBe(6);
  });

  it('recognises emoji sequences, keycaps and flags, and not text symbols', () => {
    for (const e of ['👍🏽', '👩‍💻', '🇺🇸', '1️⃣', '#⃣', '❤️', '🏴‍☠️', '©️']) expect(isEmoji(e), e).toBe(true);
    for (const t of ['a', '©', '®', '™', '❤︎', 'é', '故', '1']) expect(isEmoji(t), t).toBe(false);
    expect(countX('© ®').weightedLength).toBe(3);
    expect(countX('❤️').weightedLength).toBe(2);
  });
});

describe('eachGrapheme', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const expected = (text: string) => [...segmenter.segment(text)].map((s) => `${s.index}:${s.segment}`);
  const actual = (text: string) => {
    const out: string[] = [];
    eachGrapheme(text, (g, i) => {
      out.push(`${i}:${g}`);
    });
    return out;
  };

  it('cuts where Intl.Segmenter cuts, skipping it only between ASCII characters', () => {
    const tricky = [
      'plain ascii\r\nand CR LF\r\r\n\n',
      'e\u0301 a\u0308b \u00e9', // combining marks after ASCII
      '1\u20e3 #\ufe0f\u20e3 x\u{1F3FD}', // keycaps, a modifier after a letter
      '👨‍👩‍👧‍👦a🇺🇸🇨🇦🇫 🏴󠁧󠁢󠁥󠁮󠁧󠁿 👍🏽.',
      '\u0600123 \u06dd4', // prepend marks join the digit after them
      '한국어 \u1100\u1161\u11a8 ok', // Hangul syllables and jamo
      'क्षत्रिय नमस्ते ok', // Devanagari conjuncts
      '\u202ahttp://foobar.پاکستان/\u202c',
      'a\u200db \u200c \ud800 lone',
    ];
    for (const text of tricky) expect(actual(text), text).toEqual(expected(text));
  });

  it('agrees with Intl.Segmenter on every real tweet', () => {
    const tweets = realTweets();
    for (const text of tweets) expect(actual(text)).toEqual(expected(text));
  });

  it('stops when the visitor returns false', () => {
    const seen: string[] = [];
    eachGrapheme('ab👍🏽cd', (g) => {
      seen.push(g);
      return seen.length < 3;
    });
    expect(seen).toEqual(['a', 'b', '👍🏽']);
  });
});
