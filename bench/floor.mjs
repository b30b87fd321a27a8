// The floor of the 10,000-file benchmark (issue 6): read every .txt file of a
// folder, as presence must, and run ONE combined regular expression of the
// 50 words of bench/words.json over each, counting the matches. Prints the
// count, so that the work cannot be optimised away (and so that the bench can
// check that textlint + prh reported the same number).
//
// The reads are synchronous, one file after the other (readFileSync). It is
// the fastest way Node has to read many small files that are in the page
// cache; measured on the bench machine, 10,000 files, median of 11 runs,
// alternating: readFileSync 151 ms; openSync/readSync into one reused buffer
// 156 ms (no faster); fs.readFile callbacks with 64 in flight 367 ms;
// fs/promises readFile with 64 in flight 563 ms (the old read-only script).
// Every async read is a round trip through libuv's thread pool, which costs
// more than the read itself for a file of 100 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { combinedPattern } from './words.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor.mjs <folder>');
  process.exit(2);
}
const pattern = combinedPattern();
let files = 0;
let matches = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(path.join(dir, name), 'utf8');
  files++;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) matches++;
}
if (files === 0) {
  console.error(`floor: no .txt file in ${dir}`);
  process.exit(2);
}
console.log(`${matches} matches in ${files} files`);
