import type { KeptPost } from '../core/lint.js';
import type { Audience, FileResult, PresenceName, Rule } from '../core/types.js';

/** Where the run happened, for formats that name files by their place in the repository (SARIF). Absolute paths. */
export interface RunPaths {
  /** The folder presence ran in: file paths in the results are relative to it unless absolute. */
  cwd: string;
  /** The root of the git repository presence ran in, when it ran in one. */
  repositoryRoot?: string;
}

/**
 * What the HTML report shows besides the findings: every post of the run
 * (texts masked as the findings are), the config's presences, and what the
 * baseline left out.
 */
export interface ReportData {
  /** Every post checked, in file and post order. */
  posts: readonly KeptPost[];
  /** Each presence's positioning statement (undefined when the config has none), audience and usual platforms. */
  presences: Record<PresenceName, { positioning?: string; audience: Audience; platforms: readonly string[] }>;
  /** The config file used, relative to where presence ran, or undefined for the built-in defaults. */
  configFile?: string;
  /** The baseline file read, when one was, relative to where presence ran. */
  baselineFile?: string;
  /** Findings the baseline knows, left out of the results (so not new). */
  baselined: readonly FileResult[];
  /** Whether sensitive values are masked (every format masks unless --no-mask). */
  masked: boolean;
}

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
  /** Where the run happened; without it, paths are taken as relative to the repository's root. */
  paths?: RunPaths;
  /** The posts and settings of the run, for the HTML report (the shell gathers them only for it). */
  report?: ReportData;
}

/** A pure function from results to the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
