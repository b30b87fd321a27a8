import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'fixtures/csv', name));

describe('bulk-schedule CSV through the command line', () => {
  const files = {
    '.presencerc.yaml': EXAMPLE_CONFIG,
    'hootsuite.csv': fixture('hootsuite.csv'),
    'header.csv': fixture('header-bom-crlf.csv'),
    'malformed.csv': fixture('malformed.csv'),
  };

  it('reports findings at their line and column inside the message cells', () => {
    const dir = tempDir(files);
    const r = presence(['check', 'hootsuite.csv', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
    const party = file!.messages.filter((m) => m.ruleId === 'party-photo');
    expect(party.length).toBeGreaterThan(0);
    const lines = readFileSync(path.join(dir, 'hootsuite.csv'), 'utf8').split(/\r?\n/);
    for (const m of party) expect(lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1)).toMatch(/keg|shots|hungover|drunk|crawl|pong|wasted/i);
  });

  it('streams large files row by row with the same results as reading them whole', () => {
    const dir = tempDir(files);
    const whole = presence(['check', '.', '-f', 'json'], { cwd: dir });
    const streamed = presence(['check', '.', '-f', 'json'], { cwd: dir, env: { PRESENCE_STREAM_BYTES: '0' } });
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.code).toBe(whole.code);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(JSON.parse(whole.stdout).length).toBe(3);
  });
});
