// npm run bench: times presence next to its floors and its peer, alternating
// the commands in one run so that all of them see the same machine. Prints
// medians and ratios, and the command lines so anyone can repeat them; then
// the soak check (issue 7) and the large CSV. Fails (exit 1) when a command
// fails or does not do the work it is timed for, rather than print figures.
//
// Knobs: BENCH_RUNS (runs per command, default 11), BENCH_PEERS=0 (no
// textlint), BENCH_SOAK=0 (no soak check), BENCH_SOAK_ROUNDS (default 20),
// BENCH_CSV=0 (no large CSV), BENCH_CSV_ROWS (sizes, comma-separated).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCsv, measure } from './large-csv.mjs';
import { countCompact, prepareTextlint, textlintBin } from './textlint.mjs';
import { words } from './words.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work');
const corpus = path.resolve(root, '../shared/data/tweets-10k/posts.txt');
const runs = Number(process.env.BENCH_RUNS ?? 11);
const peersOn = process.env.BENCH_PEERS !== '0';
const soakOn = process.env.BENCH_SOAK !== '0';
const soakRounds = Number(process.env.BENCH_SOAK_ROUNDS ?? 20);

function fail(message) {
  console.error(`\nbench: FAILED: ${message}`);
  process.exit(1);
}
if (!Number.isInteger(runs) || runs < 1) fail(`BENCH_RUNS must be a positive whole number, not "${process.env.BENCH_RUNS}"`);
if (soakOn && (!Number.isInteger(soakRounds) || soakRounds < 3)) fail(`BENCH_SOAK_ROUNDS must be a whole number of at least 3, not "${process.env.BENCH_SOAK_ROUNDS}"`);
const csvSizes = process.env.BENCH_CSV === '0' ? [] : (process.env.BENCH_CSV_ROWS ?? '100000,300000,1000000').split(',').map(Number);
if (csvSizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`BENCH_CSV_ROWS must be whole numbers, comma-separated, not "${process.env.BENCH_CSV_ROWS}"`);
if (!existsSync(corpus)) fail(`the corpus is missing: ${corpus}: the benchmark runs on the shared data beside the repository (../shared/data), which a clone does not have; see fixtures/shared/README.md for where it comes from`);
const bin = path.join(root, 'dist/presence.cjs');
if (!existsSync(bin)) fail('dist/presence.cjs is missing: run npm run build (npm run bench does)');

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
const config = path.join(here, 'presencerc.yaml');
const rel = (p) => path.relative(root, p) || '.';
const shown = (args) => `node ${args.map((a) => (path.isAbsolute(a) ? rel(a) : a)).join(' ')}`;

console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);

let textlint;
if (peersOn) {
  try {
    textlint = prepareTextlint(path.join(work, 'textlint'), rel);
  } catch (error) {
    fail(error.message);
  }
  console.log(`peers: ${textlint.versions} (bench/peers/package-lock.json)`);
}

// The previous release, built side by side (bench/.work/base, a git worktree
// of BENCH_BASE, default bench/base-ref), so that its ratio comes from the
// same run on the same machine. BENCH_BASE=0 leaves it out.
const baseRef = process.env.BENCH_BASE ?? readFileSync(path.join(here, 'base-ref'), 'utf8').trim();
let baseBin;
if (baseRef !== '0') {
  const baseDir = path.join(work, 'base');
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const wanted = git('rev-parse', '--verify', `${baseRef}^{commit}`).stdout.trim();
  if (!wanted) fail(`BENCH_BASE ${baseRef} is not a commit of this repository`);
  const have = existsSync(baseDir) ? spawnSync('git', ['rev-parse', 'HEAD'], { cwd: baseDir, encoding: 'utf8' }).stdout.trim() : '';
  if (have !== wanted) {
    if (existsSync(baseDir)) git('worktree', 'remove', '--force', baseDir);
    const added = git('worktree', 'add', '--detach', baseDir, wanted);
    if (added.status !== 0) fail(`cannot check out ${baseRef}: ${added.stderr}`);
  }
  baseBin = path.join(baseDir, 'dist/presence.cjs');
  if (!existsSync(baseBin)) {
    console.log(`building the previous release ${wanted.slice(0, 10)} in ${rel(baseDir)} (npm ci, npm run build)...`);
    for (const args of [['ci', '--no-audit', '--no-fund', '--ignore-scripts'], ['run', 'build']]) {
      const r = spawnSync('npm', args, { cwd: baseDir, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) fail(`npm ${args.join(' ')} failed in ${rel(baseDir)}`);
    }
  }
  console.log(`previous release: ${wanted.slice(0, 10)} (${rel(baseDir)})`);
}

// Each command with the exit codes it may end with and a check of its output,
// run after every run (warm-up included): a timing only counts when the
// command did its work.
const floorCount = (stdout) => Number(new RegExp(`^(\\d+) matches in ${posts.length} files$`, 'm').exec(stdout)?.[1] ?? NaN);
const commands = {
  'node -e 0': { args: ['-e', '0'], status: [0] },
  'presence, one post': { args: [bin, 'check', '-c', config, path.join(oneDir, 'post.txt')], status: [0, 1] },
  'presence, one post with findings': {
    args: [bin, 'check', '-c', config, path.join(root, 'fixtures/examples/linkedin/team-night.md')],
    status: [0, 1],
    check: (out) => (/keg stand/.test(out) ? null : 'no "keg stand" finding in its output'),
  },
  'floor: read + one regex, 10,000 files': {
    args: [path.join(here, 'floor.mjs'), tweetsDir],
    status: [0],
    check: (out) => {
      const n = floorCount(out);
      if (!Number.isInteger(n)) return `unexpected output: ${out.trim()}`;
      return floorMatches === undefined || n === floorMatches ? null : `${n} matches, ${floorMatches} in an earlier run`;
    },
  },
  'presence, 10,000 files': { args: [bin, 'check', '-c', config, '--quiet', tweetsDir], status: [0, 1] },
};
if (baseBin) {
  commands['previous release, one post'] = { args: [baseBin, 'check', '-c', config, path.join(oneDir, 'post.txt')], status: [0, 1] };
  commands['previous release, 10,000 files'] = { args: [baseBin, 'check', '-c', config, '--quiet', tweetsDir], status: [0, 1] };
}
if (textlint) {
  commands['textlint + prh, 10,000 files'] = {
    args: [textlintBin, '-f', 'compact', '-c', textlint.config, tweetsDir],
    status: [0, 1],
    // textlint exits 1 both on findings and when it loaded no rule: its
    // findings must be the floor's matches, one per occurrence.
    check: (out) => {
      const found = countCompact(out);
      return found === floorMatches ? null : `${found} findings, but the floor counts ${floorMatches} matches of the same words`;
    },
  };
}
let floorMatches;

function time(name) {
  const { args, status, check } = commands[name];
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const problem = r.error
    ? r.error.message
    : !status.includes(r.status)
      ? `exit ${r.status ?? r.signal} (expected ${status.join(' or ')})`
      : (check?.(r.stdout) ?? null);
  if (problem) fail(`${name}: ${problem}\n  ${shown(args)}\n${r.stdout?.slice(0, 2000) ?? ''}${r.stderr?.slice(0, 2000) ?? ''}`);
  if (name.startsWith('floor')) floorMatches = floorCount(r.stdout);
  return ms;
}

console.log(`runs: ${runs} of each command after one warm-up round, alternating; medians in ms\n`);
console.log('commands (from the repository root):');
for (const [name, { args }] of Object.entries(commands)) console.log(`  ${name.padEnd(38)} ${shown(args)}`);
console.log('');

const names = Object.keys(commands);
const samples = Object.fromEntries(names.map((k) => [k, []]));
for (const name of names) time(name); // warm the file cache; checks every command once
for (let i = 0; i < runs; i++) {
  for (const name of names) samples[name].push(time(name));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
for (const [name, v] of Object.entries(m)) console.log(`  ${name.padEnd(38)} ${v.toFixed(1).padStart(8)} ms`);
console.log(`  (${textlint ? 'the floor and textlint each' : 'the floor'} found ${floorMatches} occurrences of the ${words.length} words)\n`);

const ratio = (label, value, target, met) => console.log(`${label.padEnd(42)} ${value.toFixed(2).padStart(6)}x  (target ${target}: ${met ? 'met' : 'NOT met'})`);
const one = m['presence, one post'] / m['node -e 0'];
const oneFinding = m['presence, one post with findings'] / m['node -e 0'];
const many = m['presence, 10,000 files'] / m['floor: read + one regex, 10,000 files'];
ratio('one post / node -e 0', one, '<= 2x', one <= 2);
ratio('one post with findings / node -e 0', oneFinding, '<= 2x', oneFinding <= 2);
ratio('10,000 files: presence / floor', many, '<= 3x', many <= 3);
if (baseBin) {
  const onePrev = m['presence, one post'] / m['previous release, one post'];
  const manyPrev = m['presence, 10,000 files'] / m['previous release, 10,000 files'];
  ratio('one post: presence / previous release', onePrev, '<= 1.1x', onePrev <= 1.1);
  ratio('10,000 files: presence / previous release', manyPrev, '<= 1.3x', manyPrev <= 1.3);
}
if (textlint) {
  const peer = m['textlint + prh, 10,000 files'] / m['presence, 10,000 files'];
  ratio('10,000 files: textlint + prh / presence', peer, '>= 10x', peer >= 10);
}

// The soak check: the library API in one process, round after round.
if (soakOn) {
  const args = ['--expose-gc', path.join(here, 'soak.mjs'), tweetsDir, String(soakRounds)];
  console.log(`\nsoak check (issue 7): ${shown(args)}`);
  const r = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error || (r.status !== 0 && r.status !== 3)) fail(`the soak check did not complete (exit ${r.status ?? r.signal ?? r.error?.message})`);
}

// The large bulk schedule: once per size (each takes seconds to minutes).
if (csvSizes.length) {
  console.log('\nlarge CSV (streamed; one run per size; wall time and peak resident memory; target for 1,000,000 rows: peak < 200 MB):');
  for (const rows of csvSizes) {
    const file = path.join(work, `schedule-${rows}.csv`);
    await makeCsv(corpus, file, rows);
    let result;
    try {
      result = measure(node, bin, config, file);
    } catch (error) {
      fail(error.message);
    }
    const { seconds, mb } = result;
    console.log(`  ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${((seconds / rows) * 100000).toFixed(2).padStart(6)} s per 100,000 rows  peak ${mb.toFixed(0).padStart(4)} MB${mb < 200 ? '' : ' (over 200 MB)'}   /usr/bin/time -f '%e %M' node dist/presence.cjs check -c bench/presencerc.yaml --quiet -f compact ${rel(file)}`);
  }
  // The largest size again with a smaller V8 heap (README: checking a very large schedule).
  const rows = csvSizes.at(-1);
  const flags = ['--max-semi-space-size=2', '--max-old-space-size=160'];
  let lean;
  try {
    lean = measure(node, bin, config, path.join(work, `schedule-${rows}.csv`), flags);
  } catch (error) {
    fail(error.message);
  }
  console.log(`  ${String(rows).padStart(9)} rows  ${lean.seconds.toFixed(1).padStart(6)} s  ${((lean.seconds / rows) * 100000).toFixed(2).padStart(6)} s per 100,000 rows  peak ${lean.mb.toFixed(0).padStart(4)} MB${lean.mb < 200 ? '' : ' (over 200 MB)'}   (smaller heap) /usr/bin/time -f '%e %M' node ${flags.join(' ')} dist/presence.cjs check -c bench/presencerc.yaml --quiet -f compact ${rel(path.join(work, `schedule-${rows}.csv`))}`);
}
