import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';

/** Items of the issue "Ready for a team's repository": each a check that used to do less than asked, silently. */

const PARTY = '---\npresence: professional\n---\nFive rounds of shots, still hungover\n';

describe('setup errors stop the run before any output', () => {
  it('a missing --ignore-path file', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    const r = presence(['check', '.', '--ignore-path', 'nope'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('presence: nope: cannot read ignore file: no such file\n');
  });

  it('an existing baseline without --force', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY, '.presence-baseline.json': '{"version":1,"findings":{}}\n' });
    const r = presence(['check', '.', '--write-baseline'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^presence: \.presence-baseline\.json: refusing to replace the existing baseline\n {2}hint: Pass --force/);
  });

  it('contradictory flags', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    for (const [args, line] of [
      [['.', '--write-baseline', '--prune-baseline'], 'presence: --write-baseline and --prune-baseline cannot be used together'],
      [['post.md', '--stdin-filename', 'x.md'], 'presence: --stdin-filename names the post read from stdin, but no - is given'],
      [['-', '--staged'], 'presence: --staged checks what git will commit and cannot read stdin as well'],
    ] as const) {
      const r = presence(['check', ...args], { cwd: dir, input: 'Hungover' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toBe(line);
    }
  });

  it('--stdin-filename with a type presence does not read is "unsupported file type", not an internal error', () => {
    const r = presence(['check', '-', '--stdin-filename', 'a.png'], { cwd: tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG }), input: 'Hungover' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: a\.png: unsupported file type; presence reads \.txt/);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
  });
});

describe('a misspelt command', () => {
  it('gets "did you mean" before it is taken for a path', () => {
    const r = presence(['chek', 'post.md'], { cwd: tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY }) });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('presence: unknown command "chek" (did you mean "check"?)');
  });

  it('is still a path when a file of that name exists, or when it is not close to a command', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, chek: '' });
    mkdirSync(path.join(dir, 'posts'));
    writeFileSync(path.join(dir, 'posts/a.md'), PARTY);
    expect(presence(['chek'], { cwd: dir }).stderr).not.toContain('did you mean');
    expect(presence(['posts', '-f', 'compact'], { cwd: dir }).code).toBe(1);
    expect(presence(['zzzzzz'], { cwd: dir }).stderr).toContain('zzzzzz: no such file or directory');
  });
});

describe('a folder whose post files are all ignored', () => {
  it('says so, instead of "no post files found"', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'drafts/a.md': PARTY, 'drafts/b.md': PARTY, 'drafts/c.txt': 'x', '.presenceignore': 'drafts/*\n' });
    const r = presence(['check', 'drafts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('presence: drafts: every post file here is ignored (3 post files, by .presenceignore); nothing to check');
    expect(r.stderr).toContain('hint: Pass --no-ignore to check them');
    const allowed = presence(['check', 'drafts', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('presence: drafts: 3 post files here, all ignored by .presenceignore; use --no-ignore to check them');
  });
});

describe('init without a terminal', () => {
  it('exits 2 and points to --yes, writing nothing', () => {
    const dir = tempDir();
    const r = presence(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('presence: init asks its questions in a terminal, and standard input is not one; nothing written.');
    expect(r.stderr).toContain('hint: Pass --yes with the answers as flags');
  });
});

describe('a misspelt front-matter or JSON Lines key', () => {
  it('is an error with its position and "did you mean", and the post is still checked', () => {
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'a.md': '---\npresense: professional\n---\nAdoption day!\n',
      'b.md': '---\nplatfroms: [x]\n---\nAdoption day!\n',
      'c.md': '---\nPresence: professional\n---\nAdoption day!\n',
      'd.md': '---\nmedia:\n  - file: a.jpg\n    alt_text: "Five rounds of shots"\n---\nAdoption day!\n',
      'e.jsonl': '{"text":"Adoption day!","presense":"professional"}\n',
    });
    const r = presence(['check', 'a.md', 'b.md', 'c.md', 'd.md', 'e.jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('presence: a.md:2:11: front matter key "presense" is not one presence reads (did you mean "presence"?)');
    expect(r.stderr).toContain('presence: b.md:2:12: front matter key "platfroms" is not one presence reads (did you mean "platforms"?)');
    expect(r.stderr).toContain('presence: c.md:2:11: front matter key "Presence" is not one presence reads (did you mean "presence"?)');
    expect(r.stderr).toMatch(/presence: d\.md:4:\d+: front matter media\[0\] key "alt_text" is not one presence reads \(did you mean "alt"\?\)/);
    expect(r.stderr).toMatch(/presence: e\.jsonl:1:\d+: key "presense" is not one presence reads \(did you mean "presence"\?\)/);
  });

  it('leaves truly foreign keys alone', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': '---\ntitle: Adoption day\nauthor: Sam\ntags: [dogs]\nslug: adoption\n---\nAdoption day! What questions do you have?\n' });
    const r = presence(['check', 'a.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('the run’s own report', () => {
  it('may not have a post file’s name, which the next run would check as a post', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    const r = presence(['check', '.', '-f', 'compact', '-o', 'report.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('presence: report.txt: refusing to write the report to a post file type: the next run would check it as a post');
  });

  it('is not read as a post of the same run, even through a link with a post file’s name', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY, 'report.log': 'Five rounds of shots\n' });
    symlinkSync('report.log', path.join(dir, 'report-link.md'));
    const r = presence(['check', '.', '-f', 'compact', '-o', 'report.log', '--force'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'report.log'), 'utf8')).not.toContain('report-link.md');
  });
});
