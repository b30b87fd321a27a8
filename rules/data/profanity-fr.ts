import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * French word list of the `profanity` rule, beside the English and Spanish
 * ones, written by hand: the well-kept multilingual list (LDNOOBW, the
 * `naughty-words` package, 91 French entries) was measured first and left
 * out, because many of its entries are ordinary words ("baiser" a kiss,
 * "bander" a bandage, "bitte" a bollard, "gerbe" a wreath, "chatte" a cat,
 * "pédale" a pedal, "tanche" a fish, "tapette" a fly swatter, "jouir de"
 * a right, "cul sec", "cul-de-sac"): it raised a false alarm on 22 of 30
 * innocent French sentences built around its entries. Regex sources (no
 * capturing groups) matched case-insensitively at word boundaries on the
 * text with its accents folded away; `unless` holds the innocent senses.
 * Insults of a boss are `oversharing`'s too; here they are words.
 */
export const PROFANITY_FR: readonly PhraseEntry[] = [
  // swearing
  { match: 'putain|ptain|putains|put1|merde|merdes|merdique|merdiques|emmerde\\w*|emmerdeu(?:r|se|rs|ses)|fait chier|faire chier|ca me fait chier|chier|chiant|chiante|chiants|chiantes|chiottes|bordel de merde|nom de dieu de|putain de|foutre|fous-toi|je m[\'’]en fous|j[\'’]en ai rien a foutre|rien a foutre|va te faire foutre|ta gueule|ferme ta gueule|fermez vos gueules|ta geule', unless: ['jean-foutre'], category: 'swearing' },
  { match: 'connard|connards|connasse|connasses|conne|connes|gros con|grosse conne|pauvre con|pauvre conne|bande de cons|quel con|quelle conne|espece de con|sale con|enfoire|enfoiree|enfoires|enfoirees|salaud|salauds|salopard|salopards|abruti|abrutie|abrutis|(?:c[\'’]est|t[\'’]es|tu es|est|es|suis|sont des|un vrai|un gros|un pauvre|espece de|bande de|quels?) cons?|batard|batards|batarde|ducon|duconne|trou du cul|trouduc|tete de noeud|fils de pute|fdp|fille de pute|nique ta mere|ntm|nique ta race|ta mere la pute|va te faire enculer|encule|enculee|encules|enculer|enculeur', unless: ['concert', 'restos du coeur', 'tournee', 'spectacle', 'tf1', 'con (?:brio|fuoco|carne|leche)', 'chili con'], category: 'swearing' },
  // sexual
  { match: 'salope|salopes|salopiaud|pouffiasse|pouffiasses|grognasse|branleur|branleuse|branleurs|branlette|branler|se branler|tringler|troncher|niquer|nique|baiser (?:avec|comme|toute la nuit)|se faire baiser|s[\'’]est fait baiser|la baiser|le baiser comme|sucer (?:des|la|une) bites?|suceuse|bite|bites|teub|teubs|zob|chibre|couilles|mes couilles|casse-couilles|casse couilles|tailler une pipe', unless: ['nique (?:la|le) (?:covid|virus|cancer)', 'baiser sur (?:la|le|les|sa|son)', 'un baiser', 'gros baisers?'], category: 'sexual' },
  // slurs
  { match: 'pede|pedes|pd|tarlouze|tarlouzes|tafiole|tafioles|sale tapette|gouine|gouines|negre|negres|bougnoule|bougnoules|bicot|bicots|youpin|youpins|youpine|chinetoque|chinetoques|niakoue|niakoues|sale arabe|sale noir|sale juif|mongolien|mongolienne|mongoliens|triso|trisos|attarde mental|attardee mentale|travelo|travelos', category: 'slur' },
];
