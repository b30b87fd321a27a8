// Part of `npm run build`: bundles the command into one CommonJS file,
// dist/program.cjs, and its launcher, dist/presence.cjs. One file loads much
// faster than the sixty modules behind it, and as a script (not an ES
// module) it can be compiled from V8's code cache on Node 20
// (src/cli/launch.ts, scripts/build-cache.mjs): the command starts on every
// commit of a pre-commit hook.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// What earlier builds made: chunks of an ES-module bundle, an ES-module launcher.
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/presence.mjs', { force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Smaller to parse; identifiers keep their names for --debug stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['dist/src/cli/bundle-entry.js'],
  outfile: 'dist/program.cjs',
  format: 'cjs',
  // Loaded from node_modules when a run needs them, not parsed on every run:
  // ajv compiles plugin rules' option schemas (the config's own validator is
  // precompiled, and its runtime helpers are bundled), re2js runs config
  // regexes, @clack/prompts asks init's questions, import-meta-resolve finds
  // plugin packages, vscode-languageserver serves `presence lsp` (a
  // long-running process, where a few milliseconds of loading do not matter).
  external: ['re2js', '@clack/prompts', 'import-meta-resolve', 'vscode-languageserver', 'vscode-languageserver-textdocument'],
  plugins: [
    {
      name: 'ajv-package-only',
      setup(b) {
        // `external: ['ajv']` would make ajv/dist/runtime/* external too.
        b.onResolve({ filter: /^ajv$/ }, () => ({ path: 'ajv', external: true }));
      },
    },
  ],
  // The bundle is CommonJS: import.meta.url is the bundle's own URL.
  define: { 'import.meta.url': '__presenceBundleUrl' },
  banner: { js: "var __presenceBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: ['dist/bin/presence.js'],
  outfile: 'dist/presence.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__presenceBundleUrl' },
  banner: { js: "var __presenceBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
