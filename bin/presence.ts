#!/usr/bin/env node
// The command: loads dist/program.cjs with its code cache (see
// src/cli/launch.ts) and runs it; started as a worker thread by a large
// check (src/engine/parallel.ts), it checks the files it is sent. Bundled as
// CommonJS (dist/presence.cjs), which Node starts a few milliseconds sooner
// than an ES module. It used to set V8's --no-regexp-tier-up here, with
// v8.setFlagsFromString: changed after start-up, that flag crashed Node 24
// in about one run in fifteen, so patterns are compiled to machine code
// another way (src/core/native-regexp.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadProgram } from '../src/cli/launch.js';
import { WORKER_ARGUMENT } from '../src/engine/parallel.js';

const self = fileURLToPath(import.meta.url);
const { program } = loadProgram(fileURLToPath(new URL('./program.cjs', import.meta.url)));
// A worker thread is told by an argument, so that a run of the command does not load node:worker_threads (2 ms).
const threads = process.argv.includes(WORKER_ARGUMENT) ? (createRequire(self)('node:worker_threads') as typeof import('node:worker_threads')) : undefined;
if (threads && !threads.isMainThread) {
  void program.lintWorker(threads.parentPort!, threads.workerData, program.nodeIo());
} else {
  // An error that escaped every call (a plugin's timer that throws, a promise it never awaits) is
  // one line naming the plugin and exit code 2, not Node's stack trace and exit code 1.
  let stray = false;
  const onStray = (error: unknown): void => {
    if (!stray) process.stderr.write(program.describeStrayError(error, process.argv.includes('--debug')));
    stray = true;
    process.exitCode = 2;
  };
  process.on('uncaughtException', onStray);
  process.on('unhandledRejection', onStray);
  void program.run(process.argv.slice(2), program.nodeIo({ workerScript: self })).then((code) => {
    process.exitCode = stray ? 2 : code;
  });
}
