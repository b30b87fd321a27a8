import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const FLAGS = [
  '--professional-role', 'veterinarian',
  '--professional-field', 'animal rescue',
  '--professional-for', 'families ready to adopt',
  '--personal-role', 'dog lover',
  '--personal-field', 'Portland',
  '--personal-for', 'my close friends and family',
];

/**
 * Drives `presence init` in a pseudo-terminal as a person would: waits for
 * each question to be shown, then types the answer and presses Enter.
 */
function converse(cwd: string, script: [RegExp, string][]): { code: number | null; output: string } {
  const r = spawnSync(
    'python3',
    [path.join(ROOT, 'test/support/pty-drive.py'), JSON.stringify(script.map(([re, keys]) => [re.source, keys])), '--', process.execPath, BIN, 'init'],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, TERM: 'xterm' } },
  );
  return { code: r.status, output: r.stdout + r.stderr };
}

describe('presence init', () => {
  it('asks for the blanks of both statements, the audiences and the brand, then writes a valid config', () => {
    const dir = tempDir();
    const enter = '\r';
    const down = '\x1b[B';
    const { code, output } = converse(dir, [
      [/I am a ___/, `veterinarian${enter}`],
      [/in ___/, `animal rescue${enter}`],
      [/for ___/, `families ready to adopt${enter}`],
      [/Who can see your professional presence/, enter],
      [/Personal: I am a ___/, `dog lover${enter}`],
      [/in ___/, `Portland${enter}`],
      [/for ___/, `my close friends and family${enter}`],
      [/Who can see your personal presence/, `${down}${enter}`],
      [/names, comma-separated/, `Happy Paws Rescue${enter}`],
      [/handles/, `happypaws${enter}`],
      [/hashtags/, `AdoptDontShop${enter}`],
      [/domains/, `happypaws.org${enter}`],
    ]);
    expect(code, output).toBe(0);
    const text = readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8');
    expect(text).toContain('positioning: I am a veterinarian in animal rescue for families ready to adopt');
    expect(text).toContain('positioning: I am a dog lover in Portland for my close friends and family');
    expect(text).toMatch(/personal:\n(?:.*\n)*? +audience: private/);
    expect(text).toContain('handles: ["@happypaws"]');
    expect(text).toContain('hashtags: ["#AdoptDontShop"]');
    const check = presence(['print-config'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).audience).toBe('private');
  });

  it('asks nothing with --yes and flags', () => {
    const dir = tempDir();
    const r = presence(['init', '--yes', ...FLAGS, '--personal-audience', 'followers', '--brand-domains', 'happypaws.org'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'presence: wrote .presencerc.yaml. Check your posts with `presence check`.\n' });
    const printed = JSON.parse(presence(['print-config', '--presence', 'professional'], { cwd: dir }).stdout);
    expect(printed.positioning).toBe('I am a veterinarian in animal rescue for families ready to adopt');
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('names the missing flags with --yes', () => {
    const r = presence(['init', '--yes', '--professional-role', 'vet'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: init --yes needs --professional-field, --professional-for, --personal-role, --personal-field, --personal-for$/m);
  });

  it('never overwrites a config without --force', () => {
    const dir = tempDir({ '.presencerc.yaml': 'default: professional\n' });
    const r = presence(['init', '--yes', ...FLAGS], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'presence: .presencerc.yaml exists already; not overwritten\n  hint: Run with --force to replace it.\n' });
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toBe('default: professional\n');
    expect(presence(['init', '--yes', '--force', ...FLAGS], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toContain('veterinarian');
  });

  it('refuses blanks that break the template, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'keep.txt'), '');
    const flags = FLAGS.map((f) => (f === 'Portland' ? 'Portland\nfor: x' : f));
    const r = presence(['init', '--yes', ...flags], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing written/);
  });
});
