import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { rules } from '../rules/index.js';
import { VERSION } from '../src/version.js';
import { captureIo, EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

// The official schema has a pattern (for `language`) that is invalid as a unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
  }[];
}

function validSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  return log;
}

/** Throws unless the text is well-formed XML 1.0; returns the names of its elements in document order. */
function wellFormedXml(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.write(xml).close();
  return names;
}

const ANSI = /\x1b\[[0-9;]*m/g;
// The suggestion rules are off: the formats are shown on party-photo's errors alone.
const config = { '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  off-positioning: off\n  broadcast-only: off\n` };
/** A professional post with two errors on line 2, and a clean one. */
const files = {
  ...config,
  'posts/team night.txt': 'Great week!\nStill hungover from the keg stand',
  'posts/clean.txt': 'Coffee with a friend from college.',
};

describe('presence check --format', () => {
  it('lists every format in --help', () => {
    const help = presence(['check', '--help'], { cwd: tempDir() }).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(choices: "stylish", "compact", "json", "sarif", "github", "junit", "markdown", "html", default: "stylish")');
  });

  it('compact: one line per finding, with the same exit code as stylish', () => {
    const dir = tempDir(files);
    const r = presence(['check', 'posts', '--presence', 'professional', '-f', 'compact'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^posts\/team night\.txt:2:\d+: error .+ \[party-photo\]$/);
    expect(presence(['check', 'posts/clean.txt', '-f', 'compact'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('sarif: a valid SARIF log with the run\'s rules and percent-encoded paths', () => {
    const dir = tempDir(files);
    const r = presence(['check', 'posts', '--presence', 'professional', '-f', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = validSarif(r.stdout);
    const runLog = log.runs[0]!;
    expect(runLog.tool.driver).toMatchObject({ name: 'presence', version: VERSION });
    expect(runLog.tool.driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    expect(runLog.results.length).toBeGreaterThanOrEqual(2);
    for (const result of runLog.results) {
      expect(result).toMatchObject({ ruleId: 'party-photo', level: 'error' });
      expect(result.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'posts/team%20night.txt' }, region: { startLine: 2 } });
    }
    const clean = presence(['check', 'posts/clean.txt', '-f', 'sarif'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(validSarif(clean.stdout).runs[0]!.results).toEqual([]);
  });

  it('sarif: URIs relative to the root of the repository, wherever presence runs from', () => {
    const dir = tempDir({ '.git/HEAD': 'ref: refs/heads/main\n', 'team/.presencerc.yaml': config['.presencerc.yaml'], 'team/posts/team night.txt': files['posts/team night.txt'] });
    const fingerprints: string[] = [];
    for (const [cwd, arg] of [['team', 'posts'], ['team/posts', '.'], ['.', 'team/posts']] as const) {
      const r = presence(['check', arg, '--presence', 'professional', '-f', 'sarif', ...(cwd === '.' ? ['-c', 'team/.presencerc.yaml'] : [])], { cwd: path.join(dir, cwd) });
      expect(r.code, cwd).toBe(1);
      const runLog = validSarif(r.stdout).runs[0]! as SarifLog['runs'][number] & { originalUriBaseIds: Record<string, { uri?: string }> };
      for (const result of runLog.results) {
        expect(result.locations[0]!.physicalLocation.artifactLocation, cwd).toEqual({ uri: 'team/posts/team%20night.txt', uriBaseId: '%SRCROOT%' });
      }
      expect(runLog.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(realpathSync(dir)).href}/`);
      fingerprints.push(JSON.stringify(runLog.results.map((x) => (x as { partialFingerprints?: unknown }).partialFingerprints)));
    }
    // The same alerts from every folder: a fingerprint names the file from its config's folder.
    expect(new Set(fingerprints).size).toBe(1);
    expect(fingerprints[0]).toMatch(/presenceFinding\/v1":"[0-9a-f]{14}:0"/);
  });

  it('markdown: a summary with a table per file, useful in a pull-request comment', () => {
    const dir = tempDir(files);
    const r = presence(['check', 'posts', '--presence', 'professional', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^### ❌ presence: \d+ problems \(\d+ errors, 0 warnings, 0 suggestions\)\n\nChecked 2 posts in 2 files; 1 file with findings\.\n/);
    expect(r.stdout).toContain('#### posts/team night.txt\n\n| Line | Severity | Rule | Message |');
    expect(r.stdout).toMatch(/^\| 2:\d+ \| 🔴 error \| party-photo \| .+ \|$/m);
    const clean = presence(['check', 'posts/clean.txt', '-f', 'markdown'], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: '### ✅ presence: no problems\n\nChecked 1 post in 1 file.\n' });
  });

  it('github: workflow commands with escaped properties', () => {
    const dir = tempDir({ ...config, 'posts/a, b: 100%.txt': 'Still hungover from the keg stand' });
    const r = presence(['check', 'posts', '--presence', 'professional', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).toMatch(/^::error file=posts\/a%2C b%3A 100%25\.txt,line=1,col=\d+,endLine=1,endColumn=\d+,title=party-photo::.+$/);
    }
  });

  it('junit: well-formed XML with a failing case per post with errors and a passing case per clean file', () => {
    const dir = tempDir(files);
    const r = presence(['check', 'posts', '--presence', 'professional', '-f', 'junit'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(wellFormedXml(r.stdout)).toEqual(['testsuites', 'testsuite', 'testcase', 'testsuite', 'testcase', 'failure']);
    expect(r.stdout).toContain('<testsuite name="posts/clean.txt" tests="1" failures="0"');
    expect(r.stdout).toContain('<testcase name="post 0" classname="posts/team night.txt" time="0">');
  });
});

describe('presence check --output-file', () => {
  it('writes any format to the file and nothing to stdout when stdout is not a terminal', () => {
    const dir = tempDir(files);
    for (const format of ['compact', 'sarif', 'github', 'junit']) {
      const r = presence(['check', 'posts', '--presence', 'professional', '-f', format, '-o', `report.${format}`], { cwd: dir });
      expect(r, format).toEqual({ code: 1, stdout: '', stderr: '' });
      const report = readFileSync(path.join(dir, `report.${format}`), 'utf8');
      expect(report, format).toBe(presence(['check', 'posts', '--presence', 'professional', '-f', format], { cwd: dir }).stdout);
    }
    validSarif(readFileSync(path.join(dir, 'report.sarif'), 'utf8'));
  });

  it('still prints the stylish report when stdout is a terminal, coloured as the terminal allows', async () => {
    const dir = tempDir(files);
    let out = '';
    const terminal = { write: (s: string) => void (out += s), isTTY: true };
    const io = captureIo(dir, { stdout: terminal });
    expect(await run(['check', 'posts', '--presence', 'professional', '-f', 'sarif', '-o', 'report.sarif'], io)).toBe(1);
    expect(io.err()).toBe('');
    expect(out).toMatch(ANSI);
    const plain = out.replace(ANSI, '');
    expect(plain).toMatch(/^posts\/team night\.txt\n {2}2:\d+ +error +.+ +party-photo$/m);
    expect(plain).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings, 0 suggestions\)\n$/);
    const report = readFileSync(path.join(dir, 'report.sarif'), 'utf8');
    expect(report).not.toMatch(ANSI);
    expect(validSarif(report).runs[0]!.results.length).toBeGreaterThanOrEqual(2);

    out = '';
    await run(['check', 'posts', '--presence', 'professional', '-f', 'junit', '-o', 'report.xml', '--no-color'], captureIo(dir, { stdout: terminal }));
    expect(out).not.toMatch(ANSI);
    expect(out).toMatch(/party-photo/);
    wellFormedXml(readFileSync(path.join(dir, 'report.xml'), 'utf8'));
  });

  it('prints nothing to a terminal when there is nothing to report', async () => {
    const dir = tempDir(files);
    let out = '';
    const io = captureIo(dir, { stdout: { write: (s) => void (out += s), isTTY: true } });
    expect(await run(['check', 'posts/clean.txt', '-f', 'sarif', '-o', 'report.sarif'], io)).toBe(0);
    expect(out).toBe('');
    expect(validSarif(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).runs[0]!.results).toEqual([]);
  });
});
