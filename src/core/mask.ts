/**
 * Masking of sensitive values (a phone number, a booking code, an address)
 * in messages, so reports and CI logs do not spread what they warn about.
 */

const MASK = '•';

/**
 * Hides every letter and digit of a value but the last two, keeping its
 * shape: `555-123-4567` → `•••-•••-••67`, `XKJ4PL` → `••••PL`. Values of
 * four letters and digits or fewer are hidden whole.
 */
export function maskValue(value: string): string {
  const chars = [...value];
  const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  let keep = alnum > 4 ? 2 : 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[\p{L}\p{N}]/u.test(chars[i]!)) continue;
    if (keep > 0) keep--;
    else chars[i] = MASK;
  }
  return chars.join('');
}

/**
 * A finding's data with its sensitive keys masked: as the rule masked them
 * (`masked`), else by {@link maskValue}.
 */
export function maskData(finding: {
  data?: Record<string, string | number>;
  sensitive?: readonly string[];
  masked?: Record<string, string>;
}): Record<string, string | number> | undefined {
  const { data, sensitive } = finding;
  if (!data || !sensitive?.length) return data;
  const masked = { ...data };
  for (const key of sensitive) if (key in masked) masked[key] = finding.masked?.[key] ?? maskValue(String(masked[key]));
  return masked;
}

/**
 * `text` with the letters and digits of each span hidden as
 * {@link maskValue} hides a value (all but the last two of a span with more
 * than four), one `•` per UTF-16 code unit, so that the text keeps its
 * length and every other span of it still points at the same place.
 */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const units = text.split('');
  for (const { start, end } of spans) {
    const from = Math.max(0, start);
    const to = Math.min(text.length, end);
    const letters: number[] = [];
    for (let i = from; i < to; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      if (/[\p{L}\p{N}]/u.test(char)) letters.push(i);
      i += char.length;
    }
    const hidden = letters.length > 4 ? letters.slice(0, -2) : letters;
    for (const i of hidden) {
      units[i] = MASK;
      if (text.codePointAt(i)! > 0xffff) units[i + 1] = MASK;
    }
  }
  return units.join('');
}
