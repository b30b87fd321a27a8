import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/**
 * The integration files the README shows are these fixtures; their commands
 * are run here as their tools would run them.
 */
const fixture = (name: string) => readFileSync(path.join(ROOT, 'fixtures/integrations', name), 'utf8');
const PARTY = '---\npresence: professional\n---\nStill hungover from the keg party, what a night\n';

/** `npx presence check ...` as argv for the built binary. */
function argv(command: string): string[] {
  const words = command.trim().split(/\s+/);
  expect(words.slice(0, 2)).toEqual(['npx', 'presence']);
  return words.slice(2);
}

describe('the GitHub Actions workflow of the README', () => {
  const workflow = parse(fixture('.github/workflows/posts.yml')) as { jobs: { presence: { steps: { run?: string; name?: string }[] } } };
  const runs = workflow.jobs.presence.steps.filter((s) => s.run && s.run.includes('presence'));

  it('annotates findings with workflow commands, and fails the job on errors', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/a.md': PARTY });
    const r = presence(argv(runs[0]!.run!), { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=posts\/a\.md,line=4,col=\d+,endLine=4,endColumn=\d+,title=party-photo::/m);
  });

  it('writes a SARIF log for code scanning', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/a.md': PARTY });
    const r = presence(argv(runs[1]!.run!), { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'presence.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'party-photo')).toBe(true);
  });
});

describe('husky and lint-staged', () => {
  it('lint-staged runs presence on the staged post files it names', () => {
    const config = JSON.parse(fixture('.lintstagedrc.json')) as Record<string, string>;
    const [glob, command] = Object.entries(config)[0]!;
    expect(glob).toContain('md');
    expect(fixture('.husky/pre-commit').trim()).toBe('npx lint-staged');
    // lint-staged appends the staged files' paths to the command.
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': PARTY, 'b.txt': 'Adoption day! What questions do you have?' });
    const words = command.split(/\s+/);
    expect(words[0]).toBe('presence');
    const r = presence([...words.slice(1), path.join(dir, 'a.md'), path.join(dir, 'b.txt')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/hungover/);
  });
});

describe('the pre-commit framework config of the README', () => {
  it('names the hook that .pre-commit-hooks.yaml defines', () => {
    const config = parse(fixture('.pre-commit-config.yaml')) as { repos: { hooks: { id: string }[] }[] };
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    expect(hooks).toMatchObject([{ id: 'presence', entry: 'presence check --', language: 'node' }]);
    expect(config.repos[0]!.hooks[0]!.id).toBe(hooks[0]!.id);
  });
});
