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

/**
 * All the entries of one rule compiled into a single regular expression, so
 * a text is scanned once however long the list is.
 */
export class PhraseMatcher {
  private readonly source: string | undefined;
  private compiled: RegExp | undefined;
  /** Rules a text out cheaply; undefined when the list cannot be pre-checked. */
  private readonly prefilter: RegExp | undefined;
  private readonly entries: CompiledEntry[] = [];
  private readonly allow: RegExp | undefined;

  /**
   * @param options.prefilter set to false to always run the full pattern (for tests that compare the two)
   */
  constructor(entries: PhraseEntry[], extra: ExtraWords[] = [], allow: string[] = [], options: { prefilter?: boolean } = {}) {
    const alternatives: string[] = [];
    const sources: string[] = [];
    const add = (source: string, entry: CompiledEntry): void => {
      assertNoCaptures(source);
      alternatives.push(`(?<p${this.entries.length}>${source})`);
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
    // Compiling a long list costs milliseconds: it waits until a text gets
    // past the pre-check.
    this.source = alternatives.length ? `${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}` : undefined;
    this.prefilter = options.prefilter === false || !this.source ? undefined : prefilterOf(sources);
    const allowed = allow.filter((w) => w.trim()).map(phraseSource);
    this.allow = allowed.length ? new RegExp(`${WORD_BEFORE}(?:${allowed.join('|')})${WORD_AFTER}`, FLAGS) : undefined;
  }

  /** Every match in `text`, left to right, without overlaps. */
  find(text: string): PhraseMatch[] {
    if (!this.source) return [];
    if (this.prefilter && !this.prefilter.test(text)) return [];
    this.compiled ??= new RegExp(this.source, FLAGS);
    const re = this.compiled;
    const found: PhraseMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = { start: m.index, end: m.index + m[0].length };
      const entry = this.entryOf(m);
      if (entry && this.accepts(entry, text, span)) {
        found.push({ ...span, category: entry.category, text: m[0] });
      } else {
        // A vetoed match may hide a shorter one that starts later inside it.
        re.lastIndex = m.index + 1;
      }
    }
    return this.allow ? this.withoutAllowed(text, found) : found;
  }

  private entryOf(m: RegExpExecArray): CompiledEntry | undefined {
    const groups = m.groups!;
    for (const key in groups) {
      if (groups[key] !== undefined) return this.entries[Number(key.slice(1))];
    }
    return undefined;
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
