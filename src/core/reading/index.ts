/**
 * The reading layer, for the built-in rules and for plugins: `read(text)`
 * gives a text's tokens, sentences and clauses, and the cues of any span
 * (negated, asked or wished, quoted, a title, a comparison, who it is
 * about, news framing); `lemmaCandidates` the forms a word may inflect.
 */
export { cuesOf, read } from './read.js';
export type { About, CueOptions, Cues, Mode, Range, Reading } from './read.js';
export { isFormOf, lemmaCandidates } from './lemmas.js';
export { normalizeWord, tokenize } from './tokens.js';
export type { Token, TokenKind } from './tokens.js';
