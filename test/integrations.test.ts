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

describe('the GitHub Actions workflow of docs/hooks-and-ci.md', () => {
  interface WorkflowStep { id?: string; uses?: string; if?: string; with?: Record<string, string> }
  const workflow = parse(fixture('.github/workflows/posts.yml')) as { jobs: { presence: { steps: WorkflowStep[] } } };
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

  it('is in the doc as it is here', () => {
    expect(readFileSync(path.join(ROOT, 'docs/hooks-and-ci.md'), 'utf8')).toContain(`\`\`\`yaml\n${fixture('.github/workflows/posts.yml')}\`\`\``);
  });

  it("uses this repository's action at the package's version, with inputs and outputs it has", () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const step = workflow.jobs.presence.steps.find((s) => s.uses?.startsWith('presence-lint/presence@'))!;
    expect(step.uses).toBe(`presence-lint/presence@v${version}`);
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    const upload = workflow.jobs.presence.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with!.sarif_file).toBe(`\${{ steps.${step.id}.outputs.report }}`);
    expect(Object.keys(action.outputs)).toContain('report');
    expect(step.with!.format).toBe('sarif');
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
