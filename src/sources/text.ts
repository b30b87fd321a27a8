import { normalizedSource } from '../core/location.js';
import type { Reader } from './types.js';

/** `.txt`: the whole file is one post; a blank file is no post. */
export const readText: Reader = (text, { filePath, defaultPresence }) => {
  if (text.trim() === '') return { posts: [], problems: [] };
  const body = normalizedSource(text, 0);
  return {
    posts: [
      {
        file: filePath,
        index: 0,
        presence: defaultPresence,
        segments: [{ field: 'body', text: body.text, source: body.source }],
        platforms: [],
      },
    ],
    problems: [],
  };
};
