import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex, spanPositions } from '../src/core/location.js';
import type { Post, Segment } from '../src/core/types.js';
import { decodePostFile } from '../src/sources/decode.js';
import { readerFor } from '../src/sources/index.js';
import { readJsonLines } from '../src/sources/jsonl.js';
import { readTweet } from '../src/sources/tweet.js';

const FIXTURES = new URL('../fixtures/sources/', import.meta.url);
/** All 54 posts of the Node.js project's twitter-together repository (MIT), see fixtures/shared/README.md. */
const NODEJS_TWEETS = new URL('../fixtures/shared/nodejs-tweets/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

function read(text: string, filePath = 'post.tweet') {
  return readTweet(text, { filePath, defaultPresence: 'personal' });
}

/** The 1-based line:column at which `needle` of a segment is reported in `file`. */
function where(file: string, segment: Segment, needle: string): string {
  const start = segment.text.indexOf(needle);
  expect(start, `"${needle}" is in the segment`).toBeGreaterThanOrEqual(0);
  const at = spanPositions(new LineIndex(file), segment, start, start + needle.length);
  return `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`;
}

function segment(post: Post | undefined, field: string): Segment {
  const found = post?.segments.find((s) => s.field === field);
  expect(found, `the post has a segment ${field}`).toBeDefined();
  return found!;
}

function fields(post: Post | undefined): string[] {
  return post!.segments.map((s) => s.field);
}

describe('readers for threads and JSON lines', () => {
  it('are chosen by extension', () => {
    expect(readerFor('tweets/a.tweet')).toBe(readTweet);
    expect(readerFor('toots/a.TOOT')).toBe(readTweet);
    expect(readerFor('queue.jsonl')).toBe(readJsonLines);
  });
});

describe('.tweet: real nodejs/tweet files', () => {
  it('reads the copies in fixtures as one post each, without problems', () => {
    const names = readdirSync(new URL('nodejs/', FIXTURES)).filter((n) => n.endsWith('.tweet'));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const text = fixture(`nodejs/${name}`);
      const { posts, problems } = read(text, name);
      expect(problems, name).toEqual([]);
      expect(posts, name).toHaveLength(1);
      expect(posts[0]!.segments[0]!.text).toBe(text.trim());
      expect(fields(posts[0])).toEqual(['body']);
    }
  });

  it('keeps positions in a real file: emoji and a line without a final newline', () => {
    const text = fixture('nodejs/build-2021-05-28.tweet');
    const [post] = read(text).posts;
    expect(where(text, post!.segments[0]!, '@Rackspace')).toBe('5:3-5:13');
    expect(where(text, post!.segments[0]!, 'nodejs/build')).toBe('11:20-11:32');
  });

  it('reads all 54 tweets of the Node.js project without problems', () => {
    const names = readdirSync(NODEJS_TWEETS).filter((n) => n.endsWith('.tweet'));
    expect(names).toHaveLength(54);
    for (const name of names) {
      const bytes = readFileSync(new URL(name, NODEJS_TWEETS));
      const decoded = decodePostFile(bytes);
      expect('text' in decoded, name).toBe(true);
      const text = (decoded as { text: string }).text;
      const { posts, problems } = readerFor(name)!(text, { filePath: name, defaultPresence: 'professional' });
      expect(problems, name).toEqual([]);
      expect(posts, name).toHaveLength(1);
      expect(posts[0]).toMatchObject({ file: name, index: 0, presence: 'professional', platforms: ['x'] }); // a .tweet is an X post
      expect(posts[0]!.segments[0]!.text, name).toBe(text.trim());
    }
  });
});

describe('.tweet: threads', () => {
  const text = fixture('thread.tweet');
  const { posts, problems } = read(text, 'thread.tweet');

  it('makes each part a post, numbered in thread order; a trailing delimiter adds none', () => {
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(posts.map((p) => p.segments[0]!.text)).toEqual([
      'Node.js 24 is out! A thread 🧵',
      'Part two: the new test runner\nnow reports coverage.',
      'Part three: thanks to everyone who helped.',
    ]);
  });

  it('applies presence, platforms and schedule to every part', () => {
    for (const post of posts) {
      expect(post.presence).toBe('professional');
      expect(post.platforms).toEqual(['x', 'mastodon']);
      expect(post.date?.toISOString()).toBe('2026-05-01T09:30:00.000Z');
    }
  });

  it('gives the reply and the media to the first part only', () => {
    expect(posts[0]!.reply).toBe('https://x.com/nodejs/status/1790000000000000000');
    expect(posts.slice(1).map((p) => p.reply)).toEqual([undefined, undefined]);
    expect(fields(posts[0])).toEqual(['body', 'media[0].alt']);
    expect(fields(posts[1])).toEqual(['body']);
    expect(where(text, segment(posts[0], 'media[0].alt'), 'five of us')).toBe('8:33-8:43');
  });

  it('maps text of the second and third parts to their lines', () => {
    expect(where(text, posts[0]!.segments[0]!, 'A thread')).toBe('10:20-10:28');
    expect(where(text, posts[1]!.segments[0]!, 'test runner')).toBe('14:19-14:30');
    expect(where(text, posts[1]!.segments[0]!, 'reports coverage')).toBe('15:5-15:21');
    expect(where(text, posts[2]!.segments[0]!, 'everyone')).toBe('19:23-19:31');
  });

  it('maps CRLF files to the true line and column', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const read2 = read(crlf);
    expect(read2.problems).toEqual([]);
    const [first, second, third] = read2.posts;
    expect(second!.segments[0]!.text).toBe('Part two: the new test runner\nnow reports coverage.');
    expect(where(crlf, second!.segments[0]!, 'reports coverage')).toBe('15:5-15:21');
    expect(where(crlf, second!.segments[0]!, 'runner\nnow')).toBe('14:24-15:4');
    expect(where(crlf, third!.segments[0]!, 'everyone')).toBe('19:23-19:31');
    expect(where(crlf, segment(first, 'media[0].alt'), 'five of us')).toBe('8:33-8:43');
  });

  it('maps text after a byte-order mark, decoded or not', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const decoded = (decodePostFile(bytes) as { text: string }).text;
    expect(where(decoded, read(decoded).posts[2]!.segments[0]!, 'everyone')).toBe('19:23-19:31');
    const withBom = `\uFEFF${text}`;
    const raw = read(withBom);
    expect(raw.problems).toEqual([]);
    expect(raw.posts).toHaveLength(3);
    expect(raw.posts[0]!.presence).toBe('professional');
    // The mark is a character of line 1 here, so only that line's columns shift.
    expect(where(withBom, raw.posts[2]!.segments[0]!, 'everyone')).toBe('19:23-19:31');
    expect(read('\uFEFFHello').posts[0]!.segments[0]!.text).toBe('Hello');
  });

  it('skips empty parts and keeps numbering the posts', () => {
    const { posts: parts } = read('First\n---\n\n  \n---\nSecond\n---\n---\n');
    expect(parts.map((p) => [p.index, p.segments[0]!.text])).toEqual([
      [0, 'First'],
      [1, 'Second'],
    ]);
  });

  it('splits only at a line that is the delimiter alone (trailing spaces allowed)', () => {
    const { posts: parts } = read('one\n--- \ntwo\n----\n ---\nstill two\n---\nthree');
    expect(parts.map((p) => p.segments[0]!.text)).toEqual(['one', 'two\n----\n ---\nstill two', 'three']);
  });

  it('reads a file with front matter and no thread as one post', () => {
    const { posts: one, problems: none } = read('---\npresence: professional\n---\nHello\n');
    expect(none).toEqual([]);
    expect(one.map((p) => p.segments[0]!.text)).toEqual(['Hello']);
  });
});

describe('.tweet: custom thread delimiters', () => {
  it('reads thread-delimiter (kebab case); "---" lines stay text', () => {
    const text = fixture('delimiter-kebab.tweet');
    const { posts, problems } = read(text);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.segments[0]!.text)).toEqual([
      'A line of dashes stays in the text:\n---\nand so does this.',
      'Second part after the custom delimiter.',
      'Third part.',
    ]);
    expect(where(text, posts[0]!.segments[0]!, 'so does')).toBe('6:5-6:12');
    expect(where(text, posts[2]!.segments[0]!, 'Third')).toBe('10:1-10:6');
  });

  it('reads threadDelimiter (camel case) in a .toot', () => {
    const text = fixture('delimiter-camel.toot');
    const { posts, problems } = readerFor('delimiter-camel.toot')!(text, { filePath: 'delimiter-camel.toot', defaultPresence: 'personal' });
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['First toot of the thread.', 'Second toot.']);
    expect(where(text, posts[1]!.segments[0]!, 'toot')).toBe('6:8-6:12');
  });

  it('turns threads off with an empty delimiter, as twitter-together does', () => {
    const { posts } = read('---\nthread-delimiter: ""\n---\none\n---\nstill one');
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['one\n---\nstill one']);
  });

  it('accepts both spellings when they agree, and refuses them when they differ', () => {
    expect(read('---\nthread-delimiter: "~"\nthreadDelimiter: "~"\n---\na\n~\nb').posts).toHaveLength(2);
    const { posts, problems } = read('---\nthread-delimiter: "~"\nthreadDelimiter: "+"\n---\na\n~\nb');
    expect(posts).toEqual([]);
    expect(problems).toMatchObject([{ line: 3, message: expect.stringMatching(/different values/) }]);
  });

  it('refuses a delimiter that is not one line of text', () => {
    const { posts, problems } = read('---\nthreadDelimiter: [1, 2]\n---\na');
    expect(posts).toEqual([]);
    expect(problems).toMatchObject([{ file: 'post.tweet', line: 2, message: expect.stringMatching(/"threadDelimiter" must be one line of text/) }]);
  });
});

describe('.tweet: polls', () => {
  it('reads "( )" options at the end of a part as poll segments with their positions', () => {
    const text = fixture('poll.tweet');
    const { posts, problems } = read(text);
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.segments.map((s) => [s.field, s.text])).toEqual([
      ['body', 'Which release line do you run in production?'],
      ['poll[0]', 'v20'],
      ['poll[1]', 'v22'],
      ['poll[2]', 'v24'],
    ]);
    expect(where(text, segment(posts[0], 'poll[0]'), 'v20')).toBe('3:5-3:8');
    expect(where(text, segment(posts[0], 'poll[2]'), 'v24')).toBe('5:4-5:7');
    expect(fields(posts[1])).toEqual(['body']);
  });

  it('reads "[ ]" options in a .toot, with blank lines between them', () => {
    const text = fixture('poll.toot');
    const { posts, problems } = read(text, 'poll.toot');
    expect(problems).toEqual([]);
    expect(posts[0]!.segments.map((s) => [s.field, s.text])).toEqual([
      ['body', 'Tabs or spaces?'],
      ['poll[0]', 'Tabs'],
      ['poll[1]', 'Spaces'],
      ['poll[2]', 'Whatever the formatter says'],
    ]);
    expect(where(text, segment(posts[0], 'poll[2]'), 'formatter')).toBe('6:17-6:26');
  });

  it('reads a poll in the third part of a CRLF thread', () => {
    const text = 'Intro\r\n---\r\nMiddle\r\n---\r\nPick one:\r\n( ) keg stand  \r\n( ) lemonade stand\r\n';
    const { posts, problems } = read(text);
    expect(problems).toEqual([]);
    expect(posts[2]!.segments.map((s) => s.text)).toEqual(['Pick one:', 'keg stand', 'lemonade stand']);
    expect(where(text, segment(posts[2], 'poll[0]'), 'stand')).toBe('6:9-6:14');
    expect(where(text, segment(posts[2], 'poll[1]'), 'lemonade')).toBe('7:5-7:13');
  });

  it('leaves option-like lines that are not at the end in the body', () => {
    const { posts } = read('( ) not an option\nbecause text follows');
    expect(fields(posts[0])).toEqual(['body']);
  });

  it('reports a poll of the wrong size at its first option and still reads the post', () => {
    const { posts, problems } = read('Pick:\n( ) a\n( ) b\n( ) c\n( ) d\n( ) e');
    expect(problems).toMatchObject([{ line: 2, column: 1, message: 'a poll needs 2 to 4 options, found 5' }]);
    expect(fields(posts[0])).toEqual(['body', 'poll[0]', 'poll[1]', 'poll[2]', 'poll[3]', 'poll[4]']);
  });

  it('reads a poll key in the front matter for the first part, which keeps its option-like lines as text', () => {
    const text = '---\npoll:\n  - "Yes, a keg"\n  - No\n---\nQuestion?\n( ) stays text\n( ) too\n---\nNext\n( ) x\n( ) y';
    const { posts, problems } = read(text);
    expect(problems).toEqual([]);
    expect(posts[0]!.segments.map((s) => [s.field, s.text])).toEqual([
      ['body', 'Question?\n( ) stays text\n( ) too'],
      ['poll[0]', 'Yes, a keg'],
      ['poll[1]', 'No'],
    ]);
    expect(where(text, segment(posts[0], 'poll[0]'), 'keg')).toBe('3:13-3:16');
    expect(fields(posts[1])).toEqual(['body', 'poll[0]', 'poll[1]']);
  });
});

describe('.tweet: retweets and replies', () => {
  it('reads a quote: a retweet with text', () => {
    const { posts, problems } = read(fixture('quote.tweet'));
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.repost).toBe('https://x.com/openjsf/status/1790000000000000001');
    expect(posts[0]!.segments[0]!.text).toMatch(/^Worth a read/);
  });

  it('reads a plain retweet as a post with an empty body', () => {
    const { posts, problems } = read(fixture('plain-retweet.tweet'));
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ index: 0, repost: 'https://x.com/openjsf/status/1790000000000000002' });
    expect(posts[0]!.segments[0]!.text).toBe('');
  });

  it('reports a plain retweet that starts a thread', () => {
    const { posts, problems } = read('---\nretweet: https://x.com/a/status/1\n---\n---\nA thread after a retweet');
    expect(posts.map((p) => p.segments[0]!.text)).toEqual(['', 'A thread after a retweet']);
    expect(problems).toMatchObject([{ line: 5, message: 'a retweet without text cannot start a thread' }]);
  });

  it('refuses a reply or retweet that is not a URL string', () => {
    const { posts, problems } = read('---\nreply: [1]\n---\nHi');
    expect(posts).toEqual([]);
    expect(problems).toMatchObject([{ line: 2, column: 8, message: 'front matter "reply" must be the URL of a post, got [1]' }]);
  });
});

describe('.tweet: metadata problems', () => {
  it('reports an unreadable schedule with its value and line, and reads the posts without a date', () => {
    const { posts, problems } = read('---\npresence: professional\nschedule: next friday\n---\nOne\n---\nTwo');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'post.tweet', line: 3, column: 11, message: 'front matter "schedule" is not an ISO 8601 date: "next friday"' }),
    ]);
    expect(problems[0]!.hint).toMatch(/05\/01\/2026 09:30/);
    expect(posts).toHaveLength(2);
    expect(posts.every((p) => p.date === undefined && p.presence === 'professional')).toBe(true);
  });

  it('reads date as well as schedule, in any of the accepted forms', () => {
    expect(read('---\ndate: 05/01/2026 09:30\n---\nHi').posts[0]!.date?.toISOString()).toBe('2026-05-01T09:30:00.000Z');
    expect(read('---\nschedule: 2026-05-01T09:30:00+02:00\n---\nHi').posts[0]!.date?.toISOString()).toBe('2026-05-01T07:30:00.000Z');
    const both = read('---\nschedule: 2026-05-01\ndate: 2026-05-02\n---\nHi');
    expect(both.problems[0]!.message).toMatch(/both "schedule" and "date"/);
    expect(both.posts[0]!.date).toBeUndefined();
  });

  it('reports an unknown platform with the known names, and reads no post', () => {
    const { posts, problems } = read('---\nplatforms:\n  - x\n  - linkdin\n---\nHi');
    expect(posts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, column: 5, hint: 'Did you mean "linkedin"?' });
    expect(problems[0]!.message).toBe(
      'front matter "platforms" names an unknown platform "linkdin"; known platforms: x, twitter, bluesky, mastodon, threads, linkedin, instagram, facebook',
    );
  });

  it('normalises platform names: case, twitter as x, duplicates', () => {
    expect(read('---\nplatforms: [Twitter, X, BlueSky]\n---\nHi').posts[0]!.platforms).toEqual(['x', 'bluesky']);
    expect(read('---\nplatforms: LinkedIn\n---\nHi').posts[0]!.platforms).toEqual(['linkedin']);
  });

  it('reports front matter that is not closed, or not YAML', () => {
    expect(read('---\npresence: personal\nHi').problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/never closed/) });
    expect(read('---\npresence: [\n---\nHi').problems[0]!.message).toMatch(/^malformed front matter/);
  });
});

describe('the platform of a .tweet or .toot', () => {
  it('is X or Mastodon unless front matter names others', () => {
    expect(readTweet('Hello', { filePath: 'a.tweet', defaultPresence: 'personal' }).posts[0]!.platforms).toEqual(['x']);
    expect(readTweet('Hello', { filePath: 'a.toot', defaultPresence: 'personal' }).posts[0]!.platforms).toEqual(['mastodon']);
    expect(readTweet('---\nplatforms: [bluesky]\n---\nHello', { filePath: 'a.tweet', defaultPresence: 'personal' }).posts[0]!.platforms).toEqual(['bluesky']);
  });
});
