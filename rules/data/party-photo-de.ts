import type { CueEntry } from '../../src/core/cue-lists.js';
import { umlauts } from './umlauts.js';

/**
 * German word list of the `party-photo` rule, beside the English and the
 * Spanish ones (party-photo.ts, party-photo-es.ts), in its categories. Regex
 * sources (no capturing groups) matched case-insensitively at word
 * boundaries on the text with its umlauts folded away; written with their
 * umlauts, each reads "ü", "ue" and "u" alike (`umlauts`). The German
 * reading weighs each match (src/core/cue-lists.ts): "ich hab keinen Kater"
 * is denied, "wenn ich morgen verkatert bin" a condition, "die Jungs waren
 * besoffen" someone else's, "wir gucken Hangover" a title, "laut Polizei
 * 300 Betrunkene auf der Wiesn" news. Near-misses are as important as the
 * words: Kater the tomcat, "blau" the colour (and "blau machen", a day off:
 * oversharing), "voll" of a full train, a "Schuss" at goal (never listed),
 * a car that "säuft" petrol, a computer that "stürzt ab", "die Kurze" (a
 * little daughter), "ein Fass aufmachen" (a fuss), "sich tot lachen".
 */
export interface PartyEntryDe extends CueEntry {
  category: 'drunk' | 'hangover' | 'shots' | 'drinking' | 'drinking-game' | 'blackout' | 'wild-night' | 'bar-crawl' | 'keg';
}

/** Figures of speech: drunk on happiness, love, success. */
const FIGURATIVE = ['(?:besoffen|betrunken|trunken|berauscht) (?:vor|von) (?:glück|liebe|freude|erfolg|stolz|müdigkeit|sonne|musik|glückshormonen)', 'rausch der', 'geschwindigkeitsrausch', 'kaufrausch', 'shoppingrausch', 'siegesrausch'];
/** A drunk driver in the news, an arrest, an accident: someone else's, and news. */
const NEWS_DRUNK = ['autofahrer', 'fahrer', 'polizei', 'festgenommen', 'unfall', 'führerschein', 'promillegrenze', 'verkehrskontrolle', 'angeklagt', 'gericht'];
/** Blue that is a colour. */
const COLOUR = ['kleid', 'hemd', 'shirt', 'jacke', 'auge', 'augen', 'himmel', 'farbe', 'wand', 'wände', 'meer', 'see', 'haare', 'nägel', 'lack', 'streich\\p{L}*', 'gestrichen', 'blau-weiß', 'blau-weiss', 'weiß-blau', 'schalke', 'fleck', 'flecken', 'lippen', 'licht', 'mach\\p{L}*', 'gemacht'];
/** Kater, the tomcat. */
const CAT = ['katze\\p{L}*', 'miau', 'maus', 'mäuse', 'futter', 'tierarzt', 'tierärztin', 'kastriert', 'schnurr\\p{L}*', '🐈', '🐱', '🐾', 'fell', 'katzenklo', 'kitten', 'unser kater', 'unseren kater', 'unserem kater', 'mein kater (?:schläft|frisst|liegt|jagt|schnurrt|miaut)', 'kater \\p{L}+ (?:hat|ist|schläft|liegt|frisst|jagt|schnurrt)', 'katerstimmung', 'tierheim', 'adopt\\p{L}*', 'vermisst'];
/** A machine that crashes, a car that drinks petrol, an animal that drinks water. */
const NOT_PEOPLE = ['computer', 'pc', 'laptop', 'rechner', 'handy', 'app', 'server', 'system', 'programm', 'flugzeug', 'benzin', 'sprit', 'diesel', 'auto', 'karre', 'motor', 'hund', 'pferd', 'kuh', 'kühe', 'pflanze\\p{L}*', 'aktie\\p{L}*', 'börse', 'kurs', 'dax'];
/** A photographer's shot. */
const PHOTO = ['foto\\p{L}*', 'kamera', 'fotograf\\p{L}*', 'bild', 'bilder', 'shooting', 'objektiv'];
const MANY = '(?:[3-9]|\\d{2,}|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|unzählige|zig|zu viele|etliche)';
const DRINKS = '(?:biere?|bierchen|halbe|maß|mass|maßkrüge|krüge|flaschen(?: wein| sekt)?|weinschorlen|cocktails|pfeffis?|radler|kölsch|pils|weizen|weißbier|gin tonics?|aperol|aperols|sekt|wodka|vodka|ramazotti|kurze)';
const SHOTS = '(?:kurze|shots|schnäpse|schnaps|pfeffis?|mexikaner|jäger|jägermeister|tequilas?|sambucas?|ouzos?|wodkas?|vodkas?|berliner luft|kleiner feigling|feiglinge|klopfer)';

const RAW: readonly PartyEntryDe[] = [
  // drunk
  {
    category: 'drunk',
    match: '(?:besoffen\\p{L}*|sturzbesoffen|stockbesoffen|strunzbesoffen|sackbesoffen|betrunken\\p{L}*|stockbetrunken|angetrunken|angeheitert|beschwipst|hackedicht|hackevoll|hackebreit|sternhagelvoll|granatenvoll|rotzevoll|stockvoll|lattenstramm|knülle|vollrausch|suff|im suff|promille|dicht wie \\p{L}+ \\p{L}+|blau wie \\p{L}+ \\p{L}+|voll wie (?:ein|eine|ne|nen) \\p{L}+|einen sitzen|einen im tee|einen in der krone|zugedröhnt|zugeballert)',
    unless: [...FIGURATIVE, ...NEWS_DRUNK, '0,0 promille', 'null promille', 'blau wie (?:der|das|ein) (?:himmel|meer|ozean)'],
    base: 0.85,
    about: 'self',
  },
  {
    category: 'drunk',
    match: '(?:bin|war|waren|sind|wir waren|ich war|ich bin|total|komplett|völlig|voll|so|richtig|schön|ziemlich|mega|leicht|noch)\\s+(?:\\p{L}+\\s+)?blau\\b',
    unless: COLOUR,
    base: 0.8,
    about: 'self',
  },

  { category: 'drunk', match: '(?:nicht|kein bisschen|noch nicht|immer noch nicht|noch immer nicht|lange nicht) (?:mehr )?nüchtern|(?:an|einen|nen|den) (?:fetzn|fetzen) (?:ghobt|ghabt|gehabt|gehabt)', base: 0.8, about: 'self', denied: 'keeps' },

  // hangover
  { category: 'hangover', match: '(?:kater|katers|fetter kater|katerfrühstück|verkatert\\p{L}*|brummschädel|schädel brummt|restalkohol|hangover|nachdurst)', unless: [...CAT, 'ohne kater'], base: 0.85, about: 'self' },

  // shots
  { category: 'shots', match: `(?:${MANY}|ein paar|paar|(?:noch )?(?:ne|eine) runde|runden?)\\s+${SHOTS}`, unless: ['schnaps(?:idee|zahl)'], base: 0.85, about: 'self' },
  { category: 'shots', match: '(?:shots|tequila-?shots?|wodka-?shots?|vodka-?shots?|jägerbombe\\p{L}*|schnapsrunde\\p{L}*|schnapsleiche\\p{L}*|kurzen? (?:getrunken|gekippt|gekillt)|(?:einen|nen|noch nen|noch einen) kurzen)', unless: PHOTO, base: 0.8, about: 'self' },

  // drinking: heavy drinking, not a beer with dinner.
  { category: 'drinking', match: '(?:saufen|sauf\\p{L}*|gesoffen|säuft|soff|besäufnis|saufgelage|komasaufen|kampftrinken|vorglühen|vorgeglüht|vorglühen|glühen vor|auf ex|exen|geext|gebechert|bechern|gezecht|zechtour|wegballern)', unless: NOT_PEOPLE, base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:${MANY})\\s+${DRINKS}`, unless: ['kinder', 'wasser', 'alkoholfrei\\p{L}*', 'zero', '0,0'], requires: ['getrunken|gekippt|intus|hatte|hatten|hab|habe|trinke|tranken|trank|waren es|sind es|später|danach|gestern|heute nacht|letzte nacht|party|wiesn|oktoberfest|feier|kneipe|bar|club'], base: 0.8, about: 'self' },
  { category: 'drinking', match: '(?:trinke|trinken|getrunken|trank|tranken)\\s+(?:\\p{L}+\\s+){0,2}?(?:bis zum umfallen|bis zum abwinken|ohne ende|wie ein loch|wie die löcher|bis (?:\\d|früh|morgens))', base: 0.8, about: 'self' },

  // drinking-game
  { category: 'drinking-game', match: '(?:bier-?pong|beer-?pong|flunky-?ball|trinkspiel\\p{L}*|kings cup|saufspiel\\p{L}*|bierpong-?turnier|wer zuerst trinkt|ich hab noch nie)', unless: ['schach', 'kinder'], base: 0.85, about: 'self' },

  // blackout
  {
    category: 'blackout',
    match: '(?:filmriss|(?:kann mich|weiß|erinnere mich)\\s+(?:\\p{L}+\\s+){0,2}?(?:an nichts|an gar nichts|nicht mehr) (?:erinnern|wie ich nach hause|wie ich heim)|keine erinnerung an (?:gestern|letzte nacht|die nacht|den abend)|weiß nicht mehr,? wie ich (?:nach hause|heim|ins bett) (?:gekommen|kam)|aufgewacht (?:in|auf|neben) (?:der badewanne|dem boden|einer fremden|einem fremden|der couch von))',
    requiresInText: ['gestern|nacht|party|feier|besoffen|betrunken|kater|bier|schnaps|shots|kurze|alkohol|tequila|wodka|gesoffen|kneipe|club|bar\\b|abend'],
    base: 0.8,
    about: 'self',
    // "weiß nicht mehr, wie ich nach Hause kam" is no denial.
    denied: 'keeps',
  },

  // wild-night
  {
    category: 'wild-night',
    match: '(?:durchgefeiert|durchgemacht|bis (?:[4-9]|vier|fünf|sechs|sieben|acht) uhr (?:morgens )?(?:gefeiert|gefeier|party|im club|unterwegs)|bis morgens (?:gefeiert|im club|unterwegs)|abgestürzt|absturz|eskaliert|eskalation|exzess|afterparty|after-party|aftershowparty|die nacht zum tag gemacht|versackt|feuchtfröhlich\\p{L}*|bis zum umfallen gefeiert|party hart|partyhart|clubnacht bis|rave bis)',
    unless: [...NOT_PEOPLE, 'streit', 'lage', 'konflikt', 'demo', 'krieg', 'gewalt', 'polizei', 'diskussion', 'kommentare', 'stadion', 'fans', 'tor', 'spiel', 'schuss', 'kurve', 'fanblock', 'publikum'],
    base: 0.75,
    about: 'self',
  },

  // bar-crawl
  { category: 'bar-crawl', match: '(?:kneipentour\\p{L}*|kneipenbummel|kneipen-?hopping|bar-?hopping|sauftour|zug durch die (?:gemeinde|kneipen)|von (?:kneipe|bar) zu (?:kneipe|bar)|pub-?crawl|altstadttour|kiez-?tour|die (?:dritte|vierte|fünfte|sechste) (?:kneipe|bar))', base: 0.8, about: 'self' },

  // keg
  { category: 'keg', match: '(?:bierfass|bierfässer|fass bier|fässchen bier|\\d{2}-?liter-?fass|partyfass|bierfässchen)', unless: ['brauerei', 'verkauf', 'preis', 'angebot', 'bestellen'], base: 0.8, about: 'self' },
];

/** The German list, each source reading umlauts both ways. */
export const PARTY_PHOTO_DE: readonly PartyEntryDe[] = RAW.map((e) => ({
  ...e,
  match: umlauts(e.match),
  ...(e.unless ? { unless: e.unless.map(umlauts) } : {}),
  ...(e.requires ? { requires: e.requires.map(umlauts) } : {}),
  ...(e.requiresInText ? { requiresInText: e.requiresInText.map(umlauts) } : {}),
}));

/** Drinking verbs a negation reaches a drink through: "ich trinke keinen Schnaps", "hab nie Tequila getrunken". */
export const PARTY_CARRIERS_DE: readonly string[] = ['trinke', 'trinken', 'trank', 'getrunken', 'hatte', 'hab', 'habe', 'gesoffen', 'saufe', 'kippe', 'nehme', 'nehm', 'bestellt', 'bestelle'];
