// Part of `npm run build`: the required literals of every pattern in the
// built-in word lists (rules/data), computed once here instead of at the
// start of every run. Written over the compiled stand-in of
// src/core/literals.generated.ts; the bundle includes it.
import { readdirSync, writeFileSync } from 'node:fs';
import { assertNoCaptures } from '../dist/src/core/phrases.js';
import { requiredLiterals } from '../dist/src/core/required-literals.js';

const dataDir = new URL('../dist/rules/data/', import.meta.url);
const sources = new Set();
const visit = (value, seen = new Set()) => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (typeof value.match === 'string') sources.add(value.match);
  for (const child of Object.values(value)) visit(child, seen);
};
for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.js')).sort()) {
  visit(await import(new URL(name, dataDir).href));
}
// A pattern with a capturing group would shift the matcher's groups: refuse it here, as the matcher does at run time.
for (const source of sources) assertNoCaptures(source);
const entries = [...sources].sort().map((source) => [source, requiredLiterals(source) ?? null]);
writeFileSync(
  new URL('../dist/src/core/literals.generated.js', import.meta.url),
  `// Written by scripts/build-literals.mjs: required literals of the built-in word lists.\nexport default new Map(${JSON.stringify(entries)});\n`,
);
