import LinkifyIt, { type Match } from 'linkify-it';
import { native } from './native-regexp.js';
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
const HASHTAG = native(/(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/gu);
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
  private cachedProse?: Tag[];
  private linkCoverage?: (start: number, end: number) => boolean;

  constructor(readonly text: string) {}

  /** The text in lower case, for quick substring tests (never for offsets: lower-casing may change lengths). */
  get lower(): string {
    this.cachedLower ??= this.text.toLowerCase();
    return this.cachedLower;
  }

  /** URLs and bare domains (`happypaws.org/adopt`), not e-mail addresses. */
  get links(): Link[] {
    if (!this.cachedLinks) {
      const found = this.text.includes('.') ? findLinks(this.text) : [];
      this.cachedLinks = found
        .filter((m: Match) => m.schema !== 'mailto:')
        .map((m: Match) => ({ start: m.index, end: m.lastIndex, text: m.raw, host: hostOf(m.url) }));
    }
    return this.cachedLinks!;
  }

  /** The words of the text outside links, mentions and hashtags, left to right: what a reader counts as its prose. */
  get proseWords(): Tag[] {
    if (!this.cachedProse) {
      const text = this.text;
      const touches = coverage(text.length, [...(text.includes('.') ? this.links : []), ...this.mentions, ...this.hashtags]);
      const words: Tag[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
        const end = m.index + m[0].length;
        if (!touches(m.index, end)) words.push({ start: m.index, end, text: m[0] });
      }
      this.cachedProse = words;
    }
    return this.cachedProse;
  }

  /** Whether the character at `offset` is part of a link. */
  inLink(offset: number): boolean {
    this.linkCoverage ??= coverage(this.text.length, this.text.includes('.') ? this.links : []);
    return this.linkCoverage(offset, offset + 1);
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

/** A word: letters and digits, with an inner apostrophe ("what's"). Global: reset `lastIndex` before a loop of `exec`. */
export const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Whether a range of a text touches one of some spans, each answer in
 * constant time after one pass over the text: a word-by-word check against
 * every span would take time words x spans (quadratic on hostile input).
 */
export function coverage(length: number, spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const depth = new Int32Array(length + 1);
  for (const s of spans) {
    depth[s.start]!++;
    depth[s.end]!--;
  }
  // covered[i]: how many of the first i characters lie inside a span.
  const covered = new Uint32Array(length + 1);
  for (let i = 0, d = 0; i < length; i++) {
    d += depth[i]!;
    covered[i + 1] = covered[i]! + (d > 0 ? 1 : 0);
  }
  return (start, end) => covered[end]! > covered[start]!;
}

/**
 * A run of characters without whitespace longer than this is not searched
 * for links. Long enough for a paragraph of Chinese or Japanese, which has
 * no spaces between words (a link in it is still found); short enough that
 * linkify's quadratic time stays about 0.1 s a run on hostile input.
 */
const LONGEST_LINK = 8_192;
/**
 * What a run needs to hold a link: a dot before a letter or digit, as in a
 * host name (`x.com`, `1.2.3.4`), or the `//` of a scheme (`https://t`, cut
 * short by a retweet, is still a link to linkify).
 */
const MAY_LINK = native(/\.[\p{L}\p{N}]|\/\//u);

/**
 * linkify-it's matches in `text`, searched one run without whitespace at a
 * time (a link never holds whitespace), and only in the runs that may hold
 * one: most words of a post are not handed to linkify at all. Its time grows
 * with the square of a run (a megabyte of "http://x.com/..." takes minutes),
 * so a run longer than any real link ({@link LONGEST_LINK}) is not searched.
 */
function findLinks(text: string): Match[] {
  const found: Match[] = [];
  const run = /\S+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    if (m[0].length > LONGEST_LINK || !MAY_LINK.test(m[0])) continue;
    for (const link of linker().match(m[0]) ?? []) {
      link.index += m.index;
      link.lastIndex += m.index;
      found.push(link);
    }
  }
  return found;
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
