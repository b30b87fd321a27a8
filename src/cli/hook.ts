import path from 'node:path';
import type { Problem } from '../core/types.js';
import type { Io } from './io.js';

/** A word for sh, in single quotes. */
function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The pre-commit hook `presence install-hook` writes: it runs the presence
 * that wrote it (`node` and `launcher`, absolute paths), and if that has
 * moved, the project's own (node_modules/.bin), then one on PATH, and else
 * says how to install it. (`npx --no-install presence` failed every commit
 * where presence was installed globally or elsewhere, and a bare `npx
 * presence` would fetch an unrelated npm package of that name.)
 */
export function hookScript(node: string | undefined, launcher: string | undefined): string {
  const self = node && launcher ? `if [ -x ${shQuote(node)} ] && [ -f ${shQuote(launcher)} ]; then exec ${shQuote(node)} ${shQuote(launcher)} check --staged; fi\n` : '';
  return `#!/bin/sh
# Written by \`presence install-hook\`: checks the staged posts before each
# commit; a post with errors stops the commit. Skip once with --no-verify.
# Runs the presence that wrote this hook; if it has moved, the project's own
# (node_modules/.bin), then one on PATH.
${self}if [ -x ./node_modules/.bin/presence ]; then exec ./node_modules/.bin/presence check --staged; fi
if command -v presence >/dev/null 2>&1; then exec presence check --staged; fi
echo "presence: this pre-commit hook cannot find presence${launcher ? ` (it was at ${launcher.replace(/["$`\\]/g, '')})` : ''}." >&2
echo "  hint: install it in the project (npm install --save-dev presence-lint) and run presence install-hook --force again, or commit with --no-verify." >&2
exit 1
`;
}

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
    return { problem: { file: shown, message: 'a pre-commit hook exists already; not overwritten', hint: 'Add `presence check --staged` to it, or run again with --force to replace it.' } };
  }
  try {
    await io.writeFile(file, hookScript(io.self?.node, io.self?.launcher), { mode: 0o755, replace: force });
  } catch (error) {
    return { problem: { file: shown, message: `cannot write the hook: ${(error as Error).message}` } };
  }
  return { message: `presence: wrote ${shown}; each commit now checks its staged posts.\n` };
}
