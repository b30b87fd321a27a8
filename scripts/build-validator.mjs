// Part of `npm run build`: writes the config validator of the built-in rules,
// precompiled by ajv, next to the loader that uses it.
import { writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { validatorModuleSource } from '../dist/src/config/compile-validator.js';

writeFileSync(new URL('../dist/src/config/validator.generated.js', import.meta.url), validatorModuleSource(rules));
