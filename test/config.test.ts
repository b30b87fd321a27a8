import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainIssue } from '../src/config/explain.js';
import { loadConfig } from '../src/config/load.js';
import { parsePositioning, positioningProblem } from '../src/config/positioning.js';
import { validateConfig } from '../src/config/validate.js';
import { compileValidator, validatorModuleSource } from '../src/config/compile-validator.js';
import { rules } from '../rules/index.js';
import { ROOT } from './support/rule-tester.js';

const validator = compileValidator(rules);

const GOOD = `presences:
  professional:
    positioning: "I am a veterinarian in animal rescue for families ready to adopt"
    audience: public
  personal:
    positioning: "I am a dog lover in Portland for my close friends and family"
    audience: friends
`;

function errorsOf(text: string, file = '.presencerc.yaml'): string[] {
  const { config, issues } = validateConfig(text, file, validator);
  expect(config).toBeUndefined();
  return issues.filter((i) => i.severity === 'error').map(explainIssue);
}

describe('positioning statements', () => {
  it('parses the three slots', () => {
    expect(parsePositioning('I am a veterinarian in animal rescue for families ready to adopt')).toEqual({
      statement: 'I am a veterinarian in animal rescue for families ready to adopt',
      role: 'veterinarian',
      field: 'animal rescue',
      audience: 'families ready to adopt',
    });
  });
  it('accepts any case, "an", "I\'m" and a final period', () => {
    expect(parsePositioning("i'M AN Engineer in fintech for startups.")).toMatchObject({
      role: 'Engineer',
      field: 'fintech',
      audience: 'startups',
    });
  });
  it('takes the shortest role when "in" repeats', () => {
    expect(parsePositioning('I am a designer in residence in Berlin for museums')).toMatchObject({
      role: 'designer',
      field: 'residence in Berlin',
    });
  });
  it('rejects statements that do not fit', () => {
    expect(parsePositioning('Vet. Dog person.')).toBeUndefined();
    expect(parsePositioning('I am a vet for families')).toBeUndefined();
    expect(parsePositioning('I am a  in  for ')).toBeUndefined();
  });
  it.each([
    ['I am the founder of a bakery in Leeds for locals', 'founder of a bakery', 'Leeds', 'locals'],
    ["I'm a baker in Leeds for locals", 'baker', 'Leeds', 'locals'],
    ['I’m an editor in publishing for debut authors.', 'editor', 'publishing', 'debut authors'],
    ['I am head of marketing in fintech for CFOs', 'head of marketing', 'fintech', 'CFOs'],
    ['We are a rescue in Portland for families ready to adopt', 'rescue', 'Portland', 'families ready to adopt'],
    ["We're the team in payroll for small firms", 'team', 'payroll', 'small firms'],
    ['I am a baker in Leeds, for locals', 'baker', 'Leeds', 'locals'],
  ])('accepts the variant %j', (statement, role, field, audience) => {
    expect(parsePositioning(statement)).toEqual({ statement, role, field, audience });
  });
  it.each([
    ['Dog lover, Portland', 'it should start with "I am" (or "I\'m")'],
    ['Baker in Leeds for locals', 'it should start with "I am" (or "I\'m")'],
    ['I love dogs', 'it should start with "I am" (or "I\'m")'],
    ['I am a dog person', 'it has no "in <field>" part'],
    ['I am a baker for locals', 'it has no "in <field>" part'],
    ['I am a baker in Leeds', 'it has no "for <audience>" part after "in <field>"'],
    ['I am in Leeds for locals', 'the <role> before "in" is missing'],
    ['I am a in Leeds for locals', 'the <role> before "in" is missing'],
    ['I am the in Leeds for locals', 'the <role> before "in" is missing'],
    ['I am a baker in for locals', 'the <field> between "in" and "for" is missing'],
    ['I am a baker in Leeds for ...', 'the <audience> after "for" is missing'],
  ])('still rejects %j, saying why', (statement, problem) => {
    expect(parsePositioning(statement)).toBeUndefined();
    expect(positioningProblem(statement)).toBe(problem);
  });
});

describe('validateConfig', () => {
  it('accepts a good config and keeps its settings', () => {
    const { config, issues } = validateConfig(
      `${GOOD}default: professional\nrules:\n  oversharing: error\n  business-repost: { severity: warning }\n`,
      'c.yaml',
      validator,
    );
    expect(issues).toEqual([]);
    expect(config!.default).toBe('professional');
    expect(config!.presences.professional.positioning!.field).toBe('animal rescue');
    expect(config!.rules).toEqual({ oversharing: 'error', 'business-repost': { severity: 'warning' } });
  });

  it('normalises brand markers', () => {
    const { config } = validateConfig(
      `presences:\n  professional:\n    positioning: "I am a vet in rescue for families"\n    brand: { handles: [happypaws], hashtags: [AdoptDontShop], domains: [WWW.HappyPaws.org] }\n`,
      'c.yaml',
      validator,
    );
    expect(config!.presences.professional.brand).toEqual({
      names: [],
      handles: ['@happypaws'],
      hashtags: ['#AdoptDontShop'],
      domains: ['happypaws.org'],
    });
  });

  it('names an unknown rule with file, line, column, the line and a suggestion', () => {
    const [error] = errorsOf(`${GOOD}rules:\n  oversharng: error\n`);
    expect(error).toBe(
      [
        '.presencerc.yaml:9:3: unknown rule "oversharng" (did you mean "oversharing"?)',
        '  9 |   oversharng: error',
        '    |   ^^^^^^^^^^',
        '  hint: Run `presence rules` to list the rules.',
      ].join('\n'),
    );
  });

  it('names an unknown key with a suggestion', () => {
    const [error] = errorsOf(`${GOOD}defualt: personal\n`);
    expect(error).toMatch(/^\.presencerc\.yaml:8:1: unknown key "defualt" in the config \(did you mean "default"\?\)/);
  });

  it('names an unknown key inside a presence', () => {
    const [error] = errorsOf(GOOD.replace('audience: public', 'audience: public\n    audiance: public'));
    expect(error).toMatch(/^\.presencerc\.yaml:5:5: unknown key "audiance" in presences\.professional \(did you mean "audience"\?\)/);
  });

  it('rejects an invalid severity', () => {
    const [error] = errorsOf(`${GOOD}rules:\n  oversharing: eror\n`);
    expect(error).toMatch(
      /^\.presencerc\.yaml:9:16: invalid severity "eror" for rules\.oversharing: expected one of error, warning, suggestion, off \(did you mean "error"\?\)/,
    );
  });

  it('rejects an invalid severity inside an options object', () => {
    const [error] = errorsOf(`${GOOD}rules:\n  oversharing: { severity: loud }\n`);
    expect(error).toMatch(/^\.presencerc\.yaml:9:28: invalid severity "loud" for rules\.oversharing\.severity/);
  });

  it('rejects unknown and mistyped rule options', () => {
    const errors = errorsOf(`${GOOD}rules:\n  party-photo: { alowWords: [x], extraWords: beer }\n`);
    expect(errors[0]).toMatch(/^\.presencerc\.yaml:9:18: unknown key "alowWords" in rules\.party-photo \(did you mean "allowWords"\?\)/);
    expect(errors[1]).toMatch(/^\.presencerc\.yaml:9:46: rules\.party-photo\.extraWords must be a list, got "beer"/);
  });

  it('rejects a rule setting that is neither a severity nor options', () => {
    const [error] = errorsOf(`${GOOD}rules:\n  oversharing: 3\n`);
    expect(error).toMatch(/rules\.oversharing must be a severity \(error, warning, suggestion, off\) or a mapping of options, got 3/);
  });

  it('rejects an unknown audience and default presence', () => {
    const errors = errorsOf(`${GOOD.replace('audience: friends', 'audience: everyone')}default: work\n`);
    expect(errors[0]).toMatch(/:7:15: invalid value "everyone" for presences\.personal\.audience: expected one of public, followers, friends, private/);
    expect(errors[1]).toMatch(/:8:10: invalid value "work" for default: expected one of professional, personal/);
  });

  it('rejects a statement that does not fit the template, showing the template and an example', () => {
    const [error] = errorsOf(GOOD.replace('I am a dog lover in Portland for my close friends and family', 'Dog lover, Portland'));
    expect(error).toBe(
      [
        '.presencerc.yaml:6:18: the personal positioning statement does not fit the template "I am a/an <role> in <field> for <audience>": it should start with "I am" (or "I\'m")',
        '  6 |     positioning: "Dog lover, Portland"',
        '    |                  ^^^^^^^^^^^^^^^^^^^^^',
        '  hint: For example: positioning: "I am a veterinarian in animal rescue for families ready to adopt"',
      ].join('\n'),
    );
  });

  it('requires a positioning statement for a configured presence', () => {
    const [error] = errorsOf('presences:\n  personal:\n    audience: friends\n');
    expect(error).toMatch(/:3:5: presences\.personal is missing "positioning"/);
    expect(error).toMatch(/hint: Write what this presence is for/);
  });

  it('reports YAML syntax errors with their position', () => {
    const [error] = errorsOf('presences:\n  professional: {\n');
    expect(error).toMatch(/^\.presencerc\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('reports JSON syntax errors as JSON', () => {
    const [error] = errorsOf('{ "default": "personal", }', '.presencerc.json');
    expect(error).toMatch(/^\.presencerc\.json:1:\d+: invalid JSON/);
  });

  it('reports duplicate keys', () => {
    const [error] = errorsOf(`${GOOD}default: personal\ndefault: professional\n`);
    expect(error).toMatch(/invalid YAML: Map keys must be unique/);
  });

  it('rejects a config that is not a mapping', () => {
    const [error] = errorsOf('- oversharing\n');
    expect(error).toMatch(/the config must be a mapping of keys, got a list/);
  });

  it('warns when the professional presence is not public', () => {
    const { config, issues } = validateConfig(GOOD.replace('audience: public', 'audience: followers'), 'c.yaml', validator);
    expect(config).toBeDefined();
    expect(issues.map(explainIssue)[0]).toMatch(/^c\.yaml:4:15: warning: the professional presence has audience "followers"/);
  });

  it('accepts an empty file as the defaults', () => {
    expect(validateConfig('', 'c.yaml', validator).config!.default).toBe('personal');
  });

  it('stops alias bombs', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    const [error] = errorsOf(bomb);
    expect(error).toMatch(/cannot read config|alias/i);
  });

  it('the example config is valid and sets every documented key', () => {
    const text = readFileSync(path.join(ROOT, '.presencerc.example.yaml'), 'utf8');
    const { config, issues } = validateConfig(text, '.presencerc.example.yaml', validator);
    expect(issues).toEqual([]);
    expect(config!.presences.professional.brand.domains).toEqual(['happypaws.org']);
    expect(config!.presences.personal.audience).toBe('friends');
  });
});

describe('the precompiled validator', () => {
  it('is what the build ships, and agrees with a fresh compile', async () => {
    const built = path.join(ROOT, 'dist/src/config/validator.generated.js');
    expect(readFileSync(built, 'utf8')).toBe(validatorModuleSource(rules));
    const shipped = { rules, validate: ((await import(built)) as { default: typeof validator.validate }).default };
    for (const text of [GOOD, `${GOOD}rules:\n  oversharng: error\n  party-photo: { extraWords: 3 }\n`, 'default: work\n']) {
      expect(validateConfig(text, 'c.yaml', shipped)).toEqual(validateConfig(text, 'c.yaml', validator));
    }
  });
});

describe('loadConfig', () => {
  function tempTree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'presence-config-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('finds .presencerc.yaml in a parent folder', async () => {
    const dir = tempTree({ '.presencerc.yaml': GOOD, 'posts/a/.keep': '' });
    const loaded = await loadConfig({ cwd: path.join(dir, 'posts/a'), rules });
    expect(loaded.filepath).toBe(path.join(dir, '.presencerc.yaml'));
    expect(loaded.config!.presences.personal.positioning!.role).toBe('dog lover');
  });

  for (const name of ['.presencerc', '.presencerc.yml', 'presence.config.yaml']) {
    it(`finds ${name}`, async () => {
      const dir = tempTree({ [name]: GOOD });
      expect((await loadConfig({ cwd: dir, rules })).filepath).toBe(path.join(dir, name));
    });
  }

  it('finds .presencerc.json', async () => {
    const dir = tempTree({ '.presencerc.json': JSON.stringify({ default: 'professional' }) });
    expect((await loadConfig({ cwd: dir, rules })).config!.default).toBe('professional');
  });

  it('reads the presence key of package.json, with positions in package.json', async () => {
    const dir = tempTree({
      'package.json': '{\n  "name": "x",\n  "presence": {\n    "defualt": "personal"\n  }\n}\n',
    });
    const loaded = await loadConfig({ cwd: dir, rules });
    expect(loaded.config).toBeUndefined();
    expect(explainIssue(loaded.issues[0]!)).toMatch(/^package\.json:4:5: unknown key "defualt"/);
  });

  it('skips a package.json without a presence key', async () => {
    const dir = tempTree({ 'package.json': '{"name":"x"}', 'sub/.keep': '' });
    const loaded = await loadConfig({ cwd: path.join(dir, 'sub'), rules });
    expect(loaded.filepath).toBeUndefined();
    expect(loaded.config).toBeDefined();
  });

  it('uses defaults when there is no config', async () => {
    const dir = tempTree({ 'a.txt': 'x' });
    const loaded = await loadConfig({ cwd: dir, rules });
    expect(loaded.filepath).toBeUndefined();
    expect(loaded.config!.presences.professional.audience).toBe('public');
  });

  it('does not skip a broken config found on the way up', async () => {
    const dir = tempTree({ '.presencerc.yaml': 'rules: [\n', 'sub/.keep': '' });
    const loaded = await loadConfig({ cwd: path.join(dir, 'sub'), rules });
    expect(loaded.config).toBeUndefined();
    expect(loaded.issues[0]!.message).toMatch(/invalid YAML/);
  });

  it('reports a named config that does not exist, or is a folder', async () => {
    const dir = tempTree({ 'folder/.keep': '' });
    expect((await loadConfig({ cwd: dir, configFile: 'nope.yaml', rules })).issues[0]).toMatchObject({
      file: 'nope.yaml',
      message: 'config file not found',
    });
    expect((await loadConfig({ cwd: dir, configFile: 'folder', rules })).issues[0]!.message).toMatch(/directory/);
  });
});

describe('the precompiled validator', () => {
  it('imports in plain Node from the built package, so no run compiles the schema again', () => {
    const built = pathToFileURL(path.join(ROOT, 'dist/src/config/validator.generated.js')).href;
    const script = `const v = (await import(${JSON.stringify(built)})).default; console.log(v({ presences: { personal: { positioning: 'I am a dog lover in Portland for my friends' } } }), v({ presences: { personal: { positioning: 'x', audience: 'everyone' } } }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('true false');
  });
});
