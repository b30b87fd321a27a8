import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as builtInRules } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { LintRun } from '../src/core/lint.js';
import type { Problem } from '../src/core/types.js';
import { readPostFiles, settingsForFiles, type InputFile } from '../src/engine/files.js';
import { loadOverrideMatcher } from '../src/config/overrides.js';
import { lintWorker, type WorkerPort } from '../src/engine/lint-worker.js';
import { nodeIo } from '../src/cli/node-io.js';
import { isConcurrency, lintInThreads, threadCount, type FromWorker, type LintWorker, type LintWorkerData, type ToWorker } from '../src/engine/parallel.js';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { realTweets } from './support/real-posts.js';

const tweets = realTweets();

/**
 * A folder of posts that exercises everything a run carries between
 * threads: findings of per-post rules, duplicates across files (a collection
 * rule), ignore entries used and unused, an ignore of a collection rule,
 * files that cannot be read as posts, and posts scheduled on dates.
 */
function folder(): string {
  const files: Record<string, string | Uint8Array> = { '.presencerc.yaml': EXAMPLE_CONFIG };
  for (let i = 0; i < 120; i++) files[`posts/tweet-${String(i).padStart(3, '0')}.txt`] = `${tweets[i]}\n`;
  for (let i = 0; i < 6; i++) {
    files[`posts/dup-${i}.md`] = `---\npresence: personal\ndate: 2026-03-0${i + 1}\n---\nKeg party at my place tonight, bring everyone! Call 503-555-01${10 + i}\n`;
  }
  files['posts/ignored.md'] =
    '---\npresence: personal\ndate: 2026-03-02\nignore:\n  party-photo: a costume party for the shelter\n  profanity: nothing to hide\n  duplicate-post: the same invitation on purpose\n---\nKeg party at my place tonight, bring everyone! Call 503-555-0110\n';
  files['posts/binary.txt'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  files['posts/schedule.csv'] = 'date,text,presence\n2026-03-01 09:00,"Hungover again, what a night",personal\n2026-03-02 09:00,"Hungover again, what a night",personal\n';
  return tempDir(files);
}

describe('checking on several threads', () => {
  it('reports exactly what one thread reports: findings, duplicates across files, ignores, problems, counts, exit code', () => {
    const dir = folder();
    const args = ['check', '--format', 'json', '--report-unused-ignores', 'posts'];
    const one = presence([...args, '--concurrency', 'off'], { cwd: dir });
    expect(one.code).toBe(2); // the binary file
    const found = JSON.parse(one.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const ruleIds = new Set(found.flatMap((f) => f.messages.map((m) => m.ruleId)));
    for (const id of ['party-photo', 'personal-info', 'duplicate-post', 'unused-ignore']) expect(ruleIds, id).toContain(id);
    expect(one.stderr).toContain('binary.txt');
    for (const threads of ['2', '3']) {
      // Every batch to the workers: left to itself, this thread may check a small folder before a worker has started.
      const many = presence([...args, '--concurrency', threads], { cwd: dir, env: { PRESENCE_WORKERS_ONLY: '1' } });
      expect(many.stdout, threads).toBe(one.stdout);
      expect(many.stderr, threads).toBe(one.stderr);
      expect(many.code, threads).toBe(one.code);
    }
    // And the stylish report's post count.
    const stylish = (c: string) => presence(['check', '--concurrency', c, 'posts'], { cwd: dir, env: { PRESENCE_WORKERS_ONLY: '1' } }).stdout;
    expect(stylish('2')).toBe(stylish('off'));
  });

  it('refuses a --concurrency that is not auto, off or a number of threads', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.txt': 'Hello\n' });
    const r = presence(['check', '--concurrency', 'many', 'post.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency.*expected auto, off, or a number of threads/);
    expect(['auto', 'off', '1', '16'].every(isConcurrency)).toBe(true);
    expect(['0', '-1', 'on', '1.5', ''].some(isConcurrency)).toBe(false);
  });

  it('chooses the number of threads', () => {
    expect(threadCount('off', 50_000, 8)).toBe(1);
    expect(threadCount('auto', 999, 8)).toBe(1);
    expect(threadCount('auto', 2_500, 8)).toBe(2);
    expect(threadCount('auto', 50_000, 8)).toBe(4);
    expect(threadCount('auto', 50_000, 1)).toBe(1);
    expect(threadCount('3', 50_000, 2)).toBe(3);
    expect(threadCount('8', 2, 2)).toBe(2);
  });

  it('checks here the files of a worker that fails, those it had finished too, and loses nothing', async () => {
    const dir = folder();
    const io = { ...nodeIo(), cwd: dir };
    const loaded = await loadConfig({ cwd: dir, rules: builtInRules });
    const config = loaded.config!;
    const settingsFor = settingsForFiles(config, await loadOverrideMatcher(config, dir), undefined);
    const files: InputFile[] = (await io.readdir(path.join(dir, 'posts')))
      .map((d) => ({ shown: `posts/${d.name}`, absolute: path.join(dir, 'posts', d.name) }))
      .sort((a, b) => (a.shown < b.shown ? -1 : 1));
    const keyed = (run: LintRun) => (file: Parameters<LintRun['addFile']>[0]) => {
      file.key = file.filePath;
      run.addFile(file);
    };
    const data: LintWorkerData = { cwd: dir, configFile: undefined, presence: undefined, mask: true, reportUnusedIgnores: true };

    const alone = new LintRun(config, loaded.rules, { mask: true, reportUnusedIgnores: true });
    const aloneRead = await readPostFiles(io, files, (f) => settingsFor(f.absolute), keyed(alone));
    const expected = { results: alone.finish(), problems: [...aloneRead.problems, ...alone.problems] };

    // Workers in this thread, through the real worker code; `failAfter` makes one stop after that many batches.
    const inThread = (failAfter?: number): LintWorker => {
      const toWorker: ((m: ToWorker) => void)[] = [];
      const fromWorker: ((m: FromWorker) => void)[] = [];
      const failures: ((e: Error) => void)[] = [];
      let closed = false;
      let batches = 0;
      const port: WorkerPort = {
        postMessage: (m) => {
          if (closed) return;
          if (m.type === 'done' && failAfter !== undefined && ++batches > failAfter) {
            closed = true;
            setImmediate(() => failures.forEach((f) => f(new Error('the worker thread exited with code 1'))));
            return;
          }
          setImmediate(() => fromWorker.forEach((f) => f(structuredClone(m))));
        },
        on: (_event, listener) => void toWorker.push(listener),
        close: () => {},
      };
      void lintWorker(port, data, { ...nodeIo(), cwd: dir });
      return {
        send: (m) => setImmediate(() => !closed && toWorker.forEach((f) => f(structuredClone(m)))),
        onMessage: (l) => void fromWorker.push(l),
        onFailure: (l) => void failures.push(l),
        close: () => void (closed = true),
      };
    };

    const cases: [string, () => LintWorker[], boolean][] = [
      ['one worker', () => [inThread()], true],
      ['one that fails after a batch: all its batches come back here', () => [inThread(1)], true],
      ['two that fail, one at once', () => [inThread(0), inThread(2)], true],
      ['one fails, the other takes its batches', () => [inThread(1), inThread()], true],
      ['two workers and this thread', () => [inThread(), inThread()], false],
    ];
    for (const [name, workers, workersOnly] of cases) {
      const run = new LintRun(config, loaded.rules, { mask: true, reportUnusedIgnores: true });
      let here = 0;
      const checkHere = async (batch: readonly InputFile[]): Promise<Problem[]> => {
        here += batch.length;
        return (await readPostFiles(io, batch, (f) => settingsFor(f.absolute), keyed(run))).problems;
      };
      const started = workers();
      const parallel = await lintInThreads({ files, workers: started, run, here: checkHere, workersOnly });
      if (name === 'one worker') expect(here, name).toBe(0);
      if (name.startsWith('one that fails')) expect(here, name).toBeGreaterThan(16);
      run.problems.length = 0;
      run.problems.push(...parallel.lintProblems);
      const results = run.finish();
      const sort = (r: typeof results) => [...r].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
      expect(sort(results), name).toEqual(sort(expected.results));
      expect([...parallel.readProblems, ...run.problems].map((p) => p.message), name).toEqual(expected.problems.map((p) => p.message));
    }
  });
});
