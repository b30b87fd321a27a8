// Measures the learned layer on posts it was not trained on: each labelled
// set in turn is left out, the model is trained on the others, and the left-out
// set is scored by the rules alone and by the rules with the model, at
// several thresholds. Prints recall per label and false alarms on near-misses
// and on quiet posts. Needs `npm run build` and, for the tweets, /work/shared.
//
// CLI: node bench/model/cv.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distEngine, readTweets, readWritten, runRules } from '../corpus/score.mjs';
import { stands } from '../../dist/src/core/learned/index.js';
import { backgroundTweets, LABELS, modelData, postFeatures, scorePost, train, TRAINING_SETS } from './learn.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../corpus');
const sets = TRAINING_SETS.map((name) => [name, readWritten(path.join(corpus, `${name}.yaml`))]);
const tweets = readTweets();
if (tweets) sets.push(['tweets-2009', tweets]);
else console.error('cv: /work/shared/data/tweets-2009 is missing: the tweets are left out');

// The rules as they read without the learned layer: what the model adds is measured against them.
const built = await distEngine();
const engine = { ...built, rules: built.rules.map((r) => (r.id === 'oversharing' || r.id === 'party-photo' ? { ...r, check: (ctx) => r.check({ ...ctx, options: { ...ctx.options, learned: false } }) } : r)) };
const all = [];
for (const [set, posts] of sets) {
  const fired = runRules(posts, engine);
  for (const p of posts) {
    const labels = new Set(p.expect);
    const got = new Set(fired.get(p.id).flatMap((f) => [f.rule, ...(f.category ? [`${f.rule}/${f.category}`] : [])]));
    all.push({ ...p, set, labels, got, features: postFeatures(p), personal: p.presence === 'personal' });
  }
}

const THRESHOLDS = (process.env.CV_THRESHOLDS ?? "0.5,0.6,0.65,0.7,0.75,0.8,0.9").split(",").map(Number);
// Unlabelled real tweets as quiet background: the even half trains, the odd half measures how often the model speaks on a real feed.
const labelledIds = new Set(tweets ? tweets.map((t) => t.id) : []);
const background = process.env.CV_BACKGROUND === '0' ? [] : (backgroundTweets(0, labelledIds) ?? []).map((p) => ({ labels: new Set(), features: postFeatures(p) }));
const feed = (backgroundTweets(1, labelledIds) ?? []).slice(0, Number(process.env.CV_FEED ?? 6000));
const opts = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]));
const brief = process.env.CV_BRIEF === '1';
const rows = [];
/** Whether the anchor's cues let a learned finding stand (CV_GATE=0 to see the model without them). */
function gate(s) {
  if (s.label === undefined) return true;
  return process.env.CV_GATE === '0' || stands(s);
}
for (const [set] of sets) {
  const model = modelData(train(all.filter((p) => p.set !== set), { ...opts, background }));
  for (const p of all.filter((q) => q.set === set)) {
    const prob = {};
    if (p.personal) for (const s of scorePost(model, p, Math.min(...THRESHOLDS))) prob[s.label] = gate(s) ? s.probability : 0;
    rows.push({ p, prob });
  }
}

const pct = (n, d) => (d ? (n / d).toFixed(2) : '-');
if (feed.length) {
  const model = modelData(train(all, { ...opts, background }));
  const speaks = THRESHOLDS.map(() => 0);
  const shown = [];
  for (const p of feed) {
    const calls = scorePost(model, p, Math.min(...THRESHOLDS)).filter(gate);
    THRESHOLDS.forEach((t, k) => { if (calls.some((c) => c.probability >= t)) speaks[k]++; });
    for (const c of calls) if (c.probability >= Number(process.env.CV_FEED_SHOW ?? 2)) shown.push(`${c.label} ${c.probability.toFixed(2)} ${JSON.stringify(p.text).slice(0, 130)}`);
  }
  console.log(`## a real feed: ${feed.length} unlabelled tweets-2009 posts (odd ids), posts the model (trained on everything${background.length ? ' and the even half' : ''}) speaks on, before the rules: ${THRESHOLDS.map((t, k) => `@${t} ${speaks[k]}`).join(', ')}`);
  if (shown.length) console.log(shown.sort().join('\n'));
}
for (const scope of brief ? ['all', 'fresh sets', 'fresh-5'] : ['all', 'fresh sets', ...sets.map(([s]) => s)]) {
  const inScope = rows.filter(({ p }) => scope === 'all' || (scope === 'fresh sets' ? p.set.startsWith('fresh') : p.set === scope));
  console.log(`\n## ${scope}: ${inScope.length} posts`);
  console.log(`| label | n | rules | ${THRESHOLDS.map((t) => `+model@${t}`).join(' | ')} |`);
  console.log(`| --- | ---: | ---: | ${THRESHOLDS.map(() => '---:').join(' | ')} |`);
  let near = inScope.filter(({ p }) => p.near);
  let quiet = inScope.filter(({ p }) => p.labels.size === 0 || [...p.labels].every((l) => !LABELS.includes(l)));
  const fpNear = THRESHOLDS.map(() => 0);
  const fpQuiet = THRESHOLDS.map(() => 0);
  let rulesNear = 0;
  const micro = { n: 0, rules: 0, cells: THRESHOLDS.map(() => 0) };
  for (const label of LABELS) {
    const pos = inScope.filter(({ p }) => p.labels.has(label));
    micro.n += pos.length;
    micro.rules += pos.filter(({ p }) => p.got.has(label)).length;
    THRESHOLDS.forEach((t, k) => (micro.cells[k] += pos.filter(({ p, prob }) => p.got.has(label) || (prob[label] ?? 0) >= t).length));
    const byRules = pos.filter(({ p }) => p.got.has(label)).length;
    const cells = THRESHOLDS.map((t) => pos.filter(({ p, prob }) => p.got.has(label) || (prob[label] ?? 0) >= t).length);
    console.log(`| ${label} | ${pos.length} | ${pct(byRules, pos.length)} | ${cells.map((c) => pct(c, pos.length)).join(' | ')} |`);
  }
  THRESHOLDS.forEach((t, k) => {
    for (const { p, prob } of near) if (LABELS.some((l) => !p.labels.has(l) && !p.got.has(l) && (prob[l] ?? 0) >= t)) fpNear[k]++;
    for (const { p, prob } of quiet) if (LABELS.some((l) => !p.labels.has(l) && !p.got.has(l) && (prob[l] ?? 0) >= t)) fpQuiet[k]++;
  });
  for (const { p } of near) if (LABELS.some((l) => !p.labels.has(l) && p.got.has(l))) rulesNear++;
  console.log(`| every label | ${micro.n} | ${pct(micro.rules, micro.n)} | ${micro.cells.map((c) => pct(c, micro.n)).join(' | ')} |`);
  console.log(`| near-misses with a new false alarm (rules: ${rulesNear}) | ${near.length} | | ${fpNear.join(' | ')} |`);
  console.log(`| quiet posts with a new false alarm | ${quiet.length} | | ${fpQuiet.join(' | ')} |`);
}
if (process.env.CV_SHOW) {
  const t = Number(process.env.CV_SHOW);
  console.log(`\n## model-only finds at ${t}`);
  for (const { p, prob } of rows) for (const l of LABELS) if ((prob[l] ?? 0) >= t && !p.got.has(l)) console.log(`${p.labels.has(l) ? 'TP' : 'FP'} ${l} ${prob[l].toFixed(2)} ${p.set}:${p.id} ${JSON.stringify(p.text).slice(0, 140)}`);
}
