import path from 'node:path';
import type { KeptPost } from '../core/lint.js';
import type { Config, Diagnostic, FileResult, PresenceName } from '../core/types.js';
import { summarize } from '../core/lint.js';
import type { ReportData } from '../format/types.js';

/**
 * What the HTML report needs besides the results: the posts the engine kept,
 * the config's presences, and the findings the baseline left out (those of
 * `before`, the results before the baseline, that `after` no longer has).
 */
export function reportData(input: {
  config: Config;
  /** The config file (absolute), or undefined for the built-in defaults. */
  configFile: string | undefined;
  cwd: string;
  posts: readonly KeptPost[];
  before: readonly FileResult[];
  after: readonly FileResult[];
  /** The baseline file read (absolute), when one was. */
  baselineFile: string | undefined;
  masked: boolean;
}): ReportData {
  const kept = new Set<Diagnostic>(input.after.flatMap((r) => r.messages));
  const baselined = input.before
    .map((r) => summarize(r.filePath, r.messages.filter((m) => !kept.has(m))))
    .filter((r) => r.messages.length > 0);
  const shown = (file: string): string => path.relative(input.cwd, file) || file;
  return {
    posts: input.posts,
    presences: {
      professional: presenceOf(input.config, 'professional'),
      personal: presenceOf(input.config, 'personal'),
    },
    ...(input.configFile ? { configFile: shown(input.configFile) } : {}),
    ...(input.baselineFile && baselined.length > 0 ? { baselineFile: shown(input.baselineFile) } : {}),
    baselined,
    masked: input.masked,
  };
}

function presenceOf(config: Config, name: PresenceName): ReportData['presences'][PresenceName] {
  const p = config.presences[name];
  return { ...(p.positioning ? { positioning: p.positioning.statement } : {}), audience: p.audience, platforms: p.platforms };
}
