import { execFile } from 'node:child_process';
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Io } from './io.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed
 * over it, so a reader never sees half a file.
 */
async function writeAtomic(file: string, text: string, options: { mode?: number } = {}): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text, { encoding: 'utf8', ...(options.mode ? { mode: options.mode } : {}) });
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** The real world: this process's streams, environment and file system. */
export function nodeIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (s) => void process.stdout.write(s), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
    readStdin: () => readAll(process.stdin),
    // Read synchronously: for the many small files of a post repository, a
    // blocking read is about three times faster than the thread pool's
    // open/stat/read/close round trips (bench/floor.mjs measures both), and
    // presence has nothing else to do meanwhile. Errors still reject.
    readFile: async (p) => readFileSync(p),
    readChunks: (p) => createReadStream(p, { highWaterMark: 1 << 16 }),
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
