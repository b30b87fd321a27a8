import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, EXAMPLE_CONFIG, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

/** A git repository in `dir` with the pre-commit hook installed; returns a runner of commands in it. */
function preCommitRepo(dir: string): (cmd: string, ...args: string[]) => SpawnSyncReturns<string> {
  const env = cleanEnv({ PRE_COMMIT_HOME: mkdtempSync(path.join(tmpdir(), 'pre-commit-home-')), HOME: dir });
  const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  run('git', 'init', '-q');
  run('git', 'config', 'user.email', 'test@example.com');
  run('git', 'config', 'user.name', 'Test');
  expect(run('pre-commit', 'install').status).toBe(0);
  return run;
}

/**
 * The real pre-commit framework installing presence from this repository
 * (its committed HEAD, as `rev`), as a team's repository of posts would.
 * CI installs pre-commit (Debian's package); without it, this runs only in CI,
 * where its absence is a failure.
 */
describe.skipIf(!hasPreCommit && !process.env.CI)('the pre-commit framework', () => {
  it('stops a commit whose post has a finding, showing it, and lets a clean post through', () => {
    expect(hasPreCommit, 'pre-commit is installed (.ci/run installs it)').toBe(true);
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      '.pre-commit-config.yaml': `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks: [{ id: presence }]\n`,
    });
    const run = preCommitRepo(dir);

    writeFileSync(path.join(dir, 'post.md'), '---\npresence: professional\n---\nStill hungover from the keg party\n');
    run('git', 'add', '.');
    const bad = run('git', 'commit', '-m', 'party');
    const output = bad.stdout + bad.stderr;
    expect(bad.status, output).not.toBe(0);
    expect(output).toMatch(/presence\.+Failed/);
    expect(output).toMatch(/post\.md\n(?:.*\n)*? +4:7 +error +"hungover" reads as partying/);

    writeFileSync(path.join(dir, 'post.md'), '---\npresence: professional\n---\nAdoption day at the shelter! What questions do you have about adopting?\n');
    run('git', 'add', '.');
    const good = run('git', 'commit', '-m', 'adoption day');
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/presence\.+Passed/);
  }, 300_000);
});

describe.skipIf(!hasPreCommit && !process.env.CI)('the pre-commit framework, with a team\'s configs', () => {
  it('uses the nested config of a posts folder, what it extends, and a plugin from additional_dependencies', () => {
    expect(hasPreCommit, 'pre-commit is installed (.ci/run installs it)').toBe(true);
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const plugin = path.join(ROOT, 'examples/presence-plugin-brand-voice');
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'team.yaml': 'plugins: [presence-plugin-brand-voice]\nrules:\n  exclamation-overuse: error\n',
      'brand-a/.presencerc.yaml': `extends: ../team.yaml\n${EXAMPLE_CONFIG}`,
      '.pre-commit-config.yaml': `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: presence\n        additional_dependencies: [${JSON.stringify(plugin)}]\n`,
    });
    const run = preCommitRepo(dir);

    // Outside brand-a the team's plugin rule is not configured: the post commits.
    writeFileSync(path.join(dir, 'other.txt'), 'Adoption day!!! Come and meet the dogs. What would you ask them?\n');
    run('git', 'add', '.');
    const outside = run('git', 'commit', '-m', 'other');
    expect(outside.status, outside.stdout + outside.stderr).toBe(0);

    writeFileSync(path.join(dir, 'brand-a/post.txt'), 'Adoption day!!! Come and meet the dogs. What would you ask them?\n');
    run('git', 'add', '.');
    const inside = run('git', 'commit', '-m', 'brand-a');
    const output = inside.stdout + inside.stderr;
    expect(inside.status, output).not.toBe(0);
    expect(output).toMatch(/brand-a\/post\.txt\n(?:.*\n)*?.*error.*exclamation-overuse/);
  }, 300_000);
});
