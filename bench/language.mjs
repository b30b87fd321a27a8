// Compares language detectors on short posts (issue 16): accuracy per
// language, how often a real English post is taken for another language
// (the worst failure: it would lose its English checks), and speed.
//
//   node bench/language.mjs            all three candidates, raw top choice and presence's policy
//   BENCH_LANGUAGE_FULL=1 node ...     also a sweep of policy thresholds per detector
//
// English: ../shared/data/tweets-10k/posts.txt (10,000 tweets) and
// ../shared/data/tweets-2009/tweets.tsv (29,772 personal tweets), read in
// place, never copied; each is skipped, with a line saying so, when absent.
// Spanish, French, German and Portuguese: fixtures/language/short-posts.json
// (posts written for presence). The candidates are pinned in
// bench/language/package.json and installed there on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peers = join(root, 'bench/language');
if (!existsSync(join(peers, 'node_modules/tinyld'))) {
  execFileSync('npm', ['ci', '--prefix', peers, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
const peer = (path) => import(pathToFileURL(join(peers, 'node_modules', path)).href);

const LANGS = ['en', 'es', 'fr', 'de', 'pt'];
const ISO3 = { en: 'eng', es: 'spa', fr: 'fra', de: 'deu', pt: 'por' };
const FROM3 = Object.fromEntries(Object.entries(ISO3).map(([k, v]) => [v, k]));

// The cleaning presence does (links, mentions, hashtags, emoji and digits say
// nothing of the language): the built one, so that the bench measures what ships.
const built = join(root, 'dist/src/core/reading/language.js');
if (!existsSync(built)) {
  console.error('bench/language.mjs: run `npm run build` first (it measures dist/src/core/reading/language.js)');
  process.exit(2);
}
const { languageText: cleaned } = await import(pathToFileURL(built).href);
const letters = (text) => (text.match(/\p{L}/gu) ?? []).length;

/** Each detector as (text) => scores, best first, as [language, score] with score in 0..1. */
async function detectors() {
  const { detectAll } = await peer('tinyld/dist/tinyld.normal.node.mjs');
  const light = await peer('tinyld/dist/tinyld.light.node.mjs');
  const eldOf = async (size) => {
    const module = await peer(`eld/src/entries/static.${size}.js`);
    const eld = module.eld ?? module.default;
    eld.setLanguageSubset(LANGS);
    return (text) => Object.entries(eld.detect(text).getScores()).sort((a, b) => b[1] - a[1]);
  };
  const { francAll } = await peer('franc-min/index.js');
  return {
    tinyld: (text) => detectAll(text, { only: LANGS }).map((r) => [r.lang, r.accuracy]),
    'tinyld/light': (text) => light.detectAll(text, { only: LANGS }).map((r) => [r.lang, r.accuracy]),
    'eld/small': await eldOf('small'),
    'eld/extrasmall': await eldOf('extrasmall'),
    'franc-min': (text) =>
      francAll(text, { only: Object.values(ISO3), minLength: 1 })
        .filter(([code]) => code !== 'und')
        .map(([code, score]) => [FROM3[code], score]),
  };
}

/**
 * presence's policy over a detector's scores: English (the fallback) unless
 * the text has at least `minLetters` letters and the best language leads the
 * second by at least `margin` (a ratio: 1 - second/best).
 */
function decide(scores, text, { minLetters, margin }) {
  const best = scores[0];
  if (!best) return 'en';
  if (letters(text) < minLetters) return 'en';
  const second = scores[1]?.[1] ?? 0;
  const lead = best[1] > 0 ? 1 - second / best[1] : 0;
  return lead >= margin ? best[0] : 'en';
}

function readEnglish() {
  const sets = [];
  const tenK = join(root, '../shared/data/tweets-10k/posts.txt');
  if (existsSync(tenK)) sets.push(['tweets-10k', readFileSync(tenK, 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)]);
  else console.log(`(${tenK} is absent: tweets-10k skipped)`);
  const y2009 = join(root, '../shared/data/tweets-2009/tweets.tsv');
  if (existsSync(y2009)) {
    const rows = readFileSync(y2009, 'utf8').split('\n').map((l) => l.slice(l.indexOf('\t') + 1).trim()).filter(Boolean);
    sets.push(['tweets-2009', rows]);
  } else console.log(`(${y2009} is absent: tweets-2009 skipped)`);
  return sets;
}

const written = JSON.parse(readFileSync(join(root, 'fixtures/language/short-posts.json'), 'utf8'));
const sets = [...readEnglish().map(([name, posts]) => [name, 'en', posts]), ...['es', 'fr', 'de', 'pt'].map((l) => [`written ${l}`, l, written[l]])];
const all = await detectors();

const POLICY = { minLetters: 24, margin: 0.1 };
const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function table(title, choose) {
  console.log(`\n${title}\n`);
  console.log(`| detector | ${sets.map(([name]) => name).join(' | ')} | µs per post |`);
  console.log(`| --- | ${sets.map(() => '---:').join(' | ')} | ---: |`);
  for (const [name, detect] of Object.entries(all)) {
    const cells = [];
    let posts = 0;
    const started = process.hrtime.bigint();
    for (const [, lang, list] of sets) {
      let right = 0;
      for (const raw of list) {
        const text = cleaned(raw);
        if (choose(detect(text), text) === lang) right++;
      }
      posts += list.length;
      cells.push(`${pct(right, list.length)} (${list.length - right} wrong of ${list.length})`);
    }
    const micros = Number(process.hrtime.bigint() - started) / 1000 / posts;
    console.log(`| ${name} | ${cells.join(' | ')} | ${micros.toFixed(1)} |`);
  }
}

// A warm-up pass, so that the first table does not carry the JIT's start.
for (const detect of Object.values(all)) for (const [, , list] of sets) for (const raw of list.slice(0, 500)) detect(cleaned(raw));

table('Top choice among en, es, fr, de, pt (share right, by set):', (scores) => scores[0]?.[0] ?? 'und');
table(`Threshold alone: English unless >= ${POLICY.minLetters} letters and a lead of >= ${POLICY.margin} over the second:`, (scores, text) => decide(scores, text, POLICY));

// What presence ships (npm run build first): dist/src/core/reading/language.js,
// English marker words first, then the same thresholds, over each detector.
const shipped = join(root, 'dist/src/core/reading/language.js');
if (existsSync(shipped)) {
  const { languageOfText, MIN_DETECTION_LETTERS, MIN_DETECTION_LEAD } = await import(pathToFileURL(shipped).href);
  console.log(`\npresence as shipped (languageOfText: two English marker words keep a text English; else >= ${MIN_DETECTION_LETTERS} letters and a lead of >= ${MIN_DETECTION_LEAD}), config languages [en, es, fr, de, pt]:\n`);
  console.log(`| detector | ${sets.map(([name]) => name).join(' | ')} | µs per post | detector asked |`);
  console.log(`| --- | ${sets.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const [name, detect] of Object.entries(all)) {
    const cells = [];
    let posts = 0;
    let asked = 0;
    const counted = (text) => {
      asked++;
      return detect(text);
    };
    const started = process.hrtime.bigint();
    for (const [, lang, list] of sets) {
      let right = 0;
      for (const raw of list) if (languageOfText(raw, LANGS, counted).language === lang) right++;
      posts += list.length;
      cells.push(`${pct(right, list.length)} (${list.length - right} wrong of ${list.length})`);
    }
    const micros = Number(process.hrtime.bigint() - started) / 1000 / posts;
    console.log(`| ${name} | ${cells.join(' | ')} | ${micros.toFixed(1)} | ${pct(asked, posts)} |`);
  }
  if (process.env.BENCH_LANGUAGE_ERRORS) {
    // Prints (never saves) the English posts eld/extrasmall moves off English, for labelling by hand.
    const detect = all['eld/extrasmall'];
    for (const [name, lang, list] of sets) {
      if (lang !== 'en') continue;
      list.forEach((raw, i) => {
        const got = languageOfText(raw, LANGS, detect).language;
        if (got !== 'en') console.log(`${name}\t${i + 1}\t${got}\t${raw.replace(/\s+/g, ' ')}`);
      });
    }
  }
} else console.log(`\n(${shipped} is absent: run npm run build for the shipped policy's figures)`);

if (process.env.BENCH_LANGUAGE_FULL) {
  console.log('\nPolicy sweep (English wrong of all English | other languages right):\n');
  const english = sets.filter(([, l]) => l === 'en');
  const others = sets.filter(([, l]) => l !== 'en');
  for (const [name, detect] of Object.entries(all)) {
    const cached = new Map();
    const scoresOf = (raw) => {
      let entry = cached.get(raw);
      if (!entry) cached.set(raw, (entry = { text: cleaned(raw), scores: detect(cleaned(raw)) }));
      return entry;
    };
    for (const minLetters of [0, 16, 24, 32]) {
      for (const margin of [0, 0.05, 0.1, 0.2, 0.3]) {
        let enWrong = 0;
        let enAll = 0;
        let otherRight = 0;
        let otherAll = 0;
        for (const [, , list] of english) for (const raw of list) {
          const { text, scores } = scoresOf(raw);
          enAll++;
          if (decide(scores, text, { minLetters, margin }) !== 'en') enWrong++;
        }
        for (const [, lang, list] of others) for (const raw of list) {
          const { text, scores } = scoresOf(raw);
          otherAll++;
          if (decide(scores, text, { minLetters, margin }) === lang) otherRight++;
        }
        console.log(`${name.padEnd(12)} letters>=${String(minLetters).padEnd(2)} lead>=${String(margin).padEnd(4)}  English wrong ${pct(enWrong, enAll)} (${enWrong})  others right ${pct(otherRight, otherAll)} (${otherRight}/${otherAll})`);
      }
    }
  }
}

// Module load: a fresh process per detector, median of 5.
console.log('\nModule load (fresh node process, import only, median of 5 runs, ms):\n');
for (const [name, path] of [['tinyld', 'tinyld/dist/tinyld.normal.node.mjs'], ['tinyld/light', 'tinyld/dist/tinyld.light.node.mjs'], ['eld/small', 'eld/src/entries/static.small.js'], ['eld/extrasmall', 'eld/src/entries/static.extrasmall.js'], ['franc-min', 'franc-min/index.js']]) {
  const url = pathToFileURL(join(peers, 'node_modules', path)).href;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t=process.hrtime.bigint(); await import(${JSON.stringify(url)}); console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  times.sort((a, b) => a - b);
  console.log(`- ${name}: ${times[2].toFixed(1)} ms`);
}
