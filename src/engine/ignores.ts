import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Problem } from '../core/types.js';
import type { EngineIo } from './io.js';

/** Decides which paths are not checked: `.presenceignore` (or `--ignore-path`) and the config's `ignorePatterns`. */
export interface Ignorer {
  /** Whether an absolute path is ignored; `isDirectory` for folders, which gitignore patterns treat apart. */
  ignores(absolute: string, isDirectory?: boolean): boolean;
  /** Where a path's ignore came from, for the notice on an explicitly named file. */
  source(absolute: string): string | undefined;
}

interface Layer {
  base: string;
  matcher: Ignore;
  name: string;
}

/** The largest ignore file presence reads, in bytes. */
const MAX_IGNORE_BYTES = 4 * 1024 * 1024;

/**
 * Reads the ignore rules. The ignore file's patterns are relative to its own
 * folder, the config's `ignorePatterns` to the config's folder, as in git.
 */
export async function loadIgnorer(
  io: EngineIo,
  options: {
    ignorePath?: string;
    root: string;
    configDir: string;
    patterns: readonly string[];
    projectRoot?: string;
    /** `--ignore-pattern`: patterns from the command line, relative to `base` (the current folder). */
    extra?: { base: string; patterns: readonly string[] };
  },
): Promise<{ ignorer: Ignorer; problems: Problem[] }> {
  const layers: Layer[] = [];
  const problems: Problem[] = [];
  const file = options.ignorePath ? path.resolve(io.cwd, options.ignorePath) : path.join(options.root, '.presenceignore');
  try {
    // Found by search, the ignore file must be a regular file, or a link to one inside the project.
    if (!options.ignorePath) io.checkFoundFile(file, options.projectRoot ?? options.root);
    const text = new TextDecoder().decode(await io.readFile(file, { maxBytes: MAX_IGNORE_BYTES }));
    layers.push({ base: path.dirname(file), matcher: ignore().add(text), name: path.relative(io.cwd, file) || file });
  } catch (error) {
    // A missing .presenceignore is normal; a missing --ignore-path file is the user's mistake.
    const code = (error as NodeJS.ErrnoException).code;
    if (options.ignorePath || code !== 'ENOENT') {
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EFBIG' ? `it is larger than ${MAX_IGNORE_BYTES / (1024 * 1024)} MB, too large to be an ignore file` : (error as Error).message;
      problems.push({ file: options.ignorePath ?? path.relative(io.cwd, file), message: `cannot read ignore file: ${reason}` });
    }
  }
  if (options.patterns.length) {
    layers.push({ base: options.configDir, matcher: ignore().add([...options.patterns]), name: 'ignorePatterns in the config' });
  }
  if (options.extra && options.extra.patterns.length) {
    layers.push({ base: options.extra.base, matcher: ignore().add([...options.extra.patterns]), name: '--ignore-pattern' });
  }
  const hit = (absolute: string, isDirectory: boolean): Layer | undefined =>
    layers.find((layer) => {
      const relative = path.relative(layer.base, absolute).split(path.sep).join('/');
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
      return layer.matcher.ignores(isDirectory ? `${relative}/` : relative);
    });
  return {
    ignorer: {
      ignores: (absolute, isDirectory = false) => hit(absolute, isDirectory) !== undefined,
      source: (absolute) => hit(absolute, false)?.name,
    },
    problems,
  };
}

/** An Ignorer that ignores nothing (`--no-ignore`). */
export const NO_IGNORE: Ignorer = { ignores: () => false, source: () => undefined };
