import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../src/core/lint.js';
import { AUDIENCES, PRESENCE_NAMES, SEVERITY_SETTINGS } from '../src/core/types.js';
import { rules } from '../rules/index.js';
import { VERSION } from '../src/version.js';
import { withRulesTable } from '../src/docs/rules-table.js';
import { configSchemaText } from '../src/config/schema.js';
import { SCHEMA_URL } from '../src/cli/init.js';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ROOT } from './support/rule-tester.js';

const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)));
}

describe('inventory', () => {
  const ruleFiles = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('lists every rule file in rules/index.ts, once, with its id equal to its file name', () => {
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('keeps the rule contract', () => {
        expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(rule.description).toMatch(/^[A-Z].*\.$/);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const id of Object.keys(rule.messages)) expect(id).toMatch(/^[a-z][A-Za-z]*$/);
        for (const name of Object.keys(rule.options ?? {})) expect(name).toMatch(/^[a-z][A-Za-z]*$/);
        for (const presence of PRESENCE_NAMES) {
          for (const audience of AUDIENCES) expect(SEVERITY_SETTINGS).toContain(rule.defaultSeverity[presence][audience]);
        }
      });

      it('has a doc page that names its options and severities', () => {
        const docPath = `rules/${rule.id}.md`;
        expect(existsSync(path.join(ROOT, docPath)), docPath).toBe(true);
        const doc = read(docPath);
        expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
        for (const name of Object.keys(rule.options ?? {})) expect(doc, `option ${name}`).toContain(`\`${name}\``);
        expect(doc).toMatch(/## Default severity/);
      });

      it('has fixtures that must fire and near-misses that must not', () => {
        expect(existsSync(path.join(ROOT, 'fixtures/rules', rule.id, 'fire.yaml'))).toBe(true);
        expect(existsSync(path.join(ROOT, 'fixtures/rules', rule.id, 'pass.yaml'))).toBe(true);
        expect(existsSync(path.join(ROOT, 'test/rules', `${rule.id}.test.ts`))).toBe(true);
      });

      it('is in the README rules table with its description', () => {
        expect(read('README.md')).toContain(`| [\`${rule.id}\`](rules/${rule.id}.md) | ${rule.description} |`);
      });

      it('has its default severities in its doc page', () => {
        const doc = read(`rules/${rule.id}.md`);
        for (const presence of PRESENCE_NAMES) {
          for (const audience of AUDIENCES) {
            expect(doc, `${presence}/${audience}`).toMatch(new RegExp(`\\|\\s*${presence}\\s*\\|\\s*${audience}\\s*\\|\\s*\`?${rule.defaultSeverity[presence][audience]}\`?\\s*\\|`));
          }
        }
      });
    });
  }

  it('keeps I/O out of the pure layers (src/core, rules)', () => {
    for (const file of [...sourceFiles('src/core'), ...sourceFiles('rules')]) {
      const text = read(file);
      expect(text, file).not.toMatch(/from ['"](?:node:|fs|path|os|child_process|process)/);
      expect(text, file).not.toMatch(/\b(?:console|process)\./);
    }
  });

  it('keeps formatters pure', () => {
    for (const file of sourceFiles('src/format')) {
      expect(read(file), file).not.toMatch(/from ['"]node:|\bprocess\.|console\./);
    }
  });

  it('keeps the tests to what a clone holds: none reads data from the shared folder beside the repository', () => {
    // Real material a test needs is copied into fixtures/shared, with its licence.
    for (const file of sourceFiles('test')) expect(read(file), file).not.toMatch(/\.\.\/(?:\.\.\/)*shared\b|shared\/data\//);
  });

  it('keeps process.exit out of everything', () => {
    for (const file of [...sourceFiles('src'), ...sourceFiles('bin'), ...sourceFiles('rules')]) {
      expect(read(file), file).not.toMatch(/process\.exit\(/);
    }
  });

  it('keeps the README rules table generated from the rules (npm run docs)', () => {
    const readme = read('README.md');
    expect(readme).toBe(withRulesTable(readme, rules));
  });

  it('keeps the version equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(read('package.json')).version);
  });

  it('fills placeholders from data', () => {
    expect(interpolate('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
  });
});

describe('the config schema', () => {
  it('is generated from the rules (npm run docs) and is current', () => {
    expect(read('schema/presencerc.schema.json')).toBe(configSchemaText(rules));
  });

  it('is what the example config is checked against by editors, and the example passes it', () => {
    const example = read('.presencerc.example.yaml');
    expect(example.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(read('schema/presencerc.schema.json')));
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
  });
});
