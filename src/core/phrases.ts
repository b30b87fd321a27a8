import { ABBREVIATIONS } from './abbreviations.js';
import precomputed from './literals.generated.js';
import { nativeRegExp } from './native-regexp.js';
import { requiredLiterals } from './required-literals.js';
import type { Span } from './types.js';

/**
 * One entry of a rule's word list. Lists are data (see `rules/data/`); this
 * module turns them into one matcher per rule, compiled once.
 */
export interface PhraseEntry {
  /**
   * A regular expression source without capturing groups, matched
   * case-insensitively and only at word boundaries (the characters before
   * and after the match are not letters, digits or underscores).
   */
  match: string;
  /** What the match is an instance of, e.g. `travel`; used in messages. */
  category: string;
  /** Regex sources; a match is dropped when one of them occurs in the same sentence. */
  unless?: string[];
  /** Regex sources; a match is kept only when one of them occurs in the same sentence. */
  requires?: string[];
  /** Regex sources; a match is kept only when one of them occurs anywhere in the text. */
  requiresInText?: string[];
  /**
   * Regex sources matched case-SENSITIVELY against the matched text itself; a match is kept only when every one
   * matches ("NS" in capitals, a code in capitals). A match refused here does not hide a later entry at its place.
   */
  shape?: string[];
}

/** Extra words from the config: plain words and phrases, any case, whole words only. */
export interface ExtraWords {
  category: string;
  words: string[];
}

/** A reported match. */
export interface PhraseMatch extends Span {
  category: string;
  text: string;
}

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';
const FLAGS = 'giu';

/**
 * Context patterns by source: entries of a list often share one `unless`
 * list, and a pattern without the `g` flag keeps no state between tests.
 */
const contextPatterns = new Map<string, RegExp>();

/** A context pattern, compiled the first time a match needs it. */
class LazyPattern {
  private compiled?: RegExp;
  constructor(private readonly source: string) {}
  test(text: string): boolean {
    if (!this.compiled) {
      this.compiled = contextPatterns.get(this.source) ?? nativeRegExp(this.source, 'iu');
      contextPatterns.set(this.source, this.compiled);
    }
    return this.compiled.test(text);
  }
}

interface CompiledEntry {
  category: string;
  shape?: RegExp[];
  unless?: LazyPattern;
  requires?: LazyPattern;
  requiresInText?: LazyPattern;
}

/** `text` as a pattern that matches it literally (valid with the `u` flag, which refuses `\-`). */
function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source that matches `phrase` literally, any whitespace between its words. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeLiteral)
    .join('\\s+');
}

function anyOf(sources: string[] | undefined): LazyPattern | undefined {
  if (!sources || sources.length === 0) return undefined;
  return new LazyPattern(anyWordSource(sources));
}

/** A list source that is a plain stem and `\p{L}*` ("vaccin\p{L}*"): the stem. */
const STEM_AND_LETTERS = /^([A-Za-z0-9'’-]+)\\p\{L\}\*$/;

/**
 * The source of a pattern that tells whether any of `sources` occurs as
 * whole words (case-insensitive, with `u`), for `test` only: it finds a
 * match exactly where `(?<!…)(?:${sources.join('|')})(?!…)` does, but it
 * may try the alternatives in another order, so the match it reports may
 * differ. The stems that end in `\p{L}*` share one `\p{L}*`: V8 compiles
 * each `\p{L}` of a case-insensitive pattern into a large table of
 * ranges (about 0.3 ms apiece), and some context lists hold thirty.
 */
export function anyWordSource(sources: readonly string[]): string {
  const stems: string[] = [];
  const rest: string[] = [];
  for (const source of sources) {
    const stem = STEM_AND_LETTERS.exec(source)?.[1];
    if (stem) stems.push(stem);
    else rest.push(source);
  }
  if (stems.length > 1) rest.push(`(?:${stems.join('|')})\\p{L}*`);
  else if (stems.length === 1) rest.push(`${stems[0]}\\p{L}*`);
  return `${WORD_BEFORE}(?:${rest.join('|')})${WORD_AFTER}`;
}


/**
 * The plain literals one of which every match of the patterns contains (in
 * lower case), or undefined when some pattern has no such literal.
 */
function literalsOf(sources: string[]): string[] | undefined {
  const literals = new Set<string>();
  for (const source of sources) {
    const known = precomputed.get(source);
    const required = known === undefined ? requiredLiterals(source) : (known ?? undefined);
    if (!required) return undefined;
    for (const literal of required) literals.add(literal);
  }
  // A literal that contains another one adds nothing: "shots" when "shot" is there.
  const sorted = [...literals].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of sorted) if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  return kept.length ? kept : undefined;
}

/**
 * The text folded for a search of ASCII literals without the `i` flag: in
 * lower case, and with the two letters that case-fold to ASCII under `/iu`
 * but stay apart in lower case (long s, and the Kelvin sign, which
 * `toLowerCase` already maps to k) made ASCII. Lower-casing may change the
 * length, so the folded text is only searched for whether a literal occurs.
 */
export function foldForLiterals(text: string): string {
  // Every matcher of every rule asks for the same text in turn: keep the last one.
  if (text === lastText) return lastFolded;
  const lower = text.toLowerCase();
  lastText = text;
  lastFolded = lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
  return lastFolded;
}
let lastText = '';
let lastFolded = '';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * One search for the literals of every bucket: which buckets a text may
 * match, in one pass over the folded text instead of one test per bucket.
 * Only for ASCII literals, for which folding is exact.
 */
class LiteralIndex {
  private readonly pattern: RegExp;
  /** By literal: the buckets it lets through, with those of the literals that are prefixes of it (found at the same place). */
  private readonly buckets = new Map<string, number[]>();

  constructor(literalsByBucket: readonly (readonly string[])[]) {
    const owners = new Map<string, Set<number>>();
    literalsByBucket.forEach((literals, bucket) => {
      for (const literal of literals) {
        if (!owners.has(literal)) owners.set(literal, new Set());
        owners.get(literal)!.add(bucket);
      }
    });
    // Longest first: at one place the alternation reports the longest literal;
    // the others there are its prefixes, whose buckets it carries.
    const all = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const literal of all) {
      const buckets = new Set<number>();
      for (let length = 1; length <= literal.length; length++) {
        for (const b of owners.get(literal.slice(0, length)) ?? []) buckets.add(b);
      }
      this.buckets.set(literal, [...buckets]);
    }
    this.pattern = nativeRegExp(all.map(escapeLiteral).join('|'), 'g');
  }

  static accepts(literals: readonly string[]): boolean {
    return literals.every((l) => ASCII.test(l));
  }

  /** Marks in `active` the buckets whose literals occur in `folded`; whether any does. */
  mark(folded: string, active: Uint8Array): boolean {
    const re = this.pattern;
    let any = false;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      for (const b of this.buckets.get(m[0])!) active[b] = 1;
      any = true;
      re.lastIndex = m.index + 1;
    }
    return any;
  }
}

/**
 * Throws when a list entry has a capturing group, which would shift the
 * numbering of the combined pattern. A syntactic scan: compiling every entry
 * on its own just to count its groups costs more than the whole lint of a post.
 */
export function assertNoCaptures(source: string): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') throw new Error(`phrase pattern must not capture: /${source}/`);
    else if (c === '(' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      throw new Error(`phrase pattern must not capture: /${source}/`);
    }
  }
}

/**
 * How far a sentence reaches on each side of a span, in UTF-16 units. Real
 * sentences are far shorter; without a bound, a megabyte with no full stop
 * was one sentence, scanned again for every match in it (quadratic: a 1.5 MB
 * post took over three minutes).
 */
export const MAX_SENTENCE_REACH = 1000;

/** Bounds of the sentence around a span: up to `.`, `!`, `?` or a line break, and at most {@link MAX_SENTENCE_REACH} either side. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  const low = Math.max(0, span.start - MAX_SENTENCE_REACH);
  while (start > low && !isSentenceEnd(text, start - 1)) start--;
  let end = span.end;
  const high = Math.min(text.length, span.end + MAX_SENTENCE_REACH);
  while (end < high && !isSentenceEnd(text, end)) end++;
  return { start, end };
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c === '.' || c === '!' || c === '?') {
    const next = text[i + 1];
    if (!(next === undefined || next === ' ' || next === '\n' || next === '\t')) return false;
    // "Dr. Huber", "Tel. +43 662 ...": the full stop of an abbreviation, followed by more of the sentence, ends nothing.
    if (c === '.' && next === ' ') {
      let k = i;
      while (k > 0 && /[A-Za-zÀ-ÿ]/.test(text[k - 1]!)) k--;
      if (k < i && (k === 0 || !/[A-Za-zÀ-ÿ0-9]/.test(text[k - 1]!)) && ABBREVIATIONS.has(text.slice(k, i).toLowerCase())) return false;
    }
    return true;
  }
  return false;
}

/** Entries per bucket: small enough that a text compiles only the patterns it may match. */
const BUCKET_ENTRIES = 8;

/** A slice of a list, with its own pre-check and its own lazily compiled pattern. */
interface Bucket {
  source: string;
  /** Rules a text out cheaply; undefined when an entry of the bucket cannot be pre-checked. */
  prefilter: RegExp | undefined;
  compiled?: RegExp;
  /**
   * For a bucket whose entries' literals are ASCII: each entry's alternative
   * (`(?<pN>...)`) and the literals one of which its matches contain
   * (undefined when it has none), to compile only the entries a text's
   * literals let through (see {@link PhraseMatcher.patternFor}).
   */
  parts?: { alternative: string; literals: readonly string[] | undefined }[];
  /** Patterns of some of the entries, by which entries ("0101..."); see {@link PhraseMatcher.patternFor}. */
  partial?: Map<string, RegExp>;
  /** The indices of the bucket's entries, in the order of its alternation (ascending). */
  members: readonly number[];
}

/** Whether a text may match each bucket, as the pre-checks say: 1 to scan it. */
type BucketMask = Uint8Array;

/** A match together with the index of the entry that made it, for ordering across buckets. */
interface Candidate extends PhraseMatch {
  entry: number;
}

/**
 * The entries of one rule, compiled into a few regular expressions. Each
 * bucket of entries is pre-checked by the literals its matches must contain,
 * and compiled only when a text gets past that check, so a post costs only
 * the patterns it may match. Matches are what one alternation of all the
 * entries would find: leftmost first, the earlier entry first at the same
 * place, without overlaps.
 */
export class PhraseMatcher {
  private readonly buckets: Bucket[] = [];
  private readonly entries: CompiledEntry[] = [];
  /** Each entry's pattern source, by entry index. */
  private readonly sources: string[] = [];
  private readonly allow: RegExp | undefined;
  /** Without a literal index: all the buckets' literals at once; most texts match none, and one test rules them out. */
  private readonly anyLiteral: RegExp | undefined;
  /** The buckets' literals in one search over the folded text, when they are all ASCII. */
  private readonly literalIndex: LiteralIndex | undefined;
  /** Buckets without a pre-check, scanned on every text. */
  private readonly unfiltered: BucketMask;
  private readonly anyUnfiltered: boolean;

  /**
   * @param options.prefilter set to false to skip the pre-checks (for tests that compare the two)
   */
  constructor(entries: PhraseEntry[], extra: ExtraWords[] = [], allow: string[] = [], options: { prefilter?: boolean } = {}) {
    const sources = this.sources;
    const add = (source: string, entry: CompiledEntry): void => {
      // The built-in lists' patterns were checked by the build (scripts/build-literals.mjs).
      if (!precomputed.has(source)) assertNoCaptures(source);
      sources.push(source);
      this.entries.push(entry);
    };
    for (const e of entries) {
      add(e.match, {
        category: e.category,
        ...(e.shape?.length ? { shape: e.shape.map((source) => new RegExp(source, 'u')) } : {}),
        unless: anyOf(e.unless),
        requires: anyOf(e.requires),
        requiresInText: anyOf(e.requiresInText),
      });
    }
    for (const group of extra) {
      for (const word of group.words) {
        if (word.trim()) add(phraseSource(word), { category: group.category });
      }
    }
    const literalsByBucket: (string[] | undefined)[] = [];
    // The entries without literals of their own go into buckets of their own, at the end: one of them in a bucket
    // leaves the whole bucket without a pre-check, scanned on every text (a flight number with a seat has no fixed
    // word). A bucket's entries are scanned as one alternation, but buckets are merged by place and entry, so which
    // bucket holds an entry changes no match.
    const own = options.prefilter === false ? [] : sources.map((source) => literalsOf([source]));
    const indices = sources.map((_, i) => i);
    const order = options.prefilter === false ? indices : [...indices.filter((i) => own[i] !== undefined), ...indices.filter((i) => own[i] === undefined)];
    for (let first = 0; first < order.length; first += BUCKET_ENTRIES) {
      const members = order.slice(first, first + BUCKET_ENTRIES);
      const slice = members.map((i) => sources[i]!);
      const alternatives = slice.map((source, i) => `(?<p${members[i]}>${source})`);
      const literals = options.prefilter === false ? undefined : literalsOf(slice);
      literalsByBucket.push(literals);
      const entryLiterals = options.prefilter === false ? [] : members.map((i) => own[i]);
      this.buckets.push({
        members,
        source: `${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`,
        prefilter: literals ? new RegExp(literals.map(escapeLiteral).join('|'), 'iu') : undefined,
        ...(slice.length > 1 && entryLiterals.some((l) => l !== undefined) && entryLiterals.every((l) => l === undefined || LiteralIndex.accepts(l))
          ? { parts: alternatives.map((alternative, i) => ({ alternative, literals: entryLiterals[i] })) }
          : {}),
      });
    }
    this.unfiltered = Uint8Array.from(this.buckets, (b) => (b.prefilter ? 0 : 1));
    this.anyUnfiltered = this.unfiltered.includes(1);
    const filtered = literalsByBucket.map((l) => l ?? []);
    this.literalIndex = filtered.every((l) => LiteralIndex.accepts(l)) && filtered.some((l) => l.length) ? new LiteralIndex(filtered) : undefined;
    const allowed = allow.filter((w) => w.trim()).map(phraseSource);
    this.allow = allowed.length ? nativeRegExp(`${WORD_BEFORE}(?:${allowed.join('|')})${WORD_AFTER}`, FLAGS) : undefined;
    this.anyLiteral =
      !this.literalIndex && this.buckets.length > 1 && this.buckets.every((b) => b.prefilter)
        ? nativeRegExp(this.buckets.map((b) => b.prefilter!.source).join('|'), 'iu')
        : undefined;
  }

  /** Every match in `text`, left to right, without overlaps. */
  find(text: string): PhraseMatch[] {
    let active: Bucket[];
    if (this.literalIndex) {
      const mask = this.unfiltered.slice();
      if (!this.literalIndex.mark(foldForLiterals(text), mask) && !this.anyUnfiltered) return [];
      active = this.buckets.filter((_, i) => mask[i]);
    } else {
      if (this.anyLiteral && !this.anyLiteral.test(text)) return [];
      active = this.buckets.filter((b) => !b.prefilter || b.prefilter.test(text));
    }
    if (active.length === 0) return [];
    const patterns = active.map((bucket) => this.patternFor(bucket, text));
    const next: (Candidate | null | undefined)[] = new Array(active.length);
    const found: PhraseMatch[] = [];
    let position = 0;
    for (;;) {
      let best: Candidate | undefined;
      for (let i = 0; i < active.length; i++) {
        let candidate = next[i];
        if (candidate === undefined || (candidate !== null && candidate.start < position)) {
          candidate = this.scan(patterns[i]!, active[i]!, text, position);
          next[i] = candidate;
        }
        if (candidate && (!best || candidate.start < best.start || (candidate.start === best.start && candidate.entry < best.entry))) {
          best = candidate;
        }
      }
      if (!best) break;
      found.push({ start: best.start, end: best.end, category: best.category, text: best.text });
      position = best.end;
    }
    return this.allow ? this.withoutAllowed(text, found) : found;
  }

  /**
   * The pattern to scan `text` with for one bucket. Compiling a bucket's
   * pattern is most of the cost of a cold run (a few milliseconds for each
   * of its entries), and a text's literals usually let one or two of its
   * eight entries through: the first text that reaches a bucket, and any
   * later text with the same entries let through (an edited post), get a
   * pattern of just those entries, and a text with other entries the
   * whole bucket's, kept for every text after it. An entry left out cannot
   * match (every match of it contains one of its literals, which the text
   * lacks), and the others keep their order and group names, so the
   * matches are those of the whole bucket's pattern.
   */
  private patternFor(bucket: Bucket, text: string): RegExp {
    if (bucket.compiled) return bucket.compiled;
    if (bucket.parts) {
      const folded = foldForLiterals(text);
      let key = '';
      for (const part of bucket.parts) key += !part.literals || part.literals.some((l) => folded.includes(l)) ? '1' : '0';
      if (key.includes('0') && key.includes('1')) {
        const known = bucket.partial?.get(key);
        if (known) return known;
        if (!bucket.partial) {
          const kept = bucket.parts.filter((_, i) => key[i] === '1').map((part) => part.alternative);
          const re = nativeRegExp(`${WORD_BEFORE}(?:${kept.join('|')})${WORD_AFTER}`, FLAGS);
          bucket.partial = new Map([[key, re]]);
          return re;
        }
      }
    }
    bucket.partial = undefined;
    bucket.compiled = nativeRegExp(bucket.source, FLAGS);
    return bucket.compiled;
  }

  /** The first accepted match of a bucket's pattern (`re`) at or after `from`, or null. */
  private scan(re: RegExp, bucket: Bucket, text: string, from: number): Candidate | null {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = { start: m.index, end: m.index + m[0].length };
      const index = this.entryIndex(m);
      const entry = this.entries[index];
      if (entry && this.accepts(entry, text, span)) return { ...span, category: entry.category, text: m[0], entry: index };
      // A vetoed entry may hide a later entry of the bucket that matches at the same place ("told work I was sick"
      // refused by its context, "sick" accepted by its own); then a shorter match that starts later inside it.
      const hidden = this.laterAt(bucket, index, text, m.index);
      if (hidden) return hidden;
      re.lastIndex = m.index + 1;
    }
    return null;
  }

  /** Sticky patterns of single entries, compiled when a veto first needs them. */
  private readonly single = new Map<number, RegExp>();

  /** The first entry of `bucket` after `index` that matches at `at` and is accepted there, or null. */
  private laterAt(bucket: Bucket, index: number, text: string, at: number): Candidate | null {
    for (const k of bucket.members) {
      if (k <= index) continue;
      let re = this.single.get(k);
      if (!re) {
        re = nativeRegExp(`${WORD_BEFORE}(?:${this.sources[k]!})${WORD_AFTER}`, 'iuy');
        this.single.set(k, re);
      }
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      const span = { start: at, end: at + m[0].length };
      if (this.accepts(this.entries[k]!, text, span)) return { ...span, category: this.entries[k]!.category, text: m[0], entry: k };
    }
    return null;
  }

  private entryIndex(m: RegExpExecArray): number {
    const groups = m.groups!;
    for (const key in groups) {
      if (groups[key] !== undefined) return Number(key.slice(1));
    }
    return -1;
  }

  private accepts(entry: CompiledEntry, text: string, span: Span): boolean {
    if (entry.shape) {
      const matched = text.slice(span.start, span.end);
      if (entry.shape.some((re) => !re.test(matched))) return false;
    }
    if (entry.requiresInText && !entry.requiresInText.test(text)) return false;
    if (!entry.unless && !entry.requires) return true;
    const bounds = sentenceAround(text, span);
    const sentence = text.slice(bounds.start, bounds.end);
    if (entry.unless?.test(sentence)) return false;
    if (entry.requires && !entry.requires.test(sentence)) return false;
    return true;
  }

  private withoutAllowed(text: string, found: PhraseMatch[]): PhraseMatch[] {
    const allowed: Span[] = [];
    const re = this.allow!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      allowed.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
    return found.filter((f) => !allowed.some((a) => a.start < f.end && f.start < a.end));
  }
}
