// The HTML report at 10,000 posts: writes a year's schedule of 10,000
// posts (bulk-schedule CSVs of 100 posts, two thirds professional, most
// with a finding), renders it with `presence check -f html`, opens the page in
// Debian's Chromium (playwright-core) RUNS times and prints the median time
// to first contentful paint, to the page's script having drawn the month
// (`data-ready`), and to a filter change and a view change. Numbers go to
// BENCHMARKS.md by hand. `node bench/report.mjs --screenshot` instead
// writes docs/report.png from fixtures/schedule (the README's picture).
// Needs `npm run build` first (npm run bench does it) and chromium.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist/presence.cjs');
const executablePath = [process.env.PRESENCE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('bench/report.mjs: no Chromium (apt-get install chromium, or set PRESENCE_CHROMIUM)');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);

const work = mkdtempSync(path.join(tmpdir(), 'presence-report-bench-'));

async function screenshot() {
  cpSync(path.join(root, 'fixtures/schedule'), work, { recursive: true });
  spawnSync(process.execPath, [bin, 'check', '.', '-f', 'html', '-o', 'report.html'], { cwd: work });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1180 }, deviceScaleFactor: 1 });
  await page.goto(`${pathToFileURL(path.join(work, 'report.html')).href}#view=month&date=2026-03-01`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.screenshot({ path: path.join(root, 'docs/report.png') });
  await browser.close();
  console.log('wrote docs/report.png');
}

const TEXTS = [
  'Adoption day at the shelter this Saturday: meet the dogs and ask us anything about adopting.',
  'Three tips for a calm first week with a rescue dog. What would you add?',
  'Morning walk by the river with Juniper, first frost of the season.',
  'Our volunteers walked 400 dogs this month. Thank you all!',
  'Still hungover from the keg stand at the gala last night.',
  'Flying out tomorrow, the house will be empty until Sunday.',
  'Adoption fees are 50% off this weekend only, book now at happypaws.org/adopt',
  'Call my cell at 503-555-0142 about fostering.',
  'Late coffee with my sister, and the dogs asleep under the table.',
  'A quiet Sunday of baking bread and reading by the window.',
];

function csv(rows) {
  return `Date,Message\n${rows.map(([date, text]) => `${date},"${text.replace(/"/g, '""')}"`).join('\n')}\n`;
}

function schedule() {
  const start = Date.UTC(2026, 0, 1, 8, 0);
  const step = (365 * 86400000) / POSTS;
  const rows = { professional: [], personal: [] };
  for (let i = 0; i < POSTS; i++) {
    const d = new Date(start + i * step);
    const us = `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const presence = i % 3 === 0 ? 'personal' : 'professional';
    rows[presence].push([us, `${TEXTS[i % TEXTS.length]} (${i})`]);
  }
  mkdirSync(path.join(work, 'professional'));
  mkdirSync(path.join(work, 'personal'));
  // Files of 100 posts, as a team exports a week or two at a time (and within the 1,000 findings presence reports per file).
  for (const presence of ['professional', 'personal']) {
    for (let i = 0; i < rows[presence].length; i += 100) {
      writeFileSync(path.join(work, presence, `batch-${String(i / 100).padStart(3, '0')}.csv`), csv(rows[presence].slice(i, i + 100)));
    }
  }
  writeFileSync(
    path.join(work, '.presencerc.yaml'),
    `${readConfig()}overrides:\n  - files: ["professional/**"]\n    presence: professional\n    platforms: [linkedin]\n  - files: ["personal/**"]\n    presence: personal\n    platforms: [instagram]\n`,
  );
}

function readConfig() {
  return readFileSync(path.join(root, 'bench/presencerc.yaml'), 'utf8').replace(/\n*$/, '\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function bench() {
  schedule();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'check', '.', '-f', 'html', '-o', 'report.html'], { cwd: work, encoding: 'utf8' });
  const renderMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 1 && r.status !== 0) throw new Error(`presence failed: ${r.stderr}`);
  const file = path.join(work, 'report.html');
  const size = statSync(file).size;
  const url = `${pathToFileURL(file).href}#view=month&date=2026-06-01`;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const version = browser.version();
  const samples = { fcp: [], ready: [], filter: [], list: [] };
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('presence-report-ready')[0]?.startTime ?? NaN,
    }));
    const filter = await page.evaluate(async () => {
      const box = document.querySelector('input[name="presence"][value="personal"]');
      const t = performance.now();
      box.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t;
    });
    const list = await page.evaluate(async () => {
      const t = performance.now();
      document.getElementById('tab-list').click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t;
    });
    await page.close();
    if (run === 0) continue; // warm-up
    samples.fcp.push(timing.fcp);
    samples.ready.push(timing.ready);
    samples.filter.push(filter);
    samples.list.push(list);
  }
  await browser.close();
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`posts: ${POSTS.toLocaleString('en-US')}; report: ${(size / 1e6).toFixed(2)} MB, written in ${ms(renderMs)} (presence check -f html, whole run)`);
  console.log(`Chromium ${version}, headless, median of ${RUNS} loads after one warm-up:`);
  console.log(`  first contentful paint      ${ms(median(samples.fcp))}`);
  console.log(`  month drawn (data-ready)    ${ms(median(samples.ready))}`);
  console.log(`  a presence filter changed   ${ms(median(samples.filter))}`);
  console.log(`  list view (first 50 posts)  ${ms(median(samples.list))}`);
}

try {
  if (process.argv.includes('--screenshot')) await screenshot();
  else await bench();
} finally {
  rmSync(work, { recursive: true, force: true });
}
