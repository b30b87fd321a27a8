import { execFile } from 'node:child_process';
import { createReadStream, promises as fs } from 'node:fs';
import { checkFoundFile, findProjectRoot, openRegular, readRegularFile, SafeFileError, writeFileSafely } from '../fs/safe-file.js';
import type { Io } from './io.js';
import { importModule } from '../core/import-module.js';
import { WORKER_ARGUMENT, type FromWorker, type LintWorker, type LintWorkerData } from '../engine/parallel.js';

/**
 * Reads a stream up to `maxBytes`: one byte more is an EFBIG error, and the
 * rest is not read (1.5 GB piped in used to take 3.1 GB before the size check).
 */
async function readAtMost(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += piece.length;
    if (size > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new SafeFileError('EFBIG', `more than ${maxBytes} bytes`, size);
    }
    chunks.push(piece);
  }
  return Buffer.concat(chunks);
}

/**
 * stdout and stderr that stop quietly when the reader goes away
 * (`presence check posts | head -1`), as other command-line tools do,
 * instead of an EPIPE stack trace: later writes are dropped, and the run
 * ends with its own exit code.
 */
function quietOnClosedPipes(): Pick<Io, 'stdout' | 'stderr'> {
  const stream = (target: NodeJS.WriteStream): Io['stdout'] => {
    let closed = false;
    if (!target.listeners('error').some((l) => (l as { presenceEpipe?: boolean }).presenceEpipe)) {
      const listener = Object.assign(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
        },
        { presenceEpipe: true },
      );
      target.on('error', listener);
    }
    return {
      write: (s) => {
        if (closed || target.destroyed) return;
        try {
          target.write(s);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
          closed = true;
        }
      },
      isTTY: Boolean(target.isTTY),
    };
  };
  return { stdout: stream(process.stdout), stderr: stream(process.stderr) };
}

/** What any read of a file takes at most without a cap of its own, in bytes. */
const DEFAULT_MAX_READ_BYTES = 256 * 1024 * 1024;

/** A worker thread running `script` (the launcher, which runs the lint worker off the main thread). */
async function startWorker(script: string, data: LintWorkerData): Promise<LintWorker> {
  // Loaded here: most runs start no worker, and the module costs about 2 ms to load.
  const { Worker } = await importModule<typeof import('node:worker_threads')>('node:worker_threads');
  const worker = new Worker(script, { workerData: data, argv: [WORKER_ARGUMENT] });
  let closed = false;
  const failures: ((error: Error) => void)[] = [];
  const failed = (error: Error): void => {
    if (closed) return;
    closed = true;
    for (const listener of failures) listener(error);
  };
  worker.on('error', failed);
  worker.on('exit', (code) => failed(new Error(`the worker thread exited with code ${code}`)));
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (message: FromWorker) => listener(message)),
    onFailure: (listener) => void failures.push(listener),
    close: () => {
      closed = true;
      void worker.terminate();
    },
  };
}

/**
 * The real world: this process's streams, environment and file system.
 * With `workerScript` (the launcher's file), `check` may start worker threads.
 */
export function nodeIo(options: { workerScript?: string } = {}): Io {
  const workerScript = options.workerScript;
  return {
    ...quietOnClosedPipes(),
    ...(workerScript ? { startLintWorker: (data: LintWorkerData) => startWorker(workerScript, data) } : {}),
    cwd: process.cwd(),
    env: process.env,
    ...(workerScript ? { self: { node: process.execPath, launcher: workerScript } } : {}),
    interactive: Boolean(process.stdin.isTTY),
    readStdin: (maxBytes) => readAtMost(process.stdin, maxBytes),
    // Read synchronously: for the many small files of a post repository, a
    // blocking read is about three times faster than the thread pool's
    // open/stat/read/close round trips (bench/floor.mjs measures both), and
    // presence has nothing else to do meanwhile. Errors still reject.
    readFile: async (p, options) => readRegularFile(p, options?.maxBytes ?? DEFAULT_MAX_READ_BYTES),
    // Small pieces: a 64 KB piece of a CSV with emoji decodes to a string over
    // 128 KB, which V8 puts straight into the old generation's large-object
    // space, and the heap grew with them (1,000,000 rows: tens of MB more at peak).
    readChunks: (p) => createReadStream('', { fd: openRegular(p), highWaterMark: 1 << 13 }),
    fileSize: async (p) => (await fs.stat(p)).size,
    stat: async (p) => {
      const s = await fs.stat(p);
      return { isFile: s.isFile(), isDirectory: s.isDirectory(), mode: s.mode & 0o7777 };
    },
    readdir: async (p) =>
      (await fs.readdir(p, { withFileTypes: true })).map((d) => ({
        name: d.name,
        isFile: d.isFile(),
        isDirectory: d.isDirectory(),
        isSymbolicLink: d.isSymbolicLink(),
      })),
    realpath: (p) => fs.realpath(p),
    writeFile: writeFileSafely,
    projectRoot: findProjectRoot,
    checkFoundFile,
    git: (args, cwd, input) =>
      new Promise((resolve) => {
        const child = execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
          const reason = error && typeof error.code !== 'number' ? `${stderr.toString('utf8')}${error.message}` : stderr.toString('utf8');
          resolve({ code, stdout, stderr: reason });
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(input ?? '');
      }),
  };
}
