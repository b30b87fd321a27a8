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
  // ES module. Imports instead: they load in plain Node (which has no require
  // in a module), and the bundler bundles them (it leaves a require of our
  // own making to run time, when resolving it in node_modules costs more
  // than checking the config).
  const imports: string[] = [];
  const body = source.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_, specifier: string) => {
    imports.push(`import __ajvRuntime${imports.length} from "${specifier}.js";`);
    return `__ajvCommonJs(__ajvRuntime${imports.length - 1})`;
  });
  if (/\brequire\(/.test(body)) throw new Error('ajv standalone code requires a module this build does not know');
  // What require() would give: Node imports a CommonJS module as its
  // `module.exports`, vitest as its `default` when it is marked __esModule.
  const commonJs = 'const __ajvCommonJs = (m) => (m && m.__esModule ? m : { default: m });';
  return body.replace('"use strict";', `"use strict";${imports.join('')}${commonJs}`);
}
