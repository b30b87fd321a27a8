import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** The built-in formatters by name (`--format`). */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json };

export type { FormatContext, Formatter } from './types.js';
