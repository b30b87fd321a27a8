import type { Diagnostic } from '../core/types.js';
import { visible } from './escape.js';
import type { Formatter } from './types.js';

/** A message on one line: line breaks (and the blanks around them) become one space. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ');
}

/**
 * One finding as `file:line:col: severity message [rule-id]`, control
 * characters made visible; the junit format reuses it with its own
 * escaping (`escape`: XML's, which keeps the text as it is).
 */
export function compactLine(filePath: string, m: Diagnostic, escape: (text: string) => string = visible): string {
  return `${escape(filePath)}:${m.line}:${m.column}: ${m.severity} ${escape(oneLine(m.message))} [${escape(m.ruleId)}]`;
}

/**
 * For editors, grep and scripts: one line per finding,
 * `file:line:col: severity message [rule-id]`, the GNU style that vim's
 * errorformat and Emacs' compilation mode read. There is no summary line, so
 * that every line is a finding (`wc -l` counts them; the exit code says
 * whether the run failed). Prints nothing when there is nothing to report.
 */
export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) lines.push(compactLine(result.filePath, m));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
