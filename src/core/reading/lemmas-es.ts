/**
 * Spanish lemmas: the forms a Spanish word (already normalised: lower case,
 * accents folded away) may be an inflection of, so that a list names
 * "borracho" once and reads "borracha", "borrachos", "borrachísima";
 * "resaca" and reads "resacón", "resacas"; "chupito" and reads "chupitos";
 * "copa" and reads "copita", "copazo"; "emborrachar" and reads
 * "emborrachado", "emborrachando", "emborraché". Generous, as the English
 * candidates are: the lists name real words, so a wrong candidate costs
 * nothing. Pure.
 */

/** Irregular forms of the verbs the rules ask about, folded, mapped to their infinitive. */
const IRREGULAR: Record<string, string> = {
  fui: 'ir',
  fuimos: 'ir',
  fue: 'ir',
  fueron: 'ir',
  voy: 'ir',
  vamos: 'ir',
  va: 'ir',
  van: 'ir',
  estoy: 'estar',
  estuve: 'estar',
  estaba: 'estar',
  estamos: 'estar',
  tengo: 'tener',
  tuve: 'tener',
  tenia: 'tener',
  tiene: 'tener',
  tenemos: 'tener',
  hice: 'hacer',
  hizo: 'hacer',
  hago: 'hacer',
  puse: 'poner',
  pongo: 'poner',
  sali: 'salir',
  salgo: 'salir',
  vuelvo: 'volver',
  volvi: 'volver',
  empiezo: 'empezar',
  empece: 'empezar',
  pierdo: 'perder',
  muero: 'morir',
  dormi: 'dormir',
  duermo: 'dormir',
};

/**
 * Every form `word` (normalised, accents folded) may be an inflection of,
 * itself first: "borrachas" -> borrachas, borracha, borracho;
 * "resacon" -> resacon, resaca; "copita" -> copita, copa; "bebiendo" ->
 * bebiendo, beber, bebir.
 */
export function spanishLemmaCandidates(word: string): string[] {
  const out = [word];
  const add = (form: string | undefined): void => {
    if (form && form.length > 1 && !out.includes(form)) out.push(form);
  };
  add(IRREGULAR[word]);
  const stem = (suffix: string): string | undefined => (word.endsWith(suffix) && word.length > suffix.length + 2 ? word.slice(0, -suffix.length) : undefined);
  /** A noun or adjective stem in both genders: "borrach" -> borracho, borracha. */
  const genders = (s: string | undefined): void => {
    if (!s) return;
    add(`${s}o`);
    add(`${s}a`);
    add(`${s}e`);
    add(s);
  };
  // Plurals: "chupitos" -> chupito, "hospitales" -> hospital, "resacones" -> resacon.
  let single = word;
  const es = stem('es');
  const s = stem('s');
  if (es && /[^aeiou]$/.test(es)) {
    add(es);
    single = es;
  }
  if (s) {
    add(s);
    if (single === word) single = s;
  }
  for (const form of single === word ? [word] : [word, single]) {
    // Gender: "borracha" -> borracho.
    if (/[oa]$/.test(form) && form.length > 3) genders(form.slice(0, -1));
    // Diminutives: "copita" -> copa, "cervecita" -> cerveza, "chupitito" -> chupito, "fiestecita" -> fiesta.
    for (const suffix of ['ecit', 'cit', 'it', 'ecill', 'ill']) {
      if (!/[oa]$/.test(form) || !form.slice(0, -1).endsWith(suffix) || form.length - suffix.length - 1 <= 2) continue;
      const base = form.slice(0, -suffix.length - 1);
      genders(base);
      // "cervecita" -> cerveza, "poquito" -> poco, "amiguito" -> amigo.
      if (suffix.includes('c')) genders(`${base}z`);
      if (base.endsWith('qu')) genders(`${base.slice(0, -2)}c`);
      if (base.endsWith('gu')) genders(`${base.slice(0, -2)}g`);
    }
    // Augmentatives and superlatives: "resacon" -> resaca, "fieston" -> fiesta, "copazo" -> copa, "borrachisimo" -> borracho.
    const aug = /(?:on|ona|azo|aza|isimo|isima|ote|ota)$/.exec(form);
    if (aug && form.length - aug[0].length > 2) genders(form.slice(0, -aug[0].length));
  }
  // Verbs: gerunds, participles, imperfects, the first person ("bebo", "tome", "bebi") -> the infinitives they may be of.
  const verb = /(?:ando|iendo|ado|ada|ados|adas|ido|ida|idos|idas|aba|abas|abamos|aban|ia|ias|iamos|ian|aron|ieron|amos|emos|imos|o|e|i|as|es|a|an|en)$/.exec(word);
  if (verb && word.length - verb[0].length > 2) {
    const root = word.slice(0, -verb[0].length);
    add(`${root}ar`);
    add(`${root}er`);
    add(`${root}ir`);
    // "emborrache" -> emborrachar; "llegue" -> llegar.
    if (root.endsWith('gu')) add(`${root.slice(0, -1)}ar`);
    if (root.endsWith('qu')) add(`${root.slice(0, -2)}car`);
  }
  return out;
}
