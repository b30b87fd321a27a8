/**
 * Control characters made visible, for every format that people read and
 * for stderr. A file name, an ignore entry or a post's text may hold a line
 * break followed by `::error` or `::stop-commands::` (a workflow command
 * that the GitHub Actions runner obeys when it starts a line of the log), an
 * ANSI escape that recolours or rewrites the terminal, or a bidirectional
 * override that shows text in another order than it is stored (Trojan
 * Source). Each becomes an escape of its own (`\n`, `\x1B`, `\u202E`), so
 * what is printed is one line and says what is really there. Pure.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every control character, line separator and bidirectional control written as an escape. */
export function visible(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/** `text` made visible line by line: its own line breaks kept, everything else escaped (for commander's messages). */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
