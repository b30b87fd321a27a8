/**
 * The reading layer: a post's text read once, the way a careful person
 * reads it, so that every rule can ask the same questions of a span: is it
 * denied, asked, wished or compared; quoted or a title; about the author,
 * their family or someone else; news or history? Computed lazily (only a
 * rule that found a trigger asks) and cached by text. Pure.
 */
import { lemmaCandidates } from './lemmas.js';
import { tokenize, type Token } from './tokens.js';
import { ENGLISH, type ReadingWords } from './words-en.js';

/** Who a clause is about. `unknown` when nothing says (most often the author, with the subject left out). */
export type About = 'author' | 'family' | 'other' | 'unknown';

/** How a clause is meant. */
export type Mode = 'real' | 'question' | 'irrealis';

/** What the reading layer says of one span, and the words that made it say so. */
export interface Cues {
  /** A negation reaches the span: "not hungover", "never drank", "no hangover". */
  negated: boolean;
  mode: Mode;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Part of a title: "watching The Hangover", a capitalised run after "the song". */
  title: boolean;
  /** A comparison or simile: "feels like", "as if", "like". */
  comparison: boolean;
  about: About;
  /** News, history or research: "a study says", "in 1969". */
  news: boolean;
  /** The words behind each cue, for the finding's `cues`: `negated:not`, `about:other:coworker`. */
  evidence: string[];
}

/** A sentence or a clause: a range of token indexes, [from, to). */
export interface Range {
  from: number;
  to: number;
}

/** A text, read. */
export interface Reading {
  text: string;
  tokens: Token[];
  sentences: Range[];
  /** The index of the token that holds (or follows) a UTF-16 offset. */
  tokenAt(offset: number): number;
  /** The sentence that holds a token. */
  sentenceOf(token: number): Range;
  /** The clause that holds a token (a sentence cut at commas, semicolons and "but", "because" ...). */
  clauseOf(token: number): Range;
  /** The cues of the span [start, end) of the text. */
  cues(start: number, end: number): Cues;
  /** Whether a token is a form of one of these lemmas. */
  isForm(token: number, lemmas: ReadonlySet<string>): boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);

interface Compiled {
  words: ReadingWords;
  negation: Set<string>;
  scopeBreak: Set<string>;
  irrealis: Set<string>;
  titleCues: Set<string>;
  firstPerson: Set<string>;
  family: Set<string>;
  otherPeople: Set<string>;
  otherPronouns: Set<string>;
  newsFrame: Set<string>;
  clauseBreak: Set<string>;
}

function compile(words: ReadingWords): Compiled {
  return {
    words,
    negation: new Set(words.negation),
    scopeBreak: new Set(words.scopeBreak),
    irrealis: new Set(words.irrealis),
    titleCues: new Set(words.titleCues),
    firstPerson: new Set(words.firstPerson),
    family: new Set(words.family),
    otherPeople: new Set(words.otherPeople),
    otherPronouns: new Set(words.otherPronouns),
    newsFrame: new Set(words.newsFrame),
    clauseBreak: new Set(words.clauseBreak),
  };
}

const EN = compile(ENGLISH);

/** Whether the norms of `tokens` from `at` spell `phrase`. */
function spells(tokens: readonly Token[], at: number, phrase: readonly string[], limit: number): boolean {
  if (at + phrase.length > limit) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]!.norm !== phrase[k]) return false;
  return true;
}

function sentencesOf(text: string, tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    const ends = (t.kind === 'punct' && SENTENCE_END.has(t.text) && !(next && next.kind === 'punct' && SENTENCE_END.has(next.text))) || lineBreak;
    if (ends || i + 1 - from >= MAX_SENTENCE_TOKENS) {
      out.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

/**
 * The most tokens one sentence holds: a longer run without a full stop is
 * cut here. Real sentences are far shorter (a tweet is 20 to 40 tokens); a
 * megabyte without one was one "sentence", which every rule reading the
 * sentence around each match read again, in quadratic time (a 110,000-character
 * post took 18 s).
 */
const MAX_SENTENCE_TOKENS = 150;

/** How many tokens either side of a span its cues look at, at most. */
const REACH = 200;

/** A year before this one reads as history ("in 1969"); sessions live in the present. */
const PAST_YEAR = /^(?:1[5-9]\d\d|20[01]\d)$/;

class TextReading implements Reading {
  readonly tokens: Token[];
  readonly sentences: Range[];
  private readonly sentenceIndex: Int32Array;
  private readonly clauses = new Map<number, Range[]>();

  constructor(
    readonly text: string,
    private readonly w: Compiled,
  ) {
    this.tokens = tokenize(text);
    this.sentences = sentencesOf(text, this.tokens);
    this.sentenceIndex = new Int32Array(this.tokens.length);
    this.sentences.forEach((s, n) => this.sentenceIndex.fill(n, s.from, s.to));
  }

  tokenAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  sentenceOf(token: number): Range {
    return this.sentences[this.sentenceIndex[Math.min(token, this.tokens.length - 1)] ?? 0] ?? { from: 0, to: this.tokens.length };
  }

  clauseOf(token: number): Range {
    const n = this.sentenceIndex[Math.min(token, this.tokens.length - 1)] ?? 0;
    let clauses = this.clauses.get(n);
    if (!clauses) {
      const s = this.sentenceOf(token);
      clauses = [];
      let from = s.from;
      for (let i = s.from; i < s.to; i++) {
        const t = this.tokens[i]!;
        const cut = (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '(' || t.text === ')')) || (t.kind === 'word' && this.w.clauseBreak.has(t.norm) && i > from);
        if (cut) {
          if (i > from) clauses.push({ from, to: i });
          from = t.kind === 'punct' ? i + 1 : i;
        }
      }
      if (from < s.to) clauses.push({ from, to: s.to });
      if (clauses.length === 0) clauses.push(s);
      this.clauses.set(n, clauses);
    }
    // By halves: a long sentence may have thousands of clauses.
    let low = 0;
    let high = clauses.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (clauses[mid]!.from <= token) low = mid;
      else high = mid - 1;
    }
    const found = clauses[low]!;
    return token >= found.from && token < found.to ? found : (clauses.find((c) => token >= c.from && token < c.to) ?? clauses.at(-1)!);
  }

  /** The forms each token may be an inflection of, worked out once per token: rules ask many lists of the same words. */
  private readonly forms: (string[] | undefined)[] = [];

  isForm(token: number, lemmas: ReadonlySet<string>): boolean {
    const t = this.tokens[token];
    if (!t) return false;
    let forms = this.forms[token];
    if (!forms) {
      forms = lemmaCandidates(t.norm);
      if (t.short !== t.norm) forms = [...forms, ...lemmaCandidates(t.short)];
      this.forms[token] = forms;
    }
    for (const form of forms) if (lemmas.has(form)) return true;
    return false;
  }

  cues(start: number, end: number): Cues {
    const tokens = this.tokens;
    const first = Math.min(this.tokenAt(start), Math.max(0, tokens.length - 1));
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    // A sentence or clause is read at most REACH tokens either side of the span: a megabyte without a full stop is one
    // "sentence", and reading all of it for every match in it was quadratic.
    const clip = (r: Range): Range => ({ from: Math.max(r.from, first - REACH), to: Math.min(r.to, last + 1 + REACH) });
    const sentence = clip(this.sentenceOf(first));
    const clause = clip(this.clauseOf(first));
    const evidence: string[] = [];
    const cue = (name: string, word: string): true => {
      evidence.push(`${name}:${word}`);
      return true;
    };
    return {
      negated: this.negated(sentence, clause, first, last, cue),
      mode: this.mode(sentence, clause, first, cue),
      quoted: this.quoted(first, last, sentence) && cue('quoted', 'quotation marks'),
      title: this.title(sentence, first, last, cue),
      comparison: this.comparison(clause, first, cue),
      about: this.about(sentence, clause, first, cue),
      news: this.news(sentence, cue),
      evidence,
    };
  }

  /** A negation cue in the span's clause before it (or the sentence's start before it), with no scope break between. */
  private negated(sentence: Range, clause: Range, first: number, last: number, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    const from = Math.max(sentence.from, first - 6);
    for (let i = first - 1; i >= from; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') break;
      if (i < clause.from && w.scopeBreak.has(t.norm)) break;
      if (t.kind === 'word' && w.scopeBreak.has(t.norm) && t.norm !== 'so') break;
      if (w.words.notNegation.some((p) => spells(tokens, i, p, sentence.to))) continue;
      if (w.negation.has(t.norm)) return cue('negated', t.norm);
      const phrase = w.words.negationPhrases.find((p) => spells(tokens, i, p, sentence.to));
      if (phrase) return cue('negated', phrase.join(' '));
    }
    // Inside the span: "no hangover", "zero drinks".
    for (let i = first; i < last; i++) {
      const t = tokens[i]!;
      if (w.negation.has(t.norm) && !w.words.notNegation.some((p) => spells(tokens, i, p, sentence.to))) return cue('negated', t.norm);
    }
    // Right after, in the same sentence: "hungover? nope", "drunk, not".
    const after = tokens[last + 1];
    const after2 = tokens[last + 2];
    if (after && last + 1 < sentence.to && (after.norm === 'not' || after.norm === 'nope')) return cue('negated', after.norm);
    if (after?.text === '?' && after2 && (after2.norm === 'nope' || after2.norm === 'not' || after2.norm === 'no' || after2.norm === 'never')) return cue('negated', after2.norm);
    return false;
  }

  private mode(sentence: Range, clause: Range, first: number, cue: (n: string, w: string) => true): Mode {
    const { tokens, w } = this;
    for (let i = Math.max(sentence.from, first - 8); i < first; i++) {
      const t = tokens[i]!;
      if (w.irrealis.has(t.norm)) {
        cue('irrealis', t.norm);
        return 'irrealis';
      }
      const phrase = w.words.irrealisPhrases.find((p) => spells(tokens, i, p, first));
      if (phrase) {
        cue('irrealis', phrase.join(' '));
        return 'irrealis';
      }
    }
    const lastToken = tokens[sentence.to - 1];
    if (lastToken?.text === '?' || tokens.slice(clause.from, clause.to).some((t) => t.text === '?')) {
      cue('question', '?');
      return 'question';
    }
    return 'real';
  }

  /** Between quotation marks opened before the span and closed after it, in its sentence. */
  private quoted(first: number, last: number, sentence: Range): boolean {
    const { tokens } = this;
    const isOpen = (t: Token) => t.text === '"' || t.text === '“' || t.text === '«';
    const isClose = (t: Token) => t.text === '"' || t.text === '”' || t.text === '»';
    let opened = false;
    for (let i = sentence.from; i < first; i++) {
      const t = tokens[i]!;
      if (opened && isClose(t)) opened = false;
      else if (!opened && isOpen(t)) opened = true;
    }
    if (!opened) return false;
    for (let i = last + 1; i < sentence.to; i++) if (isClose(tokens[i]!)) return true;
    return false;
  }

  /** A capitalised run holding the span, after a title cue ("watching The Hangover", "song Tequila Sunrise"), or a capitalised run of two or more words mid-sentence. */
  private title(sentence: Range, first: number, last: number, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.norm !== 'i' && t.text !== t.text.toUpperCase();
    if (!capital(tokens[first])) return false;
    let from = first;
    while (from - 1 >= sentence.from && (capital(tokens[from - 1]) || (tokens[from - 1]!.norm === 'the' && /^T/.test(tokens[from - 1]!.text)))) from--;
    let to = last;
    while (to + 1 < sentence.to && capital(tokens[to + 1])) to++;
    const before = tokens[from - 1];
    if (before && w.titleCues.has(before.norm)) return cue('title', before.norm);
    // "by <Artist>" after the run: a song.
    if (tokens[to + 1]?.norm === 'by' && (capital(tokens[to + 2]) || (tokens[to + 2]?.norm === 'the' && capital(tokens[to + 3])))) return cue('title', 'by');
    // A capitalised run of two or more words that does not open the sentence: "The Hangover Part II".
    if (to - from >= 1 && from > sentence.from && !this.allCaps(sentence)) return cue('title', 'capitalised run');
    return false;
  }

  private allCaps(sentence: Range): boolean {
    // A sentence Written In Title Case throughout is how some people write, not a title.
    let words = 0;
    let capitals = 0;
    for (let i = sentence.from; i < sentence.to; i++) {
      const t = this.tokens[i]!;
      if (t.kind !== 'word') continue;
      words++;
      if (/^\p{Lu}/u.test(t.text)) capitals++;
    }
    return words >= 3 && capitals / words > 0.7;
  }

  private comparison(clause: Range, first: number, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    for (let i = Math.max(clause.from, first - 4); i < first; i++) {
      const phrase = w.words.comparison.find((p) => spells(tokens, i, p, first));
      // "like" as a verb ("I like beer") or a filler ("like 5 shots") is not a comparison of the trigger.
      if (phrase && !(phrase.length === 1 && phrase[0] === 'like' && (this.isLikeVerb(i) || tokens[i + 1]?.kind === 'number'))) return cue('comparison', phrase.join(' '));
    }
    return false;
  }

  private isLikeVerb(i: number): boolean {
    const before = this.tokens[i - 1]?.norm;
    return before !== undefined && ['i', 'we', 'you', 'they', "don't", 'do', 'would', "i'd", 'really', 'totally'].includes(before);
  }

  /**
   * Who the span's clause is about: the nearest subject before the span in
   * its clause (then its sentence): "I", "we" and "my" + a thing are the
   * author; "my mum" the author's family; "my coworker", "he", a name
   * someone else. "Jo and I" is the author. Nothing is `unknown`.
   */
  private about(sentence: Range, clause: Range, first: number, cue: (n: string, w: string) => true): About {
    const { tokens, w } = this;
    const look = (from: number, to: number): About => {
      let found: About = 'unknown';
      let word = '';
      for (let i = to - 1; i >= from; i--) {
        const t = tokens[i]!;
        const n = t.norm;
        const owner = tokens[i - 1]?.norm;
        const possessed = owner === 'my' || owner === 'our' || owner === 'mine';
        if (w.family.has(n) || w.family.has(n.replace(/'s$/, ''))) {
          found = possessed || i === from ? 'family' : 'other';
          word = n;
          if (found === 'family') break;
          continue;
        }
        if (w.otherPeople.has(n) || w.otherPeople.has(n.replace(/'s$/, ''))) {
          found = 'other';
          word = n;
          break;
        }
        if (w.firstPerson.has(n)) {
          found = 'author';
          word = n;
          break;
        }
        if (w.otherPronouns.has(n)) {
          found = 'other';
          word = n;
          break;
        }
      }
      if (found === 'other') {
        // "my coworker and I", "me and my friends", "Jo and I": the author is in it too.
        for (let i = from; i < to; i++) {
          const n = tokens[i]!.norm;
          if ((n === 'i' || n === 'we' || n === 'me') && (tokens[i - 1]?.norm === 'and' || tokens[i + 1]?.norm === 'and' || n === 'we')) {
            cue('about', `author:${n}`);
            return 'author';
          }
        }
      }
      if (found !== 'unknown') cue('about', `${found}:${word}`);
      return found;
    };
    const inClause = look(clause.from, first);
    if (inClause !== 'unknown') return inClause;
    const inSentence = look(sentence.from, clause.from);
    if (inSentence !== 'unknown') return inSentence;
    // A name opening the clause ("Jess got so drunk"): a capitalised word that is not a sentence's usual first word.
    const head = tokens[clause.from];
    const verb = tokens[clause.from + 1];
    if (head && verb && head.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(head.text) && /^(?:got|gets|is|was|has|had|and|just|drank|went|threw|told|said|did|does)$/.test(verb.norm) && clause.from !== sentence.from) {
      cue('about', `other:${head.norm}`);
      return 'other';
    }
    return 'unknown';
  }

  private news(sentence: Range, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    for (let i = sentence.from; i < sentence.to; i++) {
      const t = tokens[i]!;
      if (w.newsFrame.has(t.norm)) return cue('news', t.norm);
      if (t.kind === 'number' && PAST_YEAR.test(t.norm) && (tokens[i - 1]?.norm === 'in' || tokens[i - 1]?.norm === 'since')) return cue('news', `in ${t.norm}`);
    }
    return false;
  }
}

/** Texts read lately, so that every rule asking about one text reads it once. */
const cache = new Map<string, Reading>();
const CACHE_SIZE = 32;

/** The reading of a text (English), computed once while it is in use. */
export function read(text: string): Reading {
  let reading = cache.get(text);
  if (!reading) {
    reading = new TextReading(text, EN);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, reading);
  }
  return reading;
}

/** The cues of a span of a text: `read(text).cues(start, end)`. */
export function cuesOf(text: string, start: number, end: number): Cues {
  return read(text).cues(start, end);
}
