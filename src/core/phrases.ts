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

/** A context pattern, compiled the first time a match needs it. */
class LazyPattern {
  private compiled?: RegExp;
  constructor(private readonly source: string) {}
  test(text: string): boolean {
    this.compiled ??= new RegExp(this.source, 'iu');
    return this.compiled.test(text);
  }
}

interface CompiledEntry {
  category: string;
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
  return new LazyPattern(`${WORD_BEFORE}(?:${sources.join('|')})${WORD_AFTER}`);
}


/**
 * A cheap pre-check: a pattern of plain literals one of which every match of
 * the full pattern contains. Undefined when some entry has no such literal.
 */
function prefilterOf(sources: string[]): RegExp | undefined {
  const literals = new Set<string>();
  for (const source of sources) {
    const required = requiredLiterals(source);
    if (!required) return undefined;
    for (const literal of required) literals.add(literal);
  }
  // A literal that contains another one adds nothing: "shots" when "shot" is there.
  const sorted = [...literals].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of sorted) if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  return kept.length ? new RegExp(kept.map(escapeLiteral).join('|'), 'iu') : undefined;
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

/** Bounds of the sentence around a span: up to `.`, `!`, `?` or a line break. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !isSentenceEnd(text, start - 1)) start--;
  let end = span.end;
  while (end < text.length && !isSentenceEnd(text, end)) end++;
  return { start, end };
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c === '.' || c === '!' || c === '?') {
    const next = text[i + 1];
    return next === undefined || next === ' ' || next === '\n' || next === '\t';
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
}

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
  private readonly allow: RegExp | undefined;
  /** All the buckets' literals at once: most texts match none, and one test rules them out. */
  private readonly anyLiteral: RegExp | undefined;

  /**
   * @param options.prefilter set to false to skip the pre-checks (for tests that compare the two)
   */
  constructor(entries: PhraseEntry[], extra: ExtraWords[] = [], allow: string[] = [], options: { prefilter?: boolean } = {}) {
    const sources: string[] = [];
    const add = (source: string, entry: CompiledEntry): void => {
      assertNoCaptures(source);
      sources.push(source);
      this.entries.push(entry);
    };
    for (const e of entries) {
      add(e.match, {
        category: e.category,
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
    for (let first = 0; first < sources.length; first += BUCKET_ENTRIES) {
      const slice = sources.slice(first, first + BUCKET_ENTRIES);
      const alternatives = slice.map((source, i) => `(?<p${first + i}>${source})`);
      this.buckets.push({
        source: `${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`,
        prefilter: options.prefilter === false ? undefined : prefilterOf(slice),
      });
    }
    const allowed = allow.filter((w) => w.trim()).map(phraseSource);
    this.allow = allowed.length ? new RegExp(`${WORD_BEFORE}(?:${allowed.join('|')})${WORD_AFTER}`, FLAGS) : undefined;
    this.anyLiteral =
      this.buckets.length > 1 && this.buckets.every((b) => b.prefilter)
        ? new RegExp(this.buckets.map((b) => b.prefilter!.source).join('|'), 'iu')
        : undefined;
  }

  /** Every match in `text`, left to right, without overlaps. */
  find(text: string): PhraseMatch[] {
    if (this.anyLiteral && !this.anyLiteral.test(text)) return [];
    const active = this.buckets.filter((b) => !b.prefilter || b.prefilter.test(text));
    if (active.length === 0) return [];
    const next: (Candidate | null | undefined)[] = new Array(active.length);
    const found: PhraseMatch[] = [];
    let position = 0;
    for (;;) {
      let best: Candidate | undefined;
      for (let i = 0; i < active.length; i++) {
        let candidate = next[i];
        if (candidate === undefined || (candidate !== null && candidate.start < position)) {
          candidate = this.scan(active[i]!, text, position);
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

  /** The first accepted match of one bucket at or after `from`, or null. */
  private scan(bucket: Bucket, text: string, from: number): Candidate | null {
    bucket.compiled ??= new RegExp(bucket.source, FLAGS);
    const re = bucket.compiled;
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
      // A vetoed match may hide a shorter one that starts later inside it.
      re.lastIndex = m.index + 1;
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
