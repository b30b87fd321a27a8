import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const guard = pathToFileURL(path.join(ROOT, 'test/support/no-network.mjs')).href;
const env = { NODE_OPTIONS: `--import=${guard}` };

describe('presence makes no network requests', () => {
  it('has a guard that stops a process that tries (so the tests below can fail)', () => {
    for (const script of ["fetch('http://example.com')", "require('node:dns').lookup('example.com', () => {})", "require('node:net').connect(80, 'example.com')"]) {
      const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(r.status, script).toBe(99);
      expect(r.stderr).toContain('NETWORK ATTEMPT');
    }
  });

  it('in every command and format, with patterns and a plugin', () => {
    const dir = tempDir({
      '.presencerc.yaml': `${EXAMPLE_CONFIG}patterns:\n  - id: no-synergy\n    message: say what you mean\n    regex: "synerg(y|ies)"\n`,
      'queue.csv': 'date,message\n2026-12-01 09:00,"Call 503-555-0123 about the keg party at happypaws.org"\n',
    });
    cpSync(path.join(ROOT, 'fixtures/examples'), path.join(dir, 'posts'), { recursive: true });
    const runs = [
      ...['stylish', 'compact', 'json', 'sarif', 'github', 'junit'].map((format) => ['check', 'posts', 'queue.csv', '--format', format]),
      ['check', 'posts', '--output-file', 'report.sarif', '--format', 'sarif'],
      ['check', 'posts', '--write-baseline'],
      ['rules'],
      ['explain', 'party-photo'],
      ['print-config', 'posts/linkedin/team-night.md'],
      ['init', '--yes', '--force', '--professional-role', 'veterinarian', '--professional-field', 'animal rescue', '--professional-for', 'families', '--personal-role', 'dog lover', '--personal-field', 'Portland', '--personal-for', 'friends'],
    ];
    for (const args of runs) {
      const r = presence(args, { cwd: dir, env });
      expect(r.stderr, args.join(' ')).not.toContain('NETWORK ATTEMPT');
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
    }
    const plugin = presence(['check', 'fixtures/plugins/brand-voice/posts', '-c', 'fixtures/plugins/brand-voice/.presencerc.yaml'], { cwd: ROOT, env });
    expect(plugin.stderr).not.toContain('NETWORK ATTEMPT');
    expect([0, 1]).toContain(plugin.code);
  });
});
