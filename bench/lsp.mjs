// How soon `presence lsp` shows the findings of a post: the time from the
// client's didOpen of a 2 KB post to the server's publishDiagnostics for it,
// measured by a JSON-RPC client over the server's stdio as an editor talks
// to it (npm run build first). Three figures, each the median of its runs:
//   first open   the first post a fresh server sees (its config read, the
//                rules' data loaded, the schedule read: what a user waits for
//                after opening the editor); one new server per run
//   later opens  other 2 KB posts opened in the same server
//   keystroke    an edit of an open post to its new diagnostics, the 150 ms
//                pause the server waits for included
// and `node -e 0`, to tell a slow machine from a slow server.
// BENCH_RUNS (default 11) fresh servers, 10 later opens and 5 keystrokes each.
// Results go to BENCHMARKS.md by hand; no test asserts a timing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench/.work/lsp');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const LATER = 10;
const KEYSTROKES = 5;

/** A professional post of about 2 KB (UTF-8) with findings in its first and last paragraphs. */
function post(n) {
  const paragraphs = [
    `What a night with the Happy Paws Rescue team after our fundraising gala (#${n}).`,
    'Five rounds of shots and I am still hungover this morning.',
    'Thank you to every volunteer who walked dogs, cleaned kennels and answered the phones this month. Our adoption counsellors matched 42 families with a new companion, and the foster network grew to 130 homes across the county.',
    'This weekend we open the doors from 10 to 4: meet the dogs, talk to our vets about vaccinations and microchips, and bring the kids to the reading corner where they can read to the shy ones. 🐶📚',
    'Adoption fees are waived for seniors over seven years old, and every adopter leaves with a starter kit: a lead, a bag of food and a voucher for the first check-up at the clinic.',
    'We are also looking for weekend drivers who can take dogs to the vet and back, and for a volunteer who knows spreadsheets to help us keep the foster rota in order.',
    'If you cannot adopt, share this post: every share reaches someone who might. Questions? Reply here or send us a message, we answer every one of them.',
  ];
  let text = `---\npresence: professional\nplatforms: [linkedin]\n---\n${paragraphs.join('\n\n')}\n`;
  while (Buffer.byteLength(text) < 2048) text += '\nSee you on Saturday, and thank you for helping us find them homes.\n';
  return text;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function startServer(dir) {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []), path.join(ROOT, 'dist/presence.cjs'), 'lsp'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const done = waiting.get(`${params.uri}@${params.version}`);
    if (done) done(params);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  /** Sends a notification and resolves with the time (ms) until the diagnostics of that version arrive. */
  const timed = (uri, version, send) =>
    new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version}`)), 30_000);
      waiting.set(`${uri}@${version}`, (params) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        waiting.delete(`${uri}@${version}`);
        if (params.diagnostics.length === 0) reject(new Error(`no findings for ${uri}: the bench post must have some`));
        else resolve(ms);
      });
      void send();
    });
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise((resolve) => child.on('exit', resolve));
    connection.dispose();
  };
  return { connection, timed, stop };
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(path.join(WORK, 'posts'), { recursive: true });
copyFileSync(path.join(ROOT, 'bench/presencerc.yaml'), path.join(WORK, '.presencerc.yaml'));
for (let i = 0; i <= LATER; i++) writeFileSync(path.join(WORK, `posts/post-${i}.md`), post(i));
console.log(`post size: ${Buffer.byteLength(post(0))} bytes; ${RUNS} fresh servers, ${LATER} later opens and ${KEYSTROKES} keystrokes each`);

const first = [];
const later = [];
const keystrokes = [];
for (let run = 0; run < RUNS; run++) {
  const server = await startServer(WORK);
  const open = (i) => {
    const uri = pathToFileURL(path.join(WORK, `posts/post-${i}.md`)).href;
    return server.timed(uri, 1, () => server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: post(i) } }));
  };
  first.push(await open(0));
  for (let i = 1; i <= LATER; i++) later.push(await open(i));
  const uri = pathToFileURL(path.join(WORK, 'posts/post-1.md')).href;
  for (let k = 0; k < KEYSTROKES; k++) {
    const version = k + 2;
    const text = post(1).replace('fundraising gala', `fundraising gala${'!'.repeat(k + 1)}`);
    keystrokes.push(await server.timed(uri, version, () => server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })));
  }
  await server.stop();
}
// The machine's yardstick, as in BENCHMARKS.md: a bare Node start, timed the same way now.
const bare = [];
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const fmt = (values) => `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, n=${values.length})`;
console.log(`first open:  ${fmt(first)}`);
console.log(`later opens: ${fmt(later)}`);
console.log(`keystroke:   ${fmt(keystrokes)} (the 150 ms pause included)`);
console.log(`node -e 0:   ${fmt(bare)} (the machine's yardstick)`);
