import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/rule-tester.js';

// The launcher compiles dist/program.cjs with V8's code cache
// (src/cli/launch.ts). Each load runs in a process of its own: in one
// process V8 would find the script in its own memory and never look at the
// cache.
const LAUNCH = path.join(ROOT, 'dist/src/cli/launch.js');

function node(script: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** Loads `file` with the launcher in a new process: what it exports as `value`, and whether V8 took the cache. */
function load(file: string): { value: string; cached: boolean } {
  return JSON.parse(
    node(`import { loadProgram } from ${JSON.stringify(LAUNCH)};
      const l = loadProgram(${JSON.stringify(file)});
      console.log(JSON.stringify({ value: l.program.value(), cached: l.cached }));`),
  );
}

/** Writes the cache of `file` from a new process, after calling its function once (so its code is compiled). */
function makeCache(file: string): void {
  node(`import { writeFileSync } from 'node:fs';
    import { cacheBytes, cacheFileOf, loadProgram } from ${JSON.stringify(LAUNCH)};
    const l = loadProgram(${JSON.stringify(file)}, { cache: false });
    l.program.value();
    writeFileSync(cacheFileOf(${JSON.stringify(file)}), cacheBytes(l));`);
}

function program(value: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presence-launch-'));
  const file = path.join(dir, 'program.cjs');
  writeFileSync(file, `exports.value = function value() { return ${JSON.stringify(value)}; };\n`);
  return file;
}

describe('the launcher', () => {
  it('compiles the program from a cache made for it by this Node.js', () => {
    const file = program('first');
    expect(load(file)).toEqual({ value: 'first', cached: false });
    makeCache(file);
    expect(load(file)).toEqual({ value: 'first', cached: true });
  });

  it('never gives V8 the cache of another source, even one of the same length', () => {
    const file = program('first');
    makeCache(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('first', 'other'));
    expect(load(file)).toEqual({ value: 'other', cached: false });
    // V8 alone checks only the length: given that cache, it runs the old code.
    const stale = node(`import { readFileSync } from 'node:fs'; import vm from 'node:vm';
      import { wrapProgram } from ${JSON.stringify(LAUNCH)};
      const data = readFileSync(${JSON.stringify(`${file}.v8-cache`)}).subarray(64);
      const source = wrapProgram(readFileSync(${JSON.stringify(file)}, 'utf8'));
      const script = new vm.Script(source, { filename: ${JSON.stringify(file)}, cachedData: data });
      const m = { exports: {} }; script.runInThisContext()(m.exports, null, m, '', '');
      console.log(script.cachedDataRejected ? 'rejected' : m.exports.value());`);
    expect(stale).toBe('first');
  });

  it('runs the program without the cache when V8 refuses it', () => {
    const file = program('first');
    makeCache(file);
    const cache = readFileSync(`${file}.v8-cache`);
    // The right header, then bytes that are not V8's.
    writeFileSync(`${file}.v8-cache`, Buffer.concat([cache.subarray(0, 64), Buffer.alloc(cache.length - 64, 7)]));
    expect(load(file)).toEqual({ value: 'first', cached: false });
    writeFileSync(`${file}.v8-cache`, 'not a cache');
    expect(load(file)).toEqual({ value: 'first', cached: false });
  });

  it("gives the program an import() that works when it is compiled from the cache (V8's own hook is lost then)", () => {
    const file = program('first');
    writeFileSync(file, "exports.value = async function value() { return (await __presenceImport('node:path')).sep; };\n");
    const imported = () =>
      node(`import { loadProgram } from ${JSON.stringify(LAUNCH)};
        const l = loadProgram(${JSON.stringify(file)});
        console.log(JSON.stringify({ sep: await l.program.value(), cached: l.cached }));`);
    expect(JSON.parse(imported())).toEqual({ sep: '/', cached: false });
    makeCache(file);
    expect(JSON.parse(imported())).toEqual({ sep: '/', cached: true });
  });

  it('is built so that the command imports only through the launcher (a plain import() fails in code from the cache)', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist/program.cjs'), 'utf8');
    const imports = bundle.match(/(?<![\w$.])import\([^)]{0,40}\)/g) ?? [];
    // The one in import-module.ts, behind the launcher's. (cosmiconfig's loaders of JavaScript and
    // TypeScript configs went with cosmiconfig: configs are data.)
    expect(imports.sort()).toEqual(['import(specifier)']);
  });

  it('is built with a cache of the bundled command', () => {
    const cache = readFileSync(path.join(ROOT, 'dist/program.cjs.v8-cache'));
    expect(cache.toString('latin1', 0, 20)).toBe('presence-v8-cache 1 ');
    expect(cache.length).toBeGreaterThan(100_000);
  });
});
