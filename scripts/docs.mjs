// npm run docs: regenerates what is generated from the rules: the README's
// rules table and the JSON Schema of the config.
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { configSchemaText } from '../dist/src/config/schema.js';
import { withRulesTable } from '../dist/src/docs/rules-table.js';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), rules));
writeFileSync(new URL('../schema/presencerc.schema.json', import.meta.url), configSchemaText(rules));
