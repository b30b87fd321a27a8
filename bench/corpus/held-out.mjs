// Scores a held-out set (a file in written.yaml's format that the rules were
// never tuned on, such as fresh-2.yaml) and prints its figures, the posts
// missed and the false alarms. Run it once per set, after the rules are
// done; a set that has been looked at this way is a development set from
// then on (PRECISION.md records which).
//
// CLI: node bench/corpus/held-out.mjs bench/corpus/fresh-2.yaml   (after npm run build)
import path from 'node:path';
import { distEngine, figures, readWritten, runRules, SEED_RULES } from './score.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/corpus/held-out.mjs <set.yaml>');
  process.exit(2);
}
const posts = readWritten(path.resolve(file));
const fired = runRules(posts, await distEngine());
const f = figures(posts, fired);
const pct = (x) => (x === undefined ? '-' : x.toFixed(2));
console.log(`## ${path.basename(file)}: ${f.posts} posts, ${f.expecting} expect a finding, ${f.near.all.posts} near-misses\n`);
console.log('| rule / category | expected | TP | FP | FN | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, c] of Object.entries(f.labels)) if (c.expected || c.fp) console.log(`| \`${name}\` | ${c.expected} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(c.precision)} | ${pct(c.recall)} |`);
console.log(`\nnear-miss false alarms: ${f.near.all.alarms} of ${f.near.all.posts} (${pct(f.near.all.rate)})`);
const labels = (p) => {
  const got = new Set(fired.get(p.id).flatMap((x) => [x.rule, ...(x.category ? [`${x.rule}/${x.category}`] : [])]));
  return got;
};
console.log('\nmissed:');
for (const p of posts) {
  const got = labels(p);
  const missed = p.expect.filter((e) => !got.has(e));
  if (missed.length) console.log(`- ${p.id} [${missed.join(', ')}] ${JSON.stringify(p.text)}`);
}
console.log('\nfalse alarms:');
for (const p of posts) {
  const got = labels(p);
  const expected = new Set(p.expect.flatMap((e) => [e, e.split('/')[0]]));
  const extra = SEED_RULES.filter((r) => got.has(r) && !expected.has(r));
  const wrongCategory = [...got].filter((g) => g.includes('/') && !expected.has(g));
  if (extra.length || wrongCategory.length) console.log(`- ${p.id}${p.near ? ` (${p.near})` : ''} [${[...extra, ...wrongCategory].join(', ')}] ${JSON.stringify(p.text)}`);
}
