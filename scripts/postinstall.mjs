// Builds presence after `npm install` (or `npm ci`) in a clone of its
// repository, so that `npx presence` works right after it. An installed
// package is built already (it has no tsconfig.json): there this only
// writes the code cache again for the Node.js that installs it
// (scripts/build-cache.mjs), and an install never fails for want of it:
// without a cache presence starts about 30 ms slower, nothing else.
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
else {
  try {
    execSync(`"${process.execPath}" scripts/build-cache.mjs`, { cwd: root, stdio: 'ignore' });
  } catch {
    // A read-only or unusual install: presence runs without the cache.
  }
}
