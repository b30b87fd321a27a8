// Part of `npm run build`: bundles the command into one CommonJS file,
// dist/program.cjs, and its launcher, dist/presence.cjs. One file loads much
// faster than the sixty modules behind it, and as a script (not an ES
// module) it can be compiled from V8's code cache on Node 20
// (src/cli/launch.ts, scripts/build-cache.mjs): the command starts on every
// commit of a pre-commit hook.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
  // plugin packages. cosmiconfig can load JavaScript, TypeScript and YAML
  // with loaders of its own; presence gives it loaders for YAML and JSON and
  // searches no other kind of file, so only its meta-config search (in the
  // current folder) may use them: parse-json for a package.json, bundled,
  // and js-yaml for a .config/config.yaml, rare, loaded when found.
  external: ['re2js', '@clack/prompts', 'import-meta-resolve', 'typescript', 'js-yaml', 'import-fresh'],
  plugins: [
    {
      // fdir (under tinyglobby) loads picomatch from node_modules when its
      // module is evaluated, for a glob API of its own that tinyglobby does
      // not use (it matches with its own picomatch, bundled): 2 ms on every
      // run. The build fails if fdir's code no longer reads as expected.
      name: 'fdir-without-optional-picomatch',
      setup(b) {
        b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const optional = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
          if (!optional.test(source)) throw new Error(`${args.path}: fdir's optional picomatch is not where the build expects it`);
          return { contents: source.replace(optional, ''), loader: 'js' };
        });
      },
    },
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
