// npm run precision: how often each rule fires on real posts, for PRECISION.md.
// - tweets-10k: 10,000 ordinary real tweets, run as personal and as professional posts;
// - nodejs-tweets: 54 real posts of an organisation's professional presence.
// Config: bench/presencerc.yaml (the README's example). Prints a markdown table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { loadConfig } from '../dist/src/config/load.js';
import { lintFiles } from '../dist/src/core/lint.js';
import { readerFor } from '../dist/src/sources/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../shared/data');
// The corpora are not in the repository (tests use the samples in fixtures/shared): say so, rather than fail on a missing file.
for (const corpus of ['tweets-10k/posts.txt', 'nodejs-tweets']) {
  if (!existsSync(path.join(shared, corpus))) {
    console.error(`precision: ${path.join(shared, corpus)} is missing: this script measures on the shared data beside the repository (../shared/data), which a clone does not have; see fixtures/shared/README.md for where it comes from`);
    process.exit(1);
  }
}
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
