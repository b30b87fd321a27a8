import type { Diagnostic, Fix, Post, SourceMap } from '../core/types.js';

/** The most passes over one file, as ESLint: each pass lints the text the last one left and applies what it finds. */
export const MAX_FIX_PASSES = 10;

/** A diagnostic that carries a fix. */
export type Fixable = Diagnostic & { fix: Fix };

/**
 * The fixes of one pass that do not overlap, in file order: of two that
 * overlap or touch (ESLint's rule: which of two insertions at one place goes
 * first is not for presence to guess), the first is taken and the other is
 * left to the next pass, which lints the fixed text again.
 */
export function nonOverlapping(fixable: readonly Fixable[]): Fixable[] {
  const sorted = [...fixable].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const taken: Fixable[] = [];
  let end = -1;
  for (const d of sorted) {
    if (d.fix.range[0] <= end) continue;
    taken.push(d);
    end = d.fix.range[1];
  }
  return taken;
}

/**
 * The text with the fixes written in (they must not overlap). A replacement
 * that holds a line break gets the file's own: `\r\n` in a file whose first
 * line ends so.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const crlf = /\r\n|\n/.exec(text)?.[0] === '\r\n';
  let out = '';
  let at = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    out += text.slice(at, fix.range[0]) + (crlf ? fix.text.replace(/\r?\n/g, '\r\n') : fix.text);
    at = fix.range[1];
  }
  return out + text.slice(at);
}

/** The offset into a segment's text of a file offset inside it (the text maps to the file 1:1 there). */
function textOffset(source: SourceMap, offset: number): number {
  if (!source.offsets) return offset - source.start;
  const table = source.offsets;
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the posts of a file should read once the fixes are written: each
 * fixed segment's text with its spans replaced, everything else unchanged.
 * Undefined when a fix names a post or field the file does not have.
 */
function expectedTexts(posts: readonly Post[], fixed: readonly Fixable[]): Map<string, string> | undefined {
  const edits = new Map<string, { start: number; end: number; text: string }[]>();
  for (const d of fixed) {
    const post = posts.find((p) => p.index === d.post);
    const segment = post?.segments.find((s) => s.field === d.field);
    if (!segment) return undefined;
    const start = textOffset(segment.source, d.fix.range[0]);
    const key = `${d.post}\0${d.field}`;
    const list = edits.get(key) ?? [];
    list.push({ start, end: start + d.fix.range[1] - d.fix.range[0], text: d.fix.text });
    edits.set(key, list);
  }
  const texts = new Map<string, string>();
  for (const post of posts) {
    for (const segment of post.segments) {
      const key = `${post.index}\0${segment.field}`;
      let text = segment.text;
      for (const e of (edits.get(key) ?? []).sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      texts.set(key, text);
    }
  }
  return texts;
}

/**
 * Whether the fixed file reads as the fixes mean it to: the same posts, with
 * the same metadata and fields, and every text as before except the
 * replaced spans. This is what makes a fix safe in a file whose texts are
 * quoted or escaped (a CSV cell, a JSON string, a YAML value): a
 * replacement that would need quoting there (a comma in an unquoted cell, a
 * quote in a JSON string) reads back differently, and is not written.
 */
export function readsAsFixed(before: readonly Post[], after: readonly Post[], fixed: readonly Fixable[]): boolean {
  const texts = expectedTexts(before, fixed);
  if (!texts || before.length !== after.length) return false;
  return before.every((b, i) => {
    const a = after[i]!;
    return (
      a.index === b.index &&
      a.presence === b.presence &&
      a.platforms.join('\0') === b.platforms.join('\0') &&
      (a.date?.getTime() ?? NaN).toString() === (b.date?.getTime() ?? NaN).toString() &&
      a.reply === b.reply &&
      a.repost === b.repost &&
      (a.ignores ?? []).map((s) => `${s.ruleId}\0${s.reason}`).join('\n') === (b.ignores ?? []).map((s) => `${s.ruleId}\0${s.reason}`).join('\n') &&
      a.segments.length === b.segments.length &&
      a.segments.every((s, j) => s.field === b.segments[j]!.field && s.text === texts.get(`${b.index}\0${b.segments[j]!.field}`))
    );
  });
}
