import type { Segment, SourceMap } from './types.js';

/** A 1-based line and a 1-based column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Offsets at which lines start in a file's text. `\n`, `\r\n` and a lone `\r`
 * each end a line, as in editors.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /**
   * Position of a 0-based UTF-16 offset into the file text. An offset between
   * the CR and the LF of a line break is read as the end of the break: the end
   * of a span whose last character is a line break written `\r\n` (the
   * engine's end is the offset after that character's first unit) is at the
   * start of the next line, not at a column past the end of its own line.
   */
  position(offset: number): Position {
    if (this.text.charCodeAt(offset) === 10 && this.text.charCodeAt(offset - 1) === 13) offset++;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** 0-based offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
}

/**
 * Positions in a piece of a file: the piece's text starts at file offset
 * `origin.offset`, at `origin.line` and `origin.column` (a row of a CSV file
 * read as a stream, without the rest of the file in memory).
 */
export class PieceLineIndex extends LineIndex {
  constructor(
    text: string,
    private readonly origin: { offset: number; line: number; column: number },
  ) {
    super(text);
  }

  override position(offset: number): Position {
    const p = super.position(offset - this.origin.offset);
    return p.line === 1
      ? { line: this.origin.line, column: this.origin.column + p.column - 1 }
      : { line: this.origin.line + p.line - 1, column: p.column };
  }
}

/** File offset of a 0-based offset into a segment's text. */
export function fileOffset(source: SourceMap, textOffset: number): number {
  if (!source.offsets) return source.start + textOffset;
  const table = source.offsets;
  const i = Math.max(0, Math.min(textOffset, table.length - 1));
  return table[i]!;
}

/**
 * A source map for `value`, a string decoded from `raw` (the file's text
 * from `rawStart` on): a YAML scalar with quotes, escapes and folded lines,
 * or a CSV cell with doubled quotes. Characters are aligned greedily: a
 * character that matches is mapped to itself; quoting, escape and line-folding
 * characters in the source are skipped; a character the source spells
 * differently (an escape sequence) is mapped to where its spelling starts.
 */
export function alignedSource(value: string, raw: string, rawStart: number): SourceMap {
  if (raw.startsWith(value)) return { start: rawStart };
  const offsets = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    while (j < raw.length && raw[j] !== c && SKIPPABLE.has(raw[j]!)) j++;
    offsets[i] = rawStart + Math.min(j, raw.length);
    if (j < raw.length) j++;
  }
  offsets[value.length] = rawStart + Math.min(j, raw.length);
  return { start: rawStart, offsets };
}

const SKIPPABLE = new Set(['"', "'", '\\', '\n', '\r', ' ', '\t', '|', '>', '-', '+']);

/**
 * A source map for text that was `raw` with every `\r\n` turned into `\n`
 * (or `raw` itself when it has no carriage return).
 */
export function normalizedSource(raw: string, rawStart: number): { text: string; source: SourceMap } {
  if (!raw.includes('\r')) return { text: raw, source: { start: rawStart } };
  const text = raw.replace(/\r\n?/g, '\n');
  const offsets = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = rawStart + j;
    j += raw[j] === '\r' && raw[j + 1] === '\n' ? 2 : 1;
  }
  offsets[text.length] = rawStart + j;
  return { text, source: { start: rawStart, offsets } };
}

/** Start and end positions of a span of a segment in its file. */
export function spanPositions(
  index: LineIndex,
  segment: Segment,
  start: number,
  end: number,
): { start: Position; end: Position } {
  const from = fileOffset(segment.source, start);
  const to = end > start ? fileOffset(segment.source, end - 1) + 1 : from;
  return { start: index.position(from), end: index.position(to) };
}

/**
 * The file range `[from, to)` that a span of a segment occupies, when the
 * file spells the span's text exactly as the segment reads it, character for
 * character (no quote doubled, no escape, no line break folded or turned
 * from `\r\n` into `\n` inside it); undefined otherwise. `fileText` is the
 * file's text, or the piece of it that starts at file offset `pieceStart`.
 */
export function exactRange(fileText: string, segment: Segment, start: number, end: number, pieceStart = 0): [number, number] | undefined {
  const from = fileOffset(segment.source, start);
  const to = end > start ? fileOffset(segment.source, end - 1) + 1 : from;
  if (to - from !== end - start) return undefined;
  return fileText.slice(from - pieceStart, to - pieceStart) === segment.text.slice(start, end) ? [from, to] : undefined;
}
