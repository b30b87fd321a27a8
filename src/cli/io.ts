import type { LintWorker, LintWorkerData } from './parallel.js';
/** A writable stream as the CLI sees it. */
export interface OutStream {
  write(text: string): void;
  isTTY: boolean;
}

/** A directory entry, enough to walk a tree. */
export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/** What the world provides to the CLI; injected so tests can run it in-process. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  readStdin(): Promise<Uint8Array>;
  /**
   * A file's bytes. With `maxBytes`, a larger file is not read: the promise
   * rejects with an error whose `code` is `EFBIG` and `size` its size in bytes.
   */
  readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array>;
  /** A file's bytes in pieces, for files too large to hold at once. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** A file's size in bytes. */
  fileSize(path: string): Promise<number>;
  /** Follows symbolic links. */
  stat(path: string): Promise<{ isFile: boolean; isDirectory: boolean }>;
  readdir(path: string): Promise<DirEntry[]>;
  realpath(path: string): Promise<string>;
  /**
   * Writes atomically (a temporary file renamed over the target); `mode` for
   * executables such as hooks. With `replace: false`, an existing file is
   * left alone: the promise rejects with an error whose `code` is `EEXIST`.
   */
  writeFile(path: string, text: string, options?: { mode?: number; replace?: boolean }): Promise<void>;
  /** Runs git with arguments (no shell) in a folder. */
  git(args: readonly string[], cwd: string): Promise<{ code: number; stdout: Uint8Array; stderr: string }>;
  /** Starts a worker thread that checks files (parallel.ts); absent where there are none, and then one thread checks all. */
  startLintWorker?(data: LintWorkerData): Promise<LintWorker>;
}
