import type { CsvMapping, Post, PresenceName, Problem } from '../core/types.js';

/** What a reader needs besides the text. */
export interface ReadContext {
  /** The path as the user gave it; used in diagnostics. */
  filePath: string;
  /** The presence of posts that do not name their own. */
  defaultPresence: PresenceName;
  /** The config's `csv` section: how to read a CSV layout that is not recognised. */
  csv?: CsvMapping;
}

/** The posts of one file and the problems met while reading it. */
export interface ReadResult {
  posts: Post[];
  problems: Problem[];
}

/** Turns the decoded text of a file into posts. Pure. */
export type Reader = (text: string, context: ReadContext) => ReadResult;
