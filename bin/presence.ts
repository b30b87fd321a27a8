#!/usr/bin/env node
// The command. It used to set V8's --no-regexp-tier-up here, with
// v8.setFlagsFromString, to compile each pattern once, to machine code (a
// tenth of a 10,000-file run): changed after start-up, that flag crashed
// Node 24 in about one run in fifteen (segmentation fault), so it is gone.
const { nodeIo } = await import('../src/cli/node-io.js');
const { run } = await import('../src/cli/program.js');
process.exitCode = await run(process.argv.slice(2), nodeIo());
