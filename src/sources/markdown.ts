import { normalizedSource } from '../core/location.js';
import type { Post } from '../core/types.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import type { Reader } from './types.js';

/**
 * `.md` / `.markdown`: optional YAML front matter, then the body, as one post.
 * Media alt texts and captions in the front matter are published text too.
 * A post whose front matter is broken is not linted: its problems are
 * reported instead (exit 2), so no finding is made on guessed metadata.
 */
export const readMarkdown: Reader = (text, { filePath, defaultPresence }) => {
  const block = splitFrontMatter(text, filePath);
  if (block && 'message' in block) return { posts: [], problems: [block] };
  const { meta, problems } = block ? readFrontMatter(block, text, filePath) : { meta: { segments: [] }, problems: [] };
  if (problems.length) return { posts: [], problems };
  const bodyStart = block ? block.bodyStart : 0;
  const body = normalizedSource(text.slice(bodyStart), bodyStart);
  if (body.text.trim() === '' && meta.segments.every((s) => s.text.trim() === '')) return { posts: [], problems: [] };
  const post: Post = {
    file: filePath,
    index: 0,
    presence: meta.presence ?? defaultPresence,
    segments: [{ field: 'body', text: body.text, source: body.source }, ...meta.segments],
    platforms: meta.platforms ?? [],
  };
  if (meta.date) post.date = meta.date;
  return { posts: [post], problems: [] };
};
