import { append } from '../core/arrays.js';
import type { LintRun, PartialRun } from '../core/lint.js';
import type { PresenceName, Problem } from '../core/types.js';
import type { InputFile } from './files.js';

/**
 * Checking many files on several threads. The command's thread and each
 * worker thread load the same config and take batches of files from one
 * queue, in order; each thread reads its files and runs the per-post rules
 * on them, and the workers hand back what they found and what the
 * collection rules kept (`LintRun.partial()`), which the command's thread
 * merges before it runs the collection rules over every post. Findings do
 * not depend on which thread checked a file; problems are reported in the
 * order of the files, as on one thread.
 */

/** The argument a worker thread of the command is started with (node-io.ts), by which the launcher knows it (bin/presence.ts). */
export const WORKER_ARGUMENT = '--presence-lint-worker';

/** What a worker needs to check files as the command does. */
export interface LintWorkerData {
  cwd: string;
  /** The --config the command was given (the worker searches as the command did without one). */
  configFile: string | undefined;
  /** Whether the command refused the config's plugins (the worker refuses them too). */
  noPlugins: boolean;
  presence: PresenceName | undefined;
  mask: boolean;
  reportUnusedIgnores: boolean;
  /** `--rule id:severity` of the command. */
  ruleSeverities?: Record<string, string>;
}

export type ToWorker = { type: 'batch'; id: number; files: readonly InputFile[] } | { type: 'finish' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; readProblems: Problem[]; lintProblems: Problem[]; posts: number }
  | { type: 'partial'; partial: PartialRun };

/** A worker thread, as the Io starts it. */
export interface LintWorker {
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called when the worker stops with an error or exits before handing back its part. */
  onFailure(listener: (error: Error) => void): void;
  close(): void;
}

/** Files below which one thread is faster: starting a worker costs about as much as checking a few hundred posts. */
export const PARALLEL_MIN_FILES = 1000;
/** Files per worker thread, at least, when the number of threads is chosen. */
const FILES_PER_THREAD = 1000;

/**
 * How many threads to check `files` files on: `--concurrency` is `off` (the
 * default), a number of threads, or `auto` (one per core, up to 4, and only
 * for a run of at least {@link PARALLEL_MIN_FILES} files). Off by default
 * because on two cores it does not pay: one thread already keeps the second
 * core busy with V8's collector and compiler, and each worker compiles the
 * rules' patterns and warms up their code again (BENCHMARKS.md: 10,000 files
 * 1.09 s on one thread, 1.22 s on two; 30,000 files 2.44 s and 2.24 s).
 */
export function threadCount(concurrency: string, files: number, cores: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') {
    if (files < PARALLEL_MIN_FILES) return 1;
    return Math.max(1, Math.min(cores, 4, Math.floor(files / FILES_PER_THREAD)));
  }
  return Math.max(1, Math.min(Number(concurrency), files));
}

/** Whether `value` is a valid `--concurrency`. */
export function isConcurrency(value: string): boolean {
  return value === 'auto' || value === 'off' || (/^[1-9]\d{0,1}$/.test(value) && Number(value) <= MAX_THREADS);
}

/**
 * The most threads `--concurrency` takes. Each thread holds its own copy of
 * the rules and a V8 heap (about 25 MB): 400 of them took 9.5 GB, and on
 * two cores more than two are slower anyway.
 */
export const MAX_THREADS = 32;

interface BatchResult {
  readProblems: Problem[];
  lintProblems: Problem[];
  /** Posts counted by a worker; posts checked here are counted by `here`'s caller. */
  workerPosts: number;
}

interface WorkerState {
  worker: LintWorker;
  ready: boolean;
  alive: boolean;
  finishing: boolean;
  finished: boolean;
  inFlight: Set<number>;
  /** Batches it checked: done again here if it fails before handing back its part. */
  done: number[];
}

/**
 * Checks `files` on this thread and `workers.length` worker threads, merging
 * the workers' parts into `run`. `here` reads and checks a batch on this
 * thread (adding its files to `run`) and returns its reading problems. A
 * worker that fails has its batches checked here instead: nothing is lost.
 */
export async function lintInThreads(options: {
  files: readonly InputFile[];
  workers: LintWorker[];
  run: LintRun;
  here: (files: readonly InputFile[]) => Promise<Problem[]>;
  /** Check batches here only when every worker has failed (for tests: otherwise this thread may take them all). */
  workersOnly?: boolean;
}): Promise<{ readProblems: Problem[]; lintProblems: Problem[]; workerPosts: number }> {
  const { files, run } = options;
  const threads = options.workers.length + 1;
  const size = Math.max(16, Math.min(256, Math.ceil(files.length / (threads * 8))));
  const batches: (readonly InputFile[])[] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: (BatchResult | undefined)[] = new Array(batches.length);
  const queue = batches.map((_, i) => i);

  let wake: (() => void) | undefined;
  const event = (): void => {
    wake?.();
    wake = undefined;
  };
  const states: WorkerState[] = options.workers.map((worker) => ({ worker, ready: false, alive: true, finishing: false, finished: false, inFlight: new Set(), done: [] }));

  const feed = (s: WorkerState): void => {
    if (!s.alive || !s.ready || s.finishing) return;
    // Two batches in flight, so that a worker does not wait while this thread is busy with its own.
    while (s.inFlight.size < 2 && queue.length > 0) {
      const id = queue.shift()!;
      s.inFlight.add(id);
      s.worker.send({ type: 'batch', id, files: batches[id]! });
    }
    if (s.inFlight.size === 0 && queue.length === 0) {
      s.finishing = true;
      s.worker.send({ type: 'finish' });
    }
  };
  const fail = (s: WorkerState): void => {
    if (s.finished || !s.alive) return;
    s.alive = false;
    const redo = [...s.inFlight, ...s.done];
    for (const id of redo) results[id] = undefined;
    queue.push(...redo);
    queue.sort((a, b) => a - b);
    s.worker.close();
    event();
  };
  for (const s of states) {
    s.worker.onMessage((message) => {
      if (!s.alive) return;
      switch (message.type) {
        case 'ready':
          s.ready = true;
          feed(s);
          break;
        case 'done':
          results[message.id] = { readProblems: message.readProblems, lintProblems: message.lintProblems, workerPosts: message.posts };
          s.inFlight.delete(message.id);
          s.done.push(message.id);
          feed(s);
          break;
        case 'partial':
          run.merge(message.partial);
          s.finished = true;
          s.worker.close();
          break;
        case 'failed':
          fail(s);
          break;
      }
      event();
    });
    s.worker.onFailure(() => fail(s));
  }

  for (;;) {
    const idle = options.workersOnly && states.some((s) => s.alive && !s.finishing);
    const id = idle ? undefined : queue.shift();
    if (id === undefined) {
      if (states.every((s) => s.finished || !s.alive)) break;
      for (const s of states) feed(s);
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const before = run.problems.length;
    const readProblems = await options.here(batches[id]!);
    results[id] = { readProblems, lintProblems: run.problems.slice(before), workerPosts: 0 };
    // Let the workers' messages in between batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  const readProblems: Problem[] = [];
  const lintProblems: Problem[] = [];
  let workerPosts = 0;
  for (const result of results) {
    if (!result) throw new Error('a batch of files was left unchecked');
    append(readProblems, result.readProblems);
    append(lintProblems, result.lintProblems);
    workerPosts += result.workerPosts;
  }
  return { readProblems, lintProblems, workerPosts };
}
