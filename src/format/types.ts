import type { FileResult, Rule } from '../core/types.js';

/** What a formatter may use besides the results. */
export interface FormatContext {
  /** Colour the output (decided by the shell from TTY, NO_COLOR, FORCE_COLOR, --color). */
  color: boolean;
  /** Posts checked in the run, for summaries. */
  postCount: number;
  /** The rules of the run (built-in and any others), for formats that describe them (SARIF). */
  rules: readonly Rule[];
  /** The version of presence. */
  version: string;
}

/** A pure function from results to the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
