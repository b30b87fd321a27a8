import { LineIndex } from '../core/location.js';
import type { Post, Problem, SourceMap } from '../core/types.js';
import { readPostKeys, type MetaLocator, type MetaPath } from './front-matter.js';
import type { Reader } from './types.js';

/** Where a JSON value is spelled: `[start, end)` offsets into its line, and its children. */
interface JsonNode {
  start: number;
  end: number;
  members?: Map<string, JsonNode>;
  items?: JsonNode[];
}

/** How deep objects and lists may nest in a line; a post object nests three levels (media, an item, its alt). */
const MAX_JSON_DEPTH = 100;

const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Why a line is not JSON, and where (an offset into the line). */
class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Checks one JSON text strictly (RFC 8259) and locates its values: where each
 * starts and ends, so that problems and segments point into the line. The
 * values themselves are read by `JSON.parse`. For a key given twice, the last
 * one wins, as in `JSON.parse`.
 */
function locateJson(src: string): JsonNode {
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const found = (): string => (i < src.length ? JSON.stringify(src[i]) : 'the end of the line');
  const space = (): void => {
    while (i < src.length && JSON_SPACE.has(src[i]!)) i++;
  };
  const expect = (char: string, what: string): void => {
    space();
    if (src[i] !== char) fail(`expected ${what}, found ${found()}`);
    i++;
  };
  const string = (): void => {
    i++;
    while (src[i] !== '"') {
      if (i >= src.length) fail('the string is not closed');
      if (src.charCodeAt(i) < 0x20) fail('a control character (a tab?) in a string must be escaped');
      if (src[i] === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(src)) fail('a bad escape sequence in a string');
        i = ESCAPE.lastIndex;
      } else i++;
    }
    i++;
  };
  const value = (depth: number): JsonNode => {
    space();
    const start = i;
    const c = src[i];
    if ((c === '{' || c === '[') && depth >= MAX_JSON_DEPTH) fail(`values are nested more than ${MAX_JSON_DEPTH} levels deep`);
    if (c === '{') {
      const members = new Map<string, JsonNode>();
      i++;
      space();
      if (src[i] === '}') i++;
      else {
        for (;;) {
          space();
          if (src[i] !== '"') fail(`expected a key in double quotes, found ${found()}`);
          const keyStart = i;
          string();
          const key = JSON.parse(src.slice(keyStart, i)) as string;
          expect(':', '":" after the key');
          members.set(key, value(depth + 1));
          space();
          if (src[i] === ',') i++;
          else if (src[i] === '}') {
            i++;
            break;
          } else fail(`expected "," or "}" after a value, found ${found()}`);
        }
      }
      return { start, end: i, members };
    }
    if (c === '[') {
      const items: JsonNode[] = [];
      i++;
      space();
      if (src[i] === ']') i++;
      else {
        for (;;) {
          items.push(value(depth + 1));
          space();
          if (src[i] === ',') i++;
          else if (src[i] === ']') {
            i++;
            break;
          } else fail(`expected "," or "]" after a value, found ${found()}`);
        }
      }
      return { start, end: i, items };
    }
    if (c === '"') {
      string();
      return { start, end: i };
    }
    for (const word of ['true', 'false', 'null']) {
      if (src.startsWith(word, i)) {
        i += word.length;
        return { start, end: i };
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(src)) {
      i = NUMBER.lastIndex;
      return { start, end: i };
    }
    return fail(`expected a value, found ${found()}`);
  };
  const root = value(0);
  space();
  if (i < src.length) fail(`unexpected ${found()} after the end of the value`);
  return root;
}

/**
 * A source map for the string a JSON string literal decodes to. `literal`
 * includes its quotes and starts at file offset `fileStart`. Each decoded
 * UTF-16 unit maps to where it is spelled; a unit spelled by an escape
 * (`\n`, `\"`, `\u00e9`) maps to the escape's backslash. This is exact for
 * JSON, where alignedSource's greedy alignment would drift after a `\uXXXX`.
 */
export function jsonStringSource(literal: string, fileStart: number): SourceMap {
  if (!literal.includes('\\')) return { start: fileStart + 1 };
  const offsets: number[] = [];
  let i = 1;
  while (i < literal.length - 1) {
    offsets.push(fileStart + i);
    if (literal[i] !== '\\') i++;
    else i += literal[i + 1] === 'u' ? 6 : 2;
  }
  offsets.push(fileStart + literal.length - 1);
  return { start: fileStart + 1, offsets };
}

/** What a value is, for messages. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * `.jsonl`: one post per line, a JSON object with `text` (required) and the
 * keys of front matter: `presence`, `platforms`, `date` or `schedule`,
 * `media` ([{ file, alt }]), `reply`, `retweet`, `poll`. Blank lines are
 * skipped. A line that is not valid JSON, not an object, or has no `text` is
 * a problem at its line, and the other lines are still read.
 *
 * A post's index is its position among the non-blank lines of the file, so
 * the numbers of the other posts do not change while one line is broken.
 * As in front matter, a line whose metadata is broken is not read; an
 * unreadable date is reported and the post is read without it.
 */
export const readJsonLines: Reader = (text, { filePath, defaultPresence }) => {
  const lineIndex = new LineIndex(text);
  const posts: Post[] = [];
  const problems: Problem[] = [];
  const problemAt = (offset: number, message: string, hint?: string): void => {
    const pos = lineIndex.position(offset);
    problems.push({ file: filePath, line: pos.line, column: pos.column, message, ...(hint ? { hint } : {}) });
  };

  let index = -1;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    // A byte-order mark is not JSON whitespace; tolerate one for text that was not decoded by decodePostFile.
    const lineStart = start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
    const line = text.slice(lineStart, end);
    start = next;
    if (line.trim() === '') continue;
    index++;

    let root: JsonNode;
    let data: unknown;
    try {
      root = locateJson(line);
      data = JSON.parse(line);
    } catch (error) {
      const offset = error instanceof JsonSyntaxError ? error.offset : 0;
      problemAt(lineStart + offset, `line is not valid JSON: ${(error as Error).message}`, 'Write each post as one JSON object on one line: {"text": "..."}');
      continue;
    }
    const firstChar = lineStart + line.search(/\S/);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problemAt(firstChar, `line is not a post: expected an object such as {"text": "..."}, got ${kind(data)}`);
      continue;
    }
    const record = data as Record<string, unknown>;
    const nodeAt = (path: MetaPath): JsonNode => {
      let node = root;
      for (const key of path) {
        const child = typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
        if (!child) break;
        node = child;
      }
      return node;
    };
    const locator: MetaLocator = {
      offset: (path) => lineStart + nodeAt(path).start,
      // The key's own position is not kept; its value is on the same line, which is what a finding needs.
      keyOffset: (path) => lineStart + nodeAt(path).start,
      segment: (path, value, field) => {
        const node = nodeAt(path);
        return { field, text: value, source: jsonStringSource(line.slice(node.start, node.end), lineStart + node.start) };
      },
    };
    if (!('text' in record)) {
      problemAt(firstChar, 'post has no "text"', 'Give each line the text of its post: {"text": "..."}');
      continue;
    }
    if (typeof record.text !== 'string') {
      problemAt(locator.offset(['text']), `"text" must be a string, got ${kind(record.text)}`);
      continue;
    }
    const read = readPostKeys(record, locator, lineIndex, filePath, { publishing: true, label: '' });
    problems.push(...read.problems);
    if (read.broken) continue;
    const { meta } = read;
    const post: Post = {
      file: filePath,
      index,
      presence: meta.presence ?? defaultPresence,
      segments: [locator.segment(['text'], record.text, 'body'), ...(meta.poll ?? []), ...meta.segments],
      platforms: meta.platforms ?? [],
    };
    if (meta.date) post.date = meta.date;
    if (meta.ignores) post.ignores = meta.ignores;
    if (meta.lang) post.lang = meta.lang;
    if (meta.region) post.region = meta.region;
    if (meta.reply) post.reply = meta.reply;
    if (meta.repost) post.repost = meta.repost;
    posts.push(post);
  }
  return { posts, problems };
};
