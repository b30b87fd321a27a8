import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { checkPluginRule } from '../src/config/plugins.js';
import { captureIo, EXAMPLE_CONFIG, presence, tempDir, type JsonFile } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';


const EXAMPLE_PLUGIN = path.join(ROOT, 'examples/presence-plugin-brand-voice');
const FIXTURES = path.join(ROOT, 'fixtures/plugins');
const QUIET = 'rules:\n  off-positioning: off\n  broadcast-only: off\n';

/** A rule as a plugin writes it, as source text. */
const RULE = `{ id: 'no-hype', description: 'Reports hype.', messages: { hype: 'hype: {word}' },
  check: ({ post }) => [...post.text.matchAll(/amazing/gi)].map((m) => ({ messageId: 'hype', span: { start: m.index, end: m.index + m[0].length }, data: { word: m[0] } })) }`;

/** Runs presence in-process in a folder with these files; `-f json` output parsed. */
async function check(files: Record<string, string>, args: string[]) {
  const dir = tempDir(files);
  const io = captureIo(dir);
  const code = await run(['check', ...args, '-f', 'json'], io);
  const out = io.out() ? (JSON.parse(io.out()) as JsonFile[]) : [];
  return { code, files: out, messages: out.flatMap((f) => f.messages), stderr: io.err(), dir };
}

describe('the example plugin (examples/presence-plugin-brand-voice)', () => {
  it('runs from a config that lists it by path, with the built binary, as in docs/writing-rules.md', () => {
    const result = presence(['check', 'fixtures/plugins/brand-voice/posts', '-c', 'fixtures/plugins/brand-voice/.presencerc.yaml', '-f', 'json'], { cwd: ROOT });
    expect(result.stderr).toBe('');
    const files = JSON.parse(result.stdout) as JsonFile[];
    const byName = Object.fromEntries(files.map((f) => [path.basename(f.filePath), f.messages]));
    expect(byName['fire.md']!.map((m) => [m.ruleId, m.field, m.line, m.column, m.message])).toEqual([
      ['brand-name-case', 'media[0].alt', 4, 15, 'Write the brand\'s name as "Happy Paws Rescue", not "HAPPY PAWS RESCUE".'],
      ['brand-name-case', 'body', 6, 17, 'Write the brand\'s name as "Happy Paws Rescue", not "happy paws rescue".'],
      ['exclamation-overuse', 'body', 6, 35, '3 exclamation marks, more than 1: let the news speak for itself.'],
    ]);
    expect(byName['pass.md']).toEqual([]);
    // brand-name-case is off on the personal presence by its default; exclamation-overuse is a warning everywhere.
    expect(byName['personal.md']!.map((m) => [m.ruleId, m.presence, m.severity])).toEqual([['exclamation-overuse', 'personal', 'warning']]);
    expect(result.code).toBe(0);
  });

  it('loads as an npm package found from the config folder, and takes options and severities from rules:', () => {
    const dir = tempDir({
      'project/.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: ["presence-plugin-brand-voice"]\n${QUIET}  exclamation-overuse: { severity: error, max: 2 }\n`,
      'project/posts/a.txt': 'Wow!! Big news!!!',
    });
    cpSync(EXAMPLE_PLUGIN, path.join(dir, 'node_modules/presence-plugin-brand-voice'), { recursive: true });
    // The built binary: the bundle resolves packages as the sources do.
    const result = presence(['check', 'posts', '-f', 'json'], { cwd: path.join(dir, 'project') });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const messages = (JSON.parse(result.stdout) as JsonFile[])[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['exclamation-overuse', 'error', '5 exclamation marks, more than 2: let the news speak for itself.'],
    ]);
  });

  it('is listed by presence rules with the plugin it comes from', async () => {
    const dir = tempDir({ '.presencerc.yaml': `plugins: ["${EXAMPLE_PLUGIN}/index.js"]\n` });
    const io = captureIo(dir);
    expect(await run(['rules'], io)).toBe(0);
    expect(io.out()).toContain(
      `exclamation-overuse\n  Reports a post body with more exclamation marks than the limit (1 by default).\n  professional: warning\n  personal: warning\n  from: plugin ${EXAMPLE_PLUGIN}/index.js`,
    );
    expect(io.out()).toContain('brand-name-case\n  Reports the brand\'s name written in another case than the config\'s brand names.\n  professional: warning\n  personal: off\n');
  });
});

describe('plugins: loading', () => {
  it('resolves a local module from the folder of the config, not the current folder', async () => {
    const { code, messages } = await check(
      {
        'config/.presencerc.yaml': `plugins: ["./rules/hype.js"]\n${QUIET}`,
        'config/rules/hype.js': `export default { rules: [${RULE}] };\n`,
        'posts/a.txt': 'An amazing day.',
      },
      ['posts', '-c', 'config/.presencerc.yaml'],
    );
    expect(messages.map((m) => [m.ruleId, m.message, m.column, m.severity])).toEqual([['no-hype', 'hype: amazing', 4, 'warning']]);
    expect(code).toBe(0);
  });

  it('resolves a package with import-only exports (ESM), and a CommonJS module', async () => {
    const { messages, stderr } = await check(
      {
        '.presencerc.yaml': `plugins: ["esm-only", "./cjs-plugin.cjs"]\n${QUIET}`,
        'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', exports: { '.': { import: './main.js' } } }),
        'node_modules/esm-only/main.js': `export default { rules: [${RULE}] };\n`,
        'cjs-plugin.cjs': `module.exports = { rules: [{ id: 'cjs-rule', description: 'From CommonJS.', messages: { m: 'cjs' }, check: () => [{ messageId: 'm' }] }] };\n`,
        'a.txt': 'Amazing.',
      },
      ['a.txt'],
    );
    expect(stderr).toBe('');
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['cjs-rule', 'no-hype']);
  });

  it('names a module that cannot be found, at its entry, with exit 2', async () => {
    const { code, stderr, files } = await check({ '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins:\n  - ./rules/missing.js\n  - presence-plugin-nope\n`, 'a.txt': 'x' }, ['a.txt']);
    expect(code).toBe(2);
    expect(files).toEqual([]);
    expect(stderr).toContain('.presencerc.yaml:14:5: plugin "./rules/missing.js" cannot be found\n  14 |   - ./rules/missing.js\n     |     ^^^^^^^^^^^^^^^^^^\n  hint: Check the path; it is relative to the folder of the config');
    expect(stderr).toContain('.presencerc.yaml:15:5: plugin "presence-plugin-nope" cannot be found');
    expect(stderr).toContain('hint: Install it next to the config (npm install --save-dev presence-plugin-nope)');
  });

  it('names a module that throws on import, one that exports no rules, and one that is listed twice', async () => {
    const { code, stderr } = await check(
      {
        '.presencerc.yaml': `plugins:\n  - ${FIXTURES}/throws-on-import.js\n  - ${FIXTURES}/no-default.js\n  - ${FIXTURES}/no-default.js\n`,
        'a.txt': 'x',
      },
      ['a.txt'],
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`.presencerc.yaml:2:5: plugin "${FIXTURES}/throws-on-import.js" failed to load: the plugin needs BRAND_API_KEY`);
    expect(stderr).toContain(`.presencerc.yaml:3:5: plugin "${FIXTURES}/no-default.js" must export default { rules: [...] }`);
    expect(stderr).toContain(`.presencerc.yaml:4:5: plugin "${FIXTURES}/no-default.js" is listed twice`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the module, the rule and the property of a rule that breaks the contract', async () => {
    const { code, stderr } = await check({ '.presencerc.yaml': `plugins: ["${FIXTURES}/bad-rule.js"]\n`, 'a.txt': 'x' }, ['a.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^\\.presencerc\\.yaml:1:11: plugin "${FIXTURES}/bad-rule\\.js" rule "half-done": messages\\.todo: must be a non-empty string\\n`));
    expect(stderr).toContain('hint: See docs/writing-rules.md for the rule contract.');
  });

  it('refuses a rule id of a built-in rule, a pattern or another plugin', async () => {
    const { code, stderr } = await check(
      {
        '.presencerc.yaml': `patterns:\n  - id: no-hype\n    message: x\n    words: [wow]\nplugins: ["./a.js", "./b.js"]\n`,
        'a.js': `export default { rules: [${RULE}, { id: 'party-photo', description: 'x.', messages: { m: 'm' }, check: () => [] }, { id: 'mine', description: 'x.', messages: { m: 'm' }, check: () => [] }] };\n`,
        'b.js': `export default { rules: [{ id: 'mine', description: 'x.', messages: { m: 'm' }, check: () => [] }] };\n`,
        'x.txt': 'x',
      },
      ['x.txt'],
    );
    expect(code).toBe(2);
    expect(stderr).toContain('.presencerc.yaml:5:11: plugin "./a.js" rule "no-hype": id: "no-hype" is already the id of a pattern of the config');
    expect(stderr).toContain('plugin "./a.js" rule "party-photo": id: "party-photo" is already the id of a built-in rule');
    expect(stderr).toContain('.presencerc.yaml:5:21: plugin "./b.js" rule "mine": id: "mine" is already the id of a rule of plugin "./a.js"');
  });

  it('validates rules: settings of plugin rules against their option specs', async () => {
    const { code, stderr } = await check(
      { '.presencerc.yaml': `plugins: ["${EXAMPLE_PLUGIN}/index.js"]\nrules:\n  exclamation-overuse: { max: -1 }\n`, 'a.txt': 'x' },
      ['a.txt'],
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\.presencerc\.yaml:3:31: rules\.exclamation-overuse\.max must be at least 0, got -1/);
  });

  it('a post may ignore a plugin rule', async () => {
    const { messages, stderr } = await check(
      {
        '.presencerc.yaml': `plugins: ["./hype.js"]\n${QUIET}`,
        'hype.js': `export default { rules: [${RULE}] };\n`,
        'a.md': '---\nignore: { no-hype: "a review quoting the film poster" }\n---\nAn amazing film.\n',
      },
      ['a.md'],
    );
    expect(stderr).toBe('');
    expect(messages).toEqual([]);
  });
});

describe('plugins: a rule that throws while checking', () => {
  it('is reported with its id and the post, the other rules still run, exit 2', async () => {
    const { code, stderr, messages } = await check(
      {
        '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: ["${FIXTURES}/throws-at-check.js"]\n${QUIET}`,
        'a.txt': 'boom, hungover after the bar crawl',
        'b.txt': 'A quiet day.',
      },
      ['a.txt', 'b.txt'],
    );
    expect(code).toBe(2);
    expect(stderr).toContain('presence: a.txt: rule "fragile" failed on post 0: fragile rule exploded');
    expect(stderr).not.toContain('b.txt');
    expect(messages.some((m) => m.ruleId === 'party-photo')).toBe(true);
  });
});

describe('checkPluginRule: the rule contract', () => {
  const none = new Map<string, string>();
  const base = { id: 'my-rule', description: 'Does a thing.', messages: { found: 'found' }, check: () => [] };
  const problem = (rule: unknown) => {
    const checked = checkPluginRule(rule, none);
    return 'problem' in checked ? checked.problem : undefined;
  };

  it('fills in defaultSeverity: warning everywhere when absent, one severity, or per presence', () => {
    const severity = (value: unknown) => {
      const checked = checkPluginRule({ ...base, defaultSeverity: value }, none);
      if (!('rule' in checked)) throw new Error(checked.problem);
      return checked.rule.defaultSeverity;
    };
    const all = (s: string) => ({ public: s, followers: s, friends: s, private: s });
    expect(severity(undefined)).toEqual({ professional: all('warning'), personal: all('warning') });
    expect(severity('error')).toEqual({ professional: all('error'), personal: all('error') });
    expect(severity({ professional: 'error', personal: { default: 'off', public: 'warning' } })).toEqual({
      professional: all('error'),
      personal: { public: 'warning', followers: 'off', friends: 'off', private: 'off' },
    });
  });

  it('names the property that is wrong', () => {
    expect(problem(null)).toBe('is not an object');
    expect(problem({ ...base, id: undefined })).toBe('id: missing (a kebab-case string)');
    expect(problem({ ...base, id: 'My_Rule' })).toBe('id: "My_Rule" is not kebab-case');
    expect(problem({ ...base, description: '' })).toBe('description: missing (one sentence)');
    expect(problem({ ...base, messages: {} })).toBe('messages: missing (message templates by message id)');
    expect(problem({ ...base, messages: { a: 3 } })).toBe('messages.a: must be a non-empty string');
    expect(problem({ ...base, check: 'no' })).toBe('check: must be a function (context) => findings');
    expect(problem({ ...base, chek: () => [] })).toBe('chek: unknown property (did you mean "check"?)');
    expect(problem({ ...base, defaultSeverity: 'loud' })).toBe('defaultSeverity: must be a severity or a severity per presence');
    expect(problem({ ...base, defaultSeverity: { professional: 'error' } })).toBe(
      'defaultSeverity.personal.public must be one of error, warning, suggestion, off (or give a default)',
    );
    expect(problem({ ...base, summarize: () => undefined })).toBe('summarize and checkCollection: a collection rule needs both');
  });

  it('checks option specs, so the config schema built from them is sound', () => {
    const option = (spec: unknown) => problem({ ...base, options: { max: spec } });
    expect(option({ type: 'number', default: 1, description: 'The most.' })).toBeUndefined();
    expect(option({ type: 'int', default: 1, description: 'x' })).toBe('options.max: has type "int": expected one of string[], number, boolean, string');
    expect(option({ type: 'number', default: '1', description: 'x' })).toBe('options.max: needs a default that is a number');
    expect(option({ type: 'number', default: 1 })).toBe('options.max: needs a description');
    expect(option({ type: 'number', default: -1, minimum: 0, description: 'x' })).toBe('options.max: has a default below its minimum');
    expect(option({ type: 'string', default: 'a', enum: ['b'], description: 'x' })).toBe('options.max: has a default that is not in its enum');
    expect(option({ type: 'boolean', default: true, description: 'x', minimum: 1 })).toBe('options.max: has unknown property "minimum" for type boolean');
    expect(option({ type: 'string[]', default: 'a', description: 'x' })).toBe('options.max: needs a default that is a list of strings');
    expect(problem({ ...base, options: { severity: { type: 'string', default: 'a', description: 'x' } } })).toBe(
      'options.severity: option names are camelCase, and "severity" is taken',
    );
  });

  it('keeps the rule working when it is a class instance', () => {
    class Counter {
      id = 'counter';
      description = 'Counts.';
      messages = { m: 'm' };
      private readonly limit = 0;
      check() {
        return this.limit === 0 ? [{ messageId: 'm' }] : [];
      }
    }
    const checked = checkPluginRule(new Counter(), none);
    expect('rule' in checked && checked.rule.check({} as never)).toEqual([{ messageId: 'm' }]);
  });
});

describe('plugins in a folder with a nested config', () => {
  it('resolve from the folder of the config that lists them', async () => {
    const dir = tempDir({ 'site/.presencerc.yaml': `plugins: ["./p.js"]\n${QUIET}`, 'site/p.js': `export default { rules: [${RULE}] };\n`, 'site/posts/a.txt': 'Amazing.' });
    mkdirSync(path.join(dir, 'site/posts/deep'), { recursive: true });
    writeFileSync(path.join(dir, 'site/posts/deep/b.txt'), 'So amazing.');
    const io = captureIo(path.join(dir, 'site/posts/deep'));
    expect(await run(['check', 'b.txt', '-f', 'json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as JsonFile[])[0]!.messages.map((m) => m.ruleId)).toEqual(['no-hype']);
  });
});
