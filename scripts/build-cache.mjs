// Part of `npm run build` (after scripts/bundle.mjs), and of an installed
// package's postinstall: writes V8's code cache of dist/program.cjs,
// dist/program.cjs.v8-cache, for the Node.js that runs it (V8 refuses a
// cache made by another version). It loads the program
// without a cache, checks a few sample posts with the example config, as a
// user's run would, and saves the bytecode V8 compiled for all that
// (src/cli/launch.ts explains the format). Prints nothing: the pre-commit
// framework reads `npm pack`'s output.
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheBytes, cacheFileOf, loadProgram } from '../dist/src/cli/launch.js';

const programFile = fileURLToPath(new URL('../dist/program.cjs', import.meta.url));
const config = fileURLToPath(new URL('../.presencerc.example.yaml', import.meta.url));

// Posts that take most rules down their long paths: a party, a phone number,
// an address, a birthday, links, mentions, hashtags, a repost of the brand,
// front matter, a thread.
const SAMPLES = [
  ['post.txt', 'Keg party at 1200 Oak Street tonight! Call me at 503-555-0123, my birthday is March 3, 1990. #party #fun #weekend #friday #drinks\n'],
  [
    'post.md',
    '---\npresence: personal\nplatforms: [x, bluesky]\n---\nRT @happypaws: 20% off adoption fees at Happy Paws Rescue this weekend only, use promo code PAWS20! https://happypaws.org/adopt #AdoptDontShop\n',
  ],
  ['post.csv', 'date,text,presence\n2026-01-05 09:00,"Hungover again, what a night. Damn.",personal\n2026-01-05 10:00,"Hungover again, what a night. Damn.",personal\n'],
];

const loaded = loadProgram(programFile, { cache: false });
const { run, nodeIo } = loaded.program;
for (const [name, text] of SAMPLES) {
  for (const format of ['stylish', 'json']) {
    let out = '';
    const io = {
      ...nodeIo(),
      stdout: { write: (s) => void (out += s), isTTY: false },
      stderr: { write: () => {}, isTTY: false },
      readStdin: async () => new TextEncoder().encode(text),
    };
    const code = await run(['check', '--config', config, '--stdin-filename', name, '--format', format, '-'], io);
    const found = format === 'json' ? JSON.parse(out).reduce((n, file) => n + file.messages.length, 0) : undefined;
    if (code > 1 || found === 0) throw new Error(`build-cache: checking the sample ${name} exited with ${code}${found === 0 ? ', with no findings' : ''}`);
  }
}
// Beside it first, then renamed: a command starting meanwhile reads the old cache or the new, never half of one.
const cacheFile = cacheFileOf(programFile);
writeFileSync(`${cacheFile}.${process.pid}.tmp`, cacheBytes(loaded));
renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
