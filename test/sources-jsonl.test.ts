import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex, spanPositions } from '../src/core/location.js';
import type { Segment } from '../src/core/types.js';
import { parseScheduleDate } from '../src/sources/dates.js';
import { decodePostFile } from '../src/sources/decode.js';
import { readJsonLines } from '../src/sources/jsonl.js';
import { readMarkdown } from '../src/sources/markdown.js';

const FIXTURES = new URL('../fixtures/sources/', import.meta.url);

function read(text: string) {
  return readJsonLines(text, { filePath: 'queue.jsonl', defaultPresence: 'personal' });
}

/** The 1-based line:column at which `needle` of a segment is reported in `file`. */
function where(file: string, segment: Segment, needle: string): string {
  const start = segment.text.indexOf(needle);
  expect(start, `"${needle}" is in the segment`).toBeGreaterThanOrEqual(0);
  const at = spanPositions(new LineIndex(file), segment, start, start + needle.length);
  return `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`;
}

describe('.jsonl', () => {
  const text = readFileSync(new URL('posts.jsonl', FIXTURES), 'utf8');
  const { posts, problems } = readJsonLines(text, { filePath: 'posts.jsonl', defaultPresence: 'personal' });

  it('reads each good line as a post and reports each bad line with its line, reading on', () => {
    expect(posts.map((p) => p.segments[0]!.text)).toEqual([
      'Adoption day this Saturday!',
      'Line one\nline two says "hello" to café keg',
      'Reply with media',
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'posts.jsonl:4:37 line is not valid JSON: expected a value, found "}"',
      'posts.jsonl:5:1 post has no "text"',
      'posts.jsonl:6:1 line is not a post: expected an object such as {"text": "..."}, got a list',
    ]);
  });

  it('numbers posts by their non-blank line, so a broken line does not renumber the others', () => {
    expect(posts.map((p) => p.index)).toEqual([0, 1, 5]);
    expect(posts.every((p) => p.file === 'posts.jsonl')).toBe(true);
  });

  it('reads presence, platforms, dates, reply and media', () => {
    expect(posts[0]).toMatchObject({ presence: 'professional', platforms: ['linkedin', 'x'] });
    expect(posts[0]!.date?.toISOString()).toBe('2026-05-02T10:00:00.000Z');
    expect(posts[1]).toMatchObject({ presence: 'personal', platforms: [] });
    expect(posts[1]!.date?.toISOString()).toBe('2026-05-03T18:30:00.000Z');
    expect(posts[2]!.reply).toBe('https://x.com/a/status/3');
    expect(posts[2]!.segments.map((s) => [s.field, s.text])).toEqual([
      ['body', 'Reply with media'],
      ['media[0].alt', 'A dog at the "keg" stand'],
    ]);
  });

  it('maps text to its true column inside the JSON string, after escapes', () => {
    const body = posts[1]!.segments[0]!;
    expect(where(text, posts[0]!.segments[0]!, 'Saturday')).toBe('1:29-1:37');
    expect(where(text, body, 'Line one')).toBe('3:11-3:19');
    // After \n and \" the text is no longer a verbatim slice of the line.
    expect(where(text, body, 'hello')).toBe('3:37-3:42');
    // After \u00e9 (six characters in the file for one in the text).
    expect(where(text, body, 'keg')).toBe('3:58-3:61');
    expect(where(text, body, 'café keg')).toBe('3:48-3:61');
    expect(where(text, posts[2]!.segments[1]!, 'stand')).toBe('7:126-7:131');
  });

  it('maps CRLF lines and a byte-order mark', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    const decoded = (decodePostFile(bytes) as { text: string }).text;
    for (const input of [crlf, decoded]) {
      const again = read(input);
      expect(again.posts.map((p) => p.index)).toEqual([0, 1, 5]);
      expect(again.problems.map((p) => p.line)).toEqual([4, 5, 6]);
      expect(where(input, again.posts[1]!.segments[0]!, 'keg')).toBe('3:58-3:61');
    }
    const withBom = read(`\uFEFF{"text": "keg"}`);
    expect(withBom.problems).toEqual([]);
    expect(where(`\uFEFF{"text": "keg"}`, withBom.posts[0]!.segments[0]!, 'keg')).toBe('1:12-1:15');
  });

  it('maps escaped surrogate pairs and raw emoji', () => {
    const line = '{"text": "\\ud83d\\udc4b hi 👋 keg"}';
    const [post] = read(line).posts;
    expect(post!.segments[0]!.text).toBe('👋 hi 👋 keg');
    expect(where(line, post!.segments[0]!, 'hi')).toBe('1:24-1:26');
    expect(where(line, post!.segments[0]!, 'keg')).toBe('1:30-1:33');
  });

  it('finds "text" wherever it is in the object, and the last of duplicate keys as JSON.parse does', () => {
    const line = '{ "presence":"personal" ,"text" : "first", "text":"keg" }';
    const [post] = read(line).posts;
    expect(post!.segments[0]!.text).toBe('keg');
    expect(where(line, post!.segments[0]!, 'keg')).toBe('1:52-1:55');
  });

  it('reports a text that is not a string, at the value', () => {
    expect(read('{"text": 42}').problems).toMatchObject([{ line: 1, column: 10, message: '"text" must be a string, got a number' }]);
  });

  it('reports invalid JSON at the offending column, whatever Node.js says', () => {
    const cases: [string, number, RegExp][] = [
      ['{"text": "a\tb"}', 12, /control character/],
      ["{'text': 'a'}", 2, /key in double quotes/],
      ['{"text": "a"} trailing', 15, /after the end of the value/],
      ['{"text": "a"', 13, /expected "," or "}"/],
      ['{"text": "unclosed', 19, /not closed/],
      ['{"text": "bad \\x escape"}', 15, /bad escape/],
      ['{"text": "a", "n": 01}', 21, /expected "," or "}"/],
      ['Just some text', 1, /expected a value/],
    ];
    for (const [line, column, message] of cases) {
      expect(() => JSON.parse(line), line).toThrow();
      const { posts, problems } = read(line);
      expect(posts, line).toEqual([]);
      expect(problems, line).toMatchObject([{ line: 1, column, message: expect.stringMatching(message) }]);
    }
  });

  it('agrees with JSON.parse on what is valid', () => {
    const valid = [
      '{"text":"a","n":-0.5e+3,"b":[true,false,null,{}],"o":{"x":[]}}',
      ' {"text" : "\\/\\b\\f\\r\\t\\u0041"} ',
      '{"text":"","media":[]}',
    ];
    for (const line of valid) {
      expect(read(line).problems, line).toEqual([]);
      expect(read(line).posts[0]!.segments[0]!.text).toBe((JSON.parse(line) as { text: string }).text);
    }
  });

  it('reports bad metadata at its value; an unknown platform skips the post, a bad date does not', () => {
    const file = [
      '{"text": "a", "platforms": ["x", "tiktok"]}',
      '{"text": "b", "date": "someday"}',
      '{"text": "c", "presence": "work"}',
      '{"text": "d", "media": [{"file": "x.jpg", "alt": 3}]}',
      '{"text": "e"}',
    ].join('\n');
    const { posts, problems } = read(file);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:34 "platforms" names an unknown platform "tiktok"; known platforms: x, twitter, bluesky, mastodon, threads, linkedin, instagram, facebook',
      '2:23 "date" is not an ISO 8601 date: "someday"',
      '3:27 "presence" must be professional or personal, got "work"',
      '4:50 media[0].alt must be text',
    ]);
    expect(posts.map((p) => [p.index, p.segments[0]!.text, p.date])).toEqual([
      [1, 'b', undefined],
      [4, 'e', undefined],
    ]);
  });

  it('reads a poll and a retweet', () => {
    const line = '{"text": "Quote", "retweet": "https://x.com/a/status/9", "poll": ["keg", "lemonade"]}';
    const [post] = read(line).posts;
    expect(post!.repost).toBe('https://x.com/a/status/9');
    expect(post!.segments.map((s) => s.field)).toEqual(['body', 'poll[0]', 'poll[1]']);
    expect(where(line, post!.segments[2]!, 'lemonade')).toBe('1:75-1:83');
  });

  it('reads nothing from a blank file', () => {
    expect(read('\n  \n\r\n')).toEqual({ posts: [], problems: [] });
    expect(read('')).toEqual({ posts: [], problems: [] });
  });
});

describe('parseScheduleDate', () => {
  const iso = (value: string) => parseScheduleDate(value)?.toISOString();

  it('reads ISO 8601, with or without a zone (none is UTC)', () => {
    expect(iso('2026-05-01')).toBe('2026-05-01T00:00:00.000Z');
    expect(iso('2026-05-01T09:30')).toBe('2026-05-01T09:30:00.000Z');
    expect(iso('2026-05-01T09:30:15.5Z')).toBe('2026-05-01T09:30:15.500Z');
    expect(iso('2026-05-01T09:30:00+02:00')).toBe('2026-05-01T07:30:00.000Z');
    expect(iso('2026-05-01T09:30:00-0530')).toBe('2026-05-01T15:00:00.000Z');
    expect(iso(' 2026-05-01t09:30z ')).toBe('2026-05-01T09:30:00.000Z');
  });

  it('reads YYYY-MM-DD HH:mm and MM/DD/YYYY [HH:mm] as UTC', () => {
    expect(iso('2026-05-01 09:30')).toBe('2026-05-01T09:30:00.000Z');
    expect(iso('05/01/2026 09:30')).toBe('2026-05-01T09:30:00.000Z');
    expect(iso('5/1/2026 9:30:45')).toBe('2026-05-01T09:30:45.000Z');
    expect(iso('05/01/2026')).toBe('2026-05-01T00:00:00.000Z');
    expect(iso('05/01/2026 9:30 PM')).toBe('2026-05-01T21:30:00.000Z');
    expect(iso('05/01/2026 12:05 am')).toBe('2026-05-01T00:05:00.000Z');
  });

  it('refuses dates that do not exist and other text', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-05-01T24:00', '2026-05-01T09:60', '13/01/2026', '05/01/2026 13:00 PM', 'tomorrow', '', '2026-05-01Z', '2026-5-1', '20260501']) {
      expect(parseScheduleDate(bad), bad).toBeUndefined();
    }
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('is what markdown front matter uses for date', () => {
    const { posts, problems } = readMarkdown('---\ndate: 2026-05-01 09:30\n---\nBody', { filePath: 'p.md', defaultPresence: 'personal' });
    expect(problems).toEqual([]);
    expect(posts[0]!.date?.toISOString()).toBe('2026-05-01T09:30:00.000Z');
  });

  it('lets markdown front matter name platforms only from the known list', () => {
    const { posts, problems } = readMarkdown('---\nplatforms: [Twitter, myspace]\n---\nBody', { filePath: 'p.md', defaultPresence: 'personal' });
    expect(posts).toEqual([]);
    expect(problems).toMatchObject([{ file: 'p.md', line: 2, column: 22, message: expect.stringMatching(/unknown platform "myspace"; known platforms: x, twitter/) }]);
  });
});
