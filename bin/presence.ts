#!/usr/bin/env node
import { nodeIo } from '../src/cli/node-io.js';
import { run } from '../src/cli/program.js';

process.exitCode = await run(process.argv.slice(2), nodeIo());
