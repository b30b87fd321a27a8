/**
 * Portuguese lemmas: the forms a Portuguese word (already normalised: lower
 * case, accents folded away) may be an inflection of, so that a list names
 * "bebado" once and reads "bebada", "bebados", "bebadassa"; "ressaca" and
 * reads "ressacas", "ressacao"; "cerveja" and reads "cervejinha",
 * "cervejinhas"; "embebedar" and reads "embebedei", "embebedou",
 * "embebedando", "embebedei-me". Generous, as the English and Spanish
 * candidates are: the lists name real words, so a wrong candidate costs
 * nothing. Pure.
 */

/** Irregular forms of the verbs the rules ask about, folded, mapped to their infinitive. */
const IRREGULAR: Record<string, string> = {
  fui: 'ir',
  foi: 'ir',
  fomos: 'ir',
  foram: 'ir',
  vou: 'ir',
  vai: 'ir',
  vamos: 'ir',
  vao: 'ir',
  estou: 'estar',
  to: 'estar',
  tou: 'estar',
  ta: 'estar',
  estive: 'estar',
  esteve: 'estar',
  estava: 'estar',
  estamos: 'estar',
  tenho: 'ter',
  tive: 'ter',
  teve: 'ter',
  tinha: 'ter',
  tem: 'ter',
  temos: 'ter',
  fiz: 'fazer',
  fez: 'fazer',
  faco: 'fazer',
  pus: 'por',
  sai: 'sair',
  saio: 'sair',
  durmo: 'dormir',
  perco: 'perder',
  bebi: 'beber',
  vi: 'ver',
  vim: 'vir',
  dei: 'dar',
  deu: 'dar',
};

/**
 * Every form `word` (normalised, accents folded) may be an inflection of,
 * itself first: "bebadas" -> bebadas, bebada, bebado; "cervejinha" ->
 * cervejinha, cerveja; "ressacao" -> ressacao, ressaca; "bebendo" ->
 * bebendo, beber, bebar, bebir.
 */
export function portugueseLemmaCandidates(word: string): string[] {
  const out = [word];
  const add = (form: string | undefined): void => {
    if (form && form.length > 1 && !out.includes(form)) out.push(form);
  };
  // The European pronoun after the verb: "embebedei-me" is "embebedei".
  const bare = /^(\p{L}{3,})-(?:me|te|se|nos|vos|lhe|lhes|o|a|os|as|lo|la|los|las)$/u.exec(word)?.[1];
  if (bare) return [word, ...portugueseLemmaCandidates(bare).filter((f) => f !== word)];
  add(IRREGULAR[word]);
  const stem = (suffix: string): string | undefined => (word.endsWith(suffix) && word.length > suffix.length + 2 ? word.slice(0, -suffix.length) : undefined);
  /** A noun or adjective stem in both genders: "bebad" -> bebado, bebada. */
  const genders = (s: string | undefined): void => {
    if (!s) return;
    add(`${s}o`);
    add(`${s}a`);
    add(`${s}e`);
    add(s);
  };
  // Plurals: "shots" -> shot, "festas" -> festa, "bares" -> bar, "balões" -> balão (folded "baloes" -> "balao"), "hospitais" -> hospital, "papeis" -> papel.
  let single = word;
  const plural = (form: string | undefined): void => {
    if (!form) return;
    add(form);
    if (single === word) single = form;
  };
  const oes = stem('oes');
  const aes = stem('aes');
  const ais = stem('ais');
  const eis = stem('eis');
  const ns = stem('ns');
  const es = stem('es');
  if (oes) plural(`${oes}ao`);
  if (aes) plural(`${aes}ao`);
  if (ais) plural(`${ais}al`);
  if (eis) plural(`${eis}el`);
  if (ns) plural(`${ns}m`);
  if (es && /[rsz]$/.test(es)) plural(es);
  plural(stem('s'));
  for (const form of single === word ? [word] : [word, single]) {
    // Gender: "bebada" -> bebado.
    if (/[oa]$/.test(form) && form.length > 3) genders(form.slice(0, -1));
    // Diminutives: "cervejinha" -> cerveja, "copinho" -> copo, "festinha" -> festa, "barzinho" -> bar, "paozinho" -> pao.
    const dim = /(?:zinh|inh|it)[oa]$/.exec(form);
    if (dim && form.length - dim[0].length > 2) {
      const base = form.slice(0, -dim[0].length);
      genders(base);
      // "pouquinho" -> pouco, "amiguinho" -> amigo.
      if (base.endsWith('qu')) genders(`${base.slice(0, -2)}c`);
      if (base.endsWith('gu')) genders(`${base.slice(0, -2)}g`);
    }
    // Augmentatives and superlatives: "ressacao" -> ressaca, "festao" -> festa, "porrada" (not a form), "bebadissimo" -> bebado, "bebadaca" -> bebada.
    const aug = /(?:ao|ona|aco|aca|issimo|issima|errimo|errima)$/.exec(form);
    if (aug && form.length - aug[0].length > 2) genders(form.slice(0, -aug[0].length));
  }
  // Verbs: gerunds, participles, imperfects, the preterite ("bebi", "tomei", "bebeu", "tomou", "beberam") -> the infinitives they may be of.
  const verb = /(?:ando|endo|indo|ado|ada|ados|adas|ido|ida|idos|idas|ava|avas|avamos|avam|ia|ias|iamos|iam|aram|eram|iram|amos|emos|imos|ei|ou|eu|iu|o|e|i|as|es|a|am|em)$/.exec(word);
  if (verb && word.length - verb[0].length > 2) {
    const root = word.slice(0, -verb[0].length);
    add(`${root}ar`);
    add(`${root}er`);
    add(`${root}ir`);
    // "fiquei" -> ficar, "cheguei" -> chegar, "comecei" -> comecar.
    if (root.endsWith('qu')) add(`${root.slice(0, -2)}car`);
    if (root.endsWith('gu')) add(`${root.slice(0, -1)}ar`);
  }
  return out;
}
