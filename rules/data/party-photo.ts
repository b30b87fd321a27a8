import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Word lists of the `party-photo` rule: drinking and partying that a boss, a
 * client or an interviewer should not read. Every entry is a regex source
 * matched case-insensitively at word boundaries (see PhraseMatcher); `unless`
 * and `requires` look at the same sentence. The general rule of this list:
 * a word that has an innocent everyday sense ("shots", "wasted", "party",
 * "bar", "hammered", "blackout") is never listed bare; it is listed in a
 * phrase that only partying uses ("keg stand", "rounds of shots", "got
 * wasted"), or it needs drinking context and no innocent context around it.
 */

const APOS = "['’]?";
/** The end of a word, for lookaheads: "a" must not match the start of "at". */
const END = '(?![\\p{L}\\p{N}_])';

/** Being drunk, during or after. */
const DRUNK_STATES = ['drunk', 'wasted', 'hungover', 'hangover', 'tipsy'];
/** Places that serve drinks. */
const BARS = ['bars?', 'pubs?', 'clubs?', 'clubbing', 'nightclub', 'bartender'];
/** Emoji: clinking beers, beer, tumbler, cocktail, tropical drink, champagne, bottle, woozy, vomiting. */
const DRINK_EMOJI = ['🍻', '🍺', '🥃', '🍸', '🍹', '🥂', '🍾', '🥴', '🤮'];

/** Words that put a sentence in a bar, at a party or in a glass. */
const DRINK_CONTEXT = [
  'beers?',
  'brews?',
  'ipas?',
  'lagers?',
  'wine',
  'vino',
  'vodka',
  'tequila',
  'whiske?y',
  'bourbon',
  'rum',
  'gin',
  'booze',
  'boozy',
  'liquor',
  'alcohol',
  'sake',
  'soju',
  'margaritas?',
  'margs',
  'mimosas?',
  'champagne',
  'prosecco',
  'seltzers?',
  'white\\s+claws?',
  'kegs?',
  'pitchers?',
  'jager',
  'jäger\\p{L}*',
  'fireball',
  'jameson',
  'patr[oó]n',
  'henny',
  'hennessy',
  'c[iî]roc',
  'drinks',
  'drinking',
  'drank',
  ...DRUNK_STATES,
  ...BARS,
  'party',
  'parties',
  'partying',
  'partied',
  'frat',
  'tailgat\\p{L}*',
  'spring\\s+break',
  'bachelorette',
  'bachelor\\s+party',
  'bday',
  'birthday',
  '21st',
  '(?:las\\s+)?vegas',
  'last\\s+night',
  'tonight',
  'night\\s+out',
  '(?:girls|boys|ladies)' + APOS + '\\s+night',
  ...DRINK_EMOJI,
  // Wine glass and sake: here only, not in the strong context that lets a bare "shots" fire.
  '🍷',
  '🍶',
];

/** For "so wasted" itself: the word must not vouch for its own sense. */
const DRINK_CONTEXT_BUT_WASTED = DRINK_CONTEXT.filter((word) => word !== 'wasted');

/** Vaccines, vets and medicine: "shots" for a puppy, a baby or a patient. */
const MEDICAL = [
  'vaccin\\p{L}*',
  'vax\\p{L}*',
  'boosters?',
  'flu',
  'covid\\p{L}*',
  'covid-19',
  'rabies',
  'distemper',
  'parvo',
  'dhpp',
  'dapp',
  'bordetella',
  'lepto\\p{L}*',
  'fvrcp',
  'felv',
  'heartworm',
  'microchip\\p{L}*',
  'spay\\p{L}*',
  'neuter\\p{L}*',
  'vets?',
  'veterinar\\p{L}*',
  'clinic',
  'doctors?',
  'nurses?',
  'pharmac\\p{L}*',
  'pediatrician',
  'immuni[sz]\\p{L}*',
  'jabs?',
  'doses?',
  'allerg\\p{L}*',
  'insulin',
  'b12',
  'cortisone',
  'steroids?',
  'fertility',
  'ivf',
  'tetanus',
  'measles',
  'shingles',
  'puppy',
  'puppies',
  'pups?',
  'kittens?',
  'kitty',
  'dogs?',
  'cats?',
  'foster\\p{L}*',
  'adopt\\p{L}*',
  'shelter',
  'rescue',
  'bab(?:y|ies)',
  'toddlers?',
  'newborns?',
  'infants?',
  'needles?',
  'appointments?',
  'appt',
  'weeks\\s+apart',
];

/** Games, guns and fights: "shots on goal", "three-point shots", "shots fired", "body shots" in a boxing match. */
const SPORTS_AND_GUNS = [
  'goals?',
  'nets?',
  'goalie',
  'goalkeeper',
  'keeper',
  'saves?',
  'baskets?',
  'hoops?',
  'rim',
  'three-pointers?',
  '3-pointers?',
  'three-point',
  '3-point',
  'threes',
  'jumpers?',
  'jump',
  'free\\s+throws?',
  'layups?',
  'dunks?',
  'putts?',
  'golf',
  'tee',
  'fairway',
  'hockey',
  'puck',
  'soccer',
  'football',
  'basketball',
  'baseball',
  'tennis',
  'nba',
  'nhl',
  'mls',
  'nfl',
  'fifa',
  'games?',
  'match(?:es)?',
  'court',
  'pitch',
  'scor\\p{L}*',
  'miss(?:ed|es|ing)?',
  'block(?:ed|s)?',
  'assists?',
  'rebounds?',
  'points',
  'pts',
  'quarter',
  'halftime',
  'period',
  'innings?',
  'team',
  'coach',
  'practice',
  'pool',
  'billiards',
  'snooker',
  'darts',
  'archery',
  'range',
  'targets?',
  'rifles?',
  'pistols?',
  'guns?',
  'shoot(?:ing|er|ers)',
  'fired',
  'police',
  'cops?',
  'bullets?',
  'punch\\p{L}*',
  'hooks?',
  'uppercuts?',
  'land(?:ed|ing|s)?',
  'fights?',
  'fighter',
  'fighting',
  'boxing',
  'boxer',
  'ring',
  'ufc',
  'mma',
  'ko',
  'tko',
  'knock\\s*out',
  'ref',
  'referee',
  'sparring',
  // Fight hashtags glue names together: #MayweathervMcGregor.
  '[\\p{L}\\p{N}_]*(?:mayweather|mcgregor)[\\p{L}\\p{N}_]*',
];

/** Photography and video: "took some shots of the sunset", "drone shots", "screenshots". */
const PHOTO = [
  'photo\\p{L}*',
  'pics?',
  'pix',
  'pictures?',
  'cameras?',
  'lens(?:es)?',
  'shoot',
  'shoots',
  'photoshoot',
  'shutter',
  'sunsets?',
  'sunrises?',
  'golden\\s+hour',
  'portraits?',
  'landscapes?',
  'drones?',
  'film',
  '35mm',
  'iphone',
  'canon',
  'nikon',
  'sony',
  'fuji\\p{L}*',
  'gopro',
  'lightroom',
  'edit(?:s|ed|ing)?',
  'selfies?',
  'screen\\s*shots?',
  'videos?',
  'footage',
  'scenes?',
  'concert',
  'gig',
  'wildlife',
  'birds?',
  'stars',
  'milky\\s+way',
  'moon',
  'eclipse',
  'aurora',
  'websites?',
  'portfolio',
  'head\\s*shots?',
  // Camera, camera with flash, film camera, video camera.
  '📸',
  '📷',
  '🎞️?',
  '📹',
];

/**
 * "Shots" that are not drinks, named by the phrase itself: criticism ("took
 * shots at the senator", but not "shots at the bar"), "call the shots",
 * "big shots", "mug shots", "long shots", "shots fired".
 */
const SHOTS_IDIOMS = [
  '(?:took|take|takes|taking|takin' +
    APOS +
    '|throw\\p{L}*|threw|fire[sd]?|firing|cheap|parting|pot)\\s+shots?\\s+at\\s+(?!(?:the\\s+|a\\s+|this\\s+|that\\s+|our\\s+|my\\s+)?(?:bar|club|pub|party|wedding|reception|bday|birthday|brewery|casino|tailgate|frat|house\\s+party|after-?party|midnight|last\\s+call|happy\\s+hour|dinner|brunch|beach|lake|cabin)' +
    END +
    '|\\d)[\\p{L}\\p{N}]+',
  'call(?:s|ed|ing)?\\s+(?:the|my|his|her|their|our|your)\\s+(?:own\\s+)?shots',
  'big\\s*shots?',
  'mug\\s*shots?',
  'long\\s+shots?',
  'shots\\s+(?:were\\s+|have\\s+been\\s+)?fired',
];

/** Drinking games played dry: "no alcohol, just juice boxes". */
const NO_ALCOHOL = ['no\\s+alcohol', 'non-?alcoholic', 'alcohol-free', 'mocktails?', 'juice\\s+box(?:es)?', 'sober', 'kids?', 'kiddos?'];

/** A children's party: party talk that is not partying. */
const KIDS = [
  'kids?',
  "kids['’]",
  'kiddos?',
  'children',
  'toddlers?',
  'nephew',
  'niece',
  'sons?',
  'daughters?',
  'grandkids',
  'bounce\\s+houses?',
  'puppy\\s+(?:party|birthday|shower)',
];
/** A pet's name ("Rager the dog is up for adoption"). */
const PET_NAME = ['dogs?', 'pups?', 'puppy', 'cats?', 'kittens?', 'adopt\\p{L}*', 'named', 'meet'];

/** Spirits by kind and by brand. */
const SPIRITS =
  'tequila|vodka|whiske?y|bourbon|rum|gin|sake|soju|mezcal|absinthe|sambuca|ouzo|moonshine|everclear|liquor|fireball|jameson|patr[oó]n|c[iî]roc|henny|hennessy|don\\s+julio|casamigos|bacardi|smirnoff|tito' +
  APOS +
  's|grey\\s+goose|jäger(?:meister)?|jager(?:meister)?|goldschl[aä]ger|rumple\\s*minze';
/** The shots that are always drinks, by what is in the glass: spirits and party shots. */
const LIQUOR = `${SPIRITS}|jell-?o|jelly|lemon[- ]drop|kamikaze`;

/** How many: "so many", "a round of", "five", "way too many". Optional before a drink. */
const HOW_MANY =
  '(?:(?:so+|too|way\\s+too)\\s+many|(?:a|another|one\\s+more)\\s+round\\s+of|rounds\\s+of|a\\s+(?:few|couple(?:\\s+of)?|bunch\\s+of|ton\\s+of|tray\\s+of|line\\s+of)|lots\\s+of|some|more|\\d+|two|three|four|five|six|seven|eight|nine|ten|a|another)';

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|endless|\\d+';

/** Verbs that take a shot of anything: a photo, a jab, a drink. */
const TAKE_SHOTS = '(?:took|take|takes|taking|takin' + APOS + '|did|doing|doin' + APOS + '|had|having|get|got|getting)';
/** Verbs that only drink a shot: "pounding shots", "threw back shots", "bought shots for the table". */
const DOWN_SHOTS =
  '(?:pound(?:ed|ing)?|down(?:ed|ing)?|throw(?:ing)?\\s+back|threw\\s+back|knock(?:ed|ing)?\\s+back|slamm(?:ed|ing)|buy(?:ing)?|bought|order(?:ed|ing)?)';

/** Strong signs of drinking, for the bare word "shots": a spirit, a bar, a drink emoji, a drunk state. */
const STRONG_DRINK_CONTEXT = [
  SPIRITS,
  'beers?',
  'wine',
  'booze',
  'liquor',
  'alcohol',
  ...DRUNK_STATES,
  ...BARS,
  'bachelorette',
  'bachelor\\s+party',
  '21st',
  ...DRINK_EMOJI,
];

/** A round of vaccines, of a game or of a photo shoot. */
const ROUND_OF_SHOTS_NOT_DRINKS = [
  ...MEDICAL,
  ...SPORTS_AND_GUNS,
  ...PHOTO,
  'due',
  'overdue',
  'schedul\\p{L}*',
  '(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+rounds?',
  '(?:his|her|their|its)\\s+(?:\\p{L}+\\s+)?rounds?',
];

/** Intoxicated frames: who, or how much. "I'm", "got", "gonna get", "so", "pretty", "still". */
const WHO =
  "(?:i['’]?m|im|i\\s+am|i\\s+was|we\\s+were|we['’]?re|we\\s+are|(?:i|we|u|you|they|y['’]?all)\\s+(?:got|get)|got|get|gets|getting|gettin['’]?|gonna\\s+get|going\\s+to\\s+get|let['’]?s\\s+get|wanna\\s+get|tryna\\s+get)";
const HOW =
  "(?:so+|very|super|pretty|too|way\\s+too|totally|completely|absolutely|hella|mad|kinda|kind\\s+of|a\\s+little|a\\s+lil|a\\s+bit|slightly|still|proper|properly|fully|fucking|fuckin['’]?|freaking|damn)";
/**
 * A person in the state, for the words that also describe things ("the food
 * got wasted", "stocks got hammered"): a personal subject, an intent ("let's
 * get", "gonna get") or "got" opening a sentence ("Got wasted last night").
 */
const PERSON =
  "(?:i['’]?m|im|i\\s+am|i\\s+was|we\\s+were|we['’]?re|we\\s+are|(?:i|we|u|you|they|y['’]?all|he|she|everyone|everybody)\\s+(?:\\p{L}+\\s+)?(?:got|get|gets|getting)|(?:gonna|going\\s+to|wanna|tryna|to|let['’]?s|['’]ll|will)\\s+get|getting|gettin['’]?|(?<=^\\s*|[.!?\\n]\\s*)got)";
/** Not after a negation: "you don't need to get drunk", "I didn't get wasted". */
const NOT_NEGATED =
  "(?<!(?:never|not|don['’]?t|didn['’]?t|doesn['’]?t|won['’]?t|wasn['’]?t|weren['’]?t|isn['’]?t|aren['’]?t|can['’]?t|without)\\s+(?:(?:need|have|want|going|gonna|plan|planning)\\s+(?:to\\s+)?)?)";
/** Either a subject, a degree, or both: "got so", "I'm", "pretty". */
const STATE = `(?:${WHO}\\s+(?:${HOW}\\s+)?|${HOW}\\s+)`;

/** What follows "wasted", "hammered", "plastered" when they mean something else. */
const NOT_DRUNK_AFTER =
  '(?!\\s+(?:(?:by|in|into|onto|over|with|all|across|everywhere|down|out|home|away|the|a|an|him|her|them|it|for)' + END + '|\\d))';
/** What is "wasted" when it is squandered: "wasted time", "wasted potential". */
const WASTE_OBJECTS =
  'time|money|food|effort|efforts|energy|votes?|talent|potential|opportunit(?:y|ies)|space|water|resources|days|weeks|years?|hours?|minutes?|life|lives|breath|words?|chances?|paper|youth|calories|ink|shots?|trips?|tickets?|dollars';
/** "The food got wasted", "my vote was totally wasted", "that day is wasted". */
const WASTED_THINGS = `(?:${WASTE_OBJECTS}|day|night|weekend|evening|morning|it|that|this|everything|nothing|which)\\s+(?:got|gets|get|getting|was|were|is|are|be|been|being)\\s+(?:\\p{L}+\\s+)?wasted`;

/** Drunk driving, the news, and recovery: the topic of drinking, not a night out. */
const DRINKING_AS_TOPIC = [
  'dui',
  'dwi',
  'drunk[- ]driv\\p{L}*',
  'driv(?:er|ers|ing)',
  'arrest\\p{L}*',
  'police',
  'cops?',
  'charged',
  'sentenced',
  'court',
  'judge',
  'jail',
  'bail',
  'manslaughter',
  'collision',
  'victims?',
  'madd',
  'stud(?:y|ies)',
  'research',
  'survey',
  'percent',
  'teens',
  'teenagers',
  'underage',
  'minors',
  'risks?',
  'cdc',
  'prevention',
  'awareness',
  'alcoholism',
  'addiction',
  'recovery',
  'rehab',
  'sober',
  'sobriety',
  // Old habits: "I used to get drunk every weekend".
  'used\\s+to',
];

/** Tired, not drunk: "so wasted after the marathon". */
const WORN_OUT = [
  'work\\p{L}*',
  'hik\\p{L}*',
  'run',
  'running',
  'marathon',
  'gym',
  'training',
  'practice',
  'shift',
  'tired',
  'exhaust\\p{L}*',
  'sleep\\p{L}*',
  'nap',
  'long\\s+day',
  'finals',
  'studying',
  'exams?',
  'flu',
  'sick',
  'fever',
];

/** "Drunk on power", "drunk with love": figurative. */
const FIGURATIVE_DRUNK_AFTER =
  '(?!\\s+(?:on|with)\\s+(?:(?:this|the|all\\s+this|that|my|your|pure|so\\s+much)\\s+)?(?:power|love|life|success|happiness|joy|sunshine|you|him|her|them|freedom|hope|fame|money|ambition|adrenaline|sleep|nostalgia|music|books|victory|excitement|pride|exhaustion|fatigue|coffee|caffeine|the\\s+moment|possibilit\\p{L}*|ideas?|spring|summer|fall|autumn|weather|sun|views?|beauty|nature|cuteness|puppy\\s+love|puppies|kittens|dopamine|endorphins|serotonin|oxygen|fresh\\s+air|air|vibes|art|words|poetry|ego|attention|likes|followers|praise|flowers|colou?rs)' + END + '|\\s+in\\s+love)';

/** A wild night that is weather, a game, an election, the sky or a shift at work. */
const NOT_A_PARTY_NIGHT = [
  'sky',
  'stars',
  'astro\\p{L}*',
  'photo\\p{L}*',
  'milky\\s+way',
  'storms?',
  'weather',
  'winds?',
  'thunder\\p{L}*',
  'lightning',
  'rain',
  'snow',
  'tornado\\p{L}*',
  'hurricane',
  'games?',
  'match',
  'fights?',
  'boxing',
  'overtime',
  'ot',
  'innings?',
  'score\\p{L}*',
  'election',
  'results',
  'primar(?:y|ies)',
  'senate',
  'congress',
  'votes?',
  'debate',
  'markets?',
  'stocks',
  'wall\\s+street',
  'wildlife',
  'animals?',
  'owls?',
  'wolves',
  'coyotes?',
  'camping',
  'nature',
  'forest',
  'van\\s+morrison',
  'song',
  'album',
  'poem',
  'dickinson',
  'zoo',
  'safari',
  'er',
  'hospital',
  'icu',
  'ward',
  'clinic',
  'shift',
  'on[- ]call',
  'emergenc(?:y|ies)',
  'surger(?:y|ies)',
  'newsroom',
  'labou?r',
  'newborn',
  'baby',
  'teething',
  'puppy',
  'kittens?',
  '[\\p{L}\\p{N}_]*(?:mayweather|mcgregor)[\\p{L}\\p{N}_]*',
];

/** Party towns and places of a wild night ("a wild night in Atlantic City"). */
const PARTY_PLACES =
  '(?:las\\s+)?vegas|atlantic\\s+city|the\\s+(?:club|bar|bars|casino|strip|pub|frat(?:\\s+house)?|lake\\s+house|afterparty|after-party)|cancun|cancún|tijuana|ibiza|mykonos|nola|new\\s+orleans|bourbon\\s+street|panama\\s+city(?:\\s+beach)?|daytona|south\\s+beach|mardi\\s+gras';

/** A hangover that is sugar, a holiday, a book or a film, not a drink. */
const NOT_DRINK_CAUSES = 'election\\s+night|retail|fiscal|economic|brexit|earnings|ipo|hype|merger|vaccine|sugar|food|carbs?|candy|chocolate|cake|pizza|turkey|thanksgiving|christmas|holidays?|vacation|travel|book|reading|emotional|emotion|crying|cry|election|debt|tax|inventory|supply|pandemic|covid|crypto|market|stimulus|caffeine|coffee|nap|sleep|melatonin|benadryl|ambien|anesthesia|allergy|screen|tv|netflix|binge|social|introvert|people|conference|launch|release|workout|gym|adrenaline|media|news|movie|playoffs?|football|sports|daylight\\s+saving|time\\s+change|post-\\p{L}+';
const NOT_A_HANGOVER = [
  `(?:${NOT_DRINK_CAUSES})[- ]hangovers?`,
  // "a serious hangover from too much Christmas telly", "hangover from all the cake".
  `hangovers?\\s+from\\s+(?:(?:too\\s+much|so\\s+much|all\\s+the|all\\s+that|the|that|a|an)\\s+)?(?:[\\p{L}']+\\s+){0,2}(?:${NOT_DRINK_CAUSES}|telly|chocolates|sweets|crisps|mince\\s+pies|work|studying|revision|exams?|screens|gaming|tiktok|scrolling)\\b(?!\\s+(?:drinks?|party|parties|do|night|social|event|piss-?up|bash))`,
  // The film.
  '(?:watch\\p{L}*|rewatch\\p{L}*|seen|saw|see|loved?)\\s+(?:the\\s+)?hangover',
  'the\\s+hangover\\s+(?:part|ii|iii|2|3|trilogy|movie|film|cast|sequel)',
  'hangover\\s+(?:movies?|films?|sequel|trilogy|cast|soundtrack|quotes?|scenes?|part|ii|iii|2|3)',
  'galifianakis',
  'bradley\\s+cooper',
  'ed\\s+helms',
  'mr\\.?\\s+chow',
  'wolfpack',
  // Something left over from an earlier time.
  'hangovers?\\s+(?:from|of)\\s+(?:the\\s+)?(?:\\d\\p{N}*s?|era|war|cold\\s+war|recession|crisis|past|old|previous|prior|colonial|administration|pandemic|bubble|polic(?:y|ies)|years|decades)',
  'hangover\\s+(?:effect|period|clause|provision|rule|insurance)',
  // A tech metaphor: "a hangover cure for your code".
  'code|coding|coders?|bugs?|debug\\p{L}*|deploy\\p{L}*|devops|sprint|codebase|refactor\\p{L}*|tech\\s+debt|software|pipeline|database|javascript|node\\.?js|npm',
];

/** Fainting, not drinking: "I blacked out from the pain". */
const FAINTING = [
  'heat',
  'pain',
  'gym',
  'workout',
  'faint\\p{L}*',
  'dizz\\p{L}*',
  'seizures?',
  'blood',
  'doctors?',
  'hospital',
  'er',
  'concussion',
  'hit\\s+my\\s+head',
  'stood\\s+up',
  'standing\\s+up',
  'sugar',
  'anxiety',
  'panic',
  'migraine',
];

/** Power cuts and blackout curtains, not a lost night. */
const POWER_CUT = ['power', 'outage', 'storm', 'electric\\p{L}*', 'grid', 'hurricane', 'candles?', 'curtains?', 'generators?', 'pg&e'];
/** TV blackouts and blackout dates. */
const NOT_A_BLACKOUT_NIGHT = [...POWER_CUT, 'nfl', 'nba', 'mlb', 'nhl', 'tv', 'broadcast\\p{L}*', 'games?', 'sales?', 'dates?', 'media', 'news'];

/** Storms, polls, walls and work: hammered or plastered, but sober. */
const HAMMERED_NOT_DRUNK = [
  'polls?',
  'election',
  'votes?',
  'midterms?',
  'games?',
  'match',
  'team',
  'lost',
  'loss',
  'defeat\\p{L}*',
  'scores?',
  'storms?',
  'rain',
  'snow',
  'hail',
  'winds?',
  'markets?',
  'stocks?',
  'shares',
  'critics',
  'reviews',
  'media',
  'press',
  'walls?',
  'posters?',
  'signs?',
  'billboards?',
  'work',
  'office',
  'job',
  'shift',
  'emails?',
  'orders',
  'customers',
  'clients',
  'deadlines?',
  'nails?',
  'drywall',
  'ceiling',
  'cast',
  ...DRINKING_AS_TOPIC,
];

/** After "wasted": what was wasted ("wasted time", "wasted too many cycles", "wasted on the young"). */
const NOT_WASTED_AFTER = `(?!\\s+(?:(?:${WASTE_OBJECTS}|a|an|the|my|your|his|her|our|their|its|this|that|these|those|much|many|no|some|any|every|several|half|too\\s+(?:much|many)|so\\s+(?:much|many)|all\\s+(?:my|the|our|your|his|her|their|that|this|of)|on\\s+(?:the|him|her|them|you|me|us|people|someone|kids|young|such|this|that|it))${END}|\\d))`;
/** Wasted things, the topic of drinking, and being worn out. */
const WASTED_NOT_DRUNK = [WASTED_THINGS, ...DRINKING_AS_TOPIC, ...WORN_OUT];

/** The built-in list. Order matters only between entries that can start at the same word: longer first. */
export const PARTY_PHRASES: readonly PhraseEntry[] = [
  // --- keg ---
  // Not a stand that holds kegs: "the keg stand at the farmers market sells kombucha".
  {
    match: 'keg[- ]?stand(?:s|ing)?',
    category: 'keg',
    unless: ['kombucha', 'cold\\s+brew', 'coffee', 'market', 'booth', 'vendors?', 'sells?', 'selling', 'for\\s+sale', 'rent\\p{L}*', 'diy', 'welded'],
  },
  { match: 'kegg(?:er|ers)', category: 'keg' },
  { match: 'kegs?[- ]part(?:y|ies)', category: 'keg' },
  {
    match: '(?:tap(?:ped|ping)?|kill(?:ed|ing)?|kick(?:ed|ing)?|float(?:ed|ing)?|drain(?:ed|ing)?|finish(?:ed|ing)?)\\s+(?:the|a|another|two|three|\\d+)\\s+kegs?',
    category: 'keg',
  },
  // A bare keg only at a party; a brewery's "new kegs of our IPA" stays clean.
  {
    match: 'kegs?',
    category: 'keg',
    requires: ['part(?:y|ies|ying)', 'frat', 'dorm', 'tailgat\\p{L}*', 'drunk', 'wasted', 'hungover', 'beer\\s+pong', 'flip\\s+cup', 'shots', 'chug\\p{L}*', 'solo\\s+cups?', 'spring\\s+break', 'last\\s+night'],
  },

  // --- shots ---
  // "So many tequila shots", "a round of Jäger shots", "too many Ciroc shots".
  { match: `(?:${HOW_MANY}\\s+)?(?:${LIQUOR})\\s+shots?`, category: 'shots' },
  { match: `(?:${HOW_MANY}\\s+)?shots?\\s+of\\s+(?:${SPIRITS})`, category: 'shots', unless: PHOTO },
  { match: 'j[aä]ger\\s*bombs?', category: 'shots' },
  // Body shots, unless someone is punching.
  {
    match: `(?:did|do|doing|doin${APOS}|take|took|taking|takin${APOS}|lick(?:ed|ing)?)\\s+(?:${HOW_MANY}\\s+)?body\\s+shots?`,
    category: 'shots',
    unless: [...SPORTS_AND_GUNS, ...MEDICAL],
  },
  { match: `(?:${HOW_MANY}\\s+)?body\\s+shots?`, category: 'shots', requires: DRINK_CONTEXT, unless: [...SPORTS_AND_GUNS, ...MEDICAL] },
  // "Five rounds of shots", "another round of shots": plural or "another", a bar's words. A vet's "second
  // round of shots" for a puppy stays clean; a lone "a round of shots" needs drinking around it.
  {
    match: `(?:(?:another|one\\s+more|${NUMBER_WORDS})\\s+rounds?|rounds)\\s+of\\s+shots`,
    category: 'shots',
    unless: ROUND_OF_SHOTS_NOT_DRINKS,
  },
  { match: '(?:(?:a|the\\s+next|next)\\s+)?round\\s+of\\s+shots', category: 'shots', requires: DRINK_CONTEXT, unless: ROUND_OF_SHOTS_NOT_DRINKS },
  {
    match: "let['’]?s\\s+(?:do|take|get|have)\\s+(?:some\\s+|more\\s+|a\\s+few\\s+)?shots",
    category: 'shots',
    unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO],
  },
  { match: 'shots,?\\s+shots,?\\s+shots', category: 'shots', unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO] },
  {
    match: 'shots\\s+(?:for\\s+(?:everyone|everybody|the\\s+table|the\\s+house|all)|on\\s+me)',
    category: 'shots',
    unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO],
  },
  { match: 'time\\s+for\\s+(?:more\\s+)?shots', category: 'shots', unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO] },
  // "Took way too many shots last night": any shots, with drinking around and nothing innocent.
  {
    match: `${DOWN_SHOTS}\\s+(?:${HOW_MANY}\\s+)?shots`,
    category: 'shots',
    unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS],
  },
  {
    match: `${TAKE_SHOTS}\\s+(?:${HOW_MANY}\\s+)?shots`,
    category: 'shots',
    requires: DRINK_CONTEXT,
    unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS],
  },
  {
    match: '(?:so+|too|way\\s+too)\\s+many\\s+shots',
    category: 'shots',
    requires: DRINK_CONTEXT,
    unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS],
  },

  // "Shots!!! 🥃": the bare word, only beside a spirit, a bar or a drink emoji.
  // A drink emoji right after the word counts even across the "!!!" that ends its sentence.
  { match: 'shots(?=[\\s!.?]*(?:🥃|🍻|🍺|🍸|🍹|🥂|🍾|🥴))', category: 'shots', unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS] },
  { match: 'shots', category: 'shots', requires: STRONG_DRINK_CONTEXT, unless: [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS, 'espresso', 'wheatgrass', 'ginger', 'juice', 'head\\s*shots?'] },

  // --- drinking games ---
  { match: 'take\\s+a\\s+(?:shot|drink|sip|swig)\\s+every\\s*(?:time|single\\s+time)', category: 'drinking-game', unless: PHOTO },
  // "Drink every time he says 'huge'", not "drink every time you feel thirsty".
  {
    match: '(?:drink|chug)\\s+every\\s*time',
    category: 'drinking-game',
    requires: ['says?', 'said', 'mentions?', 'hear', 'someone', 'somebody', 'anybody', 'anyone', 'they', 'he', 'she', 'grapples?', 'scores?', ...DRINK_CONTEXT],
    unless: ['water', 'coffee', 'tea', 'milk', 'juice', 'fluids', 'thirsty', 'hydrat\\p{L}*'],
  },
  { match: 'drinking[- ]?games?', category: 'drinking-game', unless: NO_ALCOHOL },
  { match: 'beer[- ]?pong', category: 'drinking-game', unless: NO_ALCOHOL },
  { match: `flip[- ]?cup(?!\\s+(?:holders?|lids?|tops?|designs?)${END})`, category: 'drinking-game', unless: NO_ALCOHOL },
  { match: 'beer[- ]?(?:bong|funnel)s?', category: 'drinking-game' },
  { match: 'kings?' + APOS + '\\s?cup', category: 'drinking-game', unless: ['soccer', 'football', 'tournament', 'thai\\p{L}*', 'fifa', 'match', 'finals?', 'team', 'squad', 'league', 'sailing', 'regatta', 'golf', 'race'] },
  { match: 'edward\\s+forty\\s*hands', category: 'drinking-game' },
  { match: 'pub\\s+golf', category: 'drinking-game' },

  // --- bar crawls ---
  // Not "beer hops" (brewing) nor "crawl space".
  { match: '(?:bar|pub|dive\\s+bar|tavern|brewery|booze|beer|wine|saloon)[- ]?crawl(?:s|ing|ed)?', category: 'bar-crawl' },
  // "doing the whole high street crawl", "the Temple Bar crawl": a crawl of a street or a town's pubs.
  { match: '(?:high\\s+street|main\\s+street|strip|town|city|street)\\s+crawl(?:s|ing)?', category: 'bar-crawl', unless: ['baby', 'babies', 'toddlers?', 'traffic', 'sloths?', 'snails?', 'worms?', 'bugs?', 'spiders?'] },
  { match: '(?:bar|pub|brewery|club)[- ]?hopp(?:ing|ed)', category: 'bar-crawl' },
  // "hittin every bar on Division tonight": a crawl by another name, not every bar of a song or a gym's bars.
  {
    match: `(?:hit|hits|hitting|hittin${APOS}|doing|did|do)\\s+(?:every|all\\s+the|each)\\s+(?:(?:single|last)\\s+)?(?:bar|pub|club|boozer)s?${END}`,
    category: 'bar-crawl',
    unless: ['songs?', 'music', 'chorus', 'notes?', 'tracks?', 'beats?', 'gym', 'workout', 'pull-?ups?', 'chocolate', 'protein', 'lyrics', 'rap', 'verse'],
  },

  // --- hangover ---
  // "Hung over", but not "the painting hung over the fireplace".
  {
    match:
      'hungover|hung[- ]over(?:(?=\\s+(?:the|this|that)\\s+(?:whole|entire|next|morning|day|weekend|afternoon|evening|week)' +
      END +
      ')|(?!\\s+(?:the|a|an|his|her|my|our|their|its|it|them|him|me|us|every|each|this|that|these|those|top|edge|side|back|door)' +
      END +
      '))',
    category: 'hangover',
  },
  { match: 'hangovers?|hangxiety', category: 'hangover', unless: NOT_A_HANGOVER },
  // A drink for a hangover; for a dog lover also a literal hair of a dog, so only with drinks around.
  { match: 'hair\\s+of\\s+the\\s+dog', category: 'hangover', requires: DRINK_CONTEXT },
  // The morning after told by its symptoms, with the night or the drink in the sentence: "head's pounding ... from last night's 'just the one'".
  {
    match: "head(?:['’]?s|\\s+is)?\\s+(?:still\\s+)?(?:pounding|splitting|banging|thumping)|room(?:['’]?s|\\s+is)?\\s+(?:still\\s+)?spinning",
    category: 'hangover',
    requires: [...DRINK_CONTEXT, 'last\\s+night', 'berocca', 'never\\s+again', 'the\\s+session', 'the\\s+sesh'],
    unless: ['zoom', 'meetings?', 'migraines?', 'screens?', 'kids?', 'music', 'drilling', 'builders?', 'roadworks', 'ride', 'rollercoaster', 'spin\\s+class'],
  },
  // "Still half cut from last night": half-cut written as two words, with the night or the drink in the sentence.
  { match: 'half\\s+cut', category: 'drunk', requires: [...DRINK_CONTEXT, 'last\\s+night', 'still', 'the\\s+session', 'the\\s+sesh'], unless: ['hair\\p{L}*', 'sleeves?', 'beef', 'prices?', 'wood', 'lumber', 'fabric', 'lawn', 'grass', 'budget'] },
  // A photo of the table after: "A table covered in empty shot glasses, maybe thirty of them".
  {
    match: 'empty\\s+(?:shot\\s+glasses|(?:wine\\s+|beer\\s+|vodka\\s+|prosecco\\s+)?bottles|pint\\s+glasses|cans)',
    category: 'drinking',
    requires: ['covered', 'crowded', 'tables?', 'lined\\s+up', 'dozens?', 'maybe\\s+\\p{L}+', 'pile', 'sea\\s+of'],
    unless: ['recycl\\p{L}*', 'candles?', 'crafts?', 'bottle\\s+drive', 'collect\\p{L}*', 'deposit', 'refund', 'bins?', 'litter', 'beach', 'clean[- ]?up', 'park', 'fridge'],
  },

  // --- blackout ---
  { match: 'black(?:ed)?[- ]?out\\s+(?:drunk|wasted|hammered)', category: 'blackout' },
  { match: 'blackout\\s+(?:night|nights|weekend)', category: 'blackout', unless: NOT_A_BLACKOUT_NIGHT },
  {
    match: '(?:i|we|he|she|they|totally|completely|literally|fully|basically|kinda|def(?:initely)?|probably|must\\s+have|must' + APOS + 've)\\s+blacked\\s+out',
    category: 'blackout',
    requires: DRINK_CONTEXT,
    unless: [...FAINTING, ...POWER_CUT],
  },
  // "Don't remember last night", but not "can't remember last night's dream".
  {
    match:
      "(?:don['’]?t|do\\s+not|can['’]?t|cannot|can\\s+not|didn['’]?t)\\s+(?:even\\s+)?remember\\s+(?:anything\\s+(?:about|from)\\s+|any\\s+of\\s+|most\\s+of\\s+|much\\s+of\\s+|half\\s+of\\s+)?last\\s+night(?!['’]s|\\s+(?:being|was|as|having)(?![\\p{L}\\p{N}_]))",
    category: 'blackout',
    unless: ['dreams?'],
  },
  { match: 'no\\s+(?:memory|recollection|memories)\\s+of\\s+last\\s+night(?![\'’]s)', category: 'blackout', unless: ['dreams?'] },
  {
    match: "(?:(?:don['’]?t|do\\s+not|can['’]?t|cannot)\\s+(?:even\\s+)?remember|no\\s+idea)\\s+how\\s+(?:i|we)\\s+got\\s+home(?!\\s+(?:so\\s+)?(?:fast|quick|quickly|early|soon|in\\s+time|before))",
    category: 'blackout',
  },

  // --- drunk ---
  // "Got so drunk", "I'm drunk", "pretty drunk", but not "drunk on power" nor "have drunk two coffees".
  { match: `${NOT_NEGATED}${STATE}drunk${FIGURATIVE_DRUNK_AFTER}`, category: 'drunk', unless: DRINKING_AS_TOPIC },
  {
    match: "(?:blackout|black-out|stupid|fall(?:ing)?[- ]down|dead|sloppy|piss|pissed|day|wine|beer|tequila|vodka|whiske?y|rip[- ]roaring|roaring)[- ]drunk",
    category: 'drunk',
    unless: DRINKING_AS_TOPIC,
  },
  {
    match:
      "drunk\\s+(?:af|as\\s+(?:hell|fuck|fuk|shit|a\\s+skunk)|text(?:s|ed|ing)?|dial(?:ed|ing|led|ling)?|call(?:s|ed|ing)?|selfies?|snaps?|tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|shopping|munchies|karaoke|again|off\\s+(?:my|our|his|her|their)\\s+(?:ass|asses|face)|rn|right\\s+now|tonight|last\\s+night|me|mess)",
    category: 'drunk',
    unless: DRINKING_AS_TOPIC,
  },
  { match: '#drunk(?:af)?', category: 'drunk' },
  {
    match: 'drunken\\s+(?:night|nights|shenanigans|antics|escapades|karaoke|stupor|haze|adventures?|mess|selfies?|photos?|pics?|brawl|hook-?up|texts?|night\\s+out)',
    category: 'drunk',
    unless: DRINKING_AS_TOPIC,
  },
  // "Had too much to drink", "drank too much"; not "had too much rain" nor "drank too much coffee".
  {
    match:
      '(?:had|have\\s+had)\\s+(?:(?:way|far|a\\s+bit|a\\s+little|a\\s+lil)\\s+)?too\\s+much\\s+(?:to\\s+drink|wine|beer|tequila|vodka|whiske?y|rum|gin|bourbon|booze|alcohol|sangria|champagne|prosecco|sake|soju|margaritas?|mimosas?)',
    category: 'drunk',
    unless: DRINKING_AS_TOPIC,
  },
  {
    match:
      '(?:drank|drunk)\\s+(?:(?:way|far|a\\s+bit|a\\s+little|a\\s+lil)\\s+)?too\\s+much(?!\\s+(?:coffee|water|tea|caffeine|soda|pop|juice|milk|gatorade|kombucha|red\\s+bull|espresso|diet|la\\s+croix|cola|coke|of\\s+the\\s+kool-?aid)' +
      END +
      ')',
    category: 'drunk',
    unless: DRINKING_AS_TOPIC,
  },
  // "Way too many drinks", "after too much tequila".
  {
    match:
      '(?:way\\s+)?too\\s+many\\s+(?:drinks|beers|margs|margaritas|mimosas|cocktails|pints|shots\\s+of\\s+\\p{L}+|glasses\\s+of\\s+(?:wine|champagne|prosecco)|vodka\\s+sodas|white\\s+claws|seltzers|jell-?o\\s+shots)',
    category: 'drunk',
    unless: ['menu', 'options', 'choices', 'recipes?', ...DRINKING_AS_TOPIC],
  },
  {
    match: `(?:after|from|on)\\s+(?:way\\s+)?too\\s+much\\s+(?:${SPIRITS}|wine|beer|booze|alcohol|champagne|prosecco|sangria)`,
    category: 'drunk',
    unless: ['recipe', 'sauce', 'cook\\p{L}*', 'bak\\p{L}*', ...DRINKING_AS_TOPIC],
  },
  { match: 'tipsy', category: 'drunk', unless: ['cake', 'trifle', 'pudding', 'tarts?', 'laird', 'recipe', ...DRINKING_AS_TOPIC] },
  { match: 'shit[- ]?faced', category: 'drunk' },
  { match: 'beer\\s+goggles', category: 'drunk' },
  // "Got wasted", "I'm so wasted", but not "wasted time", "the food got wasted", "so wasted on him", "still
  // wasted too many cycles". "Totally wasted after that hike" is tired, not drunk.
  { match: `${NOT_NEGATED}${PERSON}\\s+(?:${HOW}\\s+)?wasted${NOT_WASTED_AFTER}|wasted\\s+af`, category: 'drunk', unless: WASTED_NOT_DRUNK },
  // Without a subject ("so wasted rn"), only with drinking around: "a completely wasted page" is not a night out.
  { match: `${HOW}\\s+wasted${NOT_WASTED_AFTER}`, category: 'drunk', requires: DRINK_CONTEXT_BUT_WASTED, unless: WASTED_NOT_DRUNK },
  // Hammered, plastered, sloshed: also storms, polls, walls and water, so only as a state and not "hammered by" or "plastered all over".
  { match: `${NOT_NEGATED}${PERSON}\\s+(?:${HOW}\\s+)?(?:hammered|plastered|sloshed)${NOT_DRUNK_AFTER}`, category: 'drunk', unless: HAMMERED_NOT_DRUNK },
  { match: `${HOW}\\s+(?:hammered|plastered)${NOT_DRUNK_AFTER}`, category: 'drunk', requires: DRINK_CONTEXT, unless: HAMMERED_NOT_DRUNK },
  { match: `${HOW}\\s+sloshed${NOT_DRUNK_AFTER}`, category: 'drunk', unless: HAMMERED_NOT_DRUNK },

  // --- drinking ---
  { match: 'day[- ]?drink(?:ing|in' + APOS + ')', category: 'drinking' },
  // Session 9: the night told by what it did, counted or left undone.
  // "have not been sober since 4pm", "still not sober", "I am nowhere near sober": drunk, said by denying the opposite.
  // "nobody's going home sober", "no one is leaving sober": a night planned past sobriety.
  { match: `(?:nobody${APOS}?s|nobody\\s+is|no\\s+one${APOS}?s|no\\s+one\\s+is|no-one${APOS}?s)\\s+(?:going\\s+home|leaving|getting\\s+home|staying)\\s+sober`, category: 'drunk' },
  { match: `(?:(?:not|never|haven${APOS}?t|havent|hasn${APOS}?t|wasn${APOS}?t)\\s+(?:been\\s+|even\\s+)?sober\\s+(?:since|yet|all\\s+(?:day|night|weekend))|still\\s+not\\s+sober|nowhere\\s+near\\s+sober)`, category: 'drunk', unless: ['curious', 'october', 'january', 'dry\\s+january', 'sober\\s+(?:living|house|community|app)'] },
  // "stopped counting at 7", "lost count of my spins": drinks past counting.
  { match: '(?:stopped|lost)\\s+count(?:ing)?(?:\\s+(?:at|of|after)\\s+(?:my\\s+)?[\\p{L}\\d]+)?', category: 'drinking', requires: [...DRINK_CONTEXT, 'pegs', 'pouring', 'spins', 'rounds', 'goon', ...DRINK_EMOJI] },
  // "we finished 4 cases of Castle between 6 of us", "3 towers of beer": drinks by the case, drunk (not bought or carried: "7 cases of wine in the car").
  { match: `(?:(?:finished|drank|downed|killed|smashed|sank|sunk|got\\s+through|went\\s+through|polished\\s+off)\\s+(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|the)\\s+)?(?:cases|crates|slabs|boxes|case|crate|slab|box)\\s+of\\s+(?:beer|cider|lager|wine|goon|castle|tusker|vb|bundy|carling|fosters|stella|tinnies|tins|cans|${SPIRITS})|(?:\\d+|two|three|four|five|six)\\s+(?:towers|jugs|pitchers|buckets)\\s+of\\s+(?:beer|cider|lager|sangria|margaritas?|${SPIRITS}))`, category: 'drinking', unless: ['bought', 'buy', 'buying', 'ordered', 'delivered', 'for\\s+sale', 'recycl\\p{L}*', 'shop', 'stock\\p{L}*', 'warehouse', 'donat\\p{L}*'] },
  // "Rounds of Jägers for the whole table", "£230 on rounds", "first round's on Siobhan 🍻".
  { match: `rounds?\\s+of\\s+(?:j[aä]gers?|tequilas?|sambucas?|${SPIRITS}|pints|beers|drinks|cocktails|margs|margaritas)`, category: 'drinking', unless: [...ROUND_OF_SHOTS_NOT_DRINKS] },
  { match: '(?:[£$€]\\s?\\d[\\d,]*|\\d[\\d,]*\\s?(?:quid|euros|dollars|bucks))\\s+on\\s+(?:rounds|drinks|shots|pints|the\\s+bar\\s+tab)', category: 'drinking' },
  { match: `(?:first|second|third|fourth|fifth|next)\\s+round(?:${APOS}s)?\\s+(?:is\\s+)?(?:on|and)\\b`, category: 'drinking', requires: [...DRINK_CONTEXT, 'lads', 'girls', 'shout', ...DRINK_EMOJI], unless: ['golf', 'interviews?', 'voting', 'draft', 'tournament', 'qualif\\p{L}*', 'knockout', 'playoffs?', 'match', 'boxing', 'fight', 'quiz', 'chemo', 'ivf', 'cup'] },
  // "On the cans since 10am", "on the lash", "full of bundy": slang for drinking.
  { match: '(?:on\\s+the\\s+(?:cans|tinnies|tins|lash|piss|bevvies|bevs|turps|goon|booze)|full\\s+of\\s+(?:bundy|goon|booze|jager|j[aä]ger|tequila|vodka|rum|sambuca|cider|wine))\\b', category: 'drinking', unless: ['recycl\\p{L}*', 'bin', 'litter'] },
  { match: 'goon\\s+of\\s+fortune', category: 'drinking-game' },
  { match: 'babalas', category: 'hangover' },
  // "maggoted at the b&s ball", "absolutely locked tonight": drunk in the islands' and Australia's words.
  { match: '(?:fully|absolutely|totally|proper|well|getting|get|got|so)\\s+(?:maggoted|langered|locked|bollocksed|steamboats|stocious|polluted|rotten|blind\\s+drunk)\\b(?!\\s+(?:in|out|up|down|away|door|doors|phone|account|screen))', category: 'drunk', requires: [...DRINK_CONTEXT, 'tonight', 'tonite', 'ball', 'party', 'pub', 'club', 'lads', 'girls', 'session', 'sesh', 'do', ...DRINK_EMOJI] },
  // "never drinking tequila again", "never again with the sambuca": the vow after a spirit.
  { match: `never\\s+(?:drinking|touching|having|doing)\\s+(?:${SPIRITS}|j[aä]gers?|sambucas?|tequilas?|shots|cider|wine|red\\s+wine|prosecco)\\s+(?:ever\\s+)?again|never\\s+again\\s+with\\s+the\\s+(?:${SPIRITS}|j[aä]gers?|shots|wine|cider|prosecco)`, category: 'hangover' },
  // "so I could be sick after the Christmas do": sick from the night.
  { match: '(?:be|being|was|got|get)\\s+sick\\s+(?:after|at|on\\s+the\\s+way\\s+home\\s+from)\\s+the\\s+(?:christmas|xmas|work|office|leaving|staff|stag|hen|team)\\s+(?:do|party|drinks|night\\s+out|bash)', category: 'drunk' },
  // "🍺🍺🍺🍺 🤮": the drinks counted in emoji, then the result.
  { match: '(?:[🍺🍻🥃🍷🍸🍹🍾]\\s*){3,}[^\\p{L}]{0,8}?[🤮🥴😵]', category: 'drunk' },
  // "nobody remembers anything after 11", "then it all goes hazy": the night past memory.
  { match: '(?:nobody|no\\s+one|none\\s+of\\s+us|i\\s+don' + APOS + '?t|don' + APOS + '?t|can' + APOS + '?t)\\s+remembers?\\s+(?:anything|a\\s+thing|much)\\s+after\\s+(?:\\d+|midnight|eleven|twelve|ten|the\\s+(?:second|third|fourth)|that)|(?:then\\s+)?it\\s+all\\s+(?:goes|went|gets|got)\\s+(?:hazy|blurry|fuzzy|a\\s+bit\\s+hazy)', category: 'blackout', requires: [...DRINK_CONTEXT, 'pres', 'pre-?drinks', 'leaving\\s+do', 'bierkeller', 'rounds?', 'pub', 'club', ...DRINK_EMOJI] },
  { match: 'pre[- ]?gam(?:ing|in' + APOS + '|ed)', category: 'drinking', unless: ['show', 'warm[- ]?ups?', 'meal', 'press', 'coverage', 'analysis', 'interviews?', 'ritual', 'speech', 'nap', 'routine', 'stretch\\p{L}*'] },
  {
    match: 'pre[- ]?games?',
    category: 'drinking',
    requires: DRINK_CONTEXT,
    unless: ['show', 'warm[- ]?ups?', 'meal', 'press', 'coverage', 'analysis', 'interviews?', 'ritual', 'speech', 'nap', 'routine', 'stretch\\p{L}*'],
  },
  {
    match:
      "bottomless\\s+(?:mimosas?|margaritas?|margs|bellinis?|sangria|drinks|booze|brunch|ros[eé]|prosecco|bloody\\s+marys?|beers?)(?:\\s+(?:got|had)\\s+(?:us|me))?",
    category: 'drinking',
  },
  {
    match:
      '(?:mimosas|margs|margaritas|tequila|wine|beers|vodka|sangria|whiske?y|rum|champagne|prosecco|white\\s+claws?|cocktails|booze|liquor|fireball|jameson|henny)\\s+(?:got|had)\\s+(?:us|me)',
    category: 'drinking',
  },
  { match: 'chug[!,.]*\\s+chug', category: 'drinking' },
  {
    match: 'chug(?:s|ged|ging|gin' + APOS + ')?',
    category: 'drinking',
    requires: DRINK_CONTEXT,
    unless: ['along', 'away', 'water', 'coffee', 'protein', 'energy\\s+drinks?', 'gatorade', 'milk', 'smoothies?', 'trains?', 'engines?', 'tea', 'soda', 'juice', 'kombucha', 'through'],
  },
  {
    match: 'shotgun(?:ned|ning|ed|ing)?\\s+(?:a\\s+|some\\s+|another\\s+|\\d+\\s+|two\\s+|three\\s+)?(?:beers?|cans|white\\s+claws?|seltzers?|brews?|natty|pbr|bud\\s+lights?|coors)',
    category: 'drinking',
  },
  { match: 'funnel(?:l?ed|l?ing)\\s+(?:a\\s+|some\\s+)?beers?', category: 'drinking' },
  { match: 'booze\\s+cruises?|boozing|boozed\\s+up|boozy\\s+brunch(?:es)?', category: 'drinking' },
  {
    match: 'drinking\\s+(?:since|till|til|until|all)\\s+(?:noon|breakfast|brunch|\\d{1,2}\\s?(?:am|a\\.m\\.)|(?:this\\s+)?morning|dawn|sunrise|close|closing|night|day|weekend)',
    category: 'drinking',
    unless: ['water', 'coffee', 'tea', 'fluids'],
  },

  // Session 11: drinking told by what goes with it.
  // "third round's on Dave", "next round's on me": rounds bought at a bar (not a golf, quiz or boxing round).
  {
    match: `(?:first|second|third|fourth|fifth|next|this|last|another|1st|2nd|3rd|4th|5th)\\s+round${APOS}s\\s+on\\s+(?:me|you|us|him|her|them|the\\s+house|[\\p{L}]+)${END}`,
    category: 'drinking',
    unless: ['golf', 'quiz', 'boxing', 'fight', 'interviews?', 'vaccin\\p{L}*', 'chemo', 'tee', 'holes?', 'judges?', 'voting', 'draft', 'playoffs?', 'tournament'],
  },
  // "can't feel my face" with drink around it (not the cold, the dentist or a chilli).
  {
    match: `(?:can${APOS}t|cannot|can\\s+not|cant)\\s+feel\\s+my\\s+(?:face|legs|lips|teeth|feet)`,
    category: 'drunk',
    requires: [...DRINK_CONTEXT, 'rounds?', 'pints?', 'shots', 'cocktails?'],
    unless: ['cold', 'freezing', 'frozen', 'snow', 'ice', 'dentist', 'novocaine', 'anaesthetic', 'anesthetic', 'numb', 'frost\\p{L}*', 'ski\\p{L}*', 'wind', 'chill?i', 'spicy', 'laugh\\p{L}*', 'gym', 'squats?', 'leg\\s+day', 'run', 'marathon'],
  },
  // "lost my phone, my shoes and my dignity at the Christmas party", "if anyone finds my dignity it's in Revolution bar".
  {
    match: "(?:lost|left|find|finds|found|finding)\\s+(?:[\\p{L}\\p{N},'’]+\\s+){0,7}?my\\s+dignity",
    category: 'wild-night',
    requires: [...DRINK_CONTEXT, 'do', 'christmas\\s+party', 'work\\s+party', 'office\\s+party', 'karaoke'],
    unless: ['gym', 'yoga', 'hospital', 'labou?r', 'birth', 'dentist', 'smear', 'colonoscopy', 'exam', 'kids?'],
  },
  // "last night was carnage", "last night was a write-off".
  {
    match: `last\\s+night\\s+was\\s+(?:absolute\\s+|total\\s+|pure\\s+|proper\\s+)?(?:carnage|messy|mental|lethal|savage|a\\s+blur|a\\s+write-?off|messy\\s+af)${END}`,
    category: 'wild-night',
    unless: [...NOT_A_PARTY_NIGHT, 'kids?', 'toddler', 'paint\\p{L}*', 'slime', 'baking'],
  },
  // "who let me order sambuca", "who let me near the tequila".
  { match: `who\\s+let\\s+me\\s+(?:order|drink|have|near|do|buy|at)\\s+(?:the\\s+|more\\s+|a\\s+|another\\s+)?(?:${SPIRITS}|shots?|cocktails?|j[aä]ger\\s*bombs?|bottle|bar|free\\s+bar|open\\s+bar)${END}`, category: 'drinking' },
  // "never mixing grape and grain again": the drinker's rule, broken.
  { match: 'grape\\s+and\\s+(?:the\\s+)?grain', category: 'hangover', unless: ['bread', 'farm\\p{L}*', 'harvest', 'crops?', 'diet', 'vineyard\\s+tour'] },
  // "the prosecco was bottomless and so was I".
  { match: `(?:prosecco|mimosas?|wine|cocktails|sangria|champagne|bellinis?|margs|margaritas|drinks|booze|beer)\\s+(?:was|were|is|are)\\s+bottomless`, category: 'drinking' },
  // "started on cocktails at noon, it is now 11pm".
  {
    match: `started\\s+on\\s+(?:the\\s+)?(?:cocktails|shots|tequila|wine|beers|pints|prosecco|vodka|gin|margs|margaritas|mimosas|spirits|jäger\\p{L}*|jager\\p{L}*|cans|tinnies)\\s+(?:at|by|before|around|since)\\s+(?:noon|lunch(?:time)?|midday|breakfast|brunch|\\d{1,2}(?:[:.]\\d\\d)?\\s?am|[1-4](?:[:.]\\d\\d)?\\s?pm)${END}`,
    category: 'drinking',
  },
  // "face down in a pint glass by 9".
  { match: 'face\\s+down\\s+in\\s+(?:a|my|the|his|her)\\s+(?:pint(?:\\s+glass)?|glass\\s+of\\s+(?:wine|beer|prosecco|vodka|gin|rum|whiske?y)|drink|gutter)', category: 'drunk' },
  // "send paracetamol and a greasy fry-up": a hangover's cure asked for.
  {
    match: 'send\\s+(?:help|paracetamol|berocca|nurofen|ibuprofen|carbs|electrolytes|water)\\s*(?:,|and|&|\\+)\\s*(?:a\\s+)?(?:greasy\\s+)?(?:fry-?up|carbs|kebab|bacon(?:\\s+roll|\\s+butty|\\s+sarnie)?|maccies|mcdonald' + APOS + 's|full\\s+english|hash\\s+browns?|chips|a\\s+new\\s+liver)',
    category: 'hangover',
  },

  // --- wild night ---
  { match: `wild\\s+(?:night|nights|weekend)(?:\\s+out)?\\s+(?:in|at)\\s+(?:${PARTY_PLACES})`, category: 'wild-night', unless: NOT_A_PARTY_NIGHT },
  { match: 'wild\\s+(?:night|nights|weekend)\\s+out', category: 'wild-night', unless: NOT_A_PARTY_NIGHT },
  { match: 'wild\\s+(?:night|nights|weekend)', category: 'wild-night', requires: DRINK_CONTEXT, unless: NOT_A_PARTY_NIGHT },
  // Not the musical, "The Wild Party".
  { match: 'wild\\s+part(?:y|ies)', category: 'wild-night', unless: ['musical', 'broadway', 'play', 'theat(?:er|re)', 'novel', 'poem', 'film', 'cast', 'animals?', 'wildlife', 'birds?', 'flowers?'] },
  { match: 'partied\\s+(?:all\\s+night|(?:way\\s+|too\\s+|way\\s+too\\s+|so\\s+)?hard|till|til|until|like\\s+(?:rock\\s*stars?|animals|it' + APOS + 's\\s+1999))', category: 'wild-night', unless: KIDS },
  // Not "a third-party hard drive".
  {
    match:
      `(?<!(?:third|3rd|first|1st|second|2nd|multi|cross|opposition|political|any|other)[- ])(?:partying|party)\\s+(?:all\\s+night(?:\\s+long)?|(?:way\\s+|too\\s+|way\\s+too\\s+|so\\s+)?hard(?!\\s+(?:drives?|disks?|copy|copies|line|lines|liners?|cover|facts|data|stop|limits?|sells?|no|yes|truths?|questions?|choices?|decisions?|work)${END})|till\\s+dawn|til\\s+dawn|until\\s+dawn)`,
    category: 'wild-night',
    unless: KIDS,
  },
  { match: 'ragers?', category: 'wild-night', unless: ['road', ...KIDS, ...PET_NAME] },
  // Not the dialect past tense: "turnt into a pumpkin".
  { match: `turnt(?:\\s+up|(?!\\s+(?:into|in|off|on|around|away|back|out|over|down|to|the|a|it|him|her|me|them|my)${END}))`, category: 'wild-night' },
  { match: 'frat\\s+part(?:y|ies)', category: 'wild-night' },
  // "On a three-day bender", but not "on a cleaning bender".
  {
    match:
      'on\\s+an?\\s+(?:(?:[\\p{L}\\p{N}]+[- ])?(?:day|week|night|weekend|month)(?:[- ]long)?\\s+|(?:epic|massive|proper|serious|real|little|huge|wild|drunken|booze-fueled|boozy|tequila|whiske?y|vodka|beer|wine)\\s+)?bender',
    category: 'wild-night',
    unless: ['futurama', 'robot', 'productivity', 'cleaning', 'baking', 'shopping', 'reading', 'netflix', 'binge-?watching', 'coding', 'writing', 'knitting', 'organi[sz]ing', 'fender'],
  },
];

/**
 * The words of the rule's second reading: triggers found on the tokens of
 * the reading layer (src/core/reading), in the normal forms it gives
 * (`Token.norm`, lower case; elongations also tried shortened), so that
 * inflections, elongations ("drunkkk", "waaay") and typos ("to hard") need
 * no list of their own. The rule weighs what it finds with the layer's cues.
 */
export const PARTY_WORDS = {
  /**
   * A cheap look at the text (in lower case) before the layer is asked to
   * read it: only a text holding one of these strings can hold a token
   * trigger. Plain strings (the rule builds one search of them, grouped by
   * first letter); a token trigger's words must be reachable from one.
   */
  afterSigns: ['ibuprofen', 'paracetamol', 'nurofen', 'advil', 'tylenol', 'regret', 'regrets', 'pounding', 'paining', 'throbbing', 'dehydrated', 'shame', 'fry'],
  afterPhrases: [
    ['dry', 'mouth'], ['last', 'thing', 'i', 'remember'], ['sun', 'came', 'up'], ["can't", 'feel', 'my', 'face'], ['cant', 'feel', 'my', 'face'], ["can't", 'feel', 'my', 'legs'], ['cant', 'feel', 'my', 'legs'], ['zero', 'memory'], ['no', 'memory'], ['head', 'like', 'a'],
    ['send', 'water'], ['my', 'dignity'], ['one', 'sock'], ['fully', 'clothed'], ['what', 'a', 'night'], ['head', 'is', 'pounding'], ['hold', 'a', 'bag'],
  ],
  quick: [
    'drunk', 'drank', 'drink', 'wast', 'hammer', 'plaster', 'smash', 'wreck', 'slosh', 'trash', 'tipsy', 'faced', 'legless', 'blitz', 'leather',
    'muller', 'bladder', 'munted', 'blotto', 'paralytic', 'steaming', 'tanked', 'blasted', 'obliterat', 'sozzled', 'inebriat', 'intoxicat', 'crunk',
    'necked', 'necking', 'downed', 'downing', 'chugg', 'remember', 'woke up', 'waking up', 'few too many', 'couple too many', 'one too many',
    'morning after', 'see straight', 'walk straight', 'stand straight', 'think straight', 'type straight', 'talk straight', 'seeing double',
    'how i got home', 'how we got home', 'mixing', 'never mix', 'rough after', 'hanging', 'were flowing', 'was flowing', 'bar tab', 'out of hand',
    'pint', 'beer', 'bevv', 'shot', 'cocktail', 'marg', 'wine', 'vodka', 'tequila', 'whisk', 'rosé', 'booze', 'jäger', 'jager', 'cider', 'prosecco',
    'mimosa', 'sangria', 'champagne', 'partied', 'partying', 'party', 'threw up', 'throw up', 'puk', 'vomit', 'passed out', 'blacked out',
    'no memory', 'no recollection', 'stumbl', 'crawled', 'stagger', 'spinning', 'spins', 'hair of the dog', 'bottle', 'keg', 'hungov', 'hangov',
    'hungova', 'my liver', 'turned into', 'turnt', 'faded', 'yard of', 'hit the bottle', 'bar bill', 'merlot', 'malbec', 'pinot', 'sick as',
    'sambuca', 'ouzo', 'absinthe', 'mezcal', 'bourbon', 'scotch', 'jameson', 'fireball', 'tasting', 'carbs', 'bacon', 'fry-up', 'paracetamol', 'rough',
    'dying', 'fragile', 'delicate', 'dressed', 'never again', 'berocca', 'schooner', 'stubb', 'tallboy', 'spew', 'chunder', 'barf', 'messy', 'pinged', 'mangled', 'twatted', 'spannered', 'lager', 'seltzer', 'white claw', 'martini', 'mojito', 'spritz', 'negroni', 'g&t', 'tinn', 'voddy', 'voddie', 'guzzl', 'stein', 'gins', 'rums', "shouldn't have", 'shouldn’t have', 'shouldnt have', 'should not have', 'how did i make it', 'over the limit', 'trollied', 'arsed', 'arseholed', 'blootered', 'wankered', 'bevvied', 'half-cut', 'topping up', 'topped up', 'zero memory', 'rinsed', 'clothed', 'one sock', 'send water', 'thing i remember', 'dignity', 'after castle', 'pounding', 'what a night', 'rye', 'lost count', 'and coke',
  ],
  /** Always drunk, in any frame: "drunk", "tipsy", "sloshed". */
  drunkAlways: ['drunk', 'drunkk', 'tipsy', 'sloshed', 'shitfaced', 'shit-faced', 'legless', 'blitzed', 'inebriated', 'intoxicated', 'sozzled', 'crunk', 'schwasted', 'shwasted', 'shwasted', 'drunkity', 'trollied', 'rat-arsed', 'ratarsed', 'arseholed', 'blootered', 'wankered', 'bevvied', 'half-cut'],
  /** Drunk only as a person's state and near drinking or a night out: "getting WRECKED tonight", "got absolutely plastered". */
  drunkAmbiguous: ['wasted', 'rinsed', 'hammered', 'plastered', 'smashed', 'wrecked', 'trashed', 'tanked', 'blasted', 'obliterated', 'munted', 'bladdered', 'paralytic', 'blotto', 'mullered', 'leathered', 'steaming', 'lit', 'faded', 'pissed', 'gone', 'messy', 'pinged', 'mangled', 'twatted', 'spannered'],
  /** Of those, the ones that need alcohol in the post, not only a night out ("lit" is also a fire, "pissed" also angry). */
  needsAlcohol: ['lit', 'faded', 'pissed', 'gone', 'steaming', 'blasted', 'tanked', 'messy', 'mangled'],
  /**
   * Of those, the ones that are drunk in a person's be/get frame with no night named ("I intend to get absolutely
   * leathered"): their sober senses (beaten, in a match) take "by" or an object, which the frame checks refuse.
   */
  framedEnough: ['leathered', 'mullered', 'bladdered', 'blotto', 'twatted', 'spannered'],
  /** Of those, the ones a night's event is enough for ("absolutely steaming at the Christmas do"): not "lit", "gone", "pissed". */
  eventEnough: ['steaming', 'tanked'],
  /** Morning states that, said on their own ("hanging.") or with a degree, and with a cure asked for, are a hangover. */
  aloneMorningStates: ['hanging', 'hangin', 'rough', 'dying', 'fragile', 'delicate', 'broken', 'ruined', 'destroyed'],
  /** What a hangover is cured with: "send carbs and a bacon roll", "need a fry-up and paracetamol". */
  hangoverCures: ['carbs', 'bacon', 'fry-up', 'fryup', 'greasy', 'grease', 'paracetamol', 'berocca', 'nurofen', 'hash', 'maccies', "mcdonald's", 'electrolytes', 'dioralyte', 'irn-bru', 'irn', 'lucozade', 'full', 'sausage', 'butty', 'kebab'],
  /** Words before a state that make it a person's state: be, get, feel, stay, and degrees. */
  stateFrame: [
    'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "i'm", "we're", "you're", "they're", "he's", "she's", "'m", 'im',
    'get', 'got', 'gets', 'getting', 'gettin', 'gotten', 'feel', 'feeling', 'felt', 'feelin', 'stay', 'stayed', 'staying', 'still', 'already',
  ],
  /** Degree words between the frame and the state ("so", "absolutely", "rather"). */
  degree: [
    'so', 'soo', 'very', 'super', 'pretty', 'really', 'rather', 'quite', 'too', 'way', 'totally', 'completely', 'absolutely', 'hella', 'mad', 'kinda', 'bit', 'little', 'lil', 'slightly', 'proper', 'properly',
    'fully', 'fucking', 'fuckin', 'freaking', 'damn', 'extremely', 'obviously', 'clearly', 'definitely', 'def', 'seriously', 'thoroughly', 'utterly', 'bloody', 'well', 'a', 'of', 'sort', 'kind', 'also', 'just', 'now', 'all', 'stupidly', 'stupid', 'dead', 'piss',
  ],
  /** After the state, words that make it a state now: "drunk af", "drunk rn", "drunk again". */
  afterState: ['af', 'rn', 'now', 'tonight', 'tonite', '2nite', 'again', 'as', 'last', 'from', 'off', 'haha', 'lol', 'lmao', 'and', 'enough', 'already', 'still', 'yet', 'at', 'all', 'today', 'this', 'by', 'before', 'after', 'since', 'with'],
  /** Attributive "drunk" before these is the author's own: "drunk thoughts", "drunk hiccups". */
  authorThings: [
    'thoughts', 'thought', 'texts', 'text', 'texting', 'texted', 'dial', 'dialing', 'dialling', 'calls', 'call', 'calling', 'tweets', 'tweet', 'tweeting', 'twittering', 'twitter', 'hiccups', 'hickups', 'hiccup', 'munchies',
    'eyes', 'me', 'mess', 'decisions', 'decision', 'shopping', 'purchases', 'food', 'pizza', 'kebab', 'selfie', 'selfies', 'rant', 'ramblings', 'logic', 'walk', 'dancing', 'karaoke', 'snaps', 'posts', 'post', 'posting', 'brain', 'confessions', 'feelings',
  ],
  /** Attributive "drunk" before these is someone else: "thanks drunk girl", "texting my drunk friends". */
  personNouns: [
    'girl', 'girls', 'guy', 'guys', 'people', 'ppl', 'person', 'friend', 'friends', 'ones', 'one', 'guest', 'guests', 'uncle', 'aunt', 'dad', 'mom', 'mum', 'man', 'men', 'woman', 'women', 'dude', 'dudes', 'lady', 'ladies',
    'bloke', 'blokes', 'customer', 'customers', 'fan', 'fans', 'sailor', 'idiot', 'idiots', 'kids', 'students', 'tourists', 'driver', 'drivers', 'driving', 'drive', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'tank', 'uncles',
    'husband', 'wife', 'boyfriend', 'girlfriend', 'brother', 'sister', 'roommate', 'housemate', 'flatmate', 'coworker', 'coworkers', 'colleague', 'colleagues', 'boss', 'stranger', 'strangers', 'bride', 'groom',
  ],
  /** Words right before "drunk" that make it a figure: "love drunk", "punch drunk", "half drunk cup". */
  figureBefore: ['love', 'punch', 'power', 'sleep', 'sun', 'half', 'word', 'data', 'cuteness'],
  /** Adverbs that make a state a figure: "spiritually hungover". */
  figureAdverbs: ['spiritually', 'emotionally', 'socially', 'metaphorically', 'figuratively', 'creatively', 'musically', 'culturally'],
  /** Alcohol, by kind, brand and slang, as lemmas (plurals are read as inflections). */
  alcohol: [
    'beer', 'pint', 'lager', 'ale', 'ipa', 'stout', 'cider', 'wine', 'vino', 'rosé', 'rose', 'prosecco', 'champagne', 'cava', 'bubbly', 'sangria', 'vodka', 'tequila', 'whisky', 'whiskey', 'bourbon', 'scotch', 'rum',
    'gin', 'sake', 'soju', 'mezcal', 'absinthe', 'sambuca', 'ouzo', 'moonshine', 'liquor', 'booze', 'alcohol', 'jager', 'jäger', 'jagermeister', 'jägermeister', 'jagerbomb', 'jägerbomb', 'fireball', 'jameson', 'patron',
    'patrón', 'ciroc', 'henny', 'hennessy', 'bacardi', 'smirnoff', 'margarita', 'marg', 'mimosa', 'cocktail', 'martini', 'mojito', 'daiquiri', 'negroni', 'spritz', 'bellini', 'seltzer', 'claw', 'shot', 'drink', 'drank',
    'brew', 'bevvy', 'bevvies', 'bev', 'tinny', 'tinnie', 'tinnies', 'minibar', 'keg', 'guinness', 'corona', 'heineken', 'budweiser', 'bud', 'natty', 'pbr', 'coors', 'stella', 'tequilas', 'vodkas', 'g&t', 'g&ts', 'cosmo',
    'schooner', 'stubby', 'stubbie', 'tallboy', 'voddy', 'voddie', 'goon', 'snakebite', 'merlot', 'malbec', 'pinot', 'sauvignon', 'chardonnay', 'shiraz', 'rioja', 'cabernet', 'redbull-vodka', 'jagers', 'ale', 'ales', 'porter', 'sherry', 'port', 'baileys', 'aperol', 'rye',
  ],
  /** Spirits: drinking them is more than a glass with dinner. */
  spirits: ['vodka', 'tequila', 'whisky', 'whiskey', 'bourbon', 'scotch', 'rum', 'gin', 'mezcal', 'absinthe', 'sambuca', 'ouzo', 'moonshine', 'liquor', 'jager', 'jäger', 'jagermeister', 'jägermeister', 'jagerbomb', 'jägerbomb', 'fireball', 'jameson', 'patron', 'patrón', 'ciroc', 'henny', 'hennessy', 'bacardi', 'smirnoff', 'shot', 'booze'],
  /** Drinks counted one by one: "three pints", "6 beers", "4 cocktails", "too many dranks". */
  countable: ['pint', 'beer', 'drink', 'dranks', 'drank', 'shot', 'cocktail', 'marg', 'margarita', 'mimosa', 'tequila', 'vodka', 'jagerbomb', 'jägerbomb', 'cider', 'lager', 'bevvy', 'bevvies', 'bev', 'seltzer', 'claw', 'martini', 'mojito', 'spritz', 'negroni', 'whisky', 'whiskey', 'g&t', 'g&ts', 'tinny', 'tinnies', 'ipa', 'stein', 'round', 'schooner', 'stubby', 'stubbie', 'tallboy', 'voddy', 'voddie', 'gin', 'rum', 'sambuca'],
  /** Containers that count drinks only with an alcohol after "of": "3 bottles of wine", "a whole bottle of rum" (not cases and crates: those are bought, not drunk). */
  containers: ['bottle', 'glass', 'jug', 'pitcher', 'bucket', 'can', 'carafe', 'tray', 'round', 'shitload', 'ton', 'load', 'bunch', 'bottles', 'glasses'],
  /** Words after a count that say "so far tonight": "three pints in", "6 beers deep", "five pints later". */
  countCues: ['in', 'deep', 'down', 'later', 'counting', 'mistake', 'tonight', 'tonite', 'already', 'deep.'],
  /** Verbs of buying and bringing: drinks counted for a shop or a party are not drunk ("bought 6 beers for the bbq"). */
  purchase: ['bought', 'buy', 'buying', 'grab', 'grabbed', 'grabbing', 'pick', 'picked', 'picking', 'bring', 'bringing', 'brought', 'need', 'needs', 'stock', 'stocked', 'stocking', 'delivered', 'delivery', 'sell', 'selling', 'sold', 'won', 'gift', 'gifted', 'chilling', 'chilled', 'fridge', 'list'],
  /** Wine by its colour, after a container: "2 bottles of red". */
  wineColours: ['red', 'white', 'rosé', 'rose', 'fizz', 'bubbly', 'plonk', 'vino', 'sparkling'],
  /** Verbs that only drink: "downed a yard of ale", "necked a bottle of wine". */
  downing: ['downed', 'downing', 'necked', 'necking', 'chugged', 'chugging', 'sank', 'sunk', 'sinking', 'pounded', 'pounding', 'guzzled', 'guzzling', 'knocked', 'polished', 'smashed'],
  /** Someone else's floor or a place nobody sleeps: where waking up tells of the night before. */
  strangeBeds: ["mate's", "friend's", "someone's", "stranger's", 'random', 'bathtub', 'bath', 'bush', 'lawn', 'garden', 'stairs', 'street', 'hallway', 'doorstep', 'beach', 'bench', 'park', 'clothed', 'clothes', 'dressed', 'shoes', 'kebab', 'makeup'],
  /** Events whose "morning after" is a hangover. */
  events: ['party', 'wedding', 'reception', 'night', 'session', 'sesh', 'do', 'bash', 'festival', 'reunion', 'stag', 'hen', 'bender', 'celebrations', 'birthday', 'bday', 'drinks', 'races', 'night out', 'afterparty', 'dos', 'parties', 'socials', 'social'],
  /** States a drink leaves, named with the drink: "buzzing from the vodka", "feeling the wine", "rough after the tequila". */
  stateWithDrink: ['buzzing', 'buzzin', 'buzzed', 'merry', 'giddy', 'fuzzy', 'dizzy', 'rough', 'hanging', 'dying', 'wobbly', 'spinning', 'wrecked', 'ruined', 'destroyed', 'fragile', 'delicate', 'feeling', 'suffering', 'regretting', 'sick', 'smell', 'smelling', 'reek', 'reeking', 'stinking'],
  /** Of those, the ones that also tell of the morning after a night out without naming the drink: "hanging after last night's session". */
  morningStates: ['rough', 'hanging', 'dying', 'fragile', 'delicate', 'wrecked', 'destroyed', 'ruined', 'suffering', 'broken', 'sick', 'poorly', 'ill'],
  /** Things a person cannot do straight when drunk: "can barely see straight". */
  straight: ['see', 'walk', 'stand', 'type', 'think', 'talk', 'drive'],
  /** Title nouns anywhere in the sentence that make a capitalised trigger a name: "Hangover Square is a great old film". */
  titleNouns: ['film', 'films', 'movie', 'movies', 'song', 'songs', 'album', 'book', 'novel', 'show', 'series', 'band', 'brand', 'skincare', 'podcast', 'track', 'musical', 'play', 'episode', 'sitcom', 'documentary', 'cafe', 'café', 'restaurant', 'shop', 'range', 'label'],
  /** Words that make a hangover a topic, not a state: "this hangover cure smoothie recipe". */
  topic: ['recipe', 'recipes', 'guide', 'tips', 'article', 'product', 'products', 'brand', 'launch', 'launches', 'sale', 'sells', 'shop', 'menu', 'review', 'science'],
  /** Words after a determiner that name no third person: times, drinks and events ("the night was wild"). */
  notSubjects: ['night', 'nights', 'morning', 'day', 'weekend', 'party', 'wedding', 'bar', 'pub', 'club', 'hangover', 'hangovers', 'drinks', 'wine', 'beer', 'beers', 'shots', 'tequila', 'vodka', 'whole', 'rest', 'last', 'next', 'first', 'amount', 'room', 'bed', 'world', 'vibes', 'music', 'food', 'plan', 'result', 'aftermath', 'morning-after', 'reunion', 'festival', 'hen', 'stag', 'do', 'same', 'end', 'bottle', 'bottles', 'minibar'],
  /** History and trivia: "Fun fact: the first recorded hangover cure is from ancient Egypt". */
  history: ['ancient', 'medieval', 'century', 'centuries', 'historians', 'archaeologists', 'invented', 'recorded', 'trivia', 'romans', 'egyptians', 'vikings', 'victorians'],
  /** A next sentence that takes it back: "getting tipsy!... well everyone else is". */
  retractions: [['well', 'everyone', 'else'], ['everyone', 'else', 'is'], ['not', 'me'], ['jk'], ['just', 'kidding'], ['kidding'], ['not', 'really'], ['well', 'not', 'me']],
  /** Not alcohol: what a person may drink a lot of, sober. */
  nonAlcohol: [
    'water', 'coffee', 'tea', 'milk', 'juice', 'soda', 'pop', 'coke', 'sprite', 'cordial', 'lemsip', 'smoothie', 'smoothies', 'kombucha', 'gatorade', 'lemonade', 'cocoa', 'chocolate', 'espresso', 'latte', 'lattes',
    'fluids', 'fluid', 'the view', 'view', 'wheatgrass', 'ginger', 'caffeine', 'redbull', 'red', 'diet', 'squash', 'matcha', 'protein', 'shake', 'shakes', 'kool-aid', 'koolaid', 'broth', 'soup', 'formula', 'bottle',
    'mocktail', 'mocktails', 'energy', 'electrolytes', 'decaf', 'iced', 'ice', 'hot', 'herbal', 'chai', 'frappuccino', 'slushie', 'vitamin', 'vaccine', 'vaccines', 'flu', 'booster', 'covid', 'novacaine',
  ],
  /** A night out: with one of these around, an ambiguous state ("hammered", "wrecked") reads as drunk. */
  nightOut: [
    'bar', 'pub', 'club', 'party', 'parties', 'wedding', 'reception', 'reunion', 'festival', 'gig', 'hen', 'stag', 'bachelorette', 'bachelor', 'do', 'christmas', 'xmas', 'bday', 'birthday', 'tonight', 'tonite', '2nite',
    'night', 'weekend', 'friday', 'saturday', 'girls', 'lads', 'boys', 'uni', 'frat', 'tailgate', 'vegas', 'uber', 'taxi', 'cab', 'kebab', 'karaoke', 'afterparty', 'pregame', 'rave', 'lake', '30th', '21st', '40th', '50th', 'crew', 'session', 'sesh', 'races', 'leavers', 'holiday', 'magaluf', 'ibiza',
    'nightclub', 'nightclubs', 'bucks', 'hens', 'afters', 'schoolies', 'boozer',
  ],
  /** With one of these in the sentence, an ambiguous state is not drunk: tired, beaten, covered, busy. */
  innocentStates: [
    'hike', 'hiking', 'run', 'running', 'marathon', 'gym', 'workout', 'training', 'practice', 'shift', 'work', 'tired', 'exhausted', 'sleep', 'nap', 'exams', 'exam', 'studying', 'flu', 'sick', 'fever', 'time', 'money',
    'food', 'potential', 'talent', 'effort', 'polls', 'election', 'midterms', 'votes', 'game', 'match', 'team', 'score', 'storm', 'rain', 'snow', 'hail', 'wind', 'stocks', 'market', 'emails', 'mud', 'paint', 'walls',
    'posters', 'flyers', 'phone', 'screen', 'car', 'bike', 'season', 'injuries', 'monopoly', 'scrabble', 'chess', 'uno', 'catan', 'cluedo', 'jenga', 'kart', 'cycles', 'page', 'day', 'hour', 'hours', 'weekend', 'sunday', 'nap', 'ducks', 'bread', 'off', 'angry', 'mad', 'annoyed', 'furious',
  ],
  /** Illness, babies and travel: being sick without a night out. */
  illness: ['flu', 'bug', 'stomach', 'poisoning', 'pregnant', 'pregnancy', 'morning', 'migraine', 'chemo', 'baby', 'toddler', 'dog', 'cat', 'puppy', 'kitten', 'carsick', 'seasick', 'motion', 'virus', 'covid', 'norovirus', 'fever', 'meds', 'medication', 'antibiotics', 'heat', 'pain', 'blood', 'hospital', 'doctor', 'gym', 'workout', 'faint', 'fainted', 'dizzy', 'seizure', 'sugar', 'anxiety', 'panic', 'exhausted', 'tired', 'power', 'outage', 'storm', 'curtains', 'prawns', 'fish', 'seafood', 'oysters', 'chicken', 'ate', 'eating', 'takeaway', 'undercooked', 'dodgy', 'mussels', 'sushi', 'allergy', 'allergic'],
  /** Places a person passes out, wakes or throws up after a night out. */
  nightPlaces: ['uber', 'taxi', 'cab', 'bar', 'club', 'pub', 'party', 'bouncer', 'pool', 'kebab', 'drinks', 'wedding', 'reception', 'festival', 'hen', 'stag', 'rave', 'gig', 'bathtub', 'bush', 'street', 'gutter', 'session', 'sesh'],
  /** Words that keep a "hair of the dog" literal: dog hair on things. */
  dogHair: ['brush', 'brushing', 'groom', 'grooming', 'shed', 'shedding', 'fur', 'vacuum', 'hoover', 'lint', 'couch', 'sofa', 'clothes', 'everywhere', 'carpet', 'bed', 'coat'],
  /** Company words: drinking with these is a night out. */
  company: ['friends', 'girls', 'lads', 'boys', 'mates', 'crew', 'coworkers', 'co-workers', 'colleagues', 'team', 'ladiez', 'ladies', 'gang', 'squad', 'besties'],
  /** Time after "drinking since/for/till/all": the length of a session. */
  sessionTime: ['noon', 'lunch', 'breakfast', 'brunch', 'morning', 'dawn', 'sunrise', 'close', 'closing', 'night', 'day', 'afternoon', 'evening', 'weekend', 'hours', 'hour', 'past', 'the', 'midnight', 'late', 'last'],
  /** Clues that the post talks of another time or another person as a habit: "I used to get drunk". */
  habit: [['used', 'to'], ['use', 'to']],
  /** Wishes and plans that do not happen: "wanna be drinking", "want to get drunk". */
  wishes: ['wanna', 'want', 'wants', 'hope', 'hoping', 'wish', 'wishing', 'would', 'could', 'should', 'might'],
  /** Questions whose asker is one of the drinkers: "who else is hungover?". */
  inclusiveQuestion: [['who', 'else'], ['anyone', 'else'], ['anybody', 'else'], ['am', 'i', 'the', 'only'], ['why', 'am', 'i'], ['why', 'did', 'i'], ['how', 'did', 'i'], ['how', 'am', 'i'], ['how', 'is', 'it'], ['why', 'is', 'it']],
  /** Question tails that make a plan an invitation, not a doubt: "beer pong tonight, anyone??", "who's in?". */
  invitationTails: [['anyone'], ['anybody'], ["who's", 'in'], ['whos', 'in'], ["who's", 'down'], ['whos', 'down'], ['u', 'in'], ['you', 'in'], ['who', 'wants', 'in'], ['who', 'else']],
  /** Words after which a first-person clause is presupposed, even in a question: "is it bad that I'm hungover?". */
  presupposing: ['that', 'when', 'because', 'cause', 'cuz', 'since', 'how'],
  /** Bare imperatives at a sentence's start: advice or a dare to someone else ("Get wasted 2nite!"). */
  imperatives: ['get', 'go', 'have', 'drink', 'take', 'do', 'enjoy', 'stop', 'keep', "don't", 'dont', 'never'],
  /** Groups the author is usually one of: "the whole team doing a keg stand", "with the crew". */
  groups: ['team', 'crew', 'squad', 'gang', 'group', 'lot', 'family'],
  /** People around the author in a photo's alt text ("two friends holding her legs, a crowd cheering"): the author's night still. */
  sceneGroups: ['friends', 'mates', 'crowd', 'people', 'everyone', 'everybody', 'strangers', 'guests', 'girls', 'lads', 'boys', 'others'],
  /** The author named as the photo's subject at an alt text's start: "Me lying on a pub floor", "The author upside down on a keg". */
  sceneAuthor: [['me'], ['i'], ['the', 'author'], ['author'], ['selfie'], ['my', 'selfie'], ['us'], ['we']],
  /** Regret after driving home from drinks: "drove home after the work do, def shouldn't have". */
  drivingRegret: [["shouldn't", 'have'], ['shouldnt', 'have'], ['should', 'not', 'have'], ['how', 'did', 'i', 'make', 'it'], ['how', 'many', 'did', 'i', 'have'], ['over', 'the', 'limit'], ['seeing', 'double'], ['seeing', '2'], ['seeing', 'two'], ['one', 'eye', 'closed'], ["don't", 'remember', 'driving'], ['dont', 'remember', 'driving']],
  /** Children around a party: "partied hard at the kids' birthday". */
  kids: ['kid', 'kids', "kids'", "kid's", 'children', 'toddler', 'toddlers', 'bounce', 'nephew', 'niece', 'son', 'daughter', 'grandkids', 'kiddos', 'playdate', 'preschool', 'nursery'],
  /** Drinks as a list to choose from, not drunk: "too many drinks on this menu". */
  choosing: ['menu', 'menus', 'options', 'choices', 'choose', 'choosing', 'recipes', 'recipe', 'list', 'selection', 'tap'],
  /** Pronouns of the person addressed, which the layer leaves to `unknown`. */
  addressee: ['you', 'u', 'ya', "y'all", 'yall', "you're", 'youre', 'ur', "you've", "you'll"],
  /** Comparison evidence that is a hedge of degree, not a simile: "kind of drunk", "more hungover than ever". */
  hedges: ['kind of', 'sort of', 'more than', 'than'],
  /** Irrealis evidence that only hedges: "maybe because I'm drunk". */
  weakIrrealis: ['maybe', 'might', 'thinking about', 'tempted to'],
  /** Words after a noun trigger that reframe it as a joke: "Bar crawl but it's chocolate bars". */
  reframe: [['but', "it's"], ['but', 'its'], ['but', 'make', 'it'], ['but', 'with'], ['but', 'for']],
  /** Words that, between a negation and a state, still carry the negation to it ("didn't even get", "not planning on getting"). */
  negationCarriers: [
    'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'getting', 'do', 'did', 'done', 'doing', 'have', 'had', 'having', 'feel', 'feeling', 'even', 'really', 'so', 'that', 'too', 'very',
    'a', 'an', 'the', 'any', 'more', 'much', 'many', 'single', 'one', 'all', 'gonna', 'going', 'to', 'wanna', 'want', 'need', 'plan', 'planning', 'on', 'think', 'again', 'ever', 'yet', 'once', 'at', 'remotely', 'particularly',
    'as', 'quite', 'exactly', 'totally', 'completely', 'bit', 'little', 'lil', 'super', 'drink', 'drank', 'drinking', 'go', 'went', 'gone', 'i', 'we', 'me', 'you', 'just', 'tonight', 'today', 'this', 'year', 'since', 'and',
    'or', 'nor', 'of', 'my', 'our', 'big', 'huge', 'real', 'bad', 'proper', 'single',
  ],
  /** Weekdays and times that may follow a capitalised state without making it a title: "Hungover Friday". */
  notTitleWords: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'night', 'weekend', 'again', 'today'],
  /** Small words inside a title: "Two Pints of Lager and a Packet of Crisps". */
  titleGlue: ['of', 'and', 'a', 'an', 'the', 'in', 'on', 'to', 'for', 'at', 'by', '&'],
  /** Number words, for counts of drinks. */
  numbers: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, several: 3, many: 4, multiple: 3, few: 3, couple: 2, dozen: 12, lots: 4, endless: 6, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 } as Record<string, number>,
} as const;

/** The innocent contexts of "shots", for the token triggers: vaccines, sports and guns, photos, idioms. */
export const SHOTS_NOT_DRINKS: readonly string[] = [...MEDICAL, ...SPORTS_AND_GUNS, ...PHOTO, ...SHOTS_IDIOMS, 'espresso', 'wheatgrass', 'ginger', 'juice', 'novacaine', 'novocaine', 'dentist', 'dr', 'doc'];
