/**
 * The library API of presence: lint posts from other Node programs.
 */
export { defineRule, severities } from './core/rule.js';
export { formatters } from './format/index.js';
export { run } from './cli/program.js';
export { rules } from '../rules/index.js';
export type * from './core/types.js';
