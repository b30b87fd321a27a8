// npm run bench: times presence next to its floors, alternating the commands
// in one run so that all of them see the same machine. Prints medians and
// ratios, and the command lines so anyone can repeat them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCsv, measure } from './large-csv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work');
const corpus = path.resolve(root, '../shared/data/tweets-10k/posts.txt');
const runs = Number(process.env.BENCH_RUNS ?? 11);

if (!existsSync(corpus)) {
  console.error(`bench: the corpus is missing: ${corpus}`);
  process.exit(2);
}

// One file per post, made once and kept in bench/.work (git-ignored).
const tweetsDir = path.join(work, 'tweets-10k');
const posts = readFileSync(corpus, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
if (!existsSync(path.join(tweetsDir, `${String(posts.length - 1).padStart(5, '0')}.txt`))) {
  rmSync(tweetsDir, { recursive: true, force: true });
  mkdirSync(tweetsDir, { recursive: true });
  posts.forEach((post, i) => writeFileSync(path.join(tweetsDir, `${String(i).padStart(5, '0')}.txt`), `${post}\n`));
}
const oneDir = path.join(work, 'one');
mkdirSync(oneDir, { recursive: true });
writeFileSync(path.join(oneDir, 'post.txt'), `${posts[0]}\n`);

const node = process.execPath;
const bin = path.join(root, 'dist/presence.mjs');
const config = path.join(here, 'presencerc.yaml');
const rel = (p) => path.relative(root, p);

const commands = {
  'node -e 0': [node, ['-e', '0']],
  'presence, one post': [node, [bin, 'check', '-c', config, path.join(oneDir, 'post.txt')]],
  'presence, one post with findings': [node, [bin, 'check', '-c', config, path.join(root, 'fixtures/examples/linkedin/team-night.md')]],
  'read-only script, 10,000 files': [node, [path.join(here, 'read-only.mjs'), tweetsDir]],
  'presence, 10,000 files': [node, [bin, 'check', '-c', config, '--quiet', tweetsDir]],
};

function time([cmd, args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (const cmd of Object.values(commands)) time(cmd); // warm the file cache
for (let i = 0; i < runs; i++) {
  for (const [name, cmd] of Object.entries(commands)) samples[name].push(time(cmd));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));

console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`runs: ${runs} of each command, alternating; medians in ms\n`);
console.log('commands (from the repository root):');
for (const [name, [, args]] of Object.entries(commands)) console.log(`  ${name.padEnd(32)} node ${args.map((a) => (path.isAbsolute(a) ? rel(a) : a)).join(' ')}`);
console.log('');
for (const [name, v] of Object.entries(m)) console.log(`  ${name.padEnd(32)} ${v.toFixed(1).padStart(8)} ms`);
console.log('');
const one = m['presence, one post'] / m['node -e 0'];
const oneFinding = m['presence, one post with findings'] / m['node -e 0'];
const many = m['presence, 10,000 files'] / m['read-only script, 10,000 files'];
console.log(`one post / node -e 0:                      ${one.toFixed(2)}x (target < 3x)`);
console.log(`one post with findings / node -e 0:        ${oneFinding.toFixed(2)}x (target < 3x)`);
console.log(`10,000 files / read-only script:           ${many.toFixed(2)}x (target < 10x)`);

// The large bulk schedule: once per size (each takes seconds to minutes).
if (process.env.BENCH_CSV !== '0') {
  console.log('\nlarge CSV (streamed; one run per size; wall time and peak resident memory):');
  const sizes = (process.env.BENCH_CSV_ROWS ?? '100000,300000,1000000').split(',').map(Number);
  for (const rows of sizes) {
    const file = path.join(work, `schedule-${rows}.csv`);
    await makeCsv(corpus, file, rows);
    const { seconds, mb } = measure(node, bin, config, file);
    console.log(`  ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${((seconds / rows) * 100000).toFixed(2).padStart(6)} s per 100,000 rows  peak ${mb.toFixed(0)} MB   node dist/presence.mjs check -c bench/presencerc.yaml --quiet -f compact ${rel(file)}`);
  }
}
