/**
 * A rule's word list in a language it reads by list and cues: the entries
 * (PhraseMatcher sources, written without accents or with them) are matched
 * on the text with its accents folded away (same offsets: "resacón" and
 * "resacon" are one word), and each match is weighed by what the reading
 * layer says of its span in that language: denied, asked or wished, quoted
 * or a title, a comparison, news, about someone else. This is how the
 * built-in rules read Spanish (rules/data/<rule>-es.ts); English keeps the
 * rules' own hand-written readers. Pure.
 */
import { PhraseMatcher, type PhraseEntry } from './phrases.js';
import { read, type Cues } from './reading/read.js';
import { foldAccents } from './reading/tokens.js';

/** One entry of a cue list: a phrase, and how the reading may weaken it. */
export interface CueEntry extends PhraseEntry {
  /** The confidence of a match that nothing weakens: 0.9 unless given. */
  base?: number;
  /**
   * Whose it must be to stand: `self` the author (or nobody named, the
   * subject left out), `family` the author or the author's family, `anyone`
   * whoever (a boss complained about is the boss). Default `family`.
   */
  about?: 'self' | 'family' | 'anyone';
  /** A denial does not undo it: "no me pagan desde marzo", "no fui a trabajar". */
  denied?: 'keeps';
  /**
   * Regex sources matched case-SENSITIVELY on the match (accents folded),
   * all of which must match: some things are only recognisable by their
   * capitals (a school's name, a booking code).
   */
  shape?: string[];
}

/** A weighed match. */
export interface CueMatch {
  start: number;
  end: number;
  category: string;
  /** The matched text as written. */
  text: string;
  confidence: number;
  /** The cues behind the confidence: `trigger:…`, then the reading's (`negated:no`, `about:other:…`). */
  cues: string[];
}

/** Options of a cue list. */
export interface CueListOptions {
  /** Words a negation reaches the match through, besides the reading layer's own ("no bebí tequila"). */
  carriers?: readonly string[];
  /** The config's extra words, as PhraseMatcher takes them. */
  extraWords?: { category: string; words: string[] }[];
  /** Words whose matches are never reported. */
  allowWords?: readonly string[];
}

const fold = (source: string): string => foldAccents(source);

/**
 * The least confidence of a finding of a language read by list: the
 * engine's default `minConfidence`. Below it the list has no reader of its
 * own to weigh a match back up, so a rule does not report it.
 */
export const LIST_FLOOR = 0.5;

/** A word list of one language, compiled once, weighed by the reading of that language. */
export class CueList {
  private readonly matcher: PhraseMatcher;
  private readonly entries: readonly CueEntry[];
  private readonly carriers: ReadonlySet<string>;

  constructor(
    entries: readonly CueEntry[],
    private readonly language: string,
    options: CueListOptions = {},
  ) {
    this.entries = entries;
    // Each entry is handed to the matcher under its index, so that a match leads back to its entry.
    this.matcher = new PhraseMatcher(
      entries.map((e, i) => ({
        match: fold(e.match),
        category: String(i),
        ...(e.unless ? { unless: e.unless.map(fold) } : {}),
        ...(e.requires ? { requires: e.requires.map(fold) } : {}),
        ...(e.requiresInText ? { requiresInText: e.requiresInText.map(fold) } : {}),
        // The case-sensitive checks run in the matcher, so that a match they refuse hides no later entry at its place.
        ...(e.shape ? { shape: e.shape.map(fold) } : {}),
      })),
      (options.extraWords ?? []).map((x) => ({ category: x.category, words: x.words.map(fold) })),
      (options.allowWords ?? []).map(fold),
    );
    this.carriers = new Set((options.carriers ?? []).map((w) => fold(w.toLowerCase())));
  }

  /** The weighed matches of a text, left to right, none overlapping. */
  find(text: string): CueMatch[] {
    const folded = foldAccents(text);
    const matches = this.matcher.find(folded);
    if (matches.length === 0) return [];
    const reading = read(text, this.language);
    return matches.map((m) => {
      const index = Number(m.category);
      const entry = Number.isInteger(index) ? this.entries[index] : undefined;
      const category = entry?.category ?? m.category;
      const written = text.slice(m.start, m.end);
      const cues = reading.cues(m.start, m.end, { carriers: this.carriers });
      const { confidence, evidence } = weigh(cues, entry);
      return { start: m.start, end: m.end, category, text: written, confidence, cues: [...evidence, `trigger:${written.replace(/\s+/g, ' ').toLowerCase()}`] };
    });
  }
}

/**
 * The confidence of a match, from its entry's base and its span's cues: a
 * denial, news, a quotation or a title leave a doubt of 0.3 at most; a wish
 * or a condition halves it, a question keeps 0.55 of it, a comparison 0.65; a
 * match about someone other than its entry allows is 0.35 of it.
 */
export function weigh(cues: Cues, entry: CueEntry | undefined): { confidence: number; evidence: string[] } {
  let confidence = entry?.base ?? 0.9;
  if (cues.negated && entry?.denied !== 'keeps') confidence = Math.min(confidence, 0.3);
  if (cues.news || cues.quoted || cues.title) confidence = Math.min(confidence, 0.3);
  if (cues.mode === 'irrealis') confidence *= 0.5;
  if (cues.mode === 'question') confidence *= 0.55;
  if (cues.comparison) confidence *= 0.65;
  const about = entry?.about ?? 'family';
  if ((cues.about === 'other' && about !== 'anyone') || (cues.about === 'family' && about === 'self')) confidence *= 0.35;
  return { confidence: Math.round(confidence * 100) / 100, evidence: cues.evidence };
}

/**
 * A rule's lists by language, each compiled on the first text in its
 * language (an English-only run compiles none): the rule asks for the list
 * of a segment's `lang`, undefined for a language it has no list of.
 */
export function listsByLanguage(
  lists: Readonly<Record<string, readonly CueEntry[]>>,
  options: CueListOptions | ((language: string) => CueListOptions) = {},
): (language: string | undefined) => CueList | undefined {
  const made = new Map<string, CueList>();
  return (language) => {
    if (language === undefined || !Object.hasOwn(lists, language)) return undefined;
    let list = made.get(language);
    if (!list) {
      list = new CueList(lists[language]!, language, typeof options === 'function' ? options(language) : options);
      made.set(language, list);
    }
    return list;
  };
}
