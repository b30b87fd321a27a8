/** Exit codes, as ESLint's. */
export const ExitCode = {
  /** No errors, and warnings within --max-warnings. */
  ok: 0,
  /** Errors found, or too many warnings. */
  findings: 1,
  /** A usage, config, input or internal failure. */
  failure: 2,
} as const;
