import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

// The built package entry, as `import ... from 'presence-lint'` loads it (package.json exports).
type Api = typeof import('../dist/src/index.js');
// The package's entry (package.json exports): the bundle's library API, as users import it.
const api = (await import(path.join(ROOT, 'dist/index.mjs'))) as Api;
const { lint, loadConfig, formatResults, ConfigError, PresenceConfig, formatters, rules, defineRule, severities } = api;

const PRO = `${EXAMPLE_CONFIG}rules:\n  off-positioning: off\n  broadcast-only: off\n`;

describe("the package's exports", () => {
  it('are what package.json exports as presence-lint', () => {
    const script = `import('presence-lint').then((m) => console.log(Object.keys(m).sort().join(',')))`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split(',')).toEqual(
      expect.arrayContaining(['lint', 'loadConfig', 'formatResults', 'ConfigError', 'PresenceConfig', 'defineRule', 'severities', 'formatters', 'rules', 'run', 'version']),
    );
  });

  it('include the built-in rules, the formatters and the rule helpers', () => {
    expect(rules.map((r) => r.id)).toContain('party-photo');
    expect(Object.keys(formatters)).toEqual(expect.arrayContaining(['stylish', 'json', 'sarif']));
    const rule = defineRule({ id: 'x', description: 'X.', messages: { m: 'm' }, defaultSeverity: severities({ professional: 'error', personal: 'off' }), check: () => [] });
    expect(rule.defaultSeverity.personal.public).toBe('off');
  });
});

describe('lint({ text })', () => {
  it('lints one post with the config found from cwd, positions and all', async () => {
    const cwd = tempDir({ '.presencerc.yaml': PRO });
    const result = await lint({ text: 'Team night!\nFive rounds of shots, then hungover at work.', presence: 'professional' }, { cwd });
    expect(result.problems).toEqual([]);
    expect(result.postCount).toBe(1);
    expect(result.results).toHaveLength(1);
    const [file] = result.results;
    expect(file!.filePath).toBe('<text>');
    expect(file!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.presence])).toEqual([
      ['party-photo', 'error', 2, 1, 'professional'],
      ['party-photo', 'error', 2, 28, 'professional'],
    ]);
    expect(file!.errorCount).toBe(2);
  });

  it('uses the config default presence, and reads front matter when filePath says .md', async () => {
    const cwd = tempDir({ '.presencerc.yaml': `${PRO}default: professional\n` });
    const plain = await lint({ text: 'Still hungover.' }, { cwd });
    expect(plain.results[0]!.messages[0]!.presence).toBe('professional');
    const md = await lint({ text: '---\npresence: personal\n---\nStill hungover.\n', filePath: 'drafts/monday.md' }, { cwd });
    expect(md.results[0]!.filePath).toBe('drafts/monday.md');
    expect(md.results[0]!.messages.map((m) => [m.presence, m.line, m.severity])).toEqual([['personal', 4, 'warning']]);
  });

  it('takes the platforms of the post', async () => {
    const cwd = tempDir({ '.presencerc.yaml': PRO });
    const text = 'Adoption day! #dogs #adopt #rescue #shelter';
    const anywhere = await lint({ text, presence: 'professional' }, { cwd });
    expect(anywhere.results[0]!.messages.map((m) => m.ruleId)).toContain('hashtag-overuse');
    const instagram = await lint({ text, presence: 'professional', platforms: ['Instagram'] }, { cwd });
    expect(instagram.results[0]!.messages.map((m) => m.ruleId)).not.toContain('hashtag-overuse');
  });

  it('masks sensitive values unless mask: false', async () => {
    const cwd = tempDir({
      '.presencerc.yaml': 'plugins: ["./secret.js"]\n',
      'secret.js': `export default { rules: [{ id: 'code', description: 'Finds a code.', messages: { m: 'code {code}' },
        check: ({ post }) => [{ messageId: 'm', data: { code: post.text }, sensitive: ['code'] }] }] };\n`,
    });
    const message = async (mask?: boolean) =>
      (await lint({ text: 'ABC12345' }, { cwd, ...(mask === undefined ? {} : { mask }) })).results[0]!.messages.find((m) => m.ruleId === 'code')!.message;
    expect(await message()).not.toContain('ABC12345');
    expect(await message()).toMatch(/•/);
    expect(await message(false)).toBe('code ABC12345');
  });

  it('returns a problem, not an exception, for a file type it cannot read', async () => {
    const result = await lint({ text: 'x', filePath: 'photo.png' }, { cwd: tempDir() });
    expect(result.results).toEqual([]);
    expect(result.problems).toEqual([{ file: 'photo.png', message: expect.stringMatching(/unsupported file type/) }]);
  });
});

describe('lint({ files })', () => {
  it('lints files, folders and globs from cwd, sorted, with problems for what it cannot read', async () => {
    const cwd = tempDir({
      '.presencerc.yaml': PRO,
      '.presenceignore': 'drafts/\n',
      'posts/b.txt': 'Hungover again.',
      'posts/a.md': '---\npresence: professional\n---\nA keg stand at the office party.\n',
      'drafts/c.txt': 'Hungover.',
    });
    const result = await lint({ files: ['posts', 'drafts/c.txt', 'nope.txt'] }, { cwd });
    expect(result.results.map((r) => [r.filePath, r.errorCount + r.warningCount])).toEqual([
      [path.join('posts', 'a.md'), 1],
      [path.join('posts', 'b.txt'), 1],
    ]);
    expect(result.problems).toEqual([{ file: 'nope.txt', message: 'no such file or directory' }]);
    const all = await lint({ files: ['drafts'] }, { cwd, ignore: false });
    expect(all.results.map((r) => r.filePath)).toEqual([path.join('drafts', 'c.txt')]);
  });

  it('reports a rule that throws as a problem naming the rule and the post', async () => {
    const cwd = tempDir({
      '.presencerc.yaml': `plugins: ["./p.js"]\n`,
      'p.js': `export default { rules: [{ id: 'fragile', description: 'Throws.', messages: { m: 'm' }, check() { throw new Error('oops'); } }] };\n`,
      'a.txt': 'x',
    });
    const result = await lint({ files: ['a.txt'] }, { cwd });
    expect(result.problems.map((p) => p.message)).toEqual(['rule "fragile" failed on post 0: oops']);
  });
});

describe('config', () => {
  it('takes a config object, patterns and all', async () => {
    const config = {
      presences: { professional: { positioning: 'I am a veterinarian in animal rescue for families ready to adopt' } },
      default: 'professional',
      patterns: [{ id: 'no-competitors', message: 'Do not name a competitor: {match}', words: ['Globex'] }],
      rules: { 'no-competitors': 'error', 'off-positioning': 'off', 'broadcast-only': 'off' },
    };
    const result = await lint({ text: 'Better than GLOBEX.' }, { config, cwd: tempDir() });
    expect(result.results[0]!.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['no-competitors', 'error', 'Do not name a competitor: GLOBEX'],
    ]);
    expect(result.rules.map((r) => r.id)).toContain('no-competitors');
  });

  it('loadConfig returns a config to lint with many times', async () => {
    const cwd = tempDir({ 'site/.presencerc.yaml': PRO, 'site/posts/.keep': '' });
    const loaded = await loadConfig({ cwd: path.join(cwd, 'site/posts') });
    expect(loaded).toBeInstanceOf(PresenceConfig);
    expect(loaded.filepath).toBe(path.join(cwd, 'site/.presencerc.yaml'));
    expect(loaded.config.presences.professional.positioning!.role).toBe('veterinarian');
    for (const text of ['Hungover.', 'A quiet day.']) {
      const result = await lint({ text }, { config: loaded });
      expect(result.results).toHaveLength(1);
    }
  });

  it('loadConfig throws a ConfigError whose message explains each issue with its position', async () => {
    const cwd = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}rules:\n  party-foto: error\n` });
    const error = await loadConfig({ cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(Error);
    const configError = error as InstanceType<typeof ConfigError>;
    expect(configError.code).toBe('PRESENCE_CONFIG');
    expect(configError.message).toBe(
      '.presencerc.yaml:14:3: unknown rule "party-foto" (did you mean "party-photo"?)\n  14 |   party-foto: error\n     |   ^^^^^^^^^^\n  hint: Run `presence rules` to list the rules.',
    );
    expect(configError.issues).toEqual([expect.objectContaining({ line: 14, column: 3, severity: 'error' })]);
    await expect(lint({ text: 'x' }, { cwd })).rejects.toThrow(ConfigError);
    await expect(loadConfig({ config: { default: 'work' } })).rejects.toThrow(/invalid value "work" for default/);
  });

  it('keeps warnings that do not stop a run', async () => {
    const cwd = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG.replace('audience: public', 'audience: friends') });
    const loaded = await loadConfig({ cwd });
    expect(loaded.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/professional presence has audience "friends"/)]);
  });
});

describe('formatResults', () => {
  it('renders a result in any of the command formats', async () => {
    const cwd = tempDir({ '.presencerc.yaml': PRO });
    const result = await lint({ text: 'Hungover again.', presence: 'professional', filePath: 'post.txt' }, { cwd });
    expect(JSON.parse(formatResults(result, 'json'))[0]).toMatchObject({ filePath: 'post.txt', errorCount: 1 });
    expect(formatResults(result)).toMatch(/post\.txt\n\s+1:1\s+error .* party-photo\n/);
    expect(() => formatResults(result, 'xml')).toThrow(/unknown format "xml"/);
  });
});

describe('types', () => {
  it('type-check a plugin written in TypeScript, the example plugin and a library user against the built declarations', () => {
    // fixtures/plugins/typed: plugin.ts and library.ts must compile, and their @ts-expect-error lines must still be errors.
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'fixtures/plugins/typed'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
