// Part of npm run bench: a bulk schedule of up to 1,000,000 rows, made from
// the 10,000 real tweets (each used 100 times, one row every 30 seconds, so
// copies of a tweet are 3.5 days apart), checked by presence as a stream.
// Prints wall time and peak resident memory (GNU time's %M) per size.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export async function makeCsv(corpus, file, rows) {
  if (existsSync(file)) return;
  const posts = readFileSync(corpus, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out = createWriteStream(file);
  const start = Date.UTC(2027, 0, 1);
  out.write('date,message\n');
  for (let i = 0; i < rows; i++) {
    const date = new Date(start + i * 30_000).toISOString().slice(0, 16).replace('T', ' ');
    const text = posts[i % posts.length].replace(/"/g, '""');
    if (!out.write(`${date},"${text}"\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Runs presence on a CSV under GNU time; wall seconds and peak RSS in MB. */
export function measure(node, bin, config, file, nodeFlags = []) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', node, ...nodeFlags, bin, 'check', '-c', config, '--quiet', '-f', 'compact', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.error) throw new Error(`/usr/bin/time (GNU time) could not run: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`presence failed on ${file} (${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
  const last = r.stderr.trim().split('\n').pop();
  const [seconds, kb] = last.split(' ').map(Number);
  if (!Number.isFinite(seconds) || !Number.isFinite(kb) || kb <= 0) throw new Error(`no wall time and peak memory from /usr/bin/time: ${last}`);
  return { seconds, mb: kb / 1024 };
}
