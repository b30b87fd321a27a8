/**
 * Which language each text of a post is in, among the config's
 * `languages`. Pure: the statistical detector is injected by the engine
 * (which loads it only when a config names more than one language), and
 * this module only decides what to do with its scores. The decision is
 * conservative, because a post taken for a language presence does not read
 * loses every rule that reads words: a text leaves the first configured
 * language only when it is long enough and the detector is clearly sure.
 */
import { LANGUAGE_MARKERS, LANGUAGE_NAMES } from './language-words.js';

/** Scores of the languages a detector considered, best first, each from 0 to 1. */
export type LanguageScores = readonly (readonly [language: string, score: number])[];

/** A language detector: the scores of `languages` (ISO 639-1 codes) for a cleaned text. */
export type LanguageDetector = (text: string, languages: readonly string[]) => LanguageScores;

/** How a text's language was decided. */
export type LanguageSource =
  /** The post's front matter says (`lang`). */
  | 'given'
  /** The config names one language: nothing to choose. */
  | 'only'
  /** Two or more marker words of the language ("the", "and", "you"): no detector asked. */
  | 'markers'
  /** The detector, clearly sure on a text long enough. */
  | 'detected'
  /** Too short, or the detector not sure enough: the fallback (the post's language, or the config's first). */
  | 'fallback';

export interface LanguageChoice {
  language: string;
  source: LanguageSource;
}

/**
 * Letters a text needs before the detector may move it off the fallback:
 * below this, the detectors measured (BENCHMARKS.md, "Language detection")
 * take too many English tweets for Spanish or Portuguese.
 */
export const MIN_DETECTION_LETTERS = 24;

/** How far the best language must lead the second (1 - second / best) for the detector's choice to stand. */
export const MIN_DETECTION_LEAD = 0.1;

/** Marker words of a language that keep a text in it, whatever the detector says. */
export const MIN_MARKERS = 2;

const markerSets = new Map(Object.entries(LANGUAGE_MARKERS).map(([language, words]) => [language, new Set(words)]));

/**
 * A text as the detector should see it: without links, mentions, hashtags,
 * HTML entities, emoji, digits and punctuation, which say nothing of its
 * language (a tweet's hashtags are often English in any language).
 */
export function languageText(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/giu, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, ' ')
    .replace(/[^\p{L}\s'’-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function letterCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) count++;
  return count;
}

/** How many words of a cleaned text are marker words of `language`. */
export function markerCount(text: string, language: string): number {
  const markers = markerSets.get(language);
  if (!markers) return 0;
  let count = 0;
  for (const word of text.toLowerCase().replace(/’/g, "'").split(' ')) if (markers.has(word)) count++;
  return count;
}

/**
 * The language of one text among `languages` (the config's, first = the
 * fallback unless `fallback` is given). With one language, or no detector,
 * the fallback; a text with {@link MIN_MARKERS} marker words of a language
 * presence lists markers for stays in it; otherwise the detector's best
 * choice when the text has {@link MIN_DETECTION_LETTERS} letters and the
 * choice leads by {@link MIN_DETECTION_LEAD}.
 */
export function languageOfText(
  text: string,
  languages: readonly string[],
  detector: LanguageDetector | undefined,
  fallback: string = languages[0] ?? 'en',
): LanguageChoice {
  if (languages.length <= 1 || !detector) return { language: fallback, source: languages.length <= 1 ? 'only' : 'fallback' };
  const cleaned = languageText(text);
  for (const language of languages) {
    if (markerSets.has(language) && markerCount(cleaned, language) >= MIN_MARKERS) return { language, source: 'markers' };
  }
  if (letterCount(cleaned) < MIN_DETECTION_LETTERS) return { language: fallback, source: 'fallback' };
  const scores = detector(cleaned, languages).filter(([language]) => languages.includes(language));
  const best = scores[0];
  if (!best || best[1] <= 0) return { language: fallback, source: 'fallback' };
  const lead = 1 - (scores[1]?.[1] ?? 0) / best[1];
  return lead >= MIN_DETECTION_LEAD ? { language: best[0], source: 'detected' } : { language: fallback, source: 'fallback' };
}

/**
 * The language of every text of a post, in segment order. The body's is
 * the post's `lang` when given, else detected (on all its texts together
 * when the body alone is too short to tell), else the config's first
 * language. Each other text (an alt text, a caption) is read on its own and
 * keeps the post's language unless it is itself long and clear enough:
 * an English alt text under a Spanish post is English.
 */
export function segmentLanguages(
  post: { lang?: string; segments: readonly { text: string }[] },
  languages: readonly string[],
  detector: LanguageDetector | undefined,
): LanguageChoice[] {
  const segments = post.segments;
  let postChoice: LanguageChoice;
  if (post.lang !== undefined) postChoice = { language: post.lang, source: 'given' };
  else {
    postChoice = languageOfText(segments[0]?.text ?? '', languages, detector);
    if (postChoice.source === 'fallback' && segments.length > 1) {
      const together = languageOfText(segments.map((s) => s.text).join('\n'), languages, detector);
      if (together.source !== 'fallback') postChoice = together;
    }
  }
  return segments.map((segment, i) => {
    if (i === 0) return postChoice;
    const own = languageOfText(segment.text, languages, detector, postChoice.language);
    return own.source === 'markers' || own.source === 'detected' ? own : { language: postChoice.language, source: postChoice.source };
  });
}

/** The language code a `lang` value names, lower case, without its region (`pt-BR` is `pt`), or undefined when presence does not know it. */
export function languageCode(value: string): string | undefined {
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LANGUAGE_NAMES, base) ? base : undefined;
}

/** The code a wrong `lang` value most likely meant: a language's name ("Spanish", "español") or a near-miss of a code. */
export function meantLanguage(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  for (const [code, name] of Object.entries(LANGUAGE_NAMES)) if (name.toLowerCase() === lower) return code;
  return LOCAL_NAMES[lower] ?? (/^[a-z]{3}$/.test(lower) ? ISO_639_2[lower] : undefined);
}

/** The names the languages presence chooses from give themselves. */
const LOCAL_NAMES: Readonly<Record<string, string>> = { english: 'en', 'español': 'es', espanol: 'es', castellano: 'es', 'français': 'fr', francais: 'fr', deutsch: 'de', 'português': 'pt', portugues: 'pt' };
/** Three-letter codes people write for them (ISO 639-2/3). */
const ISO_639_2: Readonly<Record<string, string>> = { eng: 'en', spa: 'es', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', por: 'pt', ita: 'it', nld: 'nl', dut: 'nl' };
