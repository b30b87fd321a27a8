// The word list of the floor and of textlint + prh (bench/words.json): 50
// words and phrases a social-media linter flags, taken from presence's own
// rule data (party-photo, oversharing, business-repost) and the bench
// config's brand. Both the floor and prh match each of them as a whole word,
// ignoring case, and report every occurrence.
import { readFileSync } from 'node:fs';

/** @type {string[]} */
export const words = JSON.parse(readFileSync(new URL('./words.json', import.meta.url), 'utf8'));

/** A word as regex source, every special character escaped (`/` too, for prh's `/.../i` strings). */
export const escapeRegExp = (word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The floor's one combined expression: any word of the list, at word boundaries, any case. */
export const combinedPattern = () => new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'gi');
