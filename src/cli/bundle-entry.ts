// What dist/program.cjs exports: the command and the real world it runs in.
// scripts/bundle.mjs bundles this file; bin/presence.ts loads the bundle.
export { run } from './program.js';
export { nodeIo } from './node-io.js';
