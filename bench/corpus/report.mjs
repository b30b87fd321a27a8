// Renders the figures of score.mjs as markdown: the corpus tables (printed by
// npm run precision, kept in PRECISION.md) and the "Measured accuracy" block
// of each seed rule's doc. Pure: text in, text out, deterministic.

/** The generated block of a doc lies between these lines. */
export const START = '<!-- accuracy:start -->';
export const END = '<!-- accuracy:end -->';
/** Inside it, the tweets-2009 part: kept as it is when the shared data is absent. */
export const TWEETS_START = '<!-- accuracy:tweets:start -->';
export const TWEETS_END = '<!-- accuracy:tweets:end -->';
const NOT_MEASURED = '_tweets-2009: not measured yet (its text is in the shared data beside the repository, which this run did not have)._';

// The rules scored, in score.mjs's order (not imported: score.mjs imports this module from its CLI).
const seedRules = (f) => Object.keys(f.near.all.byRule);
const decimal = (v) => (v === undefined ? '–' : v.toFixed(2));
const percent = (v) => (v === undefined ? '–' : `${(100 * v).toFixed(1)}%`);
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const code = (s) => `\`${s}\``;

/** Prose wrapped at `width` columns, as the hand-written docs are; later lines start with `indent`. */
function wrap(text, indent = '', width = 76) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** A row is worth showing when the label was expected or fired at all. */
const seen = (c) => c.expected > 0 || c.fp > 0;

function countsRow(name, c) {
  return `| ${name} | ${c.expected} | ${c.tp} | ${c.fp} | ${c.fn} | ${decimal(c.precision)} | ${decimal(c.recall)} |`;
}

const COUNTS_HEAD = '| expected | TP | FP | FN | precision | recall |';
const COUNTS_RULE = '| ---: | ---: | ---: | ---: | ---: | ---: |';

/** Every label of a set of posts: the four rules, then the oversharing categories. */
function labelsTable(f, onlySeen) {
  const rows = Object.entries(f.labels)
    .filter(([, c]) => !onlySeen || seen(c))
    .map(([name, c]) => countsRow(name.startsWith('oversharing/') ? `oversharing / ${code(name.slice(12))}` : code(name), c));
  return [`| rule / category ${COUNTS_HEAD}`, `| --- ${COUNTS_RULE}`, ...rows].join('\n');
}

function nearTable(f) {
  const SEED_RULES = seedRules(f);
  const row = (name, n) => `| ${name} | ${n.posts} | ${n.alarms} | ${percent(n.rate)} | ${SEED_RULES.map((r) => n.byRule[r]).join(' | ')} |`;
  return [
    `| near-miss kind | posts | false alarms | rate | ${SEED_RULES.map(code).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ${SEED_RULES.map(() => '---:').join(' | ')} |`,
    row('all', f.near.all),
    ...Object.entries(f.near.kinds).filter(([, n]) => n.posts > 0).map(([kind, n]) => row(kind, n)),
  ].join('\n');
}

function thresholdTable(f) {
  if (!f.thresholds) return undefined;
  const SEED_RULES = seedRules(f);
  const pr = (c) => `${decimal(c.precision)} / ${decimal(c.recall)}`;
  return [
    `| min confidence | ${SEED_RULES.map((r) => `${code(r)} P / R`).join(' | ')} | near-miss false alarms |`,
    `| ---: | ${SEED_RULES.map(() => '---:').join(' | ')} | ---: |`,
    `| (all findings) | ${SEED_RULES.map((r) => pr(f.labels[r])).join(' | ')} | ${percent(f.near.all.rate)} |`,
    ...f.thresholds.map((t) => `| ${t.threshold.toFixed(1)} | ${SEED_RULES.map((r) => pr(t.labels[r])).join(' | ')} | ${percent(t.near.rate)} |`),
  ].join('\n');
}

function summaryLine(f) {
  return `${plural(f.posts, 'post')}: ${f.expecting} expect a finding, ${plural(f.near.all.posts, 'near-miss', 'near-misses')}`;
}

/**
 * The corpus tables, in two parts: the written posts, and the tweets (undefined
 * when they were not measured). PRECISION.md keeps them; npm run precision prints them.
 * @returns {{ written: string, tweets?: string }}
 */
export function corpusParts({ written, tweets }) {
  const parts = [
    `### Written posts (\`written.yaml\`: ${summaryLine(written)})`,
    labelsTable(written, false),
    nearTable(written),
  ];
  const thresholds = thresholdTable(written);
  if (thresholds) parts.push('By the confidence of the findings (a finding below the threshold is left out):', thresholds);
  if (!tweets) return { written: parts.join('\n\n') };
  const t = [
    `### Real tweets (\`tweets-2009.yaml\`: ${summaryLine(tweets.all)}; the random sample: ${summaryLine(tweets.random)})`,
    'All labelled tweets (the keyword part is enriched with positives and near-misses):',
    labelsTable(tweets.all, true),
    'The random sample only (what an ordinary feed looks like):',
    labelsTable(tweets.random, true),
    nearTable(tweets.all),
  ];
  const tweetThresholds = thresholdTable(tweets.all);
  if (tweetThresholds) t.push('All tweets, by the confidence of the findings:', tweetThresholds);
  return { written: parts.join('\n\n'), tweets: t.join('\n\n') };
}

/** The corpus tables as one text, for a terminal. */
export function corpusTables(scored) {
  const { written, tweets } = corpusParts(scored);
  return `${written}\n\n${tweets ?? '### Real tweets (`tweets-2009.yaml`)\n\nNot measured: the shared data beside the repository is absent.'}\n`;
}

/** Names of the languages of the corpora, for headings. */
const LANGUAGE_TITLES = { es: 'Spanish', pt: 'Portuguese', fr: 'French', de: 'German' };

/**
 * The tables of the corpora of other languages (bench/corpus/lang): per
 * language, the rules and categories, the near-misses by kind, the
 * confidence thresholds, and each region's rules when a language has two
 * (pt-BR, pt-PT). PRECISION.md's per-language section keeps them.
 * @param {{ language: string, figures: object, regions?: { region: string, figures: object }[] }[]} languages
 */
export function languageTables(languages) {
  const out = [];
  for (const { language, figures: f, regions } of languages) {
    out.push(`### ${LANGUAGE_TITLES[language] ?? language} (\`lang/${language}.yaml\`: ${summaryLine(f)})`, labelsTable(f, true), nearTable(f));
    const thresholds = thresholdTable(f);
    if (thresholds) out.push('By the confidence of the findings:', thresholds);
    for (const { region, figures: r } of regions ?? []) {
      const rows = Object.entries(r.labels)
        .filter(([name]) => !name.startsWith('oversharing/'))
        .map(([name, c]) => countsRow(code(name), c));
      out.push(`${code(region)} only (${summaryLine(r)}; near-miss false alarms ${percent(r.near.all.rate)}):`, [`| rule ${COUNTS_HEAD}`, `| --- ${COUNTS_RULE}`, ...rows].join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** "other-people 5 of 25, innocent-sense 4 of 31": the kinds a rule fired on, the most first. */
function alarmKinds(f, rule) {
  return Object.entries(f.near.kinds)
    .map(([kind, n], order) => ({ kind, alarms: n.byRule[rule], posts: n.posts, order }))
    .filter((k) => k.alarms > 0)
    .sort((a, b) => b.alarms - a.alarms || a.order - b.order)
    .map((k) => `${k.kind} ${k.alarms} of ${k.posts}`);
}

function nearLine(f, rule, byKind) {
  const n = f.near.all;
  const alarms = n.byRule[rule];
  const kinds = byKind ? alarmKinds(f, rule) : [];
  return wrap(`Near-misses (posts that look risky and must stay quiet): fired on ${alarms} of ${n.posts} (${percent(ratioOf(alarms, n.posts))})${kinds.length ? `: ${kinds.join(', ')}` : ''}.`);
}

const ratioOf = (n, d) => (d === 0 ? undefined : n / d);

function ruleRows(f, rule) {
  const rows = [countsRow(rule === 'oversharing' ? 'all categories' : 'all', f.labels[rule])];
  if (rule === 'oversharing') {
    for (const [name, c] of Object.entries(f.labels)) if (name.startsWith('oversharing/') && seen(c)) rows.push(countsRow(code(name.slice(12)), c));
  }
  return rows;
}

function knownLimits(f, rule) {
  const items = [];
  if (rule === 'oversharing') {
    const missed = Object.entries(f.labels)
      .filter(([name, c]) => name.startsWith('oversharing/') && c.fn > 0)
      .map(([name, c], order) => ({ name: name.slice(12), c, order }))
      .sort((a, b) => b.c.fn / b.c.expected - a.c.fn / a.c.expected || b.c.fn - a.c.fn || a.order - b.order)
      .slice(0, 5)
      .map(({ name, c }) => `${code(name)} ${c.fn} of ${c.expected}`);
    if (missed.length) items.push(`Misses most, by category: ${missed.join(', ')}.`);
    const confused = Object.entries(f.labels)
      .filter(([name, c]) => name.startsWith('oversharing/') && c.fp > 0)
      .map(([name, c], order) => ({ name: name.slice(12), fp: c.fp, order }))
      .sort((a, b) => b.fp - a.fp || a.order - b.order)
      .slice(0, 5)
      .map(({ name, fp }) => `${code(name)} ${fp}`);
    if (confused.length) items.push(`Fires with a category the post does not expect, most often: ${confused.join(', ')}.`);
  } else {
    const c = f.labels[rule];
    if (c.fn > 0) items.push(`Misses ${c.fn} of the ${c.expected} posts that expect it.`);
  }
  const fp = f.falsePositives[rule];
  const kinds = alarmKinds(f, rule);
  if (kinds.length) items.push(`False alarms on near-misses, by kind: ${kinds.join(', ')}.`);
  if (fp.otherRules) items.push(`Fires on ${plural(fp.otherRules, 'post')} that expect only other rules.`);
  if (fp.plain) items.push(`Fires on ${plural(fp.plain, 'ordinary quiet post')}.`);
  if (!items.length) items.push('None measured on this corpus.');
  return items.map((i) => wrap(`- ${i}`, '  ')).join('\n');
}

/**
 * The generated block of a rule's doc, in three parts: the written figures,
 * the tweets figures (undefined when not measured) and the known limits.
 * @returns {{ head: string, tweets?: string, tail: string }}
 */
export function ruleParts(rule, { written, tweets }) {
  const head = [
    wrap('Measured on the hand-labelled development corpus in [`bench/corpus`](../bench/corpus/README.md) ' +
      'with its config ([`presencerc.yaml`](../bench/corpus/presencerc.yaml)); generated by `npm run docs`, ' +
      'and `test/accuracy.test.ts` fails when the rule no longer gives the written-corpus figures. ' +
      'A post counts once per rule (and category): a true positive (TP) when the rule fires on a post that expects it, ' +
      'a false positive (FP) when it fires on one that does not, a miss (FN) when it stays quiet on one that expects it. ' +
      'The figures of all four rules, and how to read them, are in [PRECISION.md](../PRECISION.md#the-development-corpus).'),
    `**Written posts** (\`written.yaml\`, ${plural(written.posts, 'post')}):`,
    [`| ${rule === 'oversharing' ? 'category' : 'posts'} ${COUNTS_HEAD}`, `| --- ${COUNTS_RULE}`, ...ruleRows(written, rule)].join('\n'),
    nearLine(written, rule, false),
  ].join('\n\n');
  const tail = `**Known limits** (from the written posts):\n\n${knownLimits(written, rule)}`;
  if (!tweets) return { head, tail };
  const c = (f) => f.labels[rule];
  const t = [
    wrap(`**Real tweets** (\`tweets-2009.yaml\`: ${plural(tweets.all.posts, 'personal post')} labelled by hand, ${tweets.random.posts} of them a random sample; their text is in the shared data beside the repository):`),
    [
      `| tweets ${COUNTS_HEAD}`,
      `| --- ${COUNTS_RULE}`,
      countsRow(`all (${tweets.all.posts})`, c(tweets.all)),
      countsRow(`random sample (${tweets.random.posts})`, c(tweets.random)),
    ].join('\n'),
    nearLine(tweets.all, rule, true),
  ].join('\n\n');
  return { head, tweets: t, tail };
}

function between(text, start, end) {
  const a = text.indexOf(start);
  const b = text.indexOf(end, a + start.length);
  return a < 0 || b < 0 ? undefined : { from: a, inner: text.slice(a + start.length, b), to: b + end.length };
}

/**
 * `doc` with its generated block made of `parts`; without tweets figures,
 * the block keeps the tweets part it has. Without a block, `insert` says
 * where one goes (the text before which it is put), or the doc is returned
 * unchanged when it has no such place.
 * @param {string} doc
 * @param {{ head: string, tweets?: string, tail?: string }} parts
 * @param {{ heading?: string, before?: string[] }} [insert]
 */
export function withGenerated(doc, parts, insert = {}) {
  const block = between(doc, START, END);
  const kept = block && between(block.inner, TWEETS_START, TWEETS_END);
  const tweets = parts.tweets ?? kept?.inner.trim() ?? NOT_MEASURED;
  const body = [parts.head, `${TWEETS_START}\n${tweets}\n${TWEETS_END}`, ...(parts.tail ? [parts.tail] : [])].join('\n\n');
  const generated = `${START}\n${body}\n${END}`;
  if (block) return `${doc.slice(0, block.from)}${generated}${doc.slice(block.to)}`;
  // A heading at the start of a line: the newline before it stays where it is.
  const at = (insert.before ?? []).map((heading) => doc.indexOf(`\n${heading}\n`)).find((i) => i >= 0);
  const section = `${insert.heading ? `${insert.heading}\n\n` : ''}${generated}\n\n`;
  if (at === undefined) return `${doc.replace(/\n*$/, '\n\n')}${section.replace(/\n+$/, '\n')}`;
  return `${doc.slice(0, at + 1)}${section}${doc.slice(at + 1)}`;
}

/** Where a rule's doc gets its section the first time. */
export const RULE_DOC_INSERT = { heading: '## Measured accuracy', before: ['## Options', '## Default severity'] };

/** A seed rule's doc with its "Measured accuracy" block regenerated. */
export function withRuleAccuracy(doc, rule, scored) {
  return withGenerated(doc, ruleParts(rule, scored), RULE_DOC_INSERT);
}

/** PRECISION.md with its corpus block regenerated (the block must be there). */
export function withCorpusTables(doc, scored) {
  if (!doc.includes(START)) throw new Error(`PRECISION.md has no ${START} ... ${END} block for the corpus tables`);
  const { written, tweets } = corpusParts(scored);
  return withGenerated(doc, { head: written, ...(tweets ? { tweets } : {}) });
}
