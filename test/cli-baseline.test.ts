import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG as BASE_CONFIG, presence, tempDir } from './support/cli.js';

/** The example config with only the word-list rules, so the counts below are party-photo's. */
const EXAMPLE_CONFIG = `${BASE_CONFIG}rules:\n  off-positioning: off\n  broadcast-only: off\n`;

const PARTY = '---\npresence: professional\n---\nSo hungover after the keg party';

describe('baselines', () => {
  it('records the current findings, then reports only new ones and says how many were left out', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/old.md': PARTY, 'posts/clean.md': 'Adoption day!' });
    const write = presence(['check', 'posts', '--write-baseline'], { cwd: dir });
    expect(write).toEqual({ code: 0, stdout: '', stderr: 'presence: wrote 2 findings to .presence-baseline.json; later runs report only new ones.\n' });
    const baseline = JSON.parse(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(Object.values(baseline.findings)).toEqual([{ ruleId: 'party-photo', file: 'posts/old.md', count: 2 }]);

    const again = presence(['check', 'posts'], { cwd: dir });
    expect(again).toEqual({ code: 0, stdout: '', stderr: 'presence: 2 findings are in the baseline .presence-baseline.json and not shown.\n' });

    writeFileSync(path.join(dir, 'posts/new.md'), PARTY.replace('keg party', 'bar crawl'));
    const fresh = presence(['check', 'posts', '-f', 'json'], { cwd: dir });
    expect(fresh.code).toBe(1);
    const files = JSON.parse(fresh.stdout) as { filePath: string; messages: unknown[] }[];
    expect(files.filter((f) => f.messages.length).map((f) => f.filePath)).toEqual(['posts/new.md']);
  });

  it('is not disturbed by edits elsewhere in the file or by where presence runs', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/old.md': PARTY });
    presence(['check', '.', '--write-baseline'], { cwd: dir });
    writeFileSync(path.join(dir, 'posts/old.md'), PARTY.replace('presence: professional', 'presence: professional\ndate: 2026-12-01'));
    expect(presence(['check', 'old.md'], { cwd: path.join(dir, 'posts') }).code).toBe(0);
  });

  it('a changed post is new again', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': PARTY });
    presence(['check', 'a.md', '--write-baseline'], { cwd: dir });
    writeFileSync(path.join(dir, 'a.md'), `${PARTY} at the lake`);
    expect(presence(['check', 'a.md'], { cwd: dir }).code).toBe(1);
  });

  it('reports stale entries, and --prune-baseline drops them', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': PARTY, 'b.md': PARTY });
    presence(['check', '.', '--write-baseline'], { cwd: dir });
    writeFileSync(path.join(dir, 'b.md'), 'Adoption day!');
    const stale = presence(['check', '.'], { cwd: dir });
    expect(stale.stderr).toMatch(/1 baseline entry matches nothing any more; run with --prune-baseline to drop it/);
    const pruned = presence(['check', '.', '--prune-baseline'], { cwd: dir });
    expect(pruned.stderr).toMatch(/pruned 1 stale entry from \.presence-baseline\.json/);
    const baseline = JSON.parse(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8'));
    expect(Object.values(baseline.findings).map((e) => (e as { file: string }).file)).toEqual(['a.md']);
  });

  it('--baseline names another file, which must exist', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': PARTY });
    presence(['check', 'a.md', '--write-baseline', '--baseline', 'known.json'], { cwd: dir });
    expect(presence(['check', 'a.md', '--baseline', 'known.json'], { cwd: dir }).code).toBe(0);
    const missing = presence(['check', 'a.md', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^presence: nope\.json: cannot read the baseline: no such file$/m);
    writeFileSync(path.join(dir, 'bad.json'), '{"x":1}');
    expect(presence(['check', 'a.md', '--baseline', 'bad.json'], { cwd: dir }).stderr).toMatch(/invalid baseline: not a presence baseline/);
  });
});

describe('pruning a baseline after a partial run', () => {
  it('keeps the entries of files the run did not check, and hints to prune only after a run over the whole project', () => {
    const PARTY_POST = '---\npresence: professional\n---\nFive rounds of shots, still hungover\n';
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': PARTY_POST, 'b.md': PARTY_POST });
    expect(presence(['check', '.', '--write-baseline'], { cwd: dir }).code).toBe(0);
    const before = JSON.parse(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8')).findings;
    writeFileSync(path.join(dir, 'a.md'), 'Adoption day! What questions do you have?\n');
    // Only b.md checked: a.md's entries are stale, but this run cannot know it.
    const partial = presence(['check', 'b.md', '--prune-baseline'], { cwd: dir });
    expect(partial.stderr).toMatch(/pruned 0 stale entries from \.presence-baseline\.json \(entries of files not checked in this run are kept\)/);
    expect(JSON.parse(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8')).findings).toEqual(before);
    expect(presence(['check', 'b.md'], { cwd: dir }).stderr).not.toContain('--prune-baseline');
    const whole = presence(['check', '.'], { cwd: dir });
    expect(whole.stderr).toMatch(/baseline entr(y matches|ies match) nothing any more; run with --prune-baseline/);
  });
});
