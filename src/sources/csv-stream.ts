import { parse } from 'csv-parse';
import type { Position } from '../core/location.js';
import type { CsvMapping, Post, PresenceName, Problem } from '../core/types.js';
import { NUL_SCAN_BYTES, undecodableStart } from './decode.js';
import { ProblemList } from './problem-list.js';
import { CsvRows, PARSE_OPTIONS, cellBounds, lineBreaks, sniffDelimiter, walkUtf8, type CsvRecord } from './csv.js';

/** How much of the start of a file decides its delimiter, in UTF-16 units. */
const SNIFF_LENGTH = 64 * 1024;

/**
 * Follows csv-parse through a file read in pieces: where each record starts
 * (file offset, line, column) from the bytes csv-parse reports, keeping only
 * the text not yet handed on as a record.
 */
class StreamTracker {
  private buffer = '';
  /** Offset in `buffer` of the next record. */
  private local = 0;
  /** File offset of `buffer[0]`. */
  private base = 0;
  private bytes = 0;
  private line = 1;
  private column = 1;

  /** @param skipped UTF-16 units at the start of the file that are not handed to the parser (a byte-order mark) */
  constructor(
    private readonly delimiter: string,
    skipped = 0,
  ) {
    this.base = skipped;
    this.column += skipped;
  }

  append(text: string): void {
    this.buffer = this.buffer.slice(this.local) + text;
    this.base += this.local;
    this.local = 0;
  }

  record(cells: string[], endBytes: number): CsvRecord {
    const start = this.base + this.local;
    const { line, column } = this;
    const to = walkUtf8(this.buffer, this.local, this.bytes, endBytes);
    const raw = this.buffer.slice(this.local, to.offset);
    this.local = to.offset;
    this.bytes = to.bytes;
    const breaks = lineBreaks(raw);
    if (breaks) {
      this.line += breaks;
      this.column = 1;
    } else {
      this.column += raw.length;
    }
    return { cells, raw, start, line, column, bounds: cellBounds(raw, this.delimiter, cells.length) };
  }

  get position(): Position {
    return { line: this.line, column: this.column };
  }
}

/**
 * Reads a large CSV file row by row, in bounded memory: decodes the bytes as
 * they come (refusing what is not UTF-8), parses them with csv-parse's
 * stream, and hands each post on as soon as its row is read. The posts and
 * problems are the same as {@link readCsv}'s on the whole text.
 */
export async function streamCsv(
  chunks: AsyncIterable<Uint8Array>,
  context: { filePath: string; defaultPresence: PresenceName; csv?: CsvMapping },
  onPost: (post: Post, record: CsvRecord) => void,
): Promise<Problem[]> {
  // Capped: a file of a million malformed rows lists the first ones and counts the rest.
  const problems = new ProblemList(context.filePath);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const iterator = chunks[Symbol.asyncIterator]();
  let first = '';
  let done = false;
  let decodedLength = 0;
  const decode = (bytes: Uint8Array | undefined): string | undefined => {
    try {
      const text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
      decodedLength += text.length;
      return text;
    } catch {
      problems.add({ file: context.filePath, message: `file is not valid UTF-8 (after about ${decodedLength} characters); the rest was not checked` });
      return undefined;
    }
  };
  // The start of the file, judged as decodePostFile judges it: UTF-16 and binary files are refused.
  const pending: Uint8Array[] = [];
  let exhausted = false;
  let headLength = 0;
  while (headLength < NUL_SCAN_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    pending.push(next.value);
    headLength += next.value.length;
  }
  const head = new Uint8Array(Math.min(headLength, NUL_SCAN_BYTES));
  let filled = 0;
  for (const chunk of pending) {
    const part = chunk.subarray(0, head.length - filled);
    head.set(part, filled);
    filled += part.length;
  }
  const refused = undecodableStart(head);
  if (refused) return [{ file: context.filePath, message: refused }];
  const nextChunk = async (): Promise<IteratorResult<Uint8Array, undefined>> =>
    pending.length > 0 ? { done: false, value: pending.shift()! } : exhausted ? { done: true, value: undefined } : iterator.next();
  // Enough of the start to choose the delimiter by the first row.
  while (first.length < SNIFF_LENGTH && !done) {
    const next = await nextChunk();
    if (next.done) {
      done = true;
      const rest = decode(undefined);
      if (rest === undefined) return problems.list();
      first += rest;
    } else {
      if (next.value.includes(0)) return [{ file: context.filePath, message: 'file looks binary (it contains NUL bytes), not a text post' }];
      const text = decode(next.value);
      if (text === undefined) return problems.list();
      first += text;
    }
  }
  // The decoder drops a byte-order mark; a second one is text, as it is for
  // decodePostFile, and readCsv's csv-parse skips it but counts it. So it is
  // not parsed, and the positions of the first row start after it.
  const bom = first.charCodeAt(0) === 0xfeff ? 1 : 0;
  first = first.slice(bom);
  const delimiter = context.csv ? (context.csv.delimiter ?? ',') : sniffDelimiter(first);
  const tracker = new StreamTracker(delimiter, bom);
  let current: CsvRecord | undefined;
  const rows = new CsvRows(
    { filePath: context.filePath, defaultPresence: context.defaultPresence, ...(context.csv ? { mapping: context.csv } : {}), delimiter },
    (post) => onPost(post, current!),
    (problem) => problems.add(problem),
  );
  const parser = parse({ ...PARSE_OPTIONS, bom: false, delimiter, info: true });
  let stopped = false;
  parser.on('data', (item: { record: string[]; info: { bytes: number } }) => {
    if (stopped) return;
    current = tracker.record(item.record, item.info.bytes);
    if (!rows.add(current)) stopped = true;
  });
  const consuming = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (error: unknown) => {
      // Once reading has stopped (an unrecognised layout), the parser still
      // reads what it was given: its errors are about rows that are not
      // checked, and readCsv, which stops parsing there, does not report them.
      if (!stopped) {
        // Where the quote opens is not kept while streaming: the row where reading stopped is named.
        rows.fail(error, tracker.position, () => tracker.position);
      }
      stopped = true;
      resolve();
    });
  });
  const feed = async (text: string): Promise<void> => {
    if (stopped) return;
    tracker.append(text);
    if (!parser.write(text)) await new Promise((resolve) => parser.once('drain', resolve));
  };
  await feed(first);
  while (!done && !stopped) {
    const next = await nextChunk();
    if (next.done) {
      const rest = decode(undefined);
      if (rest) await feed(rest);
      break;
    }
    const text = decode(next.value);
    if (text === undefined) break;
    await feed(text);
  }
  if (!parser.destroyed) parser.end();
  await consuming;
  return problems.list();
}
