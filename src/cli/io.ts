import type { EngineIo } from '../engine/io.js';

export type { DirEntry } from '../engine/io.js';

/** A writable stream as the CLI sees it. */
export interface OutStream {
  write(text: string): void;
  isTTY: boolean;
}

/** What the world provides to the CLI: the engine's reading, plus the terminal and writing files; injected so tests can run it in-process. */
export interface Io extends EngineIo {
  stdout: OutStream;
  stderr: OutStream;
  /** The Node binary and the launcher of this presence (absolute paths), for the hook `install-hook` writes. */
  self?: { node: string; launcher: string };
  /** Whether standard input is a terminal a person can answer questions at (`init`). */
  interactive?: boolean;
  /** Standard input, at most `maxBytes` of it: more rejects with an error whose `code` is `EFBIG`. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /**
   * Writes atomically through an exclusively created temporary file with an
   * unpredictable name, renamed over the target; `mode` for executables such
   * as hooks. An existing target that is not a regular file rejects with
   * `ENOTREG`. With `replace: false`, an existing file is left alone: the
   * promise rejects with an error whose `code` is `EEXIST`. With `root`, a
   * target in the project whose folder is a link out of it rejects with `ELINKOUT`.
   */
  writeFile(path: string, text: string, options?: { mode?: number; replace?: boolean; root?: string }): Promise<void>;
}
