import { execFile } from 'node:child_process';
import { closeSync, constants as fsConstants, createReadStream, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Io } from './io.js';
import { importModule } from '../core/import-module.js';
import { WORKER_ARGUMENT, type FromWorker, type LintWorker, type LintWorkerData } from './parallel.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed
 * over it, so a reader never sees half a file.
 */
async function writeAtomic(file: string, text: string, options: { mode?: number; replace?: boolean } = {}): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text, { encoding: 'utf8', ...(options.mode ? { mode: options.mode } : {}) });
    if (options.replace === false) {
      // A hard link is made only where nothing is: no window in which another
      // process's file could be replaced between a check and the rename.
      await fs.link(tmp, file).catch(async (error: NodeJS.ErrnoException) => {
        // A file system without hard links: an exclusive copy, which still never replaces a file.
        if (error.code === 'EEXIST' || error.code === 'EISDIR') throw error;
        await fs.copyFile(tmp, file, fsConstants.COPYFILE_EXCL);
      });
      await fs.rm(tmp, { force: true });
    } else {
      await fs.rename(tmp, file);
    }
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** A file's bytes, or an EFBIG error when it is larger than `maxBytes` (found before reading it). */
function readAtMost(file: string, maxBytes: number | undefined): Uint8Array {
  if (maxBytes === undefined) return readFileSync(file);
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw Object.assign(new Error(`file is ${size} bytes, more than ${maxBytes}`), { code: 'EFBIG', size });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

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
    ...(workerScript ? { startLintWorker: (data: LintWorkerData) => startWorker(workerScript, data) } : {}),
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (s) => void process.stdout.write(s), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
    readStdin: () => readAll(process.stdin),
    // Read synchronously: for the many small files of a post repository, a
    // blocking read is about three times faster than the thread pool's
    // open/stat/read/close round trips (bench/floor.mjs measures both), and
    // presence has nothing else to do meanwhile. Errors still reject.
    readFile: async (p, options) => readAtMost(p, options?.maxBytes),
    // Small pieces: a 64 KB piece of a CSV with emoji decodes to a string over
    // 128 KB, which V8 puts straight into the old generation's large-object
    // space, and the heap grew with them (1,000,000 rows: tens of MB more at peak).
    readChunks: (p) => createReadStream(p, { highWaterMark: 1 << 13 }),
    fileSize: async (p) => (await fs.stat(p)).size,
    stat: async (p) => {
      const s = await fs.stat(p);
      return { isFile: s.isFile(), isDirectory: s.isDirectory() };
    },
    readdir: async (p) =>
      (await fs.readdir(p, { withFileTypes: true })).map((d) => ({
        name: d.name,
        isFile: d.isFile(),
        isDirectory: d.isDirectory(),
        isSymbolicLink: d.isSymbolicLink(),
      })),
    realpath: (p) => fs.realpath(p),
    writeFile: writeAtomic,
    git: (args, cwd) =>
      new Promise((resolve) => {
        execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
          resolve({ code, stdout, stderr: stderr.toString('utf8') });
        });
      }),
  };
}
