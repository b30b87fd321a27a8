import { readCsv } from './csv.js';
import { readJsonLines } from './jsonl.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
import { readTweet } from './tweet.js';
import type { Reader } from './types.js';

/** Readers by file extension (lower case, with the dot). */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.tweet': readTweet,
  '.toot': readTweet,
  '.jsonl': readJsonLines,
  '.csv': readCsv,
};

/** The extensions presence reads, for messages and directory walks. */
export const POST_EXTENSIONS = Object.keys(READERS);

/** The reader for a file name, by its extension. */
export function readerFor(fileName: string): Reader | undefined {
  const dot = fileName.lastIndexOf('.');
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  if (dot <= slash) return undefined;
  return READERS[fileName.slice(dot).toLowerCase()];
}
