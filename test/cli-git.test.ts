import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';

const PARTY = '---\npresence: professional\n---\nStill hungover from the keg party';

/** A git repository with presence "installed" in node_modules/.bin, as a project that depends on it. */
function repo(files: Record<string, string> = {}): string {
  const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, ...files });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, path.join(dir, 'node_modules/.bin/presence'));
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
  return dir;
}

function git(dir: string, ...args: string[]) {
  return spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: cleanEnv({ HOME: dir }) });
}

describe('presence check --staged', () => {
  it('checks what will be committed, not the working tree', () => {
    const dir = repo({ 'posts/a.md': PARTY, 'posts/b.md': 'Adoption day!' });
    git(dir, 'add', 'posts/a.md');
    writeFileSync(path.join(dir, 'posts/a.md'), 'Adoption day at the shelter! What questions do you have?');
    const r = presence(['check', '--staged', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(files.map((f) => f.filePath)).toEqual(['posts/a.md']);
    expect(files[0]!.messages.filter((m) => m.ruleId === 'party-photo').map((m) => m.line)).toEqual([4, 4]);
    expect(r.code).toBe(1);
  });

  it('skips deleted and ignored files, and files outside the named paths', () => {
    const dir = repo({ 'posts/a.md': PARTY, 'drafts/b.md': PARTY, 'other/c.md': PARTY, '.presenceignore': 'drafts/\n' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'x', '--no-verify');
    writeFileSync(path.join(dir, 'posts/a.md'), `${PARTY}!`);
    writeFileSync(path.join(dir, 'drafts/b.md'), `${PARTY}!`);
    writeFileSync(path.join(dir, 'other/c.md'), `${PARTY}!`);
    git(dir, 'rm', '-q', '--cached', 'posts/a.md');
    git(dir, 'add', 'drafts/b.md', 'other/c.md');
    const r = presence(['check', '--staged', 'posts', 'drafts', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([]);
    const all = presence(['check', '--staged', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(all.stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual(['other/c.md']);
  });

  it('says clearly when it is not in a git repository', () => {
    const r = presence(['check', '--staged'], { cwd: tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG }) });
    expect(r).toMatchObject({ code: 2, stderr: 'presence: --staged needs a git repository, and this folder is not in one\n' });
  });
});

describe('presence install-hook', () => {
  it('writes an executable pre-commit hook that stops a commit with a finding', () => {
    const dir = repo({ 'posts/a.md': PARTY, 'posts/ok.md': 'Adoption day! What questions do you have?' });
    const r = presence(['install-hook'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'presence: wrote .git/hooks/pre-commit; each commit now checks its staged posts.\n' });
    expect(statSync(path.join(dir, '.git/hooks/pre-commit')).mode & 0o111).not.toBe(0);

    git(dir, 'add', 'posts/a.md', '.presencerc.yaml', '.gitignore');
    const bad = git(dir, 'commit', '-m', 'party');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/posts\/a\.md[\s\S]*hungover[\s\S]*party-photo/);

    git(dir, 'reset', '-q');
    git(dir, 'add', 'posts/ok.md', '.presencerc.yaml', '.gitignore');
    const good = git(dir, 'commit', '-m', 'adoption day');
    expect(good.status, good.stdout + good.stderr).toBe(0);
  });

  it('never overwrites an existing hook without --force', () => {
    const dir = repo();
    writeFileSync(path.join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho mine\n');
    const r = presence(['install-hook'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: \.git\/hooks\/pre-commit: a pre-commit hook exists already; not overwritten/);
    expect(readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(presence(['install-hook', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8')).toMatch(/presence check --staged/);
  });
});

describe('the hook install-hook writes', () => {
  it('runs the presence that wrote it, wherever that is installed, and says how to install it when it is gone', () => {
    const dir = repo({ 'posts/a.md': PARTY });
    // No node_modules in the repository, and no presence on PATH: only the one that wrote the hook can run.
    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expect(presence(['install-hook'], { cwd: dir }).code).toBe(0);
    const hook = readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8');
    expect(hook).toContain(`'${process.execPath}' '${BIN}' check --staged`);
    expect(hook).not.toContain('npx --no-install');
    const env = cleanEnv({ HOME: dir, PATH: '/usr/bin:/bin' });
    git(dir, 'add', 'posts/a.md', '.presencerc.yaml', '.gitignore');
    const bad = spawnSync('git', ['commit', '-m', 'party'], { cwd: dir, env, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/hungover[\s\S]*party-photo/);

    // The same hook with the launcher moved away: one clear message, the commit stopped.
    writeFileSync(path.join(dir, '.git/hooks/pre-commit'), hook.split(BIN).join('/nonexistent/presence.cjs'));
    const gone = spawnSync('git', ['commit', '-m', 'party'], { cwd: dir, env, encoding: 'utf8' });
    expect(gone.status).not.toBe(0);
    expect(gone.stderr).toContain('presence: this pre-commit hook cannot find presence (it was at /nonexistent/presence.cjs).');
    expect(gone.stderr).toContain('hint: install it in the project (npm install --save-dev presence-lint)');
  });
});
