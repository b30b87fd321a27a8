import { append } from '../core/arrays.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { explainIssue } from '../config/explain.js';
import { suggest } from '../config/validate.js';
import { loadConfig } from '../config/load.js';
import { pluginOfError } from '../config/plugins.js';
import { resolveRule, summarize } from '../core/lint.js';
import type { Config, FileResult, Override, PresenceName, Problem, Rule } from '../core/types.js';
import { AUDIENCES, PRESENCE_NAMES, SEVERITY_SETTINGS } from '../core/types.js';
import { describeSeverities } from '../docs/rules-table.js';
import { formatters } from '../format/index.js';
import { rules as builtInRules } from '../../rules/index.js';
import { VERSION } from '../version.js';
import { findRepositoryRoot, realOrSelf } from '../fs/safe-file.js';
import { visible, visibleLines } from '../format/escape.js';
import { applyBaseline, BASELINE_FILE, baselineText, prunedText, readBaseline } from '../engine/baseline.js';
import { MAX_STDIN_BYTES, Presence } from '../engine/presence.js';
import { ExitCode } from './exit-codes.js';
import { reportData } from './report-data.js';
import { POST_EXTENSIONS, readerFor } from '../sources/index.js';
import { installHook } from './hook.js';
import { fixStep } from './fix.js';
import type { InitOptions } from './init.js';
import type { Io } from './io.js';
import { isConcurrency, MAX_THREADS, PARALLEL_MIN_FILES } from '../engine/parallel.js';

/** Options of `presence check`, as commander parses them. */
interface CheckOptions {
  config?: string;
  presence?: PresenceName;
  format: string;
  maxWarnings: number;
  quiet?: boolean;
  outputFile?: string;
  stdinFilename?: string;
  color?: boolean;
  debug?: boolean;
  errorOnUnmatchedPattern: boolean;
  ignore: boolean;
  ignorePath?: string;
  mask: boolean;
  reportUnusedIgnores?: boolean;
  baseline?: string;
  writeBaseline?: boolean;
  pruneBaseline?: boolean;
  staged?: boolean;
  /** Let --output-file and --write-baseline replace an existing file (never a post). */
  force?: boolean;
  /** Threads: auto, off, or a number. */
  concurrency: string;
  /** false with --no-plugins: a config's `plugins:` is refused. */
  plugins: boolean;
  /** `--rule id:severity`, by rule id. */
  rule: Record<string, string>;
  /** `--ignore-pattern`, gitignore patterns from the current folder. */
  ignorePattern: string[];
  /** `--context` / `--no-context`: read the rest of the schedule for the rules that compare posts. */
  context?: boolean;
  /** Write the findings' fixes into their files, then report what is left. */
  fix?: boolean;
  /** Show what `--fix` would change, writing nothing. */
  fixDryRun?: boolean;
}

/** Whether plugins are refused: --no-plugins, or PRESENCE_NO_PLUGINS set to anything but "", "0" or "false" (for CI on pull requests). */
export function pluginsRefused(options: { plugins?: boolean }, io: Io): boolean {
  if (options.plugins === false) return true;
  const env = io.env.PRESENCE_NO_PLUGINS;
  return env !== undefined && env !== '' && env !== '0' && env.toLowerCase() !== 'false';
}

/**
 * `--write-baseline`, `--baseline`, `--prune-baseline`: records the findings
 * of this run, or leaves out the ones a baseline knows and says how many.
 */
async function baselineStep(
  io: Io,
  options: CheckOptions,
  baseDir: string,
  root: string,
  results: FileResult[],
  problems: Problem[],
  /** Whether this run checked the whole project (the hint to prune is given only then). */
  wholeProject: boolean,
): Promise<FileResult[]> {
  const file = baselinePath(io, options, baseDir);
  const shown = visible(path.relative(io.cwd, file) || file);
  if (options.writeBaseline) {
    // An existing baseline was refused before the run (check()); one that appeared since is refused by the exclusive write.
    const refused = baselineRefused(shown);
    try {
      await io.writeFile(file, baselineText(results), { replace: Boolean(options.force), root });
    } catch (error) {
      problems.push((error as NodeJS.ErrnoException).code === 'EEXIST' ? refused : { file: shown, message: `cannot write the baseline: ${describeWriteError(error)}`, cause: error });
      return results;
    }
    const count = results.reduce((n, r) => n + r.messages.length, 0);
    io.stderr.write(`presence: wrote ${count} finding${count === 1 ? '' : 's'} to ${shown}; later runs report only new ones.\n`);
    return results.map((r) => summarize(r.filePath, []));
  }
  const read = await readBaseline(io, file, !options.baseline, root);
  if (read.problem) {
    problems.push(read.problem);
    return results;
  }
  const entries = read.entries!;
  if (entries.size === 0) return results;
  const applied = applyBaseline(results, entries);
  // Only entries of files this run checked can be judged stale: a --staged commit or a run over one folder knows nothing of the others.
  const checked = new Set(results.map((r) => r.filePath));
  const stale = applied.stale.filter((key) => checked.has(entries.get(key)!.file));
  if (applied.baselined > 0) {
    io.stderr.write(`presence: ${applied.baselined} finding${applied.baselined === 1 ? ' is' : 's are'} in the baseline ${shown} and not shown.\n`);
  }
  if (options.pruneBaseline) {
    try {
      await io.writeFile(file, prunedText(entries, stale), { root });
      io.stderr.write(`presence: pruned ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} from ${shown}${stale.length < applied.stale.length ? ` (entries of files not checked in this run are kept)` : ''}.\n`);
    } catch (error) {
      problems.push({ file: shown, message: `cannot write the baseline: ${describeWriteError(error)}`, cause: error });
    }
  } else if (stale.length > 0 && wholeProject) {
    io.stderr.write(`presence: ${stale.length} baseline entr${stale.length === 1 ? 'y matches' : 'ies match'} nothing any more; run with --prune-baseline to drop ${stale.length === 1 ? 'it' : 'them'}.\n`);
  }
  return applied.results;
}

/** A baseline records what a team agreed to leave; replacing it silently would forgive every new finding since. */
function baselineRefused(shown: string): Problem {
  return {
    file: shown,
    message: 'refusing to replace the existing baseline',
    hint: 'Pass --force to record the current findings over it, or --prune-baseline to drop only the entries that match nothing any more.',
  };
}

/** The baseline file of a run: --baseline, else the default one in the project's folder. */
function baselinePath(io: Io, options: CheckOptions, baseDir: string): string {
  return path.resolve(options.baseline ? io.cwd : baseDir, options.baseline ?? BASELINE_FILE);
}

/**
 * A baseline is JSON that presence reads and writes: never a post. One with
 * a post file's extension is refused before anything is read or written,
 * and so is one that is among the files checked (a link to a post, say).
 */
function baselineIsPost(io: Io, options: CheckOptions, baseDir: string, checked: readonly string[] = []): Problem | undefined {
  if (!options.baseline && !options.writeBaseline && !options.pruneBaseline) return undefined;
  const file = baselinePath(io, options, baseDir);
  const shown = path.relative(io.cwd, file) || file;
  const hint = `Keep the baseline in its own JSON file, such as ${BASELINE_FILE}.`;
  if (readerFor(file)) return { file: shown, message: 'refusing to use a post file as the baseline', hint };
  const real = realOrSelf(file);
  if (checked.some((c) => realOrSelf(c) === real)) return { file: shown, message: 'refusing to use a file that is being checked as the baseline', hint };
  return undefined;
}

/** One line (and a hint) for a problem; the stack only with --debug. */
export function formatProblem(problem: Problem, debug: boolean): string {
  const where = problem.file
    ? `${visible(problem.file)}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}: `
    : '';
  let text = `presence: ${where}${visible(problem.message)}\n`;
  if (problem.hint) text += `  hint: ${visible(problem.hint)}\n`;
  if (debug && problem.cause instanceof Error && problem.cause.stack) text += `${problem.cause.stack}\n`;
  return text;
}

/** Whether to colour stdout: --color/--no-color, then FORCE_COLOR, NO_COLOR, then whether it is a terminal. */
export function useColor(explicit: boolean | undefined, io: Io): boolean {
  if (explicit !== undefined) return explicit;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdout.isTTY;
}

function parseConcurrency(value: string): string {
  if (!isConcurrency(value)) throw new InvalidArgumentError(`expected auto, off, or a number of threads from 1 to ${MAX_THREADS}.`);
  return value;
}

/** `--rule id:severity`, repeatable: the severities by rule id. */
function parseRule(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.lastIndexOf(':');
  const id = value.slice(0, at).trim();
  const severity = value.slice(at + 1).trim();
  if (at <= 0 || !id || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    throw new InvalidArgumentError(`expected rule-id:severity, the severity one of ${SEVERITY_SETTINGS.join(', ')} (e.g. --rule party-photo:off).`);
  }
  return { ...previous, [id]: severity };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value) || Number(value) < -1) {
    throw new InvalidArgumentError('expected a whole number of warnings (or -1 for no limit).');
  }
  return Number(value);
}

/** Why a report or baseline could not be written, for people (not the temporary file's name). */
function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist';
    case 'ENOTREG':
    case 'ELINKOUT':
      return `${(error as Error).message}; presence replaces only regular files in the project`;
    default:
      return (error as Error).message;
  }
}

/**
 * Writes the report to --output-file, atomically. presence never writes to
 * a post: an existing file with a post extension is refused, even with
 * --force. Any other existing file is replaced only with --force; without
 * it, not even one that appears between the check and the write.
 */
async function writeReport(io: Io, outputFile: string, output: string, force: boolean, root: string): Promise<Problem[]> {
  const target = path.resolve(io.cwd, outputFile);
  const existing = await io.stat(target).then(
    (stat) => stat,
    () => undefined,
  );
  const refused = (): Problem[] => [
    { file: outputFile, message: 'refusing to replace an existing file with the report', hint: 'Pass --force to replace it, or choose another --output-file.' },
  ];
  if (existing && readerFor(outputFile)) {
    return [{ file: outputFile, message: 'refusing to write the report over a post file', hint: 'Choose another --output-file, such as report.json.' }];
  }
  if (existing?.isDirectory) return [{ file: outputFile, message: 'is a folder, not a file for the report', hint: 'Name a file, such as report.json.' }];
  if (existing && !force) return refused();
  try {
    await io.writeFile(target, output, { replace: force, root });
    return [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refused();
    return [{ file: outputFile, message: `cannot write the report: ${describeWriteError(error)}`, cause: error }];
  }
}

function onlyErrors(result: FileResult): FileResult {
  return summarize(
    result.filePath,
    result.messages.filter((m) => m.severity === 'error'),
  );
}

/**
 * Options that contradict each other or cannot work, found before anything
 * is read or printed: each a usage error (exit 2) with a hint.
 */
function contradictions(paths: readonly string[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const stdin = paths.includes('-');
  if (options.writeBaseline && options.pruneBaseline) {
    problems.push({ message: '--write-baseline and --prune-baseline cannot be used together', hint: '--write-baseline records every current finding; --prune-baseline drops the entries that match nothing. Run one, then the other.' });
  }
  if (options.stdinFilename !== undefined && !stdin) {
    problems.push({ message: '--stdin-filename names the post read from stdin, but no - is given', hint: 'Pass - to read the post from stdin: `presence check - --stdin-filename post.md`.' });
  }
  if (options.staged && stdin) problems.push({ message: '--staged checks what git will commit and cannot read stdin as well', hint: 'Run the two checks apart.' });
  if (options.outputFile !== undefined && readerFor(options.outputFile)) {
    // A report named like a post would be read as one by the next run, and could never be replaced (presence never writes over a post).
    problems.push({ file: options.outputFile, message: 'refusing to write the report to a post file type: the next run would check it as a post', hint: 'Choose another --output-file, such as report.json or report.log.' });
  }
  if (options.fix && options.fixDryRun) problems.push({ message: '--fix and --fix-dry-run cannot be used together', hint: '--fix-dry-run shows what --fix would write.' });
  if (options.fix && stdin) problems.push({ message: '--fix writes files and cannot fix a post read from stdin', hint: 'Save the post as a file and fix that, or use --fix-dry-run to see the changes.' });
  if (options.fix && options.staged) {
    problems.push({ message: '--fix writes the working tree, but --staged checks what git will commit', hint: 'Run `presence check --fix` on the files, then stage them again.' });
  }
  if (options.fix && (options.writeBaseline || options.pruneBaseline)) {
    problems.push({ message: `--fix cannot be used with ${options.writeBaseline ? '--write-baseline' : '--prune-baseline'}`, hint: 'Fix first, then record the baseline of what is left.' });
  }
  if (stdin && options.stdinFilename !== undefined && !readerFor(options.stdinFilename)) {
    problems.push({ file: options.stdinFilename, message: `unsupported file type; presence reads ${POST_EXTENSIONS.join(', ')}`, hint: '--stdin-filename chooses how the post is read by its extension.' });
  }
  return problems;
}

async function check(paths: string[], options: CheckOptions, io: Io, rules: readonly Rule[]): Promise<number> {
  const debug = Boolean(options.debug);
  const usage = contradictions(paths, options);
  if (usage.length > 0) {
    for (const problem of usage) io.stderr.write(formatProblem(problem, debug));
    return ExitCode.failure;
  }
  // `'!personal/**'` among the paths leaves those files out, as ESLint users expect; only negated paths check the rest of the folder.
  const negated = paths.filter((p) => p.startsWith('!') && p.length > 1).map((p) => p.slice(1));
  const positive = paths.filter((p) => !(p.startsWith('!') && p.length > 1));
  if (positive.length === 0) positive.push('.');
  const engine = await Presence.create({
    io,
    ...(options.config ? { configFile: options.config } : {}),
    rules,
    noPlugins: pluginsRefused(options, io),
    ...(options.presence ? { presence: options.presence } : {}),
    mask: options.mask,
    ignore: options.ignore,
    ...(options.ignorePath ? { ignorePath: options.ignorePath } : {}),
    ignorePatterns: [...options.ignorePattern, ...negated],
    ruleSeverities: options.rule,
    reportUnusedIgnores: Boolean(options.reportUnusedIgnores),
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    concurrency: options.concurrency,
    cores: availableParallelism(),
    workersOnly: io.env.PRESENCE_WORKERS_ONLY === '1',
    ...(options.format === 'html' ? { keepPosts: true } : {}),
  });
  for (const issue of engine.issues) io.stderr.write(`${explainIssue(issue)}\n`);
  if (!engine.ok) return ExitCode.failure;
  const unknownRule = unknownRuleOption(options.rule, engine.base.loaded.rules);
  if (unknownRule) {
    io.stderr.write(formatProblem(unknownRule, debug));
    return ExitCode.failure;
  }
  const root = engine.projectRoot;
  const baseDir = engine.base.baseDir;
  const postBaseline = baselineIsPost(io, options, baseDir);
  if (postBaseline) {
    io.stderr.write(formatProblem(postBaseline, debug));
    return ExitCode.failure;
  }
  if (options.writeBaseline && !options.force && (await io.stat(baselinePath(io, options, baseDir)).then(() => true, () => false))) {
    const shown = visible(path.relative(io.cwd, baselinePath(io, options, baseDir)) || baselinePath(io, options, baseDir));
    io.stderr.write(formatProblem(baselineRefused(shown), debug));
    return ExitCode.failure;
  }

  const problems: Problem[] = [];
  let stdin: { bytes: Uint8Array; name: string; readerName: string } | undefined;
  if (paths.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>';
    const readerName = options.stdinFilename ?? 'stdin.txt';
    try {
      stdin = { bytes: await io.readStdin(MAX_STDIN_BYTES), name, readerName: path.extname(readerName) ? readerName : `${readerName}.txt` };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EFBIG') throw error;
      problems.push({ file: name, message: `standard input is too large to be a post (more than ${MAX_STDIN_BYTES / (1024 * 1024)} MB); presence stopped reading it`, hint: 'Save a bulk schedule as a .csv file and check the file: CSV files are read row by row.' });
    }
  }
  const filePaths = positive.filter((p) => p !== '-');
  // The rest of the schedule as context: asked for, or in a hook (--staged; pre-commit sets PRE_COMMIT=1 and passes the changed files).
  const scheduleContext = options.context ?? (Boolean(options.staged) || io.env.PRE_COMMIT === '1');
  const lint = (): ReturnType<Presence['lintFiles']> =>
    engine.lintFiles(options.staged ? positive : filePaths, { context: scheduleContext, ...(options.staged ? { staged: true } : {}), ...(stdin ? { stdin } : {}), ...(options.outputFile ? { exclude: [path.resolve(io.cwd, options.outputFile)] } : {}) });
  let report = await lint();
  // A broken config below leaves its files unchecked (exit 2), and the rest is still reported.
  for (const issue of report.configIssues) io.stderr.write(`${explainIssue(issue)}\n`);
  const brokenConfig = report.configIssues.some((i) => i.severity === 'error');
  if (report.setupProblems.length > 0) {
    // A missing --ignore-path file is a setup error: no partial report before it.
    for (const problem of report.setupProblems) io.stderr.write(formatProblem(problem, debug));
    return ExitCode.failure;
  }
  if (options.fix || options.fixDryRun) {
    // What the baseline holds is left as it is: a team agreed to it.
    const baseline = baselineIsPost(io, options, baseDir, report.checkedFiles) ? undefined : await readBaseline(io, baselinePath(io, options, baseDir), !options.baseline, root);
    const entries = baseline?.entries;
    const fixed = await fixStep(io, engine, report, { dryRun: Boolean(options.fixDryRun), root, ...(entries?.size ? { keep: (r: FileResult[]) => applyBaseline(r, entries).results } : {}) });
    append(problems, fixed.problems);
    // ESLint's way: after --fix, the report is of what is left.
    if (fixed.written > 0 && options.fix) report = await lint();
  }
  // Said only when some file had no config above it: a run from a folder without one may still find each file's own (fixtures/schedule/.presencerc.yaml).
  const defaults = report.configs.filter((c) => c.config === undefined).reduce((n, c) => n + c.files, 0);
  const configured = report.configs.filter((c) => c.config !== undefined).reduce((n, c) => n + c.files, 0);
  if (defaults > 0) {
    io.stderr.write(
      `${configured === 0 ? 'presence: no config found; using built-in defaults.' : `presence: no config found above ${defaults} of the ${defaults + configured} files checked; they were checked with the built-in defaults.`}\n  hint: run \`presence init\` to write .presencerc.yaml with your two positioning statements.\n`,
    );
  }
  for (const notice of report.notices) io.stderr.write(`presence: ${visible(notice)}\n`);
  if (report.contextPosts > 0) {
    io.stderr.write(`presence: read ${report.contextPosts} other post${report.contextPosts === 1 ? '' : 's'} of the schedule as context for the rules that compare posts (reported only where a checked file takes part).\n`);
  }
  append(problems, report.problems);
  let results = report.results;
  const checkedSet = baselineIsPost(io, options, baseDir, report.checkedFiles);
  if (checkedSet) problems.push(checkedSet);
  else {
    const wholeProject = !options.staged && negated.length === 0 && paths.length === 1 && paths[0] === '.' && path.resolve(io.cwd) === path.resolve(baseDir);
    results = await baselineStep(io, options, baseDir, root, results, problems, wholeProject);
  }
  // The HTML report shows every post, and what the baseline left out.
  // Its positioning statements are the run's config's, or without one the config of the files checked.
  const shownConfig = options.format === 'html' && !engine.base.loaded.filepath && report.posts?.[0] ? (await engine.configForFile(report.posts[0].file)).loaded : engine.base.loaded;
  const html = options.format === 'html' ? reportData({ config: shownConfig.config ?? engine.base.loaded.config!, configFile: shownConfig.filepath, cwd: io.cwd, posts: report.posts ?? [], before: report.results, after: results, baselineFile: baselinePath(io, options, baseDir), masked: options.mask }) : undefined;
  if (options.quiet) results = results.map(onlyErrors);

  const formatter = formatters[options.format]!;
  const color = options.outputFile ? false : useColor(options.color, io);
  const repositoryRoot = findRepositoryRoot(io.cwd);
  const context = { postCount: report.postCount, rules: report.rules, version: VERSION, paths: { cwd: path.resolve(io.cwd), ...(repositoryRoot ? { repositoryRoot } : {}) }, ...(html ? { report: html } : {}) };
  const output = formatter(results, { color, ...context });
  if (options.outputFile) {
    append(problems, await writeReport(io, options.outputFile, output, Boolean(options.force), root));
    // Someone at a terminal still sees the findings; a script or CI log gets only the file.
    if (io.stdout.isTTY) {
      const summary = formatters.stylish!(results, { color: useColor(options.color, io), ...context });
      if (summary) io.stdout.write(summary);
    }
  } else if (output) {
    io.stdout.write(output);
  }

  for (const problem of problems) io.stderr.write(formatProblem(problem, debug));
  if (problems.length > 0 || brokenConfig) return ExitCode.failure;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return ExitCode.findings;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`presence: too many warnings (${warnings}; the maximum is ${options.maxWarnings}).\n`);
    return ExitCode.findings;
  }
  // A hook that passes hides its output from a person at a terminal (git GUIs show only stderr; pre-commit without `verbose: true`): one line says there is something to read.
  if (warnings > 0 && !io.stdout.isTTY && (options.staged || io.env.PRE_COMMIT === '1')) {
    io.stderr.write(`presence: ${warnings} warning${warnings === 1 ? '' : 's'} and no errors; the check passes.\n`);
  }
  return ExitCode.ok;
}

/** A `--rule` naming no rule of the run: a usage error with "did you mean". */
function unknownRuleOption(severities: Readonly<Record<string, string>>, rules: readonly Rule[]): Problem | undefined {
  for (const id of Object.keys(severities)) {
    if (rules.some((r) => r.id === id)) continue;
    const guess = suggest(id, rules.map((r) => r.id));
    return { message: `--rule names an unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, hint: 'Run `presence rules` to list the rules.' };
  }
  return undefined;
}

/** The commander program; its actions store their exit code in `result`. */
function buildProgram(io: Io, rules: readonly Rule[], result: { code: number }): Command {
  const program = new Command('presence')
    .description('A linter for social-media posts, for people who keep a professional and a personal presence.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(visibleLines(s)),
    })
    .showHelpAfterError('(run `presence --help` for usage)');

  program
    .command('check', { isDefault: true })
    .description('check post files, folders of posts, or stdin (-) against your config')
    .argument('[paths...]', 'files, folders or globs of posts, or - for stdin', ['.'])
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('--presence <name>', 'presence of posts that do not name their own').choices(PRESENCE_NAMES))
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this (-1: no limit)', parseMaxWarnings, -1)
    .option('--quiet', 'report errors only')
    .option('-o, --output-file <path>', 'write the report to a new file (--force to replace one; never a post file); a terminal still gets the stylish report')
    .option('--stdin-filename <name>', 'name of the post read from stdin; its extension chooses the format')
    .option('--rule <id:severity>', 'set a rule\'s severity for this run, over every config (repeatable): error, warning, suggestion or off', parseRule, {})
    .option('--ignore-path <file>', 'read ignore patterns from this file instead of .presenceignore')
    .option('--ignore-pattern <pattern>', 'ignore files matching this pattern too (gitignore syntax, from the current folder; repeatable)', collect, [])
    .option('--no-ignore', 'check ignored files too (.presenceignore, --ignore-path, ignorePatterns)')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a glob or folder matches no post file')
    .option('--staged', 'check the staged content of the staged post files (what will be committed), for git hooks')
    .option('--context', 'read the rest of the schedule (post files under the config\'s folder) for the rules that compare posts; on with --staged and under pre-commit')
    .option('--no-context', 'check only the files given, even in a hook')
    .option('--report-unused-ignores', 'report ignore entries of posts that suppressed nothing')
    .option('--baseline <file>', `leave out the findings recorded in this baseline (default: ${BASELINE_FILE} when it exists)`)
    .option('--write-baseline', `record the current findings in a new baseline (${BASELINE_FILE}; --force to replace one) and report none`)
    .option('--prune-baseline', 'drop the baseline entries that match no finding any more')
    .option('--force', 'let --output-file and --write-baseline replace an existing file (never a post file)')
    .option('--fix', "write the findings' safe fixes (a pattern's swap) into their files, then report what is left")
    .option('--fix-dry-run', 'show what --fix would change (a diff on stderr) and write nothing')
    .option(
      '--concurrency <n>',
      `threads to check files on: off, a number, or auto (one per core, up to 4, from ${PARALLEL_MIN_FILES} files)`,
      parseConcurrency,
      'off',
    )
    .option('--no-plugins', "refuse the config's plugins (code) instead of running them; also PRESENCE_NO_PLUGINS=1, for CI on pull requests")
    .option('--no-mask', 'show sensitive values (phone numbers, addresses, booking codes) in messages instead of masking them')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText(
      'after',
      '\nExit codes:\n  0  no errors, and warnings within --max-warnings\n  1  errors found, or too many warnings\n  2  usage, config, input or internal failure\n\nExamples:\n  presence check post.txt\n  presence check posts/ --format json\n  echo "Hungover again" | presence check - --presence professional',
    )
    .action(async (paths: string[], options: CheckOptions) => {
      result.code = await check(paths, options, io, rules);
    });

  program
    .command('explain')
    .description("show a rule's documentation: why, examples that fire and that do not, options, severities")
    .argument('<rule-id>', 'the rule, as `presence rules` lists it')
    .option('-c, --config <file>', 'use this config file instead of searching for one (for the rules it adds)')
    .action(async (id: string, options: { config?: string }) => {
      result.code = await explain(id, options, io, rules);
    });

  program
    .command('print-config')
    .description('print the settings that apply to a file: the config used, the presence, and every rule with its severity and options')
    .argument('[file]', 'a post file (it need not exist)', 'post.txt')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .addOption(new Option('--presence <name>', 'presence of posts that do not name their own').choices(PRESENCE_NAMES))
    .action(async (file: string, options: { config?: string; presence?: PresenceName }) => {
      result.code = await printConfig(file, options, io, rules);
    });

  program
    .command('init')
    .description('write .presencerc.yaml: asks for the blanks of both positioning statements, the audiences and the brand')
    .option('-y, --yes', 'ask nothing: take the answers from the flags below')
    .option('--force', 'replace an existing .presencerc.yaml')
    .option('--professional-role <text>', 'professional: I am a <role> ...')
    .option('--professional-field <text>', 'professional: ... in <field> ...')
    .option('--professional-for <text>', 'professional: ... for <audience>')
    .addOption(new Option('--professional-audience <audience>', 'who can see the professional presence').choices(AUDIENCES))
    .option('--personal-role <text>', 'personal: I am a <role> ...')
    .option('--personal-field <text>', 'personal: ... in <field> ...')
    .option('--personal-for <text>', 'personal: ... for <audience>')
    .addOption(new Option('--personal-audience <audience>', 'who can see the personal presence').choices(AUDIENCES))
    .option('--brand-names <list>', "the business's names, comma-separated")
    .option('--brand-handles <list>', 'its handles, comma-separated')
    .option('--brand-hashtags <list>', 'its hashtags, comma-separated')
    .option('--brand-domains <list>', 'its domains, comma-separated')
    .action(async (options: InitOptions) => {
      const { init } = await import('./init.js');
      result.code = await init(io, options, rules);
    });

  program
    .command('lsp')
    .description('run the language server on stdin and stdout, for editors (docs/editors.md)')
    .option('--stdio', 'talk over stdin and stdout (the default, and the only way; accepted as editors pass it)')
    .option('--no-plugins', "refuse configs' plugins instead of running them; also PRESENCE_NO_PLUGINS=1")
    .action(async (options: { plugins?: boolean }) => {
      const { serveStdio } = await import('../lsp/stdio.js');
      result.code = await serveStdio({ cwd: io.cwd, noPlugins: pluginsRefused(options, io) });
    });

  program
    .command('install-hook')
    .description('write a git pre-commit hook that runs `presence check --staged`')
    .option('--force', 'replace an existing pre-commit hook')
    .action(async (options: { force?: boolean }) => {
      const installed = await installHook(io, Boolean(options.force));
      if (installed.problem) io.stderr.write(formatProblem(installed.problem, false));
      else io.stderr.write(installed.message!);
      result.code = installed.problem ? ExitCode.failure : ExitCode.ok;
    });

  program
    .command('rules')
    .description("list every rule, the config's patterns and plugin rules included, with its default severity per presence and audience")
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .action(async (options: { config?: string }) => {
      const loaded = await loadConfig({ cwd: io.cwd, configFile: options.config, rules, noPlugins: pluginsRefused({}, io) });
      for (const issue of loaded.issues) io.stderr.write(`${explainIssue(issue)}\n`);
      if (!loaded.config) {
        result.code = ExitCode.failure;
        return;
      }
      io.stdout.write(listRules(loaded.rules, loaded.origins));
    });

  return program;
}

/** Where a rule's doc page may be, from the bundle, the compiled sources and the sources. */
const DOC_FOLDERS = ['../rules/', '../../rules/', '../../../rules/'];

async function explain(id: string, options: { config?: string }, io: Io, builtIn: readonly Rule[]): Promise<number> {
  const loaded = await loadConfig({ cwd: io.cwd, configFile: options.config, rules: builtIn, noPlugins: pluginsRefused({}, io) });
  for (const issue of loaded.issues) io.stderr.write(`${explainIssue(issue)}\n`);
  if (!loaded.config) return ExitCode.failure;
  const rules = loaded.rules;
  if (!rules.some((r) => r.id === id)) {
    const guess = suggest(id, rules.map((r) => r.id));
    io.stderr.write(`presence: unknown rule "${visible(id)}"${guess ? ` (did you mean "${guess}"?)` : ''}\n  hint: Run \`presence rules\` to list the rules.\n`);
    return ExitCode.failure;
  }
  for (const folder of DOC_FOLDERS) {
    try {
      io.stdout.write(new TextDecoder().decode(await io.readFile(fileURLToPath(new URL(`${folder}${id}.md`, import.meta.url)))));
      return ExitCode.ok;
    } catch {
      // Not in this layout; try the next.
    }
  }
  const rule = rules.find((r) => r.id === id)!;
  const origin = loaded.origins.get(id);
  const messages = Object.values(rule.messages).map((m) => `  ${m}`);
  io.stdout.write(`${rule.id}\n\n${rule.description}\n${origin ? `\nFrom the ${origin}.\n\nMessages:\n${messages.join('\n')}\n` : ''}`);
  return ExitCode.ok;
}

async function printConfig(
  file: string,
  options: { config?: string; presence?: PresenceName },
  io: Io,
  rules: readonly Rule[],
): Promise<number> {
  const engine = await Presence.create({ io, ...(options.config ? { configFile: options.config } : {}), rules, noPlugins: pluginsRefused({}, io), ...(options.presence ? { presence: options.presence } : {}) });
  for (const issue of engine.issues) io.stderr.write(`${explainIssue(issue)}\n`);
  if (!engine.ok) return ExitCode.failure;
  const shown = await engine.configForFile(file);
  for (const issue of shown.id === engine.base.id ? [] : shown.loaded.issues) io.stderr.write(`${explainIssue(issue)}\n`);
  const config = shown.loaded.config;
  if (!config || !shown.settingsFor) return ExitCode.failure;
  const settings = shown.settingsFor(path.resolve(io.cwd, file));
  const { overrides } = settings;
  // What check uses: the file's own front matter (or first post) when the file is there and readable.
  const read = await engine.readPosts(file);
  for (const problem of read.problems) io.stderr.write(formatProblem(problem, false));
  const post = read.posts[0];
  const presence = post?.presence ?? settings.defaultPresence;
  const presenceFrom = post && post.presence !== settings.defaultPresence
    ? 'the post'
    : options.presence
      ? '--presence'
      : overrides.some((o) => o.presence)
        ? `overrides[${config.overrides.indexOf(overrides.findLast((o) => o.presence)!)}]`
        : 'default';
  const resolved = Object.fromEntries(
    shown.loaded.rules.map((rule) => {
      const { severity, options: ruleOptions } = resolveRule(rule, config, presence, overrides);
      return [rule.id, { severity, options: ruleOptions, from: settingOrigin(rule.id, config, presence, overrides) }];
    }),
  );
  const platforms = post && post.platforms.length > 0 ? post.platforms : (overrides.findLast((o) => o.platforms)?.platforms ?? config.presences[presence].platforms);
  const printed = {
    config: shown.loaded.filepath ? path.relative(io.cwd, shown.loaded.filepath) || shown.loaded.filepath : null,
    file,
    presence,
    presenceFrom,
    audience: config.presences[presence].audience,
    positioning: config.presences[presence].positioning?.statement ?? null,
    platforms,
    ...(read.posts.length > 1 ? { posts: read.posts.length } : {}),
    overrides: overrides.map((o) => config.overrides.indexOf(o)),
    rules: resolved,
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return ExitCode.ok;
}

/** Which setting decides a rule's severity for a presence: the last matching override, the presence's rules, the top-level rules, or the default. */
function settingOrigin(id: string, config: Config, presence: PresenceName, overrides: readonly Override[]): string {
  for (let i = overrides.length - 1; i >= 0; i--) if (overrides[i]!.rules?.[id] !== undefined) return `overrides[${config.overrides.indexOf(overrides[i]!)}]`;
  if (config.presences[presence].rules[id] !== undefined) return `presences.${presence}.rules`;
  if (config.rules[id] !== undefined) return 'rules';
  return 'default';
}

/**
 * `presence rules`: each rule's id, description and default severities, and
 * its doc page, or for a rule the config adds, where it comes from.
 *
 * @param origins where each rule the config adds comes from, by id
 */
export function listRules(rules: readonly Rule[], origins: ReadonlyMap<string, string> = new Map()): string {
  return rules
    .map((r) =>
      [
        r.id,
        `  ${r.description}`,
        ...PRESENCE_NAMES.map((p) => `  ${p}: ${describeSeverities(r.defaultSeverity[p])}`),
        origins.has(r.id) ? `  from: ${origins.get(r.id)}` : `  docs: rules/${r.id}.md`,
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The line for an error that escaped every call presence made (a plugin's
 * timer that throws, a promise it rejects and never awaits): the plugin it
 * came from when its code is on the stack, the stack only with --debug. The
 * launcher prints it once and ends with exit code 2.
 */
export function describeStrayError(error: unknown, debug: boolean): string {
  const plugin = pluginOfError(error);
  const message = visible(error instanceof Error ? error.message : String(error));
  const head = plugin
    ? `presence: plugin "${visible(plugin)}" failed outside its rule's check: ${message}\n  hint: This is a bug in the plugin (a timer or promise it left running); the run's results cannot be trusted.\n`
    : `presence: internal error: ${message}\n`;
  const stack = error instanceof Error && error.stack ? error.stack : '';
  return `${head}${debug ? `${stack}\n` : plugin ? '' : '  hint: run again with --debug for the stack trace, and report it.\n'}`;
}

/**
 * "presence chek": a first argument that is no command, no option and no
 * file or folder, but close to a command's name, is a misspelt command, not
 * a path of `check` (which would say "no such file" of it).
 */
async function misspeltCommand(argv: readonly string[], program: Command, io: Io): Promise<string | undefined> {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || /[./\\*?[\]{}]/.test(first)) return undefined;
  const names = program.commands.map((c) => c.name());
  if (names.includes(first) || first === 'help') return undefined;
  const exists = await io.stat(path.resolve(io.cwd, first)).then(
    () => true,
    () => false,
  );
  if (exists) return undefined;
  const guess = suggest(first, names);
  if (!guess) return undefined;
  return `presence: unknown command "${visible(first)}" (did you mean "${guess}"?)\n  hint: Run \`presence --help\` for the commands; a file named like a command is checked with \`presence check ${visible(first)}\`.\n`;
}

/**
 * Runs the presence command line and returns its exit code. Never exits the
 * process and never throws: every failure becomes a message and code 2.
 *
 * @param argv the arguments after the program name
 */
export async function run(argv: readonly string[], io: Io, rules: readonly Rule[] = builtInRules): Promise<number> {
  const result = { code: ExitCode.ok as number };
  const program = buildProgram(io, rules, result);
  const misspelt = await misspeltCommand(argv, program, io);
  if (misspelt) {
    io.stderr.write(misspelt);
    return ExitCode.failure;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
    }
    const debug = argv.includes('--debug');
    io.stderr.write(
      `presence: internal error: ${visible((error as Error).message ?? String(error))}\n${debug ? `${(error as Error).stack}\n` : '  hint: run again with --debug for the stack trace, and report it.\n'}`,
    );
    return ExitCode.failure;
  }
}
