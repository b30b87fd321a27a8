/**
 * Lemmas: the forms a word may be an inflection of, so that a rule's list
 * names "divorce" once and reads "divorced", "divorcing" and "divorces",
 * "shot" and reads "shots", "drink" and reads "drank" and "drinking". The
 * candidates are generous (a few wrong forms cost nothing: the rules list
 * real words); irregular forms come from a table. Pure.
 */

/** Irregular forms of the verbs and nouns the rules ask about, mapped to their lemma. */
const IRREGULAR: Record<string, string> = {
  drank: 'drink',
  drunk: 'drink',
  went: 'go',
  gone: 'go',
  was: 'be',
  were: 'be',
  been: 'be',
  am: 'be',
  is: 'be',
  are: 'be',
  "i'm": 'be',
  got: 'get',
  gotten: 'get',
  threw: 'throw',
  thrown: 'throw',
  left: 'leave',
  felt: 'feel',
  fell: 'fall',
  fallen: 'fall',
  took: 'take',
  taken: 'take',
  told: 'tell',
  lost: 'lose',
  paid: 'pay',
  spent: 'spend',
  owed: 'owe',
  broke: 'break',
  broken: 'break',
  split: 'split',
  cheated: 'cheat',
  fired: 'fire',
  quit: 'quit',
  sat: 'sit',
  ate: 'eat',
  had: 'have',
  has: 'have',
  did: 'do',
  does: 'do',
  done: 'do',
  made: 'make',
  said: 'say',
  slept: 'sleep',
  woke: 'wake',
  woken: 'wake',
  flew: 'fly',
  flown: 'fly',
  children: 'child',
  kids: 'kid',
  wives: 'wife',
  men: 'man',
  women: 'woman',
  people: 'person',
  feet: 'foot',
  teeth: 'tooth',
};

const VOWEL = /[aeiou]/;

/**
 * Every form `word` (already normalised, lower case) may be an inflection
 * of, itself first: "divorcing" -> divorcing, divorc, divorce; "partied" ->
 * partied, parti, party, partie; "shots" -> shots, shot; "drank" -> drank, drink.
 */
export function lemmaCandidates(word: string): string[] {
  const out = [word];
  const add = (form: string | undefined): void => {
    if (form && form.length > 1 && !out.includes(form)) out.push(form);
  };
  add(IRREGULAR[word]);
  const stem = (suffix: string): string | undefined => (word.endsWith(suffix) && word.length > suffix.length + 1 ? word.slice(0, -suffix.length) : undefined);
  const ing = stem('ing');
  if (ing) {
    add(ing);
    add(`${ing}e`);
    if (/(.)\1$/.test(ing)) add(ing.slice(0, -1)); // shopping -> shop
    if (ing.endsWith('y')) add(ing); // partying -> party
  }
  const ied = stem('ied');
  if (ied) add(`${ied}y`);
  const ed = stem('ed');
  if (ed) {
    add(ed);
    add(`${ed}e`);
    if (/(.)\1$/.test(ed)) add(ed.slice(0, -1)); // stopped -> stop
  }
  const d = stem('d');
  if (d && d.endsWith('e')) add(d); // divorced -> divorce
  const ies = stem('ies');
  if (ies) add(`${ies}y`);
  const es = stem('es');
  if (es && /(?:s|x|z|ch|sh)$/.test(es)) add(es);
  const s = stem('s');
  if (s && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) add(s);
  const er = stem('er');
  if (er && VOWEL.test(er)) add(er); // not a lemma, a family: drinker -> drink
  return out;
}

/** Whether `word` is a form of one of the lemmas. */
export function isFormOf(word: string, lemmas: ReadonlySet<string>): boolean {
  for (const form of lemmaCandidates(word)) if (lemmas.has(form)) return true;
  return false;
}
