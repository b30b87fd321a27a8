import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { ConfigIssue } from '../config/validate.js';
import type { Diagnostic, Problem, Severity } from '../core/types.js';
import { ruleDocUrl } from '../format/sarif.js';
import { rules as builtInRules } from '../../rules/index.js';
import { diagnosticRange, issueRange, problemRange } from './positions.js';

/** What every diagnostic of this server says it comes from. */
export const SOURCE = 'presence';

/**
 * A suggestion is advice the author should still read: Information shows in
 * every editor's problem list, where Hint is often only a faint underline.
 */
const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information,
};

/** Rules with a page under rules/ in the repository; a plugin's rule or a config pattern has none to link to. */
const DOCUMENTED = new Set(builtInRules.map((r) => r.id));

/** What a finding's diagnostic carries for the hover (LSP's `data`, returned untouched by clients). */
export interface FindingData {
  ruleId: string;
  presence: Diagnostic['presence'];
  field: string;
  post: number;
}

/** A finding as an LSP diagnostic: its range in UTF-16, severity, rule id as `code`, and a link to the rule's doc. */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const data: FindingData = { ruleId: d.ruleId, presence: d.presence, field: d.field, post: d.post };
  return {
    range: diagnosticRange(d),
    severity: SEVERITIES[d.severity],
    source: SOURCE,
    code: d.ruleId,
    ...(DOCUMENTED.has(d.ruleId) ? { codeDescription: { href: ruleDocUrl(d.ruleId) } } : {}),
    message: d.message,
    data,
  };
}

/** Something that stopped the check of a file (front matter that cannot be read, a rule that threw), at its position or the file's start. */
export function problemDiagnostic(problem: Problem): LspDiagnostic {
  return {
    range: problemRange(problem),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: problem.hint ? `${problem.message}\n${problem.hint}` : problem.message,
  };
}

/** An issue of a config file, at its key or value in that file. */
export function issueDiagnostic(issue: ConfigIssue): LspDiagnostic {
  return {
    range: issueRange(issue),
    severity: issue.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: issue.hint ? `${issue.message}\n${issue.hint}` : issue.message,
  };
}
