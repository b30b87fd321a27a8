import type { LintWorker, LintWorkerData } from './parallel.js';

/** A directory entry, enough to walk a tree. */
export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/**
 * What the engine needs of the world: reading files and folders, git, the
 * environment. Injected, so that the command, the library and the language
 * server give it theirs (and tests an in-process one); the engine never
 * writes a file.
 */
export interface EngineIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * A regular file's bytes, never blocking on a named pipe or a device
   * (those reject with `code` `ENOTREG`). A file larger than `maxBytes`
   * (default 256 MB) is not read: the promise rejects with an error whose
   * `code` is `EFBIG` and `size` its size in bytes.
   */
  readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array>;
  /** A regular file's bytes in pieces, for files too large to hold at once (throws `ENOTREG` for anything else). */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** A file's size in bytes. */
  fileSize(path: string): Promise<number>;
  /** Follows symbolic links; `mode` is the permission bits, where the file system has them (a fixed post keeps its own). */
  stat(path: string): Promise<{ isFile: boolean; isDirectory: boolean; mode?: number }>;
  readdir(path: string): Promise<DirEntry[]>;
  realpath(path: string): Promise<string>;
  /** The project a folder belongs to: the nearest folder upward with `.git`, else the folder itself. */
  projectRoot(dir: string): string;
  /**
   * Throws unless a file found by searching (config, ignore file, baseline)
   * is a regular file, or a link to one inside the project `root`; `code`
   * ENOENT, ENOTREG or ELINKOUT.
   */
  checkFoundFile(path: string, root: string): void;
  /** Runs git with arguments (no shell) in a folder, with `input` on its standard input. */
  git(args: readonly string[], cwd: string, input?: string): Promise<{ code: number; stdout: Uint8Array; stderr: string }>;
  /** Starts a worker thread that checks files (parallel.ts); absent where there are none, and then one thread checks all. */
  startLintWorker?(data: LintWorkerData): Promise<LintWorker>;
}
