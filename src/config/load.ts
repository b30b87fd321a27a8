import path from 'node:path';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { parse } from 'yaml';
import type { Config, Rule } from '../core/types.js';
import { rules as builtInRules } from '../../rules/index.js';
import { defaultConfig } from './defaults.js';
import type { ConfigValidator } from './compile-validator.js';
import type { ConfigIssue } from './validate.js';
import { validateConfig } from './validate.js';

/**
 * The validator for these rules: precompiled by the build for the built-in
 * rules, compiled with ajv otherwise (other rule sets, or the sources in tests).
 */
async function validatorFor(rules: readonly Rule[]): Promise<ConfigValidator> {
  if (rules === builtInRules) {
    try {
      // @ts-ignore: written by scripts/build-validator.mjs next to the built loader.
      const generated = (await import('./validator.generated.js')) as { default: ConfigValidator['validate'] };
      return { rules, validate: generated.default };
    } catch {
      // Not built yet: compile below.
    }
  }
  const { compileValidator } = await import('./compile-validator.js');
  return compileValidator(rules);
}

/** Where presence looks for a config, in order, from the current folder upward. */
export const SEARCH_PLACES = [
  'package.json',
  '.presencerc',
  '.presencerc.yaml',
  '.presencerc.yml',
  '.presencerc.json',
  'presence.config.yaml',
];

/** A loaded config, or the issues that stop the run. */
export interface LoadedConfig {
  config?: Config;
  /** The config file, or undefined when the built-in defaults are used. */
  filepath?: string;
  issues: ConfigIssue[];
}

/**
 * Finds (or reads the named) config file and validates it. Every way of
 * failing comes back as issues; nothing throws for a bad file.
 */
export async function loadConfig(options: { cwd: string; configFile?: string; rules: readonly Rule[] }): Promise<LoadedConfig> {
  const texts = new Map<string, string>();
  // The loader only remembers the text and tells cosmiconfig whether there is
  // a config here; validation (with positions) happens on the text below.
  const loader: Loader = (filepath, content) => {
    texts.set(filepath, content);
    try {
      return parse(content, { maxAliasCount: 100 }) ?? {};
    } catch {
      return path.basename(filepath) === 'package.json' ? {} : { broken: true };
    }
  };
  const explorer = cosmiconfig('presence', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'global',
    stopDir: path.parse(options.cwd).root,
    ignoreEmptySearchPlaces: false,
    cache: false,
    loaders: { '.json': loader, '.yaml': loader, '.yml': loader, noExt: loader },
  });
  let filepath: string | undefined;
  try {
    if (options.configFile) {
      filepath = path.resolve(options.cwd, options.configFile);
      await explorer.load(filepath);
    } else {
      filepath = (await explorer.search(options.cwd))?.filepath;
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const file = options.configFile ?? err.path ?? 'config';
    const reason =
      err.code === 'ENOENT' ? 'config file not found' : err.code === 'EISDIR' ? 'config path is a directory, not a file' : err.code === 'EACCES' ? 'config file cannot be read (permission denied)' : err.message;
    return { issues: [{ severity: 'error', file, message: reason }] };
  }
  if (!filepath) return { config: defaultConfig(), issues: [] };
  const text = texts.get(filepath) ?? '';
  const shown = path.relative(options.cwd, filepath) || filepath;
  const isPackage = path.basename(filepath) === 'package.json';
  const ext = path.extname(filepath);
  if (!isPackage && !['.json', '.yaml', '.yml', ''].includes(ext)) {
    return { filepath, issues: [{ severity: 'error', file: shown, message: `unsupported config format "${ext}": use YAML or JSON` }] };
  }
  const validated = validateConfig(text, shown, await validatorFor(options.rules), isPackage ? 'presence' : undefined);
  return { ...validated, filepath };
}
