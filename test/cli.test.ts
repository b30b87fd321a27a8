import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { defineRule, severities } from '../src/core/rule.js';
import { rules } from '../rules/index.js';
import { POST_EXTENSIONS } from '../src/sources/index.js';
import { VERSION } from '../src/version.js';
import { captureIo, EXAMPLE_CONFIG, presence, tempDir, type JsonFile, type JsonMessage } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';


/** The text a diagnostic points at in its file (single-line spans). */
function pointedText(root: string, file: JsonFile, m: JsonMessage): string {
  const lines = readFileSync(path.join(root, file.filePath), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(m.endLine).toBe(m.line);
  return lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1);
}

describe('presence check on the bundled examples', () => {
  const result = presence(['check', 'fixtures/examples', '-c', 'fixtures/examples/.presencerc.yaml', '-f', 'json'], { cwd: ROOT });
  const files = JSON.parse(result.stdout) as JsonFile[];
  const byName = Object.fromEntries(files.map((f) => [path.basename(f.filePath), f]));

  it('exits 1 because the examples hold errors, and says nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('lists every file, sorted by path, as given on the command line', () => {
    expect(files.map((f) => f.filePath)).toEqual([
      'fixtures/examples/linkedin/adoption-day.md',
      'fixtures/examples/linkedin/team-night.md',
      'fixtures/examples/personal/coffee.md',
      'fixtures/examples/personal/promo.txt',
      'fixtures/examples/personal/weekend.txt',
    ]);
  });

  it('keeps the near-misses clean', () => {
    expect(byName['adoption-day.md']!.messages).toEqual([]);
    expect(byName['coffee.md']!.messages).toEqual([]);
  });

  it('reports party talk in the alt text and the body at their true positions', () => {
    const f = byName['team-night.md']!;
    const party = f.messages.filter((m) => m.ruleId === 'party-photo');
    expect(party.map((m) => [m.field, m.line, m.severity, m.presence])).toEqual([
      ['media[0].alt', 6, 'error', 'professional'],
      ['body', 9, 'error', 'professional'],
      ['body', 9, 'error', 'professional'],
    ]);
    expect(pointedText(ROOT, f, party[0]!)).toMatch(/keg stand/);
    expect(pointedText(ROOT, f, party[1]!)).toMatch(/shots/);
    expect(pointedText(ROOT, f, party[2]!)).toMatch(/hungover/);
    expect(f.errorCount).toBe(party.length);
  });

  it('reports oversharing and the business repost on the personal presence', () => {
    const weekend = byName['weekend.txt']!;
    expect(weekend.messages.every((m) => m.ruleId === 'oversharing' && m.severity === 'error' && m.presence === 'personal')).toBe(true);
    expect(weekend.messages.map((m) => m.line)).toEqual([1, 2]);
    expect(pointedText(ROOT, weekend, weekend.messages[0]!)).toMatch(/house will be empty/);
    expect(pointedText(ROOT, weekend, weekend.messages[1]!)).toMatch(/spare key/);
    const promo = byName['promo.txt']!;
    expect(promo.messages.map((m) => [m.ruleId, m.severity])).toContainEqual(['business-repost', 'warning']);
    expect(promo.warningCount).toBeGreaterThan(0);
  });

  it('prints the stylish report for people', () => {
    const stylish = presence(['check', 'fixtures/examples', '-c', 'fixtures/examples/.presencerc.yaml'], { cwd: ROOT });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^fixtures\/examples\/linkedin\/team-night\.md\n {2}6:\d+ +error +.+ +party-photo$/m);
    expect(stylish.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ suggestions?\)\n$/);
    expect(stylish.stdout).not.toMatch(/\x1b\[/);
    expect(stylish.stdout).toMatchSnapshot();
  });
});

describe('presence check: options', () => {
  const config = { '.presencerc.yaml': EXAMPLE_CONFIG };

  it('exits 0 and prints nothing for a clean post', () => {
    const dir = tempDir({ ...config, 'post.txt': 'Coffee with a friend from college.' });
    expect(presence(['check', 'post.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('checks the current folder when no path is given', () => {
    const dir = tempDir({ ...config, 'posts/a.txt': 'So hungover after the keg party' });
    const r = presence(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/posts\/a\.txt/);
  });

  it('sets the presence with --presence; front matter wins over it', () => {
    const dir = tempDir({
      ...config,
      'a.txt': 'So hungover after the keg party',
      'b.md': '---\npresence: personal\n---\nSo hungover after the keg party',
    });
    const r = presence(['check', 'a.txt', 'b.md', '--presence', 'professional', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout) as JsonFile[];
    expect(files.map((f) => [f.filePath, f.messages.find((m) => m.ruleId === 'party-photo')!.presence, f.messages.find((m) => m.ruleId === 'party-photo')!.severity])).toEqual([
      ['a.txt', 'professional', 'error'],
      ['b.md', 'personal', 'warning'],
    ]);
    expect(r.code).toBe(1);
  });

  it('treats warnings as passing unless --max-warnings is exceeded', () => {
    const dir = tempDir({ ...config, 'a.txt': 'So hungover after the keg party' });
    expect(presence(['check', 'a.txt'], { cwd: dir }).code).toBe(0);
    expect(presence(['check', 'a.txt', '--max-warnings', '5'], { cwd: dir }).code).toBe(0);
    const over = presence(['check', 'a.txt', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/too many warnings \(2; the maximum is 0\)/);
    expect(presence(['check', 'a.txt', '--max-warnings', 'x'], { cwd: dir }).code).toBe(2);
  });

  it('--quiet reports errors only', () => {
    const dir = tempDir({ ...config, 'a.txt': 'So hungover after the keg party' });
    expect(presence(['check', 'a.txt', '--quiet'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('suggestions never change the exit code', async () => {
    const dir = tempDir({ ...config, 'a.txt': 'hello' });
    const hint = defineRule({
      id: 'hint',
      description: 'Always suggests.',
      messages: { hint: 'a suggestion' },
      defaultSeverity: severities({ professional: 'suggestion', personal: 'suggestion' }),
      check: () => [{ messageId: 'hint' }],
    });
    const io = captureIo(dir);
    expect(await run(['check', 'a.txt'], io, [hint])).toBe(0);
    expect(io.out()).toMatch(/1 problem \(0 errors, 0 warnings, 1 suggestion\)/);
  });

  it('-o writes the report to a file, keeps the exit code, and never touches the posts', () => {
    const post = 'Five rounds of shots, still hungover';
    const dir = tempDir({ ...config, 'a.txt': post });
    const before = statSync(path.join(dir, 'a.txt')).mtimeMs;
    const r = presence(['check', 'a.txt', '--presence', 'professional', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as JsonFile[];
    expect(report[0]!.errorCount).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(post);
    expect(statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(before);
  });

  it('reads one post from stdin, named and parsed by --stdin-filename', () => {
    const dir = tempDir(config);
    const input = '---\npresence: professional\n---\nStill hungover from the bar crawl';
    const r = presence(['check', '-', '--stdin-filename', 'queue/monday.md', '-f', 'json'], { cwd: dir, input });
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    expect(file!.filePath).toBe('queue/monday.md');
    expect(file!.messages.find((m) => m.ruleId === 'party-photo')).toMatchObject({ ruleId: 'party-photo', line: 4, presence: 'professional' });
    expect(r.code).toBe(1);
    const plain = presence(['check', '-', '-f', 'json'], { cwd: dir, input: 'Keg stand time' });
    expect((JSON.parse(plain.stdout) as JsonFile[])[0]!.filePath).toBe('<stdin>');
  });

  it('reports positions in files with a BOM and CRLF line endings', () => {
    const dir = tempDir({ ...config, 'a.txt': '\uFEFFLine one\r\nThen a keg stand\r\n' });
    const r = presence(['check', 'a.txt', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    expect(file!.messages.map((m) => [m.line, m.column])).toEqual([[2, 8]]);
    expect(pointedText(dir, file!, file!.messages[0]!)).toMatch(/^keg/);
  });

  it('colours only when asked or on a terminal', () => {
    const dir = tempDir({ ...config, 'a.txt': 'Keg stand time' });
    expect(presence(['check', 'a.txt'], { cwd: dir }).stdout).not.toMatch(/\x1b\[/);
    expect(presence(['check', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(presence(['check', 'a.txt', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(presence(['check', 'a.txt', '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
  });

  it('prints help and the version', () => {
    const dir = tempDir();
    const help = presence(['check', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    for (const option of ['--config', '--presence', '--format', '--max-warnings', '--quiet', '--output-file', '--stdin-filename', '--no-color', '--debug']) {
      expect(help.stdout).toContain(option);
    }
    expect(help.stdout).toMatch(/Exit codes:/);
    expect(presence(['--version'], { cwd: dir }).stdout.trim()).toBe(VERSION);
  });

  it('exits 2 on usage errors', () => {
    const dir = tempDir();
    const r = presence(['check', '--frmat', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frmat'/);
    expect(presence(['check', '-f', 'xml', 'a.txt'], { cwd: dir }).code).toBe(2);
  });
});

describe('presence check: config', () => {
  it('runs on built-in defaults without a config and says once how to create one', () => {
    const dir = tempDir({ 'a.txt': 'Keg stand time', 'b.txt': 'hi' });
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/no config found/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/party-photo/);
  });

  it('stops on a broken config with exit 2, the position and the line, and no stack trace', () => {
    const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  party-foto: error\n`, 'a.txt': 'Keg stand time' });
    const r = presence(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        '.presencerc.yaml:14:3: unknown rule "party-foto" (did you mean "party-photo"?)',
        '  14 |   party-foto: error',
        '     |   ^^^^^^^^^^',
        '  hint: Run `presence rules` to list the rules.',
        '',
      ].join('\n'),
    );
  });

  it('uses the config named by --config', () => {
    const dir = tempDir({ 'cfg/team.yaml': EXAMPLE_CONFIG.replace('audience: friends', 'audience: public'), 'a.txt': 'Keg stand time' });
    const r = presence(['check', 'a.txt', '-c', 'cfg/team.yaml', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as JsonFile[])[0]!.messages[0]!.severity).toBe('error');
    expect(presence(['check', 'a.txt', '-c', 'missing.yaml'], { cwd: dir }).stderr).toBe('missing.yaml: config file not found\n');
  });

  it('applies severities per presence, then top level, then the default', () => {
    const cfg = EXAMPLE_CONFIG.replace(
      'audience: friends',
      'audience: friends\n    rules:\n      party-photo: suggestion',
    ) + 'rules:\n  party-photo: error\n';
    const dir = tempDir({
      '.presencerc.yaml': cfg,
      'a.md': '---\npresence: personal\n---\nKeg stand time',
      'b.md': '---\npresence: professional\n---\nKeg stand time',
    });
    const files = JSON.parse(presence(['check', '.', '-f', 'json'], { cwd: dir }).stdout) as JsonFile[];
    expect(files.map((f) => f.messages.find((m) => m.ruleId === 'party-photo')!.severity)).toEqual(['suggestion', 'error']);
  });

  it('turns a rule off', () => {
    const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  party-photo: off\n`, 'a.txt': 'Keg stand time' });
    expect(presence(['check', 'a.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('warns on stderr when the professional presence is not public, and still runs', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG.replace('audience: public', 'audience: private'), 'a.txt': 'hello' });
    const r = presence(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\.presencerc\.yaml:4:15: warning: the professional presence has audience "private"/);
  });
});

describe('presence check: bad input', () => {
  const config = { '.presencerc.yaml': EXAMPLE_CONFIG };

  it('names a path that does not exist, exits 2, and still checks the rest', () => {
    const dir = tempDir({ ...config, 'a.txt': 'Keg stand time' });
    const r = presence(['check', 'nope.txt', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('presence: nope.txt: no such file or directory\n');
    expect(r.stdout).toMatch(/a\.txt/);
  });

  it('refuses binary and non-UTF-8 files with their names', () => {
    const dir = tempDir({
      ...config,
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'latin1.txt': new Uint8Array([...new TextEncoder().encode('Caf\n'), 0xe9, 0x0a]),
      'ok.txt': 'Keg stand time',
    });
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'presence: latin1.txt:2: file is not valid UTF-8\npresence: photo.txt: file looks binary (it contains NUL bytes), not a text post\n',
    );
    expect(r.stdout).toMatch(/ok\.txt/);
  });

  it('reports malformed front matter with file and line', () => {
    const dir = tempDir({ ...config, 'a.md': '---\npresence: personal\nmedia: [oops\n---\nText' });
    const r = presence(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: a\.md:\d+:\d+: malformed front matter: .+\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('treats an empty file as no post and no error', () => {
    const dir = tempDir({ ...config, 'empty.txt': '', 'blank.md': '\n\n' });
    expect(presence(['check', 'empty.txt', 'blank.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports an unreadable file and checks the rest', async () => {
    const dir = tempDir({ ...config, 'secret.txt': 'x', 'a.txt': 'Keg stand time' });
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const io = captureIo(dir, {
      readFile: async (p) => {
        if (p.endsWith('secret.txt')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return readFileSync(p);
      },
    });
    expect(await run(['check', '.'], io)).toBe(2);
    expect(io.err()).toBe('presence: secret.txt: cannot read file: permission denied\n');
    expect(io.out()).toMatch(/a\.txt/);
  });

  it('refuses unsupported file types and empty folders', () => {
    const dir = tempDir({ ...config, 'photo.png': 'x', 'empty/.keep': '' });
    const r = presence(['check', 'photo.png', 'empty'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`presence: photo.png: unsupported file type; presence reads ${POST_EXTENSIONS.join(', ')}\n`);
    expect(r.stderr).toMatch(/^presence: empty: no post files found in this folder/m);
    expect(presence(['check', 'empty', '--no-error-on-unmatched-pattern'], { cwd: dir }).code).toBe(0);
  });

  it('walks folders recursively, skipping node_modules and dot-folders', () => {
    const dir = tempDir({
      ...config,
      'posts/2026/a.md': 'Keg stand time',
      'posts/node_modules/b.txt': 'Keg stand time',
      'posts/.drafts/c.txt': 'Keg stand time',
      'posts/notes.json': '{}',
    });
    const files = JSON.parse(presence(['check', 'posts', '-f', 'json'], { cwd: dir }).stdout) as JsonFile[];
    expect(files.map((f) => f.filePath)).toEqual(['posts/2026/a.md']);
  });

  it('contains a rule that throws: names it and the file, keeps the other findings, exits 2', async () => {
    const dir = tempDir({ ...config, 'a.txt': 'Keg stand time' });
    const broken = defineRule({
      id: 'broken',
      description: 'Throws.',
      messages: { x: 'x' },
      defaultSeverity: severities({ professional: 'error', personal: 'error' }),
      check: () => {
        throw new Error('boom');
      },
    });
    const io = captureIo(dir);
    expect(await run(['check', 'a.txt'], io, [...rules, broken])).toBe(2);
    expect(io.err()).toBe(
      'presence: a.txt: rule "broken" failed on post 0: boom\n  hint: This is a bug in the rule; the other rules still ran. Run with --debug for the stack trace.\n',
    );
    expect(io.out()).toMatch(/party-photo/);
    const debug = captureIo(dir);
    await run(['check', 'a.txt', '--debug'], debug, [...rules, broken]);
    expect(debug.err()).toMatch(/Error: boom\n\s+at /);
  });

  it('reports a malformed finding as the rule\'s fault', async () => {
    const dir = tempDir({ ...config, 'a.txt': 'hello' });
    const sloppy = defineRule({
      id: 'sloppy',
      description: 'Returns a span past the end.',
      messages: { x: 'x' },
      defaultSeverity: severities({ professional: 'error', personal: 'error' }),
      check: () => [{ messageId: 'x', span: { start: 2, end: 99 } }],
    });
    const io = captureIo(dir);
    expect(await run(['check', 'a.txt'], io, [sloppy])).toBe(2);
    expect(io.err()).toMatch(/rule "sloppy" returned span \{"start":2,"end":99\} outside its text \(length 5\) on post 0/);
  });

  it('never writes to post files, even when -o names one', () => {
    const dir = tempDir({ ...config, 'a.txt': 'Keg stand time' });
    writeFileSync(path.join(dir, 'b.txt'), 'hello');
    const r = presence(['check', 'a.txt', '-o', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.txt: refusing to write the report to a post file type/);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('hello');
  });
});

describe('presence rules', () => {
  it('lists every rule with its description and default severities', () => {
    const r = presence(['rules'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    for (const rule of rules) {
      expect(r.stdout).toContain(`${rule.id}\n  ${rule.description}\n  professional: `);
      expect(r.stdout).toContain(`docs: rules/${rule.id}.md`);
    }
    expect(r.stdout).toContain('party-photo\n');
    expect(r.stdout).toMatch(/personal: error \(public\); warning \(followers, friends, private\)/);
  });
});

describe('docs/options.md agrees with --help', () => {
  it('documents every option of presence check, and no other', () => {
    const help = presence(['check', '--help'], { cwd: tempDir() }).stdout + presence(['--help'], { cwd: tempDir() }).stdout;
    const options = readFileSync(path.join(ROOT, 'docs/options.md'), 'utf8');
    const fromHelp = new Set(help.match(/--[a-z][a-z-]+/g));
    const start = options.indexOf('| option | what it does |');
    expect(start).toBeGreaterThan(-1);
    const table = options.slice(start, options.indexOf('The presence of a post is', start));
    const fromDocs = new Set(table.match(/--[a-z][a-z-]+/g));
    expect([...fromDocs].sort()).toEqual([...fromHelp].sort());
  });
});

describe('masking', () => {
  it('masks sensitive values in messages unless --no-mask', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.txt': 'My address is 1234 Elm Street, come by! Boarding pass code XKJQPL, seat 14C.' });
    const messages = (stdout: string) => (JSON.parse(stdout) as JsonFile[])[0]!.messages.map((m) => m.message).join('\n');
    const masked = messages(presence(['check', 'a.txt', '-f', 'json'], { cwd: dir }).stdout);
    expect(masked).not.toContain('1234 Elm');
    expect(masked).not.toContain('XKJQPL');
    expect(masked).toMatch(/•/);
    const shown = messages(presence(['check', 'a.txt', '-f', 'json', '--no-mask'], { cwd: dir }).stdout);
    expect(shown).toContain('1234 Elm Street');
  });

  it('reports an address once, as personal-info, and the situation that makes it a home, "My address", as oversharing', () => {
    // As a date of birth is reported as personal-info and "my DOB" as oversharing's birthdate, and as the other
    // languages report "Nueva dirección" beside the address: two findings of two spans, never the address twice.
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.txt': 'My address is 1234 Elm Street, come by!' });
    const [file] = JSON.parse(presence(['check', 'a.txt', '-f', 'json'], { cwd: dir }).stdout) as JsonFile[];
    const found = file!.messages.map((m) => [m.ruleId, m.column, m.endColumn]);
    expect(found).toEqual([
      ['oversharing', 1, 11],
      ['personal-info', 15, 30],
    ]);
    expect(file!.messages.map((m) => m.message).join('\n')).not.toContain('1234 Elm');
  });
});

describe('presence explain and print-config', () => {
  it('explain prints the rule documentation, and names an unknown rule', () => {
    const dir = tempDir();
    const r = presence(['explain', 'party-photo'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'rules/party-photo.md'), 'utf8'));
    const bad = presence(['explain', 'party-foto'], { cwd: dir });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'presence: unknown rule "party-foto" (did you mean "party-photo"?)\n  hint: Run `presence rules` to list the rules.\n' });
  });

  it('print-config shows the resolved settings for a file, overrides included', () => {
    const dir = tempDir({
      '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  oversharing: { extraWords: [therapist] }\noverrides:\n  - files: ["linkedin/**"]\n    presence: professional\n    platforms: [linkedin]\n    rules: { party-photo: suggestion }\n`,
    });
    const r = presence(['print-config', 'linkedin/post.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      config: '.presencerc.yaml',
      file: 'linkedin/post.md',
      presence: 'professional',
      audience: 'public',
      positioning: 'I am a veterinarian in animal rescue for families ready to adopt',
      platforms: ['linkedin'],
      overrides: [0],
    });
    expect(printed.rules['party-photo'].severity).toBe('suggestion');
    expect(printed.rules.oversharing).toEqual({ severity: 'error', options: { extraWords: ['therapist'], allowWords: [], learned: false }, from: 'rules' });
    expect(printed.rules['party-photo'].from).toBe('overrides[0]');
    expect(printed.presenceFrom).toBe('overrides[0]');
    expect(Object.keys(printed.rules)).toEqual(rules.map((rule) => rule.id));
    expect(JSON.parse(presence(['print-config'], { cwd: dir }).stdout).presence).toBe('personal');
  });
});
