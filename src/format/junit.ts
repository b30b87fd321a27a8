import type { Diagnostic } from '../core/types.js';
import { compactLine } from './compact.js';
import type { Formatter } from './types.js';

/**
 * Characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR;
 * U+FFFE, U+FFFF; lone surrogates). They become U+FFFD, so that the report
 * stays well-formed and still shows that something was there.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text for element content: `&`, `<`, `>` escaped, CR kept as a reference (parsers turn a raw CR into LF); quotes need nothing here. */
function text(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}

/** Text for an attribute value: tabs and line breaks as references too, since parsers turn raw ones into spaces. */
function attribute(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${attribute(String(value))}"`)
    .join('');
}

/** The findings of one file, grouped by post in the order they come. */
function byPost(messages: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const posts = new Map<number, Diagnostic[]>();
  for (const m of messages) {
    const list = posts.get(m.post);
    if (list) list.push(m);
    else posts.set(m.post, [m]);
  }
  return posts;
}

/**
 * For CI systems that render test reports (Jenkins, GitLab, Azure DevOps,
 * CircleCI): a `<testsuite>` per file and a `<testcase>` per post with
 * findings, named `post N` (N is the 0-based post index, as in the json
 * format), plus one passing `all posts` case for a file without findings.
 * A post with errors fails with one `<failure>` (message: the first error's
 * message, type: its rule id; text: every finding of the post, one line
 * each). Warnings and suggestions never fail a test, as they never fail a
 * run: a post that has only those passes and lists them in `<system-out>`.
 */
export const junit: Formatter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    const posts = byPost(result.messages);
    const common = { classname: result.filePath, time: 0 };
    for (const [post, messages] of [...posts].sort((a, b) => a[0] - b[0])) {
      const lines = text(messages.map((m) => compactLine(result.filePath, m, (s) => s)).join('\n'));
      const errors = messages.filter((m) => m.severity === 'error');
      const open = `    <testcase${attributes({ name: `post ${post}`, ...common })}>`;
      if (errors.length > 0) {
        suiteFailures += 1;
        const first = errors[0]!;
        const message = errors.length > 1 ? `${first.message} (and ${errors.length - 1} more)` : first.message;
        cases.push(open, `      <failure${attributes({ message, type: first.ruleId })}>${lines}</failure>`, '    </testcase>');
      } else {
        cases.push(open, `      <system-out>${lines}</system-out>`, '    </testcase>');
      }
    }
    if (posts.size === 0) cases.push(`    <testcase${attributes({ name: 'all posts', ...common })}/>`);
    const count = Math.max(1, posts.size);
    tests += count;
    failures += suiteFailures;
    suites.push(
      `  <testsuite${attributes({ name: result.filePath, tests: count, failures: suiteFailures, errors: 0, skipped: 0, time: 0 })}>`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'presence', tests, failures, errors: 0, skipped: 0, time: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
