import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Portuguese word list of the `profanity` rule (Brazilian and European),
 * beside the English and Spanish ones (profanity.ts, profanity-es.ts),
 * written by hand, as the Spanish one is (the well-kept multilingual list,
 * LDNOOBW, measured on Spanish, raised a false alarm on most innocent
 * sentences built around its entries; its Portuguese entries were not
 * measured here). Regex sources (no capturing groups) matched
 * case-insensitively at word boundaries on the text with its accents folded
 * away. Left out for their innocent senses: "puto" (a kid, in Portugal),
 * "pau" (a stick), "rola" (a dove), "broche" (a brooch, in Brazil),
 * "veado" (a deer: the slur is spelt "viado"), "preto", "macaco", "pica"
 * (it stings; the "pica-pau"), "mamada" (a baby's feed), "boceta" (a small
 * box, in Portugal). `unless` holds the innocent senses of what is listed:
 * "muita merda" wished before a show, the Portuguese "cacete" (a loaf) and
 * "bicha" (a queue), a bull's "cornos".
 */
export const PROFANITY_PT: readonly PhraseEntry[] = [
  // swearing
  { match: 'porra|porras|caralho|caralhos|krl|crl|prr|foda-se|foda|fodeu|fodido|fodida|fodidos|foder|fodase|fdp|pqp|vsf|tnc|puta que (?:pariu|o pariu|te pariu)|puta merda|filh[oa]s? da puta|filh[oa]s? de uma puta|uma puta|que puta|cu\\b|no cu|tomar no cu|vai tomar no cu|bosta|bostas|cagada|cagadas|cagar|caguei|cagou|arrombad[oa]s?|babaca|babacas|otari[oa]s?|cabrao|cabroes|cabra do caralho|corno|cornos|cornud[oa]|desgracad[oa]|merda|merdas|cacete|cacetes|puta', unless: ['muita merda (?:na|no|para a|pra|pro|amanha)', 'estreia', 'palco', 'teatro', 'padaria', 'pao', 'paes', 'cornos do (?:touro|boi|veado|carneiro)', 'touro', 'tourada'], category: 'swearing' },
  // sexual
  { match: 'punheta|punhetas|punheteiro|piroca|pirocas|buceta|bucetas|boquete|boquetes|siririca|xoxota|xota', category: 'sexual' },
  // slurs
  { match: 'viado|viados|viadinho|bichona|sapatao|sapatona|traveco|travecos|retardad[oa]s?|mongoloide|mongoloides|zuca|zucas|bicha|bichas', unless: ['(?:na|uma|a|na mesma|grande|fazer|faz|em) bicha', 'bicha (?:do|da|para|pra|no|na|de|enorme)', 'fila', 'supermercado', 'lombriga', 'bicho'], category: 'slur' },
];
