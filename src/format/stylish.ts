import { Chalk } from 'chalk';
import type { Severity } from '../core/types.js';
import { visible } from './escape.js';
import type { Formatter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Below this, stylish says how sure the rule is: a finding to read twice. */
const UNSURE = 0.75;

/** A message, with "(unsure: 0.6)" after it when its rule is not sure. */
function withConfidence(message: string, confidence: number | undefined): string {
  return confidence !== undefined && confidence < UNSURE ? `${message} (unsure: ${confidence.toFixed(2)})` : message;
}

/**
 * For people in a terminal: findings grouped by file, one line each
 * (`line:col  severity  message  rule-id`), then a summary. Prints nothing
 * when there is nothing to report.
 */
export const stylish: Formatter = (results, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, suggestion: c.cyan };
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let suggestions = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    suggestions += result.suggestionCount;
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.severity, visible(withConfidence(m.message.replace(/\s*\n\s*/g, ' '), m.confidence)), visible(m.ruleId)] as const);
    const widths = [0, 1, 2].map((i) => rows.reduce((width, r) => Math.max(width, r[i]!.length), 0));
    out.push(c.underline(visible(result.filePath)));
    for (const [pos, severity, message, ruleId] of rows) {
      out.push(
        `  ${c.dim(pos.padEnd(widths[0]!))}  ${paint[severity as Severity](severity.padEnd(widths[1]!))}  ${message.padEnd(widths[2]!)}  ${c.dim(ruleId)}`,
      );
    }
    out.push('');
  }
  const total = errors + warnings + suggestions;
  if (total === 0) return '';
  const summary = `${errors ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')})`;
  out.push((errors ? c.red.bold : warnings ? c.yellow.bold : c.cyan.bold)(summary));
  return `${out.join('\n')}\n`;
};
