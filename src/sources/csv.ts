import { CsvError, parse, type Options } from 'csv-parse/sync';
import { closest, distance } from 'fastest-levenshtein';
import { alignedSource, fileOffset, type Position } from '../core/location.js';
import type { CsvMapping, Post, PresenceName, Problem, Segment, SourceMap, Suppression } from '../core/types.js';
import { PRESENCE_NAMES } from '../core/types.js';
import { PLATFORMS } from '../config/schema.js';
import { normalizePlatforms } from '../config/validate.js';
import { CSV_DELIMITERS, detectLayout, type CsvLayout, type LayoutIssue } from './csv-layout.js';
import { DATE_FORMS, parseScheduleDate } from './dates.js';
import type { Reader } from './types.js';

/** One parsed row of a CSV file and where it lies in the file. */
export interface CsvRecord {
  cells: string[];
  /** The row as written in the file, from its first character: quotes, escapes and line breaks included. */
  raw: string;
  /** File offset (UTF-16 units) of `raw[0]`. */
  start: number;
  /** 1-based line and column of `raw[0]`. */
  line: number;
  column: number;
  /** Cell `k` is written at `raw.slice(bounds[2k], bounds[2k + 1])`, its quotes included. */
  bounds: number[];
}

/** What one row gives: a post, or nothing (a blank row), and the problems met. */
export interface RowResult {
  post?: Post;
  problems: Problem[];
}

/** What {@link recordToPost} needs besides the row and the layout. */
export interface RowContext {
  filePath: string;
  defaultPresence: PresenceName;
  /** The post's 0-based index among the posts of the file. */
  index: number;
}

/**
 * Turns one data row into a post. Problems carry the line and column of the
 * cell they are about. A row that cannot be read as a post (more cells than
 * the layout has, no message cell, an unknown presence) gives problems and no
 * post; a bad date or an unknown platform gives a problem and the post
 * without it; a row whose message is blank gives nothing.
 */
export function recordToPost(record: CsvRecord, layout: CsvLayout, { filePath, defaultPresence, index }: RowContext): RowResult {
  const { cells } = record;
  const { columns, width } = layout;
  const problems: Problem[] = [];
  const problem = (cell: number | undefined, within: number, message: string, hint?: string): Problem => {
    const at = positionIn(record, cell === undefined ? 0 : cellOffset(record, cell, within) - record.start);
    return { file: filePath, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) };
  };
  const value = (column: number | undefined): string => (column === undefined ? '' : (cells[column] ?? ''));

  if (!cells.some(hasText)) return { problems };
  if (width !== undefined && cells.length > width && cells.slice(width).some(hasText)) {
    const delimiter = layout.delimiter === '\t' ? 'tab' : `"${layout.delimiter}"`;
    const expected = layout.kind === 'hootsuite' ? 'a Hootsuite bulk row has at most 3 (date, message, link)' : `the header row has ${width}`;
    problems.push(
      problem(undefined, 0, `row has ${cells.length} cells but ${expected}; the row is not checked`, `Put a cell that contains the delimiter (${delimiter}) in double quotes.`),
    );
    return { problems };
  }
  if (cells[columns.message] === undefined) {
    problems.push(problem(undefined, 0, `row has ${cells.length} cell${cells.length === 1 ? '' : 's'} and no message (cell ${columns.message + 1}); the row is not checked`));
    return { problems };
  }
  if (!hasText(cells[columns.message]!)) return { problems };

  let presence = defaultPresence;
  const presenceValue = value(columns.presence).trim();
  if (presenceValue !== '') {
    const name = presenceValue.toLowerCase();
    if (!(PRESENCE_NAMES as readonly string[]).includes(name)) {
      problems.push(
        problem(columns.presence!, leadingSpace(value(columns.presence)), `presence "${presenceValue}" is neither professional nor personal; the row is not checked`),
      );
      return { problems };
    }
    presence = name as PresenceName;
  }

  const segments: Segment[] = [cellSegment(record, columns.message, 'body')];
  if (columns.link !== undefined && hasText(value(columns.link))) segments.push(cellSegment(record, columns.link, 'link'));
  if (columns.alt !== undefined && hasText(value(columns.alt))) segments.push(cellSegment(record, columns.alt, 'alt'));
  const post: Post = { file: filePath, index, presence, segments, platforms: [] };

  const platforms = value(columns.platforms);
  if (hasText(platforms)) {
    const known: string[] = [];
    let at = 0;
    for (const part of platforms.split(/[,;|]/)) {
      const name = part.trim();
      const lower = name.toLowerCase();
      if (name === '' || (PLATFORMS as readonly string[]).includes(lower)) {
        if (name !== '') known.push(lower);
      } else {
        const guess = closest(lower, [...PLATFORMS]);
        const suggestion = distance(lower, guess) <= 2 ? ` (did you mean "${guess}"?)` : '';
        problems.push(problem(columns.platforms!, at + leadingSpace(part), `unknown platform "${name}"${suggestion}`, `presence knows ${PLATFORMS.join(', ')}.`));
      }
      at += part.length + 1;
    }
    post.platforms = normalizePlatforms(known);
  }

  const ignoreValue = value(columns.ignore);
  if (hasText(ignoreValue)) {
    // `party-photo: a wine bar; profanity: a quote`: entries split by ";" or lines, each with its reason.
    const ignores: Suppression[] = [];
    let at = 0;
    for (const part of ignoreValue.split(/[;\n]/)) {
      const m = /^(\s*)([^:\s]+)\s*(?::\s*(.*))?$/s.exec(part);
      if (m && m[2]) {
        const pos = positionIn(record, cellOffset(record, columns.ignore!, at + m[1]!.length) - record.start);
        if (!m[3]?.trim()) {
          problems.push({ file: filePath, line: pos.line, column: pos.column, message: `ignore of "${m[2]}" needs a reason, e.g. ${m[2]}: why this post may say it` });
        } else {
          ignores.push({ ruleId: m[2], reason: m[3].trim(), line: pos.line, column: pos.column });
        }
      }
      at += part.length + 1;
    }
    if (ignores.length) post.ignores = ignores;
  }

  const dateValue = value(columns.date).trim();
  const timeValue = value(columns.time).trim();
  if (dateValue !== '') {
    const written = timeValue === '' ? dateValue : `${dateValue} ${timeValue}`;
    const date = parseScheduleDate(written);
    if (date) post.date = date;
    else {
      problems.push(
        problem(columns.date!, leadingSpace(value(columns.date)), `date "${written}" is not a date presence can read; the row is checked without it`, `Write it as ${DATE_FORMS}; times without a zone are UTC.`),
      );
    }
  } else if (timeValue !== '') {
    problems.push(problem(columns.time!, leadingSpace(value(columns.time)), `time "${timeValue}" has no date; the row is checked without it`));
  }
  return { post, problems };
}

/** Whether a cell has more than white space. */
export function hasText(cell: string): boolean {
  return /\S/.test(cell);
}

/** The number of white-space characters a value starts with. */
function leadingSpace(value: string): number {
  return value.length - value.trimStart().length;
}

/** A cell's value as a segment that maps each character to the file. */
function cellSegment(record: CsvRecord, cell: number, field: string): Segment {
  return { field, text: record.cells[cell]!, source: cellSource(record, cell) };
}

/**
 * The source map of a cell's value. A quoted cell is aligned without its
 * opening quote, so that a value starting with an escaped quote (`"""Hi""`)
 * maps to the escape, not to the opening quote.
 */
function cellSource(record: CsvRecord, cell: number): SourceMap {
  const value = record.cells[cell] ?? '';
  const from = record.bounds[2 * cell];
  if (from === undefined) return { start: record.start + record.raw.length };
  const raw = record.raw.slice(from, record.bounds[2 * cell + 1]);
  const start = record.start + from;
  if (isQuotedCell(raw)) return alignedSource(value, raw.slice(1), start + 1);
  return alignedSource(value, raw, start);
}

/**
 * Whether a cell as written is a quoted cell, whose value leaves out its
 * quotes: it opens and closes with a quote, and every quote between them is
 * doubled. Otherwise csv-parse (with `relax_quotes`) reads the quotes as text
 * (`"a"b` is the value `"a"b`). This is decided from the cell alone: comparing
 * it with the value fails when the value differs from the text for another
 * reason (a lone surrogate that csv-parse reads as U+FFFD), and the value's
 * opening quote was then mapped to its second character, and every later
 * character one place off.
 */
function isQuotedCell(raw: string): boolean {
  if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return false;
  for (let i = 1; i < raw.length - 1; i++) {
    if (raw[i] !== '"') continue;
    if (i + 1 >= raw.length - 1 || raw[i + 1] !== '"') return false;
    i++;
  }
  return true;
}

/** File offset of the `within`-th character of a cell's value. */
function cellOffset(record: CsvRecord, cell: number, within: number): number {
  return fileOffset(cellSource(record, cell), within);
}

/** Line and column of an offset into a record's raw text. */
export function positionIn(record: CsvRecord, offset: number): Position {
  const { raw } = record;
  let line = record.line;
  let lineStart = -1;
  for (let i = 0; i < offset && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 13 && raw.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: lineStart < 0 ? record.column + offset : offset - lineStart + 1 };
}

/** The number of line breaks in a text; `\r\n` is one. */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/**
 * Walks a text forward from UTF-16 offset `offset` (at `bytes` UTF-8 bytes
 * into the file) until `target` bytes, or its end. A lone surrogate counts
 * three bytes, as its replacement character does when csv-parse encodes it.
 */
export function walkUtf8(text: string, offset: number, bytes: number, target: number): { offset: number; bytes: number } {
  let i = offset;
  let b = bytes;
  while (b < target && i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      b += 4;
      i++;
    } else b += 3;
    i++;
  }
  return { offset: i, bytes: b };
}

const QUOTE = 0x22;
const CR = 13;
const LF = 10;

/**
 * Where the cell that starts at `from` in a record's raw text ends, read as
 * csv-parse reads it with `relax_quotes`: a quote opens a quoted cell only
 * as its first character; inside, `""` is a quote and a quote followed by
 * the delimiter, a line break or the end closes it; a quote followed by
 * anything else is text, and so is the rest of the cell. `closed` is false
 * for a quoted cell that runs to the end of the text.
 */
function scanCell(raw: string, from: number, delimiter: number): { end: number; closed: boolean } {
  const isEnd = (c: number) => c === delimiter || c === LF || c === CR;
  let p = from;
  if (raw.charCodeAt(p) === QUOTE) {
    p++;
    for (;;) {
      if (p >= raw.length) return { end: p, closed: false };
      if (raw.charCodeAt(p) !== QUOTE) {
        p++;
        continue;
      }
      const next = raw.charCodeAt(p + 1);
      if (next === QUOTE) {
        p += 2;
        continue;
      }
      p++;
      if (Number.isNaN(next) || isEnd(next)) return { end: p, closed: true };
      break;
    }
  }
  while (p < raw.length && !isEnd(raw.charCodeAt(p))) p++;
  return { end: p, closed: true };
}

/**
 * The bounds of the cells of a record that csv-parse has read: cell `k` is
 * written at `raw.slice(bounds[2k], bounds[2k + 1])`.
 *
 * @param delimiter one character: `,` `;` `\t` or `|`
 */
export function cellBounds(raw: string, delimiter: string, count: number): number[] {
  const bounds: number[] = [];
  const d = delimiter.charCodeAt(0);
  let p = 0;
  for (let k = 0; k < count; k++) {
    const end = scanCell(raw, p, d).end;
    bounds.push(p, end);
    p = end + 1;
  }
  return bounds;
}

/**
 * Follows csv-parse through a whole text: the file offset, line and column at
 * which each record starts, from the count of bytes csv-parse reports once
 * it has read a record (`info.bytes`, UTF-8). A reader that streams does the
 * same with csv-parse's `raw` option in place of slices of the text. It
 * keeps nothing of a record once the record is handed on.
 */
export class CsvRecordTracker {
  private offset = 0;
  private bytes = 0;
  private line = 1;
  private column = 1;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {
    // csv-parse skips a BOM but counts its three bytes.
    if (text.charCodeAt(0) === 0xfeff) this.advance(3);
  }

  /** Moves the UTF-16 offset forward to `target` bytes into the file. */
  private advance(target: number): void {
    const to = walkUtf8(this.text, this.offset, this.bytes, target);
    this.column += to.offset - this.offset;
    this.offset = to.offset;
    this.bytes = to.bytes;
  }

  /**
   * The record csv-parse has just emitted, positioned. Call once for every
   * record, blank ones included, in order.
   *
   * @param endBytes bytes read once the record and its line break are (csv-parse's `info.bytes`)
   */
  record(cells: string[], endBytes: number): CsvRecord {
    const { offset: start, line, column } = this;
    this.advance(endBytes);
    const raw = this.text.slice(start, this.offset);
    const breaks = lineBreaks(raw);
    if (breaks) {
      this.line += breaks;
      this.column = 1;
    }
    return { cells, raw, start, line, column, bounds: cellBounds(raw, this.delimiter, cells.length) };
  }

  /**
   * Where the quoted cell that csv-parse found unclosed opens: in the record
   * that starts where the last one read ended.
   */
  unclosedCell(): Position {
    const rest = this.text.slice(this.offset);
    const d = this.delimiter.charCodeAt(0);
    let p = 0;
    for (;;) {
      const cell = scanCell(rest, p, d);
      if (!cell.closed) break;
      if (cell.end >= rest.length || rest.charCodeAt(cell.end) !== d) return { line: this.line, column: this.column };
      p = cell.end + 1;
    }
    return positionIn({ cells: [], raw: rest, start: this.offset, line: this.line, column: this.column, bounds: [] }, p);
  }

  /** Line and column at which the next record starts. */
  get position(): Position {
    return { line: this.line, column: this.column };
  }
}

/** The longest row of a CSV presence reads, in characters. */
export const MAX_ROW_CHARS = 1_000_000;

export const PARSE_OPTIONS = {
  // Rows of any length reach recordToPost, which judges them against the layout.
  relax_column_count: true,
  // A quote inside an unquoted cell (Say "hi") is text, as spreadsheets write it.
  relax_quotes: true,
  // Blank rows are records too: each record then starts where the last one
  // ended, which is how CsvRecordTracker finds it.
  skip_empty_lines: false,
  record_delimiter: ['\r\n', '\n', '\r'],
  bom: true,
  // A row of a schedule is a post and a few dates: a million characters in one is an unclosed quote or not a schedule, and holding it grows without bound.
  max_record_size: MAX_ROW_CHARS,
} satisfies Options;

/** How far into a file the first row is looked for before reading the whole file, in UTF-16 units. */
const SNIFF_LENGTH = 64 * 1024;

/**
 * The first non-blank row of a CSV text read with a delimiter, or undefined
 * when there is none or it is malformed. Reads a sample first, and the whole
 * text only when the row may go on past the sample.
 */
function firstRow(text: string, delimiter: string, limit = SNIFF_LENGTH): string[] | undefined {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  const sampleBytes = sample === text ? Number.POSITIVE_INFINITY : utf8Length(sample);
  let row: string[] | undefined;
  let complete = false;
  const stop = new Error('first row read');
  try {
    parse(sample, {
      ...PARSE_OPTIONS,
      delimiter,
      on_record: (record: string[], info) => {
        if (!record.some(hasText)) return null;
        row = record;
        // A row that ends where a cut sample ends may go on in the file.
        complete = info.bytes < sampleBytes;
        throw stop;
      },
    });
  } catch (error) {
    if (error !== stop && sample === text) return undefined;
  }
  if (complete || sample === text) return row;
  return firstRow(text, delimiter, Number.POSITIVE_INFINITY);
}

/** The length of a text in UTF-8 bytes. */
function utf8Length(text: string): number {
  return walkUtf8(text, 0, 0, Number.POSITIVE_INFINITY).bytes;
}

export const isDate = (value: string): boolean => parseScheduleDate(value) !== undefined;

/** The first delimiter with which the first row is a layout presence recognises, else a comma. */
export function sniffDelimiter(text: string): string {
  for (const delimiter of CSV_DELIMITERS) {
    const row = firstRow(text, delimiter);
    if (row && detectLayout(row, delimiter, undefined, isDate).layout) return delimiter;
  }
  return ',';
}

/**
 * `.csv`: a bulk schedule, one post per row. Two layouts are recognised by
 * themselves: a header row naming the columns (`date`, `time`, `message` or
 * `text`/`post`/`content`, `link` or `url`, `presence` or `account`,
 * `platforms`, `alt`, `ignore` for the row's opt-outs of rules, and `skip`
 * for a column not to read), and the
 * Hootsuite bulk layout (no header; date as `MM/DD/YYYY HH:mm`, message,
 * optional link). Any other layout is mapped by the config's `csv` section,
 * which wins over recognition when given. Cells are read with csv-parse;
 * every segment maps back to its cell in the file, inside quotes and across
 * the lines of a multi-line cell.
 */
export const readCsv: Reader = (text, { filePath, defaultPresence, csv: mapping }) => {
  const posts: Post[] = [];
  const problems: Problem[] = [];
  const delimiter = mapping ? (mapping.delimiter ?? ',') : sniffDelimiter(text);
  const tracker = new CsvRecordTracker(text, delimiter);
  const rows = new CsvRows({ filePath, defaultPresence, mapping, delimiter }, (post) => posts.push(post), (problem) => problems.push(problem));
  try {
    parse(text, {
      ...PARSE_OPTIONS,
      delimiter,
      on_record: (cells: string[], info) => {
        if (!rows.add(tracker.record(cells, info.bytes))) throw STOP;
        return null;
      },
    });
  } catch (error) {
    if (error !== STOP) rows.fail(error, tracker.position, () => tracker.unclosedCell());
  }
  return { posts, problems };
};

/** Thrown to stop csv-parse when the layout is not recognised. */
export const STOP = new Error('CSV layout not recognised');

/**
 * Turns the records of one CSV file into posts, in order: finds the layout
 * on the first non-blank row, then reads every data row. Shared by the
 * reader of a whole text and the one that streams a large file.
 */
export class CsvRows {
  private layout: CsvLayout | undefined;
  private index = 0;

  constructor(
    private readonly context: { filePath: string; defaultPresence: PresenceName; mapping?: CsvMapping; delimiter: string },
    private readonly onPost: (post: Post) => void,
    private readonly onProblem: (problem: Problem) => void,
  ) {}

  /** Reads one record; false when the layout is not recognised and reading should stop. */
  add(record: CsvRecord): boolean {
    const { filePath, defaultPresence, mapping, delimiter } = this.context;
    if (!this.layout) {
      if (!record.cells.some(hasText)) return true;
      const detected = detectLayout(record.cells, delimiter, mapping, isDate);
      for (const issue of detected.issues) this.onProblem(this.layoutProblem(issue, record));
      if (!detected.layout) return false;
      this.layout = detected.layout;
      if (this.layout.header) return true;
    }
    const row = recordToPost(record, this.layout, { filePath, defaultPresence, index: this.index });
    if (row.post) {
      this.index++;
      this.onPost(row.post);
    }
    for (const problem of row.problems) this.onProblem(problem);
    return true;
  }

  private layoutProblem(issue: LayoutIssue, record: CsvRecord): Problem {
    const at = issue.cell === undefined || 2 * issue.cell >= record.bounds.length ? { line: record.line, column: record.column } : positionIn(record, record.bounds[2 * issue.cell]!);
    return { file: this.context.filePath, line: at.line, column: at.column, message: issue.message, ...(issue.hint ? { hint: issue.hint } : {}) };
  }

  /** Reports a csv-parse error; `row` is where the next record would start. */
  fail(error: unknown, row: Position, unclosedCell: () => Position): void {
    if (!(error instanceof CsvError)) throw error;
    const filePath = this.context.filePath;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = unclosedCell();
      this.onProblem({
        file: filePath,
        line: at.line,
        column: at.column,
        message: `a quoted cell opened here is never closed, so the rest of the file, from line ${row.line}, cannot be split into rows reliably and was not checked`,
        hint: 'Close the quote; inside a quoted cell, write a quote as two ("").',
        cause: error,
      });
    } else if (error.code === 'CSV_MAX_RECORD_SIZE') {
      this.onProblem({
        file: filePath,
        line: row.line,
        column: row.column,
        message: `a row from line ${row.line} is longer than ${MAX_ROW_CHARS.toLocaleString('en-US')} characters, too long for a post; it and the rest of the file were not checked`,
        hint: 'Check for a quote that is never closed, or that the file is a schedule.',
        cause: error,
      });
    } else {
      this.onProblem({
        file: filePath,
        line: row.line,
        column: row.column,
        message: `malformed CSV: ${error.message}; the rest of the file, from line ${row.line}, was not checked`,
        cause: error,
      });
    }
  }
}
