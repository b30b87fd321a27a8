import type { Diagnostic, Severity } from '../core/types.js';
import { visible } from './escape.js';
import { ruleDocUrl } from './sarif.js';
import type { Formatter } from './types.js';

/** Findings shown in the tables at most: a pull-request comment takes 65,536 characters, a job summary 1 MiB. */
export const MAX_MARKDOWN_ROWS = 200;

const ICONS: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', suggestion: '🔵 suggestion' };

/**
 * Text for a Markdown table cell, inert: a post's words quoted in a message
 * must not mention someone (`@name`), link an issue (`#12`), open HTML or
 * break the table (`|`, a line break). Markdown's punctuation becomes
 * numeric character references, which GitHub shows as the characters.
 */
export function markdownText(text: string): string {
  return visible(text.replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ')).replace(/[&<>|@#[\]()`*_~\\!:]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * For a pull-request comment or a GitHub job summary (`$GITHUB_STEP_SUMMARY`):
 * a headline with the counts, a table of findings per rule, then a table per
 * file (line, severity, rule, message), at most {@link MAX_MARKDOWN_ROWS}
 * rows with the number of the rest. Messages are masked as in every format,
 * and every text from a post is escaped so that it renders as written.
 * Unlike the terminal formats, it always prints something: a summary of a
 * clean run says so.
 */
export const markdown: Formatter = (results, context) => {
  let errors = 0;
  let warnings = 0;
  let suggestions = 0;
  const perRule = new Map<string, Record<Severity, number>>();
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    suggestions += r.suggestionCount;
    for (const m of r.messages) {
      const counts = perRule.get(m.ruleId) ?? { error: 0, warning: 0, suggestion: 0 };
      counts[m.severity]++;
      perRule.set(m.ruleId, counts);
    }
  }
  const total = errors + warnings + suggestions;
  const files = results.filter((r) => r.messages.length > 0);
  const out: string[] = [];
  const checked = `${plural(context.postCount, 'post')} in ${plural(results.length, 'file')}`;
  if (total === 0) {
    out.push(`### ✅ presence: no problems`, '', `Checked ${checked}.`, '');
    return out.join('\n');
  }
  out.push(
    `### ${errors ? '❌' : '⚠️'} presence: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')})`,
    '',
    `Checked ${checked}; ${plural(files.length, 'file')} with findings.`,
    '',
    '| Rule | Errors | Warnings | Suggestions |',
    '| --- | ---: | ---: | ---: |',
  );
  const known = new Set(context.rules.map((r) => r.id));
  for (const [ruleId, counts] of [...perRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const name = known.has(ruleId) ? `[${markdownText(ruleId)}](${ruleDocUrl(ruleId)})` : markdownText(ruleId);
    out.push(`| ${name} | ${counts.error} | ${counts.warning} | ${counts.suggestion} |`);
  }
  out.push('');
  let rows = 0;
  for (const r of files) {
    if (rows >= MAX_MARKDOWN_ROWS) break;
    out.push(`#### ${markdownText(r.filePath)}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |');
    for (const m of r.messages) {
      if (rows >= MAX_MARKDOWN_ROWS) break;
      out.push(row(m));
      rows++;
    }
    out.push('');
  }
  if (total > rows) out.push(`…and ${plural(total - rows, 'more finding')} not shown here; the full report has every one.`, '');
  return out.join('\n');
};

function row(m: Diagnostic): string {
  const where = m.field === 'body' ? `${m.line}:${m.column}` : `${m.line}:${m.column} (${markdownText(m.field)})`;
  return `| ${where} | ${ICONS[m.severity]} | ${markdownText(m.ruleId)} | ${markdownText(m.message)} |`;
}
