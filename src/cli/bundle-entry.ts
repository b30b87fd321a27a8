// What dist/program.cjs exports: the library API (src/index.ts, which
// dist/index.mjs re-exports for `import 'presence-lint'`), the command, the
// real world it runs in, and the worker threads of a large check.
// scripts/bundle.mjs bundles this file; bin/presence.ts loads the bundle.
// One bundle serves both, so the published package does not also install
// the libraries the bundle holds.
export * from '../index.js';
export { describeStrayError, run } from './program.js';
export { nodeIo } from './node-io.js';
export { lintWorker } from '../engine/lint-worker.js';
