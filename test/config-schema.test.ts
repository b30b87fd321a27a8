import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_URL } from '../src/cli/init.js';
import { VERSION } from '../src/version.js';
import { ROOT } from './support/rule-tester.js';

const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');

/** The schema file editors read, compiled as strictly as ajv can. */
const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(read('schema/presencerc.schema.json')));

function valid(config: unknown): boolean {
  return validate(config) as boolean;
}

/** The documents whose YAML code blocks are configs (or parts of one) a reader may copy. */
function documents(): string[] {
  const md = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile() && d.name.endsWith('.md'))
      .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)));
  return ['README.md', ...md('docs'), ...md('rules'), ...md('examples')];
}

/**
 * The YAML code blocks of a Markdown text that are presence configs: every
 * one except a pre-commit config (`repos:`), a GitHub Actions workflow
 * (`jobs:`) and a workflow's steps (a list).
 */
function configBlocks(text: string): { line: number; value: unknown }[] {
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((m) => ({ line: text.slice(0, m.index).split('\n').length, value: parse(m[1]!) as unknown }))
    .filter(({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value) && !('repos' in value) && !('jobs' in value));
}

describe('the schema file (schema/presencerc.schema.json)', () => {
  it('accepts every config the README, docs/, the rule docs and examples/ show', () => {
    const checked: string[] = [];
    for (const file of documents()) {
      for (const { line, value } of configBlocks(read(file))) {
        checked.push(`${file}:${line}`);
        expect(valid(value), `${file}:${line}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    // The blocks are found: the README's, the configuration page's, the patterns and plugins of writing-rules, the rule docs', the example plugin's.
    const files = new Set(checked.map((c) => c.replace(/:\d+$/, '')));
    for (const f of ['README.md', 'docs/configuration.md', 'docs/writing-rules.md', 'rules/oversharing.md', 'rules/off-positioning.md', 'examples/presence-plugin-brand-voice/README.md']) {
      expect(files, f).toContain(f);
    }
  });

  it('accepts .presencerc.example.yaml and the configs of fixtures/examples', () => {
    for (const file of ['.presencerc.example.yaml', 'fixtures/examples/.presencerc.yaml']) {
      expect(valid(parse(read(file))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('takes the ids of patterns and plugin rules under every rules mapping, as presence does', () => {
    const pattern = { id: 'no-competitors', message: 'Do not name {match}', words: ['Acme'] };
    expect(valid({ patterns: [pattern], rules: { 'no-competitors': 'error' } })).toBe(true);
    expect(valid({ patterns: [pattern], presences: { professional: { positioning: 'I am a vet in rescue for families', rules: { 'no-competitors': { severity: 'off' } } } } })).toBe(true);
    expect(valid({ patterns: [pattern], overrides: [{ files: ['a/**'], rules: { 'no-competitors': 'suggestion' } }] })).toBe(true);
    expect(valid({ plugins: ['presence-plugin-brand-voice'], rules: { 'exclamation-overuse': { max: 2 } } })).toBe(true);
  });

  it('still rejects what presence rejects: unknown rule ids without patterns or plugins, ids that are not kebab-case, bad severities', () => {
    expect(valid({ rules: { 'party-foto': 'error' } })).toBe(false);
    expect(valid({ presences: { personal: { positioning: 'I am a vet in rescue for families', rules: { 'party-foto': 'error' } } } })).toBe(false);
    expect(valid({ overrides: [{ files: ['a/**'], rules: { 'party-foto': 'error' } }] })).toBe(false);
    const pattern = { id: 'no-competitors', message: 'Do not name {match}', words: ['Acme'] };
    expect(valid({ patterns: [pattern], rules: { No_Competitors: 'error' } })).toBe(false);
    expect(valid({ patterns: [pattern], rules: { 'no-competitors': 'loud' } })).toBe(false);
    expect(valid({ patterns: [pattern], rules: { 'no-competitors': { severity: 'loud' } } })).toBe(false);
    expect(valid({ patterns: [pattern], rules: { oversharing: { alowWords: [] } } })).toBe(false);
  });
});

describe('the $schema line of the configs presence writes and shows', () => {
  it('is the schema of this version in the published package, on a CDN, so that it resolves for every install', () => {
    expect(SCHEMA_URL).toBe(`https://cdn.jsdelivr.net/npm/presence-lint@${VERSION}/schema/presencerc.schema.json`);
    const pkg = JSON.parse(read('package.json')) as { name: string; files: string[] };
    // The URL names the file in the package as npm publishes it.
    expect(pkg.name).toBe('presence-lint');
    expect(pkg.files).toContain('schema');
    expect(read('.presencerc.example.yaml').split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    expect(read('docs/configuration.md')).toContain(`\n# yaml-language-server: $schema=${SCHEMA_URL}\n`);
  });
});
