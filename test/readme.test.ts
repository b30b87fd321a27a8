import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules as builtInRules } from '../rules/index.js';
import { validateConfigText } from '../src/config/load.js';
import { presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/**
 * The README is the front door: what it shows must be what presence does.
 * (Its rules table is checked by inventory.test.ts, its table of bad inputs
 * by hostile.test.ts, and docs/options.md against --help by cli.test.ts.)
 */

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const README = read('README.md');

/** The text of a README section, from its `## ` heading to the next one. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The fenced code blocks of a text, with their info string. */
function codeBlocks(text: string): { lang: string; code: string }[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]! }));
}

describe('the README', () => {
  it('gives the two commands of a fresh clone: install and run on the bundled examples, then the tests', () => {
    const commands = codeBlocks(section(README, 'Try it')).map((b) => b.code.trim());
    expect(commands).toEqual(['npm install && npx presence check fixtures/examples -c fixtures/examples/.presencerc.yaml', 'npm test']);
    expect(JSON.parse(read('package.json')).scripts.test).toBeDefined();
  });

  it('shows exactly what the first command prints, and says how it exits', () => {
    const [install] = codeBlocks(section(README, 'Try it'));
    const args = install!.code.trim().split(' && ')[1]!.split(' ');
    expect(args.slice(0, 2)).toEqual(['npx', 'presence']);
    const run = presence(args.slice(2), { cwd: ROOT });
    const [shown] = codeBlocks(section(README, 'A first example'));
    expect(run.stdout).toBe(shown!.code);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(section(README, 'A first example')).toContain('exits with code 1');
  });

  it('names only options that presence has', () => {
    const help = presence(['check', '--help'], { cwd: tempDir() }).stdout + presence(['--help'], { cwd: tempDir() }).stdout;
    const known = new Set(help.match(/--[a-z][a-z-]+/g));
    for (const option of new Set(README.match(/(?<![\w-])--[a-z][a-z-]+/g))) expect(known, option).toContain(option);
  });

  it('shows a config that is valid, in the keys of .presencerc.example.yaml', async () => {
    const block = codeBlocks(section(README, 'Your own posts')).find((b) => b.lang === 'yaml')!;
    const validated = await validateConfigText({ text: block.code, shown: 'README.md', filepath: path.join(ROOT, '.presencerc.yaml'), rules: builtInRules });
    expect(validated.issues).toEqual([]);
    const example = parse(read('.presencerc.example.yaml'));
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keys(v, `${prefix}${k}.`)])
        : [];
    const known = new Set(keys(example));
    for (const key of keys(parse(block.code))) expect(known, key).toContain(key);
  });

  it('shows the hook and CI files the tests run (fixtures/integrations)', () => {
    const [preCommit] = codeBlocks(section(README, 'In a pre-commit hook'));
    expect(preCommit!.code).toBe(read('fixtures/integrations/.pre-commit-config.yaml'));
    // The CI section shows some steps of the workflow, each line as the workflow has it.
    const workflow = read('fixtures/integrations/.github/workflows/posts.yml').split('\n');
    const [ci] = codeBlocks(section(README, 'In CI'));
    let at = 0;
    for (const line of ci!.code.trimEnd().split('\n')) {
      at = workflow.indexOf(line, at);
      expect(at, line).toBeGreaterThan(-1);
    }
  });

  it('links to docs/security.md under a Security heading', () => {
    expect(section(README, 'Security')).toContain('What presence trusts in a repository it checks, and its limits: see [docs/security.md](docs/security.md)');
  });
});

describe('docs/hooks-and-ci.md', () => {
  it('shows the integration files the tests run, as they are', () => {
    const blocks = codeBlocks(read('docs/hooks-and-ci.md')).map((b) => b.code);
    const withoutComments = (text: string) => text.replace(/^(#.*\n)+/, '');
    expect(blocks).toContain(read('fixtures/integrations/.pre-commit-config.yaml'));
    expect(blocks).toContain(read('fixtures/integrations/.lintstagedrc.json'));
    expect(blocks).toContain(withoutComments(read('fixtures/integrations/.github/workflows/posts.yml')));
  });
});

describe('links in the README and docs/', () => {
  const pages = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
  const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
  const anchorsOf = (file: string) => new Set([...read(file).matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));

  for (const page of pages) {
    it(`${page}: every link to a file of the repository finds it, and every #anchor its heading`, () => {
      const text = read(page).replace(/^```[\s\S]*?^```$/gm, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [file, hash] = target!.split('#');
        const resolved = file ? path.join(path.dirname(page), file) : page;
        expect(existsSync(path.join(ROOT, resolved)), `${page}: ${target}`).toBe(true);
        if (hash) expect(anchorsOf(resolved), `${page}: ${target}`).toContain(hash);
      }
    });
  }
});
