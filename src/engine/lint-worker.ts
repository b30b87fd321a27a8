import path from 'node:path';
import { rules as builtInRules } from '../../rules/index.js';
import { loadConfig } from '../config/load.js';
import { LintRun } from '../core/lint.js';
import type { Problem } from '../core/types.js';
import { fileKeys, readPostFiles, settingsForFiles } from './files.js';
import { loadOverrideMatcher } from '../config/overrides.js';
import { withSeverities } from './configs.js';
import { languageDetectorFor } from './language.js';
import type { EngineIo } from './io.js';
import type { FromWorker, LintWorkerData, ToWorker } from './parallel.js';

/** The worker's end of its channel to the command's thread. */
export interface WorkerPort {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): void;
  close(): void;
}

/** Problems as plain data, to cross threads (a cause keeps its message and stack). */
function portable(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => {
    const cause = p.cause instanceof Error ? Object.assign(new Error(p.cause.message), { stack: p.cause.stack }) : undefined;
    return { ...p, ...(cause ? { cause } : { cause: undefined }) };
  });
}

/**
 * A worker thread of `presence check` (see parallel.ts): loads the config as
 * the command did, checks the batches of files it is sent, and hands back
 * its part of the run when told to finish.
 */
export async function lintWorker(port: WorkerPort, data: LintWorkerData, io: EngineIo): Promise<void> {
  const loaded = await loadConfig({ cwd: data.cwd, configFile: data.configFile, rules: builtInRules, noPlugins: data.noPlugins });
  if (!loaded.config) {
    port.postMessage({ type: 'failed', message: 'the config did not load' });
    port.close();
    return;
  }
  const config = data.ruleSeverities ? withSeverities(data.ruleSeverities)(loaded.config) : loaded.config;
  const baseDir = loaded.filepath ? path.dirname(loaded.filepath) : data.cwd;
  const settingsFor = settingsForFiles(config, await loadOverrideMatcher(config, baseDir), data.presence);
  const keyOf = fileKeys(data.cwd, baseDir);
  const languageDetector = await languageDetectorFor(config);
  const run = new LintRun(config, loaded.rules, { mask: data.mask, reportUnusedIgnores: data.reportUnusedIgnores, ...(languageDetector ? { languageDetector } : {}) });

  const handle = async (message: ToWorker): Promise<void> => {
    if (message.type === 'finish') {
      port.postMessage({ type: 'partial', partial: run.partial() });
      port.close();
      return;
    }
    const before = run.problems.length;
    let posts = 0;
    const read = await readPostFiles(
      io,
      message.files,
      (f) => settingsFor(f.absolute),
      (file) => {
        file.key = keyOf(file.filePath);
        posts += file.posts.length;
        run.addFile(file);
      },
    );
    port.postMessage({ type: 'done', id: message.id, readProblems: portable(read.problems), lintProblems: portable(run.problems.slice(before)), posts });
  };
  // One message at a time, in the order sent.
  let pending = Promise.resolve();
  port.on('message', (message) => {
    pending = pending.then(() => handle(message));
  });
  port.postMessage({ type: 'ready' });
}
