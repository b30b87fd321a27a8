import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, Override } from '../core/types.js';

function nameMatcher(globs: string[]): (name: string) => boolean {
  return globs.length ? picomatch(globs, { dot: true }) : () => false;
}

/** Finds the `overrides` of the config that apply to a file. */
export type OverrideMatcher = (absolutePath: string) => Override[];

/**
 * Compiles the globs of `overrides` once. Globs are relative to the config's
 * folder (or the current folder without a config); a glob without a slash
 * matches a file name at any depth, as in `.gitignore`.
 */
export function overrideMatcher(config: Config, baseDir: string): OverrideMatcher {
  if (config.overrides.length === 0) return () => [];
  const compiled = config.overrides.map((override) => ({
    override,
    matches: picomatch(override.files, { dot: true, basename: false }),
    names: nameMatcher(override.files.filter((f) => !f.includes('/'))),
  }));
  return (absolutePath) => {
    const relative = path.relative(baseDir, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..')) return [];
    const name = path.posix.basename(relative);
    return compiled.filter((c) => c.matches(relative) || c.names(name)).map((c) => c.override);
  };
}
