// The published package: its dependencies are exactly what the bundle loads
// from node_modules (docs/dependencies.md), so an install fetches nothing
// the bundle already holds, and misses nothing it needs.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/rule-tester.js';

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the package', () => {
  it('depends on exactly the packages the bundle loads at run time', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist/program.cjs'), 'utf8');
    const loaded = new Set<string>();
    for (const m of bundle.matchAll(/\b(?:require|importModule)\("([^"./][^"]*)"\)/g)) {
      const name = packageName(m[1]!);
      if (!name.startsWith('node:') && !builtinModules.includes(name)) loaded.add(name);
    }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('exports the bundle\'s library API, typed by the compiled sources', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/index.mjs' });
    expect(readFileSync(path.join(ROOT, 'dist/index.mjs'), 'utf8')).toContain("import bundle from './program.cjs';");
  });
});
