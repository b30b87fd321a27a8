import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Word lists of the `oversharing` rule: personal details that should not be
 * public. Every entry is a regex source (no capturing groups) matched
 * case-insensitively at word boundaries; a plain space in a source stands for
 * any run of whitespace, line breaks included.
 */

/** The categories of oversharing, as they appear in messages and data. */
export const OVERSHARING_CATEGORIES = [
  'travel',
  'booking',
  'birthdate',
  'child-school',
  'home-address',
  'health',
  'money',
  'relationship',
  'confidential',
  'badge-id',
  'boss-complaint',
  'sick-skip',
] as const;
export type OversharingCategory = (typeof OVERSHARING_CATEGORIES)[number];

/** The category of words added through the `extraWords` option. */
export const CUSTOM_CATEGORY = 'custom';

/** Why each category matters, in a few plain words; completes `"<match>" ...`. */
export const CATEGORY_REASONS: Record<OversharingCategory | typeof CUSTOM_CATEGORY, string> = {
  travel: 'tells strangers when your home is empty, or how to get in',
  booking: 'helps strangers find, change or cancel your trip',
  birthdate: 'hands identity thieves your full date of birth',
  'child-school': "tells strangers where to find a child",
  'home-address': 'puts your home address in front of strangers',
  health: 'shares medical details that a boss or client will read too',
  money: 'shares money trouble or pay that a boss or client will read too',
  relationship: 'airs relationship drama in front of bosses and clients',
  confidential: 'leaks confidential work information',
  'badge-id': 'shows an ID that can be copied or used to impersonate you',
  'boss-complaint': 'complains about your boss or job where your boss, or the next one, can read it',
  'sick-skip': 'tells your employer you skipped work',
  custom: 'is on your list of things not to share',
};

/**
 * An entry of the list. `shape` holds regex sources matched case-SENSITIVELY
 * against the matched text, all of which must match: the matcher ignores
 * case, and some things (a child's name, a school's name, an all-letter
 * booking code) are only recognisable by their capitals.
 */
export interface OversharingEntry extends PhraseEntry {
  category: OversharingCategory;
  shape?: string[];
}

const r = String.raw;
/** Spaces stand for any whitespace; write `\s` explicitly where none may be needed. */
const ws = (source: string): string => source.replace(/ /g, r`\s+`);
const list = (...sources: string[]): string[] => sources.map(ws);

/** A subject in the first person: I, I'm, we, we're ... */
const SUBJECT = list(r`I`, r`im`, r`we`);
/** Anyone in the first person, subject or not. */
const FIRST_PERSON = list(r`I`, r`im`, r`ive`, r`me`, r`my`, r`myself`, r`mine`, r`we`, r`us`, r`our`, r`ours`);
/** Advice about a risk is not the risk: "never post your boarding pass". */
const ADVICE = list(
  r`never`, r`don['’]t`, r`dont`, r`do not`, r`stop`, r`tips?`, r`PSA`, r`advice`, r`shouldn['’]t`, r`should not`,
  r`scam\w*`, r`burglars?`, r`thie(?:f|ves)`, r`criminals?`, r`hackers?`, r`police`, r`warns?`,
);
/** Pets, other people and public figures: their health or birthday is not one's own. */
const OTHERS = list(
  r`dog`, r`dogs`, r`cat`, r`cats`, r`puppy`, r`pup`, r`kitten`, r`pets?`, r`horse`, r`rabbit`, r`bunny`, r`patients?`,
  r`he`, r`she`, r`his`, r`her`, r`they`, r`their`, r`mom`, r`mum`, r`dad`, r`mother`, r`father`, r`son`, r`daughter`,
  r`wife`, r`husband`, r`brother`, r`sister`, r`grand\w+`, r`friend`, r`baby`, r`kid`, r`boyfriend`, r`girlfriend`,
  r`aunt`, r`uncle`, r`cousin`, r`senator`, r`president`, r`americans`, r`millions`, r`boy`, r`girl`, r`🐶`, r`🐕`,
  r`🐱`, r`🐾`,
);
/** Animals and a vet's work: a vet's diagnosis, surgery or patients are not their own health. */
const PETS = list(
  r`dogs?`, r`doggy`, r`doggie`, r`cats?`, r`pupp(?:y|ies)`, r`pups?`, r`kittens?`, r`pets?`, r`horses?`, r`rabbits?`,
  r`bunny`, r`patients?`, r`clients?`, r`parvo`, r`spays?`, r`neuters?`, r`canine`, r`feline`, r`vets?`, r`veterinary`,
  r`k9`, r`🐶`, r`🐕`, r`🐱`, r`🐾`,
);
/** Words of news and politics that say a money problem is not the poster's own. */
const PUBLIC_MONEY = list(
  r`country`, r`nation`, r`america`, r`government`, r`federal`, r`national`, r`states?`, r`city`, r`taxpayers?`,
  r`economy`, r`students`, r`americans`, r`families`, r`millions`, r`people`, r`generation`, r`workers`, r`renters`,
  r`obamacare`, r`congress`, r`democrats`, r`republicans`,
);
/** Work matters: what makes "between us" or "don't tell anyone" a leak. */
const WORK_MATTERS = list(
  r`merger`, r`acquisition`, r`acquired`, r`acquiring`, r`buyout`, r`layoffs?`, r`laying off`, r`laid off`, r`IPO`,
  r`earnings`, r`quarter`, r`Q[1-4]`, r`revenue`, r`board`, r`CEO`, r`CFO`, r`execs?`, r`leadership`, r`company`,
  r`firm`, r`clients?`, r`customers?`, r`contract`, r`deal`, r`launch\w*`, r`product`, r`roadmap`, r`funding`,
  r`investors?`, r`valuation`, r`reorg`, r`restructuring`, r`budget`, r`sales`, r`stock`, r`shares`, r`promot\w+`,
  r`fired`, r`firing`, r`hiring freeze`, r`office`, r`work`, r`boss`, r`manager`, r`project`, r`memo`,
  r`announce\w*`, r`partnership`, r`startup`, r`shut(?:ting)? down`, r`bonus(?:es)?`, r`HR`, r`NDA`,
);
/** Who is in the know: what makes "not public yet" an insider's leak. No bare "we": "not public yet but we adopted a puppy" is personal news. */
const INSIDER = list(
  r`(?:my|our) (?:company|team|boss|office|work|job|manager|startup|firm|CEO)`, r`internal(?:ly)?`, r`insiders?`,
  r`shh+`, r`🤫`, r`🤐`, r`secret`, r`confidential`, r`leak\w*`, r`heard`, r`rumou?rs?`, r`word is`,
);
/** What turns "called in sick" into skipping work. */
const SKIPPING = list(
  r`beach`, r`game`, r`concert`, r`festival`, r`party`, r`hangover`, r`hung\s?over`, r`fake`, r`faked`, r`faking`,
  r`pretend\w*`, r`lol`, r`lmao`, r`haha\w*`, r`golf\w*`, r`fishing`, r`binge\w*`, r`netflix`, r`shopping`,
  r`vacation`, r`road trip`, r`brunch`, r`opening day`, r`tailgat\w+`, r`playoffs?`, r`mall`, r`lake`, r`disney\w*`,
  r`movies?`, r`not (?:really|actually) sick`, r`so (?:I|we) could`, r`to go`, r`to watch`, r`to see`, r`to play`,
  r`to attend`, r`to catch`, r`😂`, r`🤫`, r`😉`, r`😜`, r`🏖️?`, r`🎣`, r`⛳`,
);
/** Real illness: a sick day taken for it is not skipping. */
const REALLY_SICK = list(
  r`doctor`, r`dr`, r`hospital`, r`clinic`, r`flu`, r`fever`, r`covid`, r`migraine`, r`vomit\w*`, r`puking`,
  r`throwing up`, r`stomach`, r`recover\w*`, r`appointment`, r`dentist`, r`surgery`,
);
/** A photo of a document, in words. */
const PHOTO = list(
  r`pics?`, r`photos?`, r`pictures?`, r`selfie`, r`snap`, r`here['’]?s`, r`look at`, r`check out`, r`finally`,
  r`arrived`, r`came`, r`got`, r`new`, r`proud`, r`officially`, r`scan`, r`copy`, r`front`, r`back`, r`📸`, r`🪪`, r`holding`,
);
/** Losing or renewing a document is not showing it. */
const NOT_SHOWN = list(
  r`lost`, r`forgot`, r`forgotten`, r`stolen`, r`misplaced`, r`left`, r`can['’]t find`, r`cannot find`, r`suspended`,
  r`revoked`, r`expired`, r`expires`, r`renew\w*`,
);
/** Video-game bosses, levels and doors. */
const GAMING = list(
  r`game`, r`games`, r`gaming`, r`level`, r`levels`, r`fight`, r`battle`, r`raid`, r`dungeon`, r`quest`, r`DLC`,
  r`RPG`, r`xbox`, r`ps[45]`, r`playstation`, r`nintendo`, r`steam`, r`achievements?`, r`trophy`, r`chest`,
);

// Dates: a full date always has a month, a day and a year.
const MONTH = r`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = r`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
/** A year of birth: up to 2019, so that "my birthday is May 3, 2025" (this year's party) is no birthdate. */
const YEAR = r`(?:19\d{2}|20[01]\d)`;
const NUMERIC_DAY = r`(?:0?[1-9]|[12]\d|3[01])`;
const FULL_DATE = ws(
  r`(?:${MONTH} ${DAY},? ${YEAR}|(?:the )?${DAY}(?: of)? ${MONTH},? ${YEAR}|` +
    r`${NUMERIC_DAY}[/.-]${NUMERIC_DAY}[/.-](?:${YEAR}|[013-9]\d)|${YEAR}-(?:0?[1-9]|1[0-2])-${NUMERIC_DAY})`,
);

// Schools and children's names.
/** Dogs go to daycare, academies and puppy kindergarten too. */
const DOG_SCHOOL = list(
  r`dogs?`, r`doggy`, r`doggie`, r`pupp(?:y|ies)`, r`pups?`, r`k9`, r`canine`, r`obedience`, r`training`, r`trainers?`,
  r`agility`, r`kennels?`, r`paws`, r`pets?`, r`woof`, r`good (?:boy|girl)`, r`🐶`, r`🐕`, r`🐾`,
);
const KID = r`(?:son|daughter|kid|boy|girl|child|little one|stepson|stepdaughter|step-son|step-daughter|grandson|granddaughter|oldest|youngest|eldest|little guy|little man|niece|nephew)`;
const NOT_A_NAME = r`(?:today|tomorrow|yesterday|tonight|this|that|it|its|everyone|everybody|someone|somebody|nobody|my|our|his|her|their|the|a|an|and|who|which|what|mr|mrs|ms|miss|dr|coach|teacher|principal|school|mom|mum|dad|mommy|mummy|daddy|mama|papa|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|week|year|term|semester|he|she|they|we|you|i|is|was|first|last|next|new|big|little|sweet|one|two|registration|class|classes)`;
const NAME = r`(?!${NOT_A_NAME}(?![\p{L}\p{N}_]))\p{L}[\p{L}-]{1,19}`;
const SCHOOL_TYPE = r`(?:elementary|middle|high|primary|junior high|intermediate|montessori|pre-?school|pre-?k|academy|day school|prep|kindergarten|school|nursery|daycare)(?: school)?`;
/** A word every school name ends with, or a class's word ("Oak class", "10th grade"): every child-school finding holds one. */
const SCHOOL_TYPE_WORD = r`elementary|middle|high|primary|intermediate|montessori|school|pre-?k|academy|prep|kindergarten|nursery|daycare|class|grade|gaelscoil|(?<![\p{L}])ns(?![\p{L}])`;
/**
 * Entries of some categories must start at any word (a child's name), which
 * keeps a combined regex from skipping ahead quickly; they run in a matcher
 * of their own, and only on texts where their gate occurs (a regex source,
 * tested case-insensitively). Every match of such an entry contains its gate.
 */
export const CATEGORY_GATES: Partial<Record<OversharingCategory, string>> = {
  'child-school': SCHOOL_TYPE_WORD,
};
const SCHOOL = ws(r`(?:[\p{L}\p{N}'’.&-]+ ){1,4}?${SCHOOL_TYPE}`);
/** Case-sensitive: a proper school name, "Lincoln Elementary", not "the local elementary school". */
const SCHOOL_SHAPE = r`\p{Lu}[\p{L}\p{N}'’.&-]*\s+(?:Elementary|Middle|High|Primary|Junior|Intermediate|Montessori|Pre-?[Ss]chool|Pre-?K|Academy|Day|Prep|Kindergarten|School|Nursery|Daycare)(?![\p{L}])`;

// Addresses: a house number, a street name and a street type.
const HOUSE_NUMBER = r`\d{1,6}[a-z]?`;
/** Street-name words; "5 minutes from the main road" is a distance, not an address. */
const STREET_WORD = r`(?!(?:from|the|of|to|a|an|and|or|minutes?|mins?|hours?|hrs?|blocks?|miles?|mi|km|kilometers?|steps?|doors?|away|down|up|off|near|by|on|in|at|with)(?![\p{L}]))[\p{L}\p{N}'’.-]+`;
const STREET = ws(
  r`(?:${STREET_WORD} ){1,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|crescent|close|trail|loop)`,
);

/** The places of a business. */
const BUSINESS = list(
  r`shelter`, r`clinic`, r`office`, r`offices`, r`store`, r`shop`, r`location`, r`opening`, r`opens?`, r`hours`,
  r`visit us`, r`come see us`, r`adoptions?`, r`rescue`, r`business`, r`studio`, r`salon`, r`restaurant`, r`cafe`,
  r`bakery`, r`HQ`, r`headquarters`, r`customers?`, r`clients?`, r`vets`, r`kennels?`,
);

// Amounts of money, with a currency sign or a word that says money.
const AMOUNT = r`(?:[$£€]\s?\d[\d,.]*(?:k|m)?|\d[\d,.]*(?:k|\s?(?:grand|thousand|dollars|bucks|usd)))`;
const PER_PERIOD = ws(r`(?: (?:a|an|per|every) |\s?/\s?)(?:year|yr|month|mo|hour|hr|week|wk)`);

const BOSS = r`(?:boss|manager|supervisor|line manager|team lead|team leader|employer|shift lead|shift manager)`;
const PARTNER = r`(?:ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|husband|hubby|wife|boyfriend|girlfriend|bf|gf|partner|fianc[eé]e?|spouse|man)`;
const DURATION = ws(
  r`(?:(?:all|the whole|this whole|the entire|for the whole|for the entire|for the) (?:week|weekend|month|summer|holidays?)|` +
    r`for (?:a|the next|the) (?:couple of |few )?(?:days|weeks|months|nights|week|month|fortnight)|` +
    r`for (?:\d+|two|three|four|five|six|seven|ten) (?:days|weeks|months|nights)|` +
    r`(?:until|till|til|through|thru) (?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th)|(?:the )?end of the (?:week|month)))`,
);

const entry = (category: OversharingCategory, match: string, context: Omit<OversharingEntry, 'category' | 'match'> = {}): OversharingEntry => ({
  category,
  match: ws(match),
  ...context,
});

/** The list. Order matters only where two entries could match at the same place: the first wins. */
export const OVERSHARING_ENTRIES: OversharingEntry[] = [
  // travel: an announced absence and a way in.
  // Future, or now with a time span: "the house is empty" alone is grief, or a shelter whose dogs all found homes.
  // Session 11: someone calling in to feed the pets, the household away.
  entry('travel', r`(?:popping|pops|coming|comes|nipping|calling)\s+(?:in|round|over|by)\s+to\s+(?:feed|water|check\s+on)\s+(?:the\s+|our\s+|my\s+)?(?:cat|cats|dog|dogs|fish|plants|tomatoes|garden|chickens|rabbit|rabbits|hamster|tortoise)(?!\s+(?:at|for|of)\s+(?:my\s+|our\s+|the\s+)?[\p{L}]+['’]s)`),
  entry('travel', r`(?:the|our|my) (?:house|home|place|apartment|apt|flat|condo|bungalow|cottage|caravan) (?:(?:will be|['’]ll be|is going to be|is gonna be|will sit|will stay) (?:completely |totally |all |entirely )?(?:empty|vacant|unattended|unoccupied)(?! of)|(?:is|sits|stays|['’]s) (?:completely |totally |all |entirely )?(?:empty|vacant|unattended|unoccupied)(?=\s+(?:all|this|until|till|til|for|while|through|thru|over)(?![\p{L}])))`, {
    // "empty without Max", "empty of clutter after we donate": grief and tidying, not absence.
    unless: list(r`without`, r`since`, r`now that`, r`quiet`, r`miss`, r`missing`, r`lonely`, r`sad`, r`feels?`, r`felt`, r`clutter`, r`junk`, r`stuff`, r`furniture`, r`boxes`, r`donat\w*`, r`declutter\w*`, r`sold`, r`for sale`, r`listing`, r`buyers?`, r`adopted`, r`adoptions?`, r`kennels?`, r`fosters?`),
  }),
  entry('travel', r`(?:nobody|no one|no-one)(?: will be|['’]ll be|['’]s| is)? (?:home|at home|at the house|at our place|in the house)(?:\s+at\s+(?:ours|mine|our place|my place))?(?=\s+(?:(?:all|the\s+whole|this|next)\s+(?:week|weekend|month)|for\s+(?:(?:the|a|two|three|four|\d+|a\s+few|a\s+couple\s+of|the\s+next)\s+)?(?:days?|weeks?|weekend|months?|nights?)|until|till|til|from|over\s+the)(?![\p{L}]))`),
  entry('travel', r`(?:away|gone|out of town|out of the country|on vacation|on holiday|abroad|away from home) ${DURATION}`, {
    // "away all week" of someone else, or of a team: "away game this weekend" never matches.
    requires: SUBJECT,
    unless: list(r`he`, r`she`, r`they`, r`his`, r`her`, r`their`, r`team`, r`match`, r`fixture`, r`fans`, r`season`, r`league`, r`twitter`, r`social media`, r`offline`),
  }),
  entry('travel', r`(?:off to|heading to|headed to|flying to|leaving for|jetting off to) [\p{L}'’-]+(?: [\p{L}'’-]+){0,2} for (?:a|the next|the|two|three|four|five|six|\d+) (?:couple of |few )?(?:days|weeks|months|week|month|fortnight)`, {
    // Going to work, bed or camp for a while leaves no empty home.
    unless: [...OTHERS, ...list(r`work`, r`office`, r`bed`, r`school`, r`class`, r`classes`, r`training`, r`practice`, r`camp`)],
  }),
  entry('travel', r`(?:(?:the|our|my|a) )?(?:spare |extra |house |front[\s-]door |back[\s-]door |door |hidden |garage )?keys? (?:is |are |['’]s |will be |['’]ll be |stays )?(?:hidden |left |stashed |tucked )?(?:under|beneath|underneath|behind|inside|in|on top of) (?:the |our |a |that |my )?(?:front |back |big |fake |little |wee |old |stone |garden )?(?:door\s?mat|welcome mat|mat|flower\s?pots?|plant\s?pots?|planter|pots?|rock|mailbox|gnome|porch light|lock\s?box|door\s?frame|frog|wheelie bin|bin|bucket|brick|statue|gas meter|meter|bbq|barbecue)`, {
    // "Hide a spare key under the mat? Never." is advice, and its "never" is in the next sentence.
    unless: [...ADVICE, ...list(r`hide`, r`hiding`, r`where to`)],
  }),
  // "Empty house till Feb", "empty flat for three weeks": an absence with its end.
  entry('travel', r`empty (?:house|flat|home|place|apartment) (?:till|until|til|for (?:a|the next|two|three|four|\d+) |from )`, {
    unless: list(r`without`, r`since`, r`miss`, r`missing`, r`lonely`, r`sad`, r`for sale`, r`listing`, r`buyers?`, r`renovat\w*`, r`builders?`),
  }),
  // "the house is all yours, burglars": the empty home announced to thieves, as a joke that is still an announcement.
  entry('travel', r`(?:all yours,? burglars|burglars?,? (?:take note|help yourselves|welcome|it['’]?s all yours|come on in))`, {
    // "going nowhere this summer, house very much occupied, burglars take note": the joke told of a home that is not empty.
    unless: list(r`nowhere`, r`occupied`, r`staying (?:home|in|put)`, r`not going`, r`home all`, r`cameras?`, r`alarm`, r`dogs?`),
  }),
  // "Cancelled the milk and the papers til the 9th of Jan": a household's deliveries stopped for an absence.
  entry('travel', r`(?:cancell?ed|stopped|paused|put a hold on|held) (?:the )?(?:milk|papers|newspapers?|paper|mail|post)(?: delivery)?(?: and the (?:milk|papers|newspapers?|paper|mail|post))?`, {
    requires: list(r`til`, r`till`, r`until`, r`for (?:a|the|two|three|\d+)`, r`while`, r`from`, r`back`),
    unless: list(r`subscription`, r`forever`, r`for good`, r`price`, r`cost`, r`online`, r`digital`, r`recycl\w*`),
  }),
  // "left the door unlocked" is past: an incident, not an open house.
  entry('travel', r`leav(?:e|ing) (?:the |our |my )?(?:front |back |side |garage |patio |kitchen |basement |sliding )?(?:door|doors|garage|gate|window|windows|house)(?: open and)? unlocked`, {
    unless: [...GAMING, ...ADVICE, r`boss`],
  }),
  entry('travel', r`(?:the|our|my) (?:front |back |side |garage |patio )?doors? (?:is|are|will be|['’]ll be|stays|will stay|['’]s) (?:left )?unlocked`, {
    // Opening hours: "the door is unlocked from 9am, come meet the dogs".
    unless: [...GAMING, ...ADVICE, ...list(r`boss`, r`\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)`, r`hours`, r`opens?`, r`adopt\w*`, r`shelter`, r`visitors?`, r`customers?`)],
  }),

  // booking: boarding passes and booking codes. A code-like token counts only after a booking word.
  entry('booking', r`boarding pass(?:es)?`, {
    requires: [...FIRST_PERSON, ...PHOTO, ...list(r`printed`, r`ready`, r`checked in`)],
    unless: ADVICE,
  }),
  entry('booking', r`(?:flight |booking |reservation |trip )?(?:confirmation|conf\.?|booking|reservation|record locator|PNR)(?: (?:code|number|no\.?|num|ref))?(?: is:?\s*|\s*[:#=-]\s*|\s+)(?=[a-z]{0,9}\d)(?=\d{0,9}[a-z])[a-z0-9]{5,10}`),
  entry('booking', r`(?:hotel |flight |booking |reservation |trip )?(?:confirmation|conf\.?|booking|reservation)\s*#\s*(?:is:?\s*)?(?=[a-z0-9-]*\d)[a-z0-9]{2,8}(?:-[a-z0-9]{2,8}){1,3}(?![\p{L}\p{N}])`),
  entry('booking', r`(?:flight |booking |reservation |trip )?(?:confirmation|booking|reservation|PNR)(?: (?:number|no\.?|num)|\s*#)(?: is:?\s*|\s*[:=-]\s*|\s*)\d{5,12}`),
  entry('booking', r`(?:PNR|record locator|(?:confirmation|booking|reservation) (?:code|ref)|booking reference)(?: is:?\s*|\s*[:#=-]\s*|\s+)[a-z]{6}`, {
    // Six letters are a code only in capitals: "booking reference XKJQPL", not "booking code please".
    shape: [r`[A-Z]{6}$`],
  }),
  entry('booking', r`(?:booking |flight |trip )?(?:reference|ref)(?: (?:code|number|no\.?|#))?(?: is:?\s*|\s*[:#=-]\s*|\s+)(?=[a-z]{0,9}\d)(?=\d{0,9}[a-z])[a-z0-9]{5,10}`, {
    // "reference" alone is also a support ticket or a citation: only with travel around it.
    requires: list(r`flights?`, r`booking`, r`hotel`, r`trip`, r`airline`, r`travel`, r`reservation`, r`airbnb`, r`check-?in`, r`boarding`, r`seat`, r`tickets?`, r`train`, r`cruise`),
  }),
  entry('booking', r`(?:my|our) PNR(?: number| no\.?| status)?`),
  // Session 9. An e-ticket's number, a PNR or a confirmation number told: "e-ticket 016 2345678901", "ticket no. 8832 1190 4576", "PNR 4521367890", "confirmation # for the cabin is HX-88213".
  entry('booking', r`(?:e-?ticket|ticket)(?: (?:no\.?|number|num)|\s*#)?(?:['’]s| is)?\s*[:#]?\s*\d[\d -]{6,}\d`, {
    unless: list(r`raffle`, r`lottery`, r`support`, r`helpdesk`, r`jira`, r`bug`, r`parking`, r`speeding`, r`fine`, r`queue`, r`deli`, r`never post`, r`don['’]t post`, r`scam`),
  }),
  entry('booking', r`PNR\s*(?:number|no\.?|#|:|-)?\s*\d{10}`),
  entry('booking', r`PNR for [^.!?\n]{1,40}? is [a-z0-9]{6}`, { shape: [r`[A-Z0-9]{6}$`] }),
  entry('booking', r`confirmation (?:number|no\.?|#|code)(?: for [^.!?\n:]{1,40}?)?(?: is| just landed| came through)?\s*[:#=-]?\s*(?=[a-z0-9-]*\d)[a-z]{0,4}-?\d{4,10}`, { unless: list(r`never post`, r`don['’]t post`, r`scam`) }),
  // A flight's row and seat: "Row 14, seat C, EZY8921", "WS 1524 row 14 seat C".
  entry('booking', r`row \d{1,2},? seat [a-k](?![\p{L}])`, {
    requiresInText: list(r`flight`, r`flying`, r`plane`, r`aisle`, r`boarding`, r`checked in`, r`lands`, r`airport`, r`legroom`),
    unless: list(r`theatre`, r`theater`, r`stalls`, r`cinema`, r`concert`, r`stadium`, r`gig`, r`match`, r`show`),
  }),

  entry('booking', r`seats? (?:no\.? |number |#)?\d{1,2}[a-k](?: (?:and|&) \d{1,2}[a-k])?`),
  // Session 10. A flight number with its seat a few words on: "BA117 tomorrow, 42K", "EI 154 on the 22nd, 3A", "KL 691 lands
  // 15:40, I'm in 23C". The airline's code and the seat's letter in capitals (the shape): "42k" after "ab 12" is money.
  entry('booking', r`(?:[a-z]{2}|[a-z]\d|\d[a-z])\s?\d{1,4}(?![\p{L}\p{N}:/]|[.,]\d)[^.!\n]{0,28}?(?<![\p{L}\p{N}])\d{1,2}[a-k](?![\p{L}\p{N}])`, {
    // A code of two letters with 1 to 4 digits, or of a letter and a digit with 2 to 4 ("U2 8921"): not "M25"; not a year ("UK 2024").
    shape: [r`^(?:[A-Z]{2}\s?(?!(?:19|20)\d\d(?!\d))\d{1,4}|[A-Z]\d\s?\d{2,4}|\d[A-Z]\s?\d{2,4})(?!\d)`, r`\d[A-K]$`],
    unless: list(r`theatre`, r`theater`, r`stalls`, r`cinema`, r`concert`, r`stadium`, r`gig`, r`bus`, r`room`, r`flat`, r`apartment`, r`apt`, r`unit`, r`suite`, r`salary`, r`earn\p{L}*`, r`junction`, r`exit`, r`motorway`, r`road`, r`route`, r`tour`, r`platform`, r`level`, r`floor`, r`k(?:m|g)`, r`steps`, r`followers`),
  }),

  // Session 11. The seat first, then the flight: "14A by the window, LHR to JFK on BA 117".
  entry('booking', r`(?<![\p{L}\p{N}])\d{1,2}[a-k](?![\p{L}\p{N}])[^.!\n]{0,40}?(?<![\p{L}\p{N}])(?:[a-z]{2}|[a-z]\d|\d[a-z])\s?\d{1,4}(?![\p{L}\p{N}:/]|[.,]\d)`, {
    shape: [r`^\d{1,2}[A-K]`, r`(?:[A-Z]{2}\s?(?!(?:19|20)\d\d(?!\d))\d{1,4}|[A-Z]\d\s?\d{2,4}|\d[A-Z]\s?\d{2,4})$`],
    unless: list(r`theatre`, r`theater`, r`stalls`, r`cinema`, r`concert`, r`stadium`, r`gig`, r`bus`, r`room`, r`flat`, r`apartment`, r`apt`, r`unit`, r`suite`, r`salary`, r`earn\p{L}*`, r`junction`, r`exit`, r`motorway`, r`road`, r`route`, r`tour`, r`platform`, r`level`, r`floor`, r`k(?:m|g)`, r`steps`, r`followers`, r`class`, r`year`, r`grade`),
  }),

  // birthdate: month, day and year of oneself. "born on the 4th of July" has no year and never matches.
  entry('birthdate', r`(?:my|our) (?:birthday|bday|b-day|birth\s?date|date of birth|DOB|d\.o\.b\.?)(?: is| was|['’]s|:| =| -)?(?: on)? ${FULL_DATE}`),
  // Session 9. An age said the long way, on a day: "The big five-oh lands on the 28th of October", "the big 3-0 hits me on june 12th", "Halfway to 60 as of the 12th of August", "sweet 25 coming up on Oct 17".
  entry('birthdate', r`(?:the big (?:\d-?0|(?:thirty|forty|fifty|sixty|three|four|five|six)(?:-?(?:oh|0))?|\d0)|halfway to (?:\d0|forty|fifty|sixty|seventy)|sweet (?:16|sixteen|18|eighteen|21|25))(?: (?:is|lands|hits|arrives|comes|coming up|happens))?(?: me)?(?: (?:on|as of|from))? (?:the )?(?:${DAY}(?: of)? ${MONTH}|${MONTH} ${DAY})`, {
    unless: list(r`anniversary`, r`wedding`, r`sale`, r`race`, r`marathon`),
  }),
  // An age on a named day: "30 on Saturday the 15th and the plan is to get drunk", "31 on 31/12 this year".
  entry('birthdate', r`(?<![$£€\d.,:])(?<!(?:turning|turn|turns|be|hitting|officially|finally)\s+)(?:[2-9]\d|1[3-9]) on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?(?:${DAY}(?: of ${MONTH})?|${NUMERIC_DAY}/(?:0?[1-9]|1[0-2]))(?![\p{L}\d/])`, {
    requires: list(r`birthday`, r`bday`, r`b-day`, r`party`, r`cake`, r`presents?`, r`drunk`, r`celebrat\w*`, r`baby`, r`turning`, r`turn`, r`plan`, r`this year`, r`🎂`, r`🎉`, r`🥳`, r`🍾`),
    unless: list(r`minutes?`, r`mins?`, r`degrees?`, r`mph`, r`km`, r`miles?`, r`points?`, r`runs?`, r`%`, r`people`, r`guests`, r`kids`, r`orders?`, r`tickets?`),
  }),
  // Born on a day with its own name, and the day told as the author's: "born on Christmas Eve 1979", "leap year baby, 29 Feb 1996", "🎂 21 Sept 1996 🎂 = me".
  entry('birthdate', r`(?:I was |I['’]m |me,? )?born (?:on )?(?:christmas (?:eve|day)|new year['’]s (?:eve|day)|boxing day|valentine['’]s day|halloween|st\.? patrick['’]s day|the 4th of july|independence day) ${YEAR}`, { requires: FIRST_PERSON, unless: OTHERS }),
  entry('birthdate', r`(?:leap year|nye|christmas|xmas|new year['’]s|valentine['’]s|halloween) baby,? (?:born )?(?:on )?${FULL_DATE}`),
  entry('birthdate', r`${FULL_DATE}[^\p{L}\p{N}]{0,8}= ?me(?![\p{L}])`),
  entry('birthdate', r`(?:I was|I am|I['’]m|me,?|myself,?) born (?:in [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,2},? )?(?:on )?${FULL_DATE}`),
  // "born on March 3, 1990" with oneself in the sentence; a pet's or a child's birthday is someone else's.
  entry('birthdate', r`born (?:on )?${FULL_DATE}`, {
    requires: list(r`I`, r`im`, r`me`, r`my`, r`myself`),
    unless: OTHERS,
  }),

  // child-school: a child's name with their school. Names and schools are told by their capitals (shape).
  entry('child-school', r`${NAME}['’]s (?:very )?(?:first|1st|last|second|2nd|third|3rd|big|final) (?:day|week|year|morning)(?: of [\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+){0,2})? (?:at|in) ${SCHOOL}`, {
    shape: [r`^\p{Lu}`, SCHOOL_SHAPE],
    unless: DOG_SCHOOL,
  }),
  entry('child-school', r`(?:my|our) (?:(?:little|big|baby|sweet|amazing|beautiful|\d+-year-old|\d+ year old) )?${KID},? ${NAME},?(?:,? [\p{L}\p{N}'’-]+){0,4}? (?:at|attends|to|from|of) ${SCHOOL}`, {
    shape: [r`(?:son|daughter|kid|boy|girl|child|one|stepson|stepdaughter|step-son|step-daughter|grandson|granddaughter|oldest|youngest|eldest|guy|man|niece|nephew),?\s+\p{Lu}\p{Ll}`, SCHOOL_SHAPE],
    unless: DOG_SCHOOL,
  }),
  entry('child-school', r`(?<!(?:mr|mrs|ms|miss|dr|coach|principal|teacher|prof)\.?\s)${NAME} (?:(?:just|officially|finally|will|has|is|now) )?(?:started|starts|starting|start|begins|began|begin|goes to|attends|attending) (?:(?:[\p{L}\p{N}'’-]+ ){0,3}?(?:at|in) )?${SCHOOL}`, {
    // A capitalised word that starts school is a child only where the post is about one's children.
    requiresInText: list(r`(?:my|our) (?:son|daughter|kids?|boy|girl|child|children|little one|baby)`, r`kindergarten`, r`(?:first|\d(?:st|nd|rd|th)) grader`, r`proud (?:mom|mama|dad|parent|parents)`, r`mommy`, r`daddy`),
    shape: [r`^\p{Lu}\p{Ll}`, SCHOOL_SHAPE],
    unless: DOG_SCHOOL,
  }),

  // home-address: a house number and a street. "we will address your questions" has neither.
  // A shop's or a shelter's new address is public on purpose.
  entry('home-address', r`(?:my|our) (?:(?:new|home|current|mailing|street|physical|house) )*address(?:\s*(?:is|was|['’]s|will be|now is|[:=–-]))? ${HOUSE_NUMBER} ${STREET}`, { unless: BUSINESS }),
  entry('home-address', r`(?:I|we)(?:['’]ve| have|['’]re| are| am|['’]m)?(?: (?:now|still|just|finally|officially|all))* (?:(?:live|living|lived) (?:at|on)|(?:moved|moving|settled|relocated)(?: in)? (?:into|to|at)) ${HOUSE_NUMBER} ${STREET}`, { unless: BUSINESS }),
  entry('home-address', r`(?:my|our) (?:(?:new|old|current|lovely|little|first) )*(?:place|house|home|apartment|apt|flat|condo|townhouse|crib|digs) (?:is |will be )?(?:at|on) ${HOUSE_NUMBER} ${STREET}`, { unless: BUSINESS }),

  // health: one's own diagnoses, treatment, medication and tests.
  // The subject must be "I" (or left out at the start of a sentence): "Bella was diagnosed with ..., I'm devastated" is a pet's.
  entry('health', r`I(?:['’]ve| have| had| was| got| am|['’]m)?(?: (?:just|finally|officially|recently|been|got|was|being|newly|also|formally))* (?:diagnosed|dx['’]?d) with|(?:diagnosed|dx['’]?d) me with`, {
    unless: PETS,
  }),
  // "Got diagnosed with ADHD at 34." The look-behind comes after the first word, so the combined regex can still skip ahead fast.
  entry('health', r`(?:got|was|been)(?<=(?:^|[.!?\n])[^\p{L}\p{N}]*(?:got|was|been)) (?:diagnosed|dx['’]?d) with`, {
    unless: PETS,
  }),
  entry('health', r`I(?:['’]ve| have)?(?: (?:just|finally|officially))? tested positive for`, {
    unless: PETS,
  }),
  // Things only a person has: a therapist, antidepressants, an STD test.
  entry('health', r`my (?:therapist|psychiatrist|therapy sessions?|anti-?depressants?|SSRIs?|mammogram|colonoscopy|pap smear|hysterectomy|vasectomy|mastectomy|miscarriage|abortion|IVF|fertility (?:treatments?|doctor|clinic)|(?:STD|STI|HIV|pregnancy) (?:test results|test|tests|status|screening|results)|rehab|relapse|eating disorder|depression|(?:anxiety|adhd|bipolar) (?:meds|medication|disorder|diagnosis)|panic attacks?|HIV|herpes|STDs?|STIs?)(?! (?:dogs?|cats?|animals?|pets?|horses?|patients?|clients?|research|center|centre|clinic|ward|unit|foundation|charity|walk|run|ride|survivors?|glasses|sunglasses|lenses|goggles|fundraiser|team|department|practice|hours|awareness)(?![\p{L}]))`),
  // Things a vet also has for a patient: "my diagnosis", "my biopsy results", "my meds cabinet".
  entry('health', r`my (?:chemo|chemotherapy|radiation(?: therapy| treatments?)?|dialysis|biopsy|MRI|CT scan|CAT scan|blood\s?work|blood tests?|lab results|(?:blood|lab|biopsy|scan|MRI|CT|pathology|covid|cancer) (?:test )?results|diagnosis|prognosis|tumou?r|cancer|therapy|meds|medication|medications|prescriptions?|insulin|seizures?|diabetes)(?! (?:dogs?|cats?|animals?|pets?|horses?|patients?|clients?|research|center|centre|clinic|ward|unit|foundation|charity|walk|run|ride|survivors?|glasses|sunglasses|lenses|goggles|fundraiser|team|department|practice|hours|awareness)(?![\p{L}]))`, {
    unless: PETS,
  }),
  entry('health', r`my test results`, {
    // Exam results are not medical ones.
    requires: list(r`doctor`, r`dr`, r`clinic`, r`hospital`, r`negative`, r`positive`, r`biopsy`, r`blood`, r`scan`, r`cancer`, r`STD`, r`STI`, r`HIV`, r`covid`, r`lab`),
  }),
  entry('health', r`I(?:['’]m| am|['’]ve been| have been)?(?: (?:now|finally|still|back|officially|just))? (?:on|taking|starting|started|off|quitting|weaning off) (?:my )?(?:anti-?depressants|SSRIs|zoloft|prozac|lexapro|xanax|adderall|wellbutrin|lithium|chemo|meds|insulin|methadone|suboxone|PrEP|antipsychotics|ozempic)`),
  entry('health', r`I(?:['’]ve| have)?(?: (?:just|finally|officially|recently))? (?:have|got|caught|been fighting|am fighting|['’]m fighting|am battling|['’]m battling|been battling|am living with|['’]m living with) (?:stage \d |breast |lung |colon |skin |prostate |ovarian |brain )?(?:cancer|diabetes|depression|HIV|herpes|chlamydia|gonorrh?o?ea|syphilis|an? (?:STD|STI)|hepatitis|bipolar(?: disorder)?|ADHD|OCD|PTSD|an eating disorder|a tumou?r|epilepsy|endometriosis|PCOS|lupus|crohn['’]?s|IBS|anorexia|bulimia)(?! (?:research|fundraiser|awareness|walk|run|charity|foundation|society|center|centre|survivors?|patients?|tickets)(?![\p{L}]))`),
  // A vet goes "into surgery" and is "out of surgery" every day: only recovering, or surgery on a body part, is one's own.
  entry('health', r`I(?:['’]m| am)?(?: (?:just|finally|still|slowly))? recovering from (?:my |a |an |the )?(?:\p{L}+ )?(?:surgery|operation|biopsy|mastectomy|hysterectomy|chemo(?:therapy)?|miscarriage)`, {
    unless: PETS,
  }),
  entry('health', r`I(?:['’]m| am| just| finally)?(?: (?:just|finally|about to be))? (?:having|getting|had|got|scheduled for|going in for|booked for) (?:my |a |an |major |minor |emergency )*(?:(?:knee|hip|back|shoulder|heart|brain|eye|foot|ankle|wrist|spine|spinal|gallbladder|jaw|sinus|hernia|ACL|LASIK|cataract|breast|weight loss|gastric bypass|open heart) surgery|biopsy|mastectomy|hysterectomy|colonoscopy|miscarriage|abortion|chemo(?:therapy)?)`, {
    unless: PETS,
  }),
  entry('health', r`(?:I['’]m|I am|I['’]ve been|I have been|been)(?: (?:now|finally|still|back|officially))? (?:in therapy|in rehab|seeing a (?:therapist|psychiatrist|counsell?or|shrink))`),
  entry('health', r`I(?:['’]m| am| just| literally)?(?: (?:had|having)) (?:a |another |my first |two |three )?panic attacks?`),
  entry('health', r`I(?:['’]m| am| just| finally)? (?:got|get|getting|went to get) tested for (?:STDs?|STIs?|HIV|herpes|chlamydia|gonorrh?o?ea|syphilis)`),

  // money: trouble, debt and pay.
  entry('money', r`(?:I|we)(?:['’]m|['’]re| am| are)(?: (?:so|so+|flat|dead|completely|totally|literally|officially|super|hella|mad|too|always|still|now|basically|fucking|freaking))* broke(?! (?:up|down|into|in|out|through|the|a|my|it|his|her|their|free|away|even|ground|records?)(?![\p{L}]))`),
  entry('money', r`(?:drowning|buried|swimming|sinking) in (?:\p{L}+ )?debt|(?:up to my (?:eyeballs|ears|neck)|neck-deep|knee-deep) in (?:\p{L}+ )?debt|in (?:so much|crippling|massive|serious|deep|huge|insane) (?:\p{L}+ )?debt`, {
    requires: FIRST_PERSON,
    unless: PUBLIC_MONEY,
  }),
  entry('money', r`my (?:\p{L}+ )?(?:salary|paycheck|pay check|take-home(?: pay)?|income|hourly (?:rate|wage)|wage|wages|pay)(?: is| was| of| went up to| just went up to| =|:)?(?: (?:only|just|about|around|like|a whopping|a measly|now|barely))? ${AMOUNT}`),
  entry('money', r`I (?:(?:only|just|barely|now|still) )?(?:make|earn|made|earned|get paid|am paid|['’]m paid|take home|bring home|gross|net) (?:(?:only|just|about|around|like|less than|under|over|barely) )?${AMOUNT}${PER_PERIOD}`),
  entry('money', r`behind on (?:my |our |the )?(?:rent|mortgage|bills|car payments?|payments|student loans?|credit card (?:payments|bills)|utilities|child support|bond|council tax|energy bills?|power bills?|gas bills?|electric(?:ity)? bills?|water bills?|repayments|loan repayments|car loan)`, {
    // Posts drop the subject ("Behind on rent again."); news names whose rent it is.
    unless: [...PUBLIC_MONEY, ...list(r`he`, r`she`, r`they`, r`his`, r`her`, r`their`, r`roommates?`, r`tenants?`, r`households`, r`landlords?`, r`report`, r`survey`, r`percent`)],
  }),
  entry('money', r`maxed out (?:all (?:of )?|both (?:of )?|every one of )?(?:my|our) (?:\p{L}+ )?(?:credit cards?|cards?|credit|overdraft)|(?:my|our) (?:\p{L}+ )?(?:credit cards?|cards) (?:are|is) (?:all |both )?maxed(?: out)?`),
  entry('money', r`(?:file|filing|filed|declare|declaring|declared|going|went|facing)(?: for)? (?:personal |chapter (?:7|11|13) )?bankruptcy|my bankruptcy`, {
    requires: FIRST_PERSON,
    unless: PUBLIC_MONEY,
  }),
  entry('money', r`(?:I|we) (?:(?:literally|still|just|really) )?(?:can['’]t|cannot|can not|couldn['’]t) (?:even )?afford (?:my |our |the )?(?:rent|groceries|food|to eat|bills|mortgage|insulin|meds|medication|to pay (?:rent|my bills|the bills))`),
  entry('money', r`(?:my|our) (?:bank )?account is (?:overdrawn|empty|negative|in the negative)|(?:I['’]m|I am|we['’]re|we are) overdrawn`),
  // Session 9. A rate of pay told with the job it comes with: "New contract signed: £11.44 an hour", "got the offer!! $17.25 an hour, start monday", "Payslip finally shows the new rate. $62k before tax".
  entry('money', r`${AMOUNT}(?: (?:an|a|per) (?:hour|hr)|\s?/\s?(?:hour|hr|h)(?![\p{L}])| (?:before|after) tax| gross| take-home| (?:a|per) year| per annum| p\.?a\.?(?![\p{L}]))`, {
    requires: list(r`offer`, r`contract`, r`payslip`, r`pay ?rise`, r`raise`, r`new rate`, r`start(?:ing)? (?:monday|tomorrow|next week)`, r`new job`, r`first (?:proper )?job`, r`hired`, r`wage`, r`signed`, r`my rate`, r`pays? me`, r`rise`),
    unless: list(r`parking`, r`admission`, r`lessons?`, r`hire`, r`babysitters?`, r`tutors?`, r`charges?`, r`costs?`, r`fees?`, r`tickets?`, r`entry`, r`per person`, r`job ad`, r`advert`, r`hiring`, r`we(?:['’]re| are) hiring`, r`apply`, r`vacanc(?:y|ies)`, r`minimum wage (?:is|goes|rises)`),
  }),
  entry('money', r`\d+(?:\.\d+)? ?LPA`, { requires: list(r`offer`, r`got`, r`package`, r`ctc`, r`bonus`, r`hike`, r`joining`) }),
  // The home taken back by the bank or the landlord: "THE BANK IS FORECLOSING ON THE HOUSE", "landlord served us the 30-day notice".
  entry('money', r`(?:is|are|['’]s|started|starting|begun|began) foreclos(?:ing|ure)(?: on)?(?: (?:the|our|my) (?:house|home|flat|place))?|(?:our|my) (?:house|home) (?:is )?(?:in|going into|facing) foreclosure`, { unless: PUBLIC_MONEY }),
  entry('money', r`(?:served|gave|given|handed) (?:us|me) (?:the |a |an |our |my )?(?:\d+[- ]day |two[- ]month |section 21 )?(?:notice(?: to quit)?|eviction notice)`, { requires: list(r`landlord`, r`landlady`, r`agent`, r`evict\w*`, r`court`, r`rent`) }),
  // Chapters 7 and 13 are a person's bankruptcy (11 a company's): "Filed Chapter 7 today."
  entry('money', r`filed (?:for )?chapter (?:7|13)(?! for)`, { unless: PUBLIC_MONEY }),
  // Debt told by its figure: "WE OWE $62,000", "the Discover card that's already at $4,800", "$2,100 to fix, which I don't have".
  entry('money', r`(?:we|I) (?:still )?owe (?:the bank |them |him |her )?(?:over |about |nearly |almost )?${AMOUNT}`, { unless: [...PUBLIC_MONEY, ...list(r`you`, r`lunch`, r`coffee`, r`pint`, r`beer`)] }),
  entry('money', r`(?:card|visa|amex|discover|mastercard|overdraft|credit line)(?: that['’]s| which is| is)? (?:already |now )?(?:at|up to|sitting at) ${AMOUNT}`, { requires: FIRST_PERSON, unless: PUBLIC_MONEY }),
  entry('money', r`(?:both |all )?(?:(?:my|our|the) )?(?:credit )?cards (?:are )?(?:at|hit|on) (?:the(?:ir)? )?limit`, {}),
  entry('money', r`${AMOUNT}[^.!?\n]{0,40}(?:which|that|money) (?:I|we) (?:don['’]t|do not|dont) have`, { unless: PUBLIC_MONEY }),
  // "skint til the 28th": till payday, as "broke till payday".
  entry('money', r`skint (?:till|til|until|['’]til|to) (?:the \d{1,2}(?:st|nd|rd|th)?|the end of the month|payday|pay day|friday|next week)`),
  // Borrowing to get by: "Asked mum for a loan again to cover the power bill".
  entry('money', r`(?:asked|asking|ask|begged|begging|borrowed|borrowing|borrow) (?:my )?(?:mum|mom|mam|dad|parents|nan|gran|sister|brother|mate|friend|folks)(?: and (?:dad|mum|mom))? for (?:a |another )?(?:loan|money|cash|a tenner|a fiver|£|\$|help with (?:the )?rent)`, {
    requires: list(r`bills?`, r`rent`, r`again`, r`cover`, r`food`, r`petrol`, r`gas`, r`payday`, r`shop(?:ping)?`, r`mortgage`, r`years old`),
  }),
  // Hours cut and the bills the same: "Hubby's hours got cut to 20 a week and the mortgage doesn't care".
  entry('money', r`(?:hours|shifts|pay|wages?) (?:got|have been|has been|were|was|been|just got) (?:cut|slashed|halved|reduced)`, { requires: list(r`mortgage`, r`rent`, r`bills`, r`afford`, r`broke`, r`skint`, r`overdra\w+`) }),
  entry('money', r`paycheck to paycheck`, { requires: FIRST_PERSON, unless: PUBLIC_MONEY }),
  entry('money', r`(?:I|we) (?:just )?(?:got|are getting|['’]re getting|am getting|['’]m getting|are being|['’]re being) evicted|(?:my|our) eviction(?: notice)?`),
  entry('money', r`(?:took|take|taking|got|get|getting) (?:out )?(?:a |another )?payday loans?`, { requires: FIRST_PERSON }),
  entry('money', r`debt collectors? (?:keep|keeps|are|is|won['’]t stop) (?:calling|harass\w*|hounding)`, { requires: FIRST_PERSON }),
  entry('money', r`my credit score (?:is |was |just )?(?:dropped |tanked |fell )?(?:to )?(?:\d{3}|terrible|awful|trash|garbage|shot|ruined)`),

  // relationship: cheating, divorce, break-ups and fights.
  entry('relationship', r`cheat(?:ed|ing|s) on me`),
  // Session 11: a sick note with the truth beside it.
  entry('sick-skip', r`(?:sick|doctor['’]?s)\s+note\s+says\s+[\p{L}-]+[,.]?\s+(?:but\s+)?(?:reality|real\s+life|the\s+truth|actually)`),
  // Session 11: ways apart and courts over the children.
  entry('relationship', r`(?:we|we['’]ve|we\s+have|we['’]re|we\s+are)\s+(?:(?:finally|officially|decided\s+to|agreed\s+to|going\s+to|gonna|just|now)\s+)*(?:go(?:ing)?|gone|went)\s+our\s+separate\s+ways`),
  entry('relationship', r`court\s+(?:date|hearing|case)\s+(?:for|about|over)\s+(?:the|my|our)\s+(?:kids|children|son|daughter|boys|girls|little\s+one)`),
  // "I guess I'm single now", "newly single", "single again after 6 years": the end of a couple, announced.
  entry('relationship', r`(?:(?:i['’]?m|i am|im)(?: (?:officially|now|finally|suddenly|apparently|just))? single (?:again|now)|newly single)(?![\p{L}])`, {
    unless: list(r`not`, r`never`, r`you['’]?re`, r`he['’]?s`, r`she['’]?s`, r`mingle`, r`player`, r`game`, r`malt`, r`bed`, r`room`, r`ticket`),
  }),
  // "me + Sam = over", "Jo and I are over": the author and another, ended.
  entry('relationship', r`me (?:\+|and|&|n) \p{Lu}\p{L}+ (?:=|are|is) (?:so |officially |definitely )?over(?![\p{L}])`),
  entry('relationship', r`my ${PARTNER} (?:cheated|cheats|is cheating|was cheating|has been cheating|['’]s been cheating|['’]s cheating)`),
  entry('relationship', r`(?:we['’]re|we are|I['’]m|I am|we|I)(?: (?:finally|officially|just|now|actually))? (?:getting (?:a )?divorced?|filing for (?:a )?divorce|divorcing(?=\s*(?:[.!,;?…]|$)|\s+(?:him|her|after|my (?:husband|wife|partner|spouse))(?![\p{L}]))|getting separated|(?:separating|splitting up)(?=\s*(?:[.!,;?…]|$)|\s+(?:for good|after)(?![\p{L}])))|my (?:divorce|separation)(?! (?:from (?:reality|work|social)|anxiety))`),
  entry('relationship', r`caught (?:him|her|my ${PARTNER}) (?:texting|sexting|cheating|flirting|messaging|kissing|sleeping with|in bed with|hooking up|on (?:tinder|bumble|hinge|grindr|dating apps?)|with another)`),
  entry('relationship', r`(?:(?:so|totally|completely|officially|absolutely|just|sooo+) )?done with (?:my|this) (?:husband|wife|hubby|boyfriend|girlfriend|bf|gf|ex|partner|fianc[eé]e?|marriage|relationship)(?!['’]s)`),
  // Not a figure that names something else the ex: "Singapore humidity is my toxic ex".
  entry('relationship', r`(?<!(?:is|are|['’]s)\s+)my (?:crazy|psycho|toxic|abusive|lying|cheating|narcissistic|deadbeat|trashy|manipulative) (?:ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|husband|wife|boyfriend|girlfriend|bf|gf|baby daddy|baby mama|baby momma|partner)`),
  entry('relationship', r`my ex (?:is|was)(?: (?:such|a|an|so|literally|being|the|still|totally|a total|a complete))* (?:crazy|psycho|toxic|narcissist|liar|cheater|nightmare|trash|garbage|manipulative|stalking me|harassing me)|my ex (?:keeps|won['’]t stop|is still|still) (?:texting|calling|messaging|stalking|harassing|showing up)`),
  entry('relationship', r`(?:he|she|my ${PARTNER}) (?:left me for|dumped me|walked out on me|kicked me out|broke up with me)|I (?:just )?got dumped`),
  entry('relationship', r`our marriage is (?:over|falling apart|a mess|on the rocks|in trouble|a sham)`),
  entry('relationship', r`(?:marriage counseling|couples therapy)`, { requires: SUBJECT }),
  entry('relationship', r`(?:we|I)(?: (?:just|finally|officially|kinda))? broke up(?=\s+with\s|\s*(?:[.!,;?…]|$)|\s+(?:today|yesterday|last|this|after|and|again)(?![\p{L}]))`),

  // confidential: work secrets. The secret itself comes first, so that it is the finding of its sentence;
  // "between us" and "don't tell anyone" (last) leak only with a work matter in the sentence.
  entry('confidential', r`(?:layoffs?|lay-offs|redundancies|mass firings|job cuts) (?:are |will be |start |begin |coming |happening |hit |announced )?(?:coming |happening )?(?:next|this|on|by) (?:week|month|monday|tuesday|wednesday|thursday|friday|quarter)`, {
    requires: [...INSIDER, ...FIRST_PERSON],
  }),
  entry('confidential', r`(?:we['’]re|we are|we['’]ll be|our company is|my company is|management is|corporate is) (?:about to |going to |gonna |planning to |quietly )?(?:(?:lay(?:ing)? off|let(?:ting)? go(?: of)?) (?:\d+%?|half|a third|a quarter|a bunch of|people|staff|the whole|most of)|cut(?:ting)? (?:\d+%? (?:of )?|half (?:of )?)(?:the |our )?(?:jobs|staff|people|positions|roles|headcount|team|workforce))`),
  entry('confidential', r`(?:we['’]re|we are|we['’]ll be|we will be|our company is|my company is|our startup is|my startup is|the company is)(?: (?:about to be|getting|being|going to be|gonna be|secretly|quietly))* (?:acquired|bought out|sold to)`),
  entry('confidential', r`the (?:merger|acquisition|buyout|IPO) (?:closes|will close|is closing|goes through|will go through|is happening|gets announced|will be announced|is signed)`, {
    requires: list(r`we`, r`we['’]re`, r`our`, r`my (?:company|team|boss)`, r`internal(?:ly)?`, r`shh+`, r`🤫`, r`🤐`, r`heard`, r`rumou?r`, r`word is`),
  }),
  entry('confidential', r`(?:not|isn['’]t|is not|aren['’]t|are not|hasn['’]t been|has not been|haven['’]t been|have not been|not been) (?:made |officially )?(?:public|announced) (?:yet|until)`, {
    requires: [...WORK_MATTERS, ...INSIDER],
  }),
  entry('confidential', r`(?:this is|this['’]s|it['’]s|that['’]s) (?:(?:strictly|highly|super|very|totally|technically|kinda|probably) )?confidential`, {
    // "Your application is kept strictly confidential" is a promise, not a leak.
    requires: FIRST_PERSON,
    unless: list(r`your`, r`applications?`, r`records?`, r`data`, r`privacy`, r`kept`, r`keep`, r`private`),
  }),
  // "leaked confidential memo shows ..." is news; a leak of one's own is "our".
  entry('confidential', r`(?:our|my company['’]s|our company['’]s) (?:(?:internal|confidential|secret) )*(?:memo|emails?|slack|roadmap|numbers|figures|dashboard|metrics|deck|docs?|documents?|slides|wiki|report|plans?)`, {
    requires: list(r`internal`, r`confidential`, r`secret`),
  }),
  entry('confidential', r`under (?:an |a |strict |a strict )?NDA|(?:breaking|break|violating|violate|breach(?:ing)?) (?:my |the |an |our )?NDA|NDA['’]d`, {
    // India's National Democratic Alliance: "under NDA rule".
    unless: list(r`government`, r`govt`, r`gov`, r`modi`, r`BJP`, r`congress`, r`rule`, r`regime`, r`alliance`, r`parliament`, r`lok sabha`, r`rajya sabha`, r`ministers?`, r`ministry`, r`tenure`),
  }),
  entry('confidential', r`(?:(?:just|strictly|only) )?between (?:you and me|you and I|us|ourselves|the two of us)(?=\s*[,:;—–…]|\s+-|\s+(?:the|our|we|we['’]re|they|they['’]re|I|I['’]m|my|it['’]s|this|that)\s)`, {
    // "between us and the river" is a place.
    requires: WORK_MATTERS,
  }),
  entry('confidential', r`(?:don['’]t|do not|dont) (?:tell|repeat this to|say (?:a word|anything) to) (?:anyone|anybody|a soul|my boss|HR)|you didn['’]t hear (?:it|this) from me|keep (?:this|it) (?:quiet|hush-hush|on the (?:down\s?low|DL|QT|low))|off the record`, {
    requires: WORK_MATTERS,
  }),

  // badge-id: badges, licences, passports.
  entry('badge-id', r`my (?:(?:new|shiny new|first|official|brand new|temporary|temp) )?(?:employee|staff|work|company|corporate|security|access|office|hospital|faculty|contractor|ID|photo ID|building) (?:ID )?(?:badge|badges|card|pass|lanyard)`, {
    unless: NOT_SHOWN,
  }),
  entry('badge-id', r`(?:my|our) (?:(?:new|brand new|first|updated|renewed|temporary|temp|real|enhanced) )?(?:driver['’]?s['’]? licen[cs]e|drivers licen[cs]e|driving licen[cs]e|licen[cs]e(?! (?:plate|to)(?![\p{L}]))|passport(?! photo(?! page))|passport (?:photo|data|bio|info) page|passport page|state ID|national ID|student ID|military ID|green card|social security card|birth certificate|work permit|residence permit|(?:(?:US|UK|EU|Canadian|Australian) )?permanent resident card|residence card|biometric residence permit|BRP)`, {
    requires: PHOTO,
    unless: NOT_SHOWN,
  }),
  entry('badge-id', r`passport (?:photo|data|bio|info) page`),
  entry('badge-id', r`my (?:passport|licen[cs]e|driver['’]?s licen[cs]e|SSN|social security|ID|student ID|employee ID) (?:number|no\.?|#)|my (?:SSN|social security number)`),

  // boss-complaint: insults and grievances about one's own boss. "my boss is amazing" and "the boss level" never match.
  entry('boss-complaint', r`my (?:\p{L}+ )?${BOSS} (?:is|['’]s|was)(?: (?:such|a|an|the|so|literally|being|totally|absolutely|complete|total|real|fucking|freaking|effing|actual|honestly|seriously|an actual|straight up))* (?:idiot|moron|jerk|asshole|a-hole|arsehole|dick|prick|nightmare|clown|joke|tyrant|bully|incompetent|useless|clueless|worst(?! (?:at|about)(?![\p{L}]))|toxic|micromanager|psycho|unbearable|terrible|horrible|awful|dumb|stupid|ridiculous|devil|evil|snake|lazy|pathetic|dictator|control freak|hypocrite|liar|trash|garbage|douche(?:bag)?|tool|twat|wanker|bitch|cunt)`),
  entry('boss-complaint', r`(?:hate|can['’]t stand|cannot stand|despise|loathe|detest) my (?:\p{L}+ )?(?:boss|bosses|manager|supervisor|employer|job|team lead)(?!['’]s)(?! (?:search|hunt|interview|application)(?![\p{L}]))`),
  entry('boss-complaint', r`worst (?:boss|manager|supervisor|employer|job)(?: (?:ever|in the world|of all time|on earth|in history|alive))`, {
    // A game's "worst boss ever" is a boss fight.
    unless: [...GAMING, ...list(r`final`, r`phase`, r`HP`, r`elden`, r`souls`, r`zelda`, r`mario`)],
  }),
  entry('boss-complaint', r`my (?:idiot|stupid|dumb|useless|incompetent|clueless|toxic|psycho|awful|terrible|horrible|lazy|asshole|dickhead|moronic|shitty|crappy|fucking|annoying|insufferable|micromanaging|power-tripping) ${BOSS}`),
  entry('boss-complaint', r`my ${BOSS} (?:sucks|blows|can go to hell|can kiss my ass|yelled at me|screamed at me|is yelling|keeps yelling|micromanages|is micromanaging|threw me under the bus|took credit for my|blamed me|is out to get me)`),
  entry('boss-complaint', r`boss from hell`, { requires: FIRST_PERSON }),

  // sick-skip: a sick day that was not one.
  entry('sick-skip', r`call(?:ed|ing|in['’]?|d|s)? in (?:sick|sik)`, { requires: SKIPPING, unless: REALLY_SICK }),
  entry('sick-skip', r`(?:took|taking|take|used|using|use|burned|burning|burn) a sick day`, { requires: SKIPPING, unless: REALLY_SICK }),
  entry('sick-skip', r`(?:pretend(?:ed|ing)?|fak(?:ed|ing|e)) (?:to be |being |a |my )?(?:sick|ill)(?: (?:day|note|call))?`, {
    // A dog that fakes a limp for treats, a kid who fakes sick for school: not work.
    unless: list(r`dog`, r`cat`, r`puppy`, r`pup`, r`kids?`, r`son`, r`daughter`, r`school`, r`class`, r`he`, r`she`, r`his`, r`her`),
  }),
  entry('sick-skip', r`play(?:ed|ing|in['’]?|s)? hook(?:e)?y(?!\s*\?)`, {
    // "Playing hooky? Nope, just my lunch break."
    unless: list(r`nope`, r`nah`, r`not`, r`never`, r`school`, r`class`, r`classes`, r`kids?`, r`son`, r`daughter`, r`students?`),
  }),
  entry('sick-skip', r`(?:skip(?:ped|ping)?|ditch(?:ed|ing)?|bail(?:ed|ing)? on|blew off|blow(?:ing)? off|bunk(?:ed|ing)? off|skiv(?:e|ed|ing) off) work(?=\s+(?:to|for|and go|and went|so)\s)`, {
    unless: REALLY_SICK,
  }),
  entry('sick-skip', r`(?:pull(?:ed|ing)?|threw|throw(?:ing)?|took|taking|chuck(?:ed|ing)?) a sickie`),
  entry('sick-skip', r`told (?:my )?(?:boss|work|manager|supervisor|job|office) (?:that )?I (?:was|am|['’]m) (?:sick|ill)`, { requires: SKIPPING, unless: REALLY_SICK }),
];
