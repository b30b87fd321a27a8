/**
 * The languages the reading layer reads, each with its words: one entry per
 * `words-<code>.ts`. A rule reads a language when its own data has an entry
 * for it too (its `languages`).
 */
import { ENGLISH, type ReadingWords } from './words-en.js';
import { GERMAN } from './words-de.js';
import { SPANISH } from './words-es.js';
import { FRENCH } from './words-fr.js';

/** The reading words of each language presence reads, by ISO 639-1 code. */
export const READING_WORDS: Readonly<Record<string, ReadingWords>> = {
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  de: GERMAN,
};
