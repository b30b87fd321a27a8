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
/** What one gets drunk on: after "besoffen von", a drink, a count or a night keeps it literal. */
const LITERAL_SOURCE = '(?:\\d|ein|einem|einer|eierlikör|fusel|zwei|drei|vier|fünf|paar|ein paar|zu viel|so viel|gestern|letzter|heute|dem abend|der party|der feier|dem fest|dem zeug|den drinks|den shots|billig\\p{L}*|bier\\p{L}*|\\p{L}*wein\\p{L}*|sekt|prosecco|schnaps\\p{L}*|kölsch|alt\\b|gin|rum|wodka|vodka|tequila|jäger\\p{L}*|whisky|whiskey|likör|aperol|spritz|cocktails?|shots?|kurzen|mexikaner|pfeffi|glühwein|äppler|apfelwein|bowle|sangria|alkohol|korn|obstler|met\\b|feier\\p{L}*|party\\p{L}*|saufen|trinken|gesaufe|abend|wochenende|oktoberfest|wiesn|karneval|fasching|\\p{L}*fest\\p{L}*|junggesell\\p{L}*|polterabend|kneipe\\p{L}*|club)';
/** A drink a word or two on: "besoffen von Omas Eierlikör", "vom billigen Fusel". */
const LITERAL_DRINK = '(?:eierlikör|fusel|bier\\p{L}*|\\p{L}*wein\\p{L}*|sekt|prosecco|schnaps\\p{L}*|gin|rum|wodka|vodka|tequila|jäger\\p{L}*|whisky|whiskey|likör|aperol|spritz|cocktails?|shots?|glühwein|sangria|alkohol|korn|obstler)\\b';
const FIGURATIVE = [`(?:besoffen|betrunken|trunken|berauscht|angesäuselt|beduselt|angeschickert|high)\\s+(?:vor|von|vom)\\s+(?:(?:diesem|dieser|diesen|dem|der|den|all dem|all der|so viel|so vielen|lauter|purem?|reinem?|dem ganzen|der ganzen)\\s+)?(?!${LITERAL_SOURCE})(?!(?:\\p{L}+\\s+){1,2}${LITERAL_DRINK})\\p{L}{3,}`, '\\p{L}*rausch der (?:gefühle|sinne|farben|emotionen|liebe|musik|geschwindigkeit|bilder)', '(?:besoffen|betrunken|trunken|berauscht|angesäuselt|beduselt|angeschickert) (?:vor|von|vom) (?:glück|liebe|freude|erfolg|stolz|müdigkeit|sonne|musik|glückshormonen|\\p{L}*duft|frühling\\p{L}*|sommer\\p{L}*|verliebtheit|endorphinen|adrenalin)', 'rausch der', 'geschwindigkeitsrausch', 'kaufrausch', 'shoppingrausch', 'siegesrausch'];
/** A drunk driver in the news, an arrest, an accident: someone else's, and news. */
const NEWS_DRUNK = ['tatort', 'kommissar\\p{L}*', 'autofahrer', 'fahrer', 'polizei', 'festgenommen', 'unfall', 'führerschein', 'promillegrenze', 'verkehrskontrolle', 'angeklagt', 'gericht'];
/** Blue that is a colour. */
const COLOUR = ['kleid', 'hemd', 'shirt', 'jacke', 'auge', 'augen', 'himmel', 'farbe', 'wand', 'wände', 'meer', 'see', 'haare', 'nägel', 'lack', 'streich\\p{L}*', 'gestrichen', 'blau-weiß', 'blau-weiss', 'weiß-blau', 'schalke', 'fleck', 'flecken', 'lippen', 'licht', 'mach\\p{L}*', 'gemacht'];
/** Kater, the tomcat. */
const CAT = ['katze\\p{L}*', 'miau', 'maus', 'mäuse', 'futter', 'tierarzt', 'tierärztin', 'kastriert', 'schnurr\\p{L}*', '🐈', '🐱', '🐾', 'fell', 'katzenklo', 'kitten', 'unser kater', 'unseren kater', 'unserem kater', 'mein kater (?:schläft|frisst|liegt|jagt|schnurrt|miaut)', 'kater \\p{L}+ (?:hat|ist|schläft|liegt|frisst|jagt|schnurrt)', 'kater (?:sitzt|liegt|schläft|frisst|jagt|schnurrt|miaut|spielt|döst)', '(?:getigert|rot|schwarz|weiß|weiss|grau|dick|flauschig|klein|alt|jung)e[rn]?\\s+kater', 'katerstimmung', 'tierheim', 'adopt\\p{L}*', 'vermisst',
  // Swiss: "Chater" is the tomcat too ("üse Chater schlaft de ganz Tag", "s Büsi").
  'büsi\\p{L}*', 'chatz\\p{L}*', '(?:üse|üsä|üsen|mis|mine|eusi|euse)\\s+chater', 'chater (?:schlaft|schloft|liit|lit|frisst|frisst|jagt|miaut|isch verschwunde|isch weg|hockt|spielt)', '(?:rot|schwarz|wiiss|wiss|grau|dick|chli|alt|jung)e[rn]?\\s+chater', 'chätzli'];
/** A machine that crashes, a car that drinks petrol, an animal that drinks water. */
const NOT_PEOPLE = ['computer', 'pc', 'laptop', 'rechner', 'handy', 'app', 'server', 'system', 'programm', 'flugzeug', 'benzin', 'sprit', 'diesel', 'auto', 'karre', 'motor', 'hund', 'pferd', 'kuh', 'kühe', 'pflanze\\p{L}*', 'aktie\\p{L}*', 'börse', 'kurs', 'dax'];
/** A photographer's shot. */
const PHOTO = ['foto\\p{L}*', 'kamera', 'fotograf\\p{L}*', 'bild', 'bilder', 'shooting', 'objektiv'];
const MANY = '(?:[3-9]|\\d{2,}|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|unzählige|zig|zu viele|etliche)';
const DRINKS = '(?:biere?|bierchen|bierli|spritzer|gspritzte|achterl|vierterl|krügerl|seidl|stangen?|äppelwoi|schoppen|gläser wein|gläser sekt|halbe|maß|mass|maßkrüge|krüge|flaschen(?: wein| sekt)?|fläsche (?:wii|wy|wein|rotwii|wiisswii|prosecco|schämpis|champagner)|fläschli (?:wii|wy|prosecco|schämpis)|weinschorlen|glühweine?|jagertee|apfelwein|äppler|cider|bowle|longdrinks?|mojitos?|caipis?|caipirinhas?|hugos?|spritz|wodka-?mate|mexikaner|cocktails|pfeffis?|radler|kölsch|pils|weizen|weißbier|gin tonics?|aperol|aperols|sekt|wodka|vodka|ramazotti|kurze)';
/** Words that put alcohol in a post, for an entry that needs it near. */
const BOOZE = 'bier\\p{L}*|\\p{L}*wein|apfelwein|äppler|mojitos?|caipis?|spritz|weine|glühwein|jagertee|jagatee|weinchen|rotwein|weißwein|sekt|prosecco|schnaps\\p{L}*|kölsch|maß|alkohol|saufen|gesoffen|getrunken|shots?|kurze|jäger\\p{L}*|tequila|wodka|vodka|gin|aperol|cocktails?|🍺|🍻|🍷|🥃|🍾|🍸|🍹';
/** What puts a blackout at a night out. */
const BLACKOUT_CONTEXT_WORDS = 'junggesell\\p{L}*|jga|polterabend|ballermann|malle|wiesn|karneval|fasching|fasnacht|kirmes|gestern|nacht|party|feier|\\p{L}+feier|\\p{L}+party|\\p{L}+fest|fäscht|besoffen|betrunken|kater|schnaps|shots|alkohol|gesoffen|kneipe|club|bar\\b|abend|heimgekommen|heimgekomme|nach hause gekommen|heimgebracht|heimgefahren|nach hause gebracht|ins bett gebracht|schon wieder|wer hat mich|nie wieder';
const SHOTS = '(?:kurze|kurzer|shots|obstler|obstla|williams|marillen|marille|zirben|zirbe|enzian|kirschwasser|kirsch|chrüter|pflümli|pfläumli|vogelbeer|treber|grappa|schnapserl|stamperl|schnapserl|schnapsl|stamperl|stamperln|schnäpse|schnaps|pfeffis?|mexikaner|jäger|jägermeister|tequilas?|sambucas?|ouzos?|wodkas?|vodkas?|berliner luft|kleiner feigling|feiglinge|klopfer)';

const BLACKOUT_CONTEXT = `${BLACKOUT_CONTEXT_WORDS}|${BOOZE}|${SHOTS}|${DRINKS}`;

const RAW: readonly PartyEntryDe[] = [
  // drunk
  {
    category: 'drunk',
    match: '(?<!(?:wegen|von|vielen?|hunderte[n]?|tausende[n]?|dutzende[n]?|zahlreiche[n]?|einige[n]?|mehrere[n]?|etliche[n]?|lauter|unter|zwischen|mit|alle[n]?|\\d+)\\s+)(?!(?:betrunken|besoffen)(?:e|en|er)\\s+(?:und|oder|wurden|werden|sind|waren|haben|hatten|randalier\\p{L}*|pöbel\\p{L}*))(?:besoffen\\p{L}*|(?:sturz|stock|sack|strunz|voll|hacke|total|sau|ur|kanonen|granaten)-?(?:besoffen|betrunken|bsoffe|bsoffen|bsoffa|bsoffn|bsoffä)\\p{L}*|(?:voll|riesen|mords|affen|monster|mega|ur|sau)-?rausch\\b|sturzbesoffen|stockbesoffen|strunzbesoffen|sackbesoffen|betrunken\\p{L}*|stockbetrunken|angetrunken|angeheitert|beschwipst|hackedicht|hackevoll|hackebreit|hacke dicht|hacke voll|hacke breit|sternhagelvoll|granatenvoll|rotzevoll|stockvoll|lattenstramm|knülle|vollrausch|suff|im suff|promille|dicht wie \\p{L}+ \\p{L}+|blau wie \\p{L}+ \\p{L}+|voll wie (?:ein|eine|ne|nen|a|an|en|e|tausend|hundert|zehn|\\d+) \\p{L}+|bsoffn|bsoffe|bsoffen|bsoffa|bsoffä|angsoffen|angsoffn|agsoffe|zuagsoffn|einen sitzen|einen im tee|einen in der krone|einen im kahn|einen im turm|zugedröhnt|zugeballert|angeschickert|angesäuselt|beduselt|bedudelt|zugekippt|zugelötet|blunznfett|sturzbetrunken)',
    unless: [...FIGURATIVE, ...NEWS_DRUNK, '0,0 promille', 'null promille', 'blau wie (?:der|das|ein) (?:himmel|meer|ozean)'],
    base: 0.85,
    about: 'self',
  },
  {
    category: 'drunk',
    match: '(?:bin|war|waren|sind|wir waren|ich war|ich bin|total|komplett|völlig|voll|so|richtig|schön|ziemlich|mega|leicht|noch|no|halb|scho|ur)\\s+(?:\\p{L}+\\s+)?blau\\b',
    unless: COLOUR,
    base: 0.8,
    about: 'self',
  },

  { category: 'drunk', match: '(?:nicht|net|ned|nöd|nid|nit|kein bisschen|(?:noch|immer noch|noch immer|imma no|no imma|immer no) (?:nicht|net|ned|nöd|nid|nit)|lange nicht|lang net) (?:mehr )?nüchtern|(?:an|einen|nen|den) (?:fetzn|fetzen) (?:ghobt|ghabt|gehabt|gehabt)', base: 0.8, about: 'self', denied: 'keeps' },

  // hangover
  // The cure and the headache: "nen Konterbier", "Kopfschmerzen vom Wein gestern".
  { category: 'hangover', match: `konterbier|konter-bier|reparaturbier|(?:kopfschmerzen|kopfweh|brummschädel|schädel|übelkeit|mir ist (?:so )?schlecht|mir isch schlecht)\\s+(?:\\p{L}+\\s+){0,2}?(?:vom|von dem|von den|vom ganzen|von der|wegen dem|wegen der|nach dem|nach der|nach den)\\s+(?:\\p{L}+\\s+)?(?:${DRINKS}|wein|bier|sekt|schnaps|alkohol|saufen|gesaufe|tequila|wodka|vodka|cocktails?|gin|whisky|party|feier|sauferei)`, unless: [...CAT, 'kinder', 'kind'], base: 0.85, about: 'self' },
  // "Wir waren gestern richtig dicht", "war gestern komplett hacke".
  { category: 'drunk', match: '(?:war|waren|bin|sind)\\s+(?:gestern\\s+|heute nacht\\s+|letzte nacht\\s+|am wochenende\\s+)?(?:alle\\s+|beide\\s+)?(?:(?:so|richtig|total|komplett|völlig|mega|ziemlich|schön|sowas von|ordentlich)\\s+)+(?:dicht|hacke|prall|knülle|lattenstramm|stramm|zua|breit|strack|voll)\\b', unless: [...NOT_PEOPLE, 'gebaut', 'schulter\\p{L}*', 'kreuz', 'hüfte\\p{L}*', 'grins\\p{L}*', 'aufgestellt', 'gefächert', 'lächel\\p{L}*', 'satt', 'gegessen', 'essen', 'bauch', 'termin\\p{L}*', 'kalender', 'zug', 'bahn', 'bus', 'kopf (?:ist|war) voll', 'straße', 'autobahn', 'stau', 'verkehr', 'grenze', 'laden', 'geschäft', 'tunnel', 'nebel', 'fenster', 'dach', 'zelt', 'regen', 'wald', 'hecke'], base: 0.85, about: 'self' },
  // Denglisch: "mega wasted", "so hammered last night", "bin voll drunk", "pre-drinking mit den girls".
  { category: 'drunk', match: '(?:wasted|hammered|drunk|tipsy|plastered|shitfaced|sloshed|turnt)\\b', unless: [...FIGURATIVE, ...NEWS_DRUNK, 'zeit', 'time', 'potential', 'talent', 'chance', 'drunk on', 'drunk in love', 'punch-?drunk', 'love', 'song', 'lied'], base: 0.85, about: 'self' },
  { category: 'drinking', match: 'pegeltrinken|pegelsaufen|(?:den|meinen) pegel (?:halten|gehalten)|sangria-?eimer\\p{L}*|eimersaufen|eimer sangria|pre-?drinking|pre-?drinks|pregame|pregaming|binge-?drinking|drinking game|shots shots shots', base: 0.8, about: 'self' },
  // Still drunk from last night: "bin noch voll von gestern".
  { category: 'drunk', match: '(?:bin|war|sind|waren|ich bin)\\s+(?:noch\\s+|immer noch\\s+|echt\\s+|so\\s+)*(?:voll|dicht|breit|blau|hacke|zu|betrunken|besoffen|angetrunken)\\s+(?:von|vom|seit)\\s+(?:gestern|letzter nacht|der party|heute nacht|gestern abend|der feier|samstag|freitag)', unless: ['gegessen', 'essen', 'satt', 'buffet', 'pizza', 'kuchen', 'raclette', 'fondue', 'gans', 'braten', 'eindrücke\\p{L}*', 'emotionen', '🍝', '🍕', '🍔', '🍰'], base: 0.85, about: 'self' },
  { category: 'hangover', match: '(?:kater|katers|chater|chaterli|fetter kater|katerfrühstück|verkatert\\p{L}*|brummschädel|schädel brummt|restalkohol|nachdurst|(?:mords|monster|riesen|höllen|wahnsinns|jahrhundert|brutalo|mega|ultra|gigant|mörder|end|sau|bomben|horror|killer|hammer|voll|bären|elefanten)-?kater|kater (?:deluxe|des todes|vom feinsten))', unless: [...CAT, 'ohne kater', 'anti-kater', 'stiftung warentest', '(?:wie|als ob|als hätt\\p{L}*)\\s+(?:ein|einen|eim|nach einem|so ein|so nen|nen|n|a|en)\\s+(?:\\p{L}+\\s+)?kater', 'kater ohne (?:party|alkohol|feier|saufen)', 'ausschleichen', 'abgesetzt', 'absetzen', 'nebenwirkung\\p{L}*', 'entzugserscheinung\\p{L}*', 'tabletten', 'medikament\\p{L}*'], base: 0.85, about: 'self' },
  // "Hangover" written in German is often the film: "Hangover zum fünften Mal geschaut", "der Tiger im Bad", "Wolfpack".
  {
    category: 'hangover',
    match: 'hangover|hangover deluxe',
    unless: [...CAT, 'zum \\p{L}+ mal', '\\p{L}*film\\p{L}*', 'trilogie', 'geschaut', 'geguckt', 'gucken', 'schauen', 'film', 'filme', 'teil [1-3]', 'teil (?:eins|zwei|drei)', 'wolfpack', 'wolfsrudel', 'tiger', 'galifianakis', 'bradley cooper', 'netflix', 'kino', 'dvd', 'prime', 'sky', 'mr\\.? chow', 'hangover (?:[1-3]|ii|iii)', 'pro ?7', 'pro ?sieben', 'rtl\\p{L}*', 'sat\\.? ?1', 'vox', 'kabel ?1', 'kabel eins', 'im tv', 'im fernsehen', 'läuft (?:grad|gerade|heute|jetzt)'],
    base: 0.85,
    about: 'self',
  },

  // shots
  { category: 'shots', match: `(?:${MANY}|ein paar|paar|(?:noch )?(?:ne|eine) runde|runden?)\\s+${SHOTS}`, unless: ['schnaps(?:idee|zahl)', '\\p{L}*fußball\\p{L}*', 'handball\\p{L}*', 'basketball\\p{L}*', 'eishockey', 'tore', 'torwart', '⚽', '🏀', '🏒', '🤾'], base: 0.85, about: 'self' },
  { category: 'shots', match: '(?:shots|tequila-?shots?|wodka-?shots?|vodka-?shots?|jägerbombe\\p{L}*|schnapsrunde\\p{L}*|schnapsleiche\\p{L}*|kurzen? (?:getrunken|gekippt|gekillt)|(?:einen|nen|noch nen|noch einen) kurzen)', unless: [...PHOTO, 'espresso\\p{L}*', 'kaffee\\p{L}*', 'barista\\p{L}*', 'ristretto', 'cappuccino', 'latte', 'flat white', 'ingwer\\p{L}*', 'weizengras', 'vitamin\\p{L}*', '☕', 'impf\\p{L}*', 'booster', 'torsch\\p{L}*', '\\p{L}*fußball\\p{L}*', 'tore', 'tor\\b', 'torwart', 'basketball', 'eishockey', 'handball', '⚽', '🏀', '🏒', '⛳'], base: 0.8, about: 'self' },

  // drinking: heavy drinking, not a beer with dinner.
  // Swiss and Austrian forms and too much of it: "z'viel gsoffe geschter", "zu viel getrunken", "Sekt-Flatrate".
  { category: 'drinking', match: "gsoffe|gsoffa|gsoffen|gsoffn|zuagsoffe|usgsoffe|uusgsoffe|usgsoffen|ausgsoffn|ausgsoffa|(?:zu ?viel|z'viel|zvill|z viel|z'vui|zvui|zu vui|z vui)\\s+(?:gsoffe|gsoffen|gsuffa|gsuffn|gesoffen|getrunken|trunke|getrunke|alkohol|bier|wein|sekt)|(?:sekt|bier|wein|cocktail)?-?flatrate(?:-?(?:saufen|party|trinken))?|all you can drink|open bar|flatrate-?saufen", unless: [...NOT_PEOPLE, 'soße', 'sauce', 'kochen', 'rezept', 'risotto', 'gekocht', 'eingekauft', 'gekauft', 'ungesund', 'studie'], base: 0.85, about: 'self' },
  // Too much of a named drink: "zu viel Jägi", "gestern so viel Gin Tonic", "zu viel Aperol".
  { category: 'drinking', match: `(?:zu ?viel|viel zu viel|so viel|soviel|so viele)\\s+(?:\\p{L}+\\s+)?(?:${DRINKS}|${SHOTS}|gin tonic|gin|aperol|jägi|jägis|bier|wein|rotwein|weißwein|sekt|prosecco|alkohol|whisky|whiskey|rum|longdrinks?|cocktails?|spritz)\\b`, unless: [...NOT_PEOPLE, 'soße', 'sauce', 'kochen', 'rezept', 'risotto', 'gekocht', 'eingekauft', 'gekauft', 'im keller', 'auf lager', 'karte', 'speisekarte', 'auswahl', 'entscheiden', 'angebot', 'ungesund', 'studie', 'gesund'], base: 0.85, about: 'self' },
  // A bottle killed: "Hab die halbe Flasche Wodka alleine gekillt".
  { category: 'drinking', match: '(?:(?:halbe|ganze|eine|ne|zwei|drei|vier)\\s+)?(?:flaschen?|pulle|buddel)\\s+(?:\\p{L}+\\s+)?(?:wodka|vodka|gin|rum|whisky|whiskey|tequila|jägermeister|schnaps|korn|sekt|wein|rotwein|prosecco|rosé|likör)\\s+(?:\\p{L}+\\s+){0,2}?(?:gekillt|geleert|leer gemacht|leergemacht|vernichtet|getrunken|gekippt|weggehauen|weggemacht|geext|intus)', base: 0.85, about: 'self' },
  // Drinking since the morning: "seit 11 Uhr am Kölsch trinken".
  { category: 'drinking', match: `(?:seit|ab)\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s+uhr|stunden|mittags?|heute früh|dem frühstück)\\s+(?:\\p{L}+\\s+){0,3}?(?:saufen|bechern|am saufen|(?:${DRINKS}|bier|wein|sekt|alkohol|schnaps|kölsch|alt) trinken|am (?:${DRINKS}|bier|wein|sekt|kölsch|alt) trinken)`, base: 0.85, about: 'self' },
  // Wrecked, with the drinks in the post: "bin jetzt schon hinüber", "um die Häuser ziehen ... 🍻".
  { category: 'drunk', match: '(?:bin|war|sind|waren)\\s+(?:\\p{L}+\\s+){0,2}?hinüber\\b', requiresInText: [BOOZE], base: 0.8, about: 'self' },
  { category: 'wild-night', match: "um die häuser (?:ziehen|gezogen|zieh|ziehn|gehen)|(?:zieh|ziehe|ziehen|ziehn|zogen)\\s+(?:\\p{L}+\\s+){0,5}?um die häuser|(?:wird|lassen|lass|lasst)\\s+(?:\\p{L}+\\s+){0,2}?eskalieren", requiresInText: [`${BOOZE}|party|club`], unless: ['streit', 'lage', 'konflikt', 'demo', 'krieg', 'gewalt', 'polizei', 'diskussion'], base: 0.8, about: 'self' },
  // Party till dawn: "Party bis 6 Uhr morgens".
  { category: 'wild-night', match: '(?:party|gefeiert|feiern|club|disco|rave|unterwegs)\\s+bis\\s+(?:[4-9]|1[0-2]|vier|fünf|sechs|sieben|acht|mittag)\\s*(?:uhr)?\\s*(?:morgens|früh|in der früh)?', base: 0.75, about: 'self' },
  // Counting by the ordinal: "nach em füfte Bier nüt meh gwüsst", "Filmriss ab dem dritten Tequila".
  { category: 'drinking', match: `(?:nach|ab|beim|bei|spätestens nach)\\s+(?:dem|em|m|de|am)\\s+(?:\\d{1,2}\\.|zweiten|dritten|vierten|fünften|füfte|füften|sechsten|siebten|achten|zehnten|x-ten|drittä|dritte|vierte|foifte|zweite)\\s+(?:${DRINKS}|${SHOTS}|bier|glas|shot|drink|cocktail|gin tonic|aperol|schnaps|tequila|wodka|vodka)`, unless: ['wasser', 'saft', 'tee', 'kaffee', 'cola', 'limo', 'milch', 'alkoholfrei\\p{L}*', 'apfelschorle', 'mate'], base: 0.9, about: 'self' },
  // Sich abschießen, die Kante geben: "Heute wird sich richtig die Kante gegeben", "heute wird sich abgeschossen".
  {
    category: 'drinking',
    match: "(?:die|d'|ordentlich die|richtig die) kante (?:geben|gegeben|gibt|geb|gib|gegebn)|(?:die|mir die|sich die|uns die|mir|uns)\\s+(?:\\p{L}+\\s+){0,2}?(?:birne|lampe|rübe|hucke|lichter)\\s+(?:ausgeschossen|ausgeknipst|weggeschossen|wegschießen|zugeschüttet|zuschütten|vollgemacht|vollgehauen|vollhauen|abgeschossen|ausgeschossen|vollgesoffen|vollsaufen)|(?:wird sich|sich|mich|uns|hab mich|haben uns|werden uns|wird uns)\\s+(?:\\p{L}+\\s+){0,2}?(?:abgeschossen|abschießen|weggeschossen|wegschießen|weggeballert|wegballern|abgefüllt|abfüllen|volllaufen lassen|vollaufen lassen|zulaufen lassen|zugeschüttet|zuschütten|zugesoffen|weggesoffen|die lampe angemacht|die lampen ausgeschossen)|hinter die binde (?:gekippt|kippen|gegossen|gießen)|einen über den durst",
    unless: [...NOT_PEOPLE, 'rakete', 'vogel', 'tor', 'elfmeter', 'karriere', 'eigentor', 'ins aus'],
    base: 0.85,
    about: 'self',
  },
  // Sick from it: "hab aufm Heimweg ins Taxi gekotzt ... die Jägermeister-Runden waren too much".
  {
    category: 'drinking',
    match: "gekotzt|gereihert|am kotzen|am reihern|am göbeln|übergeb mich|gekübelt|gespieben|kotzen müssen|mich übergeben|übergeben müssen|gchotzet|kotzet|(?:han|hani|ha|hab|i hob|hob)\\s+(?:[\\p{L}']+\\s+){0,5}?(?:kotzt|gchotzt|kotzet)\\b",
    requiresInText: [`${SHOTS}|${DRINKS}|jäger\\p{L}*|bier\\p{L}*|schnaps\\p{L}*|gesoffen|besoffen|saufen|party|feier\\p{L}*|\\p{L}+fest|fäscht|junggesell\\p{L}*|jga|polterabend|abifeier|ballermann|malle|wiesn|karneval|fasching|fasnacht|kirmes|kneipe|club|promille|alkohol|verladen|verlade|\\p{L}*-?runden?|🍺|🍻|🍷|🥃|🍾`],
    unless: [...NOT_PEOPLE, 'noch nie', 'nie ins', 'nie gekotzt', 'magen-darm', 'schwanger\\p{L}*', 'übelkeit', 'virus', 'noro\\p{L}*', 'grippe', 'kind', 'kleine[rn]?', 'baby', 'sohn', 'tochter'],
    base: 0.8,
    about: 'self',
  },
  // Rounds: "die Jägermeister-Runden", "Tequila-Runde".
  { category: 'shots', match: `(?:jäger|jägermeister|schnaps|tequila|shot|kurze|kurzen|pfeffi|wodka|vodka|sambuca|ouzo|mexikaner|klopfer)-?runde\\p{L}*`, base: 0.85, about: 'self' },
  // Sung drunk on a day out with drinks: "Weinprobe um 11, danach Äppelwoi ... Schlager gegrölt".
  { category: 'wild-night', match: 'gegrölt|rumgegrölt|grölend|lallend|gelallt', requiresInText: [`${SHOTS}|${DRINKS}|schnaps\\p{L}*|wein\\p{L}*|äppelwoi|bier\\p{L}*|sekt|prosecco|🍷|🍺|🍻`], base: 0.8, about: 'self' },
  // Drunk, said the southern ways: "bin sowas von hacke", "komplett fett gwesen", "si geschter so voll gsi".
  {
    category: 'drunk',
    match: "(?:sowas von|so was von|komplett|total|völlig|voll|richtig|ur|urr|mega|so|schwer)\\s+(?:hacke|hackestramm|zua|zue)\\b|(?:komplett|total|völlig|voll|richtig|ur|so|mega|schwer|scho)?\\s*(?:hacke|zua|zue|dicht|fett|voll|breit|knülle|blau|hinüber|verladen|verlade|gladen|glade|bsoffe|bsoffen|bsoffa|agsoffe|angsoffn|zua gsoffn|blaugsoffe)\\s+(?:gwesen|gwesn|gwen|gsi|gsii|gsy|gwäse|gsii)|(?:bin|bi|isch|sind|simmer|san)\\s+(?:\\p{L}+\\s+){0,2}?(?:verladen|verlade|gladen|glade)\\b",
    unless: [...NOT_PEOPLE, 'bus', 'zug', 'bahn', 'tram', 'ubahn', 'u-bahn', 'stadion', 'saal', 'laden', 'platz', 'termin\\p{L}*', 'kalender'],
    base: 0.85,
    about: 'self',
  },
  { category: 'drinking', match: '(?:saufen|sauf\\p{L}*|gesoffen|säuft|soff|besäufnis|saufgelage|komasaufen|kampftrinken|vorglühen|vorgeglüht|vorglühen|glühen vor|auf ex|exen|geext|gebechert|bechern|gezecht|zechtour|wegballern)', unless: NOT_PEOPLE, base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:${MANY})\\s+${DRINKS}`, unless: ['kinder', 'wasser', 'alkoholfrei\\p{L}*', 'zero', '0,0'], requires: ["getrunken|gekippt|intus|hatte|hatten|hab|habe|trinke|tranken|trank|waren es|sind es|warn's|warens|waren's|wars|san's|sans|san es|worn's|hob|hobn|hamma|ham ma|hend|hani|gsi|gwesen|gsoffn|am end|am ende|zum schluss|insgesamt|" + 'später|danach|gestern|heute nacht|letzte nacht|party|wiesn|oktoberfest|feier|kneipe|bar|club|' + "gescht|geschter|geschtert|gester|trunke|gsoffe|usgsoffe|hämmer|hämer|händ|hani|fäscht|bsoffe|znacht|d'nacht"], base: 0.8, about: 'self' },
  // Drunk with no verb, at the party: "voll dicht im Club, Fotos folgen", "komplett hacke aufm Schützenfest".
  { category: 'drunk', match: '(?:voll|total|komplett|richtig|mega|sowas von|übelst|völlig|brutal)\\s+(?:dicht|hacke|knülle|stramm|hackedicht|zua|breit)\\s+(?:im|in der|in|auf der|aufm|auf dem|beim|am)\\s+(?:club|klub|disco|disko|bar|kneipe|party|feier|festzelt|bierzelt|wiesn|oktoberfest|wasen|karneval|fasching|abiparty|abi-party|weinfest|schützenfest|kirmes|junggesellenabschied|jga|after-?party|berghain|techno-?club|stadtfest|dorffest)\\b', unless: ['nase', 'erkältung', 'schnupfen', '🤧', 'fenster', 'tür', 'dach', 'geschlossen', 'gesperrt', 'voll besetzt', 'überfüllt', 'leute', 'menschen', 'ausverkauft'], base: 0.85 },
  // Drunk, the verb after: "voll dicht gewesen gestern", "komplett hacke gwesen".
  { category: 'drunk', match: '(?:voll|total|komplett|richtig|mega|so|sowas von|übelst|brutal|ziemlich|ordentlich|völlig)\\s+(?:dicht|hacke|breit|zu|stramm|knülle|strack|blau)\\s+(?:gewesen|gwesen|gwesn|gewesn|gsi|gsii|gwä|gweh)\\b', unless: ['(?:handy|speicher|akku|postfach|server|kalender|terminkalender|zug|bus|bahn|auto|kofferraum|kühlschrank|keller|stadion|halle|saal)\\s+(?:\\p{L}+\\s+)?(?:war|ist|sind|waren)?\\s*(?:voll|total|komplett|richtig|so)\\s+(?:dicht|zu|voll)', 'straße', 'autobahn', 'stau', 'verkehr', 'grenze', 'laden', 'geschäft', 'tunnel', 'nebel', 'fenster', 'dach', 'zelt', 'regen', 'wald', 'hecke', 'tür', 'türe', 'schule', 'kita', 'gebaut', 'satt', 'gegessen'], base: 0.85, about: 'self' },
  // Austrian and Bavarian "fett" for drunk, the verb after: "oida i bin so fett gestern gwesn".
  { category: 'drunk', match: '(?:bin|war|san|sind|waren|simmer|samma|warn)\\s+(?:\\p{L}+\\s+)?(?:so|voll|total|komplett|richtig|mega|ur|sau|sowas von)\\s+fett\\s+(?:(?:gestern|gestan|geschter|gestert|letzte nacht|am wochenende)\\s+)?(?:gewesen|gwesen|gwesn|gewesn|gsi|gsii|gwen)(?![\\p{L}])', unless: ['essen', 'gegessen', 'soße', 'sauce', 'pizza', 'burger', 'schnitzel', 'kuchen', 'pommes', 'braten', 'konzert', 'party war', 'sound', 'bass', 'beat', 'muskel\\p{L}*', 'gym', 'training', 'kilo\\p{L}*', 'kg', 'abgenommen', 'zugenommen', 'diät', 'waage', 'gewicht', 'übergewicht', 'früher', 'damals', 'letztes jahr', 'als kind', 'schwanger\\p{L}*'], base: 0.85, about: 'self' },
  // The drink counted by its ordinal: "die fünfte Maß und ich seh doppelt", "das dritte Bier vorm Mittag".
  { category: 'drinking', match: '(?:die|das|der|mein|meine|meinen|unser|unsere)\\s+(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|x-te|\\d{1,2}\\.)\\s+(?:maß|mass|halbe|bier|radler|weizen|shot|kurze|gin tonic|aperol|spritz|cocktail|mojito|schnaps|wodka|sekt|prosecco|glas wein|glas sekt)(?![\\p{L}])', unless: ['alkoholfrei\\p{L}*', 'zero', '0,0', 'wasser', 'kaffee', 'tee', 'limo'], base: 0.8, about: 'self' },
  // The night planned or told till no one walks straight (the author named in the match, so whoever else the sentence names): "mit de Jungs eis go zieh bis mer nümm grad laufe chönd", "trinken bis wir nicht mehr gerade laufen können".
  { category: 'drinking', match: 'bis\\s+(?:wir|mer|mir|ma|mia|ich|i)\\s+(?:\\p{L}+\\s+){0,2}?(?:nicht mehr|nimmer|nimma|nümm|nümme|nüme|nöd meh|nid meh|kaum noch|kaum mehr)\\s+(?:(?:gerade|grad|grade|gradaus|geradeaus|richtig|alleine?|allei)\\s+)?(?:laufen|gehen|stehen|laufe|stah|stoh|goh|gah|loufe|laufa|stehn|geh|lafa)\\b', requiresInText: [`${BOOZE}|${DRINKS}|eis (?:go |ga |gah )?zieh|eis go trinke|einen trinken|ein(?:en)? heben|trinken|saufen|suufe|bechern|🍺|🍻|🥃|🍾|🍷|🍸|🥂`], unless: [...NOT_PEOPLE, 'marathon', 'wanderung', 'training', 'gym', 'muskelkater', 'beine', 'knie', 'fuß', 'fuss', 'op\\b', 'verletz\\p{L}*', 'gelacht', 'lachen'], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'drinking', match: '(?:trinke|trinken|getrunken|trank|tranken)\\s+(?:\\p{L}+\\s+){0,2}?(?:bis zum umfallen|bis zum abwinken|ohne ende|wie ein loch|wie die löcher|bis (?:\\d|früh|morgens))', base: 0.8, about: 'self' },

  // drinking-game
  { category: 'drinking-game', match: '(?:bier-?pong|bierstiefel\\p{L}*|bierkasten-?lauf|kastenlauf|bierkasten-?rennen|bier-?bong|stiefeltrinken|stiefel trinken|meterbier|bierstiefel leer|beer-?pong|flunky-?ball|trinkspiel\\p{L}*|kings cup|saufspiel\\p{L}*|bierpong-?turnier|wer zuerst trinkt)', unless: ['schach', 'kinder'], base: 0.85, about: 'self' },
  // "Ich hab noch nie" is the game only with drinks at it: "Ich hab noch nie ... wer's hat, trinkt"; "ich hab noch nie blau gemacht" is no game.
  { category: 'drinking-game', match: 'ich hab noch nie', requiresInText: [`${BOOZE}|${SHOTS}|trinkt|trinken|schluck|runde|spiel\\p{L}*`], unless: ['schach', 'kinder'], base: 0.85, about: 'self' },

  // blackout
  {
    category: 'blackout',
    match: '(?:(?:kann mich|weiß|erinnere mich)\\s+(?:\\p{L}+\\s+){0,2}?(?:an nichts|an gar nichts|nicht mehr) (?:erinnern|wie ich nach hause|wie ich heim)|keine erinnerung an (?:gestern|letzte nacht|die nacht|den abend)|weiß nicht mehr,? wie ich (?:nach hause|heim|ins bett) (?:gekommen|kam)|aufgewacht (?:in|auf|neben) (?:der badewanne|dem boden|einer fremden|einem fremden|der couch von))',
    requiresInText: [BLACKOUT_CONTEXT],
    base: 0.95,
    about: 'self',
    // "weiß nicht mehr, wie ich nach Hause kam" is no denial.
    denied: 'keeps',
  },

  // A blackout by its name: "Totaler Filmriss", "Filmriss ab dem dritten Tequila"; "kein Filmriss" is denied.
  { category: 'blackout', match: 'filmriss\\p{L}*', requiresInText: [BLACKOUT_CONTEXT], base: 0.95, about: 'self' },
  // The head after the drinks: "Mir brummt der Schädel, zu viel Glühwein".
  { category: 'hangover', match: '(?:mir\\s+)?brummt\\s+(?:mir\\s+)?(?:der|mein|da|de)\\s+(?:schädel|kopf|grind|birne)', requiresInText: [BOOZE], base: 0.85, about: 'self' },
  // Drunk as a past state: "gestern so dicht gewesen", "total hacke gewesen".
  { category: 'drunk', match: '(?:so|total|komplett|völlig|richtig|voll|mega|sowas von|dermaßen)\\s+(?:dicht|hacke|breit|blau|knülle|zu|hackedicht|stramm)\\s+(?:gewesen|gwesen|gwesn|gsi)', unless: [...NOT_PEOPLE, ...COLOUR, 'straße', 'autobahn', 'stau', 'verkehr', 'laden', 'geschäft', 'tunnel', 'nebel', 'fenster', 'dach', 'zelt', 'regen', 'wald', 'hecke', 'geschlossen', 'gesperrt'], base: 0.85, about: 'self' },
  // Poisoned, and the vow after: "Alkoholvergiftung", "Nie wieder Jägermeister, ich schwör" (the morning after, not sobriety).
  { category: 'drunk', match: 'alkoholvergiftung|alkvergiftung|alkoholleiche', unless: NEWS_DRUNK, base: 0.85, about: 'self' },
  { category: 'hangover', match: `nie (?:mehr|wieder|nimma|nümme)\\s+(?:so viel\\s+|\\p{L}+\\s+)?(?:${SHOTS}|${DRINKS}|alkohol|saufen|tequila|wodka|jägermeister|schnaps|wein|rotwein|bier|sekt|gin|whisky|rum|glühwein)\\b`, requiresInText: ['gestern|letzte nacht|kopf|schädel|kater|🤢|🤮|🙈|😵|🥴|🤕|ich schwör\\p{L}*|aufgewacht|morgen danach'], unless: ['(?<!(?:mund|hals|kehle)\\s+(?:ist\\s+|so\\s+|total\\s+)?)trocken', 'nüchtern', 'abstinent', 'entzug', 'seit \\d+ (?:jahren|monaten|wochen)', 'seit (?:einem|zwei|drei) (?:jahr|jahren|monaten)', 'sober'], base: 0.8, about: 'self', denied: 'keeps' },
  { category: 'drinking', match: 'eimer (?:leer gemacht|leergemacht|geleert|gekillt|vernichtet|ausgetrunken|gesoffen)', requiresInText: [`${BOOZE}|ballermann|malle|sangria|🍹`], base: 0.8, about: 'self' },
  { category: 'drunk', match: '(?:war|waren|bin|bi|sind)\\s+(?:(?:gestern|gestan|geschter|heut|heute|no|noch|immer|imma|scho|schon|echt)\\s+){0,3}(?:so|total|komplett|ur|voll|richtig|mega|sowas von|vollkommen)\\s+(?:fett|zua)(?=\\s*(?:[,.!;…]|$|und\\b|dass\\b|i\\b|ich\\b|gewesen|gwesen|gwen|vom\\b|von\\b|seit\\b|nach\\b))', requiresInText: [`${BOOZE}|${SHOTS}|gestern|gestan|nacht|nix mehr|woas nix|weiß nix|weiß nichts|vom (?:samstag|freitag|wochenende|fest|feiern|zelt)|party|fäscht|festzelt`], unless: [...NOT_PEOPLE, 'gegessen', 'essen', 'diät', 'abnehmen', 'kilo', 'waage', 'burger', 'pizza'], base: 0.8, about: 'self' },
  // "Im Rausch" is drunk only at a night out: "gestern im Rausch meinen Ex angeschrieben"; "voll im Rausch" of a series is not.
  { category: 'drunk', match: 'im rausch\\b(?!\\s+der)', requiresInText: [`${BOOZE}|${SHOTS}|gestern|letzte nacht|party|feier\\p{L}*|club|kneipe|bar\\b|🙈`], unless: [...FIGURATIVE, ...NEWS_DRUNK, 'serie\\p{L}*', 'staffel', 'buch', 'spiel\\p{L}*', 'flow', 'arbeit', 'kaufrausch'], base: 0.8, about: 'self' },
  // The minibar emptied: "Wir haben die Minibar komplett geleert".
  { category: 'drinking', match: 'minibar\\s+(?:\\p{L}+\\s+)?(?:geleert|leer gemacht|leergemacht|geplündert|vernichtet|leergetrunken|leer getrunken|gekillt)', base: 0.8, about: 'self' },
  // The scene of it, as an alt text says: "um mich herum leere Schnapsgläser", "überall leere Flaschen".
  { category: 'drinking', match: "(?:leere|leeren|leergetrunkene|geleerte)\\s+(?:schnaps|shot|kurze|jäger|tequila|wodka|vodka|pinnchen|stamperl)\\p{L}*|(?:um mich herum|um uns herum|überall|neben mir|auf dem tisch)\\s+(?:\\p{L}+\\s+){0,2}?(?:leere|leeren)\\s+\\p{L}*(?:flaschen|gläser|dosen|pullen|becher)", unless: ['pfand\\p{L}*', 'altglas\\p{L}*', 'container', 'aufräum\\p{L}*', 'spülmaschine', 'geschirr'], base: 0.8, about: 'self' },

  // A bar, a cellar, a fridge drunk empty: "Wir haben die Bar leergesoffen".
  { category: 'drinking', match: '(?:leergesoffen|leer gesoffen|leergetrunken|leer getrunken|trocken gelegt|trockengelegt|leergesüffelt)', requiresInText: ['bar|keller|kühlschrank|minibar|kasten|kiste|fass|vorrat|vorräte|hausbar|🍺|🍻|🥃|🍾|🍷|bier\\p{L}*|wein\\p{L}*|schnaps\\p{L}*'], unless: [...NOT_PEOPLE, 'wasser', 'kaffee', 'tee', 'saft', 'milch', 'stausee', 'see', 'teich', 'pool', 'brunnen'], base: 0.8, about: 'self' },
  // The scene a photo shows, whoever is in it: "Freunde liegen zwischen leeren Wodkaflaschen", "einer übergibt sich in einen Eimer", "überall Bierdosen und Schnapsflaschen". The author posting it is at the party.
  { category: 'drinking', match: "(?:zwischen|inmitten|neben|unter|vor|auf|mit|um)\\s+(?:\\p{L}+\\s+){0,3}?(?:leeren|leere|leergetrunkenen|umgekippten|halbvollen|halb leeren)\\s+(?:wodka|vodka|schnaps|bier|wein|sekt|jäger|jägermeister|tequila|gin|rum|whisky|whiskey|likör|korn|obstler|prosecco|ouzo|sangria)\\p{L}*(?:flaschen|gläser|dosen|becher|pullen|kästen|kisten)\\b|(?:leeren|leere|umgekippte|umgekippten)\\s+(?:wodka|vodka|schnaps|jäger|jägermeister|tequila|gin|rum|whisky|whiskey|likör|korn|obstler)\\p{L}*(?:flaschen|gläser|pullen)\\b", unless: ['pfand\\p{L}*', 'altglas\\p{L}*', 'container', 'aufräum\\p{L}*', 'spülmaschine', 'geschirr', 'deko\\p{L}*', 'basteln', 'upcycling', 'kerzen\\p{L}*', 'vase\\p{L}*', 'lampe\\p{L}*', 'sammlung', 'museum', 'flohmarkt', 'müll\\p{L}*', 'cleanup', 'aufgesammelt', 'gesammelt'], base: 0.8, about: 'anyone' },
  { category: 'drinking', match: "(?:übergibt sich|übergeben sich|kotzt|kotzen|reihert|reihern|kübelt|göbelt|hängt über der kloschüssel|hängen über der kloschüssel|hängt über dem klo|kotzt in)\\b", requiresInText: [`${SHOTS}|${DRINKS}|\\p{L}*flaschen|wodka\\p{L}*|bier\\p{L}*|schnaps\\p{L}*|gesoffen|besoffen|saufen|party|feier\\p{L}*|junggesell\\p{L}*|jga|polterabend|ballermann|malle|karneval|fasching|kneipe|club|promille|alkohol|🍺|🍻|🥃|🍾`], unless: [...NOT_PEOPLE, ...NEWS_DRUNK, 'magen-darm', 'schwanger\\p{L}*', 'übelkeit', 'virus', 'noro\\p{L}*', 'grippe', 'kind', 'kleine[rn]?', 'baby', 'sohn', 'tochter', 'katze', 'kater', 'auto', 'achterbahn', 'seekrank\\p{L}*', 'boot', 'fähre', 'mich an', 'kotzt mich', 'kotzen mich', 'zum kotzen', 'ich kotz', 'könnte kotzen', 'politik\\p{L}*'], base: 0.8, about: 'anyone' },
  // wild-night
  {
    category: 'wild-night',
    match: '(?:durchgefeiert|durchgemacht|durchgezecht|durchgesoffen|durchgebechert|bis (?:[4-9]|vier|fünf|sechs|sieben|acht) uhr (?:morgens )?(?:gefeiert|gefeier|party|im club|unterwegs)|bis morgens (?:gefeiert|im club|unterwegs)|abgestürzt|absturz|eskaliert|eskalation|exzess|afterparty|after-party|aftershowparty|die nacht zum tag gemacht|versackt|feuchtfröhlich\\p{L}*|bis zum umfallen gefeiert|party hart|partyhart|clubnacht bis|rave bis)',
    unless: [...NOT_PEOPLE, 'streit', 'lage', 'konflikt', 'demo', 'krieg', 'gewalt', 'polizei', 'diskussion', 'kommentare', 'stadion', 'fans', 'tor', 'spiel', 'schuss', 'kurve', 'fanblock', 'publikum', 'stürmer', 'torwart', 'rote[rn]? karte', 'mannschaft', 'verein', 'tabelle', 'aktie\\p{L}*', 'kurs', 'flugzeug', 'hubschrauber', 'bergsteiger', 'kletterer', '\\p{L}+arbeit', 'abgabe', 'gelernt', 'lernen', 'prüfung\\p{L}*', 'klausur\\p{L}*', 'deadline', 'nachtschicht', 'zahnen', 'baby'],
    base: 0.75,
    about: 'self',
  },

  // bar-crawl
  { category: 'bar-crawl', match: '(?:kneipentour\\p{L}*|kneipenbummel|kneipen-?hopping|bar-?hopping|sauftour|zug durch die (?:gemeinde|kneipen)|von (?:kneipe|bar) zu (?:kneipe|bar)|pub-?crawl|altstadttour|kiez-?tour|die (?:dritte|vierte|fünfte|sechste) (?:kneipe|bar))', unless: ['(?:kneipentour\\p{L}*|kneipenbummel|bar-?hopping|sauftour|pub-?crawl)\\s+oder\\s+\\p{L}+', '\\p{L}+\\s+oder\\s+(?:eine\\s+)?(?:kneipentour\\p{L}*|kneipenbummel|bar-?hopping|sauftour|pub-?crawl)', 'abstimmung', 'umfrage', 'schon mal', 'schon einmal', 'jemals', 'lohnt sich', 'lohnt es sich', 'tipps?', 'empfehl\\p{L}*', 'erfahrung\\p{L}*'], base: 0.92, about: 'self' },

  // keg
  { category: 'keg', match: '(?:bierfass|bierfässer|fass bier|fässchen bier|\\d{2}-?liter-?fass|partyfass|bierfässchen)', unless: ['brauerei', 'verkauf', 'preis', 'angebot', 'bestellen'], base: 0.8, about: 'self' },

  // Classes added after held-out-5.
  // The way home not remembered, the verb in one word or after other words: "weiß nicht mehr wie ich heimgekommen bin",
  // "keine Ahnung, wie ich ins Bett gekommen bin", the verb last in a clause: "dass ich nicht mehr weiß wie ...".
  { category: 'blackout', match: '(?:(?:weiß|weiss|wusste|wüsste)\\s+(?:\\p{L}+\\s+){0,2}?nicht\\s+mehr|nicht\\s+mehr\\s+(?:weiß|weiss|wusste)|keine ahnung|kei ahnig|koa ahnung|null plan|kein plan)\\s*,?\\s*wie\\s+(?:ich|i|wir)\\s+(?:\\p{L}+\\s+){0,3}?(?:(?:nach hause|heim|ins bett|hierher|hier|her|in mein bett|aufs sofa|auf die couch)\\s+)?(?:gekommen|heimgekommen|hergekommen|heimkam|kam|gelangt|heimgfunden|heimgefunden)', requiresInText: [BLACKOUT_CONTEXT], unless: ['wlan', 'passwort', 'code', 'formular', 'lösung', 'idee', 'zug\\b', 'bahn', 'stau', 'umleitung', 'navi', 'müde', 'arbeit', 'schicht'], base: 0.9, about: 'self', denied: 'keeps' },
  // The bottles counted by an ordinal: "Die zweite Flasche Wein ist leer", "Flasche Nummer drei Sekt".
  { category: 'drinking', match: '(?:die\\s+)?(?:zweite|dritte|vierte|fünfte|\\d\\.)\\s+flasche\\s+(?:rotwein|weißwein|wein|sekt|prosecco|schampus|champagner|gin|wodka|vodka|schnaps|rum|whisky|whiskey|tequila|jägermeister|jäger|likör|aperol|lambrusco|crémant)|flasche\\s+(?:nummer|nr\\.?)\\s+(?:\\d|zwei|drei|vier|fünf)\\s+(?:rotwein|weißwein|wein|sekt|prosecco|gin|wodka|vodka|schnaps|rum)?', unless: ['verkauf\\p{L}*', 'angebot', 'gratis', 'rabatt', 'preis', 'kostet', 'gewinn\\p{L}*', 'weinprobe', 'sommelier', 'kiste', 'kasten', 'regal', 'keller', 'geschenk\\p{L}*', 'gekauft', 'kaufen'], base: 0.8, about: 'self' },
  // Round two: bottles counted against the people who drank them ("4 Flaschen Prosecco für 3 Leute", "zwei Flaschen Wein zu
  // zweit"), and dancing on the table with a bottle ("auf dem Tisch tanzend mit der Flasche Wodka").
  { category: 'drinking', match: '(?:[2-9]|\\d{2}|zwei|drei|vier|fünf|sechs|sieben|acht|zehn)\\s+flaschen\\s+(?:\\p{L}+\\s+)?(?:wein|rotwein|weißwein|rosé|sekt|prosecco|schampus|champagner|crémant|wodka|vodka|gin|rum|schnaps|jägermeister|tequila|whisky|whiskey|likör|aperol|lambrusco)\\s+(?:für|auf|zu)\\s+(?:\\d|zwei|drei|vier|fünf|sechs|zweit|dritt|viert|fünft)\\b(?:\\s+(?:leute|personen|mädels|frauen|jungs))?', unless: ['kaufen', 'gekauft', 'bestellt', 'bestellen', 'geschenk\\p{L}*', 'gewinn\\p{L}*', 'angebot', 'preis', '€', 'euro', 'mitbringen', 'weinprobe', 'verkostung', 'serie', 'film', 'folge', 'running gag', 'rezept', 'gäste', 'reicht das', 'hochzeit\\p{L}* (?:für|mit) \\d{2}'], base: 0.8, about: 'self' },
  { category: 'wild-night', match: '(?:auf dem tisch|auf den tischen|auf der theke|auf dem tresen|auf der bar)\\s+(?:getanzt|tanzend|tanzen|tanze|tanzt)|(?:getanzt|tanzend|tanze|tanzen)\\s+(?:\\p{L}+\\s+){0,2}?(?:auf dem tisch|auf den tischen|auf der theke|auf dem tresen)', requiresInText: [BOOZE + '|flasche\\p{L}*|voll\\b|besoffen|party|🙈'], unless: ['kinder\\p{L}*', 'hochzeitstanz', 'ballett'], base: 0.8, about: 'self' },
  // Thanking the drink for the night ("Danke, Alkohol", "danke tequila"), the night one cannot account for ("Was war gestern los 🥴🍾"), one's own blood alcohol ("2 promille und trotzdem heimgefunden").
  { category: 'drunk', match: '(?:danke|merci|dankeschön),?\\s+(?:lieber\\s+|du\\s+)?(?:alkohol|tequila|wodka|vodka|jägermeister|jägi|sekt|prosecco|gin|schnaps|obstler|aperol|bier|rotwein|wein|sangria|ouzo|sambuca)\\b', unless: ['alkoholfrei\\p{L}*', 'für (?:den|die|das)', 'für nichts', 'geschenk\\p{L}*', 'mitgebracht', 'trocken', 'nüchtern', 'seit \\d+ (?:jahren|monaten|wochen|tagen)', 'rezept', 'soße', 'sauce'], base: 0.8, about: 'self' },
  { category: 'blackout', match: 'was war (?:gestern|letzte nacht|gestern abend|gestern nacht|heute nacht)(?:\\s+(?:nur|bitte|eigentlich|bloß))*\\s+los\\b', requiresInText: ['🍾|🍺|🍻|🥃|🍷|🍸|🥂|🥴|🤢|🤮|filmriss|kater|schuh|badewanne|aufgewacht|wach geworden|' + BOOZE], unless: ['stadt', 'polizei', 'nachrichten', 'straße', 'stadion', 'demo', 'sirenen', 'feuerwehr'], base: 0.8, about: 'self' },
  { category: 'drunk', match: '(?:(?!0[.,]?0*\\s)\\d(?:[.,]\\d+)?|zwei|drei)\\s*promille\\b', requiresInText: ['\\bich\\b|\\bbin\\b|\\bhab\\b|\\bwar\\b|heimgefunden|heimgekommen|gestern|nacht|party|😵|🥴|🍻|🍺'], unless: [...NEWS_DRUNK, 'gesetz', 'straftat', 'grenze', 'laut', 'bußgeld', 'blutprobe', 'wer mit', 'ab \\d', 'alkoholfrei\\p{L}*', '0[.,]0', 'null promille'], base: 0.8, about: 'self' },
  // The drink poured straight from the bottle into a mouth, as an alt text says: "zwei Kollegen schütten mir Jägermeister direkt aus der Flasche in den Mund", "ich trinke Wodka direkt aus der Flasche".
  { category: 'drinking', match: `(?:${SHOTS}|${BOOZE}|rum|whisky|whiskey|schnaps)\\s+(?:\\p{L}+\\s+){0,2}?(?:direkt\\s+|gleich\\s+|einfach\\s+)?(?:aus der (?:flasche|pulle|buddel)|ausm flaschenhals|aus der flasche in den (?:mund|hals|rachen))|(?:schütt|kipp|gieß|leer)\\p{L}*\\s+(?:mir|uns|ihm|ihr|ihnen)\\s+(?:\\p{L}+\\s+){0,4}?(?:${SHOTS}|${BOOZE}|rum|whisky|schnaps)\\s+(?:\\p{L}+\\s+){0,3}?in den (?:mund|hals|rachen)`, unless: ['wasser', 'milch', 'saft', 'cola', 'limo', 'baby', 'fläschchen', 'rezept', 'kochen', 'backen', 'soße', 'sauce', 'marinade'], base: 0.8, about: 'anyone' },
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
