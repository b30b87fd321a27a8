import { append } from './core/arrays.js';
import path from 'node:path';
import { expandPaths, parsePostFile, readPostFiles, settingsForFiles } from './cli/files.js';
import { loadIgnorer, NO_IGNORE } from './cli/ignore-rules.js';
import { nodeIo } from './cli/node-io.js';
import { loadOverrideMatcher } from './config/overrides.js';
import { explainIssue } from './config/explain.js';
import { loadConfig as findConfig, validateConfigText } from './config/load.js';
import type { ConfigIssue } from './config/validate.js';
import { normalizePlatforms } from './config/validate.js';
import { lintFiles, type ParsedFile } from './core/lint.js';
import type { Config, FileResult, PresenceName, Problem, Rule } from './core/types.js';
import { formatters } from './format/index.js';
import { readerFor } from './sources/index.js';
import { VERSION } from './version.js';
import { rules as builtInRules } from '../rules/index.js';

/** Where the config comes from: found from `cwd` upward (as the command does), a named file, or an object. */
export interface ConfigOptions {
  /** The folder to search from and to resolve paths against; default `process.cwd()`. */
  cwd?: string;
  /** A config file to read instead of searching (relative to `cwd`). */
  configFile?: string;
  /**
   * The config as an object, written as it would be in YAML (presences,
   * rules, patterns, plugins...), instead of a file; plugins resolve from
   * `cwd`. Or a config already loaded with {@link loadConfig}, to lint many
   * times without reading it again.
   */
  config?: Record<string, unknown> | PresenceConfig;
}

/** Thrown when the config cannot be used. Its message is every issue, explained with file, line and column. */
export class ConfigError extends Error {
  readonly code = 'PRESENCE_CONFIG';
  /** The issues, as data: file, line, column, message, hint. */
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(issues.map(explainIssue).join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** A loaded, valid config with the rules it runs: the built-in ones, its patterns and its plugins' rules. */
export class PresenceConfig {
  constructor(
    readonly config: Config,
    readonly rules: readonly Rule[],
    /** The folder that relative paths of the config (overrides, ignorePatterns, plugins) start from. */
    readonly baseDir: string,
    /** The config file; undefined for the built-in defaults or a config given as an object. */
    readonly filepath: string | undefined,
    /** Issues that do not stop a run (a professional presence that is not public). */
    readonly warnings: readonly ConfigIssue[],
  ) {}
}

/**
 * Loads the config as `presence check` does: the named file, or the one
 * found from `cwd` upward, or the built-in defaults; or an object.
 *
 * @throws {ConfigError} when the config is broken (its message explains every issue)
 */
export async function loadConfig(options: ConfigOptions = {}): Promise<PresenceConfig> {
  if (options.config instanceof PresenceConfig) return options.config;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (options.config) {
    const text = `${JSON.stringify(options.config, null, 2)}\n`;
    const validated = await validateConfigText({ text, shown: '<config object>', filepath: path.join(cwd, '<config object>'), rules: builtInRules });
    if (!validated.config) throw new ConfigError(validated.issues);
    return new PresenceConfig(validated.config, validated.rules, cwd, undefined, validated.issues);
  }
  const loaded = await findConfig({ cwd, ...(options.configFile ? { configFile: options.configFile } : {}), rules: builtInRules });
  if (!loaded.config) throw new ConfigError(loaded.issues);
  return new PresenceConfig(loaded.config, loaded.rules, loaded.filepath ? path.dirname(loaded.filepath) : cwd, loaded.filepath, loaded.issues);
}

/** One post (or a file's worth of posts) as text. */
export interface TextInput {
  text: string;
  /** The presence of posts that do not name one (front matter wins); default: the config's `default`. */
  presence?: PresenceName;
  /** Where the post will be published (`x`, `linkedin`, ...), when the text does not say. */
  platforms?: string[];
  /**
   * The file the text is (or will be) saved as: names it in the results,
   * matches the config's overrides, and its extension chooses the reader
   * (`.md` reads front matter); default `<text>`, read as plain text.
   */
  filePath?: string;
}

/** Post files, folders of posts and globs, as `presence check` takes them. */
export interface FilesInput {
  files: string[];
  /** The presence of posts that do not name one (front matter wins); default: the overrides', then the config's `default`. */
  presence?: PresenceName;
}

export interface LintOptions extends ConfigOptions {
  /** Mask sensitive values (phone numbers, addresses) in messages, as the command does by default; default true. */
  mask?: boolean;
  /** Leave out files that `.presenceignore` and the config's `ignorePatterns` ignore; default true. */
  ignore?: boolean;
}

/** What a lint found. */
export interface LintResult {
  /** One result per file, sorted by path, each with its diagnostics sorted by position. */
  results: FileResult[];
  /** What stopped part of the run: unreadable files, malformed front matter, a rule that threw. The command exits 2 on any. */
  problems: Problem[];
  /** The rules that ran (for formatters). */
  rules: readonly Rule[];
  /** Posts checked. */
  postCount: number;
}

/**
 * Lints a post given as text, or files, with the config (found from `cwd`
 * as the command finds it, named, or given). Never prints; problems with
 * the input come back in `problems`.
 *
 * @example
 * const { results } = await lint({ text: 'Still hungover from the bar crawl', presence: 'professional' });
 * @throws {ConfigError} when the config is broken
 */
export async function lint(input: TextInput | FilesInput, options: LintOptions = {}): Promise<LintResult> {
  const loaded = await loadConfig(options);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { config, rules, baseDir } = loaded;
  const io = { ...nodeIo(), cwd };
  const settingsFor = settingsForFiles(config, await loadOverrideMatcher(config, baseDir), input.presence);

  const parsedFiles: ParsedFile[] = [];
  const problems: Problem[] = [];
  if ('text' in input) {
    const filePath = input.filePath ?? '<text>';
    const readerName = input.filePath && path.extname(input.filePath) ? input.filePath : `${filePath}.txt`;
    if (!readerFor(readerName)) {
      problems.push({ file: filePath, message: 'unsupported file type: name the text .txt, .md or another post file type presence reads' });
    } else {
      const parsed = parsePostFile(new TextEncoder().encode(input.text), filePath, readerName, settingsFor(path.resolve(cwd, filePath)));
      append(problems, parsed.problems);
      if (parsed.file) {
        if (input.platforms?.length) {
          const platforms = normalizePlatforms(input.platforms);
          for (const post of parsed.file.posts) if (post.platforms.length === 0) post.platforms = [...platforms];
        }
        parsedFiles.push(parsed.file);
      }
    }
  } else {
    const { ignorer, problems: ignoreProblems } =
      options.ignore === false
        ? { ignorer: NO_IGNORE, problems: [] }
        : await loadIgnorer(io, { root: baseDir, configDir: baseDir, patterns: config.ignorePatterns });
    append(problems, ignoreProblems);
    const expanded = await expandPaths(io, input.files, { errorOnUnmatched: true, ignorer });
    append(problems, expanded.problems);
    const read = await readPostFiles(io, expanded.files, (f) => settingsFor(f.absolute), (file) => parsedFiles.push(file));
    append(problems, read.problems);
  }

  for (const file of parsedFiles) {
    file.key = path.relative(baseDir, path.resolve(cwd, file.filePath)).split(path.sep).join('/');
  }
  const linted = lintFiles(parsedFiles, config, rules, { mask: options.mask ?? true });
  const results = [...linted.results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return {
    results,
    problems: [...problems, ...linted.problems],
    rules,
    postCount: parsedFiles.reduce((n, f) => n + f.posts.length, 0),
  };
}

/**
 * Renders a lint result in one of the command's formats (`stylish`,
 * `compact`, `json`, `sarif`, `github`, `junit`).
 */
export function formatResults(result: LintResult, format = 'stylish', options: { color?: boolean } = {}): string {
  const formatter = formatters[format];
  if (!formatter) throw new Error(`unknown format "${format}": expected one of ${Object.keys(formatters).join(', ')}`);
  return formatter(result.results, { color: options.color ?? false, postCount: result.postCount, rules: result.rules, version: VERSION });
}
