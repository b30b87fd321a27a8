// Builds presence after `npm install` (or `npm ci`) in a clone of its
// repository, so that `npx presence` works right after it. An installed
// package is built already: it has no tsconfig.json, and this does nothing.
//
// Why not `prepare`: `npm pack` runs `prepare` and prints its banner on
// stdout, and the pre-commit framework (before 4.x) reads the name of the
// packed file from that stdout, so a `prepare` script breaks
// `language: node` hooks installed from this repository.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}/tsconfig.json`)) execSync('npm run build', { cwd: root, stdio: 'inherit' });
