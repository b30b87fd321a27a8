// The floor of issue 2's benchmark: read every file under a folder, as
// presence must, and do nothing else.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];
const names = await readdir(dir);
let bytes = 0;
let next = 0;
async function worker() {
  while (next < names.length) {
    const name = names[next++];
    bytes += (await readFile(path.join(dir, name), 'utf8')).length;
  }
}
await Promise.all(Array.from({ length: 64 }, worker));
if (bytes === 0) process.exitCode = 1;
