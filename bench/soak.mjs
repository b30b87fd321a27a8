// The soak check of issue 7: one process, the library API (dist/src), the
// 10,000 one-post files linted again and again, as a scheduler or a bot that
// keeps presence loaded would. After each round it drops the result, runs a
// full garbage collection and records the resident set and the live heap. A
// leak (a cache that grows with every post seen, a listener per call) shows
// as heapUsed climbing round after round.
//
//   node --expose-gc bench/soak.mjs <folder> [rounds, default 20]
//
// Verdict: "flat" when heapUsed after the last round is at most
// max(10% of round 2's, 2 MiB) above round 2's; "growing" otherwise.
// Round 2, not 1, is the reference: the first round compiles the patterns
// the posts need and fills the caches that are meant to last (compiled
// patterns, the config's rules), which is memory held once, not a leak.
// Exit 0 when flat, 3 when growing, 1 or 2 when the check could not run or
// the rounds disagree (each round must check every post and find the same).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const folder = process.argv[2];
const rounds = Number(process.argv[3] ?? 20);
if (!folder || !Number.isInteger(rounds) || rounds < 3) {
  console.error('usage: node --expose-gc bench/soak.mjs <folder> [rounds >= 3]');
  process.exit(2);
}
if (typeof global.gc !== 'function') {
  console.error('soak: run with node --expose-gc');
  process.exit(2);
}
const { lint, loadConfig } = await import(pathToFileURL(path.join(root, 'dist/src/index.js')).href);

const MiB = 2 ** 20;
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).length;
const config = await loadConfig({ cwd: root, configFile: path.join(here, 'presencerc.yaml') });

function sample() {
  global.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** One round; returns only counts, so that nothing of the result outlives it. */
async function round() {
  const result = await lint({ files: [folder] }, { cwd: root, config });
  let findings = 0;
  for (const file of result.results) findings += file.messages.length;
  return { posts: result.postCount, findings, problems: result.problems.length };
}

const rows = [{ round: 0, ms: 0, ...sample() }];
let first;
for (let i = 1; i <= rounds; i++) {
  const start = process.hrtime.bigint();
  const counts = await round();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (counts.posts !== files || counts.problems !== 0) {
    console.error(`soak: round ${i} checked ${counts.posts} posts of ${files} files, with ${counts.problems} problems`);
    process.exit(1);
  }
  first ??= counts;
  if (counts.findings !== first.findings) {
    console.error(`soak: round ${i} found ${counts.findings} findings, round 1 found ${first.findings}`);
    process.exit(1);
  }
  rows.push({ round: i, ms, ...sample() });
}

console.log(`soak: ${rounds} rounds of lint() over ${files} files in one process (${first.findings} findings each); after each, global.gc() and process.memoryUsage()`);
console.log('  round    time ms    rss MiB  heapUsed MiB');
for (const r of rows) {
  const ms = r.round === 0 ? '-' : r.ms.toFixed(0);
  const note = r.round === 0 ? '  (config loaded, before any lint)' : r.round === 2 ? '  (reference)' : '';
  console.log(`  ${String(r.round).padStart(5)} ${ms.padStart(10)} ${(r.rss / MiB).toFixed(1).padStart(10)} ${(r.heapUsed / MiB).toFixed(1).padStart(13)}${note}`);
}
const ref = rows[2].heapUsed;
const last = rows[rounds].heapUsed;
const growth = last - ref;
const allowed = Math.max(0.1 * ref, 2 * MiB);
// Least-squares slope of heapUsed over rounds 2..last, for the record.
const tail = rows.slice(2);
const mx = tail.reduce((s, r) => s + r.round, 0) / tail.length;
const my = tail.reduce((s, r) => s + r.heapUsed, 0) / tail.length;
const slope = tail.reduce((s, r) => s + (r.round - mx) * (r.heapUsed - my), 0) / tail.reduce((s, r) => s + (r.round - mx) ** 2, 0);
const flat = growth <= allowed;
console.log(
  `verdict: ${flat ? 'flat' : 'growing'}: heapUsed after round ${rounds} is ${(last / MiB).toFixed(1)} MiB, ${growth >= 0 ? '+' : ''}${(growth / MiB).toFixed(1)} MiB from round 2 ` +
    `(flat means at most +${(allowed / MiB).toFixed(1)} MiB: max(10%, 2 MiB)); trend ${(slope / 1024).toFixed(0)} KiB per round; ` +
    `rss ${((rows[rounds].rss - rows[2].rss) / MiB).toFixed(1)} MiB from round 2`,
);
process.exit(flat ? 0 : 3);
