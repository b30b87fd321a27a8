import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEARCH_PLACES } from '../config/load.js';
import type { ConfigIssue } from '../config/validate.js';
import { compareDiagnostics } from '../core/lint.js';
import type { Diagnostic } from '../core/types.js';
import { POST_EXTENSIONS, readerFor } from '../sources/index.js';
import { VERSION } from '../version.js';
import { rules as builtInRules } from '../../rules/index.js';
import { issueDiagnostic, problemDiagnostic, SOURCE, toLspDiagnostic } from './diagnostics.js';
import { LintEngine } from './engine.js';
import { hoverMarkdown, ruleExplanation, type HoveredFinding } from './hover.js';
import { POSITION_ENCODING, rangeContains, diagnosticRange } from './positions.js';

/** How long typing must pause before the text is linted again, in milliseconds. */
export const DEBOUNCE_MS = 150;

/** What the server is started with. */
export interface ServerOptions {
  /** The client's messages (the process's standard input). */
  input: NodeJS.ReadableStream;
  /** The server's messages (the process's standard output): nothing else may write there. */
  output: NodeJS.WritableStream;
  /** The folder to work from when the client names no workspace. */
  cwd: string;
  /** Refuse configs that load plugins (`--no-plugins`, PRESENCE_NO_PLUGINS). */
  noPlugins?: boolean;
  /** The typing pause before a lint, in milliseconds; default {@link DEBOUNCE_MS}. */
  debounceMs?: number;
}

/** Names of the files whose change means every open post is linted again: configs and the ignore file. */
const CONFIG_NAMES = new Set(SEARCH_PLACES);
const IGNORE_FILE = '.presenceignore';
/** Files a config may bring in: a team config it `extends` (YAML, JSON), a plugin (JavaScript). */
const CONFIG_PART = /\.(?:ya?ml|json|[cm]?js)$/i;
const BUILT_IN = new Set(builtInRules.map((r) => r.id));

/** A file: URI's path, or undefined for any other scheme (an unsaved buffer, a diff view). */
function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether a file is one presence looks up as a config (package.json only when it has a `presence` key). */
function isConfigFile(filePath: string, text?: string): boolean {
  const name = path.basename(filePath);
  if (!CONFIG_NAMES.has(name)) return false;
  return name !== 'package.json' || text === undefined || /"presence"\s*:/.test(text);
}

/** What the server last published for an open post: the findings behind its diagnostics, for the hover. */
interface Published {
  filePath: string;
  findings: Diagnostic[];
}

/**
 * How much a lint reads: `schedule` also reads the rest of the post's
 * schedule from disk for the collection rules (on open, on save, when a
 * config or a saved post changes); `text` lints the editor's text alone
 * (as it is typed) and keeps the collection rules' findings of the last
 * `schedule` lint; `open` is a `text` lint followed by a `schedule` one, so
 * that the first findings of a post just opened do not wait for the schedule.
 */
type LintMode = 'schedule' | 'text' | 'open';

/**
 * `presence lsp`: LSP in, engine calls, LSP out. Lints every open post file
 * on open and as it is typed (after a pause; the newest text wins), the
 * config files at their keys, and lints the open posts again when a config,
 * ignore file or plugin changes. It never writes a file, and a failure of
 * one lint becomes a message in the client's log, not the end of the server.
 */
export class PresenceServer {
  private readonly documents = new TextDocuments(TextDocument);
  private engine: LintEngine;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** A number per lint started, by URI: only the newest lint of a document publishes. */
  private readonly generations = new Map<string, number>();
  private readonly published = new Map<string, Published>();
  /** Config files this server published diagnostics for, by URI. */
  private readonly configUris = new Set<string>();
  /** Log lines already sent, so that a broken config is told once, not on every keystroke. */
  private readonly logged = new Set<string>();
  private readonly debounceMs: number;
  private readonly openedVersion = new Map<string, number>();
  /** The mode of the lint waiting for each document. */
  private readonly pendingModes = new Map<string, LintMode>();
  /** The collection rules' findings of each open post's last lint with the schedule. */
  private readonly scheduleFindings = new Map<string, Diagnostic[]>();
  private clientWatchesFiles = false;
  private cwd: string;

  constructor(
    private readonly connection: Connection,
    private readonly options: Omit<ServerOptions, 'input' | 'output'>,
  ) {
    this.cwd = options.cwd;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.engine = new LintEngine({ cwd: this.cwd, ...(options.noPlugins ? { noPlugins: true } : {}) });
    this.connection.onInitialize((params) => this.initialize(params));
    this.connection.onInitialized(() => {
      void this.registerWatchers();
      this.guard('the warm-up', () => this.engine.warmUp());
    });
    this.connection.onHover((params) => this.hover(params.textDocument.uri, params.position));
    this.connection.onDidChangeWatchedFiles((params) => this.filesChanged(params.changes));
    this.documents.onDidOpen((e) => {
      this.openedVersion.set(e.document.uri, e.document.version);
      this.schedule(e.document.uri, 0, 'open');
    });
    this.documents.onDidChangeContent((e) => {
      // Opening a document also reports its content: the open already linted it.
      if (e.document.version !== this.openedVersion.get(e.document.uri)) this.schedule(e.document.uri, this.debounceMs, 'text');
    });
    this.documents.onDidSave((e) => this.saved(e.document));
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    this.documents.listen(this.connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = folder ? filePathOf(folder) : undefined;
    if (root) {
      this.cwd = root;
      this.engine = new LintEngine({ cwd: root, ...(this.options.noPlugins ? { noPlugins: true } : {}) });
    }
    this.clientWatchesFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        // UTF-16, the encoding every client supports, is the one presence's columns are counted in.
        positionEncoding: POSITION_ENCODING,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
      },
      serverInfo: { name: 'presence', version: VERSION },
    };
  }

  /** Asks the client to report changes to configs, ignore files, plugins and posts (the schedule folders' context). */
  private async registerWatchers(): Promise<void> {
    if (!this.clientWatchesFiles) return;
    const posts = POST_EXTENSIONS.map((e) => e.slice(1)).join(',');
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/.presencerc' },
        { globPattern: `**/${IGNORE_FILE}` },
        { globPattern: '**/*.{yaml,yml,json,js,mjs,cjs}' },
        { globPattern: `**/*.{${posts}}` },
      ],
    });
  }

  /** Runs a handler; a failure is logged, never thrown at the connection. */
  private guard(what: string, run: () => Promise<void> | void): void {
    Promise.resolve()
      .then(run)
      .catch((error: unknown) => this.log('error', `presence: ${what} failed: ${describe(error)}`));
  }

  private log(level: 'error' | 'warn' | 'info', message: string, once = false): void {
    if (once) {
      if (this.logged.has(message)) return;
      this.logged.add(message);
    }
    this.connection.console[level](message);
  }

  /**
   * Lints a document after `delay` ms, replacing a lint already waiting for
   * it; a waiting lint with the schedule keeps reading the schedule.
   */
  private schedule(uri: string, delay: number, mode: LintMode): void {
    clearTimeout(this.timers.get(uri));
    const waiting = this.pendingModes.get(uri);
    const next: LintMode = waiting && waiting !== 'text' ? waiting : mode;
    this.pendingModes.set(uri, next);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.pendingModes.delete(uri);
        this.guard(`the check of ${uri}`, () => this.lint(uri, next));
      }, delay),
    );
  }

  private async lint(uri: string, mode: LintMode): Promise<void> {
    const document = this.documents.get(uri);
    const filePath = filePathOf(uri);
    if (!document || !filePath) return;
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    const { version } = document;
    // Only the newest lint of the newest text publishes: an edit since then has a lint of its own waiting.
    const current = (): boolean => this.generations.get(uri) === generation && this.documents.get(uri)?.version === version;
    const text = document.getText();

    if (isConfigFile(filePath, text)) {
      await this.lintConfig(uri, filePath, current);
      return;
    }
    if (!readerFor(filePath)) return;
    let outcome;
    try {
      if (await this.engine.isIgnored(filePath)) {
        if (current()) this.publish(uri, version, filePath, [], []);
        return;
      }
      outcome = await this.engine.lintDocument(filePath, text, { schedule: mode === 'schedule' });
      if (mode === 'open' && current()) this.schedule(uri, 0, 'schedule');
    } catch (error) {
      this.log('error', `presence: could not check ${filePath}: ${describe(error)}`, true);
      if (current()) this.publish(uri, version, filePath, [], [fileDiagnostic(`presence could not check this file: ${describe(error)}`)]);
      return;
    }
    if (!current()) {
      // The text changed meanwhile: its lint is waiting, and reads the schedule if this one was to.
      if (mode !== 'text' && this.generations.get(uri) === generation && this.documents.get(uri)) this.schedule(uri, this.debounceMs, 'schedule');
      return;
    }

    let findings = outcome.diagnostics;
    if (mode === 'schedule') {
      this.scheduleFindings.set(uri, findings.filter((d) => outcome.scheduleRules.has(d.ruleId)));
    } else {
      // The collection rules' findings come from the last lint with the schedule, until the next save.
      findings = [...findings.filter((d) => !outcome.scheduleRules.has(d.ruleId)), ...(this.scheduleFindings.get(uri) ?? [])].sort(compareDiagnostics);
    }
    const extra: LspDiagnostic[] = outcome.problems.map(problemDiagnostic);
    for (const problem of outcome.problems) this.log('warn', `presence: ${filePath}: ${problem.message}`, true);
    if (outcome.configIssues.length > 0) {
      const errors = outcome.configIssues.filter((i) => i.severity === 'error');
      const configFile = outcome.configFile;
      this.log('error', `presence: the config ${configFile ?? ''} has errors, so ${filePath} is not checked:\n${errors.map((i) => `  ${i.line ? `${i.line}:${i.column ?? 1} ` : ''}${i.message}`).join('\n')}`, true);
      extra.push(
        fileDiagnostic(`presence cannot check this post: its config${configFile ? ` ${configFile}` : ''} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} (${errors[0]?.message ?? 'see the log'})`),
      );
      if (configFile) this.publishConfig(pathToFileURL(configFile).href, outcome.configIssues);
    }
    this.publish(uri, version, filePath, findings, extra);
  }

  private async lintConfig(uri: string, filePath: string, current: () => boolean): Promise<void> {
    const issues = await this.engine.configFileIssues(filePath);
    if (current()) this.publishConfig(uri, issues);
  }

  private publishConfig(uri: string, issues: readonly ConfigIssue[]): void {
    this.configUris.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: issues.map(issueDiagnostic) });
  }

  /** Publishes the diagnostics of one version of an open document. */
  private publish(uri: string, version: number, filePath: string, findings: Diagnostic[], extra: LspDiagnostic[]): void {
    this.published.set(uri, { filePath, findings });
    void this.connection.sendDiagnostics({ uri, version, diagnostics: [...findings.map(toLspDiagnostic), ...extra] });
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.pendingModes.delete(uri);
    this.generations.delete(uri);
    this.openedVersion.delete(uri);
    this.published.delete(uri);
    this.scheduleFindings.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints every open document again, with the schedule; after `invalidate`, the configs are read anew. */
  private relintAll(invalidate: boolean): void {
    if (invalidate) {
      this.engine.invalidate();
      for (const uri of this.configUris) {
        // A config that was published for a post, and is not open: checked again from disk.
        const filePath = filePathOf(uri);
        if (filePath && !this.documents.get(uri)) {
          this.guard(`the check of ${filePath}`, async () => this.publishConfig(uri, await this.engine.configFileIssues(filePath)));
        }
      }
    }
    for (const document of this.documents.all()) this.schedule(document.uri, 0, 'schedule');
  }

  private saved(document: TextDocument): void {
    const filePath = filePathOf(document.uri);
    if (!filePath) return;
    if (affectsConfigs(filePath)) this.relintAll(true);
    // A saved post is part of the schedule of every open post (its own lint reads the schedule again too).
    else if (readerFor(filePath)) this.relintAll(false);
  }

  private filesChanged(changes: readonly { uri: string; type: FileChangeType }[]): void {
    let configs = false;
    let posts = false;
    for (const change of changes) {
      const filePath = filePathOf(change.uri);
      if (!filePath) continue;
      if (affectsConfigs(filePath)) configs = true;
      else if (readerFor(filePath)) posts = true;
      if (change.type === FileChangeType.Deleted && this.documents.get(change.uri)) {
        this.log('info', `presence: ${filePath} was deleted; the editor's text is still checked`);
      }
    }
    if (configs || posts) this.relintAll(configs);
  }

  private async hover(uri: string, position: { line: number; character: number }): Promise<{ contents: { kind: 'markdown'; value: string } } | null> {
    const published = this.published.get(uri);
    if (!published) return null;
    const under = published.findings.filter((f) => rangeContains(diagnosticRange(f), position));
    if (under.length === 0) return null;
    const findings: HoveredFinding[] = [];
    for (const f of under) {
      const context = await this.engine.hoverContext(published.filePath, f.ruleId, f.presence);
      findings.push({
        ruleId: f.ruleId,
        message: f.message,
        presence: f.presence,
        rule: context.rule,
        positioning: context.positioning,
        explanation: BUILT_IN.has(f.ruleId) ? await ruleExplanation(f.ruleId) : undefined,
        documented: BUILT_IN.has(f.ruleId),
      });
    }
    return { contents: { kind: 'markdown', value: hoverMarkdown(findings) } };
  }
}

/** Whether a change to this file may change how posts are checked: a config, an ignore file, a file a config extends, a plugin. */
function affectsConfigs(filePath: string): boolean {
  const name = path.basename(filePath);
  return CONFIG_NAMES.has(name) || name === IGNORE_FILE || CONFIG_PART.test(name);
}

/** A diagnostic about the file as a whole, on its first character. */
function fileDiagnostic(message: string): LspDiagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: DiagnosticSeverity.Error, source: SOURCE, message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends what a plugin prints to the client's log: standard output carries
 * the protocol, and one stray line there would break it.
 */
function routeConsole(connection: Connection): void {
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
}

/**
 * Starts the server on a pair of streams. The protocol ends the process:
 * vscode-languageserver exits it on the client's `exit` notification and
 * when the client closes the input (code 0 after `shutdown`, else 1), as
 * every language server does.
 */
export function startServer(options: ServerOptions): PresenceServer {
  const connection = createConnection(options.input, options.output);
  routeConsole(connection);
  const server = new PresenceServer(connection, options);
  connection.listen();
  return server;
}
