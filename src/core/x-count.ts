import { analyze, type Link } from './post.js';
import type { Span } from './types.js';

/**
 * How X weighs text: the configuration format of twitter-text
 * (github.com/twitter/twitter-text, Apache-2.0, Copyright 2011 Twitter, Inc.).
 * Weights are in 1/`scale` of a character.
 */
export interface XCountConfig {
  /** The limit, in characters. */
  maxWeightedTweetLength: number;
  scale: number;
  /** The weight of a code point outside `ranges`, and of an emoji. */
  defaultWeight: number;
  /** Whether an emoji (a whole sequence: ZWJ, skin tone, flag, keycap) weighs `defaultWeight` once. */
  emojiParsingEnabled: boolean;
  /** What every URL counts, in characters, whatever its length. */
  transformedURLLength: number;
  /** Code point ranges (inclusive) with their own weight. */
  ranges: readonly { start: number; end: number; weight: number }[];
}

/** config-v3.json of twitter-text, the weighting X uses today: Latin and common punctuation 1, the rest (CJK, emoji) 2. */
export const X_CONFIG_V3: XCountConfig = {
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

/** The weighted length of a text as X counts it. */
export interface XCount {
  /** In characters (weight / scale). */
  weightedLength: number;
  /** Not empty, within the limit, and free of the characters X refuses (U+FFFE, U+FEFF, U+FFFF). */
  valid: boolean;
  /**
   * UTF-16 offset into the text as given (before normalisation) of the first
   * character, emoji or URL that does not fit within the limit; -1 when all fits.
   */
  overflowAt: number;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Calls `visit` with every grapheme cluster of `text` and its UTF-16 offset,
 * until it returns false. Intl.Segmenter is slow (about a microsecond a
 * grapheme), so it only sees the stretches that need it: between two ASCII
 * characters there is always a boundary (UAX #29), except inside CR LF.
 */
export function eachGrapheme(text: string, visit: (grapheme: string, index: number) => boolean | void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && (i + 1 === n || text.charCodeAt(i + 1) < 0x80)) {
      const pair = c === 13 && text.charCodeAt(i + 1) === 10;
      if (visit(pair ? '\r\n' : text[i]!, i) === false) return;
      i += pair ? 2 : 1;
      continue;
    }
    // The stretch ends where two ASCII characters meet (not CR LF), a sure boundary.
    let j = i + 1;
    while (j < n && !(text.charCodeAt(j) < 0x80 && text.charCodeAt(j - 1) < 0x80 && !(text.charCodeAt(j - 1) === 13 && text.charCodeAt(j) === 10))) j++;
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment, index } of segmenter.segment(text.slice(i, j))) {
      if (visit(segment, i + index) === false) return;
    }
    i = j;
  }
}

const NON_ASCII = /[^\x00-\x7F]/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const KEYCAP = /^[#*0-9]\uFE0F?\u20E3$/;
// ©, ® and ™ are letters-like symbols unless VS16 asks for the emoji; twemoji-parser, which X uses, agrees.
const TEXT_SYMBOL = /^[\u00A9\u00AE\u2122](?!\uFE0F)/;

/**
 * True when a grapheme cluster is an emoji: a pictograph with its modifiers,
 * ZWJ sequences and tags, a flag, a keycap. Text presentation (VS15) is not.
 */
export function isEmoji(grapheme: string): boolean {
  if (grapheme.length === 1 && grapheme.charCodeAt(0) < 0xa9) return false;
  if (KEYCAP.test(grapheme)) return true;
  if (TEXT_SYMBOL.test(grapheme)) return false;
  if (grapheme.includes('\uFE0E') && !grapheme.includes('\u200D')) return false;
  return PICTOGRAPHIC.test(grapheme);
}

// Bidi controls stand between a URL and the text around it without being part of either.
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVALID = /[\uFFFE\uFEFF\uFFFF]/;

/** True when every label of a host fits in 63 characters once punycode-encoded (else X does not link it). */
function hostFits(host: string): boolean {
  let ascii = host;
  if (NON_ASCII.test(host)) {
    try {
      ascii = new URL(`http://${host}`).hostname;
    } catch {
      return false;
    }
  }
  return ascii.split('.').every((label) => label.length <= 63);
}

/**
 * The URLs X counts as `transformedURLLength`, from the links found in the
 * text (`analyze(segment).links`): without a trailing ellipsis, and only
 * those whose host X accepts.
 */
function urlsOf(text: string, links: readonly Link[] | undefined): Span[] {
  let found = links;
  if (BIDI_CONTROL.test(text)) found = analyze({ text: text.replace(BIDI_CONTROLS, ' ') }).links;
  found ??= analyze({ text }).links;
  const urls: Span[] = [];
  for (const link of found) {
    if (!hostFits(link.host)) continue;
    const end = link.text.endsWith('…') ? link.end - 1 : link.end;
    urls.push({ start: link.start, end });
  }
  return urls;
}

function codePointWeight(cp: number, config: XCountConfig): number {
  for (const range of config.ranges) {
    if (cp >= range.start && cp <= range.end) return range.weight;
  }
  return config.defaultWeight;
}

/**
 * Counts a text the way X does (twitter-text's `parseTweet`): NFC first,
 * every URL `transformedURLLength`, every emoji `defaultWeight`, every other
 * code point by its range. Normalisation is applied one grapheme cluster at
 * a time, so that `overflowAt` is an offset into the text as given.
 *
 * @param links the links of the text, when already found (`analyze(segment).links`)
 * @param limit the limit in characters; defaults to the config's
 */
export function countX(
  text: string,
  links?: readonly Link[],
  config: XCountConfig = X_CONFIG_V3,
  limit: number = config.maxWeightedTweetLength,
): XCount {
  const urls = urlsOf(text, links);
  const normalized = text.normalize('NFC') === text;
  const max = limit * config.scale;
  let weight = 0;
  let overflowAt = -1;
  let invalid = false;
  let next = 0;
  let skipTo = 0;
  eachGrapheme(text, (grapheme, index) => {
    if (index < skipTo) return;
    let unit = 0;
    while (urls[next] && urls[next]!.end <= index) next++;
    const url = urls[next];
    if (url && url.start <= index) {
      unit = config.transformedURLLength * config.scale;
      skipTo = url.end;
      next++;
    } else if (config.emojiParsingEnabled && isEmoji(grapheme)) {
      unit = config.defaultWeight;
    } else {
      const chars = normalized ? grapheme : grapheme.normalize('NFC');
      for (const ch of chars) unit += codePointWeight(ch.codePointAt(0)!, config);
      if (!invalid && INVALID.test(chars)) invalid = true;
    }
    weight += unit;
    if (overflowAt < 0 && weight > max) overflowAt = index;
  });
  return { weightedLength: weight / config.scale, valid: !invalid && weight > 0 && weight <= max, overflowAt };
}
