#!/usr/bin/env node
// The command: loads dist/program.cjs with its code cache (see
// src/cli/launch.ts) and runs it; started as a worker thread by a large
// check (src/cli/parallel.ts), it checks the files it is sent. Bundled as
// CommonJS (dist/presence.cjs), which Node starts a few milliseconds sooner
// than an ES module. It used to set V8's --no-regexp-tier-up here, with
// v8.setFlagsFromString: changed after start-up, that flag crashed Node 24
// in about one run in fifteen, so patterns are compiled to machine code
// another way (src/core/native-regexp.ts).
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadProgram } from '../src/cli/launch.js';

const self = fileURLToPath(import.meta.url);
const { program } = loadProgram(fileURLToPath(new URL('./program.cjs', import.meta.url)));
if (isMainThread) {
  void program.run(process.argv.slice(2), program.nodeIo({ workerScript: self })).then((code) => {
    process.exitCode = code;
  });
} else {
  void program.lintWorker(parentPort!, workerData, program.nodeIo());
}
