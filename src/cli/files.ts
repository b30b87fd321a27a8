import path from 'node:path';
import type { ParsedFile } from '../core/lint.js';
import type { PresenceName, Problem } from '../core/types.js';
import { decodePostFile } from '../sources/decode.js';
import { POST_EXTENSIONS, readerFor } from '../sources/index.js';
import type { Io } from './io.js';

/** A file to check: its path as shown to the user and where to read it. */
export interface InputFile {
  /** As the user gave it (or relative to the folder they gave). */
  shown: string;
  absolute: string;
}

/** Files to check, and the problems met while looking for them. */
export interface Expanded {
  files: InputFile[];
  problems: Problem[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as Error).message;
  }
}

/**
 * Turns the paths of the command line into post files: a file as given, a
 * folder as every post file under it (recursively, skipping `node_modules`,
 * dot-folders and symbolic-link loops), sorted and without duplicates.
 */
export async function expandPaths(
  io: Io,
  paths: readonly string[],
  options: { errorOnUnmatched: boolean },
): Promise<Expanded> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (shown: string, absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ shown, absolute });
  };

  for (const given of paths) {
    const absolute = path.resolve(io.cwd, given);
    let stat: { isFile: boolean; isDirectory: boolean };
    try {
      stat = await io.stat(absolute);
    } catch (error) {
      problems.push({ file: given, message: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory) {
      const found: InputFile[] = [];
      await walk(io, absolute, given, found, new Set(), problems);
      found.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
      if (found.length === 0 && options.errorOnUnmatched) {
        problems.push({
          file: given,
          message: `no post files found in this folder (looked for ${POST_EXTENSIONS.join(', ')})`,
          hint: 'Pass --no-error-on-unmatched-pattern to allow an empty folder.',
        });
      }
      for (const f of found) add(f.shown, f.absolute);
    } else if (!readerFor(given)) {
      problems.push({
        file: given,
        message: `unsupported file type; presence reads ${POST_EXTENSIONS.join(', ')}`,
      });
    } else {
      add(given, absolute);
    }
  }
  return { files, problems };
}

async function walk(
  io: Io,
  dir: string,
  shownDir: string,
  found: InputFile[],
  visited: Set<string>,
  problems: Problem[],
): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await io.realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await io.readdir(dir);
  } catch (error) {
    problems.push({ file: shownDir, message: `cannot read folder: ${describeFsError(error)}` });
    return;
  }
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    const shown = path.join(shownDir, entry.name);
    let isDirectory = entry.isDirectory;
    let isFile = entry.isFile;
    if (entry.isSymbolicLink) {
      try {
        const target = await io.stat(absolute);
        isDirectory = target.isDirectory;
        isFile = target.isFile;
      } catch (error) {
        if (readerFor(entry.name)) problems.push({ file: shown, message: describeFsError(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      await walk(io, absolute, shown, found, visited, problems);
    } else if (isFile && readerFor(entry.name)) {
      found.push({ shown, absolute });
    }
  }
}

/** Decodes and parses one post file. */
export function parsePostFile(
  bytes: Uint8Array,
  filePath: string,
  readerName: string,
  defaultPresence: PresenceName,
): { file?: ParsedFile; problems: Problem[] } {
  const decoded = decodePostFile(bytes);
  if ('error' in decoded) {
    return { problems: [{ file: filePath, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.error }] };
  }
  const reader = readerFor(readerName)!;
  const { posts, problems } = reader(decoded.text, { filePath, defaultPresence });
  return { file: { filePath, text: decoded.text, posts }, problems };
}

/**
 * Reads and parses files with a bounded number of reads in flight, keeping
 * the order of `files` in the results.
 */
export async function readPostFiles(
  io: Io,
  files: readonly InputFile[],
  defaultPresence: PresenceName,
  concurrency = 64,
): Promise<{ parsed: ParsedFile[]; problems: Problem[] }> {
  const slots: ({ file?: ParsedFile; problems: Problem[] } | undefined)[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const input = files[i]!;
      try {
        const bytes = await io.readFile(input.absolute);
        slots[i] = parsePostFile(bytes, input.shown, input.shown, defaultPresence);
      } catch (error) {
        slots[i] = { problems: [{ file: input.shown, message: `cannot read file: ${describeFsError(error)}` }] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const slot of slots) {
    if (slot?.file) parsed.push(slot.file);
    if (slot) problems.push(...slot.problems);
  }
  return { parsed, problems };
}
