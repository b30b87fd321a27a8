// Part of `npm run build` (before tsc): inlines the HTML report's script and
// styles (src/format/report/client.js, report.css) into
// src/format/report/assets.generated.ts, with the SHA-256 hash of each for
// the report's Content-Security-Policy, so that the formatter stays a pure
// function with no file to read. test/report-html.test.ts checks that the
// generated file is up to date.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const folder = new URL('../src/format/report/', import.meta.url);

/** The text of src/format/report/assets.generated.ts for the current script and styles. */
export function reportAssets() {
  const js = readFileSync(new URL('client.js', folder), 'utf8');
  const css = readFileSync(new URL('report.css', folder), 'utf8');
  for (const [name, text] of [['client.js', js], ['report.css', css]]) {
    // Inlined in <script> and <style>: a closing tag inside would end the element early.
    if (/<\/(?:script|style)/i.test(text)) throw new Error(`src/format/report/${name} must not contain a closing </script> or </style>`);
  }
  const hash = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
  return [
    '// Written by scripts/build-report.mjs from client.js and report.css: do not edit.',
    `export const REPORT_SCRIPT = ${JSON.stringify(js)};`,
    `export const REPORT_STYLE = ${JSON.stringify(css)};`,
    `/** CSP sources that allow exactly the script and the styles above. */`,
    `export const REPORT_SCRIPT_HASH = ${JSON.stringify(hash(js))};`,
    `export const REPORT_STYLE_HASH = ${JSON.stringify(hash(css))};`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('assets.generated.ts', folder);
  const text = reportAssets();
  let old = '';
  try {
    old = readFileSync(target, 'utf8');
  } catch {
    // First build.
  }
  if (old !== text) writeFileSync(target, text);
}
