/**
 * German lemmas: the forms a German word (already normalised: lower case,
 * umlauts folded away, "ß" kept) may be an inflection of, so that a list
 * names "besoffen" once and reads "besoffene", "besoffenen"; "Kater" and
 * reads "Katers"; "Schnaps" and reads "Schnäpse", "Schnäpschen"; "saufen"
 * and reads "gesoffen", "säuft", "saufe"; "scheiden" and reads
 * "geschieden"; "krankfeiern" and reads "krankgefeiert"; "blaumachen" and
 * reads "blaugemacht". Generous, as the English candidates are: the lists
 * name real words, so a wrong candidate costs nothing.
 *
 * A compound is not read as its last part: "Torschuss" is a shot at goal,
 * not a "Schuss", and "Kneipentour" is no "Tour"; a list that means the
 * compounds of a word names them (`\p{L}*therapie`). Pure.
 */

/** Irregular forms of the verbs the rules ask about, folded, mapped to their infinitive. */
const IRREGULAR: Record<string, string> = {
  gesoffen: 'saufen',
  soff: 'saufen',
  soffen: 'saufen',
  sauft: 'saufen',
  saufst: 'saufen',
  getrunken: 'trinken',
  trank: 'trinken',
  tranken: 'trinken',
  betrank: 'betrinken',
  betrunken: 'betrinken',
  geschieden: 'scheiden',
  schied: 'scheiden',
  war: 'sein',
  waren: 'sein',
  bin: 'sein',
  bist: 'sein',
  ist: 'sein',
  sind: 'sein',
  gewesen: 'sein',
  hab: 'haben',
  habe: 'haben',
  hat: 'haben',
  hast: 'haben',
  hatte: 'haben',
  hatten: 'haben',
  gehabt: 'haben',
  ging: 'gehen',
  gegangen: 'gehen',
  kam: 'kommen',
  gekommen: 'kommen',
  lag: 'liegen',
  gelegen: 'liegen',
  verlassen: 'verlassen',
  verliess: 'verlassen',
  verließ: 'verlassen',
  gab: 'geben',
  gegeben: 'geben',
  nahm: 'nehmen',
  genommen: 'nehmen',
  schrieb: 'schreiben',
  geschrieben: 'schreiben',
  fuhr: 'fahren',
  gefahren: 'fahren',
  flog: 'fliegen',
  geflogen: 'fliegen',
  zog: 'ziehen',
  gezogen: 'ziehen',
  starb: 'sterben',
  gestorben: 'sterben',
  tat: 'tun',
  getan: 'tun',
};

/** Separable prefixes a participle's "ge" follows: "krank|ge|feiert", "blau|ge|macht", "aus|ge|gangen". */
const SEPARABLE = ['krank', 'blau', 'aus', 'ab', 'an', 'auf', 'ein', 'mit', 'weg', 'zu', 'durch', 'los', 'vor', 'nach', 'heim', 'zusammen', 'fertig', 'hoch', 'rein', 'raus'];

/**
 * Every form `word` (normalised, umlauts folded) may be an inflection of,
 * itself first: "besoffenen" -> besoffenen, besoffen; "schnapse" -> schnaps;
 * "gesoffen" -> saufen; "krankgefeiert" -> krankfeiern, feiern.
 */
export function germanLemmaCandidates(word: string): string[] {
  const out = [word];
  const add = (form: string | undefined): void => {
    if (form && form.length > 1 && !out.includes(form)) out.push(form);
  };
  add(IRREGULAR[word]);
  const stem = (w: string, suffix: string): string | undefined => (w.endsWith(suffix) && w.length > suffix.length + 2 ? w.slice(0, -suffix.length) : undefined);
  // Diminutives: "schnapschen" -> schnaps, "bierchen" -> bier, "glaschen" -> glas, "tischlein" -> tisch.
  for (const suffix of ['chen', 'lein']) {
    const s = stem(word, suffix);
    if (s) {
      add(s);
      add(`${s}e`);
    }
  }
  // Nouns and adjectives: plurals and cases ("schnapse", "katers", "kolleginnen"), adjective endings ("besoffene", "besoffenes"),
  // comparatives and superlatives ("voller", "vollste").
  for (const suffix of ['innen', 'sten', 'ste', 'nen', 'en', 'em', 'er', 'es', 'e', 'n', 's']) add(stem(word, suffix));
  // Verbs: the present and past of weak verbs ("saufe", "feierst", "feiert", "machte", "machten") -> the infinitive.
  for (const suffix of ['test', 'ten', 'te', 'est', 'et', 'st', 't', 'e', 'n']) {
    const root = stem(word, suffix);
    if (!root) continue;
    add(`${root}en`);
    // "feier" -> feiern, "sammel" -> sammeln.
    if (/e[lr]$/.test(root)) add(`${root}n`);
  }
  // Participles: "gemacht" -> machen, "gefeiert" -> feiern, "getrunken" (table), "gekifft" -> kiffen; and after a separable
  // prefix: "krankgefeiert" -> krankfeiern, "blaugemacht" -> blaumachen, "ausgegangen" -> ausgehen.
  const participle = (rest: string, prefix: string): void => {
    const irregular = IRREGULAR[`ge${rest}`];
    if (irregular) {
      add(`${prefix}${irregular}`);
      return;
    }
    const weak = /^(\p{L}{2,}?)(?:e?t)$/u.exec(rest);
    if (weak) {
      const root = weak[1]!;
      add(`${prefix}${root}en`);
      if (/e[lr]$/.test(root)) add(`${prefix}${root}n`);
    }
    const strong = /^(\p{L}{2,})en$/u.exec(rest);
    if (strong) add(`${prefix}${strong[1]}en`);
  };
  if (word.startsWith('ge') && word.length > 5) participle(word.slice(2), '');
  for (const prefix of SEPARABLE) {
    if (!word.startsWith(prefix) || word.length <= prefix.length + 4) continue;
    const rest = word.slice(prefix.length);
    if (rest.startsWith('ge')) {
      participle(rest.slice(2), prefix);
      participle(rest.slice(2), '');
    }
    // "zu" inside an infinitive: "blauzumachen" -> blaumachen.
    if (rest.startsWith('zu') && rest.endsWith('en')) add(`${prefix}${rest.slice(2)}`);
  }
  return out;
}
