import path from 'node:path';
import { nodeIo } from './cli/node-io.js';
import { explainIssue } from './config/explain.js';
import type { ConfigIssue } from './config/validate.js';
import { normalizePlatforms } from './config/validate.js';
import type { Config, FileResult, PresenceName, Problem, Rule } from './core/types.js';
import { Presence, type LintReport, type PresenceOptions } from './engine/presence.js';
import { formatters } from './format/index.js';
import { VERSION } from './version.js';

/** Where the config comes from: found from `cwd` upward (as the command does), a named file, or an object. */
export interface ConfigOptions {
  /** The folder to search from and to resolve paths against; default `process.cwd()`. */
  cwd?: string;
  /** A config file to read instead of searching (relative to `cwd`). */
  configFile?: string;
  /**
   * The config as an object, written as it would be in YAML (presences,
   * rules, patterns, plugins...), instead of a file; plugins resolve from
   * `cwd`. Or a config already loaded with {@link loadConfig}. To lint many
   * texts, make one {@link Presence} engine and call its `lintText`.
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
    /** The object it was made from, for a config given as one. */
    readonly object?: Record<string, unknown>,
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
  const engine = await Presence.create({
    io: { ...nodeIo(), cwd },
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.config ? { configObject: options.config } : {}),
  });
  if (!engine.ok) throw new ConfigError(engine.issues);
  const { loaded, baseDir } = engine.base;
  return new PresenceConfig(loaded.config!, loaded.rules, baseDir, loaded.filepath, loaded.issues, options.config);
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
 * the input come back in `problems`. The same engine as the command
 * ({@link Presence}): without a named or given config, each file is checked
 * under the nearest config above it.
 *
 * @example
 * const { results } = await lint({ text: 'Still hungover from the bar crawl', presence: 'professional' });
 * @throws {ConfigError} when the config is broken
 */
export async function lint(input: TextInput | FilesInput, options: LintOptions = {}): Promise<LintResult> {
  const engine = await engineFor(options, input.presence);
  let report: LintReport;
  if ('text' in input) {
    report = await engine.lintText(input.text, {
      ...(input.filePath ? { filePath: input.filePath } : {}),
      ...(input.platforms?.length ? { platforms: normalizePlatforms(input.platforms) } : {}),
    });
  } else {
    report = await engine.lintFiles(input.files);
  }
  if (report.configIssues.some((i) => i.severity === 'error')) throw new ConfigError(report.configIssues);
  return { results: report.results, problems: [...report.setupProblems, ...report.problems], rules: report.rules, postCount: report.postCount };
}

/** The engine for a call of {@link lint}: the config found, named, given as an object, or loaded before. */
async function engineFor(options: LintOptions, presence: PresenceName | undefined): Promise<Presence> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = options.config instanceof PresenceConfig ? options.config : undefined;
  const engine = await Presence.create({
    io: { ...nodeIo(), cwd },
    ...(loaded ? { configFile: loaded.filepath } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.config && !loaded ? { configObject: options.config as Record<string, unknown> } : {}),
    ...(loaded && !loaded.filepath ? { configObject: loaded.object } : {}),
    ...(presence ? { presence } : {}),
    mask: options.mask ?? true,
    ignore: options.ignore ?? true,
  });
  if (!engine.ok) throw new ConfigError(engine.issues);
  return engine;
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

/**
 * An engine for many lints with one setup (an editor, a scheduler): the
 * config of `cwd` (or the named or given one) loaded once, each file's
 * nearest config once, then `lintText`, `lintFiles`, `configForFile` and
 * `isPathIgnored` as often as needed.
 *
 * @throws {ConfigError} when the config of `cwd` is broken
 */
export async function createPresence(options: Omit<PresenceOptions, 'io' | 'configObject'> & { cwd?: string; config?: Record<string, unknown> } = {}): Promise<Presence> {
  const { cwd, config, ...rest } = options;
  const engine = await Presence.create({ ...rest, io: { ...nodeIo(), cwd: path.resolve(cwd ?? process.cwd()) }, ...(config ? { configObject: config } : {}) });
  if (!engine.ok) throw new ConfigError(engine.issues);
  return engine;
}
