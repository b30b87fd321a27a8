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
import { artifactLocation, REPOSITORY_URL, ruleDocUrl, sarif } from '../src/format/sarif.js';
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
    expect(Object.keys(formatters)).toEqual(['stylish', 'compact', 'json', 'sarif', 'github', 'junit']);
  });

  it('are pure: the same input gives the same output, and the input is left alone', () => {
    const before = JSON.stringify(sample);
    for (const [name, format] of Object.entries(formatters)) {
      expect(format(sample, context), name).toBe(format(sample, context));
    }
    expect(JSON.stringify(sample)).toBe(before);
  });
});
