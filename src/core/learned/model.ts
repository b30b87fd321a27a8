/**
 * A learned model's reading of a post: one logistic regression per label
 * over the features of ./features.ts, trained offline from the labelled
 * corpora (bench/model/train.mjs) and shipped as data. It says how likely a
 * label is and which word carries it most (the anchor, where a finding is
 * put and whose cues the rule asks the reading layer for). Pure.
 */
import { read, type Cues, type Reading } from '../reading/index.js';
import { sentenceFeatures } from './features.js';

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
 * sentences together (as the model was trained: one bag of features a
 * post). `extra` adds the features of the post's other texts (its alt text
 * with its body), which weigh but hold no anchor here.
 */
export function scoreText(reading: Reading, model: ModelData, extra: readonly string[] = []): LabelScore[] {
  const n = model.labels.length;
  const z = model.bias.slice();
  const best: { weight: number; token: number; name: string }[][] = Array.from({ length: n }, () => []);
  const seen = new Set<string>();
  const weigh = (name: string, token: number): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const w = model.weights[name];
    if (!w) return;
    for (let k = 0; k < w.length; k += 2) {
      const label = w[k]!;
      const weight = w[k + 1]!;
      z[label]! += weight;
      if (weight > 0 && token >= 0) best[label]!.push({ weight, token, name });
    }
  };
  for (const sentence of sentenceFeatures(reading)) for (const f of sentence) weigh(f.name, f.token);
  for (const name of extra) weigh(name, -1);
  return model.labels.map((label, l) => {
    const top = best[l]!.sort((a, b) => b.weight - a.weight);
    return {
      label,
      probability: 1 / (1 + Math.exp(-z[l]!)),
      anchor: top.length ? top[0]!.token : -1,
      weight: top.length ? top[0]!.weight : 0,
      evidence: [...new Set(top.map((t) => t.token))].slice(0, 4),
    };
  });
}

/** The feature names of a text, as `scoreText` reads them (for a post's other texts). */
export function textFeatureNames(reading: Reading): string[] {
  const names = new Set<string>();
  for (const sentence of sentenceFeatures(reading)) for (const f of sentence) names.add(f.name);
  return [...names];
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

const calls = new Map<string, LearnedCall[]>();

/**
 * The model's call on each label of a post made of `texts` (its body and
 * alt texts in one language), read as one bag of features, each label
 * placed at its anchor. Labels without an anchor (only negative evidence)
 * are left out. Cached by texts.
 */
export function learnedCalls(texts: readonly string[], model: ModelData, language = 'en'): LearnedCall[] {
  const key = `${language}\u241e${texts.join('\u241e')}`;
  const cached = calls.get(key);
  if (cached) return cached;
  const readings = texts.map((t) => read(t, language));
  const names = readings.map(textFeatureNames);
  const scores = readings.map((r, i) => scoreText(r, model, names.filter((_, j) => j !== i).flat()));
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
  if (calls.size > 256) calls.clear();
  calls.set(key, out);
  return out;
}
