/**
 * Data of the `off-positioning` rule: the words of a positioning statement
 * or a topic that say nothing about what the presence is for, so a post that
 * shares only them with the statement is not on-message. Lower case; the rule
 * compares them before stemming.
 */

/** English function words: articles, pronouns, prepositions, auxiliaries, conjunctions. */
export const STOP_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'as',
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves',
  'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him', 'his', 'she', 'her', 'hers',
  'it', 'its', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those',
  'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how',
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having',
  'do', 'does', 'did', 'doing', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'in', 'on', 'at', 'by', 'for', 'with', 'without', 'about', 'of', 'off', 'to', 'from', 'into', 'onto',
  'over', 'under', 'up', 'down', 'out', 'through', 'across', 'between', 'among', 'around', 'within',
  'after', 'before', 'during', 'since', 'until', 'via', 'per', 'like', 'near',
  'not', 'no', 'all', 'any', 'each', 'every', 'both', 'either', 'neither', 'some', 'such',
  'very', 'too', 'also', 'just', 'only', 'own', 'other', 'others', 'same',
];

/**
 * Words that appear in statements but say nothing about the field: "families
 * ready to adopt" is about adopting families, and a post about being "ready
 * for the game" is not on-message. Kept short: every word here is one a post
 * can no longer connect through.
 */
export const VAGUE_WORDS: readonly string[] = [
  'ready', 'close', 'new', 'good', 'great', 'best', 'better', 'more', 'most', 'many', 'much', 'few',
  'people', 'person', 'everyone', 'anyone', 'someone', 'thing', 'things', 'stuff',
  'help', 'helping', 'make', 'making', 'get', 'getting', 'want', 'wanting', 'need', 'needing',
  'big', 'small', 'little', 'local', 'real', 'true', 'whole', 'general', 'various',
  'world', 'life', 'day', 'time', 'way', 'work', 'working', 'looking', 'seeking',
];
