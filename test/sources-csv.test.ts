import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileOffset, LineIndex, spanPositions } from '../src/core/location.js';
import type { CsvMapping, Post, Problem, Segment } from '../src/core/types.js';
import { readCsv } from '../src/sources/csv.js';
import { decodePostFile } from '../src/sources/decode.js';
import { readerFor } from '../src/sources/index.js';

const ctx = { filePath: 'schedule.csv', defaultPresence: 'personal' as const };

/** A fixture of fixtures/csv, decoded as presence decodes files (BOM stripped). */
function fixture(name: string): string {
  const decoded = decodePostFile(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
  if (!('text' in decoded)) throw new Error(decoded.error);
  return decoded.text;
}

function read(text: string, csv?: CsvMapping) {
  return readCsv(text, csv ? { ...ctx, csv } : ctx);
}

/** The 1-based line:column at which `needle` of a segment is reported in `file`. */
function where(file: string, segment: Segment, needle: string): string {
  const start = segment.text.indexOf(needle);
  expect(start, `"${needle}" is in the segment`).toBeGreaterThanOrEqual(0);
  const at = spanPositions(new LineIndex(file), segment, start, start + needle.length);
  return `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`;
}

const texts = (post: Post) => Object.fromEntries(post.segments.map((s) => [s.field, s.text]));
const located = (problems: Problem[]) => problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('readCsv', () => {
  it('is the reader of .csv files, any case', () => {
    expect(readerFor('plan/Q1.CSV')).toBe(readCsv);
  });

  it('reads a Hootsuite bulk export: date, quoted multi-line message, link', () => {
    const file = fixture('hootsuite.csv');
    const { posts, problems } = read(file);
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.index, p.date?.toISOString()])).toEqual([
      [0, '2026-12-24T14:30:00.000Z'],
      [1, '2026-12-26T09:00:00.000Z'],
      [2, '2026-12-28T10:15:00.000Z'],
    ]);
    expect(texts(posts[0]!)).toEqual({
      body: 'Season\'s greetings from all of us! "Best" year yet.\nJoin the keg stand contest tonight 🎉',
      link: 'https://example.com/party',
    });
    expect(posts[0]!.presence).toBe('personal');
    expect(posts[0]!.platforms).toEqual([]);
    // after the escaped quotes of ""Best""
    expect(where(file, posts[0]!.segments[0]!, 'year yet')).toBe('1:63-1:71');
    // on the 2nd line of the quoted cell
    expect(where(file, posts[0]!.segments[0]!, 'keg stand')).toBe('2:10-2:19');
    // after the emoji (two UTF-16 units) and the closing quote
    expect(where(file, posts[0]!.segments[1]!, 'example.com/party')).toBe('2:48-2:65');
    expect(where(file, posts[1]!.segments[0]!, 'Q1 roadmap')).toBe('3:36-3:46');
    expect(posts[2]!.segments.map((s) => s.field)).toEqual(['body']);
    expect(where(file, posts[2]!.segments[0]!, 'two, with')).toBe('6:1-6:10');
    expect(where(file, posts[2]!.segments[0]!, 'a keg')).toBe('6:23-6:28');
  });

  it('reads a header layout saved with a BOM and CRLF line breaks', () => {
    const file = fixture('header-bom-crlf.csv');
    expect(file.startsWith(' Date')).toBe(true); // the decoder stripped the BOM
    const { posts, problems } = read(file);
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(2);
    const [first, second] = posts as [Post, Post];
    expect(texts(first)).toEqual({ body: 'Hiring: a senior engineer, remote', alt: 'Team photo, "all hands"' });
    expect(first.presence).toBe('professional');
    expect(first.platforms).toEqual(['linkedin', 'x']);
    expect(first.date!.toISOString()).toBe('2026-05-01T09:30:00.000Z');
    expect(where(file, first.segments[0]!, 'senior engineer')).toBe('2:29-2:44');
    expect(where(file, first.segments[1]!, 'all hands')).toBe('2:94-2:103');
    // csv-parse keeps the CRLF of a quoted cell; the blank CRLF row is no post
    expect(texts(second)).toEqual({ body: 'Party recap:\r\nkeg stand champion again' });
    expect(second.index).toBe(1);
    expect(second.presence).toBe('personal');
    expect(second.platforms).toEqual(['instagram', 'facebook']);
    expect(second.date!.toISOString()).toBe('2026-05-02T00:00:00.000Z');
    expect(where(file, second.segments[0]!, 'keg stand')).toBe('5:1-5:10');
  });

  it('reads a text that still has its BOM, positions counted in that text', () => {
    const file = '\uFEFFmessage,date\nKeg party tonight,2026-05-01\n';
    const { posts, problems } = read(file);
    expect(problems).toEqual([]);
    expect(where(file, posts[0]!.segments[0]!, 'party')).toBe('2:5-2:10');
  });

  it('reads a ;-delimited layout mapped by column numbers in the config', () => {
    const file = fixture('mapped-semicolon.csv');
    const { posts, problems } = read(file, { header: true, delimiter: ';', columns: { message: 4, date: 3, platforms: 2, alt: 5 } });
    expect(problems).toEqual([]);
    expect(posts.map(texts)).toEqual([{ body: 'Quarterly results; "record" growth', alt: 'Chart of revenue' }, { body: 'Short update' }]);
    expect(posts.map((p) => p.platforms)).toEqual([['linkedin'], ['x']]);
    expect(posts[0]!.date!.toISOString()).toBe('2026-05-01T09:30:00.000Z');
    expect(where(file, posts[0]!.segments[0]!, 'growth')).toBe('2:60-2:66');
    expect(where(file, posts[0]!.segments[1]!, 'revenue')).toBe('2:77-2:84');
    expect(where(file, posts[1]!.segments[0]!, 'Short')).toBe('3:22-3:27');
  });

  it('lets the config map header names (any case), and wins over recognition', () => {
    const file = fixture('unrecognised.csv');
    const { posts, problems } = read(file, { columns: { message: 'body', date: 'WHEN' } });
    expect(posts.map(texts)).toEqual([{ body: 'We launch today' }]);
    expect(located(problems)).toEqual(['2:24 date "tomorrow" is not a date presence can read; the row is checked without it']);
    // a file presence would recognise is read as the config says
    const hootsuite = read('12/24/2026 14:30,Hello,https://example.com\n', { header: false, columns: { message: 3 } });
    expect(hootsuite.posts.map(texts)).toEqual([{ body: 'https://example.com' }]);
  });

  it('stops with a problem when the config names a column that is not there', () => {
    const file = fixture('unrecognised.csv');
    expect(read(file, { columns: { message: 'Text' } })).toEqual({
      posts: [],
      problems: [
        expect.objectContaining({
          line: 1,
          column: 1,
          message: 'the config\'s csv.columns.message names the column "Text", which is not in the header row ("Title", "Body", "When")',
        }),
      ],
    });
    const { posts, problems } = read(file, { header: false, columns: { message: 'Body' } });
    expect(posts).toEqual([]);
    expect(problems[0]!.message).toMatch(/csv.columns.message names a column \("Body"\) but csv.header is false/);
  });

  it('says how to map a layout it does not recognise', () => {
    const { posts, problems } = read(fixture('unrecognised.csv'));
    expect(posts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'schedule.csv', line: 1, column: 1, message: expect.stringMatching(/^CSV layout not recognised/) });
    expect(problems[0]!.hint).toMatch(/csv: \{ header: true, delimiter: ",", columns: \{ message: "Body"/);
  });

  it('reports malformed rows at their line and checks the rows around them', () => {
    const file = fixture('malformed.csv');
    const { posts, problems } = read(file);
    expect(posts.map((p) => [p.index, p.segments[0]!.text, p.presence, p.platforms, p.date?.toISOString()])).toEqual([
      [0, 'First good post', 'professional', ['linkedin'], '2026-05-01T09:00:00.000Z'],
      [1, 'Bad date but checked', 'personal', ['x'], undefined],
      [2, 'Unknown platform', 'personal', ['x'], '2026-05-05T09:00:00.000Z'],
      [3, 'Last good post', 'personal', [], '2026-05-07T09:00:00.000Z'],
    ]);
    expect(located(problems)).toEqual([
      '3:1 row has 5 cells but the header row has 4; the row is not checked',
      '4:1 row has 1 cell and no message (cell 2); the row is not checked',
      '7:1 date "31/12/2026 09:00" is not a date presence can read; the row is checked without it',
      '8:39 unknown platform "linkdin" (did you mean "linkedin"?)',
      '8:48 unknown platform "myspace"',
      '9:33 presence "work" is neither professional nor personal; the row is not checked',
    ]);
    expect(problems.every((p) => p.file === 'schedule.csv')).toBe(true);
    expect(problems[0]!.hint).toBe('Put a cell that contains the delimiter (",") in double quotes.');
  });

  it('keeps the posts before an unterminated quote and says the rest was not read', () => {
    const { posts, problems } = read(fixture('unterminated.csv'));
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['First post']);
    expect(located(problems)).toEqual([
      '3:1 a quoted cell opened here is never closed, so the rest of the file, from line 3, cannot be split into rows reliably and was not checked',
    ]);
    // the opening quote of a later cell of the row
    const later = read('message,date\nFirst,2026-05-01\nSecond "one","2026-05-02\nThird,x\n');
    expect(located(later.problems)).toEqual([
      '3:14 a quoted cell opened here is never closed, so the rest of the file, from line 3, cannot be split into rows reliably and was not checked',
    ]);
    expect(later.posts.map((p) => p.segments[0]!.text)).toEqual(['First']);
  });

  it('reports a quote left open in the first row at the quote', () => {
    const { posts, problems } = read('date,"message\n2026-05-01,Hello\n');
    expect(posts).toEqual([]);
    expect(located(problems)).toEqual([
      '1:6 a quoted cell opened here is never closed, so the rest of the file, from line 1, cannot be split into rows reliably and was not checked',
    ]);
  });

  it('recognises a first row longer than the part of the file it samples', () => {
    const long = `${'keg stand, '.repeat(4000)}\n`.repeat(2);
    const file = `12/24/2026 14:30;"${long}end";https://a.example\n12/25/2026 09:00;Next\n`;
    const { posts, problems } = read(file);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.segments[0]!.text.length)).toEqual([long.length + 3, 4]);
    expect(where(file, posts[0]!.segments[0]!, 'end')).toBe('3:1-3:4');
  });

  it('skips blank rows and rows with an empty message; a blank file is no post', () => {
    expect(read('')).toEqual({ posts: [], problems: [] });
    expect(read('\n\r\n  \n')).toEqual({ posts: [], problems: [] });
    expect(read('message,link\n')).toEqual({ posts: [], problems: [] });
    const { posts, problems } = read('\n\nmessage,link\n\n"",https://a.example\n  ,\n,,\nKeg,\n\n');
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.index, texts(p)])).toEqual([[0, { body: 'Keg' }]]);
  });

  it('reports unknown and repeated header names, and reads the known columns', () => {
    const file = 'Message, Image URL ,skip,SKIP,text,Date,constructor\nHello,a.jpg,x,y,Other,2026-05-01,z\n';
    const { posts, problems } = read(file);
    expect(posts.map(texts)).toEqual([{ body: 'Hello' }]);
    expect(posts[0]!.date!.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(located(problems)).toEqual([
      '1:9 unknown column "Image URL" in the CSV header row',
      '1:31 column "text" repeats the message column "Message" of the CSV header row; only the first is read',
      '1:41 unknown column "constructor" in the CSV header row',
    ]);
    expect(problems[0]!.hint).toMatch(/name a column "skip" to leave it unread/);
  });

  it('reads an ignore column: opt-outs of rules with reasons, at their position', () => {
    const file = 'date,message,ignore\n2026-05-01,Keg night,"party-photo: a brewery account; profanity: quoting a song"\n2026-05-02,Hi,party-photo\n';
    const { posts, problems } = read(file);
    expect(posts[0]!.ignores).toEqual([
      { ruleId: 'party-photo', reason: 'a brewery account', line: 2, column: 23 },
      { ruleId: 'profanity', reason: 'quoting a song', line: 2, column: 55 },
    ]);
    expect(located(problems)).toEqual(['3:15 ignore of "party-photo" needs a reason, e.g. party-photo: why this post may say it']);
  });

  it('recognises header aliases: text, url, account, time', () => {
    const { posts, problems } = read('TEXT,URL,Account,date,time\nHi,https://x.example,PROFESSIONAL,12/24/2026,2:30 PM\n');
    expect(problems).toEqual([]);
    expect(texts(posts[0]!)).toEqual({ body: 'Hi', link: 'https://x.example' });
    expect(posts[0]!.presence).toBe('professional');
    expect(posts[0]!.date!.toISOString()).toBe('2026-12-24T14:30:00.000Z');
  });

  it('finds a ; tab or | delimiter by itself', () => {
    for (const d of [';', '\t', '|']) {
      const { posts, problems } = read(`date${d}message\n2026-05-01${d}Hello, keg\n`);
      expect(problems, JSON.stringify(d)).toEqual([]);
      expect(posts.map((p) => p.segments[0]!.text)).toEqual(['Hello, keg']);
    }
    const hootsuite = read('12/24/2026 14:30;Hello, keg\n');
    expect(hootsuite.posts.map((p) => p.segments[0]!.text)).toEqual(['Hello, keg']);
  });

  it('reads a Hootsuite row whose message is a header word as a post', () => {
    const { posts } = read('12/24/2026 14:30,Post\n12/25/2026 14:30,Message\n');
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['Post', 'Message']);
  });

  it('reports a Hootsuite row with more than three cells', () => {
    const { posts, problems } = read('12/24/2026 14:30,Hello, world,https://a.example\n12/25/2026 09:00,Fine\n');
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['Fine']);
    expect(located(problems)).toEqual(['1:1 row has 4 cells but a Hootsuite bulk row has at most 3 (date, message, link); the row is not checked']);
  });

  it('tolerates empty trailing cells and short rows that hold the message', () => {
    const { posts, problems } = read('message,link,alt\nOne,,,,\nTwo\n');
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.segments.length)).toEqual([1, 1]);
  });

  it('reports a bad date and a time without a date at the cell', () => {
    const file = 'date,time,message\n"2026-02-30",10:00,A\n,  25:00,B\n2026-05-01,25:00,C\n';
    const { posts, problems } = read(file);
    expect(posts.map((p) => [p.segments[0]!.text, p.date])).toEqual([['A', undefined], ['B', undefined], ['C', undefined]]);
    expect(located(problems)).toEqual([
      '2:2 date "2026-02-30 10:00" is not a date presence can read; the row is checked without it',
      '3:4 time "25:00" has no date; the row is checked without it',
      '4:1 date "2026-05-01 25:00" is not a date presence can read; the row is checked without it',
    ]);
  });

  it('reads mixed line breaks and a lone CR', () => {
    const file = 'message,alt\r\nOne,a\nTwo keg,b\rThree,"c\rkeg"\r\n';
    const { posts } = read(file);
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['One', 'Two keg', 'Three']);
    expect(where(file, posts[1]!.segments[0]!, 'keg')).toBe('3:5-3:8');
    expect(where(file, posts[2]!.segments[1]!, 'keg')).toBe('5:1-5:4');
  });

  it('maps every character of every cell back to the file (random files)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b', 'keg', ' ', ',', '"', '""', '\n', '\r\n', 'é', '😀', ';', '\t', "'", '-'];
    const cell = () => Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
    const quote = (v: string) => (/[",\r\n]/.test(v) || random(3) === 0 ? `"${v.replaceAll('"', '""')}"` : v);
    for (let round = 0; round < 200; round++) {
      const eol = ['\n', '\r\n', '\r'][random(3)]!;
      const rows = Array.from({ length: 1 + random(6) }, () => [`x${cell()}`, cell(), cell()]);
      const file = `message,link,alt${eol}${rows.map((r) => (random(5) === 0 ? eol : '') + r.map(quote).join(',')).join(eol)}${random(2) ? eol : ''}`;
      const { posts, problems } = read(file);
      expect(problems, file).toEqual([]);
      expect(posts.map((p) => p.segments[0]!.text), file).toEqual(rows.map((r) => r[0]));
      const misplaced = posts.flatMap((post) =>
        post.segments.flatMap((segment) =>
          Array.from({ length: segment.text.length }, (_, i) => i)
            .filter((i) => file[fileOffset(segment.source, i)] !== segment.text[i])
            .map((i) => `${post.index}.${segment.field}[${i}]`),
        ),
      );
      expect(misplaced, JSON.stringify(file)).toEqual([]);
    }
  });

  it('maps cells that csv-parse reads leniently: stray and early-closing quotes', () => {
    const cells = ['keg', 'say "hi" now', '"q""uoted"', '"early"late', '"a""b"c', '"multi\nline"', '""', ' "sp"', 'é😀 "x"', '"x\r\n""y"""'];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: 1 + random(5) }, () => Array.from({ length: 3 }, () => cells[random(cells.length)]).join(','));
      const file = `message,link,alt\n${rows.join('\n')}\n`;
      const { posts, problems } = read(file);
      expect(problems, file).toEqual([]);
      const misplaced = posts.flatMap((post) =>
        post.segments.flatMap((segment) =>
          Array.from({ length: segment.text.length }, (_, i) => i)
            .filter((i) => file[fileOffset(segment.source, i)] !== segment.text[i])
            .map((i) => `${post.index}.${segment.field}[${i}]`),
        ),
      );
      expect(misplaced, JSON.stringify(file)).toEqual([]);
    }
  });
});
