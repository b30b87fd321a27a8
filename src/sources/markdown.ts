import { normalizedSource } from '../core/location.js';
import type { Post } from '../core/types.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import type { Reader } from './types.js';

/**
 * `.md` / `.markdown`: optional YAML front matter, then the body, as one post.
 * Media alt texts and captions in the front matter are published text too.
 * A post whose front matter is broken (a bad presence, platform or key type)
 * is not linted: its problems are reported instead (exit 2), so no finding is
 * made on guessed metadata. An unreadable date is reported too, and the post
 * is still checked without it.
 */
export const readMarkdown: Reader = (text, { filePath, defaultPresence }) => {
  const block = splitFrontMatter(text, filePath);
  if (block && 'message' in block) return { posts: [], problems: [block] };
  const { meta, problems, broken } = block ? readFrontMatter(block, text, filePath) : { meta: { segments: [] }, problems: [], broken: false };
  if (broken) return { posts: [], problems };
  const bodyStart = block ? block.bodyStart : 0;
  const body = normalizedSource(text.slice(bodyStart), bodyStart);
  if (body.text.trim() === '' && meta.segments.every((s) => s.text.trim() === '')) return { posts: [], problems };
  const post: Post = {
    file: filePath,
    index: 0,
    presence: meta.presence ?? defaultPresence,
    segments: [{ field: 'body', text: body.text, source: body.source }, ...meta.segments],
    platforms: meta.platforms ?? [],
  };
  if (meta.date) post.date = meta.date;
  if (meta.ignores) post.ignores = meta.ignores;
  if (meta.lang) post.lang = meta.lang;
  if (meta.region) post.region = meta.region;
  return { posts: [post], problems };
};
