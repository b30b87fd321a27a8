/**
 * A learned model's reading of a post: one logistic regression per label
 * over the features of ./features.ts, trained offline from the labelled
 * corpora (bench/model/train.mjs) and shipped as data. It says how likely a
 * label is and which word carries it most (the anchor, where a finding is
 * put and whose cues the rule asks the reading layer for). Pure.
 */
import { read, type Cues } from '../reading/index.js';
import { sentenceFeatures, type Feature } from './features.js';

/** A model as shipped: per feature, the labels it weighs on and by how much. */
export interface ModelData {
  labels: string[];
  bias: number[];
  /** Feature name -> flat [label index, weight, label index, weight, ...]. */
  weights: Record<string, number[]>;
}

/** What the model says of one label in a text. */
export interface LabelScore {
  label: string;
  probability: number;
  /** The token of the feature that weighs most for the label (-1: none weighs for it), and that weight. */
  anchor: number;
  weight: number;
  /** The tokens of the features that weigh most for the label, strongest first (at most 4). */
  evidence: number[];
}

/**
 * The score of every label of the model on a text, from the features of its
 * sentences (`sentenceFeatures`) together, as the model was trained: one
 * bag of features a post. `extra` adds the feature names of the post's
 * other texts (its alt text with its body), which weigh but hold no anchor.
 * A label below `min` gets no anchor.
 */
export function scoreText(features: readonly Feature[][], model: ModelData, extra: readonly string[] = [], min = 0): LabelScore[] {
  const z = model.bias.slice();
  const seen = new Set<string>();
  const weigh = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const w = model.weights[name];
    if (w) for (let k = 0; k < w.length; k += 2) z[w[k]!]! += w[k + 1]!;
  };
  for (const sentence of features) for (const f of sentence) weigh(f.name);
  for (const name of extra) weigh(name);
  return model.labels.map((label, l) => {
    const probability = 1 / (1 + Math.exp(-z[l]!));
    // Where a label is placed is asked only of those likely enough: most posts have none.
    const top: { weight: number; token: number }[] = [];
    if (probability >= min) {
      const placed = new Set<string>();
      for (const sentence of features) {
        for (const f of sentence) {
          if (placed.has(f.name)) continue;
          placed.add(f.name);
          const w = model.weights[f.name];
          if (w) for (let k = 0; k < w.length; k += 2) if (w[k] === l && w[k + 1]! > 0) top.push({ weight: w[k + 1]!, token: f.token });
        }
      }
      top.sort((a, b) => b.weight - a.weight);
    }
    return {
      label,
      probability,
      anchor: top.length ? top[0]!.token : -1,
      weight: top.length ? top[0]!.weight : 0,
      evidence: [...new Set(top.map((t) => t.token))].slice(0, 4),
    };
  });
}

/** What the model says of one label in a post, placed in one of its texts. */
export interface LearnedCall {
  label: string;
  probability: number;
  /** The text (of those given) that holds the anchor. */
  text: number;
  /** The clause of the anchor word, as UTF-16 offsets in that text. */
  span: { start: number; end: number };
  /** The text of the anchor's sentence. */
  sentence: string;
  /** The words that weigh most for the label, as written, strongest first. */
  words: string[];
  /** The reading layer's cues of the anchor word. */
  cues: Cues;
  /** Whether the cues let a finding stand: not denied, asked or wished, quoted, a title, news, or about someone else. */
  literal: boolean;
}

/**
 * The model's call on each label of a post made of `texts` (its body and
 * alt texts, in English), read as one bag of features, each label whose
 * probability reaches `min` placed at its anchor (the reading layer's cues
 * are asked only of those). Labels without an anchor (only negative
 * evidence) are left out.
 */
export function learnedCalls(texts: readonly string[], model: ModelData, min = 0): LearnedCall[] {
  const readings = texts.map((t) => read(t));
  const features = readings.map(sentenceFeatures);
  const names = texts.length > 1 ? features.map((f) => [...new Set(f.flat().map((x) => x.name))]) : [];
  const scores = features.map((f, i) => scoreText(f, model, names.filter((_, j) => j !== i).flat(), min));
  const out: LearnedCall[] = [];
  model.labels.forEach((label, l) => {
    // The anchor is the strongest word of any text: the first text that has one holds it.
    let at = -1;
    for (let i = 0; i < texts.length; i++) if (scores[i]![l]!.anchor >= 0 && (at < 0 || scores[i]![l]!.weight > scores[at]![l]!.weight)) at = i;
    if (at < 0) return;
    const score = scores[at]![l]!;
    const reading = readings[at]!;
    const token = reading.tokens[score.anchor]!;
    const clause = reading.clauseOf(score.anchor);
    const sentence = reading.sentenceOf(score.anchor);
    const cues = reading.cues(token.start, token.end);
    out.push({
      label,
      probability: score.probability,
      text: at,
      span: { start: reading.tokens[clause.from]!.start, end: reading.tokens[clause.to - 1]!.end },
      sentence: texts[at]!.slice(reading.tokens[sentence.from]!.start, reading.tokens[sentence.to - 1]!.end),
      words: score.evidence.map((t) => reading.tokens[t]!.text),
      cues,
      literal: !(cues.negated || cues.mode !== 'real' || cues.quoted || cues.title || cues.news || cues.about === 'other'),
    });
  });
  return out;
}
