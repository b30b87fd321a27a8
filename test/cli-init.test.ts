import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { init, type Prompts } from '../src/cli/init.js';
import { brandProblem, slotProblem, statementOf } from '../src/cli/init-answers.js';
import { BIN, captureIo, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

const FLAGS = [
  '--professional-role', 'veterinarian',
  '--professional-field', 'animal rescue',
  '--professional-for', 'families ready to adopt',
  '--personal-role', 'dog lover',
  '--personal-field', 'Portland',
  '--personal-for', 'my close friends and family',
];

/**
 * Drives `presence init` in a pseudo-terminal as a person would: waits for
 * each question to be shown, then types the answer and presses Enter.
 */
function converse(cwd: string, script: [RegExp, string][]): { code: number | null; output: string } {
  const r = spawnSync(
    'python3',
    [path.join(ROOT, 'test/support/pty-drive.py'), JSON.stringify(script.map(([re, keys]) => [re.source, keys])), '--', process.execPath, BIN, 'init'],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, TERM: 'xterm' } },
  );
  return { code: r.status, output: r.stdout + r.stderr };
}

describe('presence init', () => {
  it('asks for the blanks of both statements, the audiences and the brand, then writes a valid config', () => {
    const dir = tempDir();
    const enter = '\r';
    const down = '\x1b[B';
    const { code, output } = converse(dir, [
      [/I am a ___/, `veterinarian${enter}`],
      [/in ___/, `animal rescue${enter}`],
      [/for ___/, `families ready to adopt${enter}`],
      [/Who can see your professional presence/, enter],
      [/Personal: I am a ___/, `dog lover${enter}`],
      [/in ___/, `Portland${enter}`],
      [/for ___/, `my close friends and family${enter}`],
      [/Who can see your personal presence/, `${down}${enter}`],
      [/names, comma-separated/, `Happy Paws Rescue${enter}`],
      [/handles/, `happypaws${enter}`],
      [/hashtags/, `AdoptDontShop${enter}`],
      [/domains/, `happypaws.org${enter}`],
    ]);
    expect(code, output).toBe(0);
    const text = readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8');
    expect(text).toContain('positioning: I am a veterinarian in animal rescue for families ready to adopt');
    expect(text).toContain('positioning: I am a dog lover in Portland for my close friends and family');
    expect(text).toMatch(/personal:\n(?:.*\n)*? +audience: private/);
    expect(text).toContain('handles: ["@happypaws"]');
    expect(text).toContain('hashtags: ["#AdoptDontShop"]');
    const check = presence(['print-config'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).audience).toBe('private');
  });

  it('in a terminal, shows why an answer will not do and asks again with it to edit', () => {
    const dir = tempDir();
    const enter = '\r';
    const erase = (text: string): string => '\x7f'.repeat(text.length);
    const { code, output } = converse(dir, [
      [/I am a ___/, enter],
      [/Please fill in this blank\./, `a baker${enter}`],
      [/I am a baker in ___/, `in Leeds${enter}`],
      [/for ___/, `locals${enter}`],
      [/Who can see your professional presence/, enter],
      [/Personal: I am a ___/, `dog lover${enter}`],
      [/in ___/, `Portland${enter}`],
      [/for ___/, `friends${enter}`],
      [/Who can see your personal presence/, enter],
      [/names, comma-separated/, enter],
      [/handles/, `happy paws${enter}`],
      [/has a space: a handle is one word/, `${erase('happy paws')}happypaws${enter}`],
      [/hashtags/, enter],
      [/domains/, `https://happypaws.org${enter}`],
      [/write the domain alone, without "https:\/\/": happypaws\.org/, `${erase('https://happypaws.org')}happypaws.org${enter}`],
    ]);
    expect(code, output).toBe(0);
    const text = readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8');
    expect(text).toContain('positioning: I am a baker in Leeds for locals\n');
    expect(text).toContain('handles: ["@happypaws"]');
    expect(text).toContain('domains: ["happypaws.org"]');
  });

  it('asks nothing with --yes and flags', () => {
    const dir = tempDir();
    const r = presence(['init', '--yes', ...FLAGS, '--personal-audience', 'followers', '--brand-domains', 'happypaws.org'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'presence: wrote .presencerc.yaml. Check your posts with `presence check`.\n' });
    const printed = JSON.parse(presence(['print-config', '--presence', 'professional'], { cwd: dir }).stdout);
    expect(printed.positioning).toBe('I am a veterinarian in animal rescue for families ready to adopt');
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('names the missing flags with --yes', () => {
    const r = presence(['init', '--yes', '--professional-role', 'vet'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: init --yes needs --professional-field, --professional-for, --personal-role, --personal-field, --personal-for$/m);
  });

  it('never overwrites a config without --force', () => {
    const dir = tempDir({ '.presencerc.yaml': 'default: professional\n' });
    const r = presence(['init', '--yes', ...FLAGS], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'presence: .presencerc.yaml exists already; not overwritten\n  hint: Run with --force to replace it.\n' });
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toBe('default: professional\n');
    expect(presence(['init', '--yes', '--force', ...FLAGS], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toContain('veterinarian');
  });

  it('refuses blanks that break the template, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'keep.txt'), '');
    const flags = FLAGS.map((f) => (f === 'Portland' ? 'Portland\nfor: x' : f));
    const r = presence(['init', '--yes', ...flags], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing written/);
  });
});

/**
 * Prompts that answer from a script, as a person at a terminal would: a
 * text question takes the next answer until one passes its check, and
 * every message the check gave is kept (clack shows it under the question
 * and asks again). Audiences take the default.
 */
function scripted(answers: string[]): { prompts: Prompts; asked: { message: string; initialValue?: string }[]; refused: string[] } {
  const asked: { message: string; initialValue?: string }[] = [];
  const refused: string[] = [];
  const prompts: Prompts = {
    intro: () => {},
    outro: () => {},
    async text({ message, initialValue, validate }) {
      asked.push({ message, ...(initialValue === undefined ? {} : { initialValue }) });
      for (;;) {
        const answer = answers.shift();
        if (answer === undefined) throw new Error(`no answer left for "${message}"`);
        const problem = validate?.(answer);
        if (problem === undefined) return answer;
        refused.push(problem);
      }
    },
    select: async ({ initialValue }) => initialValue,
    isCancel: (value: unknown): value is symbol => typeof value === 'symbol',
  };
  return { prompts, asked, refused };
}

describe('presence init checks each answer as it is given', () => {
  const run = async (answers: string[], options = {}) => {
    const dir = tempDir();
    const script = scripted(answers);
    const io = captureIo(dir, { interactive: true });
    const code = await init(io, options, rules, script.prompts);
    const file = path.join(dir, '.presencerc.yaml');
    return { ...script, code, stderr: io.err(), text: code === 0 ? readFileSync(file, 'utf8') : undefined };
  };

  it('asks again after an empty blank, a domain with https:// or a path, and a handle with a space or two @, keeping every other answer', async () => {
    const r = await run([
      '', 'veterinarian',
      'animal rescue',
      '   ', 'families ready to adopt',
      'dog lover', 'Portland', 'my close friends and family',
      'Happy Paws Rescue',
      'happy paws', '@@happypaws', 'happypaws, @paws@mastodon.social',
      'Adopt Dont Shop', '#AdoptDontShop',
      'https://happypaws.org', 'happypaws.org/adopt', 'happypaws.org',
    ]);
    expect(r.refused).toEqual([
      'Please fill in this blank.',
      'Please fill in this blank.',
      '"happy paws" has a space: a handle is one word, such as @happypaws.',
      '"@@happypaws" has two @ at the start: write one, such as @happypaws.',
      '"Adopt Dont Shop" has a space: a hashtag is one word, such as #AdoptDontShop.',
      '"https://happypaws.org": write the domain alone, without "https://": happypaws.org.',
      '"happypaws.org/adopt": write the domain alone, without the path: happypaws.org.',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.text).toContain('positioning: I am a veterinarian in animal rescue for families ready to adopt');
    expect(r.text).toContain('handles: ["@happypaws", "@paws@mastodon.social"]');
    expect(r.text).toContain('domains: ["happypaws.org"]');
  });

  it('does not write the words the question already says twice', async () => {
    const r = await run(['a baker', 'in Leeds', 'for locals', 'the founder of a bakery', 'in Leeds', 'for my friends', '', '', '', '']);
    expect(r.refused).toEqual([]);
    expect(r.asked[1]!.message).toBe('Professional: I am a baker in ___');
    expect(r.asked[4]!.message).toBe('Personal: I am the founder of a bakery in ___');
    expect(r.text).toContain('positioning: I am a baker in Leeds for locals\n');
    expect(r.text).toContain('positioning: I am the founder of a bakery in Leeds for my friends\n');
  });

  it('refuses a blank that is only the words of the question, or more than one line', async () => {
    const r = await run(['a', 'I am a', 'baker', 'in', 'Leeds', 'for', 'locals', 'x', 'y', 'z', '', '', '', '']);
    expect(r.refused).toEqual([
      'Write the role itself after "I am a", such as veterinarian.',
      'Write the role itself after "I am a", such as veterinarian.',
      'Write the field itself after "in", such as animal rescue.',
      'Write the audience itself after "for", such as families ready to adopt.',
    ]);
    expect(r.code).toBe(0);
    expect(slotProblem('field', 'Portland\nfor: x')).toBe('Write it on one line.');
  });

  it('asks for a flag value that would not do, with the value to edit, and keeps the flags that will', async () => {
    const r = await run(['happypaws.org'], { ...flagOptions(), brandDomains: 'https://happypaws.org', brandHandles: 'happypaws', brandNames: 'Happy Paws', brandHashtags: 'AdoptDontShop' });
    expect(r.asked).toEqual([
      {
        message: 'Its domains, without https:// (optional) (--brand-domains: "https://happypaws.org": write the domain alone, without "https://": happypaws.org.)',
        initialValue: 'https://happypaws.org',
      },
    ]);
    expect(r.text).toContain('domains: ["happypaws.org"]');
    expect(r.text).toContain('handles: ["@happypaws"]');
  });
});

describe('presence init after its questions', () => {
  it('loses nothing typed when it cannot write: it prints the command that gives the same answers', async () => {
    const dir = tempDir();
    const script = scripted(['a baker', 'Leeds', "locals who can't wait", 'dog lover', 'Portland', 'friends', 'Happy Paws', 'happypaws', '', 'happypaws.org']);
    // A config that appears while the questions are asked is not replaced.
    const prompts: Prompts = { ...script.prompts, outro: () => writeFileSync(path.join(dir, '.presencerc.yaml'), 'default: personal\n') };
    const io = captureIo(dir, { interactive: true });
    expect(await init(io, {}, rules, prompts)).toBe(2);
    expect(io.err()).toBe(
      [
        'presence: cannot write .presencerc.yaml: it exists already; not overwritten',
        "  hint: Your answers, to run again: presence init --yes --professional-role 'a baker' --professional-field Leeds --professional-for 'locals who can'\\''t wait' --personal-role 'dog lover' --personal-field Portland --personal-for friends --professional-audience public --personal-audience friends --brand-names 'Happy Paws' --brand-handles happypaws --brand-domains happypaws.org",
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toBe('default: personal\n');
    const again = presence(['init', '--yes', '--force', '--professional-role', 'a baker', '--professional-field', 'Leeds', '--professional-for', "locals who can't wait", '--personal-role', 'dog lover', '--personal-field', 'Portland', '--personal-for', 'friends'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8')).toContain("positioning: I am a baker in Leeds for locals who can't wait\n");
  });
});

function flagOptions(): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < FLAGS.length; i += 2) options[FLAGS[i]!.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = FLAGS[i + 1]!;
  return options;
}

describe('presence init --yes', () => {
  it('does not double a leading "a", "in" or "for" in the slot flags', () => {
    const dir = tempDir();
    const r = presence(
      ['init', '--yes', '--professional-role', 'a baker', '--professional-field', 'in Leeds', '--professional-for', 'for locals', '--personal-role', 'the founder of a bakery', '--personal-field', 'Leeds', '--personal-for', 'For my friends'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8');
    expect(text).toContain('positioning: I am a baker in Leeds for locals\n');
    expect(text).toContain('positioning: I am the founder of a bakery in Leeds for my friends\n');
    expect(statementOf('an editor', 'in publishing', 'for authors')).toBe('I am an editor in publishing for authors');
    expect(statementOf('editor', 'publishing', 'authors')).toBe('I am an editor in publishing for authors');
  });

  it('names each flag that would not do and what to change, and writes nothing', () => {
    const dir = tempDir();
    const r = presence(['init', '--yes', ...FLAGS, '--brand-domains', 'https://happypaws.org', '--brand-handles', 'happy paws'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'presence: --brand-handles: "happy paws" has a space: a handle is one word, such as @happypaws.',
        'presence: --brand-domains: "https://happypaws.org": write the domain alone, without "https://": happypaws.org.',
        'presence: nothing written.',
        '',
      ].join('\n'),
    });
    expect(() => readFileSync(path.join(dir, '.presencerc.yaml'))).toThrow();
  });

  it('writes a $schema line that resolves wherever presence is installed: the published schema of this version', () => {
    const dir = tempDir();
    expect(presence(['init', '--yes', ...FLAGS], { cwd: dir }).code).toBe(0);
    const first = readFileSync(path.join(dir, '.presencerc.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe(`# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/presence-lint@${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}/schema/presencerc.schema.json`);
  });
});

describe('the checks of brand answers', () => {
  it.each([
    ['handles', '@happypaws, happy_paws2, @me@mastodon.social', undefined],
    ['handles', 'happypaws@', '"happypaws@" is not a handle: letters, digits and _ after one @, such as @happypaws (or @name@server.social on Mastodon).'],
    ['hashtags', '#a, b', undefined],
    ['hashtags', '##AdoptDontShop', '"##AdoptDontShop" has more than one #: write one at the start, such as #AdoptDontShop.'],
    ['domains', 'www.happypaws.org, shop.happypaws.co.uk', undefined],
    ['domains', 'http://happypaws.org/adopt', '"http://happypaws.org/adopt": write the domain alone, without "http://" and the path: happypaws.org.'],
    ['domains', 'happypaws', '"happypaws" is not a domain: write one such as happypaws.org.'],
    ['domains', 'happy paws.org', '"happy paws.org" has a space: a domain is one word, such as happypaws.org.'],
    ['domains', '', undefined],
    ['names', 'Happy Paws, Inc', undefined],
  ] as const)('%s %j', (kind, answer, problem) => {
    expect(brandProblem(kind, answer)).toBe(problem);
  });
});
