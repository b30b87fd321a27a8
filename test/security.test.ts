import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, promises as fsPromises } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RE2JS } from 're2js';
import picomatch from 'picomatch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linearGlob } from '../src/config/overrides.js';
import { writeFileSafely } from '../src/fs/safe-file.js';
import { visible } from '../src/format/escape.js';
import { BIN, EXAMPLE_CONFIG, presence, tempDir, type CliResult } from './support/cli.js';

/**
 * A repository of posts as an attacker would commit it, item by item of the
 * issue "A repository of posts cannot make presence leak, overwrite, run
 * code or hang". Everything is made in temporary folders: the "secrets" are
 * files in another temporary folder, never the machine's own.
 */

const SECRET = 'BEGIN-OPENSSH-PRIVATE-KEY-c2VjcmV0LXRva2VuLTEyMw';

/** A folder outside the repository holding a secret, as ~/.ssh would. */
function secretFile(name = 'id_ed25519'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'presence-home-'));
  const file = path.join(dir, name);
  writeFileSync(file, `-----${SECRET}-----\n: not yaml: [\n`);
  return file;
}

/** A git repository holding these files. */
function repo(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir(files);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

const PARTY = '---\npresence: professional\n---\nFive rounds of shots, still hungover\n';

/** Runs with a time limit: a hang fails the test instead of hanging the suite. */
function bounded(args: string[], cwd: string, options: { input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {}): CliResult & { timedOut: boolean } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

function noStack(r: CliResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('1. config, ignore and baseline files found by search are regular files inside the project', () => {
  it('refuses a config that links to a file outside the repository, and prints none of it', () => {
    const secret = secretFile();
    const dir = repo({ 'post.md': PARTY });
    symlinkSync(secret, path.join(dir, '.presencerc.yaml'));
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.presencerc.yaml: config path is a symbolic link to a file outside the project; presence does not follow it');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    noStack(r);
  });

  it('refuses a config that links to /proc/self/environ, and prints no variable', () => {
    const dir = repo({ 'post.md': PARTY });
    symlinkSync('/proc/self/environ', path.join(dir, '.presencerc.yaml'));
    const r = presence(['check', '.'], { cwd: dir, env: { CI_TOKEN: 'ghp_secretvalue0123456789' } });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('ghp_secretvalue');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses the link outside a repository too: the folder of the config is then the project', () => {
    const secret = secretFile();
    const dir = tempDir({ 'post.md': PARTY });
    symlinkSync(secret, path.join(dir, '.presencerc.yaml'));
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('follows a config link that stays inside the repository', () => {
    const dir = repo({ 'team/presence.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    symlinkSync('team/presence.yaml', path.join(dir, '.presencerc.yaml'));
    const r = presence(['check', '.', '-f', 'compact'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/post\.md:4:1: error "Five rounds of shots"/);
  });

  it('never prints the text of a config outside the project, even one named with -c', () => {
    const secret = secretFile('team.yaml');
    const dir = repo({ 'post.md': PARTY });
    const r = presence(['check', '.', '-c', secret], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/team\.yaml:\d+:\d+: the config has an error here; its text is not shown, as the file is outside the project/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain(' | ');
  });

  it('still shows the offending line of a config inside the project', () => {
    const dir = repo({ '.presencerc.yaml': 'presencez: 1\n', 'post.md': PARTY });
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('| presencez: 1');
  });

  it('refuses an ignore file or a baseline that links outside the project', () => {
    for (const name of ['.presenceignore', '.presence-baseline.json']) {
      const secret = secretFile();
      const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
      symlinkSync(secret, path.join(dir, name));
      const r = presence(['check', '.'], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(new RegExp(`${name.replace('.', '\\.')}: .*symbolic link to a file outside the project`));
      expect(r.stdout + r.stderr, name).not.toContain(SECRET);
    }
  });

  it('says "not JSON" of a baseline that is not, without quoting it', () => {
    const secret = secretFile('baseline.json');
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    const r = presence(['check', '.', '--baseline', secret], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid baseline: not JSON');
    expect(r.stderr).not.toContain(SECRET);
  });
});

describe('2. writes go through an exclusive temporary file with an unpredictable name', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates the temporary file exclusively, under a new random name each time, never the pid', async () => {
    const dir = tempDir();
    const opened: { file: string; flags: unknown }[] = [];
    const open = fsPromises.open.bind(fsPromises);
    vi.spyOn(fsPromises, 'open').mockImplementation(async (file, flags, mode) => {
      opened.push({ file: String(file), flags });
      return open(file, flags, mode);
    });
    const target = path.join(dir, 'report.sarif');
    await writeFileSafely(target, 'one');
    await writeFileSafely(target, 'two');
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(opened).toHaveLength(2);
    expect(opened.every((o) => o.flags === 'wx')).toBe(true);
    expect(opened[0]!.file).not.toBe(opened[1]!.file);
    for (const o of opened) {
      expect(path.dirname(o.file)).toBe(dir);
      expect(path.basename(o.file)).not.toContain(String(process.pid));
      expect(path.basename(o.file)).toMatch(/^\.report\.sarif\.[0-9a-f]{24}\.tmp$/);
    }
    expect(readdirSync(dir)).toEqual(['report.sarif']);
  });

  it('leaves planted links at the old predictable names alone', () => {
    const victim = secretFile('victim.txt');
    const before = readFileSync(victim, 'utf8');
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    // The old name was .<name>.<pid>.tmp: plant a link at each of the next few hundred pids.
    const next = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
    for (let pid = Number(next); pid < Number(next) + 300; pid++) symlinkSync(victim, path.join(dir, `.presence.sarif.${pid}.tmp`));
    const r = presence(['check', 'post.md', '-f', 'sarif', '-o', 'presence.sarif'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(path.join(dir, 'presence.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses to replace a link, a folder or a named pipe, even with --force', () => {
    const victim = secretFile('victim.txt');
    const before = readFileSync(victim, 'utf8');
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    symlinkSync(victim, path.join(dir, 'link.json'));
    mkdirSync(path.join(dir, 'folder.json'));
    mkfifo(path.join(dir, 'pipe.json'));
    for (const target of ['link.json', 'folder.json', 'pipe.json']) {
      const r = bounded(['check', 'post.md', '-f', 'json', '-o', target, '--force'], dir);
      expect(r.timedOut, target).toBe(false);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toMatch(new RegExp(`${target.replace('.', '\\.')}: (cannot write the report: is (a symbolic link|a named pipe), not a regular file|is a folder)`));
    }
    expect(readFileSync(victim, 'utf8')).toBe(before);
    for (const target of ['baseline-link.json']) {
      symlinkSync(victim, path.join(dir, target));
      const r = bounded(['check', 'post.md', '--write-baseline', '--baseline', target, '--force'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write the baseline: is a symbolic link, not a regular file/);
    }
    expect(readFileSync(victim, 'utf8')).toBe(before);
  });

  it('does not write through a folder that links out of the project', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'presence-elsewhere-'));
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    symlinkSync(outside, path.join(dir, 'reports'));
    const r = presence(['check', 'post.md', '-f', 'json', '-o', 'reports/out.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('its folder is a symbolic link out of the project');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('removes the temporary file when a signal stops the process in the middle of a write', () => {
    const dir = tempDir();
    // A child that starts a large write and is stopped by SIGTERM before it ends.
    const script = `
      import { writeFileSafely } from ${JSON.stringify(path.resolve('dist/src/fs/safe-file.js'))};
      const big = 'x'.repeat(64 * 1024 * 1024);
      setImmediate(() => process.kill(process.pid, 'SIGTERM'));
      await writeFileSafely(${JSON.stringify(path.join(dir, 'report.json'))}, big);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('3. configs are data: no JavaScript, no $import, no home-folder config, plugins only when allowed', () => {
  const MARKER = 'ran.txt';
  const evil = (dir: string) => `require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, MARKER))}, 'pwned'); module.exports = {};`;

  it('does not run the file that $import names', () => {
    const dir = repo({ 'post.md': PARTY });
    writeFileSync(path.join(dir, 'evil.cjs'), evil(dir));
    writeFileSync(path.join(dir, '.presencerc.yaml'), '$import: ./evil.cjs\n');
    const r = presence(['check', '.'], { cwd: dir });
    expect(existsSync(path.join(dir, MARKER))).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown key "\$import"/);
  });

  it('refuses a JavaScript config named with -c, without running it', () => {
    for (const name of ['evil.cjs', 'evil.js', 'evil.mjs', 'evil.ts']) {
      const dir = repo({ 'post.md': PARTY });
      writeFileSync(path.join(dir, name), evil(dir));
      const r = presence(['check', '.', '-c', name], { cwd: dir });
      expect(existsSync(path.join(dir, MARKER)), name).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unsupported config format "${path.extname(name)}": use YAML or JSON`);
    }
  });

  it('reads no config from the home folder', () => {
    const home = tempDir({ '.config/presence/config.yaml': 'default: professional\n' });
    writeFileSync(path.join(home, '.config/presence/config.js'), evil(home));
    mkdirSync(path.join(home, 'posts'));
    writeFileSync(path.join(home, 'posts/post.md'), 'Five rounds of shots');
    execFileSync('git', ['init', '-q'], { cwd: path.join(home, 'posts') });
    const r = presence(['check', '.'], { cwd: path.join(home, 'posts'), env: { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') } });
    expect(existsSync(path.join(home, MARKER))).toBe(false);
    expect(r.stderr).toContain('no config found; using built-in defaults');
  });

  it('refuses plugins with --no-plugins or PRESENCE_NO_PLUGINS, without loading them', () => {
    const dir = repo({ 'post.md': PARTY });
    writeFileSync(path.join(dir, 'plugin.cjs'), evil(dir));
    writeFileSync(path.join(dir, '.presencerc.yaml'), `${EXAMPLE_CONFIG}plugins: ["./plugin.cjs"]\n`);
    for (const [args, env] of [
      [['--no-plugins'], {}],
      [[], { PRESENCE_NO_PLUGINS: '1' }],
    ] as const) {
      const r = presence(['check', '.', ...args], { cwd: dir, env });
      expect(existsSync(path.join(dir, MARKER))).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\.presencerc\.yaml:\d+:1: plugins are refused: --no-plugins \(or PRESENCE_NO_PLUGINS\) is set, and this config loads code/);
    }
    // And without either, the plugin runs: that is what plugins are.
    presence(['check', '.'], { cwd: dir, env: { PRESENCE_NO_PLUGINS: '0' } });
    expect(existsSync(path.join(dir, MARKER))).toBe(true);
  });
});

describe('4. a baseline is never a post file, nor a file being checked', () => {
  it('refuses a baseline with a post extension, and leaves the post as it was', () => {
    for (const [args, name] of [
      [['--write-baseline', '--baseline', 'draft.txt', '--force'], 'draft.txt'],
      [['--prune-baseline', '--baseline', 'q.jsonl'], 'q.jsonl'],
      [['--baseline', 'notes.md'], 'notes.md'],
    ] as const) {
      const post = name.endsWith('.jsonl') ? '{"text":"Adoption day!"}\n' : 'Adoption day at the shelter!\n';
      const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY, [name]: post });
      const r = presence(['check', 'post.md', ...args], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(`${name}: refusing to use a post file as the baseline`);
      expect(r.stdout, name).toBe('');
      expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(post);
    }
  });

  it('refuses a baseline that is a link to a post being checked', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
    symlinkSync('post.md', path.join(dir, 'base.json'));
    const r = presence(['check', 'post.md', '--write-baseline', '--baseline', 'base.json', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('base.json: refusing to use a file that is being checked as the baseline');
    expect(readFileSync(path.join(dir, 'post.md'), 'utf8')).toBe(PARTY);
  });
});

describe('5. the pre-commit check cannot be bypassed by a file name', () => {
  it('reads the staged copy of a file named 0:clean.md, not of clean.md', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'clean.md': 'Adoption day at the shelter!\n', '0:clean.md': PARTY });
    execFileSync('git', ['add', '.'], { cwd: dir });
    const r = presence(['check', '--staged', '-f', 'compact'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^0:clean\.md:4:1: error "Five rounds of shots"/m);
  });

  it('takes a file named like an option after -- as a file, as the hook entry passes it', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'ign.md': '*\n', '--ignore-path=ign.md': PARTY, 'post.md': PARTY });
    const hooks = readFileSync(path.resolve('.pre-commit-hooks.yaml'), 'utf8');
    const entry = /entry: (.*)/.exec(hooks)![1]!.split(' ');
    expect(entry.at(-1)).toBe('--');
    // pre-commit appends the staged file names to the entry.
    expect(entry.slice(0, 2)).toEqual(['presence', 'check']);
    const r = presence(['check', '-f', 'compact', ...entry.slice(2), '--ignore-path=ign.md', 'post.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^--ignore-path=ign\.md:4:1: error "Five rounds of shots"/m);
    expect(r.stdout).toMatch(/^post\.md:4:1: error "Five rounds of shots"/m);
  });

  it('says why a staged file too large to be a post is not read', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG });
    writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(17 * 1024 * 1024, 'a'));
    execFileSync('git', ['add', '.'], { cwd: dir });
    const r = presence(['check', '--staged'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('huge.md: the staged file is too large to be a post (17.0 MB; presence reads staged posts of up to 16 MB)');
  });
});

describe('6. reads check the file type first and stop at a cap', () => {
  it('stops reading stdin past the cap', () => {
    const r = bounded(['check', '-'], tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG }), { input: Buffer.alloc(17 * 1024 * 1024, 'a') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>: standard input is too large to be a post (more than 16 MB); presence stopped reading it');
  });

  it('refuses an ignore file or a baseline that is a device, and never grows on it', () => {
    for (const [name, args] of [
      ['.presenceignore', []],
      ['.presence-baseline.json', []],
      ['other-ignore', ['--ignore-path', 'other-ignore']],
      ['other-baseline.json', ['--baseline', 'other-baseline.json']],
    ] as const) {
      const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
      symlinkSync('/dev/zero', path.join(dir, name));
      const r = bounded(['check', 'post.md', ...args], dir);
      expect(r.timedOut, name).toBe(false);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/(symbolic link to a file outside the project|is a device, not a regular file)/);
    }
  });

  it('never blocks on a named pipe as config, ignore file, baseline or post', () => {
    for (const [name, args] of [
      ['.presencerc.yaml', []],
      ['.presenceignore', []],
      ['.presence-baseline.json', []],
      ['pipe.md', ['pipe.md']],
      ['cfg.yaml', ['-c', 'cfg.yaml']],
    ] as const) {
      const dir = repo(name === '.presencerc.yaml' || name === 'cfg.yaml' ? { 'post.md': PARTY } : { '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': PARTY });
      mkfifo(path.join(dir, name));
      const r = bounded(['check', 'post.md', ...args], dir);
      expect(r.timedOut, name).toBe(false);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/named pipe/);
      noStack(r);
    }
  });
});

describe('7. links to folders outside the checked folder are not followed', () => {
  it('does not walk posts/usr -> a folder elsewhere, and says so once', () => {
    const elsewhere = tempDir({ 'secret.md': 'Five rounds of shots', 'deep/more.md': 'hungover' });
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/post.md': PARTY });
    symlinkSync(elsewhere, path.join(dir, 'posts/usr'));
    symlinkSync(path.join(elsewhere, 'secret.md'), path.join(dir, 'posts/key.md'));
    symlinkSync('post.md', path.join(dir, 'posts/inside.md'));
    for (const target of ['posts', 'posts/**/*.md']) {
      const r = presence(['check', target, '-f', 'compact'], { cwd: dir });
      expect(r.stdout, target).not.toMatch(/usr|key\.md/);
      expect(r.stdout, target).toMatch(/^posts\/inside\.md:4:1/m);
      const notices = r.stderr.split('\n').filter((l) => l.includes('not following'));
      expect(notices, target).toEqual([`presence: ${target}: not following 2 symbolic links out of the folder checked (posts/key.md, posts/usr); name a linked file or folder to check it`]);
    }
  });
});

describe('8. control characters are escaped in every human format and on stderr', () => {
  it('makes line breaks, escapes and bidirectional overrides visible', () => {
    expect(visible('a\nb\x1b[31mc\u202Ed\te')).toBe('a\\nb\\x1B[31mc\\u202Ed\\te');
    expect(visible('plain text, emoji 🐶 and é')).toBe('plain text, emoji 🐶 and é');
  });

  it('keeps a file name from injecting workflow commands or terminal escapes', () => {
    const name = 'x\n::error file=a::pwned\x1b[2J.md';
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, [name]: PARTY });
    for (const format of ['stylish', 'compact']) {
      const r = presence(['check', '.', '-f', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(/^::error/m);
      expect(r.stdout).not.toContain('\x1b');
      expect(r.stdout).toContain('x\\n::error file=a::pwned\\x1B[2J.md');
    }
    const stderr = presence(['check', name.replace('.md', '.png')], { cwd: dir });
    expect(stderr.stderr).not.toMatch(/^::error/m);
    expect(stderr.stderr).toContain('\\n::error');
  });
});

describe('9. bounded work', () => {
  it('matches override globs in linear time, as picomatch does', () => {
    const globs = ['linkedin/**', '*.md', 'posts/{a,b}/*.txt', '[ab]?.md', '**/*.tweet', 'posts/**/draft-*.md', 'a/*/b', '**', '*.{md,txt}', 'posts/[!d]*.md', '**/2024-*/**'];
    const paths = ['linkedin/a.md', 'linkedin', 'a.md', 'posts/a/x.txt', 'posts/c/x.txt', 'ab.md', 'b1.md', 'x/p.tweet', 'posts/x/y/draft-1.md', 'a/c/b', 'a/b', 'z.txt', 'posts/d.md', 'posts/e.md', 'r/2024-02/s/t.md', '.hidden.md'];
    for (const glob of globs) {
      const expected = picomatch(glob, { dot: true });
      const actual = linearGlob(RE2JS, glob);
      for (const p of paths) expect(actual(p), `${glob} on ${p}`).toBe(expected(p));
    }
    // The glob that took picomatch past 120 s on a 200-letter name.
    expect(linearGlob(RE2JS, '**/*a*a*a*a*a*a*b.txt')(`${'a'.repeat(200)}.txt`)).toBe(false);
  });

  it('checks a file whose name backtracks the old glob matcher', () => {
    const dir = repo({
      '.presencerc.yaml': `${EXAMPLE_CONFIG}overrides:\n  - files: ["**/*a*a*a*a*a*a*b.txt"]\n    presence: professional\n`,
      [`${'a'.repeat(200)}.txt`]: 'Five rounds of shots',
    });
    const r = bounded(['check', '.', '-f', 'compact'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stderr).toBe(0);
  });

  it('reports a post longer than any platform takes, and reads only its start', { tags: ['slow'] }, () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'long.md': `Five rounds of shots. ${'the bar crawl was fun '.repeat(100_000)}` });
    // Seconds on a quiet machine; the limit only tells a hang from a loaded machine.
    const r = bounded(['check', 'long.md', '-f', 'compact'], dir, { timeout: 500_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('long.md: post 0 is 2,200,022 characters long, longer than any platform takes; only its first 2,000,000 characters of each text were checked');
    expect(r.stdout).toMatch(/^long\.md:1:1: warning "Five rounds of shots"/m);
  });

  it('lists at most 1,000 findings of a file and counts the rest', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'many.md': `---\npresence: professional\n---\n${'So hungover.\n'.repeat(1500)}` });
    const r = bounded(['check', 'many.md', '-f', 'compact'], dir);
    expect(r.stdout.trim().split('\n')).toHaveLength(1000);
    const more = /many\.md: (\d+) more findings in this file not reported \(presence reports at most 1,000 per file\)/.exec(r.stderr);
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(500);
    expect(r.code).toBe(2);
  });

  it('takes at most 32 threads', () => {
    const r = presence(['check', '.', '--concurrency', '400'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected auto, off, or a number of threads from 1 to 32.');
  });

  it('refuses a CSV row of over a million characters instead of holding it', () => {
    const dir = repo({ '.presencerc.yaml': EXAMPLE_CONFIG, 'plan.csv': `message\n"${'a'.repeat(1_100_000)}\n` });
    const r = bounded(['check', 'plan.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.csv:2:1: (a row from line 2 is longer than 1,000,000 characters|a quoted cell opened here is never closed)/);
  });
});

describe('10. no stack traces from closed pipes or plugins', () => {
  it('stops quietly when the reader of stdout goes away', () => {
    const files: Record<string, string> = { '.presencerc.yaml': EXAMPLE_CONFIG };
    for (let i = 0; i < 400; i++) files[`p${i}.md`] = PARTY;
    const dir = repo(files);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check . -f compact | head -1; exit "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('names the plugin whose timer throws or whose promise rejects, with exit code 2', () => {
    const always = "{ public: 'error', followers: 'error', friends: 'error', private: 'error' }";
    for (const [name, body] of [
      ['timer.mjs', "setTimeout(() => { throw new Error('tick'); }, 0);"],
      ['reject.mjs', "Promise.reject(new Error('nobody waits'));"],
    ] as const) {
      const plugin = `export default { rules: [{ id: 'late', description: 'Fails later.', messages: { x: 'x' }, defaultSeverity: { professional: ${always}, personal: ${always} }, check() { ${body} return []; } }] };\n`;
      const dir = repo({ '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: ["./${name}"]\n`, [name]: plugin, 'post.md': 'Adoption day!' });
      const r = presence(['check', 'post.md'], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(new RegExp(`^presence: plugin "\\./${name.replace('.', '\\.')}" failed outside its rule's check: (tick|nobody waits)$`, 'm'));
      noStack(r);
    }
  });
});
