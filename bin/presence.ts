#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// presence compiles a few large word-list patterns and runs them on every
// post. V8 would first compile each to bytecode and then again to machine
// code; compiling once to machine code saves about a third of a one-post run.
// Set before the rules are loaded, hence the dynamic imports.
setFlagsFromString('--no-regexp-tier-up');

const { nodeIo } = await import('../src/cli/node-io.js');
const { run } = await import('../src/cli/program.js');
process.exitCode = await run(process.argv.slice(2), nodeIo());
