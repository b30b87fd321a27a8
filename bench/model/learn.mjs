// The learning half of presence's learned layer, shared by train.mjs (which
// writes the model the rules ship) and cv.mjs (which measures it on posts it
// was not trained on). Logistic regression, one model per label, on the
// features of src/core/learned/features.ts, trained by full-batch gradient
// descent with L2 regularisation and positives weighted up to the negatives'
// total. Deterministic: no random draw, the same corpora give the same model.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TWEETS_TSV } from '../corpus/score.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = (p) => import(pathToFileURL(path.resolve(here, '../../dist', p)).href);
const [{ read }, { sentenceFeatures }, { learnedCalls }] = await Promise.all([
  dist('src/core/reading/index.js'), dist('src/core/learned/features.js'), dist('src/core/learned/model.js')]);

/** The labels the model learns: the party-photo rule and each oversharing category. */
/**
 * The labelled English sets of bench/corpus the model learns from (with the
 * labelled tweets), in order. A blind set joins only after it has been
 * scored once (PRECISION.md): fresh-7 is held out.
 */
export const TRAINING_SETS = ['written', 'fresh', 'fresh-2', 'fresh-3', 'fresh-4', 'fresh-5', 'fresh-6', 'train-1', 'train-2'];

export const LABELS = ['party-photo', ...['travel', 'booking', 'birthdate', 'child-school', 'home-address', 'health', 'money',
  'relationship', 'confidential', 'badge-id', 'boss-complaint', 'sick-skip'].map((c) => `oversharing/${c}`)];

/** The feature names of a post: its body's and its alt text's sentences, together. */
export function postFeatures(post) {
  const names = new Set();
  for (const text of [post.text, post.alt]) {
    if (!text) continue;
    for (const sentence of sentenceFeatures(read(text))) for (const f of sentence) names.add(f.name);
  }
  return [...names];
}

/**
 * Trains one model per label on `posts` (each with `features` and `labels`).
 * Features seen in fewer than `minCount` posts are dropped.
 * @returns {{ labels: string[], features: string[], bias: number[], weights: Float64Array[] }}
 */
export function train(posts, { minCount = 2, l2 = 0.001, epochs = 200, rate = 0.3, labels = LABELS, background = [], maxUp = 20 } = {}) {
  // The words the model knows are those of the labelled posts; the background
  // (unlabelled real posts, taken as quiet) only weighs on them.
  const counts = new Map();
  for (const p of posts) for (const f of p.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  posts = [...posts, ...background];
  const features = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = posts.map((p) => Int32Array.from(p.features.map((f) => index.get(f)).filter((i) => i !== undefined)));
  const bias = [];
  const weights = [];
  for (const label of labels) {
    const y = posts.map((p) => (p.labels.has(label) ? 1 : 0));
    const positives = y.reduce((a, b) => a + b, 0);
    const negatives = y.length - positives;
    // Positives weighted so that both sides count alike, at most maxUp to one.
    const up = positives ? Math.min(maxUp, negatives / positives) : 1;
    const w = new Float64Array(features.length);
    let b = 0;
    const n = posts.length;
    const grad = new Float64Array(features.length);
    // Adagrad: each weight's step shrinks with the gradients it has had.
    const sum = new Float64Array(features.length);
    let sumB = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      grad.fill(0);
      let gb = 0;
      let total = 0;
      for (let k = 0; k < n; k++) {
        let z = b;
        const row = rows[k];
        for (let j = 0; j < row.length; j++) z += w[row[j]];
        const p = 1 / (1 + Math.exp(-z));
        const weight = y[k] ? up : 1;
        const g = (p - y[k]) * weight;
        total += weight;
        gb += g;
        for (let j = 0; j < row.length; j++) grad[row[j]] += g;
      }
      const gB = gb / total;
      sumB += gB * gB;
      b -= (rate * gB) / Math.sqrt(sumB + 1e-8);
      for (let i = 0; i < w.length; i++) {
        const g = grad[i] / total + l2 * w[i];
        sum[i] += g * g;
        w[i] -= (rate * g) / Math.sqrt(sum[i] + 1e-8);
      }
    }
    bias.push(b);
    weights.push(w);
  }
  return { labels, features, bias, weights };
}

/**
 * A trained model as the rules read it (src/core/learned/model.ts): weights
 * rounded to `digits` decimals, those smaller than `floor` left out.
 */
export function modelData(trained, { digits = 2, floor = 0.05 } = {}) {
  const weights = {};
  trained.features.forEach((name, i) => {
    const flat = [];
    trained.weights.forEach((w, l) => {
      if (Math.abs(w[i]) >= floor) flat.push(l, Number(w[i].toFixed(digits)));
    });
    if (flat.length) weights[name] = flat;
  });
  return { labels: trained.labels, bias: trained.bias.map((b) => Number(b.toFixed(digits))), weights };
}

/** What the model says of a post, label by label, as the rules read it (`learnedCalls`). */
export function scorePost(data, post, min = 0) {
  return learnedCalls(post.alt ? [post.text, post.alt] : [post.text], data, min);
}

/**
 * Real personal tweets of tweets-2009 that are not labelled, as quiet
 * background posts: those whose id is even (`half` 0) or odd (1), so that
 * the other half stays for measuring. Undefined without the shared data.
 */
export function backgroundTweets(half, labelledIds) {
  if (!existsSync(TWEETS_TSV)) return undefined;
  const out = [];
  for (const line of readFileSync(TWEETS_TSV, 'utf8').split('\n').slice(1)) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const id = line.slice(0, tab);
    if (labelledIds.has(id) || Number(id.slice(-1)) % 2 !== half) continue;
    out.push({ id, text: line.slice(tab + 1).replace(/\r$/, '').replace(/&(?:amp|quot|lt|gt|#39|apos);/g, (e) => ENTITIES[e]), presence: 'personal', expect: [] });
  }
  return out;
}
const ENTITIES = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&apos;': "'" };
