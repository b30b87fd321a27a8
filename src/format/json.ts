import type { Formatter } from './types.js';

/**
 * One object per file: `{ filePath, messages, errorCount, warningCount,
 * suggestionCount }`, each message with its rule, severity, position, post
 * index, presence and field, and, from rules that give them, its
 * `confidence` (0 to 1), the `cues` that decided it and its `fix` (ESLint's
 * `{ range, text }`: UTF-16 offsets into the file's text without its
 * byte-order mark).
 */
export const json: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        post: m.post,
        presence: m.presence,
        field: m.field,
        ...(m.confidence === undefined ? {} : { confidence: m.confidence }),
        ...(m.cues ? { cues: m.cues } : {}),
        ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      suggestionCount: r.suggestionCount,
    })),
  )}\n`;
