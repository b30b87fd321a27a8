/**
 * Property-based tests (fast-check) over every reader and the engine: no
 * reader and no lint run throws, every position lies in its file and points
 * at the text it is about, output is deterministic and does not depend on
 * the order of files, and the streamed CSV reader agrees with the whole-file
 * one however the bytes are cut.
 *
 * The seed is fixed so that a run is reproducible; set FC_SEED to explore
 * other inputs and FC_RUNS=10 to search ten times longer. On a failure
 * fast-check prints the seed, the path and the shrunk counterexample.
 *
 * The properties are tagged slow: `npm run test:slow` runs them (CI does,
 * after `npm test`). The regressions they found, at the end, are quick and
 * stay in `npm test`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as yamlStringify, type ToStringOptions } from 'yaml';
import { formatResults, lint, loadConfig } from '../src/api.js';
import { fileOffset, LineIndex } from '../src/core/location.js';
import { lintFiles, type ParsedFile } from '../src/core/lint.js';
import type { CsvMapping, Diagnostic, FileResult, Post, Problem, Segment } from '../src/core/types.js';
import { PLATFORMS } from '../src/config/schema.js';
import { formatters } from '../src/format/index.js';
import { readCsv } from '../src/sources/csv.js';
import { streamCsv } from '../src/sources/csv-stream.js';
import { decodePostFile } from '../src/sources/decode.js';
import { splitFrontMatter } from '../src/sources/front-matter.js';
import { readerFor } from '../src/sources/index.js';
import type { ReadContext, ReadResult } from '../src/sources/types.js';
import { rules } from '../rules/index.js';
import { FIXTURE_CONFIG_TEXT, fixtureConfig } from './support/rule-tester.js';

const SEED = Number(process.env.FC_SEED ?? 20260705);
/** FC_RUNS multiplies every property's number of runs, for a longer search than the suite's. */
const SCALE = Number(process.env.FC_RUNS ?? 1);
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(numRuns * SCALE)), seed: SEED });

// Every finding, however unsure the rule is: these properties are about where findings are, and a
// business's number on the professional presence (confidence 0.4) must be placed exactly too.
const config = { ...fixtureConfig(), minConfidence: 0 };

// ---------------------------------------------------------------------------
// Positions, counted here independently of src/core/location.ts.

/** Where each line of a text starts and where its content ends (before `\n`, `\r\n` or a lone `\r`). */
interface Lines {
  starts: number[];
  ends: number[];
}

function linesOf(text: string): Lines {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    ends.push(i);
    if (c === '\r' && text[i + 1] === '\n') i++;
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { starts, ends };
}

/**
 * The file offset of a 1-based line and UTF-16 column, or undefined when it
 * is not a position of the file: a line past the last, or a column past the
 * end of its line's content (inside or after its line break).
 */
function offsetAt(lines: Lines, line: number, column: number): number | undefined {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > lines.starts.length) return undefined;
  const offset = lines.starts[line - 1]! + column - 1;
  return offset <= lines.ends[line - 1]! ? offset : undefined;
}

/** The 1-based line and column of a file offset. */
function positionAt(lines: Lines, offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < lines.starts.length && lines.starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - lines.starts[line]! + 1 };
}

/** Why a diagnostic's span is not a span of the file, or undefined when it is. */
function spanIssue(lines: Lines, d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): string | undefined {
  const start = offsetAt(lines, d.line, d.column);
  const end = offsetAt(lines, d.endLine, d.endColumn);
  if (start === undefined) return `start ${d.line}:${d.column} is not in the file`;
  if (end === undefined) return `end ${d.endLine}:${d.endColumn} is not in the file`;
  if (end < start) return `end ${d.endLine}:${d.endColumn} is before start ${d.line}:${d.column}`;
  return undefined;
}

/** Why a problem's position is not in the file, or undefined (a problem may have no position). */
function problemIssue(lines: Lines, p: Problem): string | undefined {
  if (p.line === undefined && p.column === undefined) return undefined;
  if (p.column === undefined) return p.line! >= 1 && p.line! <= lines.starts.length ? undefined : `problem line ${p.line} is not in the file`;
  return offsetAt(lines, p.line!, p.column) === undefined ? `problem at ${p.line}:${p.column} is not in the file: ${p.message}` : undefined;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function isLoneSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c)) return !isLowSurrogate(text.charCodeAt(i + 1));
  if (isLowSurrogate(c)) return !isHighSurrogate(text.charCodeAt(i - 1));
  return false;
}

/**
 * How a reader may spell a character of a segment in the file other than as
 * itself. `verbatim`: text cut from the file, line breaks normalised to `\n`.
 * `yaml`: a YAML scalar (escapes, folded line breaks). `json`: a JSON string
 * (escapes). `csv`: a cell, which csv-parse reads from UTF-8 bytes, so a
 * lone surrogate of the text comes back as U+FFFD.
 */
type Spelling = 'verbatim' | 'yaml' | 'json' | 'csv';

/**
 * The spelling of a segment of a reader's posts: a post file's body (and a
 * thread part's poll options) are cut from the file, its other texts are
 * front matter (a `.tweet` poll may be either: it is front matter when it
 * lies before the body).
 */
function spellingOf(ext: string, file: string, segment: Segment): Spelling {
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl') return 'json';
  if (segment.field === 'body') return 'verbatim';
  if (/^poll\[\d+\]$/.test(segment.field)) {
    const block = splitFrontMatter(file, 'x');
    const bodyStart = block && !('message' in block) ? block.bodyStart : 0;
    return fileOffset(segment.source, 0) >= bodyStart ? 'verbatim' : 'yaml';
  }
  return 'yaml';
}

/**
 * Why a segment's source map does not point at the segment's own text, or
 * undefined when it does: every character maps into the file, in order, to
 * the same character or to an allowed spelling of it.
 */
function segmentIssue(file: string, segment: Segment, spelling: Spelling): string | undefined {
  const { text } = segment;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const o = fileOffset(segment.source, i);
    const where = `${segment.field}[${i}] ${JSON.stringify(text[i])} -> file[${o}] ${JSON.stringify(file[o])}`;
    if (!Number.isInteger(o) || o < 0 || o >= file.length) return `${where}: outside the file`;
    const want = text[i]!;
    const got = file[o]!;
    const lineBreak = got === '\n' || got === '\r';
    const ok =
      want === got ||
      (want === '\n' && got === '\r' && spelling !== 'csv' && spelling !== 'json') ||
      (got === '\\' && (spelling === 'json' || spelling === 'yaml')) ||
      (spelling === 'yaml' && (want === ' ' || want === '\n') && lineBreak) ||
      (spelling === 'csv' && want === '\uFFFD' && isLoneSurrogate(file, o));
    if (!ok) return `${where}: a different character`;
    // Two units may share a spelling only when one escape spells both (a surrogate pair written \U0001F600).
    if (o < previous || (o === previous && got !== '\\')) return `${where}: out of order (previous at ${previous})`;
    previous = o;
  }
  const end = fileOffset(segment.source, text.length);
  if (end < previous || end > file.length) return `${segment.field} end -> ${end}: outside the file or before its text`;
  return undefined;
}

/** Every issue of a reader's result: segments that do not map to their text, problems outside the file. */
function readIssues(ext: string, file: string, result: ReadResult): string[] {
  const lines = linesOf(file);
  const issues: string[] = [];
  result.posts.forEach((post, k) => {
    // JSONL numbers a post by its non-blank line, so a broken line leaves a gap.
    if (!Number.isInteger(post.index) || post.index < k || (k > 0 && post.index <= result.posts[k - 1]!.index)) issues.push(`post ${k} has index ${post.index}`);
    if (post.segments[0]?.field !== 'body') issues.push(`post ${k} does not start with its body`);
    for (const segment of post.segments) {
      const issue = segmentIssue(file, segment, spellingOf(ext, file, segment));
      if (issue) issues.push(`post ${k}: ${issue}`);
    }
    for (const s of post.ignores ?? []) {
      if (offsetAt(lines, s.line, s.column) === undefined) issues.push(`post ${k}: ignore of ${s.ruleId} at ${s.line}:${s.column} is not in the file`);
    }
  });
  for (const p of result.problems) {
    const issue = problemIssue(lines, p);
    if (issue) issues.push(issue);
  }
  return issues;
}

// ---------------------------------------------------------------------------
// Text.

const WORDS = [
  'hello', 'world', 'today', 'the', 'team', 'dogs', 'walk', 'coffee', 'Portland', 'we', 'shelter', 'adoption', 'questions?',
  '#AdoptDontShop', '#dogs', '@happypaws', '@dave_r', 'happypaws.org', 'https://example.com/a?b=c', 'Happy Paws Rescue', 'party', 'shots',
  '12/24/2026', '2026-12-05', '14:30',
];
const EXOTIC = [
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇵🇹', 'e\u0301', 'a\u0308\u0323', '\u0301', 'مرحبا بالعالم', 'שָׁלוֹם', '\u202Eabc\u202C', '\u200F', '\u200D', '\u200B',
  '\uFE0F', '\u00A0', '\u2028', '\u2029', '\u0085', 'İ', 'ß', 'ﬃ', '𝔘𝔫𝔦', '漢字', '\uFFFD', '\uFFFF', '😀',
];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];
const CONTROLS = ['\0', '\r', '\n', '\r\n', '\n\r', '\r\r\n', '\uFEFF', '\t', '\v', '\f', '\x1b'];
const PUNCTUATION = ['"', "'", ',', ';', '|', '\\', '#', '@', ':', '-', '---', '...', '[', ']', '{', '}', '( )', '[ ]', '&', '*', '!', '%', '>', '`', '?', '+', '<', '""'];
/** Phrases some rule reports, so that random posts have findings too. */
const TRIGGERS = [
  'keg party', '503-555-0123', 'fuck', 'shit', 'hungover', 'Five rounds of shots', 'my address is 12 Elm St', 'we are away for two weeks, the house is empty',
  'Buy now at happypaws.org', '#a #b #c #d #e #f #g #h', 'jane@example.com',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '  ') },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

/** Arbitrary text: words, emoji ZWJ sequences, combining marks, RTL, lone surrogates, NUL, CR/LF/CRLF, BOMs. */
const anyText = (maxFragments = 24): fc.Arbitrary<string> => fc.array(fragment, { maxLength: maxFragments }).map((parts) => parts.join(''));
/** Arbitrary text on one line. */
const oneLine = (maxFragments = 8): fc.Arbitrary<string> => anyText(maxFragments).map((s) => s.replace(/[\r\n]/g, ' '));
const eol = fc.constantFrom('\n', '\r\n', '\r');
const maybeBom = fc.constantFrom('', '', '', '\uFEFF');

// ---------------------------------------------------------------------------
// Front matter: valid YAML written by the yaml library in random styles, and
// lines written by hand, valid or not.

const RULE_IDS = rules.map((r) => r.id);

/** Any YAML value. */
const yamlAny: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyText(6),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'file', 'alt', 'x y', '1'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const DATES = ['2026-12-05T10:00:00Z', '2026-12-05', '2026-12-05 09:30', '12/24/2026 14:30', '12/24/2026 2:30 PM', '2026-02-30', '25:00', 'tomorrow', '2026-12-06T10:00:00+02:00'];
const date = fc.oneof(fc.constantFrom(...DATES), anyText(3));
const platformName = fc.oneof(fc.constantFrom(...PLATFORMS, 'twitter', 'Twitter', ' LinkedIn ', 'twiter', 'myspace'), oneLine(2));

/** What front matter may hold: the keys presence reads, with valid and invalid values, and others. */
const frontMatterData = (tweet: boolean): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      presence: fc.oneof(fc.constantFrom('professional', 'personal'), fc.constantFrom('Professional', 'work', ''), yamlAny),
      platforms: fc.oneof(fc.array(platformName, { maxLength: 3 }), platformName, yamlAny),
      date: fc.oneof(date, yamlAny),
      media: fc.oneof(
        fc.array(
          fc.record({ file: fc.constant('a.jpg'), alt: fc.oneof({ weight: 4, arbitrary: anyText(10) }, yamlAny), caption: anyText(10) }, { requiredKeys: ['file'] }),
          { maxLength: 3 },
        ),
        yamlAny,
      ),
      ignore: fc.oneof(fc.dictionary(fc.constantFrom(...RULE_IDS, 'no-such-rule'), fc.oneof(oneLine(4), fc.constant(''), yamlAny), { maxKeys: 3 }), yamlAny),
      title: anyText(4),
      tags: fc.array(oneLine(2), { maxLength: 3 }),
      ...(tweet
        ? {
            schedule: fc.oneof(date, yamlAny),
            reply: fc.oneof(fc.constant('https://x.com/a/status/1'), yamlAny),
            retweet: fc.oneof(fc.constant('https://x.com/a/status/2'), yamlAny),
            poll: fc.oneof(fc.array(oneLine(4), { maxLength: 5 }), yamlAny),
            'thread-delimiter': fc.oneof(fc.constantFrom('***', '---', '', '=='), yamlAny),
            threadDelimiter: fc.constantFrom('***', '---'),
          }
        : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;

const yamlOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  doubleQuotedAsJSON: fc.boolean(),
  lineWidth: fc.constantFrom(0, 16, 40, 80),
  minContentWidth: fc.constantFrom(0, 8),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
}) as fc.Arbitrary<ToStringOptions>;

/** Front matter written by the yaml library: valid YAML, any values, any styles. */
const writtenFrontMatter = (tweet: boolean): fc.Arbitrary<string> =>
  fc.tuple(frontMatterData(tweet), yamlOptions).map(([data, options]) => yamlStringify(data, options));

/** Lines of front matter written by hand: often invalid YAML. */
const handFrontMatter = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('presence', 'platforms', 'date', 'ignore', 'media', 'poll', 'schedule', 'title', 'thread-delimiter'), oneLine(4)).map(([k, v]) => `${k}: ${v}`),
      oneLine(4).map((v) => `  - alt: ${v}`),
      oneLine(4).map((v) => `    caption: "${v}"`),
      oneLine(4).map((v) => `  party-photo: ${v}`),
      fc.constantFrom(
        'media:', 'ignore:', 'poll:', '  - file: a.jpg', 'key: [unclosed', '\tkey: value', 'a: b: c', 'a: &x 1', 'b: *x', 'c: *missing', '<<: *x', '? k', ': v',
        '%YAML 1.2', 'presence: professional', 'presence: professional', 'platforms: [linkedin, x]', 'date: 2026-12-05T10:00:00Z', '- item', '"unclosed', "'it''s'",
        'alt: |', '  block text', 'alt: >-', 'alt: | # note', 'alt: |2', '     indented', "poll: ['a", "  b', c]", 'ignore: { profanity: "a quote" }', '# comment', '',
      ),
    ),
    { maxLength: 8 },
  )
  .chain((lines) => eol.map((e) => lines.map((l) => `${l}${e}`).join('')));

const frontMatterText = (tweet: boolean): fc.Arbitrary<string> =>
  fc.oneof(writtenFrontMatter(tweet), styledFrontMatter(tweet, false).map((pieces) => assemble(pieces).text), handFrontMatter, anyText(6));

// ---------------------------------------------------------------------------
// Files built from pieces, some of which are phrases a rule reports: the test
// knows where each planted phrase is in the file, so it knows where its
// finding must be reported.

/** A phrase that a rule reports wherever it stands between spaces, in any segment. */
interface Plant {
  phrase: string;
  rule: string;
}
type Piece = string | Plant;

const PLANTS: readonly Plant[] = [
  { phrase: 'keg party', rule: 'party-photo' },
  { phrase: '503-555-0123', rule: 'personal-info' },
  { phrase: 'fuck', rule: 'profanity' },
];

/** The text of pieces and the file offset of each planted phrase. */
function assemble(pieces: readonly Piece[]): { text: string; plants: (Plant & { offset: number })[] } {
  let text = '';
  const plants: (Plant & { offset: number })[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece;
    else {
      plants.push({ ...piece, offset: text.length });
      text += piece.phrase;
    }
  }
  return { text, plants };
}

/**
 * Text around planted phrases: as wild as `anyText` (emoji, combining marks,
 * RTL, lone surrogates, NUL, line breaks, BOMs) but without what could turn
 * a phrase into another one next to it (digits, `+`, brackets) or give it a
 * context that excuses it (party words).
 */
const plantFiller = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('hello', 'world', 'today', 'walk', 'coffee', 'we', 'the', 'Portland', '#dogs', '@dave_r') },
      { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t') },
      { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
      { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
      { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
      { weight: 2, arbitrary: fc.constantFrom('"', "'", ',', ';', '|', '\\', '#', ':', '-', '---', '...', '{', '}', '&', '*', '!', '%', '>', '`', '?', '<', '""', '@') },
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const plantSlot: fc.Arbitrary<Piece[]> = fc.constantFrom(...PLANTS).map((plant) => [' ', plant, ' ']);

/** Text pieces: arbitrary text, or filler around planted phrases. */
const chunks = (plants: boolean, max: number): fc.Arbitrary<Piece[]> =>
  fc
    .array(plants ? fc.oneof({ weight: 3, arbitrary: plantFiller.map((t): Piece[] => [t]) }, { weight: 2, arbitrary: plantSlot }) : anyText(3).map((t): Piece[] => [t]), {
      maxLength: max,
    })
    .map((parts) => parts.flat());

/** Removes the characters a style cannot hold from the text pieces (never from a planted phrase). */
const strip = (pieces: readonly Piece[], chars: RegExp): Piece[] => pieces.map((p) => (typeof p === 'string' ? p.replace(chars, '') : p));

/** Indentation of the continuation lines of a scalar in the front matter: deeper than any key. */
const INDENT = '        ';

const DQ_ESCAPES = ['\\t', '\\n', '\\"', '\\\\', '\\x41', '\\xe9', '\\u00e9', '\\u200D', '\\U0001F600', '\\U0001f469', '\\uD800', '\\0', '\\e', '\\N', '\\_', '\\L', '\\P', '\\ ', '\\/', '\\a', '\\b', '\\v', '\\f', '\\r', '\\\t'];

/**
 * A YAML scalar as written after `key: ` in the front matter, in any style:
 * plain, single- or double-quoted (escapes, folded and escaped line breaks),
 * literal or folded block (chomping and indentation indicators, a comment).
 */
const yamlScalar = (plants: boolean, e: string): fc.Arbitrary<Piece[]> => {
  const fold = [`${e}${INDENT}`, `${e}${e}${INDENT}`, ` ${e}  ${e}${INDENT}`];
  const doubleQuoted = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: chunks(plants, 2).map((p) => strip(p, /["\\\r\n]/g)) },
        { weight: 2, arbitrary: fc.constantFrom(...DQ_ESCAPES).map((x) => [x]) },
        // An escaped line break trims the next line's indentation; an escaped space after it keeps a planted phrase apart from what is before.
        { weight: 1, arbitrary: fc.constantFrom(...fold, `\\${e}${INDENT}\\ `, ...(plants ? [] : [`\\${e}${INDENT}`])).map((x) => [x]) },
      ),
      { maxLength: 8 },
    )
    .map((tokens): Piece[] => ['"', ...tokens.flat(), '"']);
  const singleQuoted = fc
    .array(fc.oneof({ weight: 4, arbitrary: chunks(plants, 2).map((p) => strip(p, /['\r\n]/g)) }, { weight: 1, arbitrary: fc.constantFrom("''", ...fold).map((x) => [x]) }), {
      maxLength: 8,
    })
    .map((tokens): Piece[] => ["'", ...tokens.flat(), "'"]);
  const plain = fc
    .array(fc.oneof({ weight: 4, arbitrary: chunks(plants, 2).map((p) => strip(p, /[\r\n#:]/g)) }, { weight: 1, arbitrary: fc.constantFrom(`${e}${INDENT}·`).map((x) => [x]) }), {
      maxLength: 6,
    })
    .map((tokens): Piece[] => ['·', ...tokens.flat(), '·']);
  const block = fc
    .tuple(
      fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '| # a note', '>- # note', '|2', '|-2', '>1'),
      fc.array(fc.oneof({ weight: 4, arbitrary: chunks(plants, 3).map((p) => [`${INDENT}·`, ...strip(p, /[\r\n]/g)]) }, { weight: 1, arbitrary: fc.constant(['']) }), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([header, lines]): Piece[] => [header, ...lines.flatMap((line) => [e, ...line])]);
  return fc.oneof(doubleQuoted, singleQuoted, plain, block);
};

/**
 * Front matter (without its `---` lines) whose media alt texts and captions,
 * and for a `.tweet` its poll, are scalars of any style, some with a tag, or
 * an anchor and an alias.
 */
const styledFrontMatter = (tweet: boolean, plants: boolean): fc.Arbitrary<Piece[]> =>
  // The yaml library does not read a lone CR as a line break: front matter with one is malformed, and its posts are not read.
  (plants ? fc.constantFrom('\n', '\r\n') : eol).chain((e) =>
    fc
      .tuple(
        fc.constantFrom('', `presence: professional${e}`, `presence: personal${e}`, `platforms: [linkedin, x]${e}date: 2026-12-05T10:00:00Z${e}`),
        fc.array(fc.tuple(yamlScalar(plants, e), fc.option(yamlScalar(plants, e)), fc.constantFrom('none', 'anchor', 'tag')), { minLength: 1, maxLength: 2 }),
        tweet ? fc.option(fc.array(yamlScalar(plants, e), { minLength: 2, maxLength: 4 })) : fc.constant(null),
      )
      .map(([head, media, poll]): Piece[] => [
        head,
        `media:${e}`,
        ...media.flatMap(([alt, caption, prefix], k): Piece[] => [
          `  - file: a${k}.jpg${e}    alt: `,
          ...(prefix === 'anchor' ? [`&alt${k} `] : prefix === 'tag' ? ['!!str '] : []),
          ...alt,
          e,
          ...(caption ? ['    caption: ', ...caption, e] : prefix === 'anchor' ? [`    caption: *alt${k}${e}`] : []),
        ]),
        ...(poll ? [`poll:${e}`, ...poll.flatMap((option): Piece[] => ['  - ', ...option, e])] : []),
      ]),
  );

/** A markdown post: maybe a BOM, maybe front matter (closed or not), a body. */
const markdownFile = fc
  .tuple(maybeBom, fc.option(fc.tuple(frontMatterText(false), eol, fc.constantFrom('---', '...', '--- ', '', '----')), { freq: 3 }), anyText())
  .map(([bom, fm, body]) => (fm ? `${bom}---${fm[1]}${fm[0]}${fm[2]}${fm[1]}${body}` : `${bom}${body}`));

/** A poll option line as twitter-together and toot-together write it, or a near miss. */
const pollLine = fc
  .tuple(fc.constantFrom('( ) ', '[ ] ', '() ', '[] ', '(  ) ', '( )', '( )\t', '(x) '), oneLine(4), fc.constantFrom('', ' ', '\t'))
  .map(([mark, option, trail]) => `${mark}${option}${trail}`);

/** A `.tweet` / `.toot` file: maybe front matter, then a thread of parts, each with maybe a poll. */
const tweetFile = fc
  .tuple(
    maybeBom,
    fc.option(frontMatterText(true), { freq: 2 }),
    fc.array(fc.tuple(anyText(12), fc.array(fc.oneof(pollLine, fc.constant('')), { maxLength: 5 })), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('---', '--- ', '***', '---\t'),
    eol,
  )
  .map(([bom, fm, parts, delimiter, e]) => {
    const body = parts.map(([text, poll]) => [text, ...poll].join(e)).join(`${e}${delimiter}${e}`);
    return fm === null ? `${bom}${body}` : `${bom}---${e}${fm}---${e}${body}`;
  });

// ---------------------------------------------------------------------------
// JSON Lines.

/** The inside of a JSON string literal of `value`, with some characters (chosen at random) written as escapes. */
const jsonInner = (value: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }).map((escapes) => {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      const code = value.charCodeAt(i);
      const short = JSON.stringify(c).slice(1, -1);
      if (escapes[i]) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else if (code < 0x20 || c === '"' || c === '\\') out += short;
      else out += c;
    }
    return out;
  });

const jsonLiteral = (value: string): fc.Arbitrary<string> => jsonInner(value).map((inner) => `"${inner}"`);

const jsonPostObject = fc.record(
  {
    text: fc.oneof({ weight: 6, arbitrary: anyText(12) }, yamlAny),
    presence: fc.oneof(fc.constantFrom('professional', 'personal'), yamlAny),
    platforms: fc.oneof(fc.array(platformName, { maxLength: 3 }), yamlAny),
    date: fc.oneof(date, yamlAny),
    schedule: date,
    media: fc.oneof(fc.array(fc.record({ file: fc.constant('a.jpg'), alt: anyText(6), caption: anyText(6) }, { requiredKeys: [] }), { maxLength: 2 }), yamlAny),
    poll: fc.oneof(fc.array(oneLine(3), { maxLength: 5 }), yamlAny),
    reply: fc.oneof(fc.constant('https://x.com/a/status/1'), yamlAny),
    retweet: fc.oneof(fc.constant('https://x.com/a/status/2'), yamlAny),
    ignore: fc.oneof(fc.dictionary(fc.constantFrom(...RULE_IDS, 'nope'), fc.oneof(oneLine(3), yamlAny), { maxKeys: 2 }), yamlAny),
  },
  { requiredKeys: [] },
);

/** One line of a JSONL file: a post object (some with escaped texts), other JSON, or not JSON. */
const jsonlLine = fc.oneof(
  { weight: 4, arbitrary: jsonPostObject.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: fc.tuple(anyText(10), fc.constantFrom('', ' ', '\t')).chain(([t, pad]) => jsonLiteral(t).map((lit) => `${pad}{"text": ${lit}}${pad}`)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.constantFrom('{"text":"a","text":"b"}', '{"text": "x"} trailing', '{text: "x"}', '{"text":"\\x41"}', '{"text":"\t"}', '{', '', '   ', '[1,2]', '"str"', '{}', '{"text":5}', '\uFEFF{"text":"bom"}') },
  { weight: 1, arbitrary: oneLine(6) },
);

const jsonlFile = fc
  .tuple(maybeBom, fc.array(fc.tuple(jsonlLine, eol), { maxLength: 6 }))
  .map(([bom, lines]) => bom + lines.map(([l, e]) => l + e).join(''));

// ---------------------------------------------------------------------------
// CSV.

const csvCellValue = fc.oneof(
  { weight: 5, arbitrary: anyText(8) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.constantFrom('professional', 'personal', 'Personal', 'work') },
  { weight: 1, arbitrary: fc.constantFrom('linkedin', 'x; linkedin', 'x|bluesky', 'twiter', 'myspace, x') },
  { weight: 1, arbitrary: fc.constantFrom('party-photo: a wine bar', 'profanity: a quote; party-photo', 'nope: x', 'profanity') },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A cell as written: unquoted, quoted with doubled quotes, or with stray quotes. */
const csvCell = fc.tuple(csvCellValue, fc.constantFrom('plain', 'quoted', 'quoted', 'stray')).map(([value, style]) => {
  if (style === 'quoted') return `"${value.replace(/"/g, '""')}"`;
  if (style === 'stray') return `${value}"${value}`;
  return value;
});

const HEADER_NAMES = ['date', 'time', 'message', 'Message ', 'text', 'post', 'content', 'link', 'url', 'presence', 'account', 'platforms', 'platform', 'alt', 'ignore', 'skip', 'Body', 'notes', ''];

const csvFirstRow = fc.oneof(
  fc.array(fc.constantFrom(...HEADER_NAMES), { minLength: 1, maxLength: 5 }),
  fc.tuple(fc.constantFrom(...DATES), anyText(6), fc.option(fc.constant('https://example.com'))).map(([d, m, l]) => (l === null ? [d, m] : [d, m, l])),
  fc.array(csvCellValue, { maxLength: 4 }),
);

const csvDelimiter = fc.constantFrom(',', ';', '\t', '|');

/** A CSV text: maybe a BOM, a header, Hootsuite or unknown first row, then rows of any length, any line endings. */
const csvFile = fc
  .tuple(
    maybeBom,
    csvDelimiter,
    csvFirstRow,
    fc.array(fc.tuple(fc.array(csvCell, { maxLength: 5 }), eol), { maxLength: 6 }),
    eol,
    fc.constantFrom('', '', '"unclosed', 'x,"unclosed\nmore'),
  )
  .map(([bom, d, first, rows, e, tail]) => {
    const head = first.map((c) => (/[",;\t|\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d);
    return `${bom}${head}${e}${rows.map(([cells, end]) => cells.join(d) + end).join('')}${tail}`;
  });

/** The config's csv section, for layouts presence does not recognise. */
const csvMapping: fc.Arbitrary<CsvMapping> = fc.record(
  {
    header: fc.boolean(),
    delimiter: csvDelimiter,
    columns: fc.record(
      {
        message: fc.oneof(fc.constantFrom('message', 'Body', 'text'), fc.integer({ min: 1, max: 4 })),
        date: fc.oneof(fc.constant('date'), fc.integer({ min: 1, max: 4 })),
        alt: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['columns'] },
);

/** Random files of every type, by extension. */
const FILES: Record<string, fc.Arbitrary<string>> = {
  '.txt': anyText(),
  '.md': markdownFile,
  '.markdown': markdownFile,
  '.tweet': tweetFile,
  '.toot': tweetFile,
  '.csv': csvFile,
  '.jsonl': jsonlFile,
};
const EXTENSIONS = Object.keys(FILES);

/** A file of any type: its own format, or arbitrary text under its extension. */
const anyFile = fc.constantFrom(...EXTENSIONS).chain((ext) => fc.tuple(fc.constant(ext), fc.oneof({ weight: 4, arbitrary: FILES[ext]! }, { weight: 1, arbitrary: anyText() })));

function read(ext: string, text: string, context: Partial<ReadContext> = {}): ReadResult {
  return readerFor(`post${ext}`)!(text, { filePath: `post${ext}`, defaultPresence: 'personal', ...context });
}

function parsedFile(filePath: string, text: string, posts: Post[]): ParsedFile {
  return { filePath, text, posts };
}

/** A text with every character that is not printable ASCII escaped, for failure messages. */
const shown = (text: string): string => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Problems without their `cause` (an exception object, kept for --debug). */
const withoutCause = (problems: readonly Problem[]): Problem[] => problems.map(({ cause: _cause, ...p }) => p);

// ---------------------------------------------------------------------------

describe('readers (properties)', { tags: ['slow'] }, () => {
  it('never throw, and map every segment character and problem to the file', () => {
    fc.assert(
      fc.property(anyFile, fc.option(csvMapping, { freq: 4 }), ([ext, text], mapping) => {
        const result = read(ext, text, mapping && ext === '.csv' ? { csv: mapping } : {});
        expect(Array.isArray(result.posts) && Array.isArray(result.problems)).toBe(true);
        expect(readIssues(ext, text, result), `${ext}: ${shown(text)}`).toEqual([]);
      }),
      runs(1500),
    );
  });

  it('are deterministic', () => {
    fc.assert(
      fc.property(anyFile, ([ext, text]) => {
        expect(read(ext, text)).toEqual(read(ext, text));
      }),
      runs(200),
    );
  });
});


// ---------------------------------------------------------------------------
// Files with planted phrases, one generator per reader.

interface PlantedFile {
  ext: string;
  pieces: Piece[];
}

const plantedText: fc.Arbitrary<PlantedFile> = fc.tuple(maybeBom, chunks(true, 10)).map(([bom, body]) => ({ ext: '.txt', pieces: [bom, ...body] }));

const plantedMarkdown: fc.Arbitrary<PlantedFile> = fc
  .tuple(maybeBom, fc.option(styledFrontMatter(false, true), { freq: 3 }), eol, chunks(true, 10))
  // Without front matter the body must not open one ("---" on its first line).
  .map(([bom, fm, e, body]) => ({ ext: '.md', pieces: fm ? [bom, `---${e}`, ...fm, `---${e}`, ...body] : [bom, 'Hi', ...body] }));

/** A poll option line with a planted phrase: the option starts with it. */
const plantedPollLine = fc
  .tuple(fc.constantFrom('( ) ', '[ ] ', '()  ', '[]\t'), fc.constantFrom(...PLANTS), plantFiller)
  .map(([mark, plant, rest]): Piece[] => [mark, plant, ' ', rest.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')]);

const plantedTweet: fc.Arbitrary<PlantedFile> = fc
  .tuple(
    maybeBom,
    fc.option(styledFrontMatter(true, true), { freq: 2 }),
    eol,
    fc.array(fc.tuple(chunks(true, 8), fc.array(plantedPollLine, { maxLength: 4 })), { minLength: 1, maxLength: 3 }),
  )
  .map(([bom, fm, e, parts]) => {
    const thread = parts.flatMap(([body, poll], k): Piece[] => [...(k ? [`${e}---${e}`] : []), ...body, ...poll.flatMap((line): Piece[] => [e, ...line])]);
    return { ext: '.tweet', pieces: fm ? [bom, `---${e}`, ...fm, `---${e}`, ...thread] : [bom, 'Hi', ...thread] };
  });

/** A quoted CSV cell of pieces: its quotes doubled. */
const csvQuoted = (pieces: readonly Piece[]): Piece[] => ['"', ...pieces.map((p) => (typeof p === 'string' ? p.replace(/"/g, '""') : p)), '"'];

const plantedCsv: fc.Arbitrary<PlantedFile> = fc
  .tuple(maybeBom, csvDelimiter, eol, fc.array(fc.tuple(chunks(true, 6), fc.option(chunks(true, 4)), eol), { minLength: 1, maxLength: 4 }))
  .map(([bom, d, e, rows]) => ({
    ext: '.csv',
    pieces: [bom, `message${d}alt${e}`, ...rows.flatMap(([message, alt, end]): Piece[] => [...csvQuoted(['·', ...message]), ...(alt ? [d, ...csvQuoted(alt)] : []), end])],
  }));

/** A JSON string literal of pieces: the text around planted phrases escaped at random. */
const jsonPieces = (pieces: readonly Piece[]): fc.Arbitrary<Piece[]> =>
  fc.tuple(...pieces.map((p) => (typeof p === 'string' ? jsonInner(p) : fc.constant(p)))).map((parts): Piece[] => ['"', ...parts, '"']);

const plantedJsonl: fc.Arbitrary<PlantedFile> = fc
  .tuple(
    maybeBom,
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 3, arbitrary: fc.tuple(chunks(true, 6), fc.option(chunks(true, 4))).chain(([text, alt]) => fc.tuple(jsonPieces(text), alt ? jsonPieces(alt) : fc.constant(null))) },
          { weight: 1, arbitrary: jsonlLine.map((line) => [[line.replace(/[\r\n]/g, '')], null] as [Piece[], null]) },
        ),
        eol,
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([bom, lines]) => ({
    ext: '.jsonl',
    pieces: [
      bom,
      ...lines.flatMap(([[text, alt], e]): Piece[] =>
        text.length === 1 && typeof text[0] === 'string' && alt === null && !text[0].startsWith('"')
          ? [text[0], e]
          : ['{"text": ', ...text, ...(alt ? [', "media": [{"file": "a.jpg", "alt": ', ...alt, '}]'] : []), '}', e],
      ),
    ],
  }));

const plantedFile = fc.oneof(plantedText, plantedMarkdown, plantedTweet, plantedCsv, plantedJsonl);

// ---------------------------------------------------------------------------
// The engine.

function lintTexts(files: readonly { path: string; text: string }[], ruleSet = rules): { results: FileResult[]; problems: Problem[]; readProblems: Problem[] } {
  const readProblems: Problem[] = [];
  const parsed = files.map(({ path, text }) => {
    const ext = path.slice(path.lastIndexOf('.'));
    const result = read(ext, text, { filePath: path });
    readProblems.push(...result.problems);
    return parsedFile(path, text, result.posts);
  });
  return { ...lintFiles(parsed, config, ruleSet), readProblems };
}

const json = (results: readonly FileResult[]): string => formatters.json!(results, { color: false, postCount: 0, rules, version: 'test' });

/** Why the diagnostics of a run are not inside their files, if they are not. */
function diagnosticIssues(files: readonly { path: string; text: string }[], results: readonly FileResult[]): string[] {
  const issues: string[] = [];
  for (const result of results) {
    const file = files.find((f) => f.path === result.filePath);
    if (!file) {
      issues.push(`a result for ${result.filePath}, which was not linted`);
      continue;
    }
    const lines = linesOf(file.text);
    for (const m of result.messages) {
      const issue = spanIssue(lines, m);
      if (issue) issues.push(`${m.ruleId} (${m.field}) in ${m.file}: ${issue}`);
    }
  }
  return issues;
}

/** A post long enough for platform-length, on every platform, in a post file or as a CSV row, any line endings. */
const longPost: fc.Arbitrary<[string, string]> = fc
  .tuple(eol, fc.array(anyText(8), { minLength: 1, maxLength: 4 }), fc.integer({ min: 20, max: 120 }), fc.constantFrom('.md', '.tweet', '.csv', '.jsonl'))
  .map(([e, parts, times, ext]) => {
    const body = Array.from({ length: times }, (_, k) => parts[k % parts.length]).join(' ').replace(/\r\n|\r|\n/g, e) + e;
    const platforms = 'x, bluesky, threads, mastodon, linkedin, instagram, facebook';
    if (ext === '.csv') return [ext, `message,platforms${e}"${body.replace(/"/g, '""')}","${platforms}"${e}`];
    if (ext === '.jsonl') return [ext, `${JSON.stringify({ text: body, platforms: platforms.split(', ') })}${e}`];
    return [ext, `---${e}platforms: [${platforms}]${e}---${e}${body}`];
  });

describe('the engine (properties)', { tags: ['slow'] }, () => {
  it('never throws, keeps every diagnostic inside its file, and gives the same results and output twice', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 3, arbitrary: anyFile }, { weight: 1, arbitrary: longPost }), { minLength: 1, maxLength: 3 }), (generated) => {
        const files = generated.map(([ext, text], k) => ({ path: `f${k}${ext}`, text }));
        const first = lintTexts(files);
        const second = lintTexts(files);
        expect(diagnosticIssues(files, first.results)).toEqual([]);
        expect(first.problems.map((p) => problemIssue(linesOf(files.find((f) => f.path === p.file)?.text ?? ''), p)).filter(Boolean)).toEqual([]);
        expect(second).toEqual(first);
        expect(json(second.results)).toBe(json(first.results));
      }),
      runs(300),
    );
  });

  it('reports a planted phrase at exactly where it is in the file, in every reader and every segment', () => {
    fc.assert(
      fc.property(plantedFile, ({ ext, pieces }) => {
        const { text, plants } = assemble(pieces);
        const path = `planted${ext}`;
        const { results, problems, readProblems } = lintTexts([{ path, text }]);
        const messages = results[0]?.messages ?? [];
        const lines = linesOf(text);
        // A phrase between quotation marks is someone's words or a title, which the rules reading language
        // leave unreported on purpose (issue 13); its place is still checked whenever it is reported.
        const quoted = (offset: number, length: number): boolean => {
          const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
          const after = text.slice(offset + length).split(/[\r\n]/)[0]!;
          return /["'“”‘’]/.test(text.slice(lineStart, offset)) && /["'“”‘’]/.test(after);
        };
        const missing = plants.flatMap(({ phrase, rule, offset }) => {
          if (quoted(offset, phrase.length)) return [];
          const start = positionAt(lines, offset);
          const end = positionAt(lines, offset + phrase.length);
          const found = messages.some(
            (m) => m.ruleId === rule && m.line === start.line && m.column === start.column && m.endLine === end.line && m.endColumn === end.column,
          );
          if (found) return [];
          const near = messages.filter((m) => m.ruleId === rule).map((m) => `${m.field} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
          return [`${rule} "${phrase}" at ${start.line}:${start.column}-${end.line}:${end.column}; reported: ${near.join(', ') || 'nothing'}`];
        });
        // Problems (a JSONL line that is not a post, a poll of one option) are no failure, but they may explain one.
        const problemsMet = withoutCause([...readProblems, ...problems]).map((p) => `${p.line}:${p.column} ${p.message}`);
        expect(missing, `${path}: ${shown(text)}; problems: ${problemsMet.join('; ')}`).toEqual([]);
        expect(diagnosticIssues([{ path, text }], results), `${path}: ${shown(text)}`).toEqual([]);
      }),
      runs(600),
    );
  });
});

// ---------------------------------------------------------------------------
// Order of files.

const SHARED_BODIES = [
  'Adoption day at Happy Paws Rescue this Saturday! happypaws.org #AdoptDontShop',
  'Same walk, same coffee, same dogs.',
  'Buy now at happypaws.org: adoption fees are half price this week @happypaws',
];
const SHARED_DATES = ['2026-12-05T10:00:00Z', '2026-12-05T10:00:00Z', '2026-12-06T09:00:00Z', '2026-12-09T09:00:00Z'];

/** A post that other files of the run may repeat, at the same or a near date: what the collection rules compare. */
const sharedPost = fc.tuple(fc.constantFrom(...SHARED_BODIES), fc.constantFrom(...SHARED_DATES), fc.constantFrom('professional', 'personal'));

const sharedFile: fc.Arbitrary<[string, string]> = fc.oneof(
  sharedPost.map(([body, date, presence]): [string, string] => ['.md', `---\npresence: ${presence}\ndate: ${date}\n---\n${body}\n`]),
  fc
    .array(sharedPost, { minLength: 1, maxLength: 3 })
    .map((posts): [string, string] => ['.csv', `date,message,presence\n${posts.map(([body, date, presence]) => `${date},"${body}",${presence}`).join('\n')}\n`]),
  fc
    .array(sharedPost, { minLength: 1, maxLength: 3 })
    .map((posts): [string, string] => ['.jsonl', posts.map(([text, date, presence]) => JSON.stringify({ text, date, presence })).join('\n')]),
);

/** A run of files (some repeating each other's posts) and another order of the same files. */
const filesInTwoOrders = fc
  .array(fc.oneof({ weight: 2, arbitrary: sharedFile }, { weight: 1, arbitrary: anyFile }), { minLength: 2, maxLength: 5 })
  .chain((generated) => {
    const files = generated.map(([ext, text], k) => ({ path: `f${k}${ext}`, text }));
    return fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }));
  });

/** Each file's diagnostics, by path, and the problems in a stable order. */
function byFile(run: { results: FileResult[]; problems: Problem[] }): { results: Record<string, FileResult>; problems: string[] } {
  return {
    results: Object.fromEntries(run.results.map((r) => [r.filePath, r])),
    problems: withoutCause(run.problems).map((p) => JSON.stringify(p)).sort(),
  };
}

const perPostRules = rules.filter((r) => !r.checkCollection);
const collectionRules = rules.filter((r) => r.checkCollection);

describe('the order of files (properties)', { tags: ['slow'] }, () => {
  it('does not change what the per-post rules find in each file', () => {
    fc.assert(
      fc.property(filesInTwoOrders, ([files, shuffled]) => {
        expect(byFile(lintTexts(shuffled, perPostRules))).toEqual(byFile(lintTexts(files, perPostRules)));
      }),
      runs(150),
    );
  });

  // Collection rules break ties between posts scheduled at the same time by
  // file path and place in the file (CollectedPosts.order), not by run order.
  it('does not change what the collection rules find in each file', () => {
    fc.assert(
      fc.property(filesInTwoOrders, ([files, shuffled]) => {
        expect(byFile(lintTexts(shuffled, collectionRules))).toEqual(byFile(lintTexts(files, collectionRules)));
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------
// CSV, streamed and whole.

async function* piecesOf(bytes: Uint8Array, sizes: readonly number[]): AsyncIterable<Uint8Array> {
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

const UNCLOSED = /a quoted cell opened here is never closed/;

describe('CSV streamed and whole (properties)', { tags: ['slow'] }, () => {
  it('give the same posts and problems however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.option(csvMapping, { freq: 4 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        async (text, mapping, sizes) => {
          const context = { filePath: 'x.csv', defaultPresence: 'personal' as const, ...(mapping ? { csv: mapping } : {}) };
          const bytes = new TextEncoder().encode(text);
          const streamedPosts: Post[] = [];
          const streamed = withoutCause(await streamCsv(piecesOf(bytes, sizes), context, (post) => streamedPosts.push(post)));
          const decoded = decodePostFile(bytes);
          if ('error' in decoded) {
            expect({ posts: streamedPosts, problems: streamed }).toEqual({ posts: [], problems: [{ file: 'x.csv', message: decoded.error }] });
            return;
          }
          const whole = readCsv(decoded.text, context);
          expect(streamedPosts).toEqual(whole.posts);
          const wholeProblems = withoutCause(whole.problems);
          // The streamed reader does not keep the text of the row a quote opens in
          // (csv-stream.ts says so): it names the line where reading stopped, the
          // whole-text reader the quote itself, on that line or after it.
          const unclosed = (p: Problem) => UNCLOSED.test(p.message);
          expect(streamed.filter((p) => !unclosed(p))).toEqual(wholeProblems.filter((p) => !unclosed(p)));
          const [s, w] = [streamed.filter(unclosed), wholeProblems.filter(unclosed)];
          expect(s.map((p) => p.message)).toEqual(w.map((p) => p.message));
          if (s[0]) {
            expect(s[0].message).toContain(`from line ${s[0].line},`);
            expect(w[0]!.line).toBeGreaterThanOrEqual(s[0].line!);
          }
        },
      ),
      runs(400),
    );
  });
});

// ---------------------------------------------------------------------------
// The library API.

describe('the library API (properties)', { tags: ['slow'] }, () => {
  it('lint({ text }) never throws, and every format renders the same twice', async () => {
    const presenceConfig = await loadConfig({ config: parseYaml(FIXTURE_CONFIG_TEXT) as Record<string, unknown> });
    const formats = Object.keys(formatters);
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyFile, longPost), fc.constantFrom(undefined, 'professional', 'personal'), async ([ext, text], presence) => {
        const input = { text, filePath: `post${ext}`, ...(presence ? { presence: presence as 'professional' | 'personal' } : {}) };
        const first = await lint(input, { config: presenceConfig });
        const second = await lint(input, { config: presenceConfig });
        for (const format of formats) expect(formatResults(second, format), format).toBe(formatResults(first, format));
        // The text is read as the bytes of a file: a BOM dropped, lone surrogates made U+FFFD.
        const decoded = decodePostFile(new TextEncoder().encode(text));
        const fileText = 'text' in decoded ? decoded.text : '';
        expect(diagnosticIssues([{ path: input.filePath, text: fileText }], first.results)).toEqual([]);
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------
// What the properties found, as examples.

/** The position of a party-photo finding, and where `phrase` is in the file, 1-based. */
function partyAt(path: string, text: string, phrase = 'keg party'): { reported: unknown; expected: unknown } {
  const { results } = lintTexts([{ path, text }]);
  const m = results[0]?.messages.find((d) => d.ruleId === 'party-photo');
  const lines = linesOf(text);
  const offset = text.indexOf(phrase);
  const start = positionAt(lines, offset);
  const end = positionAt(lines, offset + phrase.length);
  return { reported: m && [m.line, m.column, m.endLine, m.endColumn], expected: [start.line, start.column, end.line, end.column] };
}

function decodedText(bytes: Uint8Array): string {
  const decoded = decodePostFile(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.text;
}

describe('regressions found by the properties', () => {
  it('reports a finding in a double-quoted front-matter text after an escape of several characters where it is', () => {
    // alignedSource matched `\u00e9` letter by letter, and everything after it drifted.
    const { reported, expected } = partyAt('a.md', '---\nmedia:\n  - file: a.jpg\n    alt: "caf\\u00e9 \\U0001F600 keg party"\n---\nBody\n');
    expect(reported).toEqual(expected);
    const read0 = read('.md', '---\nmedia:\n  - alt: "\\0\\t\\x41"\n---\nBody\n');
    expect(read0.posts[0]!.segments[1]!.text).toBe('\0\tA');
    expect(readIssues('.md', '---\nmedia:\n  - alt: "\\0\\t\\x41"\n---\nBody\n', read0)).toEqual([]);
  });

  it('reports a finding in a front-matter block scalar whose header has a comment or indicators where it is', () => {
    // The header line was aligned with the text: the value's first letters matched "# a note".
    const { reported, expected } = partyAt('a.md', '---\nmedia:\n  - file: a.jpg\n    alt: | # a note\n      the keg party\n---\nBody\n');
    expect(reported).toEqual(expected);
    const text = '---\npoll:\n  - |-2\n        - keg party\n  - b\n---\nBody\n';
    expect(readIssues('.tweet', text, read('.tweet', text))).toEqual([]);
  });

  it('reports a finding in a CSV cell whose quotes are text and that holds a lone surrogate where it is', () => {
    // The cell was taken for a quoted one because csv-parse's value (with U+FFFD) did not start like the text.
    const { reported, expected } = partyAt('a.csv', 'message\n"\uD800" the keg party "x"\n');
    expect(reported).toEqual(expected);
  });

  it('ends a finding whose last character is a CRLF line break at the start of the next line', () => {
    // The end fell between CR and LF: a column past the end of its line.
    expect(new LineIndex('ab\r\ncd').position(3)).toEqual({ line: 2, column: 1 });
    const text = `---\r\nplatforms: [x]\r\n---\r\n${'hello '.repeat(60)}\r\n`;
    const { results } = lintTexts([{ path: 'a.md', text }]);
    const m = results[0]!.messages.find((d) => d.ruleId === 'platform-length')!;
    expect([m.endLine, m.endColumn]).toEqual([5, 1]);
  });

  it('does not report an unclosed quote in a streamed CSV whose layout was not recognised', async () => {
    // readCsv stops parsing at the layout problem; the stream went on and reported the rows it does not read.
    const bytes = new TextEncoder().encode('\u001b\nx,"unclosed\nmore');
    const problems = withoutCause(await streamCsv(piecesOf(bytes, [1]), { filePath: 'x.csv', defaultPresence: 'personal' }, () => {}));
    expect(problems).toEqual(withoutCause(readCsv(decodedText(bytes), { filePath: 'x.csv', defaultPresence: 'personal' }).problems));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/CSV layout not recognised/)]);
  });

  it('positions a streamed CSV that starts with two byte-order marks as the whole-text reader does', async () => {
    // The stream dropped the second mark, which decodePostFile keeps: the first row was one column off.
    const bytes = new TextEncoder().encode('\uFEFF\uFEFFmessage,x\nthe keg party,\n');
    const context = { filePath: 'x.csv', defaultPresence: 'personal' as const };
    const posts: Post[] = [];
    const problems = withoutCause(await streamCsv(piecesOf(bytes, [2]), context, (post) => posts.push(post)));
    const whole = readCsv(decodedText(bytes), context);
    expect({ posts, problems }).toEqual({ posts: whole.posts, problems: withoutCause(whole.problems) });
    expect(problems[0]).toMatchObject({ line: 1, column: 10 });
  });
});
