/**
 * The languages the reading layer reads, each with its words: one entry per
 * `words-<code>.ts`. A rule reads a language when its own data has an entry
 * for it too (its `languages`).
 */
import { ENGLISH, type ReadingWords } from './words-en.js';
import { GERMAN } from './words-de.js';
import { SPANISH } from './words-es.js';
import { FRENCH } from './words-fr.js';
import { PORTUGUESE } from './words-pt.js';
import { lemmaCandidates } from './lemmas.js';
import { spanishLemmaCandidates } from './lemmas-es.js';
import { frenchLemmaCandidates } from './lemmas-fr.js';
import { germanLemmaCandidates } from './lemmas-de.js';
import { portugueseLemmaCandidates } from './lemmas-pt.js';

/** The reading words of each language presence reads, by ISO 639-1 code. */
export const READING_WORDS: Readonly<Record<string, ReadingWords>> = {
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  de: GERMAN,
  pt: PORTUGUESE,
};

/** The lemma candidates of a normalised word, by language: `lemmas-<code>.ts`; English's for a language without its own. */
export const LEMMAS: Readonly<Record<string, (word: string) => string[]>> = {
  en: lemmaCandidates,
  es: spanishLemmaCandidates,
  pt: portugueseLemmaCandidates,
  fr: frenchLemmaCandidates,
  de: germanLemmaCandidates,
};
