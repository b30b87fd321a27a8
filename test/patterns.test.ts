import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { explainIssue } from '../src/config/explain.js';
import { validateConfigText } from '../src/config/load.js';
import { rules as builtInRules } from '../rules/index.js';
import { captureIo, EXAMPLE_CONFIG, presence, tempDir, type JsonMessage } from './support/cli.js';


/** The README's example of a patterns section. */
const PATTERNS = `patterns:
  - id: no-competitors
    message: "Do not name a competitor: {match}"
    severity: warning
    presence: professional
    words: ["Acme Corp", "Globex"]
  - id: house-style
    message: "Write '{replacement}' instead of '{match}'"
    swap: { "e-mail": "email", "web site": "website", "web": "internet" }
  - id: no-guarantees
    message: "Avoid promising results"
    regex: "\\\\bguarantee(d|s)?\\\\b"
`;

/** Only the pattern rules: the built-in ones are tested elsewhere. */
const QUIET = `rules:\n  off-positioning: off\n  broadcast-only: off\n`;

/** Validates a config text as `presence check` would (patterns, plugins, schema), and explains its errors. */
async function errorsOf(text: string): Promise<string[]> {
  const dir = tempDir({ '.presencerc.yaml': text });
  const validated = await validateConfigText({ text, shown: '.presencerc.yaml', filepath: path.join(dir, '.presencerc.yaml'), rules: builtInRules });
  expect(validated.config).toBeUndefined();
  return validated.issues.filter((i) => i.severity === 'error').map(explainIssue);
}

/** Runs `presence check -f json` in-process in a folder with this config and these posts. */
async function check(config: string, posts: Record<string, string>, args: string[] = []) {
  const dir = tempDir({ '.presencerc.yaml': config, ...posts });
  const io = captureIo(dir);
  const code = await run(['check', ...Object.keys(posts), '-f', 'json', ...args], io);
  const files = code === 2 && !io.out() ? [] : (JSON.parse(io.out()) as { filePath: string; messages: JsonMessage[] }[]);
  const messages = files.flatMap((f) => f.messages).filter((m) => !['off-positioning', 'broadcast-only'].includes(m.ruleId));
  return { code, messages, stderr: io.err(), dir };
}

describe('patterns: words', () => {
  it('reports whole words and phrases in any case, with {match} as written', async () => {
    const { messages, code } = await check(`${EXAMPLE_CONFIG}${PATTERNS}${QUIET}default: professional\n`, {
      'a.txt': 'We beat ACME corp and\nGlobex. Not Globexx, not acmecorp, not Acme Corporation.',
    });
    expect(code).toBe(0);
    expect(messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.severity])).toEqual([
      ['no-competitors', 'Do not name a competitor: ACME corp', 1, 9, 'warning'],
      ['no-competitors', 'Do not name a competitor: Globex', 2, 1, 'warning'],
    ]);
  });

  it('matches a phrase across a line break', async () => {
    const { messages } = await check(`${EXAMPLE_CONFIG}${PATTERNS}${QUIET}default: professional\n`, { 'a.txt': 'Unlike Acme\nCorp, we care.' });
    expect(messages.map((m) => m.message)).toEqual(['Do not name a competitor: Acme\nCorp']);
  });

  it('presence: limits the pattern to one presence, even when rules: sets its severity', async () => {
    const config = `${EXAMPLE_CONFIG}${PATTERNS}${QUIET}  no-competitors: error\n`;
    const { messages, code } = await check(config, {
      'pro.md': '---\npresence: professional\n---\nBetter than Globex.\n',
      'own.md': '---\npresence: personal\n---\nMy cousin works at Globex.\n',
    });
    expect(messages.map((m) => [m.ruleId, m.presence, m.severity])).toEqual([['no-competitors', 'professional', 'error']]);
    expect(code).toBe(1);
  });

  it('reads every published text: body, alt texts and captions', async () => {
    const { messages } = await check(`${EXAMPLE_CONFIG}${PATTERNS}${QUIET}`, {
      'p.md': '---\npresence: professional\nmedia:\n  - file: a.jpg\n    alt: "Our booth beside Globex"\n    caption: "Acme Corp came too"\n---\nA good day.\n',
    });
    expect(messages.map((m) => [m.field, m.line, m.column])).toEqual([
      ['media[0].alt', 5, 28],
      ['media[0].caption', 6, 15],
    ]);
  });
});

describe('patterns: swap', () => {
  it('suggests the replacement, longer phrases first, and leaves the house style alone', async () => {
    const { messages } = await check(`${EXAMPLE_CONFIG}${PATTERNS}${QUIET}`, {
      'a.txt': 'E-mail us or see our web site. Our website and email are new. The web is big.',
    });
    expect(messages.map((m) => m.message)).toEqual([
      "Write 'email' instead of 'E-mail'",
      "Write 'website' instead of 'web site'",
      "Write 'internet' instead of 'web'",
    ]);
  });
});

describe('patterns: regex', () => {
  it('is case-insensitive, at the true position, and runs on every presence', async () => {
    const { messages } = await check(`${EXAMPLE_CONFIG}${PATTERNS}${QUIET}`, {
      'a.txt': 'Results GUARANTEED. We guarantee it. No guaranteeing.',
    });
    expect(messages.map((m) => [m.ruleId, m.column, m.endColumn, m.presence])).toEqual([
      ['no-guarantees', 9, 19, 'personal'],
      ['no-guarantees', 24, 33, 'personal'],
    ]);
  });

  it('is case-sensitive with (?-i), and takes lookbehinds', async () => {
    const config = `${EXAMPLE_CONFIG}${QUIET}patterns:
  - id: shouted-brand
    message: "Write {match} in capitals"
    regex: "(?-i)\\\\bAcme\\\\b"
  - id: unhedged
    message: "Unhedged promise: {match}"
    regex: "(?<!not )\\\\bpromise\\\\b"
`;
    const { messages } = await check(config, { 'a.txt': 'ACME and Acme. We do not promise, we PROMISE.' });
    expect(messages.map((m) => m.message)).toEqual(['Write Acme in capitals', 'Unhedged promise: PROMISE']);
  });

  it('finishes at once on a catastrophic pattern over a long post (RE2: linear time)', () => {
    // (a+)+$ and (a|aa)+$ take longer than the age of the universe on "aaa...b" with a backtracking engine.
    const config = `${EXAMPLE_CONFIG}${QUIET}patterns:
  - id: nested
    message: "nested"
    regex: "(a+)+$"
  - id: alternation
    message: "alternation"
    regex: "(a|aa)+$"
  - id: found
    message: "found {match}"
    regex: "(a+)+b"
`;
    const dir = tempDir({ '.presencerc.yaml': config, 'long.txt': `${'a'.repeat(50_000)}b` });
    // Not a speed assertion: a timeout that only a hanging run reaches.
    const result = presence(['check', 'long.txt', '-f', 'json'], { cwd: dir });
    const messages = (JSON.parse(result.stdout) as { messages: JsonMessage[] }[])[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.column, m.endColumn])).toEqual([['found', 1, 50_002]]);
    expect(result.code).toBe(0);
  });
});

describe('pattern rules are rules', () => {
  const config = `${EXAMPLE_CONFIG}${PATTERNS}${QUIET}`;

  it('take rules: settings of severity', async () => {
    const { messages, code } = await check(`${config}  no-guarantees: { severity: error }\n  house-style: off\n`, {
      'a.txt': 'We guarantee an e-mail.',
    });
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['no-guarantees', 'error']]);
    expect(code).toBe(1);
  });

  it('take ignore entries in posts, and report unused ones', async () => {
    const { messages, stderr } = await check(
      config,
      { 'a.md': '---\nignore:\n  no-guarantees: a legal text that says so\n  house-style: none here\n---\nWe guarantee it.\n' },
      ['--report-unused-ignores'],
    );
    expect(stderr).toBe('');
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['unused-ignore', expect.stringContaining('"house-style"')]]);
  });

  it('take baselines', async () => {
    const posts = { 'a.txt': 'We guarantee it. Send an e-mail.' };
    const first = await check(config, posts, ['--write-baseline']);
    expect(first.messages).toEqual([]);
    const io = captureIo(first.dir);
    expect(await run(['check', 'a.txt', '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out())[0].messages).toEqual([]);
    expect(io.err()).toMatch(/2 findings are in the baseline/);
  });

  it('appear in every output format, SARIF rules included', async () => {
    const dir = tempDir({ '.presencerc.yaml': config, 'a.txt': 'We guarantee it.' });
    for (const [format, expected] of [
      ['stylish', /Avoid promising results\s+no-guarantees/],
      ['compact', /a\.txt:1:4: warning Avoid promising results \[no-guarantees\]/],
      ['github', /::warning file=a\.txt,line=1,col=4,.*title=no-guarantees::Avoid promising results/],
      ['junit', /no-guarantees/],
    ] as const) {
      const io = captureIo(dir);
      await run(['check', 'a.txt', '-f', format], io);
      expect(io.out(), format).toMatch(expected);
    }
    const io = captureIo(dir);
    await run(['check', 'a.txt', '-f', 'sarif'], io);
    const sarif = JSON.parse(io.out());
    const described = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(described).toEqual(expect.arrayContaining(['no-competitors', 'house-style', 'no-guarantees']));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['no-guarantees']);
  });

  it('are listed by presence rules, with where they come from', async () => {
    const dir = tempDir({ '.presencerc.yaml': config });
    const io = captureIo(dir);
    expect(await run(['rules'], io)).toBe(0);
    expect(io.out()).toContain(
      'no-competitors\n  Reports "Acme Corp", "Globex" on the professional presence (a pattern of the config).\n  professional: warning\n  personal: off\n  from: pattern in .presencerc.yaml',
    );
    expect(io.out()).toContain('house-style\n  Suggests "email" for "e-mail", "website" for "web site", "internet" for "web" (a pattern of the config).');
    expect(io.out()).toMatch(/^oversharing\n/);
    const explained = captureIo(dir);
    expect(await run(['explain', 'no-guarantees'], explained)).toBe(0);
    expect(explained.out()).toContain('From the pattern in .presencerc.yaml.');
  });

  it('take a description of their own', async () => {
    const dir = tempDir({
      '.presencerc.yaml': `patterns:\n  - id: no-crypto\n    description: Keeps crypto talk off both presences.\n    message: "{match}"\n    words: [bitcoin]\n`,
    });
    const io = captureIo(dir);
    await run(['rules'], io);
    expect(io.out()).toContain('no-crypto\n  Keeps crypto talk off both presences.\n');
  });
});

describe('patterns: validation', () => {
  it('accepts the README example, and rules: settings of pattern ids', async () => {
    const text = `${EXAMPLE_CONFIG}${PATTERNS}rules:\n  no-competitors: error\n  house-style: { severity: suggestion }\n`;
    const validated = await validateConfigText({ text, shown: 'c.yaml', filepath: '/tmp/c.yaml', rules: builtInRules });
    expect(validated.issues).toEqual([]);
    expect(validated.rules.map((r) => r.id).slice(-3)).toEqual(['no-competitors', 'house-style', 'no-guarantees']);
  });

  it('reports a bad regex at its value, with the RE2 reason and a hint', async () => {
    const [error, ...rest] = await errorsOf(`patterns:\n  - id: broken\n    message: "x"\n    regex: "(guarantee"\n`);
    expect(rest).toEqual([]);
    expect(error).toBe(
      [
        '.presencerc.yaml:4:12: patterns[0].regex is not a valid regular expression: missing closing ): `(guarantee`',
        '  4 |     regex: "(guarantee"',
        '    |            ^^^^^^^^^^^^',
        '  hint: presence runs patterns with RE2 (linear time, so no pattern can hang a run): no lookaheads (?=, (?!, and no backreferences \\1.',
      ].join('\n'),
    );
  });

  it('refuses lookaheads and backreferences, and a regex that matches empty text', async () => {
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    regex: "guarantee(?!d)"\n`)).toEqual([
      expect.stringMatching(/^\.presencerc\.yaml:4:12: patterns\[0\]\.regex is not a valid regular expression: invalid or unsupported Perl syntax/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    regex: "(a)\\\\1"\n`)).toEqual([expect.stringMatching(/invalid escape sequence/)]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    regex: "x*"\n`)).toEqual([expect.stringMatching(/:4:12: patterns\[0\]\.regex matches empty text/)]);
  });

  it('needs exactly one of words, swap and regex', async () => {
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    words: [a]\n    regex: b\n`)).toEqual([
      expect.stringMatching(/^\.presencerc\.yaml:5:12: patterns\[0\] has both words and regex: give exactly one of words, swap and regex/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n`)).toEqual([expect.stringMatching(/^\.presencerc\.yaml:2:5: patterns\[0\] needs one of words, swap and regex/)]);
  });

  it('needs a kebab-case id unlike a built-in rule and the other patterns', async () => {
    expect(await errorsOf(`patterns:\n  - id: NoCompetitors\n    message: x\n    words: [a]\n`)).toEqual([
      expect.stringMatching(/^\.presencerc\.yaml:2:9: pattern id "NoCompetitors" is not kebab-case/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: oversharing\n    message: x\n    words: [a]\n`)).toEqual([
      expect.stringMatching(/:2:9: pattern id "oversharing" is the id of a built-in rule/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    words: [a]\n  - id: a\n    message: y\n    words: [b]\n`)).toEqual([
      expect.stringMatching(/:5:9: pattern id "a" is already used by patterns\[0\]/),
    ]);
    expect(await errorsOf(`patterns:\n  - message: x\n    words: [a]\n`)).toEqual([expect.stringMatching(/:2:5: patterns\[0\] is missing "id"/)]);
  });

  it('knows only the placeholders the pattern fills', async () => {
    expect(await errorsOf(`patterns:\n  - id: a\n    message: "Use {replacement}"\n    words: [a]\n`)).toEqual([
      expect.stringMatching(/:3:14: unknown placeholder \{replacement\} in the message of patterns\[0\]\n[\s\S]*hint: A words message may use \{match\}\./),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: "{word} -> {replacement}"\n    swap: { a: b }\n`)).toEqual([
      expect.stringMatching(/unknown placeholder \{word\}[\s\S]*may use \{match\} and \{replacement\}/),
    ]);
  });

  it('refuses empty words and swaps without a replacement', async () => {
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    words: []\n`)).toEqual([expect.stringMatching(/:4:12: patterns\[0\]\.words must list at least one word/)]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    swap: { a: " " }\n`)).toEqual([
      expect.stringMatching(/patterns\[0\]\.swap\.a must say what to write instead/),
    ]);
  });

  it('checks keys, types, severities and presences with the schema', async () => {
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    wrods: [a]\n`)).toEqual([
      expect.stringMatching(/:2:5: patterns\[0\] needs one of words/),
      expect.stringMatching(/:4:5: unknown key "wrods" in patterns\[0\] \(did you mean "words"\?\)/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    severity: eror\n    words: [a]\n`)).toEqual([
      expect.stringMatching(/:4:15: invalid severity "eror" for patterns\[0\]\.severity: expected one of error, warning, suggestion, off \(did you mean "error"\?\)/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    presence: work\n    words: [a]\n`)).toEqual([
      expect.stringMatching(/:4:15: invalid value "work" for patterns\[0\]\.presence/),
    ]);
    expect(await errorsOf(`patterns:\n  - id: a\n    message: x\n    words: a\n`)).toEqual([expect.stringMatching(/:4:12: patterns\[0\]\.words must be a list, got "a"/)]);
    expect(await errorsOf(`patterns: {}\n`)).toEqual([expect.stringMatching(/:1:11: patterns must be a list/)]);
  });

  it('reports a pattern error once, without "unknown rule" for its rules: setting', async () => {
    const errors = await errorsOf(`patterns:\n  - id: a\n    message: x\n    regex: "("\nrules:\n  a: error\n  nope: error\n`);
    expect(errors).toEqual([expect.stringMatching(/:4:12: patterns\[0\]\.regex is not a valid/), expect.stringMatching(/:7:3: unknown rule "nope"/)]);
  });

  it('checks settings of pattern ids wherever rules: appears, at their positions', async () => {
    const text = `${PATTERNS}presences:\n  professional:\n    positioning: "I am a vet in rescue for families"\n    rules:\n      no-competitors: eror\noverrides:\n  - files: ["*.md"]\n    rules:\n      house-style: { max: 1 }\n      oversharing: { severity: loud }\nrules:\n  no-guarantees: 3\n`;
    expect(await errorsOf(text)).toEqual([
      expect.stringMatching(/^\.presencerc\.yaml:17:23: invalid severity "eror" for presences\.professional\.rules\.no-competitors: expected one of error, warning, suggestion, off \(did you mean "error"\?\)/),
      expect.stringMatching(/^\.presencerc\.yaml:21:22: unknown key "max" in overrides\[0\]\.rules\.house-style/),
      expect.stringMatching(/^\.presencerc\.yaml:22:32: invalid severity "loud" for overrides\[0\]\.rules\.oversharing\.severity/),
      expect.stringMatching(/^\.presencerc\.yaml:24:18: rules\.no-guarantees must be a severity \(error, warning, suggestion, off\) or a mapping of options, got 3/),
    ]);
  });

  it('suggests a pattern id for a misspelt rules: key', async () => {
    expect(await errorsOf(`${PATTERNS}rules:\n  no-competitor: error\n`)).toEqual([
      expect.stringMatching(/unknown rule "no-competitor" \(did you mean "no-competitors"\?\)/),
    ]);
  });

  it('stops presence check with exit 2 and the position', async () => {
    const dir = tempDir({ '.presencerc.yaml': `patterns:\n  - id: a\n    message: x\n    regex: "a{2,1}"\n`, 'a.txt': 'hello' });
    const io = captureIo(dir);
    expect(await run(['check', 'a.txt'], io)).toBe(2);
    expect(io.err()).toMatch(/^\.presencerc\.yaml:4:12: patterns\[0\]\.regex is not a valid regular expression: invalid repeat count/);
    expect(io.out()).toBe('');
  });
});

describe('the README example config', () => {
  it('stays valid with a patterns section', async () => {
    const example = readFileSync(path.join(import.meta.dirname, '../.presencerc.example.yaml'), 'utf8');
    const validated = await validateConfigText({ text: `${example}${PATTERNS}`, shown: 'x.yaml', filepath: '/tmp/x.yaml', rules: builtInRules });
    expect(validated.issues).toEqual([]);
  });
});
