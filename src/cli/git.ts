import path from 'node:path';
import type { Problem } from '../core/types.js';
import { readerFor } from '../sources/index.js';
import type { Ignorer } from './ignore-rules.js';
import type { Io } from './io.js';

/** A staged post file: its path as shown, and the staged content (what will be committed). */
export interface StagedFile {
  shown: string;
  absolute: string;
  bytes: Uint8Array;
}

/**
 * The staged content of the staged post files (added, copied, modified or
 * renamed; not deleted), inside the given paths when any are named.
 */
export async function stagedPosts(
  io: Io,
  paths: readonly string[],
  ignorer: Ignorer,
): Promise<{ files: StagedFile[]; problems: Problem[] }> {
  const top = await io.git(['rev-parse', '--show-toplevel'], io.cwd);
  if (top.code !== 0) {
    return { files: [], problems: [{ message: '--staged needs a git repository, and this folder is not in one' }] };
  }
  const root = new TextDecoder().decode(top.stdout).trim();
  const listed = await io.git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], root);
  if (listed.code !== 0) return { files: [], problems: [{ message: `git could not list the staged files: ${listed.stderr.trim()}` }] };
  const within = paths.map((p) => path.resolve(io.cwd, p));
  const names = new TextDecoder()
    .decode(listed.stdout)
    .split('\0')
    .filter((name) => name && readerFor(name));
  const files: StagedFile[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const absolute = path.join(root, name);
    if (within.length && !within.some((w) => absolute === w || absolute.startsWith(`${w}${path.sep}`))) continue;
    if (ignorer.ignores(absolute)) continue;
    const shown = path.relative(io.cwd, absolute);
    const blob = await io.git(['show', `:${name}`], root);
    if (blob.code !== 0) problems.push({ file: shown, message: `cannot read the staged content: ${blob.stderr.trim()}` });
    else files.push({ shown, absolute, bytes: blob.stdout });
  }
  return { files, problems };
}

/** The pre-commit hook `presence install-hook` writes. */
export const HOOK_SCRIPT = `#!/bin/sh
# Written by \`presence install-hook\`: checks the staged posts before each
# commit; a post with errors stops the commit. Skip once with --no-verify.
exec npx --no-install presence check --staged
`;

/** Writes `.git/hooks/pre-commit`, never over an existing hook without `force`. */
export async function installHook(io: Io, force: boolean): Promise<{ message?: string; problem?: Problem }> {
  const hooks = await io.git(['rev-parse', '--git-path', 'hooks'], io.cwd);
  if (hooks.code !== 0) return { problem: { message: 'install-hook needs a git repository, and this folder is not in one' } };
  const file = path.resolve(io.cwd, new TextDecoder().decode(hooks.stdout).trim(), 'pre-commit');
  const shown = path.relative(io.cwd, file) || file;
  const exists = await io.stat(file).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    return { problem: { file: shown, message: 'a pre-commit hook exists already; not overwritten', hint: 'Add `npx --no-install presence check --staged` to it, or run again with --force to replace it.' } };
  }
  try {
    await io.writeFile(file, HOOK_SCRIPT, { mode: 0o755 });
  } catch (error) {
    return { problem: { file: shown, message: `cannot write the hook: ${(error as Error).message}` } };
  }
  return { message: `presence: wrote ${shown}; each commit now checks its staged posts.\n` };
}
