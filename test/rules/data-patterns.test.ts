import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/rule-tester.js';

/**
 * Every pattern of every rule's data compiles. A list entry with a broken
 * regex must fail here, by name, not leave its whole list matching nothing
 * in a run (a French party-photo entry once did, in session 9, silently).
 */
const FIELDS = ['match', 'requires', 'unless', 'requiresInText', 'shape'] as const;

function patterns(value: unknown, where: string, out: [string, string][]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => patterns(v, `${where}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const entry = value as Record<string, unknown>;
  if (typeof entry.match !== 'string') return;
  for (const field of FIELDS) {
    const v = entry[field];
    if (typeof v === 'string') out.push([`${where}.${field}`, v]);
    else if (Array.isArray(v)) v.forEach((s, i) => typeof s === 'string' && out.push([`${where}.${field}[${i}]`, s]));
  }
}

const dir = path.join(ROOT, 'rules/data');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

describe('rule data patterns', () => {
  it('finds the data files', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(`${file}: every entry's pattern compiles`, async () => {
      const module = (await import(path.join(dir, file))) as Record<string, unknown>;
      const found: [string, string][] = [];
      for (const [name, value] of Object.entries(module)) patterns(value, name, found);
      const broken: string[] = [];
      for (const [where, source] of found) {
        try {
          new RegExp(source, 'iu');
        } catch (error) {
          broken.push(`${where}: ${(error as Error).message}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
