/**
 * V8 runs a new regular expression in its bytecode interpreter first and
 * compiles it to machine code once it runs again, unless the first subject
 * is at least 1,000 characters long: then it compiles machine code at once
 * (V8's `kTierUpForSubjectLengthValue`). For the large word-list patterns
 * the bytecode step is the expensive one (about 3 ms a pattern, against
 * 2 ms for the machine code), and a pattern that checks posts runs more than
 * once, so it pays for both. Running a pattern once on a long blank subject
 * skips the bytecode. Should V8 drop the heuristic, this costs one search of
 * 1,000 spaces and nothing else changes.
 */
const LONG_SUBJECT = ' '.repeat(1000);

/**
 * `re`, compiled to machine code now. For the patterns a rule runs on every
 * post; one that only some posts need is better compiled when first needed
 * (with {@link nativeRegExp} there).
 */
export function native(re: RegExp): RegExp {
  re.exec(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** `new RegExp(source, flags)`, compiled to machine code now. */
export function nativeRegExp(source: string, flags?: string): RegExp {
  return native(new RegExp(source, flags));
}

/**
 * A pattern that only some posts need, compiled (to machine code) the first
 * time it is asked for, not when its module loads: a one-post run pays only
 * for the patterns its post reaches. `source` may be a function, so that a
 * large source is also built only then.
 */
export function lazyRegExp(source: string | (() => string), flags?: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= nativeRegExp(typeof source === 'function' ? source() : source, flags));
}

/**
 * A pattern made the first time it is asked for, not when its module loads:
 * V8 parses a pattern when it is made, and a case-insensitive one with
 * `\p{L}` takes it about half a millisecond; a rule module of thirty such
 * patterns made every one of them on every run, whether its post needed
 * them or not. Compiled by V8 as usual (see {@link lazyRegExp} for machine
 * code at once).
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
