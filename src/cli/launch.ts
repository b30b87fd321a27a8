import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { lintWorker } from '../engine/lint-worker.js';
import type { nodeIo } from './node-io.js';
import type { describeStrayError, run } from './program.js';

/**
 * The command is one CommonJS file, `dist/program.cjs` (scripts/bundle.mjs),
 * that the launcher, `dist/presence.cjs`, compiles with V8's code cache:
 * `dist/program.cjs.v8-cache`, written by the build (scripts/build-cache.mjs)
 * after checking a sample post, holds the bytecode of every function that
 * check needed. Loading it instead of parsing and compiling the code again
 * saves about a third of a one-post run. Node 20 has no code cache for ES
 * modules, hence the one CommonJS file.
 *
 * V8 refuses a cache made by another V8 version or with other flags, and
 * then compiles the code as usual. It checks only the length of the source,
 * so the cache file starts with the SHA-1 of the source it was made from,
 * and a cache of any other source is never given to V8.
 */
export interface Program {
  run: typeof run;
  describeStrayError: typeof describeStrayError;
  nodeIo: typeof nodeIo;
  lintWorker: typeof lintWorker;
}

export interface LoadedProgram {
  program: Program;
  script: vm.Script;
  /** SHA-1 of the program's source, in hex. */
  sourceHash: string;
  /** Whether V8 took the code cache. */
  cached: boolean;
}

/** The cache file of a program file. */
export function cacheFileOf(programFile: string): string {
  return `${programFile}.v8-cache`;
}

const MAGIC = 'presence-v8-cache 1 ';
/** The header: the magic, the source's SHA-1, padding; 64 bytes, so that V8's data stays aligned. */
function header(sourceHash: string): string {
  return `${MAGIC}${sourceHash}`.padEnd(63, ' ') + '\n';
}

function readCache(programFile: string, sourceHash: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(cacheFileOf(programFile));
  } catch {
    return undefined;
  }
  const expected = header(sourceHash);
  if (data.length <= expected.length || data.toString('latin1', 0, expected.length) !== expected) return undefined;
  return data.subarray(expected.length);
}

/**
 * The program's source as the script V8 compiles: a function of CommonJS's
 * arguments, opened on the first line so that line numbers in stack traces
 * stay right, and of the program's import() (src/core/import-module.ts).
 */
export function wrapProgram(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __presenceImport) {${source}\n})`;
}

/** Compiles and runs the program file, with its code cache unless `cache` is false. */
export function loadProgram(programFile: string, options: { cache?: boolean } = {}): LoadedProgram {
  const bytes = readFileSync(programFile);
  const sourceHash = hash('sha1', bytes);
  const cachedData = options.cache === false ? undefined : readCache(programFile, sourceHash);
  const script = new vm.Script(wrapProgram(bytes.toString('utf8')), {
    filename: programFile,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Program };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(programFile),
    module,
    programFile,
    path.dirname(programFile),
    (specifier: string) => import(specifier),
  );
  return { program: module.exports, script, sourceHash, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** The cache file's bytes for a loaded program: best made after the program has done typical work. */
export function cacheBytes(loaded: LoadedProgram): Buffer {
  return Buffer.concat([Buffer.from(header(loaded.sourceHash), 'latin1'), loaded.script.createCachedData()]);
}
