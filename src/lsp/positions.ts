import type { Range } from 'vscode-languageserver';
import type { ConfigIssue } from '../config/validate.js';
import type { Diagnostic, Problem } from '../core/types.js';

/**
 * presence's positions are 1-based lines and 1-based columns counted in
 * UTF-16 code units (src/core/types.ts), lines ended by `\n`, `\r\n` or a
 * lone `\r`, in the decoded text without its BOM. LSP's are 0-based lines and
 * 0-based characters in the negotiated position encoding, lines ended the
 * same way, in the text the editor holds (editors drop the BOM too). The
 * server negotiates UTF-16 (every client must support it), so a position
 * converts by subtracting one from each part; nothing is re-measured.
 */
export const POSITION_ENCODING = 'utf-16';

/** The range of a finding. */
export function diagnosticRange(d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const start = { line: Math.max(0, d.line - 1), character: Math.max(0, d.column - 1) };
  const end = { line: Math.max(0, d.endLine - 1), character: Math.max(0, d.endColumn - 1) };
  // An empty or inverted range is shown by no editor: one character at the start instead.
  if (end.line < start.line || (end.line === start.line && end.character <= start.character)) {
    return { start, end: { line: start.line, character: start.character + 1 } };
  }
  return { start, end };
}

/**
 * The range of a config issue: its key or value when it names its columns,
 * the rest of its line from its column when it names one, else the first line
 * (the file as a whole).
 */
export function issueRange(issue: Pick<ConfigIssue, 'line' | 'column' | 'endColumn' | 'lineText'>): Range {
  if (issue.line === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const line = issue.line - 1;
  const start = Math.max(0, (issue.column ?? 1) - 1);
  const end = issue.endColumn !== undefined && issue.endColumn - 1 > start ? issue.endColumn - 1 : issue.lineText !== undefined && issue.lineText.length > start ? issue.lineText.length : start + 1;
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The range of a problem (unreadable front matter, a rule that threw): its position, else the first character of the file. */
export function problemRange(problem: Pick<Problem, 'line' | 'column'>): Range {
  const line = Math.max(0, (problem.line ?? 1) - 1);
  const character = Math.max(0, (problem.column ?? 1) - 1);
  return { start: { line, character }, end: { line, character: character + 1 } };
}

/** Whether an LSP position lies in a range (its end included, so that a cursor just after a phrase still hovers it). */
export function rangeContains(range: Range, position: { line: number; character: number }): boolean {
  const after = (a: { line: number; character: number }, b: { line: number; character: number }): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}
