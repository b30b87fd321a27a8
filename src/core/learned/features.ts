/**
 * The features a learned model reads in a post: the words of each sentence
 * as stems (Porter's, from the `stemmer` package), the pairs of neighbouring
 * stems, and a word reached by a negation marked as such ("not hungover"
 * gives `n:hungov`, not `w:hungov`). Numbers, prices, times, links and
 * mentions are read as their kind. The same function builds the features
 * the training script (bench/model/train.mjs) learns from and the ones the
 * rules score, so a model file and the code that reads it cannot disagree.
 * Pure.
 */
import { stemmer } from 'stemmer';
import type { Reading } from '../reading/index.js';

/** One feature of a sentence, with the token it comes from (the first of a pair). */
export interface Feature {
  name: string;
  token: number;
}

/** Words that open a negation's scope: it runs to the end of the clause. */
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nobody', 'nothing', 'none', 'neither', 'nor', "ain't", 'cannot', 'nope']);

const stems = new Map<string, string>();
function stemOf(norm: string): string {
  let s = stems.get(norm);
  if (s === undefined) {
    s = stemmer(norm.replace(/'/g, ''));
    if (stems.size > 50_000) stems.clear();
    stems.set(norm, s);
  }
  return s;
}

/** What one token reads as, or undefined for a token the model ignores (punctuation). */
function unit(reading: Reading, i: number): string | undefined {
  const t = reading.tokens[i]!;
  switch (t.kind) {
    case 'word':
      return stemOf(t.norm);
    case 'hashtag':
      return stemOf(t.norm.replace(/^#/, '').toLowerCase());
    case 'number':
      if (/^[$£€¥]/.test(t.text)) return '<money>';
      if (/\d(?:am|pm)$/i.test(t.text) || /^\d{1,2}:\d{2}$/.test(t.text)) return '<time>';
      if (/k$/i.test(t.text)) return '<money>';
      if (/\d(?:st|nd|rd|th)$/i.test(t.text)) return '<ordinal>';
      if (/^(?:19|20)\d\d$/.test(t.text)) return '<year>';
      return '<number>';
    case 'url':
      return '<link>';
    case 'mention':
      return '<mention>';
    default:
      return /\p{Extended_Pictographic}/u.test(t.text) ? t.text : undefined;
  }
}

function negates(reading: Reading, i: number): boolean {
  const t = reading.tokens[i]!;
  return t.kind === 'word' && (NEGATIONS.has(t.norm) || t.norm.endsWith("n't"));
}

/**
 * The features of each sentence of a reading, in sentence order. A feature
 * is listed once a sentence, at its first token.
 */
export function sentenceFeatures(reading: Reading): Feature[][] {
  const out: Feature[][] = [];
  for (const sentence of reading.sentences) {
    const seen = new Set<string>();
    const features: Feature[] = [];
    const add = (name: string, token: number): void => {
      if (seen.has(name)) return;
      seen.add(name);
      features.push({ name, token });
    };
    let negatedUntil = -1;
    let previous: { unit: string; token: number } | undefined;
    for (let i = sentence.from; i < sentence.to; i++) {
      if (negates(reading, i)) negatedUntil = reading.clauseOf(i).to;
      const u = unit(reading, i);
      if (u === undefined) {
        // A comma or a full stop breaks a pair; an apostrophe or a hyphen alone does not occur.
        previous = undefined;
        continue;
      }
      const negated = i < negatedUntil && !negates(reading, i);
      add(`${negated ? 'n' : 'w'}:${u}`, i);
      if (previous) add(`b:${previous.unit}_${u}`, previous.token);
      previous = { unit: u, token: i };
    }
    out.push(features);
  }
  return out;
}
