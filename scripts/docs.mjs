// npm run docs: regenerates what is generated from the rules: the README's
// rules table, the JSON Schema of the config, and the measured accuracy in
// the seed rules' docs and PRECISION.md (scripts/accuracy-docs.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { configSchemaText } from '../dist/src/config/schema.js';
import { withRulesTable } from '../dist/src/docs/rules-table.js';
import { writeAccuracyDocs } from './accuracy-docs.mjs';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), rules));
writeFileSync(new URL('../schema/presencerc.schema.json', import.meta.url), configSchemaText(rules));
const changed = await writeAccuracyDocs();
if (changed.length) console.error(`docs: measured figures updated in ${changed.join(', ')}`);
