import type { Formatter } from './types.js';

/**
 * One object per file: `{ filePath, messages, errorCount, warningCount,
 * suggestionCount }`, each message with its rule, severity, position, post
 * index, presence and field.
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
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      suggestionCount: r.suggestionCount,
    })),
  )}\n`;
