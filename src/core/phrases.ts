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

interface CompiledEntry {
  category: string;
  unless?: RegExp;
  requires?: RegExp;
  requiresInText?: RegExp;
}

/** A regex source that matches `phrase` literally, any whitespace between its words. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('\\s+');
}

function anyOf(sources: string[] | undefined): RegExp | undefined {
  if (!sources || sources.length === 0) return undefined;
  return new RegExp(`${WORD_BEFORE}(?:${sources.join('|')})${WORD_AFTER}`, 'iu');
}

function assertNoCaptures(source: string): void {
  const groups = new RegExp(`(?:${source})|`, 'u').exec('')!.length - 1;
  if (groups > 0) throw new Error(`phrase pattern must not capture: /${source}/`);
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
  private readonly pattern: RegExp | undefined;
  private readonly entries: CompiledEntry[] = [];
  private readonly allow: RegExp | undefined;

  constructor(entries: PhraseEntry[], extra: ExtraWords[] = [], allow: string[] = []) {
    const alternatives: string[] = [];
    const add = (source: string, entry: CompiledEntry): void => {
      assertNoCaptures(source);
      alternatives.push(`(?<p${this.entries.length}>${source})`);
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
    this.pattern = alternatives.length
      ? new RegExp(`${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`, FLAGS)
      : undefined;
    const allowed = allow.filter((w) => w.trim()).map(phraseSource);
    this.allow = allowed.length ? new RegExp(`${WORD_BEFORE}(?:${allowed.join('|')})${WORD_AFTER}`, FLAGS) : undefined;
  }

  /** Every match in `text`, left to right, without overlaps. */
  find(text: string): PhraseMatch[] {
    if (!this.pattern) return [];
    const re = this.pattern;
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
