import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** The built-in formatters by name (`--format`). */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, compact, json, sarif, github, junit, markdown, html };

export type { FormatContext, Formatter } from './types.js';
