import { stemmer } from 'stemmer';
import { analyze, WORD } from '../src/core/post.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Finding, Presence, Segment } from '../src/core/types.js';
import { STOP_WORDS, VAGUE_WORDS } from './data/off-positioning.js';

/** Options of `off-positioning`. */
export type OffPositioningOptions = {
  minWords: number;
  extraTopics: string[];
};

/** What a presence's statement and topics say, as stems to look for. */
interface Compiled {
  /** Stems of every content word of the statement's slots, topics and extra topics. */
  stems: Set<string>;
  /** Stems of 4 letters or more, looked for inside one-word hashtags ("#petrescue"). */
  longStems: string[];
  /** The slots (role, field, audience) that have content words, as written. */
  slots: string[];
  /** The topics and extra topics that have content words, as written. */
  topics: string[];
}

/** The words of a hashtag or handle written in camel case or with underscores: `#AdoptDontShop`. */
const TAG_WORD = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|\p{N}+/gu;
const IGNORED = new Set([...STOP_WORDS, ...VAGUE_WORDS]);

/** Stems are cached: a stemmer call costs more than a map look-up, and posts repeat words. */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    // "shelter's" is "shelter"; other apostrophes ("don't") stay.
    stem = stemmer(word.replace(/['’]s$/, ''));
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** The content words of a statement slot or a topic, lower case. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => !IGNORED.has(w.replace(/['’]s$/, '')));
}

function compile(presence: Presence, extraTopics: string[]): Compiled | undefined {
  const positioning = presence.positioning;
  if (!positioning) return undefined;
  const stems = new Set<string>();
  const keep = (texts: string[]): string[] =>
    texts.filter((t) => {
      const words = contentWords(t);
      for (const w of words) stems.add(stemOf(w));
      return words.length > 0;
    });
  const slots = keep([positioning.role, positioning.field, positioning.audience]);
  const topics = keep([...new Set([...presence.topics, ...extraTopics].map((t) => t.trim()).filter(Boolean))]);
  if (stems.size === 0) return undefined;
  return { stems, longStems: [...stems].filter((s) => s.length >= 4), slots, topics };
}

/** Compiled statements per options (by `extraTopics`), then per presence object. */
const compiledFor = perOptions((_options: OffPositioningOptions) => new WeakMap<Presence, Compiled | null>());

function compiledOf(presence: Presence, options: OffPositioningOptions): Compiled | undefined {
  const byPresence = compiledFor(options);
  let compiled = byPresence.get(presence);
  if (compiled === undefined) {
    compiled = compile(presence, options.extraTopics ?? []) ?? null;
    byPresence.set(presence, compiled);
  }
  return compiled ?? undefined;
}

/** Calls `visit` with the words of a text outside links, mentions and hashtags until it returns true. */
function someProseWord(segment: Segment, visit: (word: string) => boolean): boolean {
  return analyze(segment).proseWords.some((w) => visit(w.text));
}

/** Whether a text has at least `min` prose words (counting stops there). */
function hasWords(segment: Segment, min: number): boolean {
  let count = 0;
  return min <= 0 || someProseWord(segment, () => ++count >= min);
}

/** Whether a text shares a stem with the statement, in its words, hashtags or handles. */
function connects(segment: Segment, compiled: Compiled): boolean {
  const has = (word: string) => compiled.stems.has(stemOf(word.toLowerCase()));
  if (someProseWord(segment, has)) return true;
  const analysis = analyze(segment);
  for (const tag of [...analysis.hashtags, ...analysis.mentions]) {
    const name = tag.text.slice(1);
    if ((name.match(TAG_WORD) ?? []).some(has)) return true;
    // "#petrescue", "#adoptdontshop": one word that holds the stem.
    const lower = name.toLowerCase();
    if (compiled.longStems.some((s) => lower.includes(s))) return true;
  }
  return false;
}

const quoted = (terms: string[]): string => terms.map((t) => `"${t}"`).join(', ');

/**
 * A post that shares no word stem with its presence's positioning statement
 * (role, field, audience) or topics.
 */
export default defineRule<OffPositioningOptions>({
  id: 'off-positioning',
  description: "Suggests a second look at a post that shares no word with the presence's positioning statement or topics.",
  messages: {
    offPositioning: 'Off-positioning: this post mentions none of {terms} (from "{statement}") — re-read it and decide.',
    offPositioningTopics:
      'Off-positioning: this post mentions none of {terms} (from "{statement}") nor the topics {topics} — re-read it and decide.',
  },
  options: {
    minWords: {
      type: 'number',
      default: 5,
      minimum: 0,
      integer: true,
      description: 'Posts whose body has fewer words than this (not counting links, mentions and hashtags) are not judged.',
    },
    extraTopics: {
      type: 'string[]',
      default: [],
      description: "More on-message words or phrases, besides the statement and the presence's `topics`; matched by word stem.",
    },
  },
  // Its words are English (rules/data); texts in other languages reach it empty.
  languages: ['en'],
  defaultSeverity: severities({ professional: 'suggestion', personal: 'off' }),
  check({ post, presence, options }) {
    const compiled = compiledOf(presence, options);
    if (!compiled) return [];
    const body = post.segments.find((s) => s.field === 'body');
    if (!body || !hasWords(body, options.minWords)) return [];
    // An alt text or a caption that names the field connects the post too.
    if (post.segments.some((s) => connects(s, compiled))) return [];
    const start = body.text.length - body.text.trimStart().length;
    const statement = presence.positioning!.statement;
    // A statement whose slots are all vague words ("for everyone") is named by its topics alone.
    const data = compiled.slots.length
      ? { terms: quoted(compiled.slots), statement }
      : { terms: quoted(compiled.topics), statement };
    const finding: Finding = compiled.topics.length && compiled.slots.length
      ? { messageId: 'offPositioningTopics', field: body.field, data: { ...data, topics: quoted(compiled.topics) } }
      : { messageId: 'offPositioning', field: body.field, data };
    finding.span = { start, end: body.text.trimEnd().length };
    return [finding];
  },
});
