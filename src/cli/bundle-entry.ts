// What dist/program.cjs exports: the command, the real world it runs in,
// and the worker threads of a large check. scripts/bundle.mjs bundles this
// file; bin/presence.ts loads the bundle.
export { describeStrayError, run } from './program.js';
export { nodeIo } from './node-io.js';
export { lintWorker } from '../engine/lint-worker.js';
