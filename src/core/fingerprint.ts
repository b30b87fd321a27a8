/**
 * Stable identities of texts: a post compared as a reader compares it, and a
 * finding that survives edits elsewhere in its file.
 */

/**
 * The text as a reader would compare two posts: links removed, lower case,
 * runs of white space as one space, no white space at the ends.
 */
export function normalizePostText(text: string, links: readonly { start: number; end: number }[] = []): string {
  let plain = text;
  if (links.length) {
    // One pass over the text, keeping what lies outside the links (slicing once per link is quadratic).
    const pieces: string[] = [];
    let from = 0;
    for (const link of [...links].sort((a, b) => a.start - b.start)) {
      if (link.start > from) pieces.push(text.slice(from, link.start));
      from = Math.max(from, link.end);
    }
    pieces.push(text.slice(from));
    plain = pieces.join('');
  }
  return plain.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `hash53('')`. */
export const EMPTY_TEXT_HASH = hash53('');

/**
 * `hash53(normalizePostText(text, links))`, or undefined when that text is
 * empty, in one pass without building the normalised text when the text is
 * ASCII (every post is hashed: its findings' fingerprints, duplicate-post).
 * Other texts go the long way: lower-casing outside ASCII can change
 * lengths, and `\s` has more spaces than ASCII's.
 */
export function normalizedTextHash(text: string, links: readonly { start: number; end: number }[] = []): number | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      const normalized = normalizePostText(text, links);
      return normalized ? hash53(normalized) : undefined;
    }
  }
  const sorted = links.length > 1 ? [...links].sort((a, b) => a.start - b.start) : links;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let any = false;
  let space = false;
  let link = 0;
  for (let i = 0; i < text.length; i++) {
    while (link < sorted.length && sorted[link]!.end <= i) link++;
    if (link < sorted.length && sorted[link]!.start <= i) {
      i = sorted[link]!.end - 1;
      continue;
    }
    let c = text.charCodeAt(i);
    // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      space = any;
      continue;
    }
    if (space) {
      h1 = Math.imul(h1 ^ 0x20, 2654435761);
      h2 = Math.imul(h2 ^ 0x20, 1597334677);
      space = false;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
    any = true;
  }
  if (!any) return undefined;
  return finish53(h1, h2);
}

/** cyrb53's last mixing of its two 32-bit states into 53 bits. */
function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 53-bit hash (cyrb53): a million posts keep numbers, not their texts. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish53(h1, h2);
}

/**
 * The fingerprint of a finding, as 14 hex digits: its rule, its file, and
 * the hash of its post's normalised text (`hash53(normalizePostText(text))`).
 */
export function findingFingerprint(ruleId: string, file: string, textHash: number): string {
  return hash53(`${ruleId}\0${file}\0${textHash}`).toString(16).padStart(14, '0');
}
