/**
 * The required literals of the built-in word lists' patterns, by pattern
 * source, worked out by `requiredLiterals` at build time so that a run does
 * not redo it (about 30 ms of every start). This file is a stand-in: the
 * build (scripts/build-literals.mjs) writes the table over its compiled
 * output. Patterns not in the table are worked out when first needed.
 */
const literals: ReadonlyMap<string, readonly string[] | null> = new Map();
export default literals;
