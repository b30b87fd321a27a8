// Regenerates the measured figures of the docs from the corpus in bench/corpus,
// with the built rules (npm run docs builds, then calls this): the "Measured
// accuracy" block of each seed rule's doc and the corpus tables of
// PRECISION.md, the other languages' among them. Without the shared data (a clone), the tweets-2009 figures
// already in the docs are kept; test/accuracy.test.ts checks the rest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCorpusTables, withLanguageTables, withRuleAccuracy } from '../bench/corpus/report.mjs';
import { SEED_RULES, TWEETS_TSV, distEngine, readLanguages, readTweets, scoreCorpus } from '../bench/corpus/score.mjs';

/** Rewrites the docs whose figures changed; returns their paths, relative to the repository. */
export async function writeAccuracyDocs() {
  const tweets = readTweets();
  if (!tweets) console.error(`docs: ${TWEETS_TSV} is missing: the tweets-2009 figures in the docs are kept as they are; the written-corpus figures are regenerated`);
  const scored = scoreCorpus(await distEngine(), { tweets, languages: readLanguages() });
  const docs = [
    ...SEED_RULES.map((rule) => ({ path: `rules/${rule}.md`, update: (doc) => withRuleAccuracy(doc, rule, scored) })),
    { path: 'PRECISION.md', update: (doc) => withLanguageTables(withCorpusTables(doc, scored), scored) },
  ];
  const changed = [];
  for (const { path, update } of docs) {
    const url = new URL(`../${path}`, import.meta.url);
    const before = readFileSync(url, 'utf8');
    const after = update(before);
    if (after === before) continue;
    writeFileSync(url, after);
    changed.push(path);
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = await writeAccuracyDocs();
  console.error(changed.length ? `docs: measured figures updated in ${changed.join(', ')}` : 'docs: measured figures unchanged');
}
