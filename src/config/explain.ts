import { visible } from '../format/escape.js';
import type { ConfigIssue } from './validate.js';

/** The longest line a code frame shows whole; a longer one is cut around the column. */
const FRAME_WIDTH = 120;

/**
 * Renders a config issue for people: `file:line:col: message`, the offending
 * line with a caret under the bad part, and a hint. Pure.
 */
export function explainIssue(issue: ConfigIssue): string {
  const file = visible(issue.file);
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  const label = issue.severity === 'warning' ? 'warning: ' : '';
  const lines = [`${where}: ${label}${visible(issue.message)}`];
  if (issue.line !== undefined && issue.lineText !== undefined) {
    const gutter = String(issue.line);
    const column = issue.column ?? 1;
    const width = Math.max(1, (issue.endColumn ?? column + 1) - column);
    // A line of 10,000 brackets is shown as the part around the column, marked with ellipses.
    const from = issue.lineText.length > FRAME_WIDTH ? Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 3, issue.lineText.length - FRAME_WIDTH)) : 0;
    const to = Math.min(issue.lineText.length, from + FRAME_WIDTH);
    // Escaped after the cut, so the caret still points under the column (an escape is wider than its character; rare in a config).
    const text = `${from > 0 ? '…' : ''}${visible(issue.lineText.slice(from, to))}${to < issue.lineText.length ? '…' : ''}`;
    const caretAt = column - 1 - from + (from > 0 ? 1 : 0);
    const caretWidth = Math.max(1, Math.min(width, to - (column - 1)));
    lines.push(`  ${gutter} | ${text}`);
    lines.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(caretAt)}${'^'.repeat(caretWidth)}`);
  }
  if (issue.hint) lines.push(`  hint: ${visible(issue.hint)}`);
  return lines.join('\n');
}
