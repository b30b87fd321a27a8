import { chmodSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { captureIo, EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/** The README's config with a house-style swap and a pattern that has no fix. */
const CONFIG = `${EXAMPLE_CONFIG}default: professional
rules:
  off-positioning: off
  broadcast-only: off
patterns:
  - id: house-style
    message: 'Write "{replacement}", not "{match}".'
    swap: { "web site": "website", "e-mail": "email" }
  - id: no-hype
    message: 'Avoid "{match}".'
    words: ["game changer"]
`;

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
const bytes = (dir: string, file: string): Buffer => readFileSync(path.join(dir, file));

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  fix?: { range: [number, number]; text: string };
}

function messages(stdout: string): JsonMessage[] {
  return (JSON.parse(stdout) as { messages: JsonMessage[] }[]).flatMap((f) => f.messages);
}

describe('--fix on every file type', () => {
  it('.txt: fixes each swap, keeps CRLF line endings, and reports what is left', () => {
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': 'Visit our web site or send an e-mail.\r\nA game changer: the web site.\r\n' });
    const r = presence(['check', 'a.txt', '--fix', '-f', 'compact'], { cwd: dir });
    expect(read(dir, 'a.txt')).toBe('Visit our website or send an email.\r\nA game changer: the website.\r\n');
    expect(r.stderr).toContain('presence: applied 3 fixes in 1 file.');
    // What is left is what has no fix.
    expect(r.stdout).toContain('[no-hype]');
    expect(r.stdout).not.toContain('[house-style]');
    expect(r.code).toBe(0);
  });

  it('.md: keeps the byte-order mark, fixes the body and a one-line alt text in front matter', () => {
    const md = '\uFEFF---\nmedia:\n  - alt: "Our web site on a phone"\n---\nOur new web site is live.\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.md': md });
    presence(['check', 'a.md', '--fix'], { cwd: dir });
    const after = bytes(dir, 'a.md');
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.toString('utf8')).toBe('\uFEFF---\nmedia:\n  - alt: "Our website on a phone"\n---\nOur new website is live.\n');
  });

  it('.tweet and .toot: fixes every part of a thread', () => {
    const thread = 'Our web site is live.\n\n---\n\nSend an e-mail with questions.\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.tweet': thread, 'b.toot': thread });
    presence(['check', '.', '--fix'], { cwd: dir });
    for (const file of ['a.tweet', 'b.toot']) expect(read(dir, file)).toBe('Our website is live.\n\n---\n\nSend an email with questions.\n');
  });

  it('.csv: fixes quoted and unquoted cells, doubled quotes elsewhere in the cell kept', () => {
    const csv = 'message,date\n"Our web site, now live",2026-01-05\nweb site launch,2026-01-06\n"say ""hi"" to the web site",2026-01-07\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 's.csv': csv });
    presence(['check', 's.csv', '--fix'], { cwd: dir });
    expect(read(dir, 's.csv')).toBe('message,date\n"Our website, now live",2026-01-05\nwebsite launch,2026-01-06\n"say ""hi"" to the website",2026-01-07\n');
  });

  it('.jsonl: fixes strings, escapes elsewhere in the string kept', () => {
    const jsonl = '{"text":"Our web site is live"}\n{"text":"caf\\u00e9 \\"open\\" web site"}\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'p.jsonl': jsonl });
    presence(['check', 'p.jsonl', '--fix'], { cwd: dir });
    expect(read(dir, 'p.jsonl')).toBe('{"text":"Our website is live"}\n{"text":"caf\\u00e9 \\"open\\" website"}\n');
  });
});

describe('--fix refuses what it cannot write exactly', () => {
  it('a span the file spells differently (a JSON escape, a folded YAML value): skipped with a notice, the file left byte for byte', () => {
    const jsonl = '{"text":"Our web\\u0020site is live"}\n';
    const md = '---\nmedia:\n  - alt: >\n      our web\n      site on a phone\n---\nHello there friends.\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'p.jsonl': jsonl, 'a.md': md });
    const r = presence(['check', '.', '--fix'], { cwd: dir });
    expect(read(dir, 'p.jsonl')).toBe(jsonl);
    expect(read(dir, 'a.md')).toBe(md);
    expect(r.stderr).toContain('presence: p.jsonl: 1 fix not applied: its text is spelled differently in the file (quotes, escapes or line breaks), so it cannot be replaced exactly');
    expect(r.stderr).toContain('presence: a.md: 1 fix not applied: its text is spelled differently in the file');
    expect(r.stderr).not.toContain('applied 1');
    // Still reported, for a person to fix.
    expect(r.stdout).toContain('house-style');
  });

  it('a replacement that would need quoting where it goes (a comma in an unquoted CSV cell, a quote in JSON): skipped, the other fixes of the file applied', () => {
    const config = CONFIG.replace('swap: { "web site": "website", "e-mail": "email" }', 'swap: { "web site": "website", "fyi": "for your information, that is", "brb": "\\"be right back\\"" }');
    const csv = 'message,date\nfyi our web site,2026-01-05\n"fyi, in quotes",2026-01-06\n';
    const jsonl = '{"text":"brb at the web site"}\n';
    const dir = tempDir({ '.presencerc.yaml': config, 's.csv': csv, 'p.jsonl': jsonl, 'a.txt': 'brb, fyi\n' });
    const r = presence(['check', '.', '--fix'], { cwd: dir });
    // The unquoted cell keeps "fyi"; the quoted one takes the comma.
    expect(read(dir, 's.csv')).toBe('message,date\nfyi our website,2026-01-05\n"for your information, that is, in quotes",2026-01-06\n');
    expect(read(dir, 'p.jsonl')).toBe('{"text":"brb at the website"}\n');
    // A plain text file takes any replacement.
    expect(read(dir, 'a.txt')).toBe('"be right back", for your information, that is\n');
    expect(r.stderr).toContain('presence: s.csv: 1 fix not applied: the replacement would change how the file reads there (it needs quoting or escaping)');
    expect(r.stderr).toContain('presence: p.jsonl: 1 fix not applied: the replacement would change how the file reads there');
  });

  it('never writes a file without a fix, and keeps the permissions of one it fixes', () => {
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'clean.txt': 'A game changer.\n', 'a.txt': 'Our web site.\n' });
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'clean.txt'), old, old);
    chmodSync(path.join(dir, 'a.txt'), 0o600);
    presence(['check', '.', '--fix'], { cwd: dir });
    expect(statSync(path.join(dir, 'clean.txt')).mtime.getTime()).toBe(old.getTime());
    expect(read(dir, 'a.txt')).toBe('Our website.\n');
    expect(statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o600);
  });

  it('leaves alone a file that changed on disk after it was checked', async () => {
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': 'Our web site.\n' });
    const file = path.join(dir, 'a.txt');
    const io = captureIo(dir);
    const readFile = io.readFile;
    let reads = 0;
    // The third read of the post is the one just before writing: someone saves the file first.
    io.readFile = async (p, options) => {
      if (p === file && ++reads === 3) writeFileSync(file, 'Edited meanwhile: web site.\n');
      return readFile(p, options);
    };
    await run(['check', 'a.txt', '--fix'], io);
    expect(read(dir, 'a.txt')).toBe('Edited meanwhile: web site.\n');
    expect(io.err()).toContain('presence: a.txt: not fixed: it changed on disk while presence was checking it; run again');
  });

  it('refuses --fix with --staged, with stdin and with --fix-dry-run (exit 2)', () => {
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': 'Our web site.\n' });
    expect(presence(['check', '--staged', '--fix'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--fix writes the working tree, but --staged checks what git will commit') });
    expect(presence(['check', '-', '--fix'], { cwd: dir, input: 'web site' })).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot fix a post read from stdin') });
    expect(presence(['check', 'a.txt', '--fix', '--fix-dry-run'], { cwd: dir }).code).toBe(2);
    expect(read(dir, 'a.txt')).toBe('Our web site.\n');
  });
});

describe('overlapping fixes', () => {
  it('applies the first of two overlapping fixes, then the other on the next pass', () => {
    const config = CONFIG.replace(
      'patterns:\n',
      'patterns:\n  - id: brand-case\n    message: \'Write "{replacement}".\'\n    swap: { "github": "GitHub" }\n  - id: brand-words\n    message: \'Write "{replacement}".\'\n    swap: { "github repo": "GitHub repository" }\n',
    );
    const dir = tempDir({ '.presencerc.yaml': config, 'a.txt': 'Star our github repo today.\n' });
    const r = presence(['check', 'a.txt', '--fix'], { cwd: dir });
    expect(read(dir, 'a.txt')).toBe('Star our GitHub repository today.\n');
    expect(r.stderr).toContain('applied 2 fixes in 1 file');
  });

  it('gives no fix to a swap whose replacement it would report again', () => {
    const config = CONFIG.replace('"e-mail": "email"', '"fyi": "FYI, for your information"');
    const dir = tempDir({ '.presencerc.yaml': config, 'a.txt': 'fyi the web site\n' });
    const json = messages(presence(['check', 'a.txt', '-f', 'json'], { cwd: dir }).stdout);
    expect(json.map((m) => [m.ruleId, m.fix?.text])).toEqual([
      ['house-style', undefined],
      ['house-style', 'website'],
    ]);
  });
});

describe('--fix-dry-run', () => {
  it('shows each change as a diff on stderr, writes nothing, and reports the findings as they are', () => {
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': 'One.\nOur web site.\nTwo.\n', 's.csv': 'message\nan e-mail\n' });
    const r = presence(['check', '.', '--fix-dry-run', '-f', 'compact'], { cwd: dir });
    expect(read(dir, 'a.txt')).toBe('One.\nOur web site.\nTwo.\n');
    expect(read(dir, 's.csv')).toBe('message\nan e-mail\n');
    expect(r.stderr).toContain('--- a.txt\n+++ a.txt (fixed)\n@@ line 2 @@\n-Our web site.\n+Our website.\n');
    expect(r.stderr).toContain('--- s.csv\n+++ s.csv (fixed)\n@@ line 2 @@\n-an e-mail\n+an email\n');
    expect(r.stderr).toContain('presence: would apply 2 fixes in 2 files; nothing was written (--fix-dry-run).');
    expect(r.stdout).toContain('a.txt:2:5: warning Write "website", not "web site". [house-style]');
  });
});

describe('fixes in json and SARIF', () => {
  it('json: fix is { range, text } in UTF-16 offsets of the file without its BOM, only on findings that have one', () => {
    const text = '\uFEFF😀 Our web site.\n';
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': text, 'p.jsonl': '{"text":"web\\u0020site, a game changer"}\n' });
    const json = messages(presence(['check', '.', '-f', 'json'], { cwd: dir }).stdout);
    const [emoji, escaped, hype] = json;
    expect(emoji!.fix).toEqual({ range: [7, 15], text: 'website' });
    expect(text.slice(1).slice(7, 15)).toBe('web site');
    // The JSON escape inside the span: no exact range, so no fix.
    expect(escaped!.ruleId).toBe('house-style');
    expect(escaped!.fix).toBeUndefined();
    expect(hype!.ruleId).toBe('no-hype');
    expect(hype!.fix).toBeUndefined();
  });

  it('sarif: fixes with artifactChanges and replacements of the result region, valid against the 2.1.0 schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object);
    const dir = tempDir({ '.presencerc.yaml': CONFIG, 'a.txt': 'A game changer.\nOur web site.\n' });
    const log = JSON.parse(presence(['check', 'a.txt', '-f', 'sarif'], { cwd: dir }).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: unknown } }[]; fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: unknown; insertedContent: { text: string } }[] }[] }[] }[] }[];
    };
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const [hype, swap] = log.runs[0]!.results;
    expect(hype!.fixes).toBeUndefined();
    const change = swap!.fixes![0]!.artifactChanges[0]!;
    expect(change.artifactLocation.uri).toBe('a.txt');
    expect(change.replacements).toEqual([{ deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 13 }, insertedContent: { text: 'website' } }]);
    expect(swap!.locations[0]!.physicalLocation.region).toEqual(change.replacements[0]!.deletedRegion);
  });
});
