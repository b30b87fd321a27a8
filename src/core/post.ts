import LinkifyIt, { type Match } from 'linkify-it';
import type { Span } from './types.js';

/** A link found in text, with its host name in lower case (no `www.`). */
export interface Link extends Span {
  text: string;
  host: string;
}

/** A hashtag or mention with its sign, e.g. `#AdoptDontShop`, `@happypaws`. */
export interface Tag extends Span {
  text: string;
}

let linkify: LinkifyIt | undefined;

function linker(): LinkifyIt {
  linkify ??= new LinkifyIt(undefined, { fuzzyEmail: true, fuzzyLink: true });
  return linkify;
}

// A tag starts after a non-word character; `#` or `@` is followed by letters,
// digits or underscores (Unicode-aware, as platforms do).
const HASHTAG = /(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?/gu;

/**
 * Analysis of one piece of text shared by all rules. Each part is computed
 * the first time a rule asks for it, then kept.
 */
export class TextAnalysis {
  private cachedLower?: string;
  private cachedLinks?: Link[];
  private cachedHashtags?: Tag[];
  private cachedMentions?: Tag[];

  constructor(readonly text: string) {}

  /** The text in lower case, for quick substring tests (never for offsets: lower-casing may change lengths). */
  get lower(): string {
    this.cachedLower ??= this.text.toLowerCase();
    return this.cachedLower;
  }

  /** URLs and bare domains (`happypaws.org/adopt`), not e-mail addresses. */
  get links(): Link[] {
    if (!this.cachedLinks) {
      const found = this.text.includes('.') ? linker().match(this.text) ?? [] : [];
      this.cachedLinks = found
        .filter((m: Match) => m.schema !== 'mailto:')
        .map((m: Match) => ({ start: m.index, end: m.lastIndex, text: m.raw, host: hostOf(m.url) }));
    }
    return this.cachedLinks!;
  }

  get hashtags(): Tag[] {
    this.cachedHashtags ??= this.text.includes('#') ? collect(HASHTAG, this.text) : [];
    return this.cachedHashtags;
  }

  get mentions(): Tag[] {
    this.cachedMentions ??= this.text.includes('@') ? collect(MENTION, this.text) : [];
    return this.cachedMentions;
  }
}

function collect(pattern: RegExp, text: string): Tag[] {
  const tags: Tag[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    tags.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tags;
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url);
  return (match?.[1] ?? '').toLowerCase().replace(/^www\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/.*$/, '');
  return host === d || host.endsWith(`.${d}`);
}

const analyses = new WeakMap<object, TextAnalysis>();

/** The shared analysis of a segment, computed once per segment for all rules. */
export function analyze(segment: { text: string }): TextAnalysis {
  let analysis = analyses.get(segment);
  if (!analysis) {
    analysis = new TextAnalysis(segment.text);
    analyses.set(segment, analysis);
  }
  return analysis;
}
