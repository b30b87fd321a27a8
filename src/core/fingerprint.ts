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

/** A 53-bit hash (cyrb53): a million posts keep numbers, not their texts. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The fingerprint of a finding, as 14 hex digits: its rule, its file, and
 * the hash of its post's normalised text (`hash53(normalizePostText(text))`).
 */
export function findingFingerprint(ruleId: string, file: string, textHash: number): string {
  return hash53(`${ruleId}\0${file}\0${textHash}`).toString(16).padStart(14, '0');
}
