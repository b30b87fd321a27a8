import type { LintReport, Presence } from '../engine/presence.js';
import type { FileResult, Problem } from '../core/types.js';
import { visible } from '../format/escape.js';
import { fixDiff } from '../format/fix-diff.js';
import type { Io } from './io.js';

/** Whether two byte arrays hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `--fix` and `--fix-dry-run`: asks the engine what the fixes of a run
 * change, says on stderr what was skipped and why, and either shows each
 * change as a diff on stderr (dry run) or writes each changed file
 * atomically, keeping its permissions, and only while it still holds the
 * bytes the fixes were made on (a file edited meanwhile is left alone).
 * Returns how many files were written and what could not be.
 */
export async function fixStep(
  io: Io,
  engine: Presence,
  report: Pick<LintReport, 'results' | 'checkedFiles'>,
  options: { dryRun: boolean; root: string; keep?: (results: FileResult[]) => FileResult[] },
): Promise<{ written: number; problems: Problem[] }> {
  const plan = await engine.planFixes(report, options.keep);
  for (const notice of plan.notices) io.stderr.write(`presence: ${visible(notice)}\n`);
  const problems: Problem[] = [];
  let written = 0;
  let fixes = 0;
  for (const file of plan.files) {
    if (options.dryRun) {
      io.stderr.write(fixDiff(file.file, new TextDecoder().decode(file.before).replace(/^\uFEFF/, ''), file.after.replace(/^\uFEFF/, '')));
      fixes += file.fixed;
      written++;
      continue;
    }
    const now = await io.readFile(file.absolute).catch(() => undefined);
    if (!now || !sameBytes(now, file.before)) {
      io.stderr.write(`presence: ${visible(file.file)}: not fixed: it changed on disk while presence was checking it; run again\n`);
      continue;
    }
    const mode = (await io.stat(file.absolute).catch(() => undefined))?.mode;
    try {
      await io.writeFile(file.absolute, file.after, { root: options.root, ...(mode ? { mode } : {}) });
      written++;
      fixes += file.fixed;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOTREG' || code === 'ELINKOUT' ? `${(error as Error).message}; presence fixes only regular files in the project` : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (error as Error).message;
      problems.push({ file: file.file, message: `cannot write the fixes: ${why}`, cause: error });
    }
  }
  if (written > 0) {
    const what = `${fixes} fix${fixes === 1 ? '' : 'es'} in ${written} file${written === 1 ? '' : 's'}`;
    io.stderr.write(options.dryRun ? `presence: would apply ${what}; nothing was written (--fix-dry-run).\n` : `presence: applied ${what}.\n`);
  }
  return { written, problems };
}
