import { rules as builtInRules } from '../../rules/index.js';
import { LintRun } from '../core/lint.js';
import type { Problem } from '../core/types.js';
import { fileKeys, readPostFiles } from './files.js';
import { ConfigResolver, withSeverities } from './configs.js';
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
 * A worker thread of `presence check` (see parallel.ts): resolves the config
 * as the command's engine does, checks the batches of files it is sent, and hands back
 * its part of the run when told to finish.
 */
export async function lintWorker(port: WorkerPort, data: LintWorkerData, io: EngineIo): Promise<void> {
  // The config is resolved as the command's engine resolves it (configs.ts): the same search, `--rule` and presence.
  const resolved = await new ConfigResolver({
    cwd: data.cwd,
    ...(data.configFile ? { configFile: data.configFile } : {}),
    rules: builtInRules,
    noPlugins: data.noPlugins,
    ...(data.presence ? { presence: data.presence } : {}),
    ...(data.ruleSeverities && Object.keys(data.ruleSeverities).length > 0 ? { adjust: withSeverities(data.ruleSeverities) } : {}),
  }).base();
  const { config } = resolved.loaded;
  if (!config || !resolved.settingsFor) {
    port.postMessage({ type: 'failed', message: 'the config did not load' });
    port.close();
    return;
  }
  const settingsFor = resolved.settingsFor;
  const keyOf = fileKeys(data.cwd, resolved.baseDir);
  const languageDetector = await languageDetectorFor(config);
  const run = new LintRun(config, resolved.loaded.rules, { mask: data.mask, reportUnusedIgnores: data.reportUnusedIgnores, ...(languageDetector ? { languageDetector } : {}) });

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
