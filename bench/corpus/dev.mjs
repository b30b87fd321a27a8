// The working view of the development sets, for a rule author: per set, the
// posts a label expects and missed, and the false alarms, optionally for some
// labels only; or the findings on every post of tweets-2009 (29,772 real
// personal tweets), one line each, to diff before and after a change.
// Never run it on a blind set (held-out.mjs scores one of those, once).
//
// CLI (after npm run build):
//   node bench/corpus/dev.mjs [--lang es] [label...]   misses and false alarms of the dev sets
//   node bench/corpus/dev.mjs --feed > feed.txt         findings on all tweets-2009 posts
// A label is a rule or rule/category (`oversharing/health`, `party-photo`).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities, distEngine, readTweets, readWritten, runRules, SEED_RULES, TWEETS_TSV } from './score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const engine = await distEngine();

/**
 * The English development sets, named one by one: a blind set (one being written, or written and not yet scored)
 * must never be read here, so a new set joins this list only after held-out.mjs has scored it.
 */
const ENGLISH_DEV = ['written.yaml', 'fresh.yaml', 'fresh-2.yaml', 'fresh-3.yaml', 'fresh-4.yaml', 'fresh-5.yaml', 'fresh-6.yaml', 'fresh-7.yaml', 'fresh-8.yaml', 'fresh-9.yaml', 'fresh-10.yaml', 'fresh-11.yaml', 'train-1.yaml', 'train-2.yaml', 'train-3.yaml'];
const BLIND = new Set((process.env.BLIND ?? '').split(',').filter(Boolean));
const englishSets = () => ENGLISH_DEV.filter((n) => !BLIND.has(n)).map((n) => ({ name: n, posts: readWritten(path.join(here, n)) }));
const languageSets = (code) =>
  ['', 'train', 'train-2', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8']
    .map((d) => path.join(here, 'lang', d, `${code}.yaml`))
    .filter((f) => existsSync(f) && !BLIND.has(path.relative(here, f)))
    .map((f) => ({ name: path.relative(here, f), posts: readWritten(f) }));

if (args[0] === '--feed') {
  if (!existsSync(TWEETS_TSV)) {
    console.error(`dev.mjs: ${TWEETS_TSV} is absent (../shared is not beside this clone): no feed`);
    process.exit(2);
  }
  const posts = readFileSync(TWEETS_TSV, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const tab = l.indexOf('\t');
      return { id: l.slice(0, tab), text: decodeEntities(l.slice(tab + 1).replace(/\r$/, '')), presence: 'personal', expect: [] };
    });
  const fired = runRules(posts, engine);
  for (const p of posts) {
    const got = fired.get(p.id);
    if (got.length) console.log(`${p.id}\t${[...new Set(got.map((f) => (f.category ? `${f.rule}/${f.category}` : f.rule)))].sort().join(',')}\t${p.text}`);
  }
  process.exit(0);
}

const lang = args[0] === '--lang' ? args[1] : undefined;
const wanted = args.slice(lang ? 2 : 0);
const sets = lang ? languageSets(lang) : englishSets();
if (!lang) {
  const tweets = readTweets();
  if (tweets) sets.push({ name: 'tweets-2009.yaml', posts: tweets });
  else console.log(`(tweets-2009 skipped: ${TWEETS_TSV} is absent)`);
}
const matches = (label) => wanted.length === 0 || wanted.some((w) => label === w || label.startsWith(`${w}/`) || w.startsWith(`${label}/`));
let missedAll = 0;
let alarmsAll = 0;
for (const { name, posts } of sets) {
  const fired = runRules(posts, engine);
  const lines = [];
  for (const p of posts) {
    const got = new Set(fired.get(p.id).flatMap((f) => [f.rule, ...(f.category ? [`${f.rule}/${f.category}`] : [])]));
    const expected = new Set(p.expect.flatMap((e) => [e, e.split('/')[0]]));
    const missed = p.expect.filter((e) => !got.has(e) && matches(e));
    const extra = [...got].filter((g) => SEED_RULES.includes(g.split('/')[0]) && !expected.has(g) && (g.includes('/') || !expected.has(g)) && matches(g));
    const extraShown = extra.filter((g) => g.includes('/') || !extra.some((x) => x.startsWith(`${g}/`)));
    missedAll += missed.length;
    alarmsAll += extraShown.length;
    const text = JSON.stringify(p.text) + (p.alt ? ` alt=${JSON.stringify(p.alt)}` : '');
    if (missed.length) lines.push(`  miss ${p.id} [${missed.join(', ')}] ${text}`);
    if (extraShown.length) lines.push(`  FP   ${p.id}${p.near ? ` (${p.near})` : ''} [${extraShown.join(', ')}] ${text}`);
  }
  console.log(`${name}: ${lines.length} lines`);
  for (const l of lines) console.log(l);
}
console.log(`\ntotal: ${missedAll} missed, ${alarmsAll} false findings${wanted.length ? ` (labels ${wanted.join(' ')})` : ''}`);
