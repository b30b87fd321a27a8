/**
 * French lemmas: the forms a French word (already normalised: lower case,
 * accents folded away) may be an inflection of, so that a list names
 * "bourré" once and reads "bourrée", "bourrés", "bourrées"; "cuite" and
 * reads "cuites"; "joyeux" and reads "joyeuse"; "bourrer" and reads
 * "bourrais", "bourrant", "bourrent"; "boire" and reads "bu", "buvais".
 * Generous, as the English and Spanish candidates are: the lists name real
 * words, so a wrong candidate costs nothing. Pure.
 */

/** Irregular forms of the verbs the rules ask about, folded, mapped to their infinitive. */
const IRREGULAR: Record<string, string> = {
  bu: 'boire',
  bue: 'boire',
  bus: 'boire',
  bois: 'boire',
  boit: 'boire',
  buvons: 'boire',
  buvez: 'boire',
  boivent: 'boire',
  buvais: 'boire',
  buvait: 'boire',
  buvaient: 'boire',
  buvant: 'boire',
  pris: 'prendre',
  prise: 'prendre',
  prends: 'prendre',
  prend: 'prendre',
  prenons: 'prendre',
  prennent: 'prendre',
  fait: 'faire',
  fais: 'faire',
  faisons: 'faire',
  font: 'faire',
  suis: 'etre',
  es: 'etre',
  est: 'etre',
  sommes: 'etre',
  etes: 'etre',
  sont: 'etre',
  etais: 'etre',
  etait: 'etre',
  etaient: 'etre',
  ete: 'etre',
  ai: 'avoir',
  as: 'avoir',
  a: 'avoir',
  avons: 'avoir',
  avez: 'avoir',
  ont: 'avoir',
  avais: 'avoir',
  avait: 'avoir',
  eu: 'avoir',
  vais: 'aller',
  vas: 'aller',
  va: 'aller',
  allons: 'aller',
  vont: 'aller',
  mis: 'mettre',
  mets: 'mettre',
  met: 'mettre',
  dors: 'dormir',
  dort: 'dormir',
  sors: 'sortir',
  sort: 'sortir',
  pars: 'partir',
  part: 'partir',
};

/**
 * Every form `word` (normalised, accents folded) may be an inflection of,
 * itself first: "bourrees" -> bourrees, bourree, bourre, bourrer;
 * "joyeuse" -> joyeux; "chevaux" -> cheval; "buvais" -> boire.
 */
export function frenchLemmaCandidates(word: string): string[] {
  const out = [word];
  const add = (form: string | undefined): void => {
    if (form && form.length > 1 && !out.includes(form)) out.push(form);
  };
  add(IRREGULAR[word]);
  const stem = (suffix: string): string | undefined => (word.endsWith(suffix) && word.length > suffix.length + 2 ? word.slice(0, -suffix.length) : undefined);
  // Plurals: "cuites" -> cuite, "chevaux" -> cheval, "cadeaux" -> cadeau.
  const singles = [word];
  const s = stem('s') ?? stem('x');
  if (s) {
    add(s);
    singles.push(s);
  }
  const aux = stem('aux');
  if (aux) add(`${aux}al`);
  for (const form of singles) {
    // Feminine: "bourree" -> bourre, "joyeuse" -> joyeux, "sportive" -> sportif, "cruelle" -> cruel, "ancienne" -> ancien, "premiere" -> premier.
    if (form.endsWith('e') && form.length > 3) add(form.slice(0, -1));
    for (const [fem, masc] of [['euse', 'eux'], ['euse', 'eur'], ['ive', 'if'], ['elle', 'el'], ['enne', 'en'], ['ette', 'et'], ['ere', 'er'], ['trice', 'teur']] as const) {
      if (form.endsWith(fem) && form.length > fem.length + 2) add(form.slice(0, -fem.length) + masc);
    }
  }
  // Verbs: participles, the present, the imperfect, the gerund, the future -> the infinitives they may be of.
  const verb = /(?:aient|erais|erait|erons|eront|erai|eras|era|ions|iez|ais|ait|ant|ent|ons|ez|ees|ee|es|e|ies|ie|is|it|i|ues|ue|us|u)$/.exec(word);
  if (verb && word.length - verb[0].length > 2) {
    const root = word.slice(0, -verb[0].length);
    add(`${root}er`);
    add(`${root}ir`);
    add(`${root}re`);
    // "finissons" -> finir.
    if (root.endsWith('iss')) add(`${root.slice(0, -2)}r`);
  }
  return out;
}
