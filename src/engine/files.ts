import path from 'node:path';
import type { ParsedFile } from '../core/lint.js';
import type { OverrideMatcher } from '../config/overrides.js';
import type { Config, CsvMapping, Override, Post, PresenceName, Problem } from '../core/types.js';
import { decodePostFile } from '../sources/decode.js';
import { POST_EXTENSIONS, readerFor } from '../sources/index.js';
import { capProblems } from '../sources/problem-list.js';
import picomatch from 'picomatch';
import type { Ignorer } from './ignores.js';
import type { EngineIo } from './io.js';

/** A file to check: its path as shown to the user and where to read it. */
export interface InputFile {
  /** As the user gave it (or relative to the folder they gave). */
  shown: string;
  absolute: string;
}

/** Files to check, the problems met while looking for them, and notices for the user. */
export interface Expanded {
  files: InputFile[];
  problems: Problem[];
  /** Things worth saying that are not failures: an explicitly named file that is ignored. */
  notices: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

function describeFsError(error: unknown, symlink = false): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return symlink ? 'broken symbolic link (what it points to does not exist)' : 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as Error).message;
  }
}

function byShownPath(a: InputFile, b: InputFile): number {
  return a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0;
}

/**
 * Turns the paths and globs of the command line into post files: a file as
 * given, a folder as every post file under it (recursively, skipping
 * `node_modules`, dot-folders and symbolic-link loops), a glob as the post
 * files it matches; ignored files left out, sorted, without duplicates.
 */
export async function expandPaths(
  io: EngineIo,
  paths: readonly string[],
  options: { errorOnUnmatched: boolean; ignorer: Ignorer },
): Promise<Expanded> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const notices: string[] = [];
  // Each file once, however it is reached: by two paths, a glob through a
  // link to its own folder, a folder and a file in it.
  // A file is known by the real path of its folder and its name: one
  // realpath call per folder, not per file.
  const seen = new Set<string>();
  const realDirs = new Map<string, Promise<string>>();
  const realOf = (dir: string): Promise<string> => {
    let real = realDirs.get(dir);
    if (!real) realDirs.set(dir, (real = io.realpath(dir).catch(() => dir)));
    return real;
  };
  const add = async (file: InputFile): Promise<void> => {
    const key = path.join(await realOf(path.dirname(file.absolute)), path.basename(file.absolute));
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  // Folders walked so far, by real path, so that a link to a folder already walked is not walked again.
  const visited = new Set<string>();
  const unmatched = (given: string, message: string, hint = 'Pass --no-error-on-unmatched-pattern to allow it.'): void => {
    if (options.errorOnUnmatched) {
      problems.push({ file: given, message, hint });
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(io.cwd, given);
    let stat: { isFile: boolean; isDirectory: boolean } | undefined;
    try {
      stat = await io.stat(absolute);
    } catch (error) {
      if (!isGlob(given)) {
        problems.push({ file: given, message: describeFsError(error) });
        continue;
      }
    }
    if (!stat) {
      const found = await globPosts(io, given, options.ignorer, problems, notices);
      if (found.length === 0) unmatched(given, 'no post files match this pattern');
      for (const file of found) await add(file);
    } else if (stat.isDirectory) {
      const found: InputFile[] = [];
      const real = await io.realpath(absolute).catch(() => absolute);
      const walked = visited.has(real);
      const tree: Tree = { real, leaving: [], ignored: { files: 0, folders: 0 } };
      await walk(io, absolute, given, found, { visited, above: [] }, problems, options.ignorer, tree);
      leavingNotice(notices, given, tree.leaving);
      found.sort(byShownPath);
      const ignored = tree.ignored!;
      if (found.length === 0 && !walked && (ignored.files > 0 || ignored.folders > 0)) {
        const what = [ignored.files > 0 ? `${ignored.files} post file${ignored.files === 1 ? '' : 's'}` : '', ignored.folders > 0 ? `${ignored.folders} folder${ignored.folders === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
        unmatched(given, `every post file here is ignored (${what}, by ${ignored.source ?? 'the ignore rules'}); nothing to check`, 'Pass --no-ignore to check them, or --no-error-on-unmatched-pattern to allow it.');
        if (!options.errorOnUnmatched) notices.push(`${given}: ${what} here, all ignored by ${ignored.source ?? 'the ignore rules'}; use --no-ignore to check them`);
      } else if (found.length === 0 && !walked) unmatched(given, `no post files found in this folder (looked for ${POST_EXTENSIONS.join(', ')})`);
      for (const file of found) await add(file);
    } else if (options.ignorer.ignores(absolute)) {
      notices.push(`${given}: ignored by ${options.ignorer.source(absolute)}; use --no-ignore to check it`);
    } else if (!readerFor(given)) {
      problems.push({ file: given, message: `unsupported file type; presence reads ${POST_EXTENSIONS.join(', ')}` });
    } else if (!stat.isFile) {
      // A named pipe or a device would block the read, or never end.
      problems.push({ file: given, message: 'not a regular file (a named pipe, socket or device); presence reads files' });
    } else {
      await add({ shown: given, absolute });
    }
  }
  return { files, problems, notices };
}

/** Whether `file` is `folder` or inside it (real paths). */
function within(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/** Says once per folder or glob which links out of it were not followed. */
function leavingNotice(notices: string[], given: string, leaving: readonly string[]): void {
  if (leaving.length === 0) return;
  const listed = leaving.slice(0, 3).join(', ');
  const more = leaving.length > 3 ? ` and ${leaving.length - 3} more` : '';
  notices.push(`${given}: not following ${leaving.length} symbolic link${leaving.length === 1 ? '' : 's'} out of the folder checked (${listed}${more}); name a linked file or folder to check it`);
}

/**
 * The post files a glob matches, relative to the current folder, as the user
 * wrote them: the folder the glob starts from (its part before the first
 * wildcard) is walked as a named folder is, without following links out of
 * it or back into it, and each file is matched against the whole glob.
 */
async function globPosts(io: EngineIo, pattern: string, ignorer: Ignorer, problems: Problem[], notices: string[]): Promise<InputFile[]> {
  const forward = pattern.split(path.sep).join('/');
  const { base } = picomatch.scan(forward);
  const start = path.resolve(io.cwd, base || '.');
  const stat = await io.stat(start).catch(() => undefined);
  if (!stat?.isDirectory) return [];
  const matches = picomatch(forward, { dot: false });
  const found: InputFile[] = [];
  const real = await io.realpath(start).catch(() => start);
  const tree: Tree = { real, leaving: [] };
  // A glob's own walk: a folder walked by another path or glob is walked again here, and its files kept once by the caller.
  await walk(io, start, base || '.', found, { visited: new Set(), above: [] }, problems, ignorer, tree);
  leavingNotice(notices, pattern, tree.leaving);
  return found
    .map((f) => ({ shown: path.relative(io.cwd, f.absolute) || f.shown, absolute: f.absolute }))
    .filter((f) => matches(f.shown.split(path.sep).join('/')) || matches(f.absolute.split(path.sep).join('/')))
    .sort(byShownPath);
}

/** Whether a path as given holds a glob's wildcards (`*`, `?`, `[...]`, `{a,b}`). */
function isGlob(given: string): boolean {
  return picomatch.scan(given.split(path.sep).join('/')).isGlob;
}

/** Where a walk is: the real path of the folder it started from, and the links out of it that it did not follow. */
interface Tree {
  real: string;
  leaving: string[];
  /** Post files and folders left out by the ignore rules, and the first rule's source, to say so when nothing is left. */
  ignored?: { files: number; folders: number; source?: string };
}

async function walk(
  io: EngineIo,
  dir: string,
  shownDir: string,
  found: InputFile[],
  folders: { visited: Set<string>; above: readonly string[] },
  problems: Problem[],
  ignorer: Ignorer,
  tree: Tree,
): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await io.realpath(dir);
    // Walked already, or a link back to a folder on the way here (a loop: `self` -> `.`, `up` -> `..`).
    if (folders.visited.has(real) || folders.above.some((above) => within(above, real))) return;
    folders.visited.add(real);
    entries = await io.readdir(dir);
  } catch (error) {
    problems.push({ file: shownDir, message: `cannot read folder: ${describeFsError(error)}`, cause: error });
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
        // A link out of the folder being checked (`posts/usr -> /usr`, `posts/key.md -> ~/.ssh/id_ed25519`) is not followed, as ESLint and markdownlint-cli2 do not.
        // A link back to a folder on the way here is a loop, skipped below as before; a pipe or a device is no post either way.
        const linked = await io.realpath(absolute);
        const loop = isDirectory && (within(tree.real, linked) || folders.above.some((above) => within(above, linked)));
        if (((isDirectory && !loop) || (isFile && readerFor(entry.name))) && !within(linked, tree.real)) {
          if (!(isDirectory && (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)))) tree.leaving.push(shown);
          continue;
        }
      } catch (error) {
        if (readerFor(entry.name)) problems.push({ file: shown, message: describeFsError(error, true), cause: error });
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      if (ignorer.ignores(absolute, true)) {
        if (tree.ignored) {
          tree.ignored.folders++;
          tree.ignored.source ??= ignorer.source(`${absolute}${path.sep}x`) ?? ignorer.source(absolute);
        }
        continue;
      }
      await walk(io, absolute, shown, found, { visited: folders.visited, above: [...folders.above, real] }, problems, ignorer, tree);
    } else if (isFile && readerFor(entry.name)) {
      if (!ignorer.ignores(absolute)) found.push({ shown, absolute });
      else if (tree.ignored) {
        tree.ignored.files++;
        tree.ignored.source ??= ignorer.source(absolute);
      }
    }
  }
}

/** How to read one file: the presence of posts that name none, the config overrides that apply, the CSV mapping. */
export interface FileSettings {
  defaultPresence: PresenceName;
  overrides: readonly Override[];
  csv?: CsvMapping;
}

/** A file's key for fingerprints: its path from the project's folder, with forward slashes, wherever presence runs. */
export function fileKeys(cwd: string, baseDir: string): (filePath: string) => string {
  return (filePath) => path.relative(baseDir, path.resolve(cwd, filePath)).split(path.sep).join('/');
}

/**
 * How to read each file under a config: the overrides that match it, and the
 * presence of its posts that name none (`presence` from the command line or
 * the caller, then the last matching override's, then the config's default).
 *
 * @param matchOverrides the config's overrides, compiled (config/overrides.ts)
 */
export function settingsForFiles(config: Config, matchOverrides: OverrideMatcher, presence?: PresenceName): (absolute: string) => FileSettings {
  return (absolute) => {
    const overrides = matchOverrides(absolute);
    return {
      defaultPresence: presence ?? overrides.findLast((o) => o.presence)?.presence ?? config.default,
      overrides,
      ...(config.csv ? { csv: config.csv } : {}),
    };
  };
}

/** A post without platforms of its own takes those of the last override that names some. */
export function withOverridePlatforms(posts: readonly Post[], overrides: readonly Override[]): void {
  const platforms = overrides.findLast((o) => o.platforms)?.platforms;
  if (platforms) for (const post of posts) if (post.platforms.length === 0) post.platforms = [...platforms];
}

/**
 * The largest post file presence reads, in bytes, except CSV files (those
 * over 8 MB are streamed row by row). No platform takes a post of more than
 * about 100,000 characters, so a larger file is not a post: a log or a data
 * dump with a post extension. Reading one whole took 20 s and 2 GB at 100 MB.
 */
export const MAX_POST_FILE_BYTES = 16 * 1024 * 1024;

/** The largest size to read of a post file, by its name: none for CSV files. */
function maxBytesOf(readerName: string): number | undefined {
  return /\.csv$/i.test(readerName) ? undefined : MAX_POST_FILE_BYTES;
}

function tooLarge(filePath: string, size: number): Problem {
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return {
    file: filePath,
    message: `file is too large to be a post file (${mb(size)}; presence reads post files of up to ${mb(MAX_POST_FILE_BYTES)}, CSV files of any size)`,
    hint: 'Check that it is a post; a bulk schedule this large can be a .csv file, which is read row by row.',
  };
}

/** Decodes and parses one post file; `readerName` chooses the reader by its extension. */
export function parsePostFile(
  bytes: Uint8Array,
  filePath: string,
  readerName: string,
  settings: FileSettings,
): { file?: ParsedFile; problems: Problem[] } {
  const max = maxBytesOf(readerName);
  if (max !== undefined && bytes.length > max) return { problems: [tooLarge(filePath, bytes.length)] };
  const decoded = decodePostFile(bytes);
  if ('error' in decoded) {
    return { problems: [{ file: filePath, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.error }] };
  }
  const reader = readerFor(readerName)!;
  const context = { filePath, defaultPresence: settings.defaultPresence, ...(settings.csv ? { csv: settings.csv } : {}) };
  const { posts, problems } = reader(decoded.text, context);
  withOverridePlatforms(posts, settings.overrides);
  return { file: { filePath, text: decoded.text, posts, overrides: settings.overrides }, problems: capProblems(problems, filePath) };
}

/**
 * Reads and parses files with a bounded number of reads in flight, and hands
 * each parsed file to `onFile` in the order of `files` as soon as it and the
 * files before it are read: a caller that lints and drops each file holds
 * only the files read ahead, not the whole run.
 */
export async function readPostFiles(
  io: EngineIo,
  files: readonly InputFile[],
  settingsFor: (file: InputFile) => FileSettings,
  onFile: (file: ParsedFile) => void,
  concurrency = 64,
): Promise<{ problems: Problem[] }> {
  const slots: ({ file?: ParsedFile; problems: Problem[] } | undefined)[] = new Array(files.length);
  const problems: Problem[] = [];
  let next = 0;
  let flushed = 0;
  const flush = (): void => {
    for (let slot = slots[flushed]; slot; slot = slots[flushed]) {
      slots[flushed++] = undefined;
      // One by one: spread, a few hundred thousand problems overflow the call stack.
      for (const problem of slot.problems) problems.push(problem);
      if (slot.file) onFile(slot.file);
    }
  };
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const input = files[i]!;
      let bytes: Uint8Array | undefined;
      try {
        const max = maxBytesOf(input.shown);
        bytes = await io.readFile(input.absolute, max === undefined ? {} : { maxBytes: max });
      } catch (error) {
        const { code, size } = error as NodeJS.ErrnoException & { size?: number };
        const problem = code === 'EFBIG' && size !== undefined ? tooLarge(input.shown, size) : { file: input.shown, message: `cannot read file: ${describeFsError(error)}`, cause: error };
        slots[i] = { problems: [problem] };
      }
      if (bytes) slots[i] = parsePostFile(bytes, input.shown, input.shown, settingsFor(input));
      if (i === flushed) flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  flush();
  return { problems };
}
