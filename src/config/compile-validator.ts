import { Ajv, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Rule } from '../core/types.js';
import { configSchema } from './schema.js';

/** The config validator for a set of rules, with the rules it knows. */
export interface ConfigValidator {
  rules: readonly Rule[];
  validate: ValidateFunction;
}

const OPTIONS = { allErrors: true, verbose: true, strict: true } as const;

/** Compiles the validator of the config schema for these rules (what plugins will need at run time). */
export function compileValidator(rules: readonly Rule[]): ConfigValidator {
  return { rules, validate: new Ajv(OPTIONS).compile(configSchema(rules)) };
}

/**
 * The validator for these rules as the source of an ES module, so the build
 * can ship it precompiled: compiling the schema on every run would cost more
 * than linting a post.
 */
export function validatorModuleSource(rules: readonly Rule[]): string {
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true } });
  const source = standaloneCode.default(ajv, ajv.compile(configSchema(rules)));
  // ajv's standalone code calls require() for its runtime helpers, even as an
  // ES module: without a require of its own, importing it fails, and every
  // run would compile the schema again (about 150 ms).
  return source.replace('"use strict";', '"use strict";import { createRequire } from "node:module";const require = createRequire(import.meta.url);');
}
