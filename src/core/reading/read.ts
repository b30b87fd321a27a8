/**
 * The reading layer: a post's text read once, the way a careful person
 * reads it, so that every rule can ask the same questions of a span: is it
 * denied, asked, wished or compared; quoted or a title; about the author,
 * their family or someone else; news or history? Computed lazily (only a
 * rule that found a trigger asks) and cached by text. Pure.
 */
import { ABBREVIATIONS } from '../abbreviations.js';
import { foldAccents, tokenize, type Token } from './tokens.js';
import { ENGLISH, type PersonVerbs, type ReadingWords } from './words-en.js';
import { LEMMAS, READING_WORDS } from './words.js';

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

/** What a rule may add to the layer's reading of a span. */
export interface CueOptions {
  /** Words a negation reaches the span through, besides the layer's own: a drink's verbs for a drinking rule ("didn't drink any shots"). */
  carriers?: ReadonlySet<string>;
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
  cues(start: number, end: number, options?: CueOptions): Cues;
  /** Whether a token is a form of one of these lemmas. */
  isForm(token: number, lemmas: ReadonlySet<string>): boolean;
  /** Whom a token names, if it names a person: "I", "my" the author, "mum" the family, "he", "coworker", "you" someone else. */
  personAt(token: number): About | undefined;
  /** A token's normal form ("" outside the text), a hashtag's without its "#". */
  norm(token: number): string;
  /** Whether the tokens from `token` spell a phrase of norms. */
  spells(token: number, phrase: readonly string[]): boolean;
  /** Whether a token is in a set of words: as written, elongations shortened ("waaay"), a hashtag's word, or as an inflection ("divorced"). */
  is(token: number, words: ReadonlySet<string>): boolean;
  /** The first token of [from, to) that `is` in a set, or -1. */
  find(from: number, to: number, words: ReadonlySet<string>): number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Abbreviations whose full stop ends no sentence: titles before a name, street types before a number. */
/** "no." or "No" before a number is the number sign ("ticket no. 8832", "No 5 Elm Row", "no 1 fan"), not a denial. */
function numberSign(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm !== 'no' && t.norm !== 'nº' && t.norm !== 'nr') return false;
  const next = tokens[i + 1];
  if (next?.kind === 'number') return true;
  return next?.text === '.' && next.start === t.end && tokens[i + 2]?.kind === 'number';
}

interface Compiled {
  words: ReadingWords;
  negation: Set<string>;
  negationVerbs: Set<string>;
  carriers: Set<string>;
  scopeBreak: Set<string>;
  irrealis: Set<string>;
  /** Words that are irrealis only where they open a sentence or a clause (Portuguese "se", also the reflexive pronoun). */
  irrealisOpeners: Set<string>;
  irrealisOpenerNot: Set<string>;
  titleCues: Set<string>;
  screens: Set<string>;
  firstPerson: Set<string>;
  family: Set<string>;
  otherPeople: Set<string>;
  otherPronouns: Set<string>;
  addressee: Set<string>;
  newsFrame: Set<string>;
  newsSources: Set<string>;
  reportingVerbs: Set<string>;
  /** The news phrases by their first word, so that a sentence's tokens each try only the phrases they can open. */
  newsPhrases: Map<string, string[][]>;
  clauseBreak: Set<string>;
  possessives: Set<string>;
  possessivesShort: Set<string>;
  authorPossessive: Set<string>;
  otherPossessive: Set<string>;
  objectPronouns: Set<string>;
  prepositions: Set<string>;
  determiners: Set<string>;
  subjectOpeners: Set<string>;
  conditionals: Set<string>;
  negationAfter: Set<string>;
  negationAfterQuestion: Set<string>;
  questionOpeners: Set<string>;
  questionStarts: Set<string> | undefined;
  coordinators: Set<string>;
  authorInPair: Set<string>;
  authorPlural: Set<string>;
  nameVerbs: Set<string>;
  ownerAfter: Set<string>;
  ownerAfterNear: Set<string>;
  yearPrepositions: Set<string>;
  verbEnding: RegExp;
  /** Whether a token's verb form says "I" or "we" (empty for English). */
  saysAuthor: ((t: Token) => boolean) | undefined;
  /** Whether a token's verb form says someone else did it. */
  saysOther: ((t: Token) => boolean) | undefined;
  /** The lemma candidates of a normalised word in this language. */
  lemmas: (word: string) => string[];
  /** For a language read without accents: the words that keep theirs, and its elided words. */
  fold: { keep: ReadonlySet<string>; elisions: ReadonlySet<string> } | undefined;
}

/** A matcher of the verbs a list of person forms names, or undefined when it names none. */
function personVerbs(verbs: PersonVerbs, fold: (w: string) => string): ((t: Token) => boolean) | undefined {
  if (verbs.forms.length === 0 && verbs.endings.length === 0) return undefined;
  // A form written with an accent is that form only as written so ("está" is, "esta" this); one without, in any spelling.
  const accented = new Set(verbs.forms.filter((f) => fold(f) !== f.toLowerCase()).map((f) => f.toLowerCase()));
  const plain = new Set(verbs.forms.filter((f) => fold(f) === f.toLowerCase()));
  const except = new Set(verbs.except.map((w) => w.toLowerCase()));
  const endings = verbs.endings.length ? new RegExp(verbs.endings.join('|'), 'u') : undefined;
  return (t) => {
    if (t.kind !== 'word') return false;
    if (plain.has(t.norm) || accented.has(t.text.toLowerCase())) return true;
    if (!endings) return false;
    const written = t.text.toLowerCase();
    return !except.has(written) && endings.test(written);
  };
}

function compile(source: ReadingWords): Compiled {
  // A language read without accents has its lists folded too: they may be written with them.
  const keep = new Set(source.accentedWords);
  const fold = source.foldAccents ? (w: string) => (keep.has(w.toLowerCase()) ? w.toLowerCase() : foldAccents(w.toLowerCase())) : (w: string) => w;
  const words: ReadingWords = source.foldAccents ? foldWords(source, fold) : source;
  return {
    possessives: new Set(words.possessives),
    possessivesShort: new Set(words.possessivesShort),
    authorPossessive: new Set(words.authorPossessives),
    otherPossessive: new Set(words.otherPossessives),
    objectPronouns: new Set(words.objectPronouns),
    prepositions: new Set(words.prepositions),
    determiners: new Set(words.determiners),
    subjectOpeners: new Set(words.subjectOpeners),
    conditionals: new Set(words.conditionals),
    negationAfter: new Set(words.negationAfter),
    negationAfterQuestion: new Set(words.negationAfterQuestion),
    questionOpeners: new Set(words.questionOpeners),
    questionStarts: words.questionStarts ? new Set(words.questionStarts) : undefined,
    coordinators: new Set(words.coordinators),
    authorInPair: new Set(words.authorInPair),
    authorPlural: new Set(words.authorPlural),
    nameVerbs: new Set(words.nameVerbs),
    ownerAfter: new Set(words.ownerAfter),
    ownerAfterNear: new Set(words.ownerAfterNear ?? []),
    yearPrepositions: new Set(words.yearPrepositions),
    verbEnding: new RegExp(words.verbEnding, 'u'),
    saysAuthor: personVerbs(source.firstPersonVerbs, fold),
    saysOther: personVerbs(source.otherPersonVerbs, fold),
    lemmas: LEMMAS[source.language] ?? LEMMAS.en!,
    fold: source.foldAccents ? { keep, elisions: new Set((source.elisions ?? []).map(fold)) } : undefined,
    words,
    negation: new Set(words.negation),
    negationVerbs: new Set(words.negationVerbs),
    carriers: new Set(words.negationCarriers),
    scopeBreak: new Set(words.scopeBreak),
    irrealis: new Set(words.irrealis),
    irrealisOpeners: new Set(words.irrealisOpeners ?? []),
    irrealisOpenerNot: new Set(words.irrealisOpenerNot ?? []),
    titleCues: new Set(words.titleCues),
    screens: new Set(words.screens ?? []),
    firstPerson: new Set(words.firstPerson),
    family: new Set(words.family),
    otherPeople: new Set(words.otherPeople),
    otherPronouns: new Set(words.otherPronouns),
    addressee: new Set(words.addressee),
    newsFrame: new Set(words.newsFrame),
    newsSources: new Set(words.newsSources),
    reportingVerbs: new Set(words.reportingVerbs),
    newsPhrases: words.newsPhrases.reduce((m, p) => m.set(p[0]!, [...(m.get(p[0]!) ?? []), p]), new Map<string, string[][]>()),
    clauseBreak: new Set(words.clauseBreak),
  };
}

/** Every word and phrase of a language's lists, folded as its tokens are (the person verbs keep their accents: they are matched as written). */
function foldWords(words: ReadingWords, fold: (w: string) => string): ReadingWords {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(words)) {
    if (key === 'firstPersonVerbs' || key === 'otherPersonVerbs' || key === 'verbEnding') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.map((v: string | string[]) => (typeof v === 'string' ? fold(v) : v.map(fold)));
    else out[key] = value;
  }
  return out as unknown as ReadingWords;
}

/** The English words, compiled on the first reading. */
let english: Compiled | undefined;

/** The words of the other languages, each compiled on its first reading. */
const compiledWords = new Map<string, Compiled>();

/** Whether the norms of `tokens` from `at` spell `phrase`. */
function spells(tokens: readonly Token[], at: number, phrase: readonly string[], limit: number): boolean {
  if (at + phrase.length > limit) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]!.norm !== phrase[k]) return false;
  return true;
}

const EMOJI = /^\p{Extended_Pictographic}/u;

function sentencesOf(text: string, tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    // "Mrs. Park's class", "Dr. Okafor", "Hauptstr. 5": the full stop of a title or a street's abbreviation, right after it, ends nothing.
    const abbreviation = t.text === '.' && i > 0 && tokens[i - 1]!.end === t.start && ABBREVIATIONS.has(tokens[i - 1]!.norm) && next !== undefined && !lineBreak;
    // An emoji, or a run of them, closes a sentence when a capitalised word opens the next: "never again 😂 Jäger at 2am".
    const emojiEnd = next !== undefined && EMOJI.test(t.text) && !EMOJI.test(next.text) && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && t.end < next.start;
    // A mark inside quotation marks that the sentence goes on after: "forwards emails with 'thoughts?' on top".
    const after = tokens[i + 2];
    const quotedMark = next !== undefined && /^["”'’]$/u.test(next.text) && next.start === t.end && after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text) && !text.slice(next.end, after.start).includes('\n');
    const ends = (t.kind === 'punct' && SENTENCE_END.has(t.text) && !(next && next.kind === 'punct' && SENTENCE_END.has(next.text)) && !abbreviation && !quotedMark) || lineBreak || emojiEnd;
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
    this.tokens = tokenize(text, w.fold);
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
      forms = this.w.lemmas(t.norm);
      if (t.short !== t.norm) forms = [...forms, ...this.w.lemmas(t.short)];
      this.forms[token] = forms;
    }
    for (const form of forms) if (lemmas.has(form)) return true;
    return false;
  }

  personAt(token: number): About | undefined {
    return this.person(token, token)?.about;
  }

  norm(token: number): string {
    const t = this.tokens[token];
    if (!t) return '';
    return t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
  }

  spells(token: number, phrase: readonly string[]): boolean {
    for (let k = 0; k < phrase.length; k++) if (this.norm(token + k) !== phrase[k]) return false;
    return true;
  }

  is(token: number, words: ReadonlySet<string>): boolean {
    const t = this.tokens[token];
    if (!t) return false;
    if (t.kind === 'hashtag') return words.has(t.norm.slice(1));
    if (words.has(t.norm) || words.has(t.short)) return true;
    return t.kind === 'word' && this.isForm(token, words);
  }

  find(from: number, to: number, words: ReadonlySet<string>): number {
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) if (this.is(i, words)) return i;
    return -1;
  }

  cues(start: number, end: number, options?: CueOptions): Cues {
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
      negated: this.negated(sentence, clause, first, last, cue, options?.carriers),
      mode: this.mode(sentence, clause, first, cue),
      quoted: this.quoted(first, last, sentence, cue),
      title: this.title(sentence, first, last, cue),
      comparison: this.comparison(clause, first, cue),
      about: this.about(sentence, clause, first, last, cue),
      news: this.news(sentence, cue),
      evidence,
    };
  }

  /**
   * A negation cue before the span in its clause (or the sentence's start),
   * with no scope break between and only carrier words between ("didn't even
   * get drunk"; "wouldn't pay for the therapy" denies the paying). A word that
   * denies only its object ("quit drinking", "sober at the party") reaches
   * three tokens at most, and never a span that begins with it.
   */
  private negated(sentence: Range, clause: Range, first: number, last: number, cue: (n: string, w: string) => true, extra?: ReadonlySet<string>): boolean {
    const { tokens, w } = this;
    const from = Math.max(sentence.from, first - 6);
    const carries = (t: Token) => w.carriers.has(t.norm) || w.carriers.has(t.short) || extra?.has(t.norm) === true || extra?.has(t.short) === true;
    for (let i = first - 1; i >= from; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') break;
      if (i < clause.from && w.scopeBreak.has(t.norm)) break;
      if (t.kind === 'word' && w.scopeBreak.has(t.norm) && t.norm !== 'so') break;
      if (w.words.notNegation.some((p) => spells(tokens, i, p, sentence.to))) continue;
      if (t.norm === 'never' && emphaticNever(tokens, last, clause.to)) continue;
      if (w.negation.has(t.norm) && !numberSign(tokens, i)) return cue('negated', t.norm);
      if (w.negationVerbs.has(t.norm) && first - i <= 3) {
        // "won't stop spinning", "can't quit you": a denied denial affirms.
        if (tokens[i - 1] && w.negation.has(tokens[i - 1]!.norm)) return false;
        return cue('negated', t.norm);
      }
      const phrase = w.words.negationPhrases.find((p) => spells(tokens, i, p, first));
      if (phrase) return cue('negated', phrase.join(' '));
      // A word that carries no negation ends its reach: what is before it denies that word, not the span.
      if (t.kind === 'word' && !carries(t)) break;
    }
    // Inside the span: "no hangover", "zero drinks".
    for (let i = first; i < last; i++) {
      const t = tokens[i]!;
      if (w.negation.has(t.norm) && !numberSign(tokens, i) && !w.words.notNegation.some((p) => spells(tokens, i, p, sentence.to))) return cue('negated', t.norm);
    }
    // Right after, in the same sentence: "hungover? nope", "drunk, not".
    const after = tokens[last + 1];
    const after2 = tokens[last + 2];
    // Not a correction that follows: "my birthday is 23 January 1995 not the 25th", "drunk, not".
    const correction = after?.norm === 'not' && (after2?.kind === 'number' || w.determiners.has(after2?.norm ?? ''));
    if (after && last + 1 < sentence.to && w.negationAfter.has(after.norm) && !correction) return cue('negated', after.norm);
    if (after?.text === '?' && after2 && w.negationAfterQuestion.has(after2.norm)) return cue('negated', after2.norm);
    return false;
  }

  private mode(sentence: Range, clause: Range, first: number, cue: (n: string, w: string) => true): Mode {
    const { tokens, w } = this;
    // A daydream opening the sentence holds all of it, its consequence too: "if I ever win the lottery I'm paying off ...",
    // "if we ever go to Vegas we're doing the bar crawl". A plain "if" reaches only its own clause ("if anyone asks, I'm hungover").
    let opener = sentence.from;
    while (opener < first && tokens[opener]!.kind !== 'word') opener++;
    if (opener < first && w.conditionals.has(tokens[opener]!.norm) && !this.reflexive(opener)) {
      for (let k = opener + 1; k < Math.min(first, opener + 5); k++) {
        if (w.words.daydream.includes(tokens[k]!.norm)) {
          cue('irrealis', `${tokens[opener]!.norm} ${tokens[k]!.norm}`);
          return 'irrealis';
        }
      }
      // "if I get one more Teams notification I'm gonna need emergency surgery": with no comma to close the condition, a
      // consequence told in the future or the conditional is as unreal as it ("if anyone asks, I'm hungover" is not).
      const future = w.words.consequence;
      if (future && !tokens.slice(opener, first).some((t) => t.kind === 'punct' && /^[,;:\u2014\u2013-]$/u.test(t.text))) {
        for (let k = opener + 2; k < first; k++) {
          if (future.includes(tokens[k]!.norm)) {
            cue('irrealis', `${tokens[opener]!.norm} ... ${tokens[k]!.norm}`);
            return 'irrealis';
          }
        }
      }
    }
    for (let i = Math.max(sentence.from, first - 8); i < first; i++) {
      const t = tokens[i]!;
      // "if the driver is reading this, we're the blue door": an address to a reader, not a condition.
      if (w.conditionals.has(t.norm) && this.readerAddressAfter(i, first, sentence.to)) continue;
      // "does anyone know if ...", "alguien sabe si ...", "je me demande si ...": a question embedded after a verb of knowing
      // or asking, not a condition (a "?" still makes the sentence a question below).
      if (w.conditionals.has(t.norm) && i > sentence.from && KNOW_IF.has(tokens[i - 1]!.norm)) continue;
      if (w.irrealis.has(t.norm) && !(w.conditionals.has(t.norm) && this.presupposed(first, sentence))) {
        cue('irrealis', t.norm);
        return 'irrealis';
      }
      // Portuguese "Se a casa ficar vazia", "..., se eu ganhar": a condition where it opens its sentence or clause; "ela se casou",
      // "se divorciaram" are the pronoun.
      if (w.irrealisOpeners.has(t.norm) && !this.reflexive(i)) {
        let k = i - 1;
        while (k >= sentence.from && tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'punct') k--;
        const prev = tokens[k];
        if (k < sentence.from || (prev && prev.kind === 'punct' && /^[,;:(\u2014\u2013-]$/u.test(prev.text))) {
          cue('irrealis', t.norm);
          return 'irrealis';
        }
      }
      // A phrase may end on the span's first word: French "si je suis à découvert ..." read from "je".
      const phrase = w.words.irrealisPhrases.find((p) => spells(tokens, i, p, first + 1));
      if (phrase) {
        // "por si te hace falta: ...": a phrase ending in a conditional, then words to the reader, is no condition either.
        const last = i + phrase.length - 1;
        if (w.conditionals.has(tokens[last]!.norm) && this.readerAddressAfter(last, first, sentence.to)) continue;
        cue('irrealis', phrase.join(' '));
        return 'irrealis';
      }
    }
    const lastToken = tokens[sentence.to - 1];
    // Where a "?" asks only its clause (Portuguese), the sentence's last one asks the span only when the span is in that clause.
    // Where question words are listed (English), a sentence's "?" asks the whole of it only as asksAll says.
    const clauseOnly = w.words.questionClauseOnly === true || w.questionStarts !== undefined;
    const asksSentence = lastToken?.text === '?' && (!clauseOnly || clause.to >= sentence.to - 1 || (w.questionStarts !== undefined && this.asksAll(sentence)));
    // A "?" inside quotation marks is someone's words ("forwards emails with 'thoughts?' on top"), not the post asking.
    const quotedMark = (k: number) => { const q = tokens[k + 1]; return q !== undefined && /^["”'’]$/u.test(q.text) && q.start === tokens[k]!.end && k + 2 < sentence.to; };
    if (asksSentence || tokens.slice(clause.from, clause.to).some((t, k) => t.text === '?' && !quotedMark(clause.from + k))) {
      cue('question', '?');
      return 'question';
    }
    // "¿Salimos esta noche" without its closing mark: the opening one says it is asked.
    if (w.questionOpeners.size > 0) {
      for (let i = sentence.from; i <= first; i++) {
        // By the mark as written ("¿"), or by a word that asks (French "est-ce").
        if (w.questionOpeners.has(tokens[i]!.text) || (tokens[i]!.kind === 'word' && w.questionOpeners.has(tokens[i]!.norm))) {
          cue('question', tokens[i]!.text);
          return 'question';
        }
      }
    }
    return 'real';
  }

  /** Whether token `i` is inside an address opening its sentence: "guys, ...", "les amis la crémaillère ...". */
  private vocative(i: number): boolean {
    const { tokens, w } = this;
    const list = w.words.vocatives;
    if (!list) return false;
    const s = this.sentenceOf(i);
    let from = s.from;
    while (from < s.to && tokens[from]!.kind !== 'word') from++;
    for (const p of list) {
      if (i < from || i >= from + p.length || !spells(tokens, from, p, s.to)) continue;
      const next = tokens[from + p.length];
      if (!next) return false;
      // ... or a verb whose form says "I" or "we" ("chicos estamos fuera hasta el 3").
      return (next.kind === 'punct' && /^[,!:;.\u2014\u2013-]$/u.test(next.text)) || w.determiners.has(next.norm) || w.authorPossessive.has(next.short) || w.firstPerson.has(next.norm) || w.saysAuthor?.(next) === true;
    }
    return false;
  }

  /** Whether the words of a condition that has happened ("one more time") follow the span in its sentence. */
  private presupposed(first: number, sentence: Range): boolean {
    const phrases = this.w.words.presupposedConditions;
    if (!phrases) return false;
    for (let k = first + 1; k < sentence.to; k++) if (phrases.some((p) => spells(this.tokens, k, p, sentence.to))) return true;
    return false;
  }

  /**
   * Whether a sentence that ends in "?" asks all of itself: a question word opens it ("Should I call in sick, or just go
   * in?"), or its last clause is a short tag ("Pub crawl for my 40th, yay or nay?").
   */
  private asksAll(sentence: Range): boolean {
    const { tokens, w } = this;
    let first = sentence.from;
    while (first < sentence.to && tokens[first]!.kind !== 'word') first++;
    if (first < sentence.to && w.questionStarts!.has(tokens[first]!.norm)) return true;
    const words: string[] = [];
    // The last clause asks the whole sentence only as a tag ("..., yay or nay?"); a clause of its own ("Tô de ressaca mas alguém
    // quer sair?", "called in sick and who wants to come to the beach?") asks only itself, with or without a comma before it.
    const last = this.clauseOf(sentence.to - 1).from;
    const tag = () => (w.words.questionTags ?? []).some((tag) => tag.length === words.length && tag.every((x, i) => words[words.length - 1 - i] === x));
    for (let k = sentence.to - 1; k >= sentence.from; k--) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && /^[,;:\u2014\u2013-]$/u.test(t.text)) return tag();
      if (t.kind === 'word') words.push(t.norm);
      if (k === last && last > sentence.from) return tag();
    }
    return true;
  }

  /** Whether an irrealis opener at `i` is a reflexive pronoun instead: a verb of someone else follows it ("se casou", "se divorciaram"). */
  private reflexive(i: number): boolean {
    const { tokens, w } = this;
    if (!w.irrealisOpeners.has(tokens[i]!.norm)) return false;
    const next = tokens[i + 1];
    return next !== undefined && (w.saysOther?.(next) === true || w.irrealisOpenerNot.has(next.norm));
  }

  /**
   * Between quotation marks opened before the span and closed after it, in
   * its sentence: double ones, or single ones ('Tipsy' by J-Kwon) that open
   * before a word and close after one (before a space or a stop: 'migraine'.) (an apostrophe inside a word is part of
   * the word's token, and one after a plural, "the dogs' bowls", opens nothing).
   */
  private quoted(first: number, last: number, sentence: Range, cue: (n: string, w: string) => true): boolean {
    const { tokens, text } = this;
    const isOpen = (t: Token) => t.text === '"' || t.text === '“' || t.text === '«';
    const isClose = (t: Token) => t.text === '"' || t.text === '”' || t.text === '»';
    const single = (t: Token) => t.text === "'" || t.text === '‘' || t.text === '’';
    const spaceBefore = (i: number) => i === 0 || /\s|[(\[{“"]/u.test(text[tokens[i]!.start - 1] ?? ' ');
    const joinedAfter = (i: number) => tokens[i + 1] !== undefined && tokens[i + 1]!.start === tokens[i]!.end;
    const singleOpen = (i: number) => single(tokens[i]!) && tokens[i]!.text !== '’' && spaceBefore(i) && joinedAfter(i);
    const singleClose = (i: number) => single(tokens[i]!) && tokens[i]!.text !== '‘' && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && (!joinedAfter(i) || tokens[i + 1]!.kind === 'punct' || tokens[i + 1]!.kind === 'symbol');
    let opened = false;
    let openedSingle = false;
    for (let i = sentence.from; i < first; i++) {
      const t = tokens[i]!;
      if (opened && isClose(t)) opened = false;
      else if (!opened && isOpen(t)) opened = true;
      else if (openedSingle && singleClose(i)) openedSingle = false;
      else if (!openedSingle && singleOpen(i)) openedSingle = true;
    }
    if (opened) {
      for (let i = last + 1; i < sentence.to; i++) if (isClose(tokens[i]!)) return cue('quoted', 'quotation marks');
    }
    if (openedSingle) {
      // A single quotation is short: a title or a word or two, not the rest of a long sentence.
      for (let i = last + 1; i < Math.min(sentence.to, last + 8); i++) if (singleClose(i)) return cue('quoted', 'single quotation marks');
    }
    return false;
  }

  /** A capitalised run holding the span, after a title cue ("watching The Hangover", "song Tequila Sunrise"), or a capitalised run of two or more words mid-sentence. */
  private title(sentence: Range, first: number, last: number, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.norm !== 'i' && t.text !== t.text.toUpperCase();
    // "horrible bosses is on channel 4 tonight": the subject of a programme's "is on <channel>", in any case.
    if (w.screens.size && first - sentence.from <= 3 && !w.authorPossessive.has(tokens[first]!.short) && !w.authorPossessive.has(tokens[first - 1]?.short ?? '')) {
      for (let k = last + 1; k < Math.min(sentence.to - 1, last + 4); k++) {
        if (['is', 'was', "'s"].includes(tokens[k]!.norm) && tokens[k + 1]?.norm === 'on' && w.screens.has(tokens[k + 2]?.norm ?? '')) return cue('title', `on ${tokens[k + 2]!.norm}`);
      }
    }
    if (!capital(tokens[first])) return false;
    let from = first;
    // The run stops at a title cue, capitalised or not: "Singing Tequila at karaoke", "Watched The Hangover".
    while (from - 1 >= sentence.from && !w.titleCues.has(tokens[from - 1]!.norm) && (capital(tokens[from - 1]) || (tokens[from - 1]!.norm === 'the' && /^T/.test(tokens[from - 1]!.text)))) from--;
    let to = last;
    while (to + 1 < sentence.to && capital(tokens[to + 1])) to++;
    const before = tokens[from - 1];
    if (before && w.titleCues.has(before.norm)) return cue('title', before.norm);
    // "listening to Tipsy", "dancing to Tequila": a cue, then "to".
    if (before?.norm === 'to' && from - 2 >= sentence.from && w.titleCues.has(tokens[from - 2]!.norm)) return cue('title', `${tokens[from - 2]!.norm} to`);
    // "by <Artist>" after the run: a song.
    if (tokens[to + 1]?.norm === 'by' && (capital(tokens[to + 2]) || (tokens[to + 2]?.norm === 'the' && capital(tokens[to + 3])))) return cue('title', 'by');
    // Where nouns are capitalised, a title cue a few words back ("wir gucken heute Abend Hangover"), when the run has no
    // article of its own ("sehe schon den Kater kommen" is the common noun).
    if (w.words.capitalisedNouns && before && before.kind === 'word' && !w.determiners.has(before.norm)) {
      for (let k = from - 2; k >= Math.max(sentence.from, from - 4); k--) {
        const t = tokens[k]!;
        if (t.kind !== 'word') break;
        if (w.titleCues.has(t.norm)) return cue('title', t.norm);
      }
    }
    // A capitalised run of two or more words that does not open the sentence: "The Hangover Part II"; not a day or a month,
    // capitalised by convention ("off to Crete Friday to Friday").
    if (to - from >= 1 && from > sentence.from && !w.words.capitalisedNouns && !this.allCaps(sentence) && !w.words.calendar.includes(tokens[first]!.norm)) return cue('title', 'capitalised run');
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
      if (phrase && !(phrase.length === 1 && phrase[0] === 'like' && (this.isLikeVerb(i) || tokens[i + 1]?.kind === 'number' || COUNT_WORDS.has(tokens[i + 1]?.norm ?? '')))) return cue('comparison', phrase.join(' '));
    }
    return false;
  }

  private isLikeVerb(i: number): boolean {
    const before = this.tokens[i - 1]?.norm;
    return before !== undefined && ['i', 'we', 'you', 'they', "don't", 'do', 'would', "i'd", 'really', 'totally'].includes(before);
  }

  /** Whether a token (as written, elongated or with "'s") is in a set: "myy" is "my", "mum's" is "mum". */
  private named(i: number, set: ReadonlySet<string>): boolean {
    const t = this.tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'number')) return false;
    return set.has(t.norm) || set.has(t.short) || (t.norm.endsWith("'s") && set.has(t.norm.slice(0, -2)));
  }

  /** Whose a possessive token says a thing is: "my" the author's, "mum's" after "my" the family's, "his" someone else's. */
  private owner(i: number, clauseFrom: number): { about: About; word: string } | undefined {
    const { tokens, w } = this;
    const t = tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    const n = w.possessivesShort.has(t.short) ? t.short : t.norm;
    if (w.possessives.has(n)) return { about: 'author', word: n };
    if (w.otherPossessive.has(n)) return { about: 'other', word: n };
    if (!t.norm.endsWith("'s")) return undefined;
    const bare = t.norm.slice(0, -2);
    const mine = w.authorPossessive.has(tokens[i - 1]?.short ?? '');
    if (w.family.has(bare)) return { about: mine || i === clauseFrom ? 'family' : 'other', word: t.norm };
    if (w.otherPeople.has(bare) || w.otherPronouns.has(bare)) return { about: 'other', word: t.norm };
    return undefined;
  }

  /** A person a token names as a subject could, and whether it is an object there ("with the team", "to my boss", "thank you"). */
  private person(i: number, from: number): { about: About; word: string; object: boolean } | undefined {
    const { tokens, w } = this;
    const t = tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    const n = t.norm;
    const before = (k: number) => tokens[k]?.short ?? '';
    // After a preposition, directly or through a determiner or a possessive.
    let k = i - 1;
    if (w.determiners.has(before(k))) k--;
    const object = k >= from && w.prepositions.has(before(k));
    // "your girl did a pub crawl", "ya boy is hanging", "yours truly", "this girl turns 18" opening a sentence: the author, in
    // the third person (English).
    // Not when a pronoun later takes the noun back as someone else's ("your boy got so drunk, hope he's ok").
    if (w.firstPerson.has('i') && SELF_NOUNS.has(n) && (['your', 'ya', 'ur', 'yo', 'yer'].includes(before(i - 1)) || (before(i - 1) === 'this' && (i - 1 === from || tokens[i - 2]?.kind !== 'word'))) && !tokens.slice(i + 1).some((k) => THIRD_PERSON.has(k.norm))) return { about: 'author', word: `${before(i - 1)} ${n}`, object };
    if (n === 'truly' && before(i - 1) === 'yours') return { about: 'author', word: 'yours truly', object };
    if (this.named(i, w.family)) {
      const mine = w.authorPossessive.has(before(i - 1));
      return { about: mine || i === from ? 'family' : 'other', word: n, object };
    }
    if (this.named(i, w.otherPeople)) return { about: 'other', word: n, object };
    // "the lad next to me was begging": the author after a preposition is an object, like anyone else there.
    // "a photo of me passed out": the author pictured is who the rest is about.
    const pictured = (w.words.pictures ?? []).some((p) => i - p.length >= from && spells(tokens, i - p.length, p, i));
    if (this.named(i, w.firstPerson)) return { about: 'author', word: w.firstPerson.has(n) ? n : t.short, object: object && w.objectPronouns.has(n) && !pictured };
    if (this.named(i, w.otherPronouns)) return { about: 'other', word: n, object: object || w.objectPronouns.has(n) };
    if (this.named(i, w.addressee)) {
      // "you got so drunk", "if you're hungover", "and u were wasted": a subject; "thank you", "see you" an object.
      const prev = tokens[i - 1];
      const subject = i === from || !prev || prev.kind !== 'word' || w.subjectOpeners.has(prev.norm);
      return { about: 'other', word: n, object: !subject };
    }
    // "mrs henderson next door", "Mr. Patel": a name after an honorific, in any case ("miss" only before a capital: "I miss drinking").
    const honorific = tokens[i - 1]?.norm === '.' ? before(i - 2) : before(i - 1);
    if (HONORIFICS.has(honorific) || (honorific === 'miss' && /^\p{Lu}/u.test(t.text))) return { about: 'other', word: `${honorific} ${n}`, object };
    // A verb whose form says who did it, the subject left out: Spanish "tengo", "bebí" the author, "se emborrachó" someone else.
    if (w.saysAuthor?.(t)) return { about: 'author', word: n, object: false };
    if (w.saysOther?.(t)) {
      // "me llegó", "me operó": the author is its object, and what it says is the author's; Brazilian "a gente bebeu" ("gente" is "we").
      if (this.named(i - 1, w.firstPerson)) return { about: 'author', word: `${tokens[i - 1]!.norm} ${n}`, object: false };
      // "meu filho ficou bêbado", "mi hermano se emborrachó": the verb is the family's named right before it (a clitic between).
      const k = i - 1 > from && tokens[i - 1]!.kind === 'word' && w.carriers.has(tokens[i - 1]!.norm) && !this.named(i - 1, w.family) ? i - 2 : i - 1;
      const subject = k >= from && tokens[k]!.kind === 'word' && this.named(k, w.family) ? this.person(k, from) : undefined;
      if (subject?.about === 'family') return { ...subject, object: false };
      return { about: 'other', word: n, object: false };
    }
    return undefined;
  }

  /**
   * Who the span is about. First its owner: a possessive right before it
   * ("my first chemo", "her surgery", "my mum's biopsy"). Then the subject
   * of its clause (then of its sentence): the nearest person before it who
   * is not an object ("We had drinks with the team and got wasted" is about
   * "we"); "I", "we" the author, "my mum" the family, "my coworker", "the
   * intern", "he", "you" someone else; "Jo and I" the author. Then a person
   * after it: "Surgery for my dad". Nobody named is `unknown` (most often
   * the author, with the subject left out).
   */
  /** Whether the person at `i` is the subject of a condition: right after "if" or "when" ("if you're passing", "if anyone sees"). */
  private conditionSubject(i: number): boolean {
    const from = this.clauseOf(i).from;
    for (let k = i - 1; k >= Math.max(from, i - 2); k--) if (this.w.conditionals.has(this.tokens[k]!.norm)) return true;
    return false;
  }

  /** Whether token `i` is the subject of a condition addressed to the reader: "if [you're] reading this", "if [you're] coming". */
  private readerCondition(i: number): boolean {
    if (!this.w.conditionals.has(this.tokens[i - 1]?.norm ?? '')) return false;
    return this.w.words.readerAddress.some((p) => spells(this.tokens, i, p, this.tokens.length) || spells(this.tokens, i + 1, p, this.tokens.length));
  }

  /** Whether words to the reader ("reading this", "you're coming") follow the conditional at `at`, within five tokens and before `first`. */
  private readerAddressAfter(at: number, first: number, to: number): boolean {
    return this.w.words.readerAddress.some((p) => {
      for (let k = at + 1; k <= at + 5 && k < first; k++) if (spells(this.tokens, k, p, to)) return true;
      return false;
    });
  }

  private about(sentence: Range, clause: Range, first: number, last: number, cue: (n: string, w: string) => true): About {
    const { tokens } = this;
    const say = (about: About, word: string): About => {
      if (about !== 'unknown') cue('about', `${about}:${word}`);
      return about;
    };
    // A span that is itself the author ("we're the blue door") is about the author.
    if (first === last && this.named(first, this.w.firstPerson) && this.tokens[first]!.norm !== 'us' && this.tokens[first]!.norm !== 'me') return say('author', tokens[first]!.norm);
    // A span that opens with the author's own thing ("my DOB is ...", after "for the 100th time mum"): the author's, unless a
    // person follows ("my mum's chemo" is the family's).
    if (first < last && this.w.authorPossessive.has(tokens[first]!.short) && !this.person(first + 1, clause.from)) return say('author', tokens[first]!.norm);
    // A span that opens with the author as its subject ("I was born 11 November 1998", "we're getting wrecked"): the author's,
    // whoever the clause before the colon names ("since everyone keeps asking: I was born ...").
    // (English: elsewhere a first-person word opening a span may be a clitic object, Portuguese "me trocou".)
    if (first < last && this.w.firstPerson.has('i') && this.named(first, this.w.firstPerson) && !this.w.objectPronouns.has(tokens[first]!.norm) && !this.w.authorPossessive.has(tokens[first]!.short)) return say('author', tokens[first]!.norm);
    for (let i = first - 1; i >= Math.max(clause.from, first - 3); i--) {
      const owner = this.owner(i, clause.from);
      if (owner) return say(owner.about, owner.word);
      // A person's word as a modifier takes the owner before it: "everyone's student loans", "my dog walker's".
      // The span must be a thing, not the person's verb: "my flatmate got so drunk" is the flatmate's.
      const span = tokens[first]!;
      // A verb whose form says who did it is a verb too: "meu primo encheu a cara" is the cousin's.
      const verbLike = this.w.carriers.has(span.norm) || this.w.verbEnding.test(span.norm) || this.w.negationVerbs.has(span.norm) || this.w.saysOther?.(span) === true || this.w.saysAuthor?.(span) === true;
      if (i === first - 1 && !verbLike && this.person(i, clause.from) && i > clause.from) {
        const before = this.owner(i - 1, clause.from);
        if (before) return say(before.about, before.word);
      }
      if (tokens[i]!.kind !== 'word' || this.person(i, clause.from)) break;
    }
    // In its own clause the subject is who it is about, and an object is not ("drinks with the team"); in the clauses before
    // it, whoever was named last ("Happy 80th to my grandad, born 5 June 1944").
    const look = (from: number, to: number, subjects: boolean): About => {
      // A family word without "my" that does not open the clause ("I drove mum to chemo") is someone else only if nobody else is named.
      let fallback: { about: About; word: string } | undefined;
      for (let i = to - 1; i >= from; i--) {
        const p = this.person(i, from);
        // Before the clause, a named object counts ("to my grandad"), a pronoun object does not ("thank you", "told him").
        if (!p || (p.object && (subjects || this.named(i, this.w.addressee) || this.named(i, this.w.otherPronouns) || (p.about === 'author' && this.named(i, this.w.objectPronouns))))) continue;
        // "my" before a person belongs to that person: "to my grandad".
        if (p.about === 'author' && this.w.authorPossessive.has(tokens[i]!.short) && this.person(i + 1, from) && i + 1 < to) continue;
        // "guys, my new address is ...": the people addressed at the sentence's start are not who it is about.
        if (p.about === 'other' && this.vocative(i)) continue;
        // "if you're walking past 22 Banksia Crescent, that's us": in a clause before the span's, the subject of a
        // condition is the condition's, not the span's.
        if (!subjects && p.about === 'other' && !p.object && this.conditionSubject(i)) continue;
        // "nan if you're reading this, the spare key's ...": the reader addressed, and the one named to them, are spoken to.
        if (p.about !== 'author' && (this.readerCondition(i) || (this.w.conditionals.has(tokens[i + 1]?.norm ?? '') && this.readerCondition(i + 2)))) continue;
        if (p.about === 'other' && this.named(i, this.w.family)) {
          // "for the 100th time mum my DOB is ...", "Dad I'm fine": the family addressed, the author speaking.
          if (i + 1 < to && this.named(i + 1, this.w.firstPerson) && !/['’]s$/.test(tokens[i]!.text)) continue;
          fallback ??= p;
          continue;
        }
        if (p.about === 'other') {
          // "my coworker and I", "me and my friends", "Jo and I": the author is in it too.
          for (let k = from; k < to; k++) {
            const n = tokens[k]!.short;
            if (this.w.authorInPair.has(n) && (this.w.coordinators.has(tokens[k - 1]?.norm ?? '') || this.w.coordinators.has(tokens[k + 1]?.norm ?? '') || this.w.authorPlural.has(n))) return say('author', n);
          }
        }
        return say(p.about, p.word);
      }
      return fallback ? say(fallback.about, fallback.word) : 'unknown';
    };
    const inClause = look(clause.from, first, true);
    if (inClause !== 'unknown') return inClause;
    // The span is itself a verb whose form says who: Spanish "se emborrachó" someone else, "me emborraché" the author.
    // "me emborraché"-like forms of someone else after the author's word: Spanish "me llegó", Brazilian "a gente bebeu" are the author's.
    if (this.w.saysOther?.(tokens[first]!)) return this.named(first - 1, this.w.firstPerson) ? say('author', `${tokens[first - 1]!.norm} ${tokens[first]!.norm}`) : say('other', tokens[first]!.norm);
    if (this.w.saysAuthor?.(tokens[first]!)) return say('author', tokens[first]!.norm);
    const inSentence = look(sentence.from, clause.from, false);
    if (inSentence !== 'unknown') return inSentence;
    // A name opening the clause ("Jess got so drunk"): a capitalised word that is not a sentence's usual first word. Not in a
    // language that capitalises its nouns: "Haus ist leer" opens with a noun, not a name.
    const head = tokens[clause.from];
    const verb = tokens[clause.from + 1];
    if (head && verb && !this.w.words.capitalisedNouns && head.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(head.text) && this.w.nameVerbs.has(verb.norm) && clause.from !== sentence.from) return say('other', head.norm);
    // After the span, in its clause: "Surgery for my dad on Monday", "the biopsy of my mum's".
    for (let i = last + 1; i + 1 < clause.to; i++) {
      if (!this.w.ownerAfter.has(tokens[i]!.norm) && !(i === last + 1 && this.w.ownerAfterNear.has(tokens[i]!.norm))) continue;
      const mine = this.w.authorPossessive.has(tokens[i + 1]!.short);
      const p = this.person(i + 2, i + 1) ?? (mine ? undefined : this.person(i + 1, i + 1));
      if (p && p.about !== 'author' && mine) return say(p.about, p.word);
      if (p && p.about === 'other' && !mine && this.w.otherPossessive.has(tokens[i + 1]!.norm)) return say('other', p.word);
    }
    return 'unknown';
  }

  /**
   * News, research or history: a framing word ("researchers", "a
   * documentary"), a framing phrase ("a study", "according to"), a source
   * and its reporting verb ("the report says", "police said", "data shows"),
   * a statistic ("1 in 5 adults"), or a past year ("in 1969"). A source alone
   * is a person's own: "my report is due", "out of data", "good news!".
   */
  private news(sentence: Range, cue: (n: string, w: string) => true): boolean {
    const { tokens, w } = this;
    // "overdraft fees are a scam, says Martin Lewis": a claim, then its named source closing the sentence.
    for (let i = sentence.from + 1; i < sentence.to; i++) {
      if (!w.reportingVerbs.has(tokens[i]!.norm) || tokens[i - 1]!.text !== ',') continue;
      let k = i + 1;
      while (k < sentence.to && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text) && k < i + 4) k++;
      if (k > i + 1 && (k === sentence.to || (tokens[k]!.kind === 'punct' && k === sentence.to - 1))) return cue('news', `${tokens[i]!.norm} ${tokens[i + 1]!.norm}`);
    }
    for (let i = sentence.from; i < sentence.to; i++) {
      const t = tokens[i]!;
      if (w.newsFrame.has(t.norm)) return cue('news', t.norm);
      const phrase = w.newsPhrases.get(t.norm)?.find((p) => spells(tokens, i, p, sentence.to));
      if (phrase) return cue('news', phrase.join(' '));
      if (w.newsSources.has(t.norm)) {
        const verb = tokens[i + 1] && w.reportingVerbs.has(tokens[i + 1]!.norm) ? tokens[i + 1]! : tokens[i + 2] && w.reportingVerbs.has(tokens[i + 2]!.norm) && tokens[i + 1]!.kind === 'word' ? tokens[i + 2]! : undefined;
        if (verb && i + 1 < sentence.to) return cue('news', `${t.norm} ${verb.norm}`);
      }
      // "1 in 5 adults", "one in 1000": a share, smaller than its whole; not a house number before a postcode ("hauptstrasse 8 in 8001 zürich").
      if (t.kind === 'number' && /^\d{1,3}$/.test(t.norm) && tokens[i + 1]?.norm === 'in' && /^(?:\d{1,3}|1000)$/.test(tokens[i + 2]?.norm ?? '') && Number(t.norm) < Number(tokens[i + 2]!.norm) && tokens[i + 3]?.kind === 'word') return cue('news', `${t.norm} in ${tokens[i + 2]!.norm}`);
      if (t.kind === 'number' && PAST_YEAR.test(t.norm) && w.yearPrepositions.has(tokens[i - 1]?.norm ?? '')) return cue('news', `${w.words.yearPrepositions[0]} ${t.norm}`);
    }
    return false;
  }
}

/**
 * Verbs of knowing and asking, in the languages read: a conditional word right after one opens an embedded question
 * ("anyone know if", "alguien sabe si", "você sabe se", "je me demande si"), not a condition.
 */
const KNOW_IF = new Set([
  'know', 'knows', 'knew', 'wonder', 'wondering', 'wondered', 'ask', 'asking', 'asked', 'unsure', 'check', 'checking', 'tell',
  'sabe', 'saben', 'sabes', 'sabeis', 'sabia', 'sabias', 'pregunto', 'preguntar', 'pregunta', 'preguntando', 'saber',
  'sabem', 'pergunto', 'perguntar', 'perguntando', 'pergunta',
  'sais', 'sait', 'savez', 'savoir', 'demande', 'demander', 'demandais', 'demandait',
]);

/** Counts in words after a filler "like": "had like six pints" is about six, no comparison. */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'dozen', 'loads', 'heaps', 'hundreds', 'thousands', 'millions']);

/** Nouns an English poster calls themself by: "your girl", "ya boy", "this gal". */
const SELF_NOUNS = new Set(['girl', 'boy', 'gal', 'guy', 'lad', 'man', 'queen', 'king', 'bestie']);
const THIRD_PERSON = new Set(['he', "he's", 'him', 'his', 'she', "she's", 'her', 'hers']);

/** Honorifics before a name: the person named is someone else. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'mister', 'missus']);

/** Texts read lately, so that every rule asking about one text reads it once. */
const cache = new Map<string, Reading>();
const CACHE_SIZE = 32;

/** Texts of the other languages read lately, by language. */
const otherCaches = new Map<string, Map<string, Reading>>();

/**
 * The reading of a text, computed once while it is in use, with the words
 * of its language (ISO 639-1; English by default, and for a language the
 * layer has no words for: a rule asks only in the languages it reads).
 */
export function read(text: string, language = 'en'): Reading {
  if (language !== 'en' && READING_WORDS[language]) return readIn(text, language);
  let reading = cache.get(text);
  if (!reading) {
    reading = new TextReading(text, (english ??= compile(ENGLISH)));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(text, reading);
  }
  return reading;
}

function readIn(text: string, language: string): Reading {
  let texts = otherCaches.get(language);
  if (!texts) otherCaches.set(language, (texts = new Map()));
  let reading = texts.get(text);
  if (!reading) {
    let words = compiledWords.get(language);
    if (!words) compiledWords.set(language, (words = compile(READING_WORDS[language]!)));
    reading = new TextReading(text, words);
    if (texts.size >= CACHE_SIZE) texts.delete(texts.keys().next().value!);
    texts.set(text, reading);
  }
  return reading;
}

/** The cues of a span of a text: `read(text, language).cues(start, end)`. */
export function cuesOf(text: string, start: number, end: number, language = 'en'): Cues {
  return read(text, language).cues(start, end);
}

/** What "more than" compares with when "never ... more" is emphatic: "never hated my job more than today". */
const EMPHATIC_THAN = new Set(['today', 'now', 'this', 'ever', 'right', 'tonight', 'i']);

/**
 * Whether "never" before a span is emphatic, by a "more" after the span in its clause: "never hated my job more",
 * "never hated my boss more than today" affirm; "never drank more than two" still denies the excess.
 */
function emphaticNever(tokens: readonly Token[], last: number, to: number): boolean {
  for (let k = last; k < to && k <= last + 6; k++) {
    if (tokens[k]!.norm !== 'more') continue;
    const next = tokens[k + 1];
    if (!next || next.kind === 'punct' || next.kind === 'symbol' || k + 1 >= to) return true;
    if (next.norm === 'than') return EMPHATIC_THAN.has(tokens[k + 2]?.norm ?? '');
    return false;
  }
  return false;
}
