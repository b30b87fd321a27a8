/**
 * The few ways presence touches the file system that a repository of posts
 * could turn against it: reads that never block on a named pipe or a device
 * and never grow past a cap, symbolic links that lead out of the project,
 * and writes through a temporary file that no one can plant beforehand.
 * presence runs in CI on pull requests and in hooks, on files other people
 * wrote; each function here is what keeps one of those files from leaking a
 * secret, replacing a file elsewhere or hanging the run.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, unlinkSync, promises as fs } from 'node:fs';
import path from 'node:path';

/** Error codes of this module, beside Node's own (ENOENT, EACCES ...). */
export type SafeFileCode = 'ENOTREG' | 'EFBIG' | 'ELINKOUT';

/** An error with a code of {@link SafeFileCode}, a message for people and the file's size where known. */
export class SafeFileError extends Error {
  constructor(
    readonly code: SafeFileCode,
    message: string,
    readonly size?: number,
  ) {
    super(message);
    this.name = 'SafeFileError';
  }
}

/** What a stat says a thing is, in words, for "not a regular file" messages. */
export function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSymbolicLink(): boolean }): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function notRegular(kind: string): SafeFileError {
  return new SafeFileError('ENOTREG', `is ${kind}, not a regular file`);
}

function tooLarge(size: number, maxBytes: number): SafeFileError {
  return new SafeFileError('EFBIG', `file is ${size} bytes, more than ${maxBytes}`, size);
}

/**
 * Opens a file for reading without blocking: O_NONBLOCK makes opening a
 * named pipe return at once (a plain open waits for a writer forever), and
 * the type is checked on the opened descriptor, so a file swapped for a pipe
 * or a device after it was listed is refused too. The caller closes the fd.
 */
export function openRegular(file: string): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegular(kindOf(stat));
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * A regular file's bytes, at most `maxBytes` of them: larger is an EFBIG
 * error found before reading (and, for a file that grows while it is read,
 * after reading one byte more than the cap, never more).
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openRegular(file);
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Whether `file` is `folder` or inside it (both absolute, compared as given). */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of a path, or the path itself when it cannot be resolved. */
export function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * The repository a folder is in: the nearest folder from `dir` upward that
 * holds `.git` (a work tree, a submodule or a worktree), or undefined.
 * Files inside it are the repository's; anything outside is not, and
 * presence never follows a link from one to the other. Outside a
 * repository, the project is the folder of the config (see config/load.ts).
 */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      statSync(path.join(d, '.git'));
      return d;
    } catch {
      // Not here.
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** The project of a folder without a config: its repository, else the folder itself. */
export function findProjectRoot(dir: string): string {
  return findRepositoryRoot(dir) ?? path.resolve(dir);
}

/**
 * Refuses a file that presence found by searching (a config, an ignore file,
 * a baseline) when it is a symbolic link that leads out of the project, or
 * anything but a regular file: a repository must not be able to make
 * presence read `~/.ssh/id_ed25519` or `/proc/self/environ` and print it in
 * an error. A missing file throws ENOENT as usual. `root` is the project root.
 */
export function checkFoundFile(file: string, root: string): void {
  const link = lstatSync(file);
  if (link.isSymbolicLink()) {
    const realRoot = realOrSelf(root);
    const target = realpathSync(file);
    if (isInside(path.resolve(file), root) && !isInside(target, realRoot)) {
      throw new SafeFileError('ELINKOUT', 'is a symbolic link to a file outside the project; presence does not follow it');
    }
    const stat = statSync(file);
    if (!stat.isFile()) throw notRegular(kindOf(stat));
    return;
  }
  if (!link.isFile()) throw notRegular(kindOf(link));
}

/** Temporary files being written, removed if the process is stopped by a signal meanwhile. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Gone already.
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, as the shell and CI expect, now that nothing is left behind.
  process.kill(process.pid, signal);
}

function track(file: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(file);
}

function untrack(file: string): void {
  pending.delete(file);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** A temporary name beside `file` that no one can guess: 12 random bytes. */
function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(12).toString('hex')}.tmp`);
}

/**
 * Writes a file atomically and safely: into a temporary file created
 * exclusively (`wx`: O_CREAT|O_EXCL, which fails on anything already there,
 * a planted symbolic link included) under an unpredictable name in the
 * target's folder, then renamed over the target; a reader never sees half a
 * file. An existing target that is not a regular file (a link, a folder, a
 * named pipe, a device) is refused with ENOTREG, whatever `replace` says.
 * With `replace: false` an existing file is left alone (EEXIST), with no
 * window between a check and the write. The temporary file is removed on
 * failure and when a signal stops the process. With `root` (the project), a
 * target inside the project whose folder leads out of it through a link is
 * refused with ELINKOUT.
 */
export async function writeFileSafely(file: string, text: string, options: { mode?: number; replace?: boolean; root?: string } = {}): Promise<void> {
  if (options.root !== undefined && isInside(path.resolve(file), options.root)) {
    // A folder on the way that is a link out of the project (`reports -> /etc`) would put the file elsewhere.
    const folder = realOrSelf(path.dirname(path.resolve(file)));
    if (!isInside(folder, realOrSelf(options.root))) throw new SafeFileError('ELINKOUT', 'its folder is a symbolic link out of the project; presence does not write through it');
  }
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) throw notRegular(kindOf(stat));
    if (options.replace === false) throw Object.assign(new Error('file exists'), { code: 'EEXIST' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const tmp = temporaryName(file);
  track(tmp);
  try {
    const handle = await fs.open(tmp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      if (options.mode) await handle.chmod(options.mode);
    } finally {
      await handle.close();
    }
    if (options.replace === false) {
      // A hard link is made only where nothing is: no file appearing meanwhile is replaced.
      await fs.link(tmp, file).catch(async (error: NodeJS.ErrnoException) => {
        // A file system without hard links: an exclusive copy, which still never replaces a file.
        if (error.code === 'EEXIST' || error.code === 'EISDIR') throw error;
        await fs.copyFile(tmp, file, constants.COPYFILE_EXCL);
      });
      await fs.rm(tmp, { force: true });
    } else {
      // rename() replaces a link itself, never what it points to; the check above refused one anyway.
      await fs.rename(tmp, file);
    }
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  } finally {
    untrack(tmp);
  }
}
