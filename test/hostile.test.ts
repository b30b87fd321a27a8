import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { BIN, EXAMPLE_CONFIG, presence, tempDir, type CliResult } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/**
 * The "Bad inputs" table of docs/troubleshooting.md, one test per row: each hostile
 * input is checked beside a good post with known findings, and must give one
 * clear message naming the file (and line), the exit code the table says, no
 * stack trace without --debug, and the good post's findings all the same.
 */

const CONFIG = { '.presencerc.yaml': EXAMPLE_CONFIG };

/** A post that must still be checked beside every hostile input: party-photo errors at line 4. */
const GOOD = { 'good.md': '---\npresence: professional\n---\nFive rounds of shots, still hungover\n' };

/** A real PNG (1×1 pixel), as a camera roll or a drag-and-drop leaves in a folder of posts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** `presence check` with the compact format (one line per finding). */
function check(dir: string, args: string[], options: { env?: Record<string, string> } = {}): CliResult {
  return presence(['check', ...args, '-f', 'compact'], { cwd: dir, ...options });
}

/** The good post's findings are in the report: the run went on past the hostile input. */
function goodStillChecked(r: CliResult): void {
  expect(r.stdout).toMatch(/^good\.md:4:1: error "Five rounds of shots" reads as partying .*\[party-photo\]$/m);
  expect(r.stdout).toMatch(/^good\.md:4:29: error "hungover" reads as partying .*\[party-photo\]$/m);
}

/** No stack frame on stderr. */
function noStack(r: CliResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

/** A hostile input beside the good post: exit 2, these lines on stderr (each a RegExp or the exact line), the good post checked. */
function refused(r: CliResult, ...lines: (string | RegExp)[]): void {
  expect(r.code, r.stderr).toBe(2);
  for (const line of lines) {
    if (typeof line === 'string') expect(r.stderr.split('\n')).toContain(line);
    else expect(r.stderr).toMatch(line);
  }
  noStack(r);
  goodStillChecked(r);
}

/** Folders with large files, removed at the end. */
const large: string[] = [];
afterAll(() => {
  for (const dir of large) rmSync(dir, { recursive: true, force: true });
});

const MB = 1024 * 1024;

/** Writes a file of about `bytes` bytes from rows `row(i)`, a megabyte at a time, then `last`. */
function writeRows(file: string, header: string, row: (i: number) => string, bytes: number, last: string): number {
  const fd = openSync(file, 'w');
  let written = writeSync(fd, header);
  let rows = 0;
  while (written < bytes) {
    let chunk = '';
    while (chunk.length < MB) chunk += row(rows++);
    written += writeSync(fd, chunk);
  }
  writeSync(fd, last);
  closeSync(fd);
  return rows;
}

/** The user presence runs as for the permission test: itself, or nobody when it is root (root reads any file). */
const RUNS_AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** Whether the built command can run as nobody here (it must reach node and dist/). */
/**
 * A Node binary the user nobody can run: this one, or the system's (under
 * `npx -p node@22` this one lives in root's home, which nobody cannot enter).
 */
const NOBODY_NODE = RUNS_AS_ROOT
  ? [process.execPath, '/usr/bin/node', '/usr/local/bin/node'].find(
      (node) => spawnSync(node, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: '/', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).status === 0,
    )
  : undefined;

function nobodyCanRun(): boolean {
  return NOBODY_NODE !== undefined;
}

/** Runs the built command as nobody. */
function presenceAsNobody(args: string[], cwd: string): CliResult {
  const r = spawnSync(NOBODY_NODE!, [BIN, ...args], { uid: NOBODY, gid: NOBODY, cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A git repository of posts with everything staged, for inputs that come from a pre-commit hook. */
function stagedRepo(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir({ ...CONFIG, ...files });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  return dir;
}

/** The rule plugin of the "rule that crashes" row. */
const CRASHING_PLUGIN = `const always = { public: 'error', followers: 'error', friends: 'error', private: 'error' };
export default { rules: [{ id: 'crash', description: 'Throws.', messages: { x: 'x' }, defaultSeverity: { professional: always, personal: always }, check() { throw new Error('boom'); } }] };
`;

/**
 * Each row of the table of docs/troubleshooting.md by its first cell, exactly as written there,
 * with the exit code it gives: a number, or "0 or 1" where findings decide.
 */
const rows: Record<string, { code: string; timeout?: number; slow?: boolean; test: (context: TestContext) => void }> = {
  'a path that does not exist': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      const r = check(dir, ['nope.txt', 'good.md']);
      refused(r);
      expect(r.stderr).toBe('presence: nope.txt: no such file or directory\n');
    },
  },

  'a folder without post files': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'drafts/notes.json': '{}' });
      refused(check(dir, ['drafts', 'good.md']), /^presence: drafts: no post files found in this folder \(looked for \.txt, .+\)\n {2}hint: Pass --no-error-on-unmatched-pattern to allow it\.\n$/);
      expect(check(dir, ['drafts', 'good.md', '--no-error-on-unmatched-pattern'])).toMatchObject({ code: 1, stderr: '' });
    },
  },

  'a glob that matches nothing': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      refused(check(dir, ['posts/**/*.md', 'good.md']), 'presence: posts/**/*.md: no post files match this pattern');
      expect(check(dir, ['posts/**/*.md', 'good.md', '--no-error-on-unmatched-pattern'])).toMatchObject({ code: 1, stderr: '' });
    },
  },

  'an image named `.png`, passed by a hook': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'photo.png': PNG });
      const r = check(dir, ['photo.png', 'good.md']);
      refused(r);
      expect(r.stderr).toBe('presence: photo.png: unsupported file type; presence reads .txt, .md, .markdown, .tweet, .toot, .jsonl, .csv\n');
    },
  },

  'an image named `.txt` (a binary file)': {
    code: '2',
    test: () => {
      const message = 'presence: photo.txt: file looks binary (it contains NUL bytes), not a text post\n';
      const dir = tempDir({ ...CONFIG, ...GOOD, 'photo.txt': PNG });
      const r = check(dir, ['photo.txt', 'good.md']);
      refused(r);
      expect(r.stderr).toBe(message);
      // As a pre-commit hook sees it: the staged blob.
      const staged = check(stagedRepo({ ...GOOD, 'photo.txt': PNG }), ['--staged']);
      refused(staged);
      expect(staged.stderr).toBe(message);
    },
  },

  'a file that is not UTF-8 (Latin-1)': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'post.txt': Buffer.from('Adoption day\nCaf\xe9 on the corner\n', 'latin1') });
      const r = check(dir, ['post.txt', 'good.md']);
      refused(r);
      expect(r.stderr).toBe('presence: post.txt:2: file is not valid UTF-8\n');
    },
  },

  'a UTF-16 file, with or without a byte-order mark': {
    code: '2',
    test: () => {
      const text = 'Adoption day at the shelter!\nCome and meet the dogs.\n';
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le).swap16();
      const dir = tempDir({
        ...CONFIG,
        ...GOOD,
        'le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
        'be-bom.md': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
        'le.txt': le,
        'be.csv': be,
      });
      const r = check(dir, ['.']);
      refused(
        r,
        'presence: be-bom.md: file is UTF-16 encoded; save it as UTF-8',
        'presence: le-bom.txt: file is UTF-16 encoded; save it as UTF-8',
        'presence: le.txt: file looks UTF-16 encoded (without a byte-order mark); save it as UTF-8',
        'presence: be.csv: file looks UTF-16 encoded (without a byte-order mark); save it as UTF-8',
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(4);
      // A large UTF-16 CSV is streamed, and refused the same way.
      const streamed = check(dir, ['be.csv', 'good.md'], { env: { PRESENCE_STREAM_BYTES: '10' } });
      refused(streamed);
      expect(streamed.stderr).toBe('presence: be.csv: file looks UTF-16 encoded (without a byte-order mark); save it as UTF-8\n');
    },
  },

  'a post file over 16 MB (a 100 MB `.txt`)': {
    slow: true,
    code: '2',
    timeout: 120_000,
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      large.push(dir);
      writeFileSync(path.join(dir, 'big.txt'), 'Adoption day at the shelter this Saturday, come and meet the dogs.\n'.repeat(Math.ceil((100 * MB) / 67)));
      const r = check(dir, ['big.txt', 'good.md']);
      refused(r);
      expect(r.stderr).toBe(
        'presence: big.txt: file is too large to be a post file (100 MB; presence reads post files of up to 16 MB, CSV files of any size)\n' +
          '  hint: Check that it is a post; a bulk schedule this large can be a .csv file, which is read row by row.\n',
      );
      // From stdin too, named by --stdin-filename.
      const stdin = presence(['check', '-', '--stdin-filename', 'big.md'], { cwd: dir, input: Buffer.alloc(17 * MB, 'a') });
      expect(stdin.code).toBe(2);
      // Read no further than the cap: 1.5 GB piped in took 3.1 GB when it was read whole first.
      expect(stdin.stderr).toMatch(/^presence: big\.md: standard input is too large to be a post \(more than 16 MB\); presence stopped reading it$/m);
    },
  },

  'a 100 MB CSV': {
    slow: true,
    code: '0 or 1',
    timeout: 300_000,
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      large.push(dir);
      const rows = writeRows(
        path.join(dir, 'queue.csv'),
        'date,message,platforms,presence\n',
        (i) => `2026-12-01 09:00,"Adoption day number ${i} at the shelter, come and meet the dogs",linkedin,\n`,
        100 * MB,
        '2026-12-24 18:00,"So hungover after the keg party",linkedin,professional\n',
      );
      const r = check(dir, ['queue.csv', 'good.md']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      // The last row, past 100 MB, is checked, at its line.
      const last = rows + 2;
      expect(r.stdout).toMatch(new RegExp(`^queue\\.csv:${last}:22: error "hungover" reads as partying .*\\[party-photo\\]$`, 'm'));
      expect(r.stdout.split('\n').filter((l) => l.startsWith('queue.csv:')).every((l) => l.startsWith(`queue.csv:${last}:`))).toBe(true);
      goodStillChecked(r);
    },
  },

  'a post of one 1 MB line': {
    code: '0 or 1',
    timeout: 60_000,
    test: () => {
      const words = 'Adoption day at the shelter, meet the dogs. '.repeat(Math.ceil(MB / 44));
      const dir = tempDir({ ...CONFIG, ...GOOD, 'long.txt': `${words}So hungover after the keg party` });
      const r = check(dir, ['long.txt', 'good.md', '--presence', 'professional']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^long\\.txt:1:${words.length + 4}: error "hungover" reads as partying .*\\[party-photo\\]$`, 'm'));
      goodStillChecked(r);
    },
  },

  'an empty or blank post file: `.txt`, `.md` with only front matter, `.csv` with only a header, empty `.jsonl`': {
    code: '0',
    test: () => {
      const blank = {
        'empty.txt': '',
        'blank.txt': ' \n\t\n',
        'meta.md': '---\npresence: professional\nplatforms: [linkedin]\n---\n\n',
        'header.csv': 'date,message,platforms\n',
        'empty.jsonl': '',
        'blank.jsonl': '\n  \n',
      };
      const dir = tempDir({ ...CONFIG, ...blank });
      expect(check(dir, Object.keys(blank))).toEqual({ code: 0, stdout: '', stderr: '' });
      writeFileSync(path.join(dir, 'good.md'), GOOD['good.md']);
      const r = check(dir, [...Object.keys(blank), 'good.md']);
      expect(r).toMatchObject({ code: 1, stderr: '' });
      goodStillChecked(r);
    },
  },

  'malformed or unclosed front matter': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'a.md': '---\npresence: personal\nmedia: [oops\n---\nText', 'b.md': '---\npresence: personal\nText without an end\n' });
      const r = check(dir, ['a.md', 'b.md', 'good.md']);
      refused(r, /^presence: a\.md:\d+:\d+: malformed front matter: .+$/m, 'presence: b.md:1:1: front matter is opened with "---" but never closed');
      expect(r.stderr.match(/^presence: a\.md/gm)).toHaveLength(1);
    },
  },

  'front matter, a config or a JSON Lines line nested too deeply (10,000 `[`)': {
    code: '2',
    test: () => {
      const dir = tempDir({
        ...CONFIG,
        ...GOOD,
        'open.md': `---\nx: ${'['.repeat(10_000)}\n---\nHello\n`,
        'closed.md': `---\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\nHello\n`,
        'shallow.md': `---\nx: ${'['.repeat(200)}${']'.repeat(200)}\n---\nHello\n`,
        'deep.jsonl': `{"text": "hi", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}\n{"text": "So hungover", "presence": "professional"}\n`,
      });
      const r = check(dir, ['.']);
      refused(
        r,
        /^presence: open\.md:2:\d+: malformed front matter: nested more than 100 levels deep$/m,
        /^presence: closed\.md:2:\d+: malformed front matter: nested more than 100 levels deep$/m,
        'presence: shallow.md:2:103: malformed front matter: nested more than 100 levels deep',
        'presence: deep.jsonl:1:120: line is not valid JSON: values are nested more than 100 levels deep',
      );
      // One line each (and the JSON line's hint), not one per bracket.
      expect(r.stderr.trim().split('\n')).toHaveLength(5);
      expect(r.stdout).toMatch(/^deep\.jsonl:2:\d+: error "hungover"/m);
      // The config: one error, its line shown around the column.
      writeFileSync(path.join(dir, 'deep.yaml'), `${EXAMPLE_CONFIG}x: ${'['.repeat(10_000)}\n`);
      const config = check(dir, ['good.md', '-c', 'deep.yaml']);
      expect(config).toMatchObject({ code: 2, stdout: '' });
      const [first, frame, caret, ...rest] = config.stderr.split('\n');
      expect(first).toMatch(/^deep\.yaml:13:\d+: invalid YAML: nested more than 100 levels deep$/);
      expect(frame).toMatch(/^ {2}13 \| …\[{120}…$/);
      expect(caret).toMatch(/^ {5}\| +\^$/);
      expect(rest).toEqual(['']);
    },
  },

  'a config of 200,000 unknown keys': {
    slow: true,
    code: '2',
    test: () => {
      const keys = Array.from({ length: 200_000 }, (_, i) => `k${i}: 1\n`).join('');
      const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}${keys}`, ...GOOD });
      const r = check(dir, ['good.md']);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      noStack(r);
      expect(r.stderr).toMatch(/^\.presencerc\.yaml:13:1: unknown key "k0" in the config/);
      expect(r.stderr.match(/^\.presencerc\.yaml:\d+:\d+: unknown key/gm)).toHaveLength(100);
      expect(r.stderr).toMatch(/^\.presencerc\.yaml:113:1: 199,900 more errors in the config, from here on, not listed \(only 100 are\)\n$/m);
    },
  },

  'very long front matter (200,000 keys)': {
    slow: true,
    code: '0 or 1',
    timeout: 60_000,
    test: () => {
      const keys = Array.from({ length: 200_000 }, (_, i) => `key${i}: "value number ${i}"\n`).join('');
      const dir = tempDir({ ...CONFIG, ...GOOD, 'long.md': `---\npresence: professional\n${keys}---\nSo hungover after the keg party\n` });
      const r = check(dir, ['long.md', 'good.md']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^long\.md:200004:4: error "hungover"/m);
      goodStillChecked(r);
      // Duplicate keys are still found.
      writeFileSync(path.join(dir, 'dup.md'), `---\npresence: professional\n${keys}key7: again\n---\nHello\n`);
      refused(check(dir, ['dup.md', 'good.md']), 'presence: dup.md:200003:1: malformed front matter: Map keys must be unique');
    },
  },

  'YAML aliases that expand too far ("billion laughs"), in front matter or in the config': {
    code: '2',
    test: () => {
      let lol = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
      for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
        lol += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      }
      const dir = tempDir({ ...CONFIG, ...GOOD, 'bomb.md': `---\npresence: professional\n${lol}---\nHello\n`, 'bomb.yaml': `${EXAMPLE_CONFIG}${lol}` });
      refused(
        check(dir, ['bomb.md', 'good.md']),
        'presence: bomb.md:4:8: malformed front matter: aliases (*name) expand too far (more than 100 times), as in an alias bomb ("billion laughs"); refused',
      );
      const config = check(dir, ['good.md', '-c', 'bomb.yaml']);
      expect(config.code).toBe(2);
      expect(config.stderr).toMatch(/^bomb\.yaml:\d+:8: cannot read config: aliases \(\*name\) expand too far \(more than 100 times\), as in an alias bomb \("billion laughs"\); refused\n/);
      noStack(config);
      // A broken config stops the run: no post is checked with rules presence would have to guess.
      expect(config.stdout).toBe('');
      // Aliases within the limit are fine.
      writeFileSync(path.join(dir, 'alias.md'), '---\npresence: professional\nalt: &alt "So hungover"\nmedia:\n  - { file: a.jpg, alt: *alt }\n---\nHello\n');
      expect(check(dir, ['alias.md']).stdout).toMatch(/^alias\.md:3:\d+: error "hungover"/m);
    },
  },

  'a bad `presence` or platform in front matter': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'a.md': '---\npresence: work\n---\nKeg party', 'b.md': '---\nplatforms: [linkdin]\n---\nKeg party' });
      const r = check(dir, ['a.md', 'b.md', 'good.md']);
      refused(r, 'presence: a.md:2:11: front matter "presence" must be professional or personal, got "work"', /^presence: b\.md:2:\d+: front matter "platforms" names an unknown platform "linkdin"/m);
      expect(r.stdout).not.toMatch(/^[ab]\.md:/m);
    },
  },

  'a date that cannot be read': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'a.md': '---\npresence: professional\ndate: tomorrow\n---\nKeg party' });
      const r = check(dir, ['a.md', 'good.md']);
      refused(r, 'presence: a.md:3:7: front matter "date" is not an ISO 8601 date: "tomorrow"');
      expect(r.stdout).toMatch(/^a\.md:5:1: error "Keg party"/m);
    },
  },

  'a malformed CSV row (ragged), or a bad JSON Lines line': {
    code: '2',
    test: () => {
      const dir = tempDir({
        ...CONFIG,
        ...GOOD,
        'queue.csv': 'date,message\n2026-01-02,hi,extra,more\n2026-01-03\n2026-01-04,"Keg stand time"\n',
        'queue.jsonl': '{"text": "hi"\n{"text": "Keg stand time", "presence": "professional"}\n',
      });
      const r = check(dir, ['queue.csv', 'queue.jsonl', 'good.md', '--presence', 'professional']);
      refused(
        r,
        'presence: queue.csv:2:1: row has 4 cells but the header row has 2; the row is not checked',
        'presence: queue.csv:3:1: row has 1 cell and no message (cell 2); the row is not checked',
        /^presence: queue\.jsonl:1:14: line is not valid JSON: /m,
      );
      expect(r.stdout).toMatch(/^queue\.csv:4:13: error "Keg stand"/m);
      expect(r.stdout).toMatch(/^queue\.jsonl:2:11: error "Keg stand"/m);
    },
  },

  'a CSV quote that is never closed': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'queue.csv': 'date,message\n2026-01-01,"Keg stand time"\n2026-01-02,"Adoption day\n2026-01-03,hello\n' });
      const r = check(dir, ['queue.csv', 'good.md', '--presence', 'professional']);
      refused(r, 'presence: queue.csv:3:12: a quoted cell opened here is never closed, so the rest of the file, from line 3, cannot be split into rows reliably and was not checked');
      expect(r.stdout).toMatch(/^queue\.csv:2:13: error "Keg stand"/m);
      const debug = check(dir, ['queue.csv', 'good.md', '--debug']);
      expect(debug.stderr).toMatch(/^Error: Quote Not Closed.*\n\s+at /m);
    },
  },

  'a CSV header of 10,000 columns': {
    code: '2',
    test: () => {
      const header = ['message', ...Array.from({ length: 9_999 }, (_, i) => `c${i}`)].join(',');
      const row = ['Keg stand time', ...Array(9_999).fill('x')].join(',');
      const dir = tempDir({ ...CONFIG, ...GOOD, 'wide.csv': `${header}\n${row}\n` });
      const r = check(dir, ['wide.csv', 'good.md', '--presence', 'professional']);
      refused(r, 'presence: wide.csv:1:9: unknown column "c0" in the CSV header row', 'presence: wide.csv:1:36: unknown column "c9" in the CSV header row', 'presence: wide.csv:1:39: 9,989 more unknown columns in the CSV header row, from this one on');
      expect(r.stderr.match(/^presence: wide\.csv/gm)).toHaveLength(11);
      expect(r.stdout).toMatch(/^wide\.csv:2:1: error "Keg stand"/m);
    },
  },

  // 30,000 lines show the cap as well as 300,000 did, in a tenth of the time (300,000 timed out on a loaded two-core machine).
  'a file with 30,000 bad lines': {
    code: '2',
    timeout: 60_000,
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'queue.jsonl': 'not json\n'.repeat(30_000), 'queue.csv': `date,message\n${'2026-01-01,hi,x,y\n'.repeat(30_000)}` });
      const r = check(dir, ['queue.jsonl', 'queue.csv', 'good.md']);
      refused(
        r,
        'presence: queue.jsonl: 29,900 more problems in this file not listed (only the first 100 are)',
        'presence: queue.csv: 29,900 more problems in this file not listed (only the first 100 are)',
      );
      expect(r.stderr.match(/^presence: queue\.jsonl/gm)).toHaveLength(101);
      // Streamed, the same.
      const streamed = check(dir, ['queue.csv', 'good.md'], { env: { PRESENCE_STREAM_BYTES: '1000' } });
      refused(streamed, 'presence: queue.csv: 29,900 more problems in this file not listed (only the first 100 are)');
      expect(streamed.stderr.match(/^presence: queue\.csv/gm)).toHaveLength(101);
    },
  },

  'a folder with a symbolic link to itself or to its parent': {
    code: '0 or 1',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'posts/a.md': GOOD['good.md'] });
      symlinkSync('.', path.join(dir, 'posts/self'));
      symlinkSync('..', path.join(dir, 'posts/parent'));
      for (const args of [['posts', 'good.md'], ['posts/**/*.md', 'good.md'], ['posts', 'posts/self', 'posts/parent/posts/a.md', 'good.md']]) {
        const r = check(dir, args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toBe('');
        // Each file once, under its first name.
        expect(r.stdout.match(/^[^:]+(?=:4:1: error)/gm)).toEqual(['good.md', 'posts/a.md']);
      }
    },
  },

  'a broken symbolic link, or a loop of links': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      symlinkSync('gone.txt', path.join(dir, 'old.txt'));
      symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
      symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
      refused(
        check(dir, ['.']),
        'presence: old.txt: broken symbolic link (what it points to does not exist)',
        'presence: loop-a.txt: symbolic link loop (too many levels of symbolic links)',
        'presence: loop-b.txt: symbolic link loop (too many levels of symbolic links)',
      );
    },
  },

  'a named pipe or device named like a post': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD });
      execFileSync('mkfifo', [path.join(dir, 'queue.txt')]);
      symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      // Named: refused rather than read forever. In a folder: not a file, skipped.
      const r = check(dir, ['queue.txt', 'zero.txt', 'good.md']);
      refused(
        r,
        'presence: queue.txt: not a regular file (a named pipe, socket or device); presence reads files',
        'presence: zero.txt: not a regular file (a named pipe, socket or device); presence reads files',
      );
      expect(check(dir, ['.'])).toMatchObject({ code: 1, stderr: '' });
    },
  },

  'an unreadable file, folder or config (`chmod 000`)': {
    code: '2',
    test: (context) => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'secret.txt': 'Keg stand time', 'locked/a.txt': 'Keg stand time', 'sub/.presencerc.yaml': EXAMPLE_CONFIG, 'sub/good.md': GOOD['good.md'] });
      chmodSync(dir, 0o755);
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      chmodSync(path.join(dir, 'locked'), 0o000);
      chmodSync(path.join(dir, 'sub/.presencerc.yaml'), 0o000);
      // Root reads any file whatever its mode, so as root the command runs as nobody: the check is real either way.
      if (RUNS_AS_ROOT && !nobodyCanRun()) {
        context.skip('running as root, which reads any file whatever its mode, and the user nobody cannot run the built command here');
      }
      const run = (args: string[], cwd: string) => (RUNS_AS_ROOT ? presenceAsNobody(['check', ...args, '-f', 'compact'], cwd) : check(cwd, args));
      refused(run(['.'], dir), 'presence: locked: cannot read folder: permission denied', 'presence: secret.txt: cannot read file: permission denied');
      // The config found first cannot be read: an error, not a quiet fall back to the config of the folder above.
      const config = run(['good.md'], path.join(dir, 'sub'));
      expect(config).toMatchObject({ code: 2, stdout: '', stderr: '.presencerc.yaml: config file cannot be read (permission denied)\n' });
      // With --debug, the stack of the failed read.
      const debug = RUNS_AS_ROOT ? presenceAsNobody(['check', 'secret.txt', '--debug'], dir) : presence(['check', 'secret.txt', '--debug'], { cwd: dir });
      expect(debug.stderr).toMatch(/^presence: secret\.txt: cannot read file: permission denied\nError: EACCES: permission denied.*\n\s+at /);
      for (const locked of ['secret.txt', 'locked', 'sub/.presencerc.yaml']) chmodSync(path.join(dir, locked), 0o755);
    },
  },

  'an ignored file named on the command line': {
    code: '0',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, '.presenceignore': 'drafts/\n', 'drafts/a.md': GOOD['good.md'] });
      const notice = 'presence: drafts/a.md: ignored by .presenceignore; use --no-ignore to check it\n';
      expect(check(dir, ['drafts/a.md'])).toEqual({ code: 0, stdout: '', stderr: notice });
      const r = check(dir, ['drafts/a.md', 'good.md']);
      expect(r).toMatchObject({ code: 1, stderr: notice });
      goodStillChecked(r);
    },
  },

  'an `ignore` entry without a reason, or naming an unknown rule': {
    code: '2',
    test: () => {
      const dir = tempDir({
        ...CONFIG,
        ...GOOD,
        'a.md': '---\npresence: professional\nignore:\n  party-photo:\n---\nKeg party',
        'b.md': '---\npresence: professional\nignore:\n  party-foto: a wine bar\n---\nKeg party',
      });
      refused(
        check(dir, ['a.md', 'b.md', 'good.md']),
        'presence: a.md:4:15: front matter ignore of "party-photo" needs a reason, e.g. party-photo: "why this post may say it"',
        'presence: b.md:4:3: ignore names unknown rule "party-foto"',
      );
    },
  },

  'a rule that crashes': {
    code: '2',
    test: () => {
      const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: [./crash.mjs]\n`, 'crash.mjs': CRASHING_PLUGIN, ...GOOD });
      refused(
        check(dir, ['good.md']),
        'presence: good.md: rule "crash" failed on post 0: boom',
        '  hint: This is a bug in the rule; the other rules still ran. Run with --debug for the stack trace.',
      );
      expect(check(dir, ['good.md', '--debug']).stderr).toMatch(/^Error: boom\n\s+at .*crash\.mjs/m);
    },
  },

  'a broken config': {
    code: '2',
    test: () => {
      const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  party-foto: error\n`, ...GOOD });
      const r = check(dir, ['good.md']);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(/^\.presencerc\.yaml:14:3: unknown rule "party-foto" \(did you mean "party-photo"\?\)\n/);
      noStack(r);
    },
  },

  'a config path that is a folder (`-c somedir`, or a folder named `.presencerc.yaml`)': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'somedir/x': '', 'sub/.presencerc.yaml/x': '', 'sub/good.md': GOOD['good.md'] });
      expect(check(dir, ['good.md', '-c', 'somedir'])).toEqual({ code: 2, stdout: '', stderr: 'somedir: config path is a directory, not a file\n' });
      // Not skipped for the config of the folder above.
      expect(check(path.join(dir, 'sub'), ['good.md'])).toEqual({ code: 2, stdout: '', stderr: '.presencerc.yaml: config path is a directory, not a file\n' });
    },
  },

  'two config files in one folder (`.presencerc.yaml` and `.presencerc.json`)': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, '.presencerc.json': '{"default": "professional"}', ...GOOD });
      expect(check(dir, ['good.md'])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          '.presencerc.yaml: more than one config file in this folder: .presencerc.yaml and .presencerc.json; presence does not guess which one applies\n' +
          "  hint: Keep one (move the other's settings into it), or name the one to use with --config.\n",
      });
      // package.json counts when it has a presence key.
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'posts', presence: { default: 'personal' } }));
      rmSync(path.join(dir, '.presencerc.json'));
      expect(check(dir, ['good.md']).stderr).toMatch(/^package\.json: more than one config file in this folder: package\.json and \.presencerc\.yaml;/);
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'posts' }));
      expect(check(dir, ['good.md'])).toMatchObject({ code: 1, stderr: '' });
      // --config says which.
      writeFileSync(path.join(dir, '.presencerc.json'), '{"default": "professional"}');
      expect(check(dir, ['good.md', '-c', '.presencerc.yaml'])).toMatchObject({ code: 1, stderr: '' });
    },
  },

  '`-o` naming an existing post file': {
    code: '2',
    test: () => {
      const dir = tempDir({ ...CONFIG, ...GOOD, 'b.txt': 'hello' });
      for (const force of [[], ['--force']]) {
        const r = check(dir, ['good.md', '-o', 'b.txt', ...force]);
        expect(r.code).toBe(2);
        // Refused before anything is read, whether b.txt exists or not: the next run would check a report named like a post.
        expect(r.stderr).toBe('presence: b.txt: refusing to write the report to a post file type: the next run would check it as a post\n  hint: Choose another --output-file, such as report.json or report.log.\n');
        expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('hello');
      }
    },
  },

  '`-o` or `--write-baseline` naming an existing file': {
    code: '2',
    test: () => {
      const known = '{ "version": 1, "findings": {} }\n';
      const dir = tempDir({ ...CONFIG, ...GOOD, 'report.json': 'keep me', '.presence-baseline.json': known });
      const report = check(dir, ['good.md', '-o', 'report.json']);
      expect(report).toMatchObject({ code: 2, stdout: '' });
      expect(report.stderr).toBe('presence: report.json: refusing to replace an existing file with the report\n  hint: Pass --force to replace it, or choose another --output-file.\n');
      expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('keep me');

      const baseline = check(dir, ['good.md', '--write-baseline']);
      expect(baseline.code).toBe(2);
      expect(baseline.stderr).toBe(
        'presence: .presence-baseline.json: refusing to replace the existing baseline\n  hint: Pass --force to record the current findings over it, or --prune-baseline to drop only the entries that match nothing any more.\n',
      );
      // A setup error: found before any post is read, so nothing is reported either.
      expect(baseline.stdout).toBe('');
      expect(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8')).toBe(known);

      // --force replaces them, atomically (no temporary file is left).
      expect(check(dir, ['good.md', '-o', 'report.json', '--force'])).toMatchObject({ code: 1, stderr: '' });
      expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toMatch(/^good\.md:4:1: error/);
      expect(check(dir, ['good.md', '--write-baseline', '--force']).code).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, '.presence-baseline.json'), 'utf8')).version).toBe(1);
      expect(check(dir, ['good.md']).code).toBe(0);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  },
};

/** The rows of the "Bad inputs" table of docs/troubleshooting.md: input and exit code. */
function readmeRows(): { input: string; code: string }[] {
  const readme = readFileSync(path.join(ROOT, 'docs/troubleshooting.md'), 'utf8');
  const start = readme.indexOf('## Bad inputs');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| input ') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ');
      return { input: cells[0]!, code: cells.at(-1)! };
    });
}

describe('when things go wrong (the table of docs/troubleshooting.md, row by row)', () => {
  for (const [input, row] of Object.entries(rows)) {
    // The rows of very large inputs run in `npm run test:slow` (CI runs both), under the slow tag's own time limit.
    if (row.slow) it(input, { tags: ['slow'] }, row.test);
    else it(input, row.test, row.timeout ?? 30_000);
  }

  it('the table of docs/troubleshooting.md has exactly these rows, with these exit codes', () => {
    expect(readmeRows()).toEqual(Object.entries(rows).map(([input, row]) => ({ input, code: row.code })));
  });
});
