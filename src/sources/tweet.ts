import { fileOffset, LineIndex, normalizedSource } from '../core/location.js';
import type { Post, Problem, Segment } from '../core/types.js';
import { readFrontMatter, splitFrontMatter, type PostMeta } from './front-matter.js';
import type { Reader } from './types.js';

/** One line of the file: `start` to `end` without its line break, `next` after it. */
interface Line {
  start: number;
  end: number;
  next: number;
}

/** Where a part of a thread and its poll options are, as file offsets. */
interface Part {
  /** The body without its poll options: `[start, end)`. */
  start: number;
  end: number;
  /** Each option's text, `[start, end)`, and the start of its line, in order. */
  options: { line: number; start: number; end: number }[];
}

const DEFAULT_DELIMITER = '---';

/**
 * A poll option line: `( ) option` (twitter-together) or `[ ] option`
 * (toot-together), either style in either file type. Group 2 is the option.
 */
const POLL_OPTION = /^((?:\(\s?\)|\[\s?\])[ \t]+)(\S(?:.*\S)?)[ \t]*$/;

const WHITESPACE = /\s/;

/**
 * The platform a file's extension names: a `.tweet` is an X post and a
 * `.toot` a Mastodon post, so their limits apply unless front matter names
 * other platforms.
 */
function platformOfExtension(filePath: string): string[] {
  if (/\.tweet$/i.test(filePath)) return ['x'];
  if (/\.toot$/i.test(filePath)) return ['mastodon'];
  return [];
}

/** The lines of `text` from `from` on; `\n`, `\r\n` and a lone `\r` end a line, as in LineIndex. */
function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/**
 * Splits a thread at its delimiter lines. A delimiter line is the delimiter
 * alone on its line; trailing spaces are tolerated because no one sees them.
 */
function splitThread(text: string, lines: Line[], delimiter: string): Line[][] {
  const parts: Line[][] = [[]];
  for (const line of lines) {
    if (delimiter !== '' && text.slice(line.start, line.end).replace(/[ \t]+$/, '') === delimiter) parts.push([]);
    else parts[parts.length - 1]!.push(line);
  }
  return parts;
}

/**
 * The body and the poll options of one part. Options are the lines at the
 * very end of the part that match {@link POLL_OPTION} (blank lines between
 * them allowed), as twitter-together reads them; the body ends before them.
 * Leading and trailing whitespace is not published and is left out.
 */
function readPart(text: string, lines: Line[], withPoll: boolean): Part {
  const options: Part['options'] = [];
  let last = lines.length - 1;
  for (; withPoll && last >= 0; last--) {
    const line = lines[last]!;
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '') continue;
    const match = POLL_OPTION.exec(raw);
    if (!match) break;
    const start = line.start + match[1]!.length;
    options.unshift({ line: line.start, start, end: start + match[2]!.length });
  }
  let start = lines[0]?.start ?? 0;
  let end = last >= 0 ? lines[last]!.end : start;
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  return { start, end, options };
}

/**
 * `.tweet` and `.toot` files, as twitter-together and toot-together read
 * them: optional YAML front matter, then a thread whose parts are separated
 * by lines of `---` (or the front matter's `thread-delimiter`). Each part that
 * has something to publish is a post, numbered from 0 in thread order; poll
 * options at the end of a part are segments `poll[0]`, `poll[1]`...
 *
 * The front matter's presence, platforms and schedule apply to every part.
 * `reply`, `retweet`, `media` and a `poll` key belong to the first post only:
 * that is the post twitter-together publishes them with, and the later parts
 * are published as replies to the part before them (which has no URL yet, so
 * their `reply` stays unset). A retweet with no text is a post with an empty
 * body: a plain repost is published too, and rules may judge what it reposts.
 *
 * As for markdown, a post whose front matter is broken is not read; an
 * unreadable date or a poll of the wrong size is reported and the posts are
 * still read, without the date.
 */
export const readTweet: Reader = (text, { filePath, defaultPresence }) => {
  const block = splitFrontMatter(text, filePath);
  if (block && 'message' in block) return { posts: [], problems: [block] };
  const problems: Problem[] = [];
  let meta: PostMeta = { segments: [] };
  if (block) {
    const read = readFrontMatter(block, text, filePath, { publishing: true, thread: true });
    problems.push(...read.problems);
    if (read.broken) return { posts: [], problems };
    meta = read.meta;
  }
  const lineIndex = new LineIndex(text);
  const problemAt = (offset: number, message: string, hint?: string): Problem => {
    const pos = lineIndex.position(offset);
    return { file: filePath, line: pos.line, column: pos.column, message, ...(hint ? { hint } : {}) };
  };

  const bodyStart = block ? block.bodyStart : 0;
  const parts = splitThread(text, linesOf(text, bodyStart), meta.threadDelimiter ?? DEFAULT_DELIMITER);
  // Metadata that makes the first part worth publishing even without text.
  const firstHasMeta = meta.repost !== undefined || meta.segments.length > 0 || (meta.poll?.length ?? 0) > 0;
  const posts: Post[] = [];
  parts.forEach((lines, i) => {
    // As in twitter-together, a poll given in the front matter leaves the first part's text as it is.
    const part = readPart(text, lines, !(i === 0 && meta.poll));
    if (part.end === part.start && part.options.length === 0 && !(i === 0 && firstHasMeta)) return;
    const first = posts.length === 0;
    const body = normalizedSource(text.slice(part.start, part.end), part.start);
    const segments: Segment[] = [{ field: 'body', text: body.text, source: body.source }];
    part.options.forEach((o, k) => segments.push({ field: `poll[${k}]`, text: text.slice(o.start, o.end), source: { start: o.start } }));
    if (part.options.length && (part.options.length < 2 || part.options.length > 4)) {
      problems.push(problemAt(part.options[0]!.line, `a poll needs 2 to 4 options, found ${part.options.length}`));
    }
    if (first) segments.push(...(meta.poll ?? []), ...meta.segments);
    const post: Post = {
      file: filePath,
      index: posts.length,
      presence: meta.presence ?? defaultPresence,
      segments,
      platforms: meta.platforms ?? platformOfExtension(filePath),
    };
    if (meta.date) post.date = meta.date;
    if (meta.ignores) post.ignores = meta.ignores;
    if (meta.lang) post.lang = meta.lang;
    if (meta.region) post.region = meta.region;
    if (first && meta.reply) post.reply = meta.reply;
    if (first && meta.repost) post.repost = meta.repost;
    posts.push(post);
  });

  const [opening, second] = posts;
  if (opening?.repost && opening.segments[0]!.text === '' && second) {
    problems.push(
      problemAt(
        fileOffset(second.segments[0]!.source, 0),
        'a retweet without text cannot start a thread',
        'Write the text of a quote before the first delimiter, or publish the thread on its own.',
      ),
    );
  }
  return { posts, problems };
};
