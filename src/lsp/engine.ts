import path from 'node:path';
import { nodeIo } from '../cli/node-io.js';
import type { ConfigIssue } from '../config/validate.js';
import type { Diagnostic, Positioning, PresenceName, Problem, Rule } from '../core/types.js';
import { Presence } from '../engine/presence.js';

/** A post that wakes every rule's reading: a party, an address, a date, a link, hashtags. */
const WARM_UP_TEXT =
  '---\npresence: personal\ndate: 2026-01-05\n---\nStill hungover after the bar crawl with the Happy Paws team! Call me at 503-555-0123 or come to 12 Elm St on Monday. #adopt #rescue #dogs https://example.com/adopt\n';

/** What linting one open document gave. */
export interface DocumentLint {
  /** The findings in the document, sorted by position. */
  diagnostics: Diagnostic[];
  /** What stopped part of the check (front matter that cannot be read, a rule that threw). */
  problems: Problem[];
  /** The issues of the config that applies, when it is broken: nothing was checked. */
  configIssues: ConfigIssue[];
  /** The config file that applies, when there is one. */
  configFile: string | undefined;
  /** The rules whose findings need the rest of the schedule (collection rules): their findings are refreshed only by a lint with the schedule. */
  scheduleRules: ReadonlySet<string>;
}

/** What a hover tells of the config behind a finding. */
export interface HoverContext {
  rule: Rule | undefined;
  positioning: Positioning | undefined;
}

/**
 * The one place the language server calls the engine (src/engine/presence.ts).
 * The server keeps one per workspace; `invalidate` (a config, ignore file
 * or plugin changed) makes the next call start a new engine, which reads
 * the configs again.
 */
export class LintEngine {
  private presence: Promise<Presence> | undefined;

  constructor(private readonly options: { cwd: string; noPlugins?: boolean }) {}

  /** Forgets every config read: the next lint reads them again. */
  invalidate(): void {
    this.presence = undefined;
  }

  private engine(): Promise<Presence> {
    if (!this.presence) {
      this.presence = Presence.create({ io: { ...nodeIo(), cwd: this.options.cwd }, noPlugins: Boolean(this.options.noPlugins) });
      // A failure is the caller's to report, on each call, until the next invalidate.
      this.presence.catch(() => undefined);
    }
    return this.presence;
  }

  /**
   * Lints the editor's text of a post file as the file it is saved as.
   * With `schedule`, the rest of its config's schedule (the saved post
   * files under the config's folder) is read as context, as the command
   * reads it for a named file, so that the collection rules (duplicate-post,
   * weekly limits) see it; without, only the text itself, for keystrokes.
   */
  async lintDocument(filePath: string, text: string, options: { schedule: boolean }): Promise<DocumentLint> {
    const presence = await this.engine();
    const resolved = await presence.configForFile(filePath);
    const configFile = resolved.loaded.filepath;
    if (!resolved.loaded.config) {
      return { diagnostics: [], problems: [], configIssues: [...resolved.loaded.issues], configFile, scheduleRules: new Set() };
    }
    const scheduleRules = new Set(resolved.loaded.rules.filter((r) => r.checkCollection).map((r) => r.id));
    const bytes = new TextEncoder().encode(text);
    const report = options.schedule
      ? await presence.lintFiles([], { stdin: { bytes, name: filePath, readerName: filePath }, context: true })
      : await presence.lintText(text, { filePath });
    const own = report.results.filter((r) => path.resolve(r.filePath) === filePath);
    return {
      diagnostics: own.flatMap((r) => r.messages),
      problems: [...report.setupProblems, ...report.problems],
      configIssues: [],
      configFile,
      scheduleRules,
    };
  }

  /**
   * Loads the workspace's config and runs every rule once on a sample text,
   * so that the first post opened does not wait for the rules' word data
   * and compiled patterns (most of a cold first lint).
   */
  async warmUp(): Promise<void> {
    await (await this.engine()).lintText(WARM_UP_TEXT, { filePath: path.join(this.options.cwd, 'presence-warm-up.md') });
  }

  /** The issues of a config file as it is saved (empty when it is fine); warnings included. */
  async configFileIssues(configFile: string): Promise<ConfigIssue[]> {
    const presence = await Presence.create({ io: { ...nodeIo(), cwd: path.dirname(configFile) }, configFile, noPlugins: Boolean(this.options.noPlugins) });
    return [...presence.issues];
  }

  /** Whether the file's config leaves it out (`.presenceignore`, `ignorePatterns`). */
  async isIgnored(filePath: string): Promise<boolean> {
    return (await this.engine()).isPathIgnored(filePath);
  }

  /** The rule of a finding and the positioning statement of the presence it was held against. */
  async hoverContext(filePath: string, ruleId: string, presence: PresenceName): Promise<HoverContext> {
    try {
      const resolved = await (await this.engine()).configForFile(filePath);
      return { rule: resolved.loaded.rules.find((r) => r.id === ruleId), positioning: resolved.loaded.config?.presences[presence]?.positioning };
    } catch {
      return { rule: undefined, positioning: undefined };
    }
  }
}
