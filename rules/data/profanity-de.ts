import type { PhraseEntry } from '../../src/core/phrases.js';
import { umlauts } from './umlauts.js';

/**
 * German word list of the `profanity` rule, beside the English and the
 * Spanish ones (profanity.ts, profanity-es.ts), written by hand: the
 * well-kept multilingual list (LDNOOBW, the `naughty-words` package, 66
 * German entries) was measured first and left out, because many of its
 * entries are ordinary words ("Rosette", "Möpse" the pugs, "Kimme" of a
 * gun sight, "Nippel" of a valve, "Lümmel", "Mufti", "nackt", "pinkeln",
 * "Popel", "Schabracke", "Penis"): it raised a false alarm on 15 of 32
 * innocent sentences built around its entries and around German words that
 * are English swearing (fixtures/rules/profanity/pass.de.yaml holds them; this
 * list and the English data set, with the false friends below, raise none). Regex sources (no
 * capturing groups) matched case-insensitively at word boundaries on the
 * text with its umlauts folded away, written with them (`umlauts`), so
 * "Barsch" and "Marsch" hold no "Arsch"; `unless` holds the innocent senses
 * (a dog's "Schwanz", a shoe's "Wichse").
 */
const RAW: readonly PhraseEntry[] = [
  // swearing
  { match: 'scheiß\\p{L}*|scheiss\\p{L}*|scheiße|kacke|kack\\p{L}+|arsch\\p{L}*|verdammte scheiße|verpiss\\p{L}*|angepisst|pisse|pisser|pissen|halt die fresse|halt\'s maul|fresse halten|leck mich(?: am arsch)?|drecksau|drecksack|dreckskerl|mistkerl|miststück|wichser|wichse|hurensohn|hurensöhne|hure|huren|hurenbock|missgeburt|vollidiot|bastard', unless: ['schuhwichse', 'schuh', 'stiefel'], category: 'swearing' },
  // sexual
  { match: 'fick(?:e|en|t|st|te|ten|er|erei|dich|t euch|fehler)?|gefickt|verfickt\\p{L}*|fotze|fotzen|schlampe|schlampen|nutte|nutten|titten|möse|pimmel|schwanz|schwanzlutscher|bumsen|gebumst|wichsen|gewichst', unless: ['hund', 'katze', 'pferd', 'kuh', 'schwein', 'wedel\\p{L}*', 'fuchs', 'vogel', 'fisch', 'tier\\p{L}*', 'kater', 'affe', 'ratte', 'maus', 'ballon', 'luftballon', 'kerze', 'kerzen', 'trompete', 'instrument', 'flöte', 'wind', 'gebläse', 'auto', 'unfall', 'stoßstange'], category: 'sexual' },
  // slurs
  { match: 'schwuchtel\\p{L}*|kanake\\p{L}*|kanacke\\p{L}*|neger\\p{L}*|nigger|spast(?:i|is|en)?|mongo|mongos|tunte|tunten|kümmeltürke\\p{L}*|kampflesbe|zigeunerpack|behindi', category: 'slur' },
];

export const PROFANITY_DE: readonly PhraseEntry[] = RAW.map((e) => ({ ...e, match: umlauts(e.match), ...(e.unless ? { unless: e.unless.map(umlauts) } : {}) }));

/**
 * English swearing that is an ordinary German word, whole: "dick" (thick,
 * fat: "zu dick für den Sommer", "ein dicker Fisch"), which the English
 * data set reports. A German text's English hit on one of these is no hit;
 * English swearing in a German post otherwise counts.
 */
export const ENGLISH_FALSE_FRIENDS_DE: readonly string[] = ['dick', 'dicke', 'dicken', 'dicker', 'dickem', 'dickes'];
