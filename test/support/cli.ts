import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { ROOT } from './rule-tester.js';

/** The built command, as `npm install` leaves it (package.json `bin`). */
export const BIN = path.join(ROOT, 'dist/presence.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, in `cwd`, with a clean colour environment. */
export function presence(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; /** Another launcher than the built one (an installed copy). */ bin?: string }): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: options.cwd, ...options.env };
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (text or bytes). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'presence-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** An Io on the real file system that captures output, for in-process runs. */
export function captureIo(cwd: string, overrides: Partial<Io> = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: Io = {
    ...nodeIo(),
    cwd,
    env: {},
    stdout: { write: (s) => void (out += s), isTTY: false },
    stderr: { write: (s) => void (err += s), isTTY: false },
    readStdin: async () => new Uint8Array(),
    ...overrides,
  };
  return Object.assign(io, { out: () => out, err: () => err });
}

/** The README's example config, for temporary folders. */
export const EXAMPLE_CONFIG = `presences:
  professional:
    positioning: "I am a veterinarian in animal rescue for families ready to adopt"
    audience: public
    brand:
      names: ["Happy Paws Rescue"]
      handles: ["@happypaws"]
      hashtags: ["#AdoptDontShop"]
      domains: ["happypaws.org"]
  personal:
    positioning: "I am a dog lover in Portland for my close friends and family"
    audience: friends
`;

/**
 * This process's environment without npm's `npm_*` variables: under `npm test`
 * or `npx -p node@22`, they would steer the npm that a git hook starts
 * (a person's shell has none of them).
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** One message of the `json` format. */
export interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  post: number;
  presence: string;
  field: string;
}

/** One file of the `json` format. */
export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  suggestionCount: number;
}
