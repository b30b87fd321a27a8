import type { ConfigIssue } from './validate.js';

/**
 * Renders a config issue for people: `file:line:col: message`, the offending
 * line with a caret under the bad part, and a hint. Pure.
 */
export function explainIssue(issue: ConfigIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const label = issue.severity === 'warning' ? 'warning: ' : '';
  const lines = [`${where}: ${label}${issue.message}`];
  if (issue.line !== undefined && issue.lineText !== undefined) {
    const gutter = String(issue.line);
    const column = issue.column ?? 1;
    const width = Math.max(1, (issue.endColumn ?? column + 1) - column);
    lines.push(`  ${gutter} | ${issue.lineText}`);
    lines.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(column - 1)}${'^'.repeat(width)}`);
  }
  if (issue.hint) lines.push(`  hint: ${issue.hint}`);
  return lines.join('\n');
}
