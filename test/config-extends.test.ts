// `extends:` (a team's shared config, by path or npm package) and plugins
// found beside presence's own installation (issue 14).
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeConfig } from '../src/config/extends.js';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const SHARED = `presences:
  professional:
    positioning: "I am a veterinarian in animal rescue for families ready to adopt"
    brand:
      names: [Happy Paws]
rules:
  party-photo: warning
patterns:
  - id: no-competitors
    words: [PetCo]
    message: "Do not name a competitor"
ignorePatterns: ["drafts/"]
`;

const findings = (dir: string, args: string[] = ['.']) => {
  const r = presence(['check', ...args, '--format', 'json'], { cwd: dir });
  return { ...r, byFile: r.stdout ? Object.fromEntries(JSON.parse(r.stdout).map((f: { filePath: string; messages: { ruleId: string; severity: string }[] }) => [f.filePath, f.messages.map((m) => `${m.ruleId}:${m.severity}`)])) : {} };
};

describe('extends', () => {
  it('merges a file and a package in order, the config\'s own keys last', () => {
    const dir = tempDir({
      'team/shared.yaml': SHARED,
      'node_modules/@acme/presence-config/package.json': '{"name":"@acme/presence-config","version":"1.0.0"}\n',
      'node_modules/@acme/presence-config/presence.config.yaml': 'rules:\n  party-photo: suggestion\nignorePatterns: ["old/"]\n',
      '.presencerc.yaml': 'extends: [./team/shared.yaml, "@acme/presence-config"]\nrules:\n  no-competitors: error\n',
      'p.txt': 'Cheaper than PetCo and three pints in\n',
      'drafts/x.txt': 'PetCo\n',
      'old/x.txt': 'PetCo\n',
    });
    const r = findings(dir);
    expect(r.stderr).toBe('');
    // The package's party-photo setting is over the file's; the config's own no-competitors over the pattern's default; both ignorePatterns joined.
    expect(r.byFile).toEqual({ 'p.txt': ['no-competitors:error', 'party-photo:suggestion'] });
  });

  it('reports a missing file or package and a cycle at the extends entry, and an extended config\'s mistakes in its own file', () => {
    const missing = tempDir({ '.presencerc.yaml': 'extends: [./team.yaml, "@acme/nope"]\n', 'p.txt': 'hi\n' });
    const r = presence(['check', '.'], { cwd: missing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.presencerc.yaml:1:11: cannot find the config "./team.yaml" that this config extends');
    expect(r.stderr).toContain('.presencerc.yaml:1:24: cannot find the config "@acme/nope" that this config extends');
    expect(r.stderr).toContain('npm install --save-dev @acme/nope');

    const cycle = tempDir({ '.presencerc.yaml': 'extends: ./team/shared.yaml\n', 'team/shared.yaml': 'extends: ../.presencerc.yaml\n', 'p.txt': 'hi\n' });
    const c = presence(['check', '.'], { cwd: cycle });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain(`${path.join('team', 'shared.yaml')}:1:10: extends form a cycle: .presencerc.yaml -> shared.yaml -> .presencerc.yaml`);

    const broken = tempDir({ '.presencerc.yaml': 'extends: ./team/shared.yaml\n', 'team/shared.yaml': 'rules:\n  party-foto: off\n', 'p.txt': 'hi\n' });
    const b = presence(['check', '.'], { cwd: broken });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`${path.join('team', 'shared.yaml')}:2:3: unknown rule "party-foto" (did you mean "party-photo"?)`);
  });

  it('refuses an extended config that is not YAML or JSON', () => {
    const dir = tempDir({ '.presencerc.yaml': 'extends: ./team.js\n', 'team.js': 'export default {}\n', 'p.txt': 'hi\n' });
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unsupported config format ".js": use YAML or JSON');
  });

  it('merges by the documented order (unit)', () => {
    const merged = mergeConfig(
      { presences: { professional: { positioning: 'a', brand: { names: ['A'] }, rules: { x: 'off' } } }, rules: { a: 'error', b: 'off' }, overrides: [1], patterns: [{ id: 'p', words: ['x'] }, { id: 'q' }] },
      { presences: { professional: { brand: { names: ['B', 'A'] }, rules: { y: 'warning' } } }, rules: { b: 'warning' }, overrides: [2], patterns: [{ id: 'p', words: ['y'] }], default: 'professional' },
    );
    expect(merged).toEqual({
      presences: { professional: { positioning: 'a', brand: { names: ['A', 'B'] }, rules: { x: 'off', y: 'warning' } } },
      rules: { a: 'error', b: 'warning' },
      overrides: [1, 2],
      patterns: [{ id: 'q' }, { id: 'p', words: ['y'] }],
      default: 'professional',
    });
  });
});

describe('plugins', () => {
  it('resolve from the config\'s folder, then from beside presence\'s own installation (as pre-commit\'s additional_dependencies install them)', () => {
    // An installation as npm lays one out: presence-lint and the plugin side by side in one node_modules.
    const install = tempDir();
    const modules = path.join(install, 'node_modules');
    const self = path.join(modules, 'presence-lint');
    mkdirSync(self, { recursive: true });
    cpSync(path.join(ROOT, 'dist'), path.join(self, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(self, 'package.json'));
    cpSync(path.join(ROOT, 'rules'), path.join(self, 'rules'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
    for (const dep of ['re2js', '@clack', 'import-meta-resolve', 'ajv', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'fast-deep-equal', 'json-schema-traverse', 'fast-uri', 'require-from-string', 'sisteransi', 'picocolors']) {
      try {
        symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(modules, dep));
      } catch {
        // Not a dependency of this version.
      }
    }
    cpSync(path.join(ROOT, 'examples/presence-plugin-brand-voice'), path.join(modules, 'presence-plugin-brand-voice'), { recursive: true });
    const posts = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: [presence-plugin-brand-voice]\n`, 'p.txt': 'hello!!!\n' });
    const launcher = path.join(self, 'dist', 'presence.cjs');
    const r = presence(['check', 'p.txt', '--format', 'json'], { cwd: posts, bin: launcher });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('exclamation-overuse');
    // Not installed anywhere: one line naming it, at its line.
    writeFileSync(path.join(posts, '.presencerc.yaml'), `${EXAMPLE_CONFIG}plugins: [presence-plugin-nowhere]\n`);
    const missing = presence(['check', 'p.txt'], { cwd: posts, bin: launcher });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('plugin "presence-plugin-nowhere" cannot be found');
  });
});
