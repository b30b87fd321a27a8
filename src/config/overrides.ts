import path from 'node:path';
import picomatch from 'picomatch';
import type { RE2JS } from 're2js';
import { importModule } from '../core/import-module.js';
import type { Config, Override } from '../core/types.js';

/** Finds the `overrides` of the config that apply to a file. */
export type OverrideMatcher = (absolutePath: string) => Override[];

/**
 * The lookarounds picomatch writes into a glob's regex, each only to refuse
 * `.` and `..` path segments or an empty segment. The paths matched here are
 * made by path.relative (no `.` or `..` segment, no empty one, no trailing
 * slash; a path leaving the folder is refused before matching), so on them
 * each lookaround always holds and can go: what is left is plain RE2 syntax.
 */
const LOOKAROUNDS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)', '(?!\\.)'];

/**
 * A glob compiled to a matcher that runs in time linear in the path: the
 * regex picomatch makes, without its lookarounds, run by RE2. picomatch's own
 * (backtracking) regex took over two minutes on a file name of 200 "a"s and
 * `**\/*a*a*a*a*a*a*b.txt`, and the file names come from the repository.
 * Throws for a glob whose regex still holds a lookaround after that.
 */
export function linearGlob(engine: typeof RE2JS, glob: string): (relative: string) => boolean {
  let source = picomatch.makeRe(glob, { dot: true }).source;
  for (const lookaround of LOOKAROUNDS) source = source.split(lookaround).join('');
  if (/\(\?[=!<]/.test(source)) throw new Error(`the glob "${glob}" cannot be matched in linear time`);
  const compiled = engine.compile(source);
  return (relative) => compiled.matches(relative);
}

/** The RE2JS class, loaded only for a config with overrides. */
async function loadEngine(): Promise<typeof RE2JS> {
  return (await importModule<typeof import('re2js')>('re2js')).RE2JS;
}

/**
 * Compiles the globs of `overrides` once. Globs are relative to the config's
 * folder (or the current folder without a config); a glob without a slash
 * matches a file name at any depth, as in `.gitignore`.
 */
export async function loadOverrideMatcher(config: Config, baseDir: string): Promise<OverrideMatcher> {
  if (config.overrides.length === 0) return () => [];
  const engine = await loadEngine();
  const any = (globs: readonly string[]): ((name: string) => boolean) => {
    const matchers = globs.map((g) => linearGlob(engine, g));
    return (name) => matchers.some((m) => m(name));
  };
  const compiled = config.overrides.map((override) => ({
    override,
    matches: any(override.files),
    names: any(override.files.filter((f) => !f.includes('/'))),
  }));
  return (absolutePath) => {
    const relative = path.relative(baseDir, absolutePath).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative) || relative === '') return [];
    const name = path.posix.basename(relative);
    return compiled.filter((c) => c.matches(relative) || c.names(name)).map((c) => c.override);
  };
}
