import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** How deep collections may nest in a config or front matter; real ones nest four or five levels. */
export const MAX_YAML_DEPTH = 100;

/**
 * How many nodes aliases may expand to (the yaml library's `maxAliasCount`):
 * an alias bomb ("billion laughs") is refused at once instead of eating the
 * memory.
 */
export const MAX_ALIAS_COUNT = 100;

/** What is wrong with a YAML text: a message, where it starts and ends (offsets into the text). */
export interface YamlProblem {
  message: string;
  start: number;
  end: number;
  /** Only the first problem of a text is reported; this counts the others. */
  more: number;
}

/** A parsed YAML text, or its first problem. */
export type YamlRead = { doc: Document.Parsed; problem?: undefined } | { doc: Document.Parsed; problem: YamlProblem };

const TOO_DEEP = `nested more than ${MAX_YAML_DEPTH} levels deep`;

/**
 * Parses a config file or front matter, holding out against hostile text.
 * The yaml library's own check of duplicate keys (`uniqueKeys`) compares each
 * key with every one before it, so front matter of 200,000 keys took nine
 * minutes; here a set does it in linear time. Collections nested too deeply
 * for the parser (it gives up with a stack overflow) or deeper than
 * {@link MAX_YAML_DEPTH} are one problem, not one per bracket. Only the first
 * syntax error is reported: the rest usually follow from it, and a file of
 * 10,000 unclosed brackets would otherwise print 10,000 of them.
 */
export function readYaml(text: string): YamlRead {
  const deep = tooDeepFlow(text, MAX_YAML_DEPTH);
  if (deep !== undefined) return { doc: parseDocument(''), problem: { message: TOO_DEEP, start: deep, end: deep + 1, more: 0 } };
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const overflow = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (overflow) return { doc, problem: { message: TOO_DEEP, start: overflow.pos[0], end: overflow.pos[1], more: 0 } };
  const problems = doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, start: e.pos[0], end: e.pos[1] }));
  const structure = structureProblem(doc);
  if (structure) problems.push(structure);
  if (problems.length === 0) return { doc };
  problems.sort((a, b) => a.start - b.start);
  return { doc, problem: { ...problems[0]!, more: problems.length - 1 } };
}

/** Where a quote may open a quoted scalar: after these, or at the start. */
const BEFORE_QUOTE = new Set([' ', '\t', '\n', '\r', '[', '{', ',', ':', '-', '?']);

/**
 * Where flow collections (`[ ]`, `{ }`) first reach `max` levels inside the
 * document's root (the same place the parsed check names), found
 * by scanning the text, without parsing it: the parser recurses once per
 * level, and 10,000 levels use up the stack so deep that V8 can no longer
 * compile a regular expression there, which ends the process (a fatal error,
 * not an exception). Quoted scalars and comments are skipped; brackets in a
 * block scalar (`|`, `>`) are counted, so 100 unclosed `[` in a caption are
 * refused too. Undefined when nothing nests that deep.
 */
export function tooDeepFlow(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[' || c === '{') {
      if (++depth >= max) return i;
    } else if (c === ']' || c === '}') {
      if (depth > 0) depth--;
    } else if ((c === '"' || c === "'") && (i === 0 || BEFORE_QUOTE.has(text[i - 1]!))) {
      // To the closing quote: \" escapes in double quotes, '' in single quotes.
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    }
  }
  return undefined;
}

/** The first key given twice in a mapping (as `uniqueKeys` reports it), or collections nested too deeply. */
function structureProblem(doc: Document.Parsed): Omit<YamlProblem, 'more'> | undefined {
  let duplicate: Omit<YamlProblem, 'more'> | undefined;
  // Depth first without recursion: the depth is what is being checked.
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      const range = node.range ?? [0, 0];
      if (depth >= MAX_YAML_DEPTH) return { message: TOO_DEEP, start: range[0], end: range[1] };
      const keys = new Set<unknown>();
      for (const item of node.items) {
        if (isPair(item)) {
          const key = isScalar(item.key) ? item.key.value : item.key;
          if (isMap(node) && keys.has(key) && !duplicate) {
            const at = (item.key as { range?: [number, number] } | null)?.range ?? range;
            duplicate = { message: 'Map keys must be unique', start: at[0], end: at[1] };
          }
          keys.add(key);
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return duplicate;
}

/**
 * The document as plain data, aliases expanded up to {@link MAX_ALIAS_COUNT};
 * throws an Error with a message for people when they expand further.
 */
export function yamlToJs(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw new Error(`aliases (*name) expand too far (more than ${MAX_ALIAS_COUNT} times), as in an alias bomb ("billion laughs"); refused`);
    }
    if (error instanceof RangeError) throw new Error(TOO_DEEP);
    throw error;
  }
}

/** Where the first alias (`*name`) of a document is written, for a problem about aliases. */
export function firstAliasOffset(doc: Document.Parsed): number | undefined {
  const stack: unknown[] = [doc.contents];
  let first: number | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const start = node.range?.[0];
      if (start !== undefined && (first === undefined || start < first)) first = start;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return first;
}
