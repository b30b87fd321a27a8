import path from 'node:path';
import { append } from '../core/arrays.js';
import type { ConfigIssue } from '../config/validate.js';
import { LintRun, summarize, type KeptPost, type ParsedFile } from '../core/lint.js';
import type { FileResult, Post, PresenceName, Problem, Rule } from '../core/types.js';
import { applyFixes, MAX_FIX_PASSES, nonOverlapping, readsAsFixed, type Fixable } from './fixes.js';
import { streamCsv } from '../sources/csv-stream.js';
import { readerFor } from '../sources/index.js';
import { formatters, type FormatContext } from '../format/index.js';
import { VERSION } from '../version.js';
import { realOrSelf } from '../fs/safe-file.js';
import { rules as builtInRules } from '../../rules/index.js';
import { ConfigResolver, withSeverities, type ResolvedConfig } from './configs.js';
import { expandPaths, fileKeys, MAX_POST_FILE_BYTES, parsePostFile, readPostFiles, withOverridePlatforms, type InputFile } from './files.js';
import { loadIgnorer, NO_IGNORE, type Ignorer } from './ignores.js';
import type { EngineIo } from './io.js';
import { languageDetectorFor } from './language.js';
import { lintInThreads, threadCount, type LintWorker } from './parallel.js';
import { stagedPosts } from './staged.js';

/** How a {@link Presence} engine reads, chooses configs and reports. */
export interface PresenceOptions {
  io: EngineIo;
  /** `--config`: one config for every file, instead of the nearest one above each file. */
  configFile?: string;
  /** A config as an object, written as in YAML, for every file (the library). */
  configObject?: Record<string, unknown>;
  /** The rules before the config's patterns and plugins; default the built-in ones. */
  rules?: readonly Rule[];
  /** Refuse configs that load plugins (`--no-plugins`). */
  noPlugins?: boolean;
  /** The presence of posts that name none, over the configs' defaults. */
  presence?: PresenceName;
  /** Mask sensitive values in messages; default true. */
  mask?: boolean;
  /** Leave out ignored files; default true. */
  ignore?: boolean;
  /** `--ignore-path`: the ignore file instead of `.presenceignore` in the config's folder. */
  ignorePath?: string;
  /** `--ignore-pattern`: more patterns (gitignore syntax, from the current folder). */
  ignorePatterns?: readonly string[];
  /** `--rule id:severity`: severities over every config's. */
  ruleSeverities?: Readonly<Record<string, string>>;
  reportUnusedIgnores?: boolean;
  /** A glob or folder that matches no post file is a problem; default true. */
  errorOnUnmatchedPattern?: boolean;
  /** Threads: `off` (default), `auto` or a number (parallel.ts). */
  concurrency?: string;
  /** The cores there are, for `auto`. */
  cores?: number;
  /** CSV files larger than this (bytes) are streamed row by row; default 8 MB. */
  streamBytes?: number;
  /** Worker threads check batches only (tests of that path). */
  workersOnly?: boolean;
  /** Keep every checked post, masked, in `LintReport.posts` (the HTML report shows them); files are then read on this thread. */
  keepPosts?: boolean;
}

/** What one lint found, and everything the caller must tell the user about it. */
export interface LintReport {
  /** One result per file, sorted by path, diagnostics by position. */
  results: FileResult[];
  /** What stopped part of the run: unreadable files, malformed posts, a rule that threw. The command exits 2 on any. */
  problems: Problem[];
  /** What the run could not be set up with (an `--ignore-path` file that is missing): the command stops on these before it reports. */
  setupProblems: Problem[];
  /** Issues of configs below the run's folder that govern some of the files (an error leaves their files unchecked). */
  configIssues: ConfigIssue[];
  /** Worth saying, not failures: ignored files named on the command line, links not followed, files with no config. */
  notices: string[];
  /** The rules of the run's own config (for formatters); each config's files ran that config's rules. */
  rules: readonly Rule[];
  postCount: number;
  /** The absolute paths of the files read (a baseline must not be one). */
  checkedFiles: string[];
  /** Posts of the rest of the schedule read as context for the schedule-wide rules (`--staged`, named files). */
  contextPosts: number;
  /** Configs the files were checked under, with how many files each. */
  configs: { config: string | undefined; files: number }[];
  /** With `keepPosts`: every checked post, its sensitive values masked as the findings' are. */
  posts?: KeptPost[];
}

/** A file as the fixes leave it: what `--fix` writes and `--fix-dry-run` shows. */
export interface FixedFile {
  /** As the report names it. */
  file: string;
  absolute: string;
  /** The bytes the fixes were made on: the file is written only while it still holds these. */
  before: Uint8Array;
  /** The fixed text, its byte-order mark kept. */
  after: string;
  /** How many fixes were applied, over every pass. */
  fixed: number;
}

/** What the fixes of a run would change, and what they leave alone and why. */
export interface FixPlan {
  /** Only files that change. */
  files: FixedFile[];
  /** Files or fixes skipped, each naming the file and why. */
  notices: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A text read as posts, for checking that fixes change only what they replace. */
interface Reading {
  posts: Post[];
  problems: string;
}

/** Where a file's posts come from: bytes at hand (stdin, a staged blob) or a file to read. */
type Source = {
  input: InputFile;
  bytes?: Uint8Array;
  readerName?: string;
  /** Read only as context of the schedule-wide rules: reported on only where a checked file takes part. */
  context?: true;
};

/**
 * The engine: config resolution, ignores, reading and linting for a run.
 * The command (`presence check`, `print-config`), the library (`lint()`)
 * and the language server all call it; nothing else reads files for
 * linting or chooses configs. It reads, it never writes.
 */
export class Presence {
  private readonly configs: ConfigResolver;
  private readonly io: EngineIo;
  /** What could not be read of the schedule read as context, for the report's notices. */
  private contextNotices: string[] = [];
  private ignorers = new Map<string, Promise<{ ignorer: Ignorer; problems: Problem[] }>>();

  private constructor(
    private readonly options: PresenceOptions,
    /** The config of the run's own folder (or the named one). */
    readonly base: ResolvedConfig,
    configs: ConfigResolver,
  ) {
    this.io = options.io;
    this.configs = configs;
  }

  /** An engine for a run from `io.cwd`; its own config loaded (check `base.loaded.config` and `issues`). */
  static async create(options: PresenceOptions): Promise<Presence> {
    const configs = new ConfigResolver({
      cwd: options.io.cwd,
      ...(options.configFile ? { configFile: options.configFile } : {}),
      ...(options.configObject ? { object: options.configObject } : {}),
      rules: options.rules ?? builtInRules,
      noPlugins: Boolean(options.noPlugins),
      ...(options.presence ? { presence: options.presence } : {}),
      ...(options.ruleSeverities && Object.keys(options.ruleSeverities).length > 0 ? { adjust: withSeverities(options.ruleSeverities) } : {}),
    });
    return new Presence(options, await configs.base(), configs);
  }

  /** Whether the run's own config loaded; when not, `issues` says why and nothing can be checked. */
  get ok(): boolean {
    return this.base.loaded.config !== undefined;
  }

  /** The run's config issues (errors stop the run; warnings do not). */
  get issues(): readonly ConfigIssue[] {
    return this.base.loaded.issues;
  }

  /** The project of the run: the git repository, else the config's folder, else the current one. */
  get projectRoot(): string {
    return this.base.loaded.projectRoot ?? this.io.projectRoot(this.io.cwd);
  }

  /** The config that applies to a file (it need not exist): what `print-config` shows. */
  configForFile(filePath: string): Promise<ResolvedConfig> {
    return this.configs.forFile(path.resolve(this.io.cwd, filePath));
  }

  /**
   * The posts of a file as `check` reads them (front matter, platforms), or
   * none when the file is not there: what `print-config` shows of a file.
   */
  async readPosts(filePath: string): Promise<{ posts: Post[]; problems: Problem[] }> {
    const absolute = path.resolve(this.io.cwd, filePath);
    const resolved = await this.configs.forFile(absolute);
    if (!resolved.settingsFor || !readerFor(filePath)) return { posts: [], problems: [] };
    const exists = await this.io.stat(absolute).then((s) => s.isFile, () => false);
    if (!exists) return { posts: [], problems: [] };
    const posts: Post[] = [];
    const read = await readPostFiles(this.io, [{ shown: filePath, absolute }], (f) => resolved.settingsFor!(f.absolute), (file) => posts.push(...file.posts));
    return { posts, problems: read.problems };
  }

  /** Whether a file is left out by its config's ignore file and patterns (and `--ignore-pattern`). */
  async isPathIgnored(filePath: string): Promise<boolean> {
    if (this.options.ignore === false) return false;
    const absolute = path.resolve(this.io.cwd, filePath);
    const resolved = await this.configs.forFile(absolute);
    if (!resolved.loaded.config) return false;
    return (await this.ignorerOf(resolved)).ignorer.ignores(absolute);
  }

  /** Renders results in one of the built-in formats. */
  format(report: Pick<LintReport, 'results' | 'rules' | 'postCount'>, name = 'stylish', context: Partial<FormatContext> = {}): string {
    const formatter = formatters[name];
    if (!formatter) throw new Error(`unknown format "${name}": expected one of ${Object.keys(formatters).join(', ')}`);
    return formatter(report.results, { color: false, postCount: report.postCount, rules: report.rules, version: VERSION, ...context });
  }

  /**
   * Lints one text as the file it is (or will be) saved as: its config,
   * overrides and reader come from `filePath` (default `<text>`, read as
   * plain text); `platforms` for posts that name none.
   */
  async lintText(text: string, options: { filePath?: string; platforms?: readonly string[] } = {}): Promise<LintReport> {
    const filePath = options.filePath ?? '<text>';
    const readerName = options.filePath && path.extname(options.filePath) ? options.filePath : `${filePath}.txt`;
    if (!readerFor(readerName)) {
      return this.empty([{ file: filePath, message: 'unsupported file type: name the text .txt, .md or another post file type presence reads' }]);
    }
    const absolute = path.resolve(this.io.cwd, readerName);
    return this.run([{ input: { shown: filePath, absolute }, bytes: new TextEncoder().encode(text), readerName }], [], options.platforms);
  }

  /**
   * Lints post files, folders and globs as `presence check` takes them; with
   * `staged`, the staged content of the staged post files inside them; with
   * `stdin`, one more post read from standard input.
   */
  async lintFiles(
    patterns: readonly string[],
    options: {
      staged?: boolean;
      stdin?: { bytes: Uint8Array; name: string; readerName: string };
      /** Files never to check (absolute): the report of an earlier run (`-o report.txt`) is not a post of this one. */
      exclude?: readonly string[];
      /**
       * Read the rest of each config's schedule (the post files under its
       * folder that are not ignored) as context, so that the schedule-wide
       * rules (duplicate-post, business-repost's weekly limit) see what is
       * already there; default: with `staged`.
       */
      context?: boolean;
    } = {},
  ): Promise<LintReport> {
    const problems: Problem[] = [];
    const setupProblems: Problem[] = [];
    this.contextNotices = [];
    const notices: string[] = [];
    const sources: Source[] = [];
    if (options.stdin) {
      const { bytes, name, readerName } = options.stdin;
      sources.push({ input: { shown: name, absolute: path.resolve(this.io.cwd, readerName) }, bytes, readerName });
    }
    const base = await this.ignorerOf(this.base);
    append(setupProblems, base.problems);
    if (options.staged) {
      const staged = await stagedPosts(this.io, patterns.length === 1 && patterns[0] === '.' ? [] : patterns, base.ignorer);
      append(problems, staged.problems);
      for (const file of staged.files) sources.push({ input: { shown: file.shown, absolute: file.absolute }, bytes: file.bytes });
    } else if (patterns.length > 0) {
      const expanded = await expandPaths(this.io, patterns, { errorOnUnmatched: this.options.errorOnUnmatchedPattern !== false, ignorer: base.ignorer });
      append(problems, expanded.problems);
      append(notices, expanded.notices);
      const excluded = new Set((options.exclude ?? []).map(realOrSelf));
      // A real path per file only when there is something to leave out (one lstat per file and folder of its path: 0.2 s on 10,000 files).
      for (const input of expanded.files) if (excluded.size === 0 || !excluded.has(realOrSelf(input.absolute))) sources.push({ input });
    }
    if (setupProblems.length > 0) return { ...this.empty(problems), setupProblems };
    if ((options.context ?? Boolean(options.staged)) && sources.length > 0) await this.addContext(sources, problems);
    const report = await this.run(sources, problems);
    report.notices.unshift(...notices);
    if (this.contextNotices.length > 0) {
      const listed = this.contextNotices.slice(0, 3).join('; ');
      const more = this.contextNotices.length > 3 ? `; and ${this.contextNotices.length - 3} more` : '';
      report.notices.push(`${this.contextNotices.length} file${this.contextNotices.length === 1 ? '' : 's'} of the schedule could not be read as context for the rules that compare posts: ${listed}${more}`);
    }
    return report;
  }

  /**
   * Adds the context of the sources: for each config they fall under, the
   * other post files under its folder (not ignored, not being checked),
   * read from the working tree. Only configs with a schedule-wide rule
   * (one that compares posts) need it.
   */
  private async addContext(sources: Source[], problems: Problem[]): Promise<void> {
    const taken = new Set(sources.map((s) => s.input.absolute));
    const configs = new Map<string, ResolvedConfig>();
    for (const source of sources) {
      const resolved = await this.configs.forFile(source.input.absolute);
      // Only a found config's folder is a schedule: without one, the current folder may be a home folder.
      if (resolved.loaded.config && resolved.loaded.filepath && resolved.loaded.rules.some((r) => r.checkCollection)) configs.set(resolved.id, resolved);
    }
    for (const resolved of configs.values()) {
      const { ignorer } = await this.ignorerOf(resolved);
      const folder = path.relative(this.io.cwd, resolved.baseDir) || '.';
      const found = await expandPaths(this.io, [folder], { errorOnUnmatched: false, ignorer });
      for (const input of found.files) {
        if (taken.has(input.absolute)) continue;
        // A file of another config is that config's context, not this one's.
        if ((await this.configs.forFile(input.absolute)).id !== resolved.id) continue;
        taken.add(input.absolute);
        sources.push({ input, context: true });
      }
      // The rest of the schedule is read to compare with, not checked: what cannot be read there is said, and does not fail the run.
      for (const problem of found.problems) this.contextNotices.push(`${problem.file ? `${problem.file}: ` : ''}${problem.message}`);
    }
  }

  /**
   * Works out, without writing anything, what the fixes of a run's findings
   * change in their files: each file with a fix is read again, linted, its
   * fixes that do not overlap applied, and linted again until no fix is left
   * (at most {@link MAX_FIX_PASSES} passes), as ESLint does. Each pass is
   * kept only when the fixed file reads back as the same posts with just the
   * replaced spans changed; a fix that does not (a replacement that would
   * need quoting where it goes) is left out with a notice, and so is one
   * whose span the file spells differently from the text (`fixRefused`).
   *
   * @param keep the findings to fix of a pass's results (the command leaves out what the baseline holds)
   */
  async planFixes(report: Pick<LintReport, 'results' | 'checkedFiles'>, keep: (results: FileResult[]) => FileResult[] = (r) => r): Promise<FixPlan> {
    const plan: FixPlan = { files: [], notices: [] };
    const plural = (n: number): string => `${n} fix${n === 1 ? '' : 'es'}`;
    for (const result of report.results) {
      const file = result.filePath;
      const refused = result.messages.filter((m) => m.fixRefused);
      if (refused.length > 0) plan.notices.push(`${file}: ${plural(refused.length)} not applied: ${refused[0]!.fixRefused}`);
      if (!result.messages.some((m) => m.fix)) continue;
      const absolute = path.resolve(this.io.cwd, file);
      if (!isChecked(report, absolute)) {
        plan.notices.push(`${file}: not fixed: it was not read from a file`);
        continue;
      }
      const settings = (await this.configs.forFile(absolute)).settingsFor;
      const before = await this.io.readFile(absolute, { maxBytes: MAX_POST_FILE_BYTES }).catch(() => undefined);
      // The posts of a text, and what reading it met (a fix must not add a problem, an unclosed quote say).
      const parse = (text: string): Reading | undefined => {
        if (!settings) return undefined;
        const parsed = parsePostFile(new TextEncoder().encode(text), file, file, settings(absolute));
        return parsed.file ? { posts: parsed.file.posts, problems: parsed.problems.map((p) => p.message).join('\n') } : undefined;
      };
      const original = before && settings ? parsePostFile(before, file, file, settings(absolute)).file?.text : undefined;
      if (original === undefined) {
        plan.notices.push(`${file}: not fixed: it can no longer be read as it was checked`);
        continue;
      }
      let text = original;
      let fixed = 0;
      let unsafe = 0;
      let abandoned = false;
      // Fixes that read back wrong, by what they replace: the same swap in the same text would again.
      const stuck = new Set<string>();
      const keyOf = (d: Fixable, at: string): string => `${d.ruleId}\0${d.post}\0${d.field}\0${at.slice(d.fix.range[0], d.fix.range[1])}\0${d.fix.text}`;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const current = parse(text);
        const linted = (await this.lintText(text, { filePath: file })).results;
        const fixable = keep(linted)
          .flatMap((r) => r.messages)
          .filter((m): m is Fixable => m.fix !== undefined && !stuck.has(keyOf(m as Fixable, text)));
        if (!current || fixable.length === 0) break;
        let batch = nonOverlapping(fixable);
        let next = applyFixes(text, batch.map((d) => d.fix));
        if (!this.readsBack(current, parse(next), batch)) {
          const bad = batch.filter((d) => !this.readsBack(current, parse(applyFixes(text, [d.fix])), [d]));
          for (const d of bad) stuck.add(keyOf(d, text));
          unsafe += bad.length;
          batch = batch.filter((d) => !bad.includes(d));
          next = applyFixes(text, batch.map((d) => d.fix));
          if (batch.length > 0 && !this.readsBack(current, parse(next), batch)) {
            abandoned = true;
            break;
          }
          if (batch.length === 0) continue;
        }
        text = next;
        fixed += batch.length;
      }
      if (unsafe > 0) plan.notices.push(`${file}: ${plural(unsafe)} not applied: the replacement would change how the file reads there (it needs quoting or escaping)`);
      if (abandoned) {
        plan.notices.push(`${file}: not fixed: its fixes together would change how the file reads`);
        continue;
      }
      if (fixed > 0 && text !== original) {
        const bom = UTF8_BOM.every((b, i) => before![i] === b);
        plan.files.push({ file, absolute, before: before!, after: bom ? `\uFEFF${text}` : text, fixed });
      }
    }
    return plan;
  }

  private readsBack(before: Reading, after: Reading | undefined, fixed: readonly Fixable[]): boolean {
    return after !== undefined && after.problems === before.problems && readsAsFixed(before.posts, after.posts, fixed);
  }

  /** The ignore rules of a config: its `.presenceignore` (or `--ignore-path`), its `ignorePatterns`, and `--ignore-pattern`. */
  private ignorerOf(resolved: ResolvedConfig): Promise<{ ignorer: Ignorer; problems: Problem[] }> {
    if (this.options.ignore === false || !resolved.loaded.config) return Promise.resolve({ ignorer: NO_IGNORE, problems: [] });
    let ignorer = this.ignorers.get(resolved.id);
    if (!ignorer) {
      const config = resolved.loaded.config;
      ignorer = loadIgnorer(this.io, {
        ...(this.options.ignorePath ? { ignorePath: this.options.ignorePath } : {}),
        root: resolved.baseDir,
        configDir: resolved.baseDir,
        patterns: config.ignorePatterns,
        extra: { base: this.io.cwd, patterns: this.options.ignorePatterns ?? [] },
        projectRoot: resolved.loaded.projectRoot ?? this.projectRoot,
      });
      this.ignorers.set(resolved.id, ignorer);
    }
    return ignorer;
  }

  private empty(problems: Problem[]): LintReport {
    return { results: [], problems, setupProblems: [], configIssues: [], notices: [], rules: this.base.loaded.rules, postCount: 0, contextPosts: 0, checkedFiles: [], configs: [] };
  }

  /**
   * Groups the sources by the config that applies to each (files a nested
   * config ignores are left out, with a notice), and lints each group as
   * one run: the collection rules see the posts of one config together.
   */
  private async run(sources: readonly Source[], problems: Problem[], platforms?: readonly string[]): Promise<LintReport> {
    const report = this.empty(problems);
    const groups = new Map<string, { resolved: ResolvedConfig; sources: Source[] }>();
    let nestedIgnored = 0;
    for (const source of sources) {
      const resolved = await this.configs.forFile(source.input.absolute);
      let group = groups.get(resolved.id);
      if (!group) groups.set(resolved.id, (group = { resolved, sources: [] }));
      // The run's own ignores were applied while the files were found; a nested config's apply to its files here.
      if (resolved.id !== this.base.id && source.bytes === undefined && (await this.ignorerOf(resolved)).ignorer.ignores(source.input.absolute)) {
        nestedIgnored++;
        continue;
      }
      group.sources.push(source);
    }
    if (nestedIgnored > 0) report.notices.push(`${nestedIgnored} post file${nestedIgnored === 1 ? ' is' : 's are'} ignored by the ignore rules of the config in ${nestedIgnored === 1 ? 'its' : 'their'} folder`);
    for (const { resolved, sources: grouped } of groups.values()) {
      if (resolved.id !== this.base.id) {
        for (const issue of resolved.loaded.issues) report.configIssues.push(issue);
        const ignores = await this.ignorerOf(resolved);
        append(report.setupProblems, ignores.problems);
      }
      if (!resolved.loaded.config || !resolved.settingsFor) continue;
      if (grouped.length === 0) continue;
      report.configs.push({ config: resolved.loaded.filepath, files: grouped.length });
      await this.lintGroup(resolved, grouped, report, platforms, groups.size === 1);
    }
    report.results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    return report;
  }

  /** Lints the files of one config: read (on threads when asked), stream large CSV files, run the collection rules. */
  private async lintGroup(resolved: ResolvedConfig, sources: readonly Source[], report: LintReport, platforms: readonly string[] | undefined, only: boolean): Promise<void> {
    const config = resolved.loaded.config!;
    const settingsFor = resolved.settingsFor!;
    const rules = resolved.loaded.rules;
    const { io } = this;
    const languageDetector = await languageDetectorFor(config);
    const run = new LintRun(config, rules, { mask: this.options.mask !== false, reportUnusedIgnores: Boolean(this.options.reportUnusedIgnores), keepPosts: Boolean(this.options.keepPosts), ...(languageDetector ? { languageDetector } : {}) });
    const keyOf = fileKeys(io.cwd, resolved.baseDir);
    const contextFiles = new Set(sources.filter((s) => s.context).map((s) => s.input.shown));
    const add = (file: ParsedFile): void => {
      file.key = keyOf(file.filePath);
      if (platforms?.length) for (const post of file.posts) if (post.platforms.length === 0) post.platforms = [...platforms];
      if (contextFiles.has(file.filePath)) {
        report.contextPosts += file.posts.length;
        file.contextOnly = true;
      } else report.postCount += file.posts.length;
      run.addFile(file);
    };
    const whole: InputFile[] = [];
    const streamed: InputFile[] = [];
    const threshold = this.options.streamBytes ?? Number(io.env.PRESENCE_STREAM_BYTES ?? STREAM_BYTES);
    for (const source of sources) {
      if (source.bytes !== undefined) {
        if (source.readerName === undefined) report.checkedFiles.push(source.input.absolute);
        const parsed = parsePostFile(source.bytes, source.input.shown, source.readerName ?? source.input.shown, settingsFor(source.input.absolute));
        if (parsed.file) add(parsed.file);
        append(report.problems, parsed.problems);
        continue;
      }
      if (!source.context) report.checkedFiles.push(source.input.absolute);
      const large = /\.csv$/i.test(source.input.absolute) && (await io.fileSize(source.input.absolute).catch(() => 0)) > threshold;
      (large ? streamed : whole).push(source.input);
    }
    const here = async (files: readonly InputFile[]): Promise<Problem[]> => {
      const read = (await readPostFiles(io, files, (f) => settingsFor(f.absolute), add)).problems;
      if (contextFiles.size === 0) return read;
      // A context file that cannot be read or parsed is said, not a failure of the run: it is not being checked.
      for (const problem of read) if (problem.file !== undefined && contextFiles.has(problem.file)) this.contextNotices.push(`${problem.file}: ${problem.message}`);
      return read.filter((p) => p.file === undefined || !contextFiles.has(p.file));
    };
    const threads = io.startLintWorker && only && !this.options.keepPosts ? threadCount(this.options.concurrency ?? 'off', whole.length, this.options.cores ?? 1) : 1;
    if (threads > 1) {
      const data = {
        cwd: io.cwd,
        configFile: this.options.configFile ?? resolved.loaded.filepath,
        noPlugins: Boolean(this.options.noPlugins),
        presence: this.options.presence,
        mask: this.options.mask !== false,
        reportUnusedIgnores: Boolean(this.options.reportUnusedIgnores),
        ...(this.options.ruleSeverities ? { ruleSeverities: { ...this.options.ruleSeverities } } : {}),
      };
      const workers: LintWorker[] = [];
      for (let i = 1; i < threads; i++) {
        try {
          workers.push(await io.startLintWorker!(data));
        } catch {
          break; // No more threads to be had: the ones started, and this one, check the files.
        }
      }
      const before = run.problems.length;
      // Context files are read here, where they are marked as context: a worker would run every rule on them and count their posts as checked.
      const checkedWhole = whole.filter((f) => !contextFiles.has(f.shown));
      const parallel = await lintInThreads({ files: checkedWhole, workers, run, here, workersOnly: Boolean(this.options.workersOnly) });
      append(report.problems, await here(whole.filter((f) => contextFiles.has(f.shown))));
      append(report.problems, parallel.readProblems);
      // The rules' problems in the order of the files, whichever thread met them.
      run.problems.length = before;
      append(run.problems, parallel.lintProblems);
      report.postCount += parallel.workerPosts;
    } else {
      append(report.problems, await here(whole));
    }
    for (const file of streamed) {
      const context = contextFiles.has(file.shown);
      append(report.problems, await this.streamFile(file, settingsFor, run, keyOf(file.shown), () => (context ? report.contextPosts++ : report.postCount++), context));
    }
    const results = run.finish();
    if (this.options.keepPosts) append((report.posts ??= []), run.keptPosts().filter((p) => !contextFiles.has(p.file)));
    if (contextFiles.size === 0) append(report.results, results);
    else {
      // A context file is reported on only where a checked file takes part: a schedule-wide finding about one of its posts.
      const checked = new Set(sources.filter((s) => !s.context).map((s) => s.input.shown));
      const collection = new Set(rules.filter((r) => r.checkCollection).map((r) => r.id));
      for (const result of results) {
        if (!contextFiles.has(result.filePath)) report.results.push(result);
        else {
          const kept = result.messages.filter((m) => collection.has(m.ruleId) && (run.relatedFiles.get(m) ?? []).some((file) => checked.has(file)));
          if (kept.length > 0) report.results.push(summarize(result.filePath, kept));
        }
      }
    }
    // Problems of context files (one that cannot be read) are still problems: nothing is silently skipped.
    append(report.problems, run.problems);
  }

  /** Checks a large CSV file row by row: each post is linted as soon as its row is read, then dropped. */
  private async streamFile(file: InputFile, settingsFor: NonNullable<ResolvedConfig['settingsFor']>, run: LintRun, key: string, count: () => void, context = false): Promise<Problem[]> {
    const settings = settingsFor(file.absolute);
    run.addFile({ filePath: file.shown, text: '', posts: [], key });
    try {
      return await streamCsv(
        this.io.readChunks(file.absolute),
        { filePath: file.shown, defaultPresence: settings.defaultPresence, ...(settings.csv ? { csv: settings.csv } : {}) },
        (post, record) => {
          withOverridePlatforms([post], settings.overrides);
          count();
          run.addFile({ filePath: file.shown, text: record.raw, posts: [post], overrides: settings.overrides, key, origin: { offset: record.start, line: record.line, column: record.column }, ...(context ? { contextOnly: true } : {}) });
        },
      );
    } catch (error) {
      return [{ file: file.shown, message: `cannot read file: ${(error as Error).message}`, cause: error }];
    }
  }
}

/** CSV files larger than this (bytes) are streamed when their format allows. */
const STREAM_BYTES = 8 * 1024 * 1024;

/** The largest post read from standard input, in bytes (as a post file). */
export const MAX_STDIN_BYTES = MAX_POST_FILE_BYTES;

/** Whether a path is one of the files a report names (through links too). */
export function isChecked(report: Pick<LintReport, 'checkedFiles'>, file: string): boolean {
  const real = realOrSelf(file);
  return report.checkedFiles.some((c) => realOrSelf(c) === real);
}
