import path from 'node:path';
import { summarize } from '../core/lint.js';
import type { FileResult, Problem } from '../core/types.js';
import type { EngineIo } from './io.js';

/** The default baseline file, in the project's folder (the config's, else the current one). */
export const BASELINE_FILE = '.presence-baseline.json';

/** One recorded finding: how many findings of a rule a post had when the baseline was written. */
interface Entry {
  ruleId: string;
  file: string;
  count: number;
}

/** The baseline file: findings known when a team adopted presence, by fingerprint. */
interface BaselineFile {
  version: 1;
  findings: Record<string, Entry>;
}

/** The largest baseline presence reads, in bytes (one entry is about 150 bytes). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a baseline; a missing file is an empty baseline when `optional`
 * (the default one, found in the project's folder, which must then be a
 * regular file or a link to one inside the project `root`).
 */
export async function readBaseline(io: EngineIo, file: string, optional: boolean, root: string): Promise<{ entries?: Map<string, Entry>; problem?: Problem }> {
  let text: string;
  const shown = path.relative(io.cwd, file) || file;
  try {
    if (optional) io.checkFoundFile(file, root);
    text = new TextDecoder().decode(await io.readFile(file, { maxBytes: MAX_BASELINE_BYTES }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && optional) return { entries: new Map() };
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EFBIG' ? `it is larger than ${MAX_BASELINE_BYTES / (1024 * 1024)} MB` : (error as Error).message;
    return { problem: { file: shown, message: `cannot read the baseline: ${reason}`, hint: 'Write one with `presence check --write-baseline`.' } };
  }
  let parsed: BaselineFile;
  try {
    parsed = JSON.parse(text) as BaselineFile;
  } catch {
    // Not the parser's message: it quotes the text, and a baseline named on the command line may be any file.
    return { problem: { file: shown, message: 'invalid baseline: not JSON' } };
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.version !== 1 || typeof parsed.findings !== 'object' || parsed.findings === null) {
    return { problem: { file: shown, message: 'invalid baseline: not a presence baseline (version 1)' } };
  }
  return { entries: new Map(Object.entries(parsed.findings)) };
}

/**
 * Leaves out of the results the findings the baseline knows (as many per
 * fingerprint as it recorded). Returns the filtered results, how many were
 * left out, and which entries matched nothing (stale).
 */
export function applyBaseline(
  results: readonly FileResult[],
  entries: ReadonlyMap<string, Entry>,
): { results: FileResult[]; baselined: number; stale: string[] } {
  const left = new Map([...entries].map(([k, e]) => [k, e.count]));
  let baselined = 0;
  const filtered = results.map((r) => {
    const messages = r.messages.filter((m) => {
      const remaining = m.fingerprint ? left.get(m.fingerprint) : undefined;
      if (!remaining) return true;
      left.set(m.fingerprint!, remaining - 1);
      baselined++;
      return false;
    });
    return messages.length === r.messages.length ? r : summarize(r.filePath, messages);
  });
  const stale = [...entries.keys()].filter((k) => left.get(k) === entries.get(k)!.count);
  return { results: filtered, baselined, stale };
}

/** The baseline text for the findings of `results`. */
export function baselineText(results: readonly FileResult[]): string {
  const findings: Record<string, Entry> = {};
  for (const r of results) {
    for (const m of r.messages) {
      if (!m.fingerprint) continue;
      const entry = (findings[m.fingerprint] ??= { ruleId: m.ruleId, file: m.file, count: 0 });
      entry.count++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(findings).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: 1, findings: sorted } satisfies BaselineFile, null, 2)}\n`;
}

/** The baseline without its stale entries. */
export function prunedText(entries: ReadonlyMap<string, Entry>, stale: readonly string[]): string {
  const gone = new Set(stale);
  const findings = Object.fromEntries([...entries].filter(([k]) => !gone.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: 1, findings } satisfies BaselineFile, null, 2)}\n`;
}
