import type { FormatContext } from './types.js';

/** Whether a path (forward slashes) is absolute: `/x` or `C:/x`. */
function isAbsolute(slashed: string): boolean {
  return slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed);
}

/** The segments of a path with `.` and `..` resolved (never above its start). */
function segments(slashed: string): string[] {
  const out: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/**
 * A file path as presence printed it (relative to `cwd`, or absolute), as
 * a path relative to the repository's root with forward slashes when the
 * file is inside it, else as the absolute path. Without a repository root,
 * paths are relative to `cwd`. Pure: the shell gives the folders
 * (`FormatContext.paths`), so that a report run from `posts/2025` still
 * names `posts/2025/launch.md`, the path code scanning and pull requests
 * know the file by.
 */
export function repositoryPath(filePath: string, paths: NonNullable<FormatContext['paths']>): string {
  const slashed = filePath.replace(/\\/g, '/');
  const cwd = paths.cwd.replace(/\\/g, '/');
  const root = (paths.repositoryRoot ?? paths.cwd).replace(/\\/g, '/');
  const drive = (p: string): string => (/^[A-Za-z]:\//.test(p) ? p.slice(0, 2).toUpperCase() : '');
  const absolute = isAbsolute(slashed) ? slashed : `${cwd}/${slashed}`;
  const file = segments(absolute);
  const base = segments(root);
  const sameDrive = drive(absolute) === drive(root);
  // Drive letters compare without case, as Windows does.
  const same = (a: string, b: string, i: number): boolean => (i === 0 && drive(root) ? a.toUpperCase() === b.toUpperCase() : a === b);
  const inside = sameDrive && base.length < file.length && base.every((s, i) => same(s, file[i]!, i));
  if (inside) return file.slice(base.length).join('/');
  return `${drive(absolute) ? '' : '/'}${file.join('/')}`;
}
