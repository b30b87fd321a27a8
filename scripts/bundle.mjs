// Part of `npm run build`: bundles the command into one file. Node loads one
// file much faster than the sixty modules behind it, and the command starts
// on every commit of a pre-commit hook.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/bin/presence.js'],
  outfile: 'dist/presence.mjs',
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
