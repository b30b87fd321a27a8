/**
 * Tokens of a post with exact offsets, and their normalised forms: what the
 * reading layer reads before it asks who, whether and how. Pure.
 */

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'mention' | 'hashtag' | 'url';

/** One token: `text` is exactly `source.slice(start, end)`; offsets are UTF-16 units. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /**
   * The word as it is meant: lower case, typographic apostrophes as `'`,
   * elongations shortened ("soooo" -> "soo"), common run-together
   * spellings restored ("wasnt" -> "wasn't", "im" -> "i'm").
   */
  norm: string;
  /** `norm` with every run of a repeated letter shortened to one ("waaay" -> "way", "soo" -> "so"). */
  short: string;
}

/**
 * One regex, one pass: links, mentions, hashtags, words (letters with inner
 * apostrophes and hyphens), numbers (with separators, ordinals, "52k",
 * "9am"), then any other single character that is not a space.
 */
/** Initials joined by "&" are one word: "a&e", "d&v", "b&q". */
const TOKEN =
  /(?<url>https?:\/\/\S+|www\.\S+)|(?<mention>@[\p{L}\p{N}_]+(?:@[\p{L}\p{N}_.-]+)?)|(?<hashtag>#[\p{L}\p{N}_]+)|(?<number>[$£€¥]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|k|m|am|pm|s|%)?(?![\p{L}\p{N}]))|(?<word>(?<![\p{L}\p{N}])\p{L}&\p{L}(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+|-[\p{L}\p{N}]+)*)|(?<other>\S)/gu;

/** Spellings people type without the apostrophe, mapped to the word they mean. */
const RUN_TOGETHER: Record<string, string> = {
  im: "i'm",
  ive: "i've",
  ill: "i'll",
  id: "i'd",
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  cant: "can't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  wont: "won't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  aint: "ain't",
  youre: "you're",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  hes: "he's",
  shes: "she's",
  lets: "let's",
};

/**
 * Spellings of social media, mapped to the word they mean: the shortenings
 * of time words ("tmrw", "2nite"), a dropped final g ("playin hooky",
 * "drinkin") on the verbs whose "-in" form is not a word of its own, and
 * a few common typos. A rule matches the word and finds every spelling.
 */
const SPELLINGS: Record<string, string> = {
  ...Object.fromEntries(['tmrw', 'tmrow', 'tmrrw', 'tmr', 'tmw', '2moro', '2morrow', '2morow', 'tomoz', 'tomorow', 'tommorow', 'tommorrow', 'tomorro'].map((w) => [w, 'tomorrow'])),
  ...Object.fromEntries(['tonite', '2nite', 'tnite', '2night'].map((w) => [w, 'tonight'])),
  ...Object.fromEntries(['bday', 'b-day', 'birthdy', 'brithday', 'bithday'].map((w) => [w, 'birthday'])),
  ...Object.fromEntries(['wknd', 'wkend'].map((w) => [w, 'weekend'])),
  ...Object.fromEntries(
    ['play', 'drink', 'party', 'go', 'do', 'gett', 'work', 'feel', 'hav', 'com', 'lov', 'hat', 'tak', 'mak', 'sitt', 'runn', 'skipp', 'throw', 'puk', 'chill', 'sleep', 'dy', 'liv', 'try', 'leav', 'mov', 'look', 'talk', 'wait'].map((stem) => [`${stem}in`, `${stem}ing`]),
  ),
  nxt: 'next',
  wk: 'week',
  wks: 'weeks',
  calld: 'called',
  sik: 'sick',
  wrk: 'work',
  hungova: 'hungover',
  drunkk: 'drunk',
  shotz: 'shots',
  shotzz: 'shots',
  becuase: 'because',
};

/** The normal form of one word or number token. */
export function normalizeWord(text: string): string {
  // "ID" in capitals is the document ("staff ID card"), not a run-together "I'd".
  if (text === 'ID' || text === 'IDs') return text.toLowerCase();
  const lower = text.toLowerCase().replace(/’/g, "'");
  const shortened = lower.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return RUN_TOGETHER[shortened] ?? SPELLINGS[shortened] ?? shortened;
}

/**
 * A text without its accents, of exactly its length (offsets stay exact):
 * each precomposed letter becomes its base letter ("mañana" -> "manana",
 * "Ação" -> "Acao"); a letter with no base (ß, æ, ø) and a separate
 * combining mark stay as they are.
 */
export function foldAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => {
    const base = ch.normalize('NFD')[0]!;
    return base.length === 1 && base !== ch && /[A-Za-z]/.test(base) ? base : ch;
  });
}

/**
 * The normal form of one word of a language read without accents (Spanish,
 * Portuguese): lower case, apostrophes straight, accents folded away,
 * elongations shortened ("Siiii" -> "sii"). No run-together table: those
 * are English spellings.
 */
export function normalizeFoldedWord(text: string): string {
  return foldAccents(text.toLowerCase().replace(/’/g, "'")).replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/**
 * The shortened form of a word of such a language: only runs of three or
 * more of a letter become one ("borrachooo" -> "borracho"); a double letter
 * is kept, because Spanish and Portuguese write them ("perro" is not "pero",
 * "carro" is not "caro").
 */
function shortFolded(text: string): string {
  return foldAccents(text.toLowerCase().replace(/’/g, "'")).replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Where an elided word that opens `word` ends (after its apostrophe), or 0: "j'ai" 2, "qu'il" 3, "aujourd'hui" 0. */
function elisionEnd(word: string, elisions: ReadonlySet<string>): number {
  const k = word.search(/['’]/);
  if (k <= 0 || k + 1 >= word.length) return 0;
  return elisions.has(normalizeFoldedWord(word.slice(0, k + 1))) ? k + 1 : 0;
}

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  if (groups.word !== undefined) return 'word';
  if (groups.number !== undefined) return 'number';
  if (groups.url !== undefined) return 'url';
  if (groups.mention !== undefined) return 'mention';
  if (groups.hashtag !== undefined) return 'hashtag';
  return /[\p{P}]/u.test(groups.other ?? '') ? 'punct' : 'symbol';
}

/**
 * The tokens of a text, in order, each with its exact span. With `fold`
 * (a language read without accents), words and hashtags are normalised by
 * {@link normalizeFoldedWord}, but for the words in `keep`, whose accent
 * makes them another word (Spanish "sí" is not "si", "él" not "el"), which
 * are only lower-cased; otherwise as English ({@link normalizeWord}).
 * With `fold.elisions` (French "j'", "l'", "n'"), a word that begins with
 * one is cut after its apostrophe: "J'ai" is "j'" and "ai", "qu'il" is
 * "qu'" and "il"; "aujourd'hui" stays whole.
 */
export function tokenize(text: string, fold?: { keep: ReadonlySet<string>; elisions?: ReadonlySet<string> }): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = kindOf(m.groups as Record<string, string | undefined>);
    if (fold) {
      const folds = kind === 'word' || kind === 'number' || kind === 'hashtag';
      let word = m[0];
      let start = m.index;
      if (kind === 'word' && fold.elisions && fold.elisions.size > 0) {
        for (let cut = elisionEnd(word, fold.elisions); cut > 0; cut = elisionEnd(word, fold.elisions)) {
          const elided = word.slice(0, cut);
          const norm = normalizeFoldedWord(elided);
          tokens.push({ start, end: start + cut, text: elided, kind, norm, short: norm });
          word = word.slice(cut);
          start += cut;
        }
      }
      const lower = folds ? word.toLowerCase() : word;
      const norm = !folds ? word : fold.keep.has(lower) ? lower : normalizeFoldedWord(word);
      tokens.push({ start, end: start + word.length, text: word, kind, norm, short: folds ? shortFolded(word) : norm });
      continue;
    }
    const norm = kind === 'word' || kind === 'number' ? normalizeWord(m[0]) : m[0];
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind, norm, short: norm.replace(/(\p{L})\1+/gu, '$1') });
  }
  return tokens;
}
