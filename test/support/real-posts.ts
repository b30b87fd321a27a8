import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Real material copied into the project for the tests: sources and licences in its README.md. */
export const SHARED_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/shared');

/**
 * The 500 real tweets of `fixtures/shared/tweets-10k/sample.txt` (every 20th
 * of tweets-10k, FiveThirtyEight, CC-BY 4.0), each as written.
 */
export function realTweets(): string[] {
  const texts = readFileSync(path.join(SHARED_FIXTURES, 'tweets-10k/sample.txt'), 'utf8').split(/\n\n+/);
  return texts.map((text, i) => (i === texts.length - 1 ? text.replace(/\n$/, '') : text));
}
