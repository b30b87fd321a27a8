import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { alignedSource, LineIndex } from '../core/location.js';
import type { PresenceName, Problem, Segment } from '../core/types.js';
import { PRESENCE_NAMES } from '../core/types.js';

/** The YAML block at the top of a file and where the body starts. */
export interface FrontMatterBlock {
  /** File offset of the first character of the YAML text. */
  yamlStart: number;
  yaml: string;
  /** File offset of the first character after the closing line. */
  bodyStart: number;
}

/** What front matter says about a post. Unknown keys are left to other tools. */
export interface PostMeta {
  presence?: PresenceName;
  platforms?: string[];
  date?: Date;
  /** Alt texts and captions of media: published text with their own positions. */
  segments: Segment[];
}

const OPENING = /^---[ \t]*\r?\n/;
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

/** ISO 8601: a date, optionally with a time and a zone. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A scheduled time from an ISO 8601 string, or undefined when it is not one. */
export function parseIsoDate(value: string): Date | undefined {
  if (!ISO_8601.test(value.trim())) return undefined;
  const date = new Date(value.trim().replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Parses and checks the front matter of a post file. Problems name the file
 * and the line of the offending value; the caller decides what to do with a
 * post whose metadata is broken.
 */
export function readFrontMatter(
  block: FrontMatterBlock,
  fileText: string,
  filePath: string,
): { meta: PostMeta; problems: Problem[] } {
  const meta: PostMeta = { segments: [] };
  const problems: Problem[] = [];
  const lines = new LineIndex(fileText);
  const problemAt = (offset: number | undefined, message: string, hint?: string): Problem => {
    const pos = lines.position(block.yamlStart + (offset ?? 0));
    return { file: filePath, line: pos.line, column: pos.column, message, ...(hint ? { hint } : {}) };
  };

  const doc = parseDocument(block.yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    for (const err of doc.errors) problems.push(problemAt(err.pos[0], `malformed front matter: ${err.message.split('\n')[0]}`));
    return { meta, problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { meta, problems };
  if (!isMap(root)) {
    problems.push(problemAt(root.range?.[0], 'front matter must be a mapping of keys (key: value)'));
    return { meta, problems };
  }
  const map = root as YAMLMap;
  const node = (key: string): Node | undefined => map.get(key, true) as Node | undefined;
  let data: Record<string, unknown>;
  try {
    data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    problems.push(problemAt(0, `malformed front matter: ${(error as Error).message}`));
    return { meta, problems };
  }

  if (data.presence !== undefined) {
    if (typeof data.presence === 'string' && (PRESENCE_NAMES as readonly string[]).includes(data.presence)) {
      meta.presence = data.presence as PresenceName;
    } else {
      problems.push(problemAt(node('presence')?.range?.[0], `front matter "presence" must be professional or personal, got ${JSON.stringify(data.presence)}`));
    }
  }
  if (data.platforms !== undefined) {
    const list = typeof data.platforms === 'string' ? [data.platforms] : data.platforms;
    if (Array.isArray(list) && list.every((p) => typeof p === 'string')) meta.platforms = list.map((p) => p.toLowerCase());
    else problems.push(problemAt(node('platforms')?.range?.[0], 'front matter "platforms" must be a list of platform names'));
  }
  if (data.date !== undefined) {
    const date = typeof data.date === 'string' ? parseIsoDate(data.date) : undefined;
    if (date) meta.date = date;
    else problems.push(problemAt(node('date')?.range?.[0], `front matter "date" is not an ISO 8601 date: ${JSON.stringify(data.date)}`, 'Write it as 2026-05-01 or 2026-05-01T09:30:00Z.'));
  }
  if (data.media !== undefined) {
    const mediaNode = node('media');
    if (!isSeq(mediaNode)) {
      problems.push(problemAt(mediaNode?.range?.[0], 'front matter "media" must be a list of { file, alt }'));
    } else {
      mediaNode.items.forEach((item, i) => {
        if (!isMap(item)) {
          problems.push(problemAt((item as Node | null)?.range?.[0], `front matter media[${i}] must be a mapping with "file" and "alt"`));
          return;
        }
        for (const key of ['alt', 'caption']) {
          const valueNode = item.get(key, true) as Node | undefined;
          if (valueNode === undefined) continue;
          if (!isScalar(valueNode) || typeof valueNode.value !== 'string') {
            problems.push(problemAt(valueNode.range?.[0], `front matter media[${i}].${key} must be text`));
            continue;
          }
          const [start, end] = valueNode.range!;
          const raw = fileText.slice(block.yamlStart + start, block.yamlStart + end);
          meta.segments.push({
            field: `media[${i}].${key}`,
            text: valueNode.value,
            source: alignedSource(valueNode.value, raw, block.yamlStart + start),
          });
        }
      });
    }
  }
  return { meta, problems };
}
