import { visible } from './escape.js';

/**
 * What fixing changes in one file, for `--fix-dry-run`: each changed line
 * as `-` before and `+` after under `@@ line N @@`, in the style of a
 * unified diff (no context lines). Lines are split at `\n`, `\r\n` and `\r`;
 * their text is made visible (control characters escaped) as on stderr. Pure.
 */
export function fixDiff(file: string, before: string, after: string): string {
  const a = before.split(/\r\n|\n|\r/);
  const b = after.split(/\r\n|\n|\r/);
  let out = `--- ${visible(file)}\n+++ ${visible(file)} (fixed)\n`;
  if (a.length === b.length) {
    // A swap changes words within their lines: each line that differs is a hunk of its own.
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out += `@@ line ${i + 1} @@\n-${visible(a[i]!)}\n+${visible(b[i]!)}\n`;
    return out;
  }
  // A replacement that adds or removes line breaks: one hunk from the first line that differs to the last.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  out += `@@ line ${head + 1} @@\n`;
  for (const line of a.slice(head, a.length - tail)) out += `-${visible(line)}\n`;
  for (const line of b.slice(head, b.length - tail)) out += `+${visible(line)}\n`;
  return out;
}
