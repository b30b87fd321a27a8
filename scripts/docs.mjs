// npm run docs: regenerates the README's rules table from the built rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { withRulesTable } from '../dist/src/docs/rules-table.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), rules));
