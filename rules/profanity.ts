import {
  DataSet,
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedWhitelistMatcherTransformers,
  type EnglishProfaneWord,
  type Node,
  type ParsedPattern,
  type TransformerContainer,
} from 'obscenity';
import { nativeRegExp } from '../src/core/native-regexp.js';
import { PhraseMatcher, phraseSource, sentenceAround, type PhraseEntry } from '../src/core/phrases.js';
import { foldAccents } from '../src/core/reading/tokens.js';
import { PROFANITY_ES } from './data/profanity-es.js';
import { PROFANITY_FR } from './data/profanity-fr.js';
import { ENGLISH_FALSE_FRIENDS_DE, PROFANITY_DE } from './data/profanity-de.js';
import { PROFANITY_PT } from './data/profanity-pt.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import { analyze } from '../src/core/post.js';
import type { Finding, Segment, Span } from '../src/core/types.js';
import {
  ACRONYM_WORDS,
  CATEGORY_OF,
  DROPPED_WORDS,
  EXTRA_FORMS,
  INNOCENT_CONTEXT,
  INNOCENT_TERMS,
  MASKED_FORMS,
  NAME_WORDS,
  type ProfanityCategory,
} from './data/profanity.js';

/** Options of `profanity`. */
export type ProfanityOptions = {
  extraWords: string[];
  allowWords: string[];
};

type Metadata = { originalWord: EnglishProfaneWord };

/** A word found in a segment: its span in UTF-16 code units, half-open. */
interface Hit extends Span {
  category: ProfanityCategory;
}

/** obscenity's matcher and what this rule builds around it; made on first use, shared by all options. */
interface Library {
  dataset: DataSet<Metadata>;
  /** The matcher, made the first time a text gets past the pre-check. */
  matcher: () => RegExpMatcher;
  /** True when a text may hold a word of the data set; false rules it out without running the matcher. */
  mayMatch: (text: string) => boolean;
}

let library: Library | undefined;

/**
 * Builds the pre-check the first time a post is checked, and the matcher the
 * first time a post gets past it, not when the rule is loaded: a run with
 * the rule turned off never pays for them, a run of clean posts never builds
 * the matcher.
 */
function getLibrary(): Library {
  if (library) return library;
  const dropped = new Set(DROPPED_WORDS);
  const dataset = new DataSet<Metadata>()
    .addAll(englishDataset)
    .removePhrasesIf((phrase) => dropped.has(phrase.metadata?.originalWord ?? ''));
  const built = dataset.build();
  let compiled: RegExpMatcher | undefined;
  const matcher = (): RegExpMatcher =>
    (compiled ??= new RegExpMatcher({
      blacklistedTerms: built.blacklistedTerms,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...INNOCENT_TERMS],
      blacklistMatcherTransformers: englishRecommendedBlacklistMatcherTransformers,
      whitelistMatcherTransformers: englishRecommendedWhitelistMatcherTransformers,
    }));
  const mayMatch = prefilterOf(
    built.blacklistedTerms.map((t) => t.pattern),
    englishRecommendedBlacklistMatcherTransformers,
  );
  library = { dataset, matcher, mayMatch };
  return library;
}

/**
 * A cheap necessary condition for obscenity to find a word in a text, so
 * that the matcher (about 40 µs a post: it transforms the text character by
 * character and runs a hundred patterns) runs only on the few posts that may
 * hold one. It mirrors obscenity's transformers: characters outside ASCII are
 * mapped through its look-alike, leetspeak and lower-case transformers, and
 * each letter of a pattern becomes the class of ASCII characters that the
 * transformers turn into it ("s" is `[sS$5]`), repeated, because repeated
 * letters collapse; a wildcard is a run of characters that become the same
 * one; word boundaries are those of the transformed text. Only the whitelist
 * is ignored, so it may say yes where obscenity says no, never the reverse.
 */
function prefilterOf(patterns: ParsedPattern[], transformers: TransformerContainer[]): (text: string) => boolean {
  const simple = transformers.flatMap((t) => ('transform' in t ? [t.transform] : []));
  const mapChar = (cp: number): number | undefined => {
    let c: number | undefined = cp;
    for (const transform of simple) {
      if (c === undefined) return undefined;
      c = transform(c);
    }
    return c;
  };
  const escape = (ch: string): string => ch.replace(/[\\\]^-]/, '\\$&');
  // What each ASCII character becomes, inverted: the class of sources of each result.
  const sources = new Map<number, string[]>();
  const wordChars: string[] = [];
  for (let cp = 0; cp < 128; cp++) {
    const to = mapChar(cp);
    if (to === undefined) continue;
    sources.set(to, [...(sources.get(to) ?? []), escape(String.fromCharCode(cp))]);
    if (/\w/.test(String.fromCodePoint(to))) wordChars.push(escape(String.fromCharCode(cp)));
  }
  const classOf = (cp: number): string => `[${(sources.get(cp) ?? []).join('')}${cp >= 128 ? escape(String.fromCodePoint(cp)) : ''}]`;
  let groups = 0;
  const wildcard = (): string => {
    // One transformed character: a run of sources of one letter, or one other character repeated.
    const letters = [...sources.keys()].filter((cp) => (sources.get(cp)?.length ?? 0) > 1).map((cp) => `${classOf(cp)}+`);
    groups++;
    return `(?:${letters.join('|')}|([^])\\${groups}*)`;
  };
  const part = (node: Node): string => {
    if (node.kind === SyntaxKind.Literal) return node.chars.map((cp) => `${classOf(cp)}+`).join('');
    if (node.kind === SyntaxKind.Wildcard) return wildcard();
    return `(?:${part(node.childNode)})?`;
  };
  const word = `[${wordChars.join('')}]`;
  // Alternatives grouped by the word boundary at their start and then by their first letter,
  // so that the engine tries a handful of branches at each position rather than a hundred.
  const groupsByStart = new Map<boolean, Map<string, Set<string>>>([[true, new Map()], [false, new Map()]]);
  for (const p of patterns) {
    const [first, ...rest] = p.nodes;
    let head = '';
    let tail = p.nodes;
    if (first?.kind === SyntaxKind.Literal && first.chars.length > 0) {
      head = `${classOf(first.chars[0]!)}+`;
      tail = [{ kind: SyntaxKind.Literal, chars: first.chars.slice(1) }, ...rest];
    }
    const body = `${tail.map(part).join('')}${p.requireWordBoundaryAtEnd ? `(?!${word})` : ''}`;
    const byHead = groupsByStart.get(p.requireWordBoundaryAtStart)!;
    byHead.set(head, (byHead.get(head) ?? new Set()).add(body));
  }
  const grouped = (byHead: Map<string, Set<string>>): string =>
    [...byHead].map(([head, bodies]) => `${head}(?:${[...bodies].join('|')})`).join('|');
  const pattern = nativeRegExp(`(?<!${word})(?:${grouped(groupsByStart.get(true)!)})|${grouped(groupsByStart.get(false)!)}`, 'u');
  const nonAscii = /[^\x00-\x7f]/u;
  const nonAsciiAll = /[^\x00-\x7f]/gu;
  // What each ASCII character becomes (-1: dropped), to find runs of one letter.
  const becomes = Int32Array.from({ length: 128 }, (_, cp) => mapChar(cp) ?? -1);
  return (text) => {
    const mapped = nonAscii.test(text)
      ? text.replace(nonAsciiAll, (ch) => {
          const to = mapChar(ch.codePointAt(0)!);
          return to === undefined ? '' : String.fromCodePoint(to);
        })
      : text;
    return pattern.test(shortenRuns(mapped, becomes));
  };
}

/**
 * The text with every run of characters that become the same letter ("sS$5")
 * cut to its first two. The pre-check's `[sS$5]+` then matches at most two
 * characters, so a long run ("aaaa...", a megabyte of it) costs linear time
 * instead of quadratic; and nothing the pre-check needs is lost, because
 * obscenity collapses runs to one or two letters before it matches.
 */
export function shortenRuns(text: string, becomes: Int32Array): string {
  let out: string[] | undefined;
  let kept = 0;
  let previous = -2;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const key = c < 128 ? becomes[c]! : c;
    run = key === previous ? run + 1 : 1;
    previous = key;
    if (run === 3) {
      out ??= [];
      out.push(text.slice(kept, i));
    }
    if (run >= 3) kept = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(kept));
  return out.join('');
}

/**
 * For tests: the pre-check and obscenity's matcher on one text, to check that
 * the pre-check never rules out a text the matcher finds a word in.
 */
export const preCheck = {
  mayMatch: (text: string): boolean => getLibrary().mayMatch(text),
  matches: (text: string): boolean => getLibrary().matcher().hasMatch(text),
};

/** What the rule compiles from its options: the extra words with `extraWords`, and the allowed phrases. */
interface Compiled {
  phrases: PhraseMatcher;
  allow: RegExp | undefined;
  /** The list of another language this rule reads (rules/data/profanity-<code>.ts), compiled on its first text. */
  inLanguage(language: string): PhraseMatcher | undefined;
}

/** The lists of the languages this rule reads besides English. */
const LANGUAGE_LISTS: Readonly<Record<string, readonly PhraseEntry[]>> = { es: PROFANITY_ES, fr: PROFANITY_FR, de: PROFANITY_DE, pt: PROFANITY_PT };

/** English swearing that is an ordinary word of another language, whole ("dick" is thick in German): no hit in a text of it. */
const FALSE_FRIENDS: Readonly<Record<string, ReadonlySet<string>>> = { de: new Set(ENGLISH_FALSE_FRIENDS_DE) };

const compiledFor = perOptions((options: ProfanityOptions): Compiled => {
  const allowed = (options.allowWords ?? []).filter((w) => w.trim()).map(phraseSource);
  const made = new Map<string, PhraseMatcher>();
  return {
    phrases: new PhraseMatcher(EXTRA_FORMS, [{ category: 'custom', words: options.extraWords ?? [] }]),
    allow: allowed.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${allowed.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : undefined,
    inLanguage: (language) => {
      const entries = LANGUAGE_LISTS[language];
      if (!entries) return undefined;
      let matcher = made.get(language);
      if (!matcher) {
        // Matched on the text with its accents folded away: the sources are folded too.
        matcher = new PhraseMatcher(entries.map((e) => ({ ...e, match: foldAccents(e.match), ...(e.unless ? { unless: e.unless.map(foldAccents) } : {}) })));
        made.set(language, matcher);
      }
      return matcher;
    },
  };
});

let maskedMatcher: PhraseMatcher | undefined;

/** Words censored with asterisks, looked for only in texts that have one. */
function maskedHits(text: string): Hit[] {
  if (!text.includes('*')) return [];
  maskedMatcher ??= new PhraseMatcher(MASKED_FORMS);
  return maskedMatcher.find(text).map((m) => ({ start: m.start, end: m.end, category: m.category as ProfanityCategory }));
}

/** Characters that extend a match to the whole word: letters, digits and the symbols of leetspeak and censoring. */
const WORDISH = /^[\p{L}\p{M}\p{N}$@*]$/u;
/** Symbols that end a word's extension without belonging to it (`*damn*`, `@handle`). */
const DECORATION = /^[*@$]$/u;

function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

/** The whole word around a match: "asshole" around "ass", "a$$hole" around "a$$", "motherfucker" around "fuck". */
function wordAround(text: string, span: Span): Span {
  let start = span.start;
  for (let ch = charBefore(text, start); start > 0 && WORDISH.test(ch); ch = charBefore(text, start)) start -= ch.length;
  while (start < span.start && DECORATION.test(text[start]!)) start++;
  let end = span.end;
  for (let ch = String.fromCodePoint(text.codePointAt(end) ?? 32); end < text.length && WORDISH.test(ch); ch = String.fromCodePoint(text.codePointAt(end) ?? 32)) {
    end += ch.length;
  }
  while (end > span.end && DECORATION.test(text[end - 1]!)) end--;
  return { start, end };
}

/** "f**k" for "fuck": the first and last character kept (only the first for three or fewer), in code points. */
export function maskWord(word: string): string {
  const chars = Array.from(word);
  if (chars.length <= 1) return word;
  if (chars.length <= 3) return chars[0] + '*'.repeat(chars.length - 1);
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

const KINDS: Record<ProfanityCategory, string> = {
  swearing: 'profanity',
  sexual: 'vulgar slang',
  slur: 'a slur',
  custom: 'profanity',
};

const contextPatterns = new Map<string, RegExp>();

/** True when the sentence around the word names the innocent sense of it (a bitch in whelp, a cock and his hens). */
function innocentInContext(word: string, text: string, span: Span): boolean {
  const sources = INNOCENT_CONTEXT[word];
  if (!sources) return false;
  let pattern = contextPatterns.get(word);
  if (!pattern) {
    pattern = nativeRegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
    contextPatterns.set(word, pattern);
  }
  const bounds = sentenceAround(text, span);
  return pattern.test(text.slice(bounds.start, span.start) + ' ' + text.slice(span.end, bounds.end));
}

const NAMES = new Set(NAME_WORDS);
const ACRONYMS = new Set(ACRONYM_WORDS);
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * True for "Dick" in "Moby Dick", "Dick Van Dyke" and "Philip K. Dick" (a
 * capitalised listed name next to another capitalised word), and for "ABO"
 * (a listed abbreviation in capitals).
 */
function isName(word: string, text: string, span: Span): boolean {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower) && word === word.toUpperCase()) return true;
  if (!NAMES.has(lower) && !NAMES.has(lower.replace(/s$/, ''))) return false;
  if (!CAPITALISED.test(word)) return false;
  const before = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*)(\.?)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
  // "Wow. Dick move" is a sentence start, "Philip K. Dick" an initial.
  if (before && (before[2] === '' || before[1]!.length === 1)) return true;
  return /^(?:['’]s)?[ \t]+\p{Lu}/u.test(text.slice(span.end, span.end + 5));
}

/** At least two characters that are not digits: "455 people" and "Galaxy A55" are numbers, not leetspeak. */
function hasLetters(word: string): boolean {
  let count = 0;
  for (const ch of word) if (!DIGIT.test(ch) && ++count >= 2) return true;
  return false;
}

const DIGIT = /^\p{N}$/u;

/** Punctuation that obscenity reads as a letter ("!" as "i", "(" as "c", "/" as "l") outside a word. */
const PUNCTUATION_AS_LETTER = /(?<!\p{L})[!|/(]|[!|/(](?!\p{L})/gu;
/** Flags: two regional indicator letters each, which obscenity reads as the letters they stand for. */
const FLAG_LETTER = /[\u{1F1E6}-\u{1F1FF}]/gu;

/**
 * The text as obscenity should read it, of the same length so that offsets
 * stay valid: "prick!" ends in punctuation, not in the letter "i"; "(ass)"
 * starts with a parenthesis, not a "c"; the flag of the Falkland Islands is
 * a flag, not "fk".
 */
function withoutPunctuationAsLetters(text: string): string {
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text.replace(PUNCTUATION_AS_LETTER, '.').replace(FLAG_LETTER, '..');
}

const MAY_NEED_CLEANING = /[!|/(\u{1F1E6}-\u{1F1FF}]/u;

/** The words of obscenity's data set in a text, each as a whole word, with the rule's judgement applied. */
/**
 * In a text of another language only an English word whole counts, not a
 * word that begins with one: "cumple" (birthday, in Spanish) is no "cum".
 */
const ENGLISH_WHOLE = /^(?:|s|es|ing|in|ed|er|ers|y)$/;

function libraryHits(text: string, wholeWordsOnly = false, falseFriends?: ReadonlySet<string>): Hit[] {
  const lib = getLibrary();
  const input = withoutPunctuationAsLetters(text);
  if (!lib.mayMatch(input)) return [];
  const hits: Hit[] = [];
  for (const match of lib.matcher().getAllMatches(input, true)) {
    // endIndex is inclusive and points at the low surrogate of a last astral character.
    const span = wordAround(text, { start: match.startIndex, end: match.endIndex + 1 });
    const word = text.slice(span.start, span.end);
    const original = lib.dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
    if (!hasLetters(word) || isName(word, text, span) || innocentInContext(original, text, span)) continue;
    if (falseFriends?.has(word.toLowerCase())) continue;
    if (wholeWordsOnly && (!word.toLowerCase().startsWith(original) || !ENGLISH_WHOLE.test(word.toLowerCase().slice(original.length)))) continue;
    hits.push({ ...span, category: CATEGORY_OF[original] ?? 'swearing' });
  }
  return hits;
}

function allowedSpans(allow: RegExp | undefined, text: string): Span[] {
  if (!allow) return [];
  const spans: Span[] = [];
  allow.lastIndex = 0;
  for (let m = allow.exec(text); m; m = allow.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) allow.lastIndex++;
  }
  return spans;
}

/**
 * Every profane word of one segment, left to right, each once. Links and
 * mentions are left alone: a link's random path ("t.co/LysW4fCkBY") is not
 * a word, and a handle is an account's name, not the author's words.
 */
function findWords(segment: Segment, compiled: Compiled): Hit[] {
  const text = segment.text;
  // A post in another language is read with that language's list too; English swearing in it (code-switching) still counts.
  const other = segment.lang !== undefined && segment.lang !== 'en' ? compiled.inLanguage(segment.lang) : undefined;
  const found: Hit[] = [
    ...libraryHits(text, other !== undefined, segment.lang !== undefined ? FALSE_FRIENDS[segment.lang] : undefined),
    ...compiled.phrases.find(text).map((m) => ({ start: m.start, end: m.end, category: m.category as ProfanityCategory })),
    ...maskedHits(text),
    ...(other ? other.find(foldAccents(text)).map((m) => ({ start: m.start, end: m.end, category: m.category as ProfanityCategory })) : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  if (found.length === 0) return [];
  const analysis = analyze(segment);
  const allowed = [...allowedSpans(compiled.allow, text), ...analysis.links, ...analysis.mentions];
  const kept: Hit[] = [];
  for (const hit of found) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    if (allowed.some((a) => a.start < hit.end && hit.start < a.end)) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * Swearing, vulgar sexual slang and slurs in a post and its alt texts and
 * captions, also when spelled around a filter ("sh1t", "a$$hole",
 * "fuuuuck", look-alike letters).
 */
export default defineRule<ProfanityOptions>({
  id: 'profanity',
  description: 'Reports swearing, vulgar slang and slurs, also in leetspeak and look-alike spellings, in a post and its alt texts and captions.',
  messages: {
    professional: '"{word}" is {kind}; on your professional presence it reads as unprofessional.',
    personal: '"{word}" is {kind}; your boss, clients and next interviewer read this too.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description: 'More words or phrases to report, e.g. "damn" or "hell" (whole words, any case; category "custom").',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Words or phrases whose matches are never reported, e.g. "Dick" for a colleague of that name.',
    },
  },
  // English, and the languages of rules/data/profanity-<code>.ts; texts in other languages reach it empty.
  languages: ['en', ...Object.keys(LANGUAGE_LISTS)],
  defaultSeverity: severities({
    professional: 'warning',
    personal: 'suggestion',
  }),
  check({ post, presence, options }) {
    const compiled = compiledFor(options);
    const messageId = presence.name === 'professional' ? 'professional' : 'personal';
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      for (const hit of findWords(segment, compiled)) {
        findings.push({
          messageId,
          field: segment.field,
          span: { start: hit.start, end: hit.end },
          data: { word: maskWord(segment.text.slice(hit.start, hit.end)), kind: KINDS[hit.category], category: hit.category },
        });
      }
    }
    return findings;
  },
});
