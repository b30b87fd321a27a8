import { describe, expect, it } from 'vitest';
import { alignedSource, LineIndex, normalizedSource, spanPositions } from '../src/core/location.js';
import type { Segment } from '../src/core/types.js';
import { decodePostFile } from '../src/sources/decode.js';
import { readerFor } from '../src/sources/index.js';
import { readMarkdown } from '../src/sources/markdown.js';
import { readText } from '../src/sources/text.js';

const ctx = { filePath: 'post.md', defaultPresence: 'personal' as const };

/** The 1-based line:column at which `needle` of a segment is reported in `file`. */
function where(file: string, segment: Segment, needle: string): string {
  const start = segment.text.indexOf(needle);
  expect(start, `"${needle}" is in the segment`).toBeGreaterThanOrEqual(0);
  const at = spanPositions(new LineIndex(file), segment, start, start + needle.length);
  return `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`;
}

describe('LineIndex', () => {
  it('knows LF, CRLF and lone CR line breaks', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(10)).toEqual({ line: 4, column: 1 });
  });
  it('counts columns in UTF-16 code units', () => {
    const text = '👋🏽 café keg';
    expect(new LineIndex(text).position(text.indexOf('keg'))).toEqual({ line: 1, column: 11 });
  });
});

describe('source maps', () => {
  it('map CRLF-normalised text back to the file', () => {
    const raw = 'one\r\ntwo keg\r\n';
    const { text, source } = normalizedSource(raw, 0);
    expect(text).toBe('one\ntwo keg\n');
    expect(where(raw, { field: 'body', text, source }, 'keg')).toBe('2:5-2:8');
  });
  it('align quoted YAML scalars with escapes', () => {
    const raw = '"it\'s a \\"keg\\" stand"';
    const value = 'it\'s a "keg" stand';
    const seg = { field: 'x', text: value, source: alignedSource(value, raw, 0) };
    expect(where(raw, seg, 'stand')).toBe('1:17-1:22');
    expect(where(raw, seg, 'keg')).toBe('1:11-1:14');
  });
  it('align single-quoted scalars with doubled quotes', () => {
    const raw = "'it''s a keg'";
    const value = "it's a keg";
    expect(where(raw, { field: 'x', text: value, source: alignedSource(value, raw, 0) }, 'keg')).toBe('1:10-1:13');
  });
  it('align folded multi-line scalars', () => {
    const raw = '>\n  first line\n  keg stand\n';
    const value = 'first line keg stand\n';
    expect(where(raw, { field: 'x', text: value, source: alignedSource(value, raw, 0) }, 'keg stand')).toBe('3:3-3:12');
  });
});

describe('decodePostFile', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodePostFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('hi')]))).toEqual({ text: 'hi' });
  });
  it('refuses binary files', () => {
    expect(decodePostFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({ error: expect.stringMatching(/binary/) });
  });
  it('refuses UTF-16', () => {
    expect(decodePostFile(new Uint8Array([0xff, 0xfe, 0x68, 0]))).toMatchObject({ error: expect.stringMatching(/UTF-16/) });
  });
  it('refuses invalid UTF-8 and names the line', () => {
    expect(decodePostFile(new Uint8Array([...bytes('ok\nline two '), 0xe9, 0x0a]))).toEqual({ error: 'file is not valid UTF-8', line: 2 });
  });
});

describe('readers', () => {
  it('choose by extension, any case', () => {
    expect(readerFor('a/B.TXT')).toBe(readText);
    expect(readerFor('a.markdown')).toBe(readMarkdown);
    expect(readerFor('a.md.bak')).toBeUndefined();
    expect(readerFor('dir.md/file')).toBeUndefined();
  });

  it('.txt: one post, nothing for a blank file', () => {
    expect(readText('  \n\t\n', ctx).posts).toEqual([]);
    const [post] = readText('Hello\r\nworld', ctx).posts;
    expect(post!.segments[0]!.text).toBe('Hello\nworld');
    expect(post!.presence).toBe('personal');
  });

  it('.md without front matter is all body', () => {
    const [post] = readMarkdown('Just text\n---\nmore', ctx).posts;
    expect(post!.segments[0]!.text).toBe('Just text\n---\nmore');
  });

  it('.md front matter sets presence, platforms, date and media texts at their lines', () => {
    const file = [
      '---',
      'presence: professional',
      'platforms: [LinkedIn, x]',
      'date: 2026-05-01T09:30:00Z',
      'title: ignored by presence',
      'media:',
      '  - file: a.jpg',
      '    alt: "Me doing a keg stand"',
      '  - file: b.jpg',
      '    caption: |',
      '      Second line',
      '      rounds of shots',
      '---',
      'Body keg here',
    ].join('\r\n');
    const { posts, problems } = readMarkdown(file, ctx);
    expect(problems).toEqual([]);
    const post = posts[0]!;
    expect(post.presence).toBe('professional');
    expect(post.platforms).toEqual(['linkedin', 'x']);
    expect(post.date!.toISOString()).toBe('2026-05-01T09:30:00.000Z');
    expect(post.segments.map((s) => s.field)).toEqual(['body', 'media[0].alt', 'media[1].caption']);
    expect(where(file, post.segments[0]!, 'keg')).toBe('14:6-14:9');
    expect(where(file, post.segments[1]!, 'keg stand')).toBe('8:22-8:31');
    expect(where(file, post.segments[2]!, 'rounds of shots')).toBe('12:7-12:22');
  });

  it('.md with broken front matter reports the file and line, and no post', () => {
    const { posts, problems } = readMarkdown('---\npresence: professional\nmedia: [\n---\nBody', ctx);
    expect(posts).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'post.md', message: expect.stringMatching(/^malformed front matter/) });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('.md front matter that is never closed is a problem at line 1', () => {
    expect(readMarkdown('---\npresence: personal\nBody', ctx).problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/never closed/) });
  });

  it('.md rejects bad known keys with their line', () => {
    const { problems } = readMarkdown('---\npresence: work\ndate: tomorrow\n---\nBody', ctx);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: front matter "presence" must be professional or personal, got "work"',
      '3: front matter "date" is not an ISO 8601 date: "tomorrow"',
    ]);
  });

  it('.md with only front matter and no text is no post', () => {
    expect(readMarkdown('---\npresence: personal\n---\n\n', ctx)).toEqual({ posts: [], problems: [] });
  });
});
