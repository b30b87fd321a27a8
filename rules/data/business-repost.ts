import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Word lists of the `business-repost` rule. A promotional phrase only counts
 * when a brand marker of the config (name, handle, hashtag, domain) is in the
 * same post (or, for the weak words, the same sentence); a repost marker only
 * counts when a brand marker follows it directly. Everything is matched case
 * insensitively at word boundaries (see PhraseMatcher).
 */

/**
 * A lookbehind for "at the start of a sentence": the start of the text or a
 * line, after sentence punctuation, an emoji, a hashtag or a mention. Used for
 * imperatives ("Sign up at ...") that are ordinary verbs mid-sentence ("I want
 * to sign up").
 */
const SENTENCE_START =
  '(?<=(?:^|[\\n.!?:;()\\[\\]"“”«»|>•·*→…]|\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\uFE0F|[#@][\\p{L}\\p{N}_]+|\\s[-–—])\\s*)';

/** Verbs of a call to action, the way a business asks its customers to act. */
const ACTION_VERBS = 'sign\\s*-?\\s*up|register|subscribe|enrol{1,2}|rsvp|donate|apply|download|book|reserve|buy|order|shop';

/** "I'll sign up today", "I need to register": the writer's own plans, not an ask. */
const FIRST_PERSON_ACTION =
  "(?:I|I['’](?:ll|m|d|ve)|me)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:sign(?:ed|ing)?\\s*-?\\s*up|regist\\p{L}*|subscrib\\p{L}*|enrol\\p{L}*|download\\p{L}*|donat\\p{L}*|rsvp\\p{L}*|book\\p{L}*|reserv\\p{L}*|buy\\p{L}*|bought|order\\p{L}*|shop\\p{L}*|apply\\p{L}*|applied)";

/** Words of a code that are ordinary English, as in "use code review" or "use code blocks". */
const NOT_A_CODE =
  '(?!(?:review|reviews|blocks?|snippets?|samples?|examples?|to|for|in|from|that|this|the|and|or|of|with|like|as|on|when|if|instead|comments?|words?)(?![\\p{L}\\p{N}_]))';

/**
 * Promotional phrases that are marketing on their own: reported when a brand
 * marker is anywhere in the same post (any of its texts).
 */
export const PROMOTION_PHRASES: readonly PhraseEntry[] = [
  // Discounts and codes.
  { match: '\\d{1,3}(?:[.,]\\d+)?\\s?(?:%|percent)\\s?off', category: 'discount' },
  { match: '[$€£]\\s?\\d+(?:[.,]\\d\\d)?\\s+off', category: 'discount' },
  { match: 'half\\s+(?:off|price)', category: 'discount' },
  { match: 'save\\s+(?:up\\s+to\\s+)?(?:\\d{1,3}\\s?%|[$€£]\\s?\\d+)', category: 'discount' },
  { match: '(?:promo|discount|coupon|voucher|referral|offer)\\s+codes?', category: 'discount' },
  // "use code PAWS20"; the code is any word but a common one ("use code review").
  {
    match: `use\\s+(?:the\\s+|my\\s+|our\\s+|this\\s+)?code\\s+${NOT_A_CODE}[\\p{L}\\p{N}_-]*\\p{L}[\\p{L}\\p{N}_-]*`,
    category: 'discount',
  },
  // "with the code NODEJS60": only a code with a digit, "with code" alone is too common.
  { match: 'with\\s+(?:the\\s+)?code\\s+[\\p{L}_-]*\\p{N}[\\p{L}\\p{N}_-]*', category: 'discount' },
  { match: 'buy\\s+one,?\\s+get\\s+one(?:\\s+(?:free|half\\s+off))?|bogo', category: 'discount' },
  { match: 'free\\s+(?:shipping|delivery|trial|consultation|consult|estimate|quote|gift\\s+with\\s+purchase)', category: 'discount' },
  { match: 'special\\s+(?:offer|deal|pricing|promotion)', category: 'discount' },
  { match: '(?:flash|clearance|holiday|black\\s+friday|cyber\\s+monday|end\\s+of\\s+season|semi-annual|annual)\\s+sale', category: 'discount' },
  { match: 'on\\s+sale\\s+(?:now|today)|sale\\s+(?:ends|starts|begins|is\\s+on|now\\s+on)', category: 'discount' },

  // The shelter's own slogan in words, and its ask to adopt: "adopt don't shop", "Adopt today at happypaws.org".
  { match: "adopt,?\\s+(?:don['’]?t|do\\s+not)\\s+shop", category: 'call to action' },
  { match: `${SENTENCE_START}adopt\\s+(?:today|now|a\\s+(?:dog|cat|puppy|kitten|senior|friend|pet)|one|me|him|her|them)(?![\\p{L}])`, category: 'call to action' },

  // Urgency.
  {
    match: 'for\\s+a\\s+limited\\s+time(?:\\s+only)?|limited[-\\s]time\\s+(?:only|offer|deal|sale|discount|pricing|event)',
    category: 'urgency',
  },
  {
    match:
      'last\\s+chance\\s+to\\s+(?:buy|get|grab|snag|sign\\s*up|register|book|order|save|enter|donate|apply|rsvp|join|shop|reserve)',
    category: 'urgency',
  },
  // Imperative only: "Don't miss our gala", not "I don't miss the rain".
  { match: `${SENTENCE_START}(?:don['’]?t|do\\s+not)\\s+miss(?:\\s+out)?`, category: 'urgency' },
  { match: 'while\\s+(?:supplies|stocks?|they)\\s+lasts?', category: 'urgency' },
  { match: '(?:only\\s+)?\\d+\\s+(?:spots?|seats?|tickets?|places?|slots?)\\s+(?:left|remaining)', category: 'urgency' },
  { match: '(?:selling|filling(?:\\s+up)?)\\s+fast', category: 'urgency' },
  // "tickets are going fast", "spaces are flying": said of what is sold, not of time.
  { match: '(?:tickets?|spots?|places?|seats?|spaces?|slots?)\\b[^.!?\\n]{0,60}?\\b(?:are|is)\\s+(?:going|flying|selling)\\s+(?:fast|quickly|quick)', category: 'urgency' },
  { match: '(?:grab|get|snag|book|bag)\\s+yours\\s+(?:before|while|now|today|asap)', category: 'call to action' },
  {
    match: '(?:offer|sale|deal|discount|registration|pre-?orders?|early[-\\s]bird(?:\\s+(?:pricing|tickets|rates?))?)\\s+(?:ends|closes)',
    category: 'urgency',
  },
  // Imperative only: "Act now!", not "we must act now" on climate change (seen in real posts).
  { match: `${SENTENCE_START}act\\s+now`, category: 'urgency' },
  // "today only!" ends a sentence; "working today only until 3" does not.
  { match: '(?:today|tonight|this\\s+weekend|this\\s+week)\\s+only(?=\\s*(?:[!.:]|$))', category: 'urgency' },

  // Tickets and registration.
  { match: 'tickets?\\s+(?:are\\s+|is\\s+)?(?:now\\s+)?(?:on\\s+sale|available\\s+(?:now|today|at|here|online))', category: 'tickets' },
  { match: '(?:get|grab|buy|book|snag|reserve|secure)\\s+your\\s+(?:tickets?|seats?|spots?|places?|copy|copies)', category: 'tickets' },
  {
    match:
      'early[-\\s]bird\\s+(?:tickets?|pricing|prices?|rates?|registration|discount|special|deadline|offer|sign-?ups?)',
    category: 'tickets',
  },
  {
    match:
      '(?:registration|registrations|sign-?ups?|enrollment|enrolment|pre-?orders?)\\s+(?:are\\s+|is\\s+)?(?:now\\s+)?(?:open|live|closes|ends)',
    category: 'tickets',
  },

  // Calls to action. "Pre-order" before "order" so the span is the whole word.
  { match: 'pre-?order\\s+(?:now|today|here|yours|your)', category: 'call to action' },
  // "Sign up now", "book today" anywhere; "I'll book today" is the writer's own plan.
  {
    match: `(?:${ACTION_VERBS})\\s+(?:now|today(?!['’]s)|here|below|online)`,
    category: 'call to action',
    unless: [FIRST_PERSON_ACTION],
  },
  // At the start of a sentence the imperative is an ask
  // ("Sign up at ..."); a noun use ("Book club tonight") needs an object word.
  {
    match: `${SENTENCE_START}(?:please\\s+|so\\s+|go\\s+|come\\s+(?:and\\s+)?)?(?:sign\\s*-?\\s*up|register|subscribe|enrol{1,2}|rsvp|donate|join\\s+us|apply(?=\\s+(?:to|for|at|by)\\s)|download(?=\\s+(?:the|our|it|this|for|free)\\s))`,
    category: 'call to action',
    unless: [
      '(?:the|a|cash|vocal)\\s+register',
      // Solidarity, not an event: "Please join us in a moment of silence" (seen in real posts).
      'join\\s+us\\s+in\\s+(?:a\\s+moment|mourning|pray\\p{L}*|wishing|welcoming|congratulating|thanking|honou?ring|remembering|sending)',
    ],
  },
  {
    match: `${SENTENCE_START}(?:please\\s+|so\\s+|go\\s+)?(?:book|reserve)(?=\\s+(?:a|an|your)\\s)`,
    category: 'call to action',
  },
  {
    match: `${SENTENCE_START}(?:please\\s+|so\\s+|go\\s+)?(?:buy|order|shop|grab|get|snag|book|reserve)\\s+(?:now|today|online|here|yours|tickets)`,
    category: 'call to action',
  },
  // Second person: "you can sign up at ...", "don't forget to register".
  {
    match: `(?:you\\s+can|you\\s+should|be\\s+sure\\s+to|make\\s+sure\\s+(?:to|you)|remember\\s+to|don['’]?t\\s+forget\\s+to|click\\s+(?:here\\s+)?to|tap\\s+(?:here\\s+)?to)\\s+(?:${ACTION_VERBS}|grab|get\\s+(?:your|tickets))`,
    category: 'call to action',
  },
  { match: 'link\\s+(?:is\\s+)?in\\s+(?:my\\s+|our\\s+|the\\s+)?(?:bio|profile)|linkinbio', category: 'call to action' },
  { match: '(?:click|tap|hit)\\s+(?:the\\s+)?(?:link|button)|swipe\\s+up|link\\s+below', category: 'call to action' },
  { match: '(?:learn|find\\s+out)\\s+more\\s+(?:at|here)', category: 'call to action' },
];

/**
 * Promotional words that are also ordinary words ("a garage sale", "the cash
 * register", "I signed up for a marathon"): reported only when a brand marker
 * is in the same sentence.
 */
export const PROMOTION_WORDS_NEAR_BRAND: readonly PhraseEntry[] = [
  {
    match: 'on\\s+sale|sale',
    category: 'discount',
    // Sales the writer goes to, not sales the business runs.
    unless: [
      'garage',
      'yard',
      'estate',
      'bake',
      'rummage',
      'jumble',
      'car\\s+boot',
      'point\\s+of\\s+sale',
      // The writer shopping: "bought peaches on sale".
      'bought',
      'scored',
      'snagged',
      'picked\\s+up',
      // "put the office up for sale": a figure of speech.
      'up\\s+for\\s+sale',
      // The transaction: "the sale of the old building", "sale of uranium".
      'sale\\s+of',
      // Spanish "se le sale", "no sale": a verb, not a sale (seen in real posts).
      '(?:se|le|me|te|lo|la|les|nos|que|no)\\s+sale',
    ],
  },
  {
    match: 'discount(?:s|ed)?',
    category: 'discount',
    // The writer's own perk: "my volunteer discount", "I got a discount".
    unless: [
      'employee',
      'staff',
      'volunteer',
      "my\\s+(?:[\\p{L}'’]+\\s+){0,3}?discount",
      '(?:I|we)\\s+(?:got|get|get\\s+to\\s+use)',
    ],
  },
  {
    // Not "enroll" or "donate": "let's enroll six million children", "my
    // grandma wants to donate to Happy Paws" tell, they do not sell.
    // "register" only as a verb with what follows it: not "the Happy Paws register".
    match:
      "sign\\s*-?\\s*up|register(?=\\s*[:!]|\\s+(?:for|at|now|today|online|here|by|before|your|early|with|on)(?![\\p{L}\\p{N}_]))|subscribe|download|rsvp",
    category: 'call to action',
    unless: [
      FIRST_PERSON_ACTION,
      // Narration: "thinking about whether to subscribe", "they want to sign up".
      '(?:to|whether|about)\\s+(?:sign\\s*-?\\s*up|register|subscribe|download|rsvp)',
      // The noun: "the register at Happy Paws broke", "her vocal register".
      '(?:the|a|cash|vocal|upper|lower|gift)\\s+register|register\\s+(?:broke|jammed|drawer|tape|receipt)',
      // The verb of noticing: "these polls don't register the pulse".
      "(?:(?:do|does|did|won|would|could|can)n?['’]?t|not|never|barely|hardly|even)\\s+register",
    ],
  },
];

/**
 * Repost markers, each with the glue that may follow it ("Repost from:",
 * "RT"). A marker counts only when a brand marker starts right after it.
 */
export const REPOST_MARKERS: readonly string[] = [
  'RT\\s*:?\\s*',
  'MT\\s*:?\\s*',
  // "#repost @happypaws", "Reposted from Happy Paws", "regram via @happypaws",
  // "reposting this from @happypaws".
  "#?re-?(?:post|gram)(?:ed|ing|med|ming)?\\s*[:\\-–—]?\\s*(?:(?:this|that|these|their|a|the|an)(?:\\s+(?:post|story|reel|photo|pic|video|tweet|thread|one))?\\s+)?(?:(?:from|by|of|via)\\s*:?\\s*)?",
  're-?tweet(?:ed|ing)?\\s*:?\\s*(?:from\\s+)?',
  'shared\\s+(?:from|via)\\s*:?\\s*',
];

/**
 * "via" credits a source ("Great read (via @happypaws)"), but also means
 * "through" ("Adopted Max via @happypaws"). A bare "via" opening or ending a
 * line is a repost credit unless its sentence has one of these verbs of
 * getting something through someone. ("found" stays although "found this
 * article via @x" is a credit: "found Max via @happypaws" is the more common.)
 */
export const VIA_MARKER = 'via\\s*:?\\s*';
export const VIA_THROUGH_VERBS: readonly string[] = [
  'adopt\\p{L}*',
  'got',
  'found',
  'met',
  'came',
  'rescued',
  'bought',
  'ordered',
  'booked',
  'donated',
  'applied',
  'hired',
  'paid',
  'fostered',
  'matched',
  'arrived',
  'delivered',
  'sent',
  'shipped',
  'signed',
  'registered',
  'volunteer\\p{L}*',
];

/**
 * The business's marketing in a personal post, beyond the classic phrases:
 * prices and offers, asks to follow or share the business, and plugs that
 * say they are work. Reported when a brand marker is in the same sentence
 * (a price in "we spent $40 on Happy Paws treats" is the writer's own money:
 * see the `unless` lists).
 */
export const PROMOTION_CUES_NEAR_BRAND: readonly PhraseEntry[] = [
  // "only $20", "$10 donation", "$30 entry", "$15 each": a price the business asks.
  {
    match: '(?:(?:only|just|from|for)\\s+)?[$€£]\\s?\\d+(?:[.,]\\d\\d)?(?:\\s+(?:each|entry|donation|a\\s+(?:ticket|head|person|slot|dog|pet)|per\\s+(?:person|pet|dog|ticket|session|class)))?',
    category: 'price',
    unless: [
      // The writer's own money: "we raised $500 for Happy Paws", "I spent $40 on treats".
      '(?:I|we|me|my|our)\\s+(?:[\\p{L}\'’]+\\s+){0,3}?(?:raised|spent|spend|paid|pay|donated|owe|earned|make|made|got|lost|saved|tipped|gave)',
      // Also with the subject left out: "spent $40 on treats for the Happy Paws dogs".
      'raised|spent|paid|donated|tipped|owed?',
      'cost\\s+(?:me|us)',
    ],
  },
  // "follow @happypaws": the business gaining followers; "I follow @happypaws" is the writer's habit.
  {
    match: '(?:please\\s+|go\\s+|pls\\s+)?follow(?=\\s+@)',
    category: 'ask to share',
    unless: ["(?:I|we|I['’]ve|we['’]ve|who|they|she|he|you\\s+already|already|still)\\s+(?:[\\p{L}'’]+\\s+){0,2}?follow"],
  },
  { match: '\\d\\s?-?for-?\\s?\\d|two-for-one|2\\s+for\\s+1', category: 'discount' },
  // "no adoption fees", "fees waived"; a bare "no fees" is too often a figure of speech ("no fees can cover what they do").
  { match: '(?:no|zero|reduced|waived)\\s+(?:adoption|entry|booking|rehoming|registration)\\s+fees?|(?:reduced|waived)\\s+fees?|fees?\\s+(?:are\\s+)?(?:waived|reduced|halved)', category: 'discount' },
  { match: 'free\\s+(?:health\\s+checks?|checks?|check-?ups?|exams?|entry|admission|microchip\\p{L}*|vaccin\\p{L}*|nail\\s+trims?|photos?|gifts?)', category: 'discount' },
  { match: '(?:walk-?ins|everyone|everybody|all|families|all\\s+ages)\\s+(?:are\\s+|is\\s+)?(?:very\\s+)?welcome', category: 'call to action' },
  { match: "(?:is|are|we['’]re|now)\\s+hiring", category: 'call to action' },
  // "donations are doubled", "... are matched until midnight".
  {
    match: '(?:donations?|gifts?)\\s+(?:are\\s+|is\\s+)?(?:being\\s+)?(?:matched|doubled|tripled)|(?:are|is|get|gets)\\s+(?:being\\s+)?(?:matched|doubled|tripled)(?=\\s+(?:until|till|til|today|tonight|this|all))',
    category: 'urgency',
  },
  { match: '(?:please\\s+|pls\\s+|go\\s+)?vote\\s+for', category: 'ask to share', unless: ["(?:I|we)\\s+(?:[\\p{L}'’]+\\s+){0,2}?vote"] },
  { match: 'call\\s+(?:us\\s+)?(?:now\\s+)?to\\s+(?:book|reserve|register|order|enrol{1,2}|sign\\s*up)', category: 'call to action' },
  // "order at happypaws.org/shop", "details at happypaws.org/chip": an ask with the link it points to.
  {
    match: '(?:(?:order|buy|shop|book|grab|get)(?:\\s+(?:them|yours|one|it|tickets))?|details|info|more\\s+info|tickets|register|apply|donate|sign\\s*up)\\s+(?:online\\s+)?(?:at|via|on|here)(?=\\s*:?\\s*(?:https?://|www\\.)?[\\p{L}\\p{N}-]+\\.[\\p{L}]{2,})',
    category: 'call to action',
  },
  { match: '(?:registration|registrations|sign-?ups?|entries|bookings)\\s+(?:are\\s+|is\\s+)?(?:now\\s+)?(?:close[sd]?|end(?:s|ed)?)', category: 'urgency' },
  { match: "now['’]?s\\s+the\\s+time|now\\s+is\\s+the\\s+time|what\\s+are\\s+you\\s+waiting\\s+for", category: 'urgency' },
];

/**
 * Asks and plugs that make a post the business's, wherever the brand marker
 * is in the post: "follow @happypaws", "please share", "shameless plug".
 */
export const PROMOTION_ASKS: readonly PhraseEntry[] = [
  { match: '(?:book|reserve|grab|secure)\\s+your\\s+(?:slot|appointment|table|place|spot)s?', category: 'call to action' },
  { match: '(?:please\\s+|pls\\s+)?(?:share|retweet|boost|repost)\\s+(?:our|their|this|these|the|its)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:posts?|page|story|stories|tweets?|appeals?|links?)', category: 'ask to share' },
  { match: 'tell\\s+(?:all\\s+)?your\\s+friends|spread\\s+the\\s+word|please\\s+share|pls\\s+share|share\\s+(?:far\\s+and\\s+wide|widely)|every\\s+share\\s+helps', category: 'ask to share' },
  { match: 'shameless\\s+(?:self[-\\s]?)?plug|(?:sharing|posting)\\s+(?:this\\s+)?for\\s+work|work\\s+(?:asked|made|wants)\\s+(?:me|us)\\s+to\\s+(?:post|share)|plug\\s*:', category: 'plug' },
];

/**
 * Words that say a post is no advertisement: "not a promo, just proud".
 * They lower the confidence of a promotion, never of a repost.
 */
export const NOT_AN_AD = String.raw`(?:not\s+(?:a|an)\s+(?:promo|promotion|ad|advert|advertisement|plug|sales\s+pitch)|not\s+sponsored|not\s+an?\s+ad)`;

/**
 * Generic last words of a business name: "Happy Paws Rescue" is also called
 * "Happy Paws". The shortened name counts as a brand marker only for strong
 * promotional phrases in its sentence ("Black Friday at Happy Paws: 30% off").
 */
export const GENERIC_NAME_WORDS: readonly string[] = [
  'Rescue', 'Shelter', 'Sanctuary', 'Clinic', 'Hospital', 'Inc', 'Inc.', 'LLC', 'Ltd', 'Ltd.', 'Co', 'Co.', 'Company',
  'Group', 'Studio', 'Studios', 'Foundation', 'Trust', 'Charity', 'Centre', 'Center', 'Society', 'Shop', 'Store',
];

/**
 * Past-tense verbs of the writer's own day at work, opening a sentence with
 * the subject left out or after "I"/"we": "Spent the morning giving free nail
 * trims at Happy Paws", "we did 40 microchips for $10 each". An offer told as
 * what the writer did is news of their work, not an ask; it lowers the
 * confidence of a price or an offer (not of a classic phrase or a repost).
 */
export const OWN_WORK_PAST_VERBS: readonly string[] = [
  'spent', 'worked', 'did', 'had', 'gave', 'helped', 'ran', 'handed', 'made', 'took', 'finished', 'started', 'cleaned',
  'walked', 'fed', 'met', 'got', 'sold', 'served', 'volunteered', 'organised', 'organized', 'hosted', 'covered', 'manned',
  'staffed', 'microchipped', 'vaccinated', 'trimmed', 'washed', 'photographed',
];
