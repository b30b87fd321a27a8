// Validates bench/corpus/*.yaml and prints the counts pasted in README.md.
// Usage: node bench/corpus/stats.mjs [path/to/tweets.tsv]
// (yaml is resolved from the project's node_modules; set YAML_PATH to another copy if needed)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const YAML = require(process.env.YAML_PATH ?? 'yaml');

const CATEGORIES = ['travel', 'booking', 'birthdate', 'child-school', 'home-address', 'health', 'money',
  'relationship', 'confidential', 'badge-id', 'boss-complaint', 'sick-skip'];
const RULES = ['party-photo', 'personal-info', 'business-repost', ...CATEGORIES.map((c) => `oversharing/${c}`)];
const NEARS = ['negation', 'irony', 'quote-title', 'other-people', 'news', 'innocent-sense', 'public-place',
  'business-number', 'question', 'professional'];
const tsv = process.argv[2] ?? join(here, '../../../shared/data/tweets-2009/tweets.tsv');

let errors = 0;
const fail = (msg) => { errors++; console.error(`ERROR: ${msg}`); };

/** The codes of lang/<code>.yaml and the `lang` values their posts may carry. */
const LANGS = { es: ['es'], pt: ['pt-BR', 'pt-PT'], fr: ['fr'], de: ['de'] };

function check(file, items, tweets, language) {
  const seen = new Set();
  for (const p of items) {
    if (typeof p.id !== 'string') fail(`${file}: id ${p.id} is not a string`);
    if (seen.has(p.id)) fail(`${file}: duplicate id ${p.id}`);
    seen.add(p.id);
    if (!Array.isArray(p.expect)) fail(`${file} ${p.id}: expect is not a list`);
    for (const e of p.expect ?? []) if (!RULES.includes(e)) fail(`${file} ${p.id}: unknown rule ${e}`);
    if (p.near !== undefined && !NEARS.includes(p.near)) fail(`${file} ${p.id}: unknown near ${p.near}`);
    if (p.near !== undefined && p.expect.length) fail(`${file} ${p.id}: near on a post that expects findings`);
    if (tweets) {
      if (!/^\d+$/.test(p.id)) fail(`${file} ${p.id}: not a tweet id`);
      if ('text' in p || 'alt' in p || 'presence' in p) fail(`${file} ${p.id}: text/alt/presence in tweets file`);
      if (!['random', 'keyword'].includes(p.sample)) fail(`${file} ${p.id}: sample must be random|keyword`);
    } else {
      if (language) {
        if (!new RegExp(`^${language}\\d{3}$`).test(p.id)) fail(`${file} ${p.id}: id is not ${language}NNN`);
        if (!(LANGS[language] ?? [language]).includes(p.lang)) fail(`${file} ${p.id}: lang ${p.lang} is not one of ${(LANGS[language] ?? [language]).join(', ')}`);
      } else if (!/^w\d{4}$/.test(p.id)) fail(`${file} ${p.id}: id is not wNNNN`);
      if (typeof p.text !== 'string' || !p.text) fail(`${file} ${p.id}: no text`);
      if (!['personal', 'professional'].includes(p.presence ?? 'personal')) fail(`${file} ${p.id}: bad presence`);
    }
  }
}

function counts(items) {
  const rule = Object.fromEntries(RULES.map((r) => [r, 0]));
  const near = Object.fromEntries(NEARS.map((n) => [n, 0]));
  let positive = 0, quiet = 0, quietPlain = 0, multi = 0, alt = 0, professional = 0, ownVoice = 0;
  for (const p of items) {
    for (const e of p.expect) rule[e]++;
    if (p.expect.length) positive++; else quiet++;
    if (p.expect.length > 1) multi++;
    if (!p.expect.length && !p.near) quietPlain++;
    if (p.near) near[p.near]++;
    if (p.alt) alt++;
    if (p.presence === 'professional') professional++;
    if (/^own voice/.test(p.note ?? '')) ownVoice++;
  }
  const oversharing = Object.entries(rule).filter(([r]) => r.startsWith('oversharing/')).reduce((s, [, n]) => s + n, 0);
  return { total: items.length, positive, quiet, quietPlain, multi, alt, professional, ownVoice, rule, oversharing, near };
}

function print(title, c) {
  console.log(`\n## ${title}\n`);
  console.log(`posts: ${c.total}; expect a finding: ${c.positive} (${c.multi} expect more than one); must stay quiet: ${c.quiet} (near-misses: ${c.quiet - c.quietPlain}, plain: ${c.quietPlain})`);
  if (c.alt || c.professional) console.log(`with an alt text: ${c.alt}; professional presence: ${c.professional}; own-voice mentions of the business (quiet): ${c.ownVoice}`);
  console.log('\n| rule / category | posts that expect it |\n| --- | ---: |');
  for (const r of ['party-photo', 'personal-info', 'business-repost']) console.log(`| ${r} | ${c.rule[r]} |`);
  console.log(`| oversharing (all categories) | ${c.oversharing} |`);
  for (const cat of CATEGORIES) console.log(`| oversharing/${cat} | ${c.rule[`oversharing/${cat}`]} |`);
  console.log('\n| near-miss kind | posts |\n| --- | ---: |');
  for (const n of NEARS) console.log(`| ${n} | ${c.near[n]} |`);
}

const written = YAML.parse(readFileSync(join(here, 'written.yaml'), 'utf8'));
const tweets = YAML.parse(readFileSync(join(here, 'tweets-2009.yaml'), 'utf8'));
check('written.yaml', written, false);
check('tweets-2009.yaml', tweets, true);
if (existsSync(tsv)) {
  const ids = new Set(readFileSync(tsv, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]));
  for (const t of tweets) if (!ids.has(t.id)) fail(`tweets-2009.yaml: id ${t.id} is not in ${tsv}`);
} else console.error(`(no ${tsv}: tweet ids not checked)`);

print('written.yaml', counts(written));
print('tweets-2009.yaml, all', counts(tweets));
print('tweets-2009.yaml, random sample only', counts(tweets.filter((t) => t.sample === 'random')));
print('tweets-2009.yaml, keyword search only', counts(tweets.filter((t) => t.sample === 'keyword')));
// The corpora of other languages: lang/<code>.yaml, written.yaml's format plus `lang`.
const langDir = join(here, 'lang');
for (const name of existsSync(langDir) ? readdirSync(langDir).filter((n) => /^[a-z]{2}\.yaml$/.test(n)).sort() : []) {
  const items = YAML.parse(readFileSync(join(langDir, name), 'utf8'));
  const language = name.slice(0, 2);
  check(`lang/${name}`, items, false, language);
  print(`lang/${name}`, counts(items));
  const regions = [...new Set(items.map((p) => p.lang))].sort();
  if (regions.length > 1) for (const region of regions) print(`lang/${name}, ${region} only`, counts(items.filter((p) => p.lang === region)));
}
if (errors) { console.error(`\n${errors} error(s)`); process.exit(1); }
