import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/core/lint.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Diagnostic, FileResult } from '../src/core/types.js';
import { compact } from '../src/format/compact.js';
import { github } from '../src/format/github.js';
import { formatters, type FormatContext } from '../src/format/index.js';
import { junit } from '../src/format/junit.js';
import { artifactLocation, FINGERPRINT_KEY, REPOSITORY_URL, ruleDocUrl, sarif } from '../src/format/sarif.js';
import { ANNOTATIONS_PER_KIND } from '../src/format/github.js';
import { markdown, markdownText, MAX_MARKDOWN_ROWS } from '../src/format/markdown.js';
import { repositoryPath } from '../src/format/paths.js';
import { rules as builtInRules } from '../rules/index.js';
import { ROOT } from './support/rule-tester.js';

function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'party-photo',
    severity: 'error',
    message: '"keg stand" reads as partying.',
    file: 'posts/a.md',
    post: 0,
    presence: 'professional',
    field: 'body',
    line: 6,
    column: 34,
    endLine: 6,
    endColumn: 43,
    ...overrides,
  };
}

function fileResult(filePath: string, messages: Partial<Diagnostic>[]): FileResult {
  return summarize(
    filePath,
    messages.map((m) => diagnostic({ file: filePath, ...m })),
  );
}

const partyPhoto = defineRule({
  id: 'party-photo',
  description: 'Reports drinking and partying.',
  messages: { party: 'party' },
  defaultSeverity: severities({ professional: 'error', personal: 'warning' }),
  check: () => [],
});
const oversharing = defineRule({
  id: 'oversharing',
  description: 'Reports "where & when" you are away, <home> alone.',
  messages: { away: 'away' },
  defaultSeverity: severities({ professional: 'error', personal: 'error' }),
  check: () => [],
});

const context: FormatContext = { color: false, postCount: 4, rules: [partyPhoto, oversharing], version: '1.2.3' };

/** Two files with findings of every severity, and a clean one. */
const sample: FileResult[] = [
  fileResult('posts/a.md', [
    { post: 0, field: 'media[0].alt', line: 6, column: 34, endLine: 6, endColumn: 43 },
    { post: 1, severity: 'warning', message: 'Sounds like a night out.', line: 9, column: 1, endLine: 9, endColumn: 21 },
    { post: 1, ruleId: 'oversharing', message: 'Says the house is empty.', line: 10, column: 5, endLine: 11, endColumn: 3 },
  ]),
  fileResult('posts/b.txt', []),
  fileResult('posts/c.txt', [{ presence: 'personal', severity: 'suggestion', message: 'Maybe later.', line: 1, column: 1, endLine: 1, endColumn: 6 }]),
];

describe('compact', () => {
  it('prints one line per finding, file:line:col: severity message [rule-id], and no summary', () => {
    expect(compact(sample, context)).toBe(
      [
        'posts/a.md:6:34: error "keg stand" reads as partying. [party-photo]',
        'posts/a.md:9:1: warning Sounds like a night out. [party-photo]',
        'posts/a.md:10:5: error Says the house is empty. [oversharing]',
        'posts/c.txt:1:1: suggestion Maybe later. [party-photo]',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing without findings', () => {
    expect(compact([], context)).toBe('');
    expect(compact([fileResult('a.txt', [])], context)).toBe('');
  });

  it('keeps a multi-line message on its line', () => {
    expect(compact([fileResult('a.txt', [{ message: 'first\r\n  second\nthird' }])], context)).toBe('a.txt:6:34: error first second third [party-photo]\n');
  });
});

/** Reads a workflow command back as the Actions runner does: properties split on `,` and the first `=`, then unescaped. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+) (.*?)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string, property: boolean): string => {
    let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  const properties = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), unescape(pair.slice(at + 1), true)];
    }),
  );
  return { command: match[1]!, properties, message: unescape(match[3]!, false) };
}

describe('github', () => {
  it('prints a workflow command per finding, mapping suggestions to notices', () => {
    expect(github(sample, context)).toBe(
      [
        '::error file=posts/a.md,line=6,col=34,endLine=6,endColumn=43,title=party-photo::"keg stand" reads as partying.',
        '::warning file=posts/a.md,line=9,col=1,endLine=9,endColumn=21,title=party-photo::Sounds like a night out.',
        '::error file=posts/a.md,line=10,endLine=11,title=oversharing::Says the house is empty.',
        '::notice file=posts/c.txt,line=1,col=1,endLine=1,endColumn=6,title=party-photo::Maybe later.',
        '',
      ].join('\n'),
    );
  });

  it('gives only lines for a finding that spans lines (annotations take columns on one line only)', () => {
    const line = github([fileResult('a.txt', [{ line: 2, column: 5, endLine: 4, endColumn: 2 }])], context);
    expect(parseCommand(line.trimEnd()).properties).toEqual({ file: 'a.txt', line: '2', endLine: '4', title: 'party-photo' });
  });

  it('prints nothing without findings', () => {
    expect(github([], context)).toBe('');
    expect(github([fileResult('a.txt', [])], context)).toBe('');
  });

  it('escapes hostile file names, rule ids and messages so that each finding stays one command', () => {
    const file = 'posts/100%,new: line\r\nfile=x,line=9::.md';
    const message = '50% off: today, only!\r\n::error file=evil.md::injected\n%0A%25';
    const ruleId = 'odd:rule,id';
    const out = github([fileResult(file, [{ message, ruleId }])], context);
    const lines = out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toBe(
      '::error file=posts/100%25%2Cnew%3A line%0D%0Afile=x%2Cline=9%3A%3A.md,line=6,col=34,endLine=6,endColumn=43,title=odd%3Arule%2Cid' +
        '::50%25 off: today, only!%0D%0A::error file=evil.md::injected%0A%250A%2525',
    );
    expect(parseCommand(lines[0]!)).toEqual({
      command: 'error',
      properties: { file, line: '6', col: '34', endLine: '6', endColumn: '43', title: ruleId },
      message,
    });
  });
});

const sarifSchema = JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
// The official schema has a pattern (for `language`) that is invalid as a unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

/** Parses the SARIF text and fails with the schema's complaints when it does not validate. */
function validSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  return log;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  properties: Record<string, unknown>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
    originalUriBaseIds: Record<string, unknown>;
    columnKind: string;
    results: SarifResult[];
  }[];
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with and without findings', () => {
    validSarif(sarif(sample, context));
    const empty = validSarif(sarif([], context));
    expect(empty.runs[0]!.results).toEqual([]);
    validSarif(sarif(sample, { ...context, rules: builtInRules }));
  });

  it('checks what the schema says (the validator is not lenient)', () => {
    const log = JSON.parse(sarif(sample, context)) as SarifLog;
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'posts/a b.md';
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('describes the tool and every rule of the run, with a link to its documentation', () => {
    const log = validSarif(sarif(sample, context));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toHaveProperty(['%SRCROOT%']);
    expect(run.tool.driver).toMatchObject({ name: 'presence', version: '1.2.3', informationUri: REPOSITORY_URL });
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'party-photo',
        name: 'PartyPhoto',
        shortDescription: { text: 'Reports drinking and partying.' },
        fullDescription: { text: 'Reports drinking and partying.' },
        helpUri: 'https://github.com/presence-lint/presence/blob/main/rules/party-photo.md',
        help: {
          text: 'Reports drinking and partying. See https://github.com/presence-lint/presence/blob/main/rules/party-photo.md',
          markdown: 'Reports drinking and partying. [Documentation](https://github.com/presence-lint/presence/blob/main/rules/party-photo.md)',
        },
        defaultConfiguration: { enabled: true, level: 'error' },
        properties: { tags: ['social-media', 'reputation', 'professional-presence', 'personal-presence'] },
      },
      expect.objectContaining({ id: 'oversharing', name: 'Oversharing', shortDescription: { text: 'Reports "where & when" you are away, <home> alone.' } }),
    ]);
    const ids = validSarif(sarif([], { ...context, rules: builtInRules })).runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(builtInRules.map((r) => r.id));
  });

  it('reports each finding with its rule, level, message, region and presence', () => {
    const run = validSarif(sarif(sample, context)).runs[0]!;
    expect(run.results).toHaveLength(4);
    expect(run.results[0]).toEqual({
      ruleId: 'party-photo',
      ruleIndex: 0,
      level: 'error',
      message: { text: '"keg stand" reads as partying.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/a.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 6, startColumn: 34, endLine: 6, endColumn: 43 },
          },
        },
      ],
      properties: { presence: 'professional', post: 0, field: 'media[0].alt' },
    });
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['party-photo', 0, 'error'],
      ['party-photo', 0, 'warning'],
      ['oversharing', 1, 'error'],
      ['party-photo', 0, 'note'],
    ]);
    expect(run.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 10, startColumn: 5, endLine: 11, endColumn: 3 });
  });

  it('leaves out the rule index of a rule the run does not describe', () => {
    const [result] = validSarif(sarif([fileResult('a.txt', [{ ruleId: 'plugin-rule' }])], context)).runs[0]!.results;
    expect(result).toMatchObject({ ruleId: 'plugin-rule' });
    expect(result).not.toHaveProperty('ruleIndex');
  });

  it('turns file paths into relative URIs against %SRCROOT%, percent-encoded, or file: URIs when absolute', () => {
    expect(artifactLocation('posts/a.md')).toEqual({ uri: 'posts/a.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./posts/my post #1 (100%).md')).toEqual({ uri: 'posts/my%20post%20%231%20(100%25).md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('posts\\windows\\a.md').uri).toBe('posts/windows/a.md');
    expect(artifactLocation('a:b?c.md').uri).toBe('a%3Ab%3Fc.md');
    expect(artifactLocation('café/ünïcode.md').uri).toBe('caf%C3%A9/%C3%BCn%C3%AFcode.md');
    expect(artifactLocation('<stdin>').uri).toBe('%3Cstdin%3E');
    expect(artifactLocation('bad\uD800.md').uri).toBe('bad%EF%BF%BD.md');
    expect(artifactLocation('/home/me/posts/a b.md')).toEqual({ uri: 'file:///home/me/posts/a%20b.md' });
    expect(artifactLocation('C:\\Users\\me\\a b.md')).toEqual({ uri: 'file:///C:/Users/me/a%20b.md' });
    const names = ['./posts/my post #1 (100%).md', 'a:b?c.md', 'café/ünïcode.md', '<stdin>', '/home/me/a b.md', 'C:\\x\\y.md', 'we[ird]{x}|^`.md'];
    validSarif(sarif([fileResult('x', []), ...names.map((n) => fileResult(n, [{}]))], context));
  });

  it('links every rule to its page', () => {
    expect(ruleDocUrl('party-photo')).toBe(`${REPOSITORY_URL}/blob/main/rules/party-photo.md`);
  });

  it("links to the repository package.json names", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string }; homepage: string };
    expect(REPOSITORY_URL).toBe(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    expect(REPOSITORY_URL).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
  });

  it('gives each finding its fingerprint in partialFingerprints, the nth of a post and rule its own', () => {
    const results = [fileResult('posts/a.md', [{ fingerprint: '00abc' }, { fingerprint: '00abc', line: 7 }, { fingerprint: '00def', ruleId: 'oversharing' }, {}])];
    const run = validSarif(sarif(results, context)).runs[0]!;
    expect(run.results.map((r) => (r as { partialFingerprints?: Record<string, string> }).partialFingerprints)).toEqual([
      { [FINGERPRINT_KEY]: '00abc:0' },
      { [FINGERPRINT_KEY]: '00abc:1' },
      { [FINGERPRINT_KEY]: '00def:0' },
      undefined,
    ]);
  });

  it('describes each rule with its default level (the more severe of its defaults without a config), tags and precision', () => {
    const quiet = defineRule({ id: 'quiet', description: 'Off by default.', messages: { m: 'm' }, defaultSeverity: severities({ professional: 'off', personal: 'off' }), check: () => [] });
    const mild = defineRule({ id: 'mild', description: 'A hint.', messages: { m: 'm' }, precision: 'medium', defaultSeverity: severities({ professional: 'suggestion', personal: 'off' }), check: () => [] });
    const [q, m] = validSarif(sarif([], { ...context, rules: [quiet, mild] })).runs[0]!.tool.driver.rules;
    expect(q).toMatchObject({ defaultConfiguration: { enabled: false, level: 'none' }, properties: { tags: ['social-media'] } });
    expect(m).toMatchObject({ defaultConfiguration: { enabled: true, level: 'note' }, properties: { precision: 'medium', tags: ['social-media', 'professional-presence'] } });
    for (const rule of validSarif(sarif([], { ...context, rules: builtInRules })).runs[0]!.tool.driver.rules) {
      expect((rule.properties as { tags: string[] }).tags.length, String(rule.id)).toBeLessThanOrEqual(20);
    }
  });

  it('names files by their path in the repository, wherever presence ran from', () => {
    const paths = { cwd: '/work/repo/posts/2025', repositoryRoot: '/work/repo' };
    expect(repositoryPath('launch.md', paths)).toBe('posts/2025/launch.md');
    expect(repositoryPath('./q1/../q2/a.md', paths)).toBe('posts/2025/q2/a.md');
    expect(repositoryPath('/work/repo/posts/x.md', paths)).toBe('posts/x.md');
    expect(repositoryPath('../../../elsewhere/x.md', paths)).toBe('/work/elsewhere/x.md');
    expect(repositoryPath('/work/repository-next/x.md', paths)).toBe('/work/repository-next/x.md');
    expect(repositoryPath('a.md', { cwd: '/tmp/posts' })).toBe('a.md');
    expect(repositoryPath('sub\\a.md', { cwd: 'C:\\repo\\posts', repositoryRoot: 'c:\\repo' })).toBe('posts/sub/a.md');
    const log = validSarif(sarif([fileResult('launch day.md', [{}]), fileResult('../../../elsewhere/x.md', [{}])], { ...context, paths }));
    const run = log.runs[0]!;
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'posts/2025/launch%20day.md', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///work/elsewhere/x.md' },
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///work/repo/', description: { text: 'The root of the repository; file paths are relative to it.' } });
  });

  it("meets GitHub code scanning's documented limits and requirements for upload", () => {
    const results = [fileResult('posts/a.md', [{ fingerprint: '0a' }, { ruleId: 'oversharing', fingerprint: '0b', confidence: 0.8 }])];
    for (const rules of [builtInRules, context.rules]) {
      const log = validSarif(sarif(results, { ...context, rules, paths: { cwd: '/r/posts', repositoryRoot: '/r' } }));
      expect(log.runs.length).toBeLessThanOrEqual(20);
      const run = log.runs[0]!;
      const ids = run.tool.driver.rules.map((r) => r.id as string);
      expect(new Set(ids).size).toBe(ids.length);
      for (const rule of run.tool.driver.rules) {
        expect(String(rule.helpUri)).toMatch(/^https:\/\//);
        expect(rule.shortDescription).toHaveProperty('text');
        expect(['none', 'note', 'warning', 'error']).toContain((rule.defaultConfiguration as { level: string }).level);
        const precision = (rule.properties as { precision?: string }).precision;
        if (precision !== undefined) expect(['very-high', 'high', 'medium', 'low']).toContain(precision);
      }
      for (const result of run.results) {
        expect(ids).toContain(result.ruleId);
        expect(result.message.text.length).toBeGreaterThan(0);
        const { artifactLocation: at, region } = result.locations[0]!.physicalLocation;
        // Relative to the repository's root: no leading slash, no ./ or ../, forward slashes.
        expect(at.uri).toMatch(/^(?![./])[^\\]*$/);
        expect(region.startLine).toBeGreaterThanOrEqual(1);
        expect(Object.keys((result as { partialFingerprints: object }).partialFingerprints)).toEqual([FINGERPRINT_KEY]);
      }
    }
  });
});

describe('github: within the annotation limits', () => {
  it('annotates ten findings of each kind, prints the rest as plain lines and counts them in one last notice', () => {
    const many = [fileResult('a.txt', [
      ...Array.from({ length: 12 }, (_, i) => ({ line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => ({ severity: 'warning' as const, line: 20 + i })),
      ...Array.from({ length: 11 }, (_, i) => ({ severity: 'suggestion' as const, line: 30 + i })),
    ])];
    const lines = github(many, context).trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    const count = (kind: string): number => commands.filter((l) => l.startsWith(`::${kind} `)).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([ANNOTATIONS_PER_KIND, 3, ANNOTATIONS_PER_KIND]);
    expect(commands.length).toBeLessThanOrEqual(50);
    const plain = lines.filter((l) => !l.startsWith('::'));
    expect(plain).toHaveLength(2 + 2);
    expect(plain[0]).toBe('presence: a.txt:11:34: error "keg stand" reads as partying. [party-photo]');
    expect(lines.at(-1)).toMatch(/^::notice title=presence::4 more findings are listed in the log but not annotated/);
  });

  it('annotates every finding when each kind is within its limit', () => {
    const few = [fileResult('a.txt', Array.from({ length: ANNOTATIONS_PER_KIND }, (_, i) => ({ line: i + 1 })))];
    expect(github(few, context).trimEnd().split('\n').every((l) => l.startsWith('::error '))).toBe(true);
  });
});

describe('markdown', () => {
  it('sums up, counts findings per rule and lists them per file', () => {
    expect(markdown(sample, context)).toBe(
      [
        '### ❌ presence: 4 problems (2 errors, 1 warning, 1 suggestion)',
        '',
        'Checked 4 posts in 3 files; 2 files with findings.',
        '',
        '| Rule | Errors | Warnings | Suggestions |',
        '| --- | ---: | ---: | ---: |',
        '| [oversharing](https://github.com/presence-lint/presence/blob/main/rules/oversharing.md) | 1 | 0 | 0 |',
        '| [party-photo](https://github.com/presence-lint/presence/blob/main/rules/party-photo.md) | 1 | 1 | 1 |',
        '',
        '#### posts/a.md',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        '| 6:34 (media&#91;0&#93;.alt) | 🔴 error | party-photo | "keg stand" reads as partying. |',
        '| 9:1 | 🟠 warning | party-photo | Sounds like a night out. |',
        '| 10:5 | 🔴 error | oversharing | Says the house is empty. |',
        '',
        '#### posts/c.txt',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        '| 1:1 | 🔵 suggestion | party-photo | Maybe later. |',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([fileResult('a.txt', [])], { ...context, postCount: 1 })).toBe('### ✅ presence: no problems\n\nChecked 1 post in 1 file.\n');
  });

  it('keeps what a post says inert: no mention, no issue link, no HTML, no broken table', () => {
    const text = markdownText('Ping @ceo about #12 <img src=x onerror=alert(1)> a|b [x](javascript:y) `code` *bold*\nnext');
    expect(text.replace(/&#\d+;/g, '')).not.toMatch(/[@#<>|[\]`*&]/);
    expect(text).not.toContain('\n');
    expect(text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))).toBe('Ping @ceo about #12 <img src=x onerror=alert(1)> a|b [x](javascript:y) `code` *bold* next');
    const table = markdown([fileResult('we|ird.md', [{ message: 'a | b\n| c |' }])], context);
    for (const line of table.split('\n').filter((l) => l.startsWith('| 6:34'))) expect(line.split('|')).toHaveLength(6);
  });

  it(`shows at most ${MAX_MARKDOWN_ROWS} findings and counts the rest`, () => {
    const results = [fileResult('a.txt', Array.from({ length: MAX_MARKDOWN_ROWS + 5 }, (_, i) => ({ line: i + 1 }))), fileResult('b.txt', [{}])];
    const out = markdown(results, context);
    expect(out.split('\n').filter((l) => /^\| \d+:/.test(l))).toHaveLength(MAX_MARKDOWN_ROWS);
    expect(out).not.toContain('#### b.txt');
    expect(out).toContain('…and 6 more findings not shown here');
  });
});

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML with a strict XML 1.0 parser (saxes): any well-formedness error, forbidden characters included, throws. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const document: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [document];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  expect(document.children).toHaveLength(1);
  return document.children[0]!;
}

describe('junit', () => {
  it('is checked by a strict parser', () => {
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/disallowed character/);
    expect(() => parseXml('<a b="<"/>')).toThrow();
    expect(() => parseXml('<a>&</a>')).toThrow();
    expect(() => parseXml('<a><b></a>')).toThrow();
  });

  it('has a suite per file and a case per post with findings; errors fail, warnings and suggestions pass with output', () => {
    const xml = junit(sample, context);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'presence', tests: '4', failures: '2', errors: '0', skipped: '0', time: '0' });
    const [a, b, c] = root.children;
    expect(root.children).toHaveLength(3);
    expect(a!.attributes).toEqual({ name: 'posts/a.md', tests: '2', failures: '2', errors: '0', skipped: '0', time: '0' });
    expect(a!.children.map((t) => [t.name, t.attributes.name, t.attributes.classname])).toEqual([
      ['testcase', 'post 0', 'posts/a.md'],
      ['testcase', 'post 1', 'posts/a.md'],
    ]);
    const [failure] = a!.children[0]!.children;
    expect(failure).toEqual({
      name: 'failure',
      attributes: { message: '"keg stand" reads as partying.', type: 'party-photo' },
      children: [],
      text: 'posts/a.md:6:34: error "keg stand" reads as partying. [party-photo]',
    });
    const post1 = a!.children[1]!.children;
    expect(post1.map((e) => e.name)).toEqual(['failure']);
    expect(post1[0]!.attributes).toEqual({ message: 'Says the house is empty.', type: 'oversharing' });
    expect(post1[0]!.text).toBe('posts/a.md:9:1: warning Sounds like a night out. [party-photo]\nposts/a.md:10:5: error Says the house is empty. [oversharing]');
    expect(b!.attributes).toMatchObject({ name: 'posts/b.txt', tests: '1', failures: '0' });
    expect(b!.children).toEqual([{ name: 'testcase', attributes: { name: 'all posts', classname: 'posts/b.txt', time: '0' }, children: [], text: '' }]);
    expect(c!.attributes).toMatchObject({ tests: '1', failures: '0' });
    expect(c!.children[0]!.children).toEqual([
      { name: 'system-out', attributes: {}, children: [], text: 'posts/c.txt:1:1: suggestion Maybe later. [party-photo]' },
    ]);
  });

  it('says how many more errors a failing post has', () => {
    const root = parseXml(junit([fileResult('a.txt', [{}, { ruleId: 'oversharing', message: 'Away.' }, { message: 'Again.' }])], context));
    expect(root.children[0]!.children[0]!.children[0]!.attributes).toEqual({ message: '"keg stand" reads as partying. (and 2 more)', type: 'party-photo' });
  });

  it('is an empty report without results', () => {
    expect(parseXml(junit([], context)).attributes).toMatchObject({ tests: '0', failures: '0' });
  });

  it('escapes markup and replaces characters XML 1.0 forbids, keeping everything else exactly', () => {
    const hostile = 'a & b < c > d "e" \'f\' ]]> <![CDATA[x]]> &amp; tab\there\r\nnew\nline \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF \uD800 lone, 😀 pair, \u0085\u2028 é';
    const clean = 'a & b < c > d "e" \'f\' ]]> <![CDATA[x]]> &amp; tab\there\r\nnew\nline \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD lone, 😀 pair, \u0085\u2028 é';
    const file = 'posts/<"quoted"> & \'odd\'\u0007.md';
    const xml = junit([fileResult(file, [{ message: hostile, ruleId: 'rule"<&>' }])], context);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const root = parseXml(xml);
    const suite = root.children[0]!;
    expect(suite.attributes.name).toBe('posts/<"quoted"> & \'odd\'\uFFFD.md');
    const failure = suite.children[0]!.children[0]!;
    expect(failure.attributes).toEqual({ message: clean, type: 'rule"<&>' });
    // The text lists findings one per line, so line breaks inside a message become spaces there.
    expect(failure.text).toMatch(/^posts\/<"quoted"> & 'odd'\uFFFD\.md:6:34: error a & b < c > d "e" 'f' \]\]> <!\[CDATA\[x\]\]> &amp; tab\there new line \uFFFD{8} \uFFFD lone, 😀 pair, /u);
    expect(failure.text).toMatch(/ é \[rule"<&>\]$/);
  });
});

describe('the formatters', () => {
  it('are registered by name', () => {
    expect(Object.keys(formatters)).toEqual(['stylish', 'compact', 'json', 'sarif', 'github', 'junit', 'markdown', 'html']);
  });

  it('are pure: the same input gives the same output, and the input is left alone', () => {
    const before = JSON.stringify(sample);
    for (const [name, format] of Object.entries(formatters)) {
      expect(format(sample, context), name).toBe(format(sample, context));
    }
    expect(JSON.stringify(sample)).toBe(before);
  });
});
