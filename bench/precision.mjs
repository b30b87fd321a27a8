// npm run precision: how often each rule fires on real posts, for PRECISION.md.
// - tweets-10k: 10,000 ordinary real tweets, run as personal and as professional posts;
// - nodejs-tweets: 54 real posts of an organisation's professional presence.
// Config: bench/presencerc.yaml (the README's example). Prints a markdown table.
// Then the precision and recall of the seed rules on the labelled corpus of
// bench/corpus (its written half is in the repository; the tweets-2009 half
// needs the shared data), the tables of PRECISION.md's corpus section.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { loadConfig } from '../dist/src/config/load.js';
import { lintFiles } from '../dist/src/core/lint.js';
import { readerFor } from '../dist/src/sources/index.js';
import { corpusTables, languageTables } from './corpus/report.mjs';
import { TWEETS_TSV, distEngine, readLanguages, readTweets, scoreCorpus } from './corpus/score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../shared/data');
// The corpora are not in the repository (tests use the samples in fixtures/shared): say so, rather than fail on a missing file.
const missing = ['tweets-10k/posts.txt', 'nodejs-tweets'].map((corpus) => path.join(shared, corpus)).find((p) => !existsSync(p));
if (missing) {
  console.error(`precision: ${missing} is missing: this script measures on the shared data beside the repository (../shared/data), which a clone does not have; see fixtures/shared/README.md for where it comes from. The firing rates on tweets-10k and nodejs-tweets are skipped; the labelled corpus follows.`);
} else {
  await firingRates();
}

// The labelled corpus: the written half always, the tweets when their text is at hand.
const tweets2009 = readTweets();
if (!tweets2009) console.error(`precision: ${TWEETS_TSV} is missing: the tweets-2009 half of bench/corpus is not measured (a clone does not have the shared data); the written half is`);
console.log(`${missing ? '' : '\n'}## The development corpus (bench/corpus)\n`);
const scored = scoreCorpus(await distEngine(), { tweets: tweets2009, languages: readLanguages() });
console.log(corpusTables(scored));
// The corpora of other languages (bench/corpus/lang): per language and rule.
if (scored.languages) console.log(`\n## Other languages (bench/corpus/lang)\n\n${languageTables(scored.languages)}`);

/** The firing rate of every rule on tweets-10k and nodejs-tweets: the table at the top of PRECISION.md. */
async function firingRates() {
  const { config, issues } = await loadConfig({ cwd: here, configFile: 'presencerc.yaml', rules });
  if (!config) throw new Error(JSON.stringify(issues));

  const tweets = readFileSync(path.join(shared, 'tweets-10k/posts.txt'), 'utf8').split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean);
  const tweetFiles = (presence, platforms = []) =>
    tweets.map((text, i) => ({ filePath: `tweet-${i}`, text, posts: [{ file: `tweet-${i}`, index: 0, presence, segments: [{ field: 'body', text, source: { start: 0 } }], platforms }] }));
  const ALL_PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'instagram', 'facebook'];
  const nodejsDir = path.join(shared, 'nodejs-tweets');
  const nodejsFiles = readdirSync(nodejsDir).map((name) => {
    const text = readFileSync(path.join(nodejsDir, name), 'utf8');
    const { posts } = readerFor(name)(text, { filePath: name, defaultPresence: 'professional' });
    return { filePath: name, text, posts: posts.map((p) => ({ ...p, presence: 'professional' })) };
  });

  function rates(files, label) {
    // Every rule on, at its own defaults where they are on, so that each rule's rate is measured on every corpus.
    const enabled = { ...config, rules: Object.fromEntries(rules.map((r) => [r.id, 'warning'])) };
    const { results } = lintFiles(files, enabled, rules);
    const posts = files.reduce((n, f) => n + f.posts.length, 0);
    const counts = Object.fromEntries(rules.map((r) => [r.id, new Set()]));
    for (const r of results) for (const m of r.messages) counts[m.ruleId].add(`${m.file}#${m.post}`);
    return { label, posts, counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v.size])) };
  }

  const runs = [
    rates(tweetFiles('personal'), 'tweets-10k as personal'),
    rates(tweetFiles('professional'), 'tweets-10k as professional'),
    rates(tweetFiles('professional', ALL_PLATFORMS), 'tweets-10k as professional, on all seven platforms'),
    rates(nodejsFiles, 'nodejs-tweets as professional'),
  ];
  console.log(`| rule | ${runs.map((r) => `${r.label} (${r.posts} posts)`).join(' | ')} |`);
  console.log(`| --- | ${runs.map(() => '---').join(' | ')} |`);
  for (const rule of rules) {
    console.log(`| \`${rule.id}\` | ${runs.map((r) => `${r.counts[rule.id]} (${((100 * r.counts[rule.id]) / r.posts).toFixed(2)}%)`).join(' | ')} |`);
  }
}
