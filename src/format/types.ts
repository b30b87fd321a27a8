import type { FileResult } from '../core/types.js';

/** What a formatter may use besides the results. */
export interface FormatContext {
  /** Colour the output (decided by the shell from TTY, NO_COLOR, FORCE_COLOR, --color). */
  color: boolean;
  /** Posts checked in the run, for summaries. */
  postCount: number;
}

/** A pure function from results to the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
