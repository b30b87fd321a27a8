import { closest, distance } from 'fastest-levenshtein';
import { languageCode, meantLanguage } from '../core/reading/language.js';
import { LANGUAGE_NAMES } from '../core/reading/language-words.js';
import { regionOfLanguageTag } from '../core/regions.js';
import { isAlias, isMap, isScalar, type Document, type Node } from 'yaml';
import { firstAliasOffset, readYaml, yamlToJs } from '../config/yaml-document.js';
import { normalizePlatforms } from '../config/validate.js';
import { PLATFORMS } from '../config/schema.js';
import { alignedSource, LineIndex } from '../core/location.js';
import type { PresenceName, Problem, Segment, SourceMap, Suppression } from '../core/types.js';
import { PRESENCE_NAMES } from '../core/types.js';
import { DATE_FORMS, parseScheduleDate } from './dates.js';

/** The YAML block at the top of a file and where the body starts. */
export interface FrontMatterBlock {
  /** File offset of the first character of the YAML text. */
  yamlStart: number;
  yaml: string;
  /** File offset of the first character after the closing line. */
  bodyStart: number;
}

/** What front matter (or a JSONL post object) says about a post. Unknown keys are left to other tools. */
export interface PostMeta {
  presence?: PresenceName;
  /** Known platform names, lower case, `twitter` read as `x`. */
  platforms?: string[];
  /** From `date`, or `schedule` when the publishing keys are read. */
  date?: Date;
  /** Alt texts and captions of media: published text with their own positions. */
  segments: Segment[];
  /** `reply`: the URL of the post replied to. */
  reply?: string;
  /** `retweet`: the URL of the post reposted (or quoted, when there is text). */
  repost?: string;
  /** `poll`: options given as a list, each a segment `poll[i]`. */
  poll?: Segment[];
  /** `thread-delimiter` / `threadDelimiter`; the empty string turns threads off. */
  threadDelimiter?: string;
  /** `ignore`: rules the post opts out of, each with its reason. */
  ignores?: Suppression[];
  /** `lang`: the language the post is written in, an ISO 639-1 code, lower case (`pt-BR` read as `pt`). */
  lang?: string;
  /** The region the `lang` tag names (`pt-BR` gives `BR`), in capitals. */
  region?: string;
}

/** Which keys to read besides `presence`, `platforms`, `date` and `media`. */
export interface MetaKeys {
  /** `schedule` (as `date`), `reply`, `retweet` and `poll`: twitter-together files and JSONL posts. */
  publishing?: boolean;
  /** `thread-delimiter` and `threadDelimiter`: twitter-together files. */
  thread?: boolean;
}

/** A path to a value: keys of mappings and indexes of lists. */
export type MetaPath = readonly (string | number)[];

/** Where the values of a metadata object are spelled in the file. */
export interface MetaLocator {
  /** File offset of the value at `path`, or of its nearest ancestor that is present. */
  offset(path: MetaPath): number;
  /** File offset of the key of the last step of `path` (where an `ignore` entry is written). */
  keyOffset(path: MetaPath): number;
  /** The string `value` found at `path`, as a segment mapped to its spelling in the file. */
  segment(path: MetaPath, value: string, field: string): Segment;
}

/**
 * Metadata read from a file, the problems met, and whether they leave the
 * post's metadata unknown (`broken`: a bad presence, platform, key type...)
 * rather than merely incomplete (an unreadable date, a poll of the wrong size),
 * in which case the post is still checked without that piece.
 */
export interface MetaRead {
  meta: PostMeta;
  problems: Problem[];
  broken: boolean;
}

// A byte-order mark is tolerated before the opening line, for text that was not decoded by decodePostFile.
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Finds front matter: a first line of `---`, YAML, and a closing `---` (or
 * `...`) line. Returns undefined when the file has none, or a problem when it
 * is opened and never closed.
 */
export function splitFrontMatter(text: string, filePath: string): FrontMatterBlock | Problem | undefined {
  const open = OPENING.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  CLOSING.lastIndex = yamlStart;
  const close = CLOSING.exec(text);
  if (!close) {
    return {
      file: filePath,
      line: 1,
      column: 1,
      message: 'front matter is opened with "---" but never closed',
      hint: 'End the front matter with a line of "---" before the post text.',
    };
  }
  return { yamlStart, yaml: text.slice(yamlStart, close.index), bodyStart: close.index + close[0].length };
}

/**
 * Parses and checks the front matter of a post file. Problems name the file
 * and the line of the offending value; the caller decides what to do with a
 * post whose metadata is broken.
 */
export function readFrontMatter(block: FrontMatterBlock, fileText: string, filePath: string, keys: MetaKeys = {}): MetaRead {
  const lines = new LineIndex(fileText);
  const problemAt = (offset: number | undefined, message: string): MetaRead => {
    const pos = lines.position(block.yamlStart + (offset ?? 0));
    return { meta: { segments: [] }, problems: [{ file: filePath, line: pos.line, column: pos.column, message }], broken: true };
  };

  const { doc, problem } = readYaml(block.yaml);
  if (problem) {
    const read = problemAt(problem.start, `malformed front matter: ${problem.message}`);
    if (problem.more > 0) read.problems[0]!.hint = `${problem.more} more YAML error${problem.more === 1 ? '' : 's'} after this one; they often follow from it.`;
    return read;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { meta: { segments: [] }, problems: [], broken: false };
  if (!isMap(root)) return problemAt(root.range?.[0], 'front matter must be a mapping of keys (key: value)');
  let data: Record<string, unknown>;
  try {
    data = (yamlToJs(doc) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return problemAt(firstAliasOffset(doc) ?? 0, `malformed front matter: ${(error as Error).message}`);
  }
  return readPostKeys(data, yamlLocator(doc, fileText, block.yamlStart), lines, filePath, { ...keys, label: 'front matter ' });
}

/** Locates values of a parsed YAML document whose text starts at `yamlStart` in the file. */
function yamlLocator(doc: Document, fileText: string, yamlStart: number): MetaLocator {
  const nodeAt = (path: MetaPath): Node | undefined => {
    for (let n = path.length; n > 0; n--) {
      let node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      // An alias's text is spelled at its anchor.
      if (node && isAlias(node)) node = node.resolve(doc) as Node | undefined;
      if (node?.range) return node;
    }
    return undefined;
  };
  return {
    offset: (path) => yamlStart + (nodeAt(path)?.range?.[0] ?? 0),
    keyOffset: (path) => {
      const parent = doc.getIn(path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1])) : undefined;
      const key = pair?.key as Node | undefined;
      return yamlStart + (key?.range?.[0] ?? nodeAt(path)?.range?.[0] ?? 0);
    },
    segment: (path, value, field) => {
      const node = nodeAt(path);
      const range = node?.range ?? [0, 0];
      const start = yamlStart + range[0];
      const raw = fileText.slice(start, yamlStart + range[1]);
      if (isScalar(node) && node.type === 'QUOTE_DOUBLE') {
        const exact = doubleQuotedSource(value, raw, start);
        if (exact) return { field, text: value, source: exact };
      }
      if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
        // The header line (`|-`, `>2`, `| # a comment`) is not text: aligned with
        // it, the value's first characters matched the indicators or the comment.
        const header = /^[^\r\n]*(?:\r\n|\r|\n)?/.exec(raw)![0].length;
        return { field, text: value, source: alignedSource(value, raw.slice(header), start + header) };
      }
      return { field, text: value, source: alignedSource(value, raw, start) };
    },
  };
}

/** What the one-letter escapes of a YAML double-quoted scalar stand for, as the yaml library reads them. */
const YAML_ESCAPES = new Map(
  Object.entries({ '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t' }),
);

/**
 * The source map of a YAML double-quoted scalar: `raw` is its text, quotes
 * included, at file offset `rawStart`. It reads the scalar as the yaml
 * library does (escapes, folded line breaks, trimmed white space) and maps
 * each unit of the value to where it is spelled: a unit written as an escape
 * (`\t`, `\u00e9`, `\U0001F600`) to the escape's backslash, a folded line
 * break to the break. alignedSource cannot: after an escape of several
 * characters (`\u00e9`) its greedy alignment drifts, and every later finding
 * would be reported a few columns off. Undefined when the reading does not
 * give `value`, for the caller to fall back on alignedSource.
 */
function doubleQuotedSource(value: string, raw: string, rawStart: number): SourceMap | undefined {
  let text = '';
  const offsets: number[] = [];
  const emit = (units: string, at: number): void => {
    text += units;
    for (let k = 0; k < units.length; k++) offsets.push(rawStart + at);
  };
  for (let i = 1; i < raw.length - 1; i++) {
    const ch = raw[i]!;
    if (ch === '\r' && raw[i + 1] === '\n') continue;
    if (ch === '\n') {
      // A line break folds into a space, or into one \n per blank line after it.
      const at = i;
      let folded = false;
      for (let next = raw[i + 1]; next === ' ' || next === '\t' || next === '\n' || next === '\r'; next = raw[i + 1]) {
        if (next === '\r' && raw[i + 2] !== '\n') break;
        if (next === '\n') {
          emit('\n', i + 1);
          folded = true;
        }
        i++;
      }
      if (!folded) emit(' ', at);
      continue;
    }
    if (ch === '\\') {
      const next = raw[i + 1] ?? '';
      if (next === '\n' || (next === '\r' && raw[i + 2] === '\n')) {
        // An escaped line break: nothing, and the next line's indentation is trimmed.
        i += next === '\n' ? 1 : 2;
        while (raw[i + 1] === ' ' || raw[i + 1] === '\t') i++;
        continue;
      }
      const simple = YAML_ESCAPES.get(next);
      if (simple !== undefined) {
        emit(simple, i);
        i++;
        continue;
      }
      const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      const hex = raw.slice(i + 2, i + 2 + length);
      if (length === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length || parseInt(hex, 16) > 0x10ffff) return undefined;
      emit(String.fromCodePoint(parseInt(hex, 16)), i);
      i += 1 + length;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      // White space before a line break is not part of the value.
      let end = i;
      while (raw[end + 1] === ' ' || raw[end + 1] === '\t') end++;
      const next = raw[end + 1];
      if (next !== '\n' && !(next === '\r' && raw[end + 2] === '\n')) for (let k = i; k <= end; k++) emit(raw[k]!, k);
      i = end;
      continue;
    }
    emit(ch, i);
  }
  if (text !== value) return undefined;
  offsets.push(rawStart + Math.max(raw.length - 1, 0));
  return { start: rawStart, offsets };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KNOWN_PLATFORMS: readonly string[] = PLATFORMS;

/** The keys of a media item presence reads. */
const MEDIA_KEYS = ['file', 'alt', 'caption'];

/** The keys presence reads in front matter, or (`jsonl`) in a JSON Lines post. */
function knownKeys(keys: MetaKeys, jsonl: boolean): string[] {
  return [
    'presence',
    'platforms',
    'date',
    'media',
    'ignore',
    'lang',
    ...(keys.publishing ? ['schedule', 'reply', 'retweet', 'poll'] : []),
    ...(keys.thread ? ['thread-delimiter', 'threadDelimiter'] : []),
    ...(jsonl ? ['text'] : []),
  ];
}

/**
 * The known key a key is a near-miss of: the same in another case
 * ("Presence"), or a small edit away ("presense", "platfroms", "alt_text");
 * undefined for a known key, and for a truly foreign one, which other tools
 * may read and presence leaves alone.
 */
export function meantKey(key: string, known: readonly string[]): string | undefined {
  if (known.includes(key)) return undefined;
  const lower = key.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower || k.toLowerCase() === lower.replace(/[-_ ]?(text|texts)$/, ''));
  if (same) return same;
  if (key.length < 4) return undefined;
  const best = closest(lower, [...known]);
  const limit = key.length <= 5 ? 1 : 2;
  return distance(lower, best.toLowerCase()) <= limit ? best : undefined;
}

/**
 * Reads and checks the keys a post file or a JSONL post object shares:
 * `presence`, `platforms`, `date` and `media` (alt texts and captions), and
 * with `keys` the publishing keys of twitter-together. `label` starts each
 * message (`front matter `, or empty when the line says enough).
 */
export function readPostKeys(
  data: Record<string, unknown>,
  at: MetaLocator,
  lines: LineIndex,
  filePath: string,
  keys: MetaKeys & { label: string },
): MetaRead {
  const meta: PostMeta = { segments: [] };
  const problems: Problem[] = [];
  let broken = false;
  const label = keys.label;
  /** Reports a problem at the value of `path`; `soft` ones leave the rest of the post readable. */
  const report = (path: MetaPath, message: string, options: { hint?: string; soft?: boolean } = {}): void => {
    const pos = lines.position(at.offset(path));
    problems.push({ file: filePath, line: pos.line, column: pos.column, message, ...(options.hint ? { hint: options.hint } : {}) });
    if (!options.soft) broken = true;
  };

  // A misspelt key ("presense", "platfroms", "Presence") would turn its check off without a word.
  const known = knownKeys(keys, label === '');
  for (const key of Object.keys(data)) {
    const meant = meantKey(key, known);
    if (meant) report([key], `${label}key "${key}" is not one presence reads (did you mean "${meant}"?)`, { hint: `Write it as "${meant}"; a key of another tool that happens to look like it can be renamed.`, soft: true });
  }
  if (data.presence !== undefined) {
    if (typeof data.presence === 'string' && (PRESENCE_NAMES as readonly string[]).includes(data.presence)) {
      meta.presence = data.presence as PresenceName;
    } else {
      report(['presence'], `${label}"presence" must be professional or personal, got ${JSON.stringify(data.presence)}`);
    }
  }

  if (data.platforms !== undefined) {
    const list = typeof data.platforms === 'string' ? [data.platforms] : data.platforms;
    if (Array.isArray(list) && list.every((p) => typeof p === 'string')) {
      let known = true;
      list.forEach((name: string, i) => {
        if (KNOWN_PLATFORMS.includes(name.trim().toLowerCase())) return;
        known = false;
        const guess = closest(name.trim().toLowerCase(), [...KNOWN_PLATFORMS]);
        const near = distance(name.trim().toLowerCase(), guess) <= 2;
        report(
          typeof data.platforms === 'string' ? ['platforms'] : ['platforms', i],
          `${label}"platforms" names an unknown platform ${JSON.stringify(name)}; known platforms: ${KNOWN_PLATFORMS.join(', ')}`,
          near ? { hint: `Did you mean "${guess}"?` } : {},
        );
      });
      if (known) meta.platforms = normalizePlatforms(list.map((p: string) => p.trim()));
    } else {
      report(['platforms'], `${label}"platforms" must be a list of platform names`);
    }
  }

  if (data.lang !== undefined) {
    const language = typeof data.lang === 'string' ? languageCode(data.lang) : undefined;
    if (language) {
      meta.lang = language;
      const region = regionOfLanguageTag(data.lang as string);
      if (region) meta.region = region;
    } else {
      const guess = typeof data.lang === 'string' ? meantLanguage(data.lang) : undefined;
      report(['lang'], `${label}"lang" must be a language code (ISO 639-1: en, es, fr, de, pt...), got ${JSON.stringify(data.lang)}`, {
        hint: guess ? `Did you mean "${guess}" (${LANGUAGE_NAMES[guess]})?` : `Codes presence knows: ${Object.keys(LANGUAGE_NAMES).join(', ')}.`,
        soft: true,
      });
    }
  }

  const dateKeys = keys.publishing ? (['schedule', 'date'] as const) : (['date'] as const);
  const given = dateKeys.filter((key) => data[key] !== undefined);
  if (given.length > 1 && data.schedule !== data.date) {
    report(['date'], `${label}gives both "schedule" and "date"; keep one`, { soft: true });
  } else if (given.length) {
    const key = given[0]!;
    const value = data[key];
    const date = typeof value === 'string' ? parseScheduleDate(value) : undefined;
    if (date) meta.date = date;
    else report([key], `${label}"${key}" is not an ISO 8601 date: ${JSON.stringify(value)}`, { hint: `Write it as ${DATE_FORMS}.`, soft: true });
  }

  if (data.media !== undefined) {
    if (!Array.isArray(data.media)) {
      report(['media'], `${label}"media" must be a list of { file, alt }`);
    } else {
      data.media.forEach((item: unknown, i) => {
        if (!isRecord(item)) {
          report(['media', i], `${label}media[${i}] must be a mapping with "file" and "alt"`);
          return;
        }
        for (const key of Object.keys(item)) {
          const meant = meantKey(key, MEDIA_KEYS);
          if (meant) report(['media', i, key], `${label}media[${i}] key "${key}" is not one presence reads (did you mean "${meant}"?)`, { hint: `Write it as "${meant}": only "alt" and "caption" are checked.`, soft: true });
        }
        for (const key of ['alt', 'caption']) {
          const value = item[key];
          if (value === undefined) continue;
          if (typeof value !== 'string') report(['media', i, key], `${label}media[${i}].${key} must be text`);
          else meta.segments.push(at.segment(['media', i, key], value, `media[${i}].${key}`));
        }
      });
    }
  }

  if (keys.publishing) {
    for (const [key, field] of [['reply', 'reply'], ['retweet', 'repost']] as const) {
      const value = data[key];
      if (value === undefined || value === null) continue;
      if (typeof value === 'string' && value.trim() !== '') meta[field] = value.trim();
      else report([key], `${label}"${key}" must be the URL of a post, got ${JSON.stringify(value)}`);
    }
    if (data.poll !== undefined && data.poll !== null) {
      if (Array.isArray(data.poll) && data.poll.every((o) => typeof o === 'string')) {
        meta.poll = data.poll.map((option: string, i) => at.segment(['poll', i], option, `poll[${i}]`));
        const count = data.poll.length;
        if (count < 2 || count > 4) report(['poll'], `${label}"poll" needs 2 to 4 options, found ${count}`, { soft: true });
      } else {
        report(['poll'], `${label}"poll" must be a list of options (text)`);
      }
    }
  }

  if (data.ignore !== undefined && data.ignore !== null) {
    if (!isRecord(data.ignore)) {
      report(['ignore'], `${label}"ignore" must map rule ids to reasons, e.g. ignore: { party-photo: "a wine-tasting business" }`);
    } else {
      const ignores: Suppression[] = [];
      for (const [ruleId, reason] of Object.entries(data.ignore)) {
        if (typeof reason !== 'string' || reason.trim() === '') {
          report(['ignore', ruleId], `${label}ignore of "${ruleId}" needs a reason, e.g. ${ruleId}: "why this post may say it"`);
          continue;
        }
        const pos = lines.position(at.keyOffset(['ignore', ruleId]));
        ignores.push({ ruleId, reason: reason.trim(), line: pos.line, column: pos.column });
      }
      if (ignores.length) meta.ignores = ignores;
    }
  }

  if (keys.thread) {
    const spellings = (['thread-delimiter', 'threadDelimiter'] as const).filter((key) => data[key] !== undefined && data[key] !== null);
    const values = new Set(spellings.map((key) => data[key]));
    if (values.size > 1) {
      report([spellings[1]!], `${label}gives "thread-delimiter" and "threadDelimiter" different values; keep one`);
    } else if (spellings.length) {
      const key = spellings[0]!;
      const value = data[key];
      if (typeof value !== 'string' || /[\r\n]/.test(value)) report([key], `${label}"${key}" must be one line of text, got ${JSON.stringify(value)}`);
      else meta.threadDelimiter = value.trim();
    }
  }

  return { meta, problems, broken };
}
