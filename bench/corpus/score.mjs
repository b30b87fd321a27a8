// Scores the rules on the hand-labelled corpus of this folder (README.md):
// runs them over labelled posts through the engine and counts, per rule and
// per oversharing category, what they found against what the labels expect.
//
// The module is pure apart from the readers: the caller hands it the engine
// (config, rules, lintFiles), the built one (dist/, `distEngine()`) for the
// scripts, the sources for test/accuracy.test.ts.
//
// CLI: node bench/corpus/score.mjs [path/to/tweets.tsv]   (after npm run build)
// prints the tables of PRECISION.md's corpus section.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The rules the corpus is labelled for. */
export const SEED_RULES = ['oversharing', 'party-photo', 'personal-info', 'business-repost'];
/** The oversharing categories of the labels (`oversharing/<category>`), in the README's order. */
export const CATEGORIES = ['travel', 'booking', 'birthdate', 'child-school', 'home-address', 'health', 'money',
  'relationship', 'confidential', 'badge-id', 'boss-complaint', 'sick-skip'];
/** The near-miss kinds of the labels (`near:`), in the README's order. */
export const NEAR_KINDS = ['negation', 'irony', 'quote-title', 'other-people', 'news', 'innocent-sense', 'public-place',
  'business-number', 'question', 'professional'];
/** Confidence thresholds reported when findings carry a `confidence`: candidates for a default `minConfidence`. */
export const THRESHOLDS = [0.5, 0.6, 0.7, 0.8];

export const WRITTEN_FILE = path.join(here, 'written.yaml');
export const TWEETS_FILE = path.join(here, 'tweets-2009.yaml');
export const CONFIG_FILE = path.join(here, 'presencerc.yaml');
/** The corpora of other languages: one `<code>.yaml` each, of written.yaml's format plus `lang` (`es`, `pt-BR`, `pt-PT`). */
export const LANGUAGE_DIR = path.join(here, 'lang');
/** Where the text of the labelled tweets is: the shared data beside the repository, which a clone does not have. */
export const TWEETS_TSV = path.resolve(here, '../../../shared/data/tweets-2009/tweets.tsv');

/**
 * @typedef {{ id: string, text: string, presence: 'personal' | 'professional', alt?: string,
 *   expect: string[], near?: string, sample?: 'random' | 'keyword' }} LabelledPost
 * @typedef {{ config: object, rules: readonly object[], lintFiles: Function }} Engine
 * @typedef {{ rule: string, category?: string, confidence?: number }} Fired
 */

/** The posts of written.yaml. @returns {LabelledPost[]} */
export function readWritten(file = WRITTEN_FILE) {
  return parse(readFileSync(file, 'utf8')).map((p) => ({
    id: p.id,
    text: p.text,
    presence: p.presence ?? 'personal',
    ...(p.alt !== undefined ? { alt: p.alt } : {}),
    expect: p.expect,
    ...(p.near !== undefined ? { near: p.near } : {}),
    ...(p.lang !== undefined ? { lang: String(p.lang) } : {}),
  }));
}

/**
 * The corpus of each language in `dir`, by file name (`es`, `pt`), its posts
 * with their `lang` as labelled (a region kept: `pt-BR`). Empty when the
 * folder is absent.
 * @returns {{ language: string, posts: LabelledPost[] }[]}
 */
export function readLanguages(dir = LANGUAGE_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[a-z]{2}\.yaml$/.test(name))
    .sort()
    .map((name) => ({ language: name.slice(0, 2), posts: readWritten(path.join(dir, name)) }));
}

// tweets.tsv keeps the HTML entities of the API; a person's post holds the characters.
const ENTITIES = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&apos;': "'" };
export const decodeEntities = (text) => text.replace(/&(?:amp|quot|lt|gt|#39|apos);/g, (e) => ENTITIES[e]);

/**
 * The labelled tweets with their text from `tsv`, or undefined when `tsv` is
 * absent. Every tweet is a personal post. Throws when a labelled id is not in it.
 * @returns {LabelledPost[] | undefined}
 */
export function readTweets(tsv = TWEETS_TSV, file = TWEETS_FILE) {
  if (!existsSync(tsv)) return undefined;
  const texts = new Map();
  for (const line of readFileSync(tsv, 'utf8').split('\n').slice(1)) {
    const tab = line.indexOf('\t');
    if (tab > 0) texts.set(line.slice(0, tab), decodeEntities(line.slice(tab + 1).replace(/\r$/, '')));
  }
  const labels = parse(readFileSync(file, 'utf8'));
  const missing = labels.filter((t) => !texts.has(t.id)).map((t) => t.id);
  if (missing.length) throw new Error(`${missing.length} labelled tweets are not in ${tsv} (first: ${missing[0]}): is it the tweets-2009 set?`);
  return labels.map((t) => ({
    id: t.id,
    text: texts.get(t.id),
    presence: 'personal',
    expect: t.expect,
    ...(t.near !== undefined ? { near: t.near } : {}),
    sample: t.sample,
  }));
}

/** One post as the engine reads a file: the body, then the alt text as `media[0].alt` (as a post's front matter gives it). */
function parsedFile(post) {
  const segments = [{ field: 'body', text: post.text, source: { start: 0 } }];
  let text = post.text;
  if (post.alt !== undefined) {
    segments.push({ field: 'media[0].alt', text: post.alt, source: { start: text.length + 1 } });
    text += `\n${post.alt}`;
  }
  // A labelled language is the post's front matter `lang`, read as the sources read it: "pt-BR" is the language "pt" and the region "BR".
  const [language, region] = post.lang === undefined ? [] : post.lang.split(/[-_]/);
  const lang = language === undefined ? {} : { lang: language.toLowerCase(), ...(region ? { region: region.toUpperCase() } : {}) };
  return { filePath: post.id, text, posts: [{ file: post.id, index: 0, presence: post.presence, segments, platforms: [], ...lang }] };
}

// A diagnostic carries no data: each seed rule is run through a copy whose
// messages end with the number of the finding behind them, so that every
// diagnostic the engine keeps (after its own yieldsTo and duplicate
// handling) leads back to its finding's category and confidence.
const TAG = '\u241f';
const TAG_KEY = 'scoreFinding';

function tagged(rule, log) {
  const messages = Object.fromEntries(Object.entries(rule.messages).map(([id, text]) => [id, `${text}${TAG}{${TAG_KEY}}`]));
  return {
    ...rule,
    messages,
    check(context) {
      const findings = rule.check(context);
      if (!Array.isArray(findings)) return findings;
      return findings.map((f) => {
        log.push(f);
        return { ...f, data: { ...f.data, [TAG_KEY]: log.length - 1 } };
      });
    },
  };
}

/**
 * Runs the engine over the posts and returns what each post fired, by post id.
 * @param {LabelledPost[]} posts
 * @param {Engine} engine
 * @returns {Map<string, Fired[]>}
 */
export function runRules(posts, { config, rules, lintFiles }) {
  const log = [];
  const seeds = new Set(SEED_RULES);
  const wrapped = rules.map((r) => (seeds.has(r.id) ? tagged(r, log) : r));
  const { results, problems } = lintFiles(posts.map(parsedFile), config, wrapped);
  if (problems.length) throw new Error(`the rules did not run cleanly on the corpus: ${problems.map((p) => `${p.file ?? ''}: ${p.message}`).join('; ')}`);
  const fired = new Map(posts.map((p) => [p.id, []]));
  for (const result of results) {
    for (const d of result.messages) {
      if (!seeds.has(d.ruleId)) continue;
      const k = d.message.lastIndexOf(TAG);
      const finding = k >= 0 ? log[Number(d.message.slice(k + 1))] : undefined;
      const confidence = typeof finding?.confidence === 'number' ? finding.confidence : typeof d.confidence === 'number' ? d.confidence : undefined;
      const category = d.ruleId === 'oversharing' && finding?.data?.category !== undefined ? String(finding.data.category) : undefined;
      fired.get(result.filePath).push({ rule: d.ruleId, ...(category ? { category } : {}), ...(confidence !== undefined ? { confidence } : {}) });
    }
  }
  return fired;
}

/** What a post expects, as labels: `oversharing/<c>` also expects `oversharing`. */
function expectedLabels(post) {
  const labels = new Set(post.expect);
  if (post.expect.some((e) => e.startsWith('oversharing/'))) labels.add('oversharing');
  return labels;
}

/** What a post's findings say, as labels (`oversharing` and `oversharing/<category>`). */
function firedLabels(findings) {
  const labels = new Set();
  for (const f of findings) {
    labels.add(f.rule);
    if (f.category) labels.add(`${f.rule}/${f.category}`);
  }
  return labels;
}

const ratio = (n, d) => (d === 0 ? undefined : n / d);

/**
 * @typedef {{ expected: number, tp: number, fp: number, fn: number, precision?: number, recall?: number }} Counts
 * @typedef {{ posts: number, alarms: number, rate?: number, byRule: Record<string, number> }} NearCounts
 * @typedef {{ posts: number, expecting: number, labels: Record<string, Counts>,
 *   near: { all: NearCounts, kinds: Record<string, NearCounts> },
 *   falsePositives: Record<string, { near: Record<string, number>, otherRules: number, plain: number }>,
 *   thresholds?: { threshold: number, labels: Record<string, Counts>, near: NearCounts }[] }} Figures
 */

/**
 * The figures of a set of posts, from what they fired (`runRules`). Labels are
 * the four rules, then `oversharing/<category>` for each category (and any
 * other category the rule reported). A near-miss counts as a false alarm when
 * any seed rule fires on it that it does not expect. `thresholds` is set only
 * when some finding carries a confidence (a finding without one passes every
 * threshold).
 * @param {LabelledPost[]} posts
 * @param {Map<string, Fired[]>} fired
 * @returns {Figures}
 */
export function figures(posts, fired) {
  const anyConfidence = posts.some((p) => fired.get(p.id).some((f) => f.confidence !== undefined));
  const at = (min) => count(posts, (p) => fired.get(p.id).filter((f) => (f.confidence ?? 1) >= min));
  const all = count(posts, (p) => fired.get(p.id));
  if (!anyConfidence) return all;
  return { ...all, thresholds: THRESHOLDS.map((threshold) => ({ threshold, labels: at(threshold).labels, near: at(threshold).near.all })) };
}

function count(posts, findingsOf) {
  const extra = new Set();
  for (const p of posts) for (const f of findingsOf(p)) if (f.category && !CATEGORIES.includes(f.category)) extra.add(f.category);
  const names = [...SEED_RULES, ...[...CATEGORIES, ...[...extra].sort()].map((c) => `oversharing/${c}`)];
  const labels = Object.fromEntries(names.map((n) => [n, { expected: 0, tp: 0, fp: 0, fn: 0 }]));
  const falsePositives = Object.fromEntries(SEED_RULES.map((r) => [r, { near: {}, otherRules: 0, plain: 0 }]));
  const nearOf = () => ({ posts: 0, alarms: 0, byRule: Object.fromEntries(SEED_RULES.map((r) => [r, 0])) });
  const near = { all: nearOf(), kinds: Object.fromEntries(NEAR_KINDS.map((k) => [k, nearOf()])) };
  for (const p of posts) {
    const expected = expectedLabels(p);
    const found = firedLabels(findingsOf(p));
    for (const name of names) {
      const c = labels[name];
      if (expected.has(name)) c.expected++;
      if (expected.has(name) && found.has(name)) c.tp++;
      else if (found.has(name)) c.fp++;
      else if (expected.has(name)) c.fn++;
    }
    for (const rule of SEED_RULES) {
      if (!found.has(rule) || expected.has(rule)) continue;
      const fp = falsePositives[rule];
      if (p.near) fp.near[p.near] = (fp.near[p.near] ?? 0) + 1;
      else if (p.expect.length) fp.otherRules++;
      else fp.plain++;
    }
    if (p.near) {
      near.kinds[p.near] ??= nearOf();
      const alarms = SEED_RULES.filter((r) => found.has(r) && !expected.has(r));
      for (const n of [near.all, near.kinds[p.near]]) {
        n.posts++;
        if (alarms.length) n.alarms++;
        for (const r of alarms) n.byRule[r]++;
      }
    }
  }
  for (const c of Object.values(labels)) {
    c.precision = ratio(c.tp, c.tp + c.fp);
    c.recall = ratio(c.tp, c.tp + c.fn);
  }
  for (const n of [near.all, ...Object.values(near.kinds)]) n.rate = ratio(n.alarms, n.posts);
  return { posts: posts.length, expecting: posts.filter((p) => p.expect.length > 0).length, labels, near, falsePositives };
}

/**
 * The figures of the written corpus, and of the tweets (all, and the random
 * sample) when they are given (`readTweets()`: never read here, so that a
 * test that scores the written posts cannot reach the shared data).
 * @param {Engine} engine
 * @returns {{ written: Figures, tweets?: { all: Figures, random: Figures } }}
 */
export function scoreCorpus(engine, { written = readWritten(), tweets, languages } = {}) {
  const result = { written: figures(written, runRules(written, engine)) };
  if (languages?.length) {
    // Each language, and each region of it that the labels name (pt-BR, pt-PT), when there is more than one.
    result.languages = languages.map(({ language, posts }) => {
      const fired = runRules(posts, engine);
      const regions = [...new Set(posts.map((p) => p.lang ?? language))].sort();
      return {
        language,
        figures: figures(posts, fired),
        ...(regions.length > 1 ? { regions: regions.map((region) => ({ region, figures: figures(posts.filter((p) => (p.lang ?? language) === region), fired) })) } : {}),
      };
    });
  }
  if (tweets) {
    const fired = runRules(tweets, engine);
    result.tweets = { all: figures(tweets, fired), random: figures(tweets.filter((t) => t.sample === 'random'), fired) };
  }
  return result;
}

/**
 * The built engine (dist/, after `npm run build`) with the corpus config.
 * @returns {Promise<Engine>}
 */
export async function distEngine() {
  const dist = (p) => import(pathToFileURL(path.resolve(here, '../../dist', p)).href);
  const [{ rules }, { loadConfig }, { lintFiles }] = await Promise.all([dist('rules/index.js'), dist('src/config/load.js'), dist('src/core/lint.js')]);
  const { config, issues } = await loadConfig({ cwd: here, configFile: path.basename(CONFIG_FILE), rules });
  if (!config) throw new Error(`bench/corpus/presencerc.yaml: ${JSON.stringify(issues)}`);
  return { config, rules, lintFiles };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { corpusTables } = await import('./report.mjs');
  const tsv = process.argv[2] ? path.resolve(process.argv[2]) : TWEETS_TSV;
  const tweets = readTweets(tsv);
  if (!tweets) console.error(`score: ${tsv} is missing: the tweets-2009 half of the corpus is measured on the shared data beside the repository, which a clone does not have; the written half follows`);
  const { languageTables } = await import('./report.mjs');
  const scored = scoreCorpus(await distEngine(), { tweets, languages: readLanguages() });
  console.log(corpusTables(scored));
  if (scored.languages) console.log(languageTables(scored.languages));
}
