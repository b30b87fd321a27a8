import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; presence: string; line: number }[];
}

const PARTY = 'So hungover after the keg party';

function files(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

describe('globs', () => {
  const tree = {
    '.presencerc.yaml': EXAMPLE_CONFIG,
    'posts/2026/a.md': PARTY,
    'posts/2026/b.txt': PARTY,
    'posts/2027/c.md': PARTY,
    'posts/node_modules/d.md': PARTY,
    'posts/.drafts/e.md': PARTY,
  };

  it('checks the post files a glob matches, skipping node_modules and dot-folders', () => {
    const dir = tempDir(tree);
    const r = presence(['check', 'posts/**/*.md', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['posts/2026/a.md', 'posts/2027/c.md']);
    expect(r.code).toBe(0);
  });

  it('mixes globs, folders and files without duplicates', () => {
    const dir = tempDir(tree);
    const r = presence(['check', 'posts/2026/*', 'posts/2026', 'posts/2026/a.md', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['posts/2026/a.md', 'posts/2026/b.txt']);
  });

  it('fails on a glob that matches nothing, unless told not to', () => {
    const dir = tempDir(tree);
    const r = presence(['check', 'posts/**/*.markdown'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'presence: posts/**/*.markdown: no post files match this pattern\n  hint: Pass --no-error-on-unmatched-pattern to allow it.\n',
    );
    expect(presence(['check', 'posts/**/*.markdown', '--no-error-on-unmatched-pattern'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('ignoring files', () => {
  const tree = {
    '.presencerc.yaml': `${EXAMPLE_CONFIG}ignorePatterns: ["archive/"]\n`,
    '.presenceignore': '# drafts are not scheduled yet\ndrafts/\n*.bak.md\n',
    'posts/a.md': PARTY,
    'drafts/b.md': PARTY,
    'posts/old.bak.md': PARTY,
    'archive/2019.md': PARTY,
    'other-ignore': 'posts/\n',
  };

  it('skips what .presenceignore and ignorePatterns name', () => {
    const dir = tempDir(tree);
    const r = presence(['check', '.', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['posts/a.md']);
    expect(r.stderr).toBe('');
  });

  it('says so when a file named on the command line is ignored, and does not fail', () => {
    const dir = tempDir(tree);
    const r = presence(['check', 'drafts/b.md'], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr: 'presence: drafts/b.md: ignored by .presenceignore; use --no-ignore to check it\n',
    });
    expect(presence(['check', 'archive/2019.md'], { cwd: dir }).stderr).toMatch(/ignored by ignorePatterns in the config/);
  });

  it('--no-ignore checks everything', () => {
    const dir = tempDir(tree);
    const r = presence(['check', '.', '--no-ignore', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['archive/2019.md', 'drafts/b.md', 'posts/a.md', 'posts/old.bak.md']);
  });

  it('--ignore-path reads another file instead of .presenceignore', () => {
    const dir = tempDir(tree);
    const r = presence(['check', '.', '--ignore-path', 'other-ignore', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['drafts/b.md']);
    const missing = presence(['check', '.', '--ignore-path', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^presence: nope: cannot read ignore file: no such file$/m);
  });

  it('reads .presenceignore from the folder of the config when run from a subfolder', () => {
    const dir = tempDir(tree);
    const r = presence(['check', '..', '-f', 'json'], { cwd: `${dir}/posts` });
    expect(files(r.stdout).map((f) => f.filePath)).toEqual(['../posts/a.md']);
  });
});

describe('overrides', () => {
  const config = `${EXAMPLE_CONFIG}overrides:
  - files: ["linkedin/**", "company/**/*.txt"]
    presence: professional
    platforms: [linkedin]
  - files: ["linkedin/events/**"]
    rules: { party-photo: suggestion }
`;

  it('set the presence and the rules of the files they match', () => {
    const dir = tempDir({
      '.presencerc.yaml': config,
      'linkedin/a.md': PARTY,
      'linkedin/events/b.md': PARTY,
      'company/x/c.txt': PARTY,
      'company/d.md': PARTY,
      'personal/e.md': '---\npresence: professional\n---\nSo hungover after the keg party',
    });
    const r = presence(['check', '.', '-f', 'json'], { cwd: dir });
    const got = files(r.stdout).map((f) => [f.filePath, f.messages.find((m) => m.ruleId === 'party-photo')!.presence, f.messages.find((m) => m.ruleId === 'party-photo')!.severity]);
    expect(got).toEqual([
      ['company/d.md', 'personal', 'warning'],
      ['company/x/c.txt', 'professional', 'error'],
      ['linkedin/a.md', 'professional', 'error'],
      ['linkedin/events/b.md', 'professional', 'suggestion'],
      ['personal/e.md', 'professional', 'error'],
    ]);
  });

  it('lose to the front matter and to --presence for the presence', () => {
    const dir = tempDir({
      '.presencerc.yaml': config,
      'linkedin/a.md': '---\npresence: personal\n---\nSo hungover after the keg party',
      'linkedin/b.md': PARTY,
    });
    const r = presence(['check', '.', '--presence', 'personal', '-f', 'json'], { cwd: dir });
    expect(files(r.stdout).map((f) => f.messages.find((m) => m.ruleId === 'party-photo')!.presence)).toEqual(['personal', 'personal']);
  });

  it('are validated like the rest of the config', () => {
    const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}overrides:\n  - presence: work\n`, 'a.txt': 'hi' });
    const r = presence(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.presencerc\.yaml:14:5: overrides\[0\] is missing "files"/m);
    expect(r.stderr).toMatch(/^\.presencerc\.yaml:14:15: invalid value "work" for overrides\[0\]\.presence/m);
  });
});
