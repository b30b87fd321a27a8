import path from 'node:path';
import type { Problem } from '../core/types.js';
import { readerFor } from '../sources/index.js';
import type { Ignorer } from './ignores.js';
import type { EngineIo } from './io.js';
import { MAX_POST_FILE_BYTES } from './files.js';

/** A staged post file: its path as shown, and the staged content (what will be committed). */
export interface StagedFile {
  shown: string;
  absolute: string;
  bytes: Uint8Array;
}

/** The largest staged CSV presence reads, in bytes (a staged blob is read whole; files on disk are streamed). */
const MAX_STAGED_CSV_BYTES = 256 * 1024 * 1024;

/** How many bytes of blobs one `git cat-file --batch` call hands back at most. */
const BATCH_BYTES = 128 * 1024 * 1024;

/** One staged file as `git diff --cached --raw -z` lists it: its blob's id and its path, exactly. */
interface StagedEntry {
  oid: string;
  name: string;
}

/** The entries of `git diff --raw -z --no-abbrev` output: `:<modes> <oids> <status>\0<path>\0` (and a second path for renames and copies). */
function parseRaw(text: string): StagedEntry[] {
  const fields = text.split('\0');
  const entries: StagedEntry[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const meta = fields[i]!;
    if (!meta.startsWith(':')) {
      i++;
      continue;
    }
    const [, , , newOid, status] = meta.slice(1).split(' ');
    const twoPaths = status?.startsWith('R') || status?.startsWith('C');
    const name = twoPaths ? fields[i + 2]! : fields[i + 1]!;
    i += twoPaths ? 3 : 2;
    // A gitlink (submodule) or a symbolic link has no post text to read.
    if (meta.slice(1).split(' ')[1]?.startsWith('100')) entries.push({ oid: newOid!, name });
  }
  return entries;
}

/**
 * The staged content of the staged post files (added, copied, modified or
 * renamed; not deleted), inside the given paths when any are named. Blobs are
 * read by their object ids, which `git diff --raw` gives for exact paths, so
 * no file name is ever parsed as a revision (`0:clean.md` read as the staged
 * `clean.md`), and their sizes are checked before they are read.
 */
export async function stagedPosts(
  io: EngineIo,
  paths: readonly string[],
  ignorer: Ignorer,
): Promise<{ files: StagedFile[]; problems: Problem[] }> {
  const top = await io.git(['rev-parse', '--show-toplevel'], io.cwd);
  if (top.code !== 0) {
    return { files: [], problems: [{ message: '--staged needs a git repository, and this folder is not in one' }] };
  }
  const root = new TextDecoder().decode(top.stdout).trim();
  const listed = await io.git(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR'], root);
  if (listed.code !== 0) return { files: [], problems: [{ message: `git could not list the staged files: ${listed.stderr.trim()}` }] };
  const within = paths.map((p) => path.resolve(io.cwd, p));
  const wanted: (StagedEntry & { absolute: string; shown: string })[] = [];
  for (const entry of parseRaw(new TextDecoder().decode(listed.stdout))) {
    if (!readerFor(entry.name)) continue;
    const absolute = path.join(root, entry.name);
    if (within.length && !within.some((w) => absolute === w || absolute.startsWith(`${w}${path.sep}`))) continue;
    if (ignorer.ignores(absolute)) continue;
    wanted.push({ ...entry, absolute, shown: path.relative(io.cwd, absolute) });
  }
  const files: StagedFile[] = [];
  const problems: Problem[] = [];
  if (wanted.length === 0) return { files, problems };
  const sizes = await io.git(['cat-file', '--batch-check=%(objectname) %(objectsize)'], root, `${wanted.map((w) => w.oid).join('\n')}\n`);
  if (sizes.code !== 0) return { files, problems: [{ message: `git could not read the staged files: ${sizes.stderr.trim()}` }] };
  const sizeOf = new Map(
    new TextDecoder()
      .decode(sizes.stdout)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
  const readable: (typeof wanted)[number][] = [];
  for (const w of wanted) {
    const size = Number(sizeOf.get(w.oid));
    const max = /\.csv$/i.test(w.name) ? MAX_STAGED_CSV_BYTES : MAX_POST_FILE_BYTES;
    if (!Number.isFinite(size)) problems.push({ file: w.shown, message: 'cannot read the staged content: git does not have its blob' });
    else if (size > max) {
      problems.push({ file: w.shown, message: `the staged file is too large to be a post (${(size / (1024 * 1024)).toFixed(1)} MB; presence reads staged posts of up to ${max / (1024 * 1024)} MB)` });
    } else readable.push(w);
  }
  // In batches of bounded size, each blob by its id.
  for (let start = 0; start < readable.length; ) {
    let bytes = 0;
    let end = start;
    while (end < readable.length && (end === start || bytes + Number(sizeOf.get(readable[end]!.oid)) <= BATCH_BYTES)) bytes += Number(sizeOf.get(readable[end++]!.oid));
    const batch = readable.slice(start, end);
    start = end;
    const blobs = await io.git(['cat-file', '--batch'], root, `${batch.map((w) => w.oid).join('\n')}\n`);
    if (blobs.code !== 0) {
      for (const w of batch) problems.push({ file: w.shown, message: `cannot read the staged content: ${blobs.stderr.trim() || `git exited with code ${blobs.code}`}` });
      continue;
    }
    const out = Buffer.from(blobs.stdout.buffer, blobs.stdout.byteOffset, blobs.stdout.byteLength);
    let at = 0;
    for (const w of batch) {
      const headerEnd = out.indexOf(10, at);
      const header = out.subarray(at, headerEnd).toString('utf8').split(' ');
      const size = Number(header[2]);
      if (header[0] !== w.oid || !Number.isFinite(size)) {
        problems.push({ file: w.shown, message: 'cannot read the staged content: git answered for another object' });
        break;
      }
      files.push({ shown: w.shown, absolute: w.absolute, bytes: out.subarray(headerEnd + 1, headerEnd + 1 + size) });
      at = headerEnd + 1 + size + 1;
    }
  }
  return { files, problems };
}
