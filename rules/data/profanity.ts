import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Word lists of the `profanity` rule. The words themselves come from the
 * English data set of the `obscenity` library (taken from the `cuss` project
 * and kept by obscenity's maintainers), which also decodes leetspeak, look-alike
 * characters and repeated letters. This file holds the project's own
 * judgement on top of it: which of its words are not profanity on a
 * professional's timeline, which innocent words and names it must leave alone,
 * and a few forms it does not catch.
 */

/** What a reported word is, for the message. */
export type ProfanityCategory = 'swearing' | 'sexual' | 'slur' | 'custom';

/**
 * Words of obscenity's English data set (its `originalWord`s) that this rule
 * does not report: clinical or neutral names of body parts, acts and crimes
 * ("anal glands" and "semen" are a veterinarian's daily words; "rape" and
 * "incest" are news), and "scat" (animal droppings, jazz singing).
 */
export const DROPPED_WORDS: readonly string[] = [
  'anal',
  'anus',
  'bestiality',
  'ejaculate',
  'fellatio',
  'hentai',
  'incest',
  'masturbate',
  'orgasm',
  'orgy',
  'penis',
  'porn',
  'rape',
  'scat',
  'semen',
  'sex',
  'vagina',
];

/** The category of each word of the data set that is kept; anything else is `swearing`. */
export const CATEGORY_OF: Readonly<Record<string, ProfanityCategory>> = {
  abeed: 'slur',
  abo: 'slur',
  africoon: 'slur',
  arabush: 'slur',
  boonga: 'slur',
  chingchong: 'slur',
  chink: 'slur',
  dyke: 'slur',
  fag: 'slur',
  kike: 'slur',
  negro: 'slur',
  nigger: 'slur',
  retard: 'slur',
  spastic: 'slur',
  tranny: 'slur',
  blowjob: 'sexual',
  boob: 'sexual',
  buttplug: 'sexual',
  cum: 'sexual',
  deepthroat: 'sexual',
  dildo: 'sexual',
  doggystyle: 'sexual',
  'double penetration': 'sexual',
  felch: 'sexual',
  'finger bang': 'sexual',
  fisting: 'sexual',
  gangbang: 'sexual',
  handjob: 'sexual',
  hooker: 'sexual',
  'jerk off': 'sexual',
  jizz: 'sexual',
  lubejob: 'sexual',
  slut: 'sexual',
  tit: 'sexual',
  whore: 'sexual',
};

/**
 * Innocent words and names that contain a listed word, added to obscenity's
 * own list (which already has "assess", "arsenal", "cockney", "Dickens",
 * "kung fu", "Montenegro", "shitake", "Uranus"...). Lower case; a match is
 * dropped when it lies wholly inside one of these strings, wherever the
 * string occurs, so a term must cover all of what the library matches
 * ("hammer fistin" for its pattern "fistin").
 */
export const INNOCENT_TERMS: readonly string[] = [
  // ass: words that start with "ass" and are not covered by obscenity's list
  'assort',
  'asson',
  'assyri',
  'assn',
  'asst',
  // abo: the blood groups
  'abo blood',
  'abo group',
  'abo typ',
  'abo incompat',
  'abo antigen',
  'abo-',
  // bastard: to bastardise a recipe is to corrupt it
  'bastardi',
  // cock: the cockpit, a cocksure pilot, a cockscomb, the rooster's crow
  'cockpit',
  'cocksure',
  'cockscomb',
  'cock-a-doodle',
  'cock a doodle',
  // cum: the Latin word and words and names that begin with it
  'cum laude',
  'cum grano',
  '-cum-',
  'cumin',
  'cumming',
  'cummerbund',
  'cumquat',
  'cummins',
  'cumsum',
  'cumprod',
  'cummax',
  'cummin',
  'cume',
  // dick: people and books
  'moby dick',
  'moby-dick',
  'dick van dyke',
  'philip k. dick',
  'philip k dick',
  'dickinson',
  'dickerson',
  'dickson',
  'dickey',
  'dickie',
  'dicky',
  'dickcissel',
  'riddick',
  'reddick',
  'ruddick',
  // fuck ("f?ck" after repeated letters collapse): trafficking, trafficked
  'traffick',
  // fisting: the hammer fist of boxing and martial arts
  'hammer fistin',
  'hammerfistin',
  // fag: Italian beans, the beech genus, Dickens's Fagin, British cigarettes
  'fagiol',
  'fagus',
  'fagin',
  'fag end',
  'fag break',
  'fag packet',
  'fagan',
  'fagen',
  'fager',
  'fagund',
  // fk: a foreign key
  'fkey',
  'fk_',
  // fuck (obscenity's pattern "f?ck"): the film family
  'fockers',
  'fsck',
  'refack',
  'fackl',
  // fuk: Japanese places and names (Fukushima, Fukuoka, Fukuda)
  'fuku',
  // boob: the seabird, traps and prizes
  'booby trap',
  'booby prize',
  'footed booby',
  'footed boobies',
  'masked booby',
  'brown booby',
  'booboo',
  // chink: the idiom
  'chink in',
  'chinks in',
  'chink of light',
  // negro: a cocktail, baseball history, rivers and colleges
  'negroni',
  'negro league',
  'negro college',
  'negro spiritual',
  'rio negro',
  'río negro',
  // nigga ("n[i]gga"): niggardly, and pinyin names written together (Xu Qinggang)
  'niggard',
  'nggang',
  // piss: the painter
  'pissarro',
  // prick: pricked-up ears and needle pricks
  'prick up',
  'pricks up',
  'pin prick',
  'finger prick',
  'needle prick',
  'skin prick',
  // pussy: cats, willows, a band
  'pussycat',
  'pussy cat',
  'pussy willow',
  'pussyfoot',
  'pussy riot',
  // retard: the chemistry and engineering words
  'retardant',
  'retarder',
  // shit: mushrooms and a branch of Islam ("Shiite" collapses to "shite")
  'shiitake',
  'shiite',
  "shi'ite",
  'shi’ite',
  'dikshit',
  // slut: code (fs.lutimes written together)
  'slutimes',
  'slutil',
  // spastic: the medical terms
  'spastic pa',
  'spastic colon',
  'spastic diplegia',
  'spastic quadriplegia',
  'spastic cerebral',
  'spastic muscle',
  'spastic gait',
  // tit: the birds and the idiom
  'tit for tat',
  'blue tit',
  'great tit',
  'coal tit',
  'marsh tit',
  'long-tailed tit',
  'blue tits',
  'coal tits',
  'marsh tits',
  'long-tailed tits',
  // dyke: the beard, the colour, the painter
  'vandyke',
  // wank: the engine
  'wankel',
  // places: Penistone (South Yorkshire) and the like
  'penistone',
  'scunthorpe',
  'cockermouth',
  'clitheroe',
];

/**
 * Listed words that are also the names of people and places ("Moby Dick",
 * "Dick Van Dyke", "John Lee Hooker", "Kike Sánchez"). When one of them is
 * written with a capital and the word right before or after it is
 * capitalised too, it is a name and not reported.
 */
export const NAME_WORDS: readonly string[] = ['dick', 'hooker', 'cock', 'dyke', 'kike', 'fu', 'prick'];

/** Listed words that, written in capitals, are an abbreviation: "ABO" is the blood group system. */
export const ACRONYM_WORDS: readonly string[] = ['abo'];

/**
 * Words with an innocent sense that the rest of the sentence makes clear: a
 * bitch in whelp, a cock and his hens, an ass and her foal, a hooker in the
 * scrum, flame that retards, dykes along the canal. Regex sources, matched
 * case-insensitively at word boundaries anywhere in the sentence.
 */
export const INNOCENT_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  bitch: [
    'dogs?',
    'pupp(?:y|ies)',
    'pups?',
    'litters?',
    'whelp(?:s|ed|ing)?',
    'spay(?:s|ed|ing)?',
    'breed(?:s|er|ers|ing)?',
    'in heat',
    'pregnant',
    'nursing',
    'dams?',
    'sires?',
    'stud',
    'kennels?',
    'canine',
    'greyhounds?',
    'hounds?',
    'vets?',
    'veterinar(?:y|ian|ians)',
  ],
  cock: ['roosters?', 'hens?', 'chickens?', 'poultry', 'flocks?', 'farm', 'crow(?:s|ed|ing)?', 'pheasants?', 'cockerels?'],
  ass: ['donkeys?', 'mules?', 'burros?', 'foals?', 'colts?', 'equine', 'balaam', 'jenny', 'jennies'],
  hooker: ['rugby', 'scrum', 'line-?out', 'props?', 'flanker', 'six nations', 'all blacks'],
  dyke: ['embankment', 'floods?', 'canals?', 'rivers?', 'sea', 'levees?', 'polders?', 'ditch(?:es)?', 'dams?', 'walk(?:s|ed|ing)?'],
  retard: [
    'growth',
    'spread',
    'progress',
    'rate',
    'development',
    'ignition',
    'timing',
    'corrosion',
    'flames?',
    'fire',
    'combustion',
    'decay',
  ],
  tit: ['birds?', 'nest(?:s|ing)?', 'feeders?', 'chickadees?', 'warblers?', 'robins?', 'finch(?:es)?'],
  pussy: ['cats?', 'kittens?', 'kitty', 'kitties', 'feline', 'willows?'],
  prick: ['ears?', 'needles?', 'pins?', 'thorns?', 'fingers?', 'skin', 'injections?', 'jabs?', 'vaccines?', 'blood', 'conscience'],
  // Spanish and Portuguese "negro" is the word for black.
  negro: ['el', 'la', 'los', 'las', 'es', 'que', 'del', 'al', 'muy', 'por', 'con', 'una?', 'y', 'pero', 'vino', 'preto', 'ojos'],
  spastic: ['paresis', 'paralysis', 'paraplegia', 'diplegia', 'cerebral palsy', 'colon', 'muscles?', 'spasticity', 'gait', 'bladder'],
};

/**
 * Words obscenity does not catch: compounds where "ass" does not start the
 * word, the abbreviations of swearing, a few insults, and words its
 * collapsing of repeated letters hides ("jizz" becomes "jiz" before its
 * patterns see it). Matched at word boundaries, any case.
 */
export const EXTRA_FORMS: PhraseEntry[] = [
  ...['dumbass', 'jackass', 'smartass', 'fatass', 'lardass', 'hardass', 'candyass'].map((word) => ({
    match: `${word}(?:es)?`,
    category: 'swearing' as const,
  })),
  { match: 'wtf|stfu|gtfo|omfg', category: 'swearing' },
  // British insults the data set does not have
  { match: 'douchebags?|tossers?|bellends?|knobheads?', category: 'swearing' },
  // Words with a double letter that obscenity's collapsing of repeated letters never lets match
  { match: 'jizz(?:ed|es|ing)?|titty|buttplugs?', category: 'sexual' },
  { match: 'skanks?|skanky', category: 'sexual' },
];

/**
 * Swear words censored with asterisks, which a reader still reads as the
 * word. Matched at word boundaries, any case, in texts with an asterisk.
 */
export const MASKED_FORMS: PhraseEntry[] = [
  // f**k, f***, f**king, f*****g
  { match: 'f\\*\\*k(?:ing|in|ed|er|ers|s)?', category: 'swearing' },
  { match: 'f\\*\\*\\*(?:\\*|ing|in|ed|er)?', category: 'swearing' },
  { match: 'f\\*\\*\\*\\*\\*g', category: 'swearing' },
  // sh*t, s**t, sh*tty, bullsh*t
  { match: '(?:bull)?sh\\*t(?:ty|s)?', category: 'swearing' },
  { match: 's\\*\\*t', category: 'swearing' },
  { match: 'b\\*tch(?:es|y|ing)?|b\\*\\*ch|b\\*\\*\\*\\*', category: 'swearing' },
  { match: 'a\\*\\*(?:hole)?s?|a\\*\\*\\*\\*\\*e|a\\*\\*h\\*le', category: 'swearing' },
  { match: 'c\\*nt|d\\*ck(?:head)?|p\\*ssy|wh\\*re|sl\\*t', category: 'swearing' },
];
