import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileChangeType,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './cli.js';

/** How long a test waits for the server before it fails, in milliseconds: generous, as the machine is shared. */
const WAIT_MS = 20_000;

/** A file: URI of a path. */
export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * A client of `presence lsp` that speaks the protocol over the child's
 * standard input and output, as an editor does, and keeps everything the
 * server sent: diagnostics by URI (in order), log messages, registrations.
 */
export class LspClient {
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly stderr: string[] = [];
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  exitCode: number | null | undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
      this.notify();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    child.on('exit', (code) => {
      this.exitCode = code;
      this.notify();
    });
  }

  /** Starts the built server in `cwd` and initializes it with `root` as the workspace. */
  static async start(options: { cwd: string; root?: string; capabilities?: ClientCapabilities; args?: string[]; env?: Record<string, string> }): Promise<{ client: LspClient; initialized: InitializeResult }> {
    const child = spawn(process.execPath, [BIN, 'lsp', ...(options.args ?? [])], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.listen();
    const root = options.root ?? options.cwd;
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'posts' }],
      capabilities: options.capabilities ?? {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, initialized };
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Waits until `check` holds (checked after every message from the server), or fails after a generous time. */
  async waitFor<T>(what: string, check: () => T | undefined | false): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; logs: ${JSON.stringify(this.logs)}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for a URI after the `after`-th publication, the first that `accept` takes. */
  async diagnosticsFor(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics of ${uri}`, () => (this.diagnostics.get(uri) ?? []).slice(after).find(accept));
  }

  /** How many times diagnostics were published for a URI. */
  published(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  async open(file: string, text: string, languageId = 'plaintext'): Promise<string> {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: { file: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map((c) => ({ uri: uriOf(c.file), type: c.type })) });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  /** Shuts the server down as an editor does, and waits for the process to end. */
  async stop(): Promise<number | null> {
    if (this.exitCode === undefined) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await this.waitFor('the server to exit', () => this.exitCode !== undefined);
    }
    this.connection.dispose();
    return this.exitCode ?? null;
  }

  /** Ends the process without the protocol's goodbye (a test that failed half-way). */
  kill(): void {
    if (this.exitCode === undefined) this.child.kill();
    this.connection.dispose();
  }
}
