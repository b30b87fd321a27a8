import type { Severity } from '../core/types.js';
import type { Formatter } from './types.js';

/** The workflow command for each severity: GitHub has no "suggestion", its mildest level is a notice. */
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'notice' };

/** The escaping the Actions runner undoes in a command's message (as @actions/core's escapeData). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping the runner undoes in a property value (as @actions/core's escapeProperty). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * For GitHub Actions: one workflow command per finding,
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`
 * (warnings as `::warning`, suggestions as `::notice`), which the runner turns
 * into annotations on the pull request. Check annotations take columns only
 * on a single line, so a finding that spans lines gives its lines alone.
 * `endColumn` is exclusive, as everywhere in presence. Prints nothing when
 * there is nothing to report.
 */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const properties = [`file=${escapeProperty(result.filePath)}`, `line=${m.line}`];
      if (m.endLine === m.line) properties.push(`col=${m.column}`);
      properties.push(`endLine=${m.endLine}`);
      if (m.endLine === m.line) properties.push(`endColumn=${m.endColumn}`);
      properties.push(`title=${escapeProperty(m.ruleId)}`);
      lines.push(`::${COMMANDS[m.severity]} ${properties.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
