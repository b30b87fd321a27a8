import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';

const WINE = [
  '---',
  'presence: professional',
  'ignore:',
  '  party-photo: "we are a wine bar: tastings are the business"',
  '---',
  'Join us for a wine tasting: so many tequila shots after hours!',
].join('\n');

describe('suppressions in post metadata', () => {
  it('a post opts out of a rule with a reason in its front matter', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': WINE });
    const r = presence(['check', 'a.md', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(file!.messages.map((m) => m.ruleId)).not.toContain('party-photo');
    expect(r.code).toBe(0);
  });

  it('a reason is required', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': WINE.replace('"we are a wine bar: tastings are the business"', '""') });
    const r = presence(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: a\.md:4:16: front matter ignore of "party-photo" needs a reason/m);
  });

  it('an ignore of an unknown rule is an error with its line', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a.md': WINE.replace('party-photo:', 'party-foto:') });
    const r = presence(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^presence: a\.md:4:3: ignore names unknown rule "party-foto"/m);
  });

  it('--report-unused-ignores reports an ignore that suppressed nothing, at its line', () => {
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'a.md': WINE.replace('so many tequila shots after hours!', 'a lovely evening. What would you pair with a Riesling?'),
    });
    expect(presence(['check', 'a.md'], { cwd: dir }).stdout).not.toMatch(/unused-ignore/);
    const r = presence(['check', 'a.md', '--report-unused-ignores', '-f', 'compact'], { cwd: dir });
    expect(r.stdout.split('\n').filter((l) => l.includes('unused-ignore'))).toEqual([
      'a.md:4:3: warning ignore of "party-photo" suppressed nothing: remove it, or the next finding of that rule goes unseen [unused-ignore]',
    ]);
  });

  it('works in .tweet threads and JSON Lines', () => {
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'a.tweet': '---\nignore: { party-photo: "a brewery account" }\n---\nKeg stand contest tonight\n---\nand beer pong',
      'b.jsonl': '{"text": "Keg stand contest tonight", "ignore": {"party-photo": "a brewery account"}}\n{"text": "Keg stand contest tonight"}\n',
    });
    const r = presence(['check', '.', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; post: number }[] }[];
    expect(files.map((f) => [f.filePath, f.messages.filter((m) => m.ruleId === 'party-photo').map((m) => m.post)])).toEqual([
      ['a.tweet', []],
      ['b.jsonl', [1]],
    ]);
  });
});

describe('suppressions in a CSV ignore column', () => {
  it('a row opts out of a rule with a reason', () => {
    const dir = tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'queue.csv': 'date,message,ignore\n2026-05-01 10:00,Keg stand contest tonight,party-photo: a brewery account\n2026-05-02 10:00,Keg stand contest tonight,\n',
    });
    const r = presence(['check', 'queue.csv', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as { messages: { ruleId: string; post: number }[] }[];
    expect(file!.messages.filter((m) => m.ruleId === 'party-photo').map((m) => m.post)).toEqual([1]);
  });
});
