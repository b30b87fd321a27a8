import { startServer } from './server.js';

/**
 * `presence lsp`: the language server on standard input and output. The
 * promise never resolves: the client ends the server, and the process with
 * it (the protocol's `exit`, or its input closed; see startServer).
 */
export function serveStdio(options: { cwd: string; noPlugins: boolean }): Promise<number> {
  startServer({ input: process.stdin, output: process.stdout, cwd: options.cwd, noPlugins: options.noPlugins });
  return new Promise(() => undefined);
}
