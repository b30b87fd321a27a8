// Part of `npm run build`: bundles the command into one file, with what only
// some runs need (init's prompts, plugins' resolution, config regexes, ajv
// for plugin rules) split into chunks loaded on demand. Node loads one file
// much faster than the sixty modules behind it, and parses only what it
// loads: the command starts on every commit of a pre-commit hook.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { presence: 'dist/bin/presence.js' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // cosmiconfig can load TypeScript configs; presence reads only YAML and JSON.
  external: ['typescript'],
  // Some dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __presenceRequire } from 'node:module'; const require = __presenceRequire(import.meta.url);" },
  // Smaller to parse at start-up; identifiers keep their names for --debug stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
