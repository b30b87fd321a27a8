import type { Diagnostic, Severity } from '../core/types.js';
import { compactLine } from './compact.js';
import type { Formatter } from './types.js';

/**
 * Annotations GitHub shows of each kind per step (errors, warnings,
 * notices); it drops the rest without a word, and shows at most 50 per job.
 */
export const ANNOTATIONS_PER_KIND = 10;

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
 * `endColumn` is exclusive, as everywhere in presence.
 *
 * GitHub shows only {@link ANNOTATIONS_PER_KIND} annotations of each kind
 * per step, so only the first ten of each become commands; the rest are
 * printed as plain lines (`file:line:col: severity message [rule-id]`) and
 * one last notice counts them (nine notices then, and that one): at most 30
 * annotations, within the 50 of a job. Prints nothing when there is nothing
 * to report.
 */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  const all: [string, Diagnostic][] = results.flatMap((r) => r.messages.map((m) => [r.filePath, m] as [string, Diagnostic]));
  const totals: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const [, m] of all) totals[m.severity]++;
  const over = totals.error > ANNOTATIONS_PER_KIND || totals.warning > ANNOTATIONS_PER_KIND || totals.suggestion > ANNOTATIONS_PER_KIND;
  const limits: Record<Severity, number> = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, suggestion: over ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND };
  const used: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  const rest: string[] = [];
  for (const [filePath, m] of all) {
    if (used[m.severity] >= limits[m.severity]) {
      // Not a command: a line that starts with presence's name can never be read as one.
      rest.push(`presence: ${compactLine(filePath, m)}`);
      continue;
    }
    used[m.severity]++;
    const properties = [`file=${escapeProperty(filePath)}`, `line=${m.line}`];
    if (m.endLine === m.line) properties.push(`col=${m.column}`);
    properties.push(`endLine=${m.endLine}`);
    if (m.endLine === m.line) properties.push(`endColumn=${m.endColumn}`);
    properties.push(`title=${escapeProperty(m.ruleId)}`);
    lines.push(`::${COMMANDS[m.severity]} ${properties.join(',')}::${escapeData(m.message)}`);
  }
  if (rest.length > 0) {
    lines.push(...rest);
    lines.push(`::notice title=presence::${rest.length} more finding${rest.length === 1 ? ' is' : 's are'} listed in the log but not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind per step); the job summary and the report count every one.`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
