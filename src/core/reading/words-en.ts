/**
 * The English words the reading layer reads by: negation, irrealis,
 * comparison, quotation and title cues, who a clause is about, news
 * framing. Lower case, as `Token.norm` gives them. Data, not code: another
 * language is another file of this shape (words-es.ts), listed in words.ts.
 */
export interface ReadingWords {
  /** The language (ISO 639-1). */
  language: string;
  /**
   * Whether tokens are read without their accents: `Token.norm` of "mañana"
   * is "manana", so that a post typed without accents reads as one typed
   * with them. The lists of a folding language may be written with accents:
   * they are folded when compiled.
   */
  foldAccents: boolean;
  /**
   * With `foldAccents`: words whose accent makes them another word, read with
   * it (Spanish "sí" yes, "si" if; "él" he, "el" the). Lower case, accented.
   * A list that names one of them names it with its accent.
   */
  accentedWords: string[];
  /**
   * Elided words, lower case, each ending in its apostrophe (French "j'",
   * "l'", "n'"): a word that begins with one is two tokens, "j'ai" is "j'"
   * and "ai", so that lists name "j'" and "ai" as words. None in English
   * ("don't" is one word).
   */
  elisions?: string[];
  /**
   * Whether the language capitalises its nouns (German): then a run of
   * capitalised words mid-sentence ("am Samstag Abend Kneipentour") is no
   * title by itself; only a title cue before it makes one. Absent: false.
   */
  capitalisedNouns?: boolean;
  /** Words that deny what follows in their clause: "not hungover", "never drank", "no hangover". */
  negation: string[];
  /** Phrases (of norms) that deny what follows: "no more", "gave up". */
  negationPhrases: string[][];
  /**
   * Words that deny only what closely follows them ("quit drinking", "sober at
   * the party", "skipped the drinks"), never themselves: "quit my job" is a
   * trigger of its own, not a denial of it.
   */
  negationVerbs: string[];
  /**
   * Words a negation reaches a span through: "didn't even get drunk", "no more
   * tequila". Another word between stops it: "wouldn't pay for the therapy"
   * denies the paying, not the therapy. A rule may add its own (a drink's verbs).
   */
  negationCarriers: string[];
  /** Phrases that look like a negation and are not one: "never been so", "can't believe". */
  notNegation: string[][];
  /** Words that end a negation's reach inside a sentence. */
  scopeBreak: string[];
  /** Words that make a clause unreal: a wish, a condition, a what-if. */
  irrealis: string[];
  /** Phrases that make a clause unreal: "what if", "should i". */
  irrealisPhrases: string[][];
  /**
   * Words that make a condition only where they open a sentence or a clause
   * (after a comma), and not before a verb of someone else: Portuguese "se",
   * which is also the reflexive pronoun ("ela se casou"). Absent for English
   * and Spanish, whose "if" is only "if".
   */
  irrealisOpeners?: string[];
  /** With `irrealisOpeners`: words after the opener that make it the pronoun ("se liga", "se trata de"). */
  irrealisOpenerNot?: string[];
  /** Words after a sentence-opening "if" that make the whole sentence a daydream: "if I ever win the lottery ...", "if I won ...". */
  daydream: string[];
  /** After "if", a reader addressed, not a condition: "if the DPD driver is reading this, we're the blue door". */
  readerAddress: string[][];
  /** Phrases that make what follows a comparison, not a fact: "feels like", "as if". */
  comparison: string[][];
  /** Words before a title: "watching The Hangover", "the song Tequila". */
  titleCues: string[];
  /**
   * Where a programme is shown, after "is on" (English): a span that is the subject of "is on channel 4 tonight",
   * "is on netflix" is a title in any case ("horrible bosses is on channel 4 tonight"). Absent in the other languages.
   */
  screens?: string[];
  /** Days and months, capitalised by convention and so no title: "Friday to Friday", "back in March". */
  calendar: string[];
  /** The author. */
  firstPerson: string[];
  /** The author's family, after "my", "our" (or alone: "mum", "dad"). */
  family: string[];
  /** Other people, after "my"/"our" or alone: "my coworker", "he". */
  otherPeople: string[];
  /** Pronouns and words that name someone else as the subject. */
  otherPronouns: string[];
  /** The person addressed, someone else as a subject: "you got so drunk", "u ok?". Not in object position ("thank you", "see you"). */
  addressee: string[];
  /** Words that frame a sentence as news, history or research on their own: "researchers", "a documentary". */
  newsFrame: string[];
  /** Phrases that frame a sentence as news: "a study", "according to", "in the news". */
  newsPhrases: string[][];
  /**
   * Words that frame a sentence as news only when a reporting verb follows
   * them: "the report says", "police said", "data shows"; alone they are a
   * person's own ("my report is due", "out of data", "good news!").
   */
  newsSources: string[];
  /** The reporting verbs after a news source: "says", "found", "shows". */
  reportingVerbs: string[];
  /** Clause-joining words: a clause begins after them. */
  clauseBreak: string[];
  /** The author's possessives: "my", "our". */
  possessives: string[];
  /** Possessives matched by their shortened form too ("myy" is "my"). */
  possessivesShort: string[];
  /** The author's possessives as a family word's owner: "my mum", "our dad". */
  authorPossessives: string[];
  /** Someone else's possessives: "his", "her", "your". */
  otherPossessives: string[];
  /** Pronouns that are only ever objects: "him", "them". */
  objectPronouns: string[];
  /** Words a person in object position follows: "with the team", "to my boss", "thank you". */
  prepositions: string[];
  /** Determiners and possessives between a preposition and a person: "with the team". */
  determiners: string[];
  /** Words after which the person addressed is a subject: "and you were wasted", "if you're hungover". */
  subjectOpeners: string[];
  /** The word of a condition: "if". */
  conditionals: string[];
  /** Words right after a span that deny it: "drunk, not". */
  negationAfter: string[];
  /** Words after a question about the span that deny it: "hungover? nope". */
  negationAfterQuestion: string[];
  /** Punctuation that opens a question before its words: Spanish "¿". */
  questionOpeners: string[];
  /**
   * Whether a question mark asks only its own clause (the text after the
   * last comma before it), not the whole sentence: Portuguese "Tô de
   * ressaca, alguém tem Engov?", "Hoje é dia de encher a cara, quem vem?".
   * Unset for English and Spanish, where the sentence's "?" asks it all.
   */
  questionClauseOnly?: boolean;
  /**
   * Words that open a sentence as a question ("should", "is", "anyone"): where they are given, a
   * question mark asks the whole sentence only when one of them opens it or its last clause is a
   * short tag ("..., yay or nay?", "..., right?"); otherwise its own clause: "Called in sick lol,
   * who wants the beach?" states the first clause and asks the second.
   */
  questionStarts?: string[];
  /** Words of a consequence after a condition with no comma: "if I get one more email I'm gonna need surgery". */
  consequence?: string[];
  /** The tags after a comma that ask the whole sentence: "yay or nay", "right", "thoughts" (not "anyone": an invitation). */
  questionTags?: string[][];
  /**
   * Words that, after a condition and after the span, make the condition a grievance that has happened: "if my supervisor
   * micromanages my lunch break one more time I swear" (the span, in the condition, is real; a consequence after the words,
   * "if I get one more email I'm gonna need surgery", stays unreal).
   */
  presupposedConditions?: string[][];
  /** Words of a picture of someone, right before the person: "a photo of me passed out" is about the one pictured. */
  pictures?: string[][];
  /**
   * The people a sentence may open by addressing ("guys, ...", "les amis la crémaillère c'est samedi"): not who it is
   * about. Read as an address only when a stop or a comma follows, or a determiner, a possessive or the author's word
   * ("guys my new address is ..."), not a verb ("everyone got wasted").
   */
  vocatives?: string[][];
  /** "and" between two people: "Jo and I" is the author too. */
  coordinators: string[];
  /** The author's words that, next to "and", put the author among the people named: "Jo and I", "me and my friends". */
  authorInPair: string[];
  /** The author's words that are plural on their own: "we". */
  authorPlural: string[];
  /** Verbs after a capitalised word opening a clause that make it a name: "Jess got so drunk". */
  nameVerbs: string[];
  /** Words after a span that lead to its owner: "surgery for my dad", "the biopsy of my mum's". */
  ownerAfter: string[];
  /**
   * Words that lead to the span's owner only right after it (French "de":
   * "la chimio de ma mère" is the mother's, but "une cuite au mariage de ma
   * cousine" is not the cousin's). None in English.
   */
  ownerAfterNear?: string[];
  /** Words before a year that make it history: "in 1969", "since 2010". */
  yearPrepositions: string[];
  /** A regex source (case-insensitive) of the endings of a verb's form in a token's norm: the span is a verb, not a thing ("-ed", "-ing"). */
  verbEnding: string;
  /**
   * Verbs that say "I" by their form alone, where the subject is left out
   * (Spanish "tengo", "fui", "bebí"): exact forms (norms), and regex sources
   * of endings matched on the word as written, lower case, accents kept
   * ("-é", "-í": "tomé", "bebí"). Empty for English, which writes "I".
   */
  firstPersonVerbs: PersonVerbs;
  /** Verbs whose form says someone else did it (Spanish "se emborrachó", "bebieron"): endings as written, accents kept. */
  otherPersonVerbs: PersonVerbs;
}

/** Verb forms that say who did it, by the form alone. */
export interface PersonVerbs {
  /** Whole forms (norms). */
  forms: string[];
  /** Regex sources matched on the word as written, lower case, accents kept. */
  endings: string[];
  /** Words that have one of the endings and are no such verb ("café", "primos"). */
  except: string[];
}

export const ENGLISH: ReadingWords = {
  language: 'en',
  foldAccents: false,
  accentedWords: [],
  negation: [
    'not',
    'no',
    'never',
    'without',
    "nobody's",
    "nothing's",
    'none',
    'nobody',
    'zero',
    "don't",
    "didn't",
    "doesn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "can't",
    'cannot',
    "couldn't",
    "shouldn't",
    "wouldn't",
    "won't",
    "haven't",
    "hasn't",
    "hadn't",
    "ain't",
    'nor',
  ],
  negationPhrases: [
    ['no', 'more'],
    ['gave', 'up'],
    ['give', 'up'],
    ['giving', 'up'],
    ['free', 'of'],
    ['instead', 'of'],
    ['no', 'longer'],
  ],
  negationVerbs: ['quit', 'quitting', 'quits', 'sober', 'skipped', 'skipping', 'skip', 'avoid', 'avoided', 'avoiding', 'stopped', 'stop', 'stopping'],
  negationCarriers: [
    'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "i'm", "we're", 'get', 'got', 'gets', 'getting', 'do', 'did', 'done', 'doing', 'have', 'had', 'having', 'has',
    'feel', 'feeling', 'felt', 'even', 'really', 'so', 'that', 'too', 'very', 'actually', 'exactly', 'totally', 'completely', 'quite', 'remotely', 'particularly',
    'a', 'an', 'the', 'any', 'more', 'much', 'many', 'single', 'one', 'all', 'some', 'gonna', 'going', 'to', 'wanna', 'want', 'need', 'needed', 'needs',
    'plan', 'planning', 'on', 'think', 'again', 'ever', 'yet', 'once', 'at', 'as', 'bit', 'little', 'lil', 'super', 'go', 'went', 'gone', 'end', 'up',
    'i', 'we', 'me', 'you', 'just', 'tonight', 'today', 'this', 'year', 'since', 'and', 'or', 'nor', 'of', 'my', 'our', 'your', 'big', 'huge', 'real', 'bad', 'proper',
    'take', 'took', 'taking', 'start', 'started', 'starting', 'such', 'longer', 'be', 'it', "it's", 'there', "there's", 'serious', 'major', 'new', 'sign', 'signs',
    // "never been in debt", "not into therapy".
    'in', 'into',
  ],
  notNegation: [
    ['never', 'been', 'so'],
    ['never', 'been', 'this'],
    ['never', 'been', 'that'],
    ['never', 'been', 'more'],
    ['never', 'felt', 'so'],
    ["can't", 'believe'],
    ['cannot', 'believe'],
    ["couldn't", 'believe'],
    ["can't", 'stop'],
    ["couldn't", 'stop'],
    ["can't", 'remember'],
    ["don't", 'remember'],
    ["didn't", 'remember'],
    ["can't", 'even'],
    ['not', 'gonna', 'lie'],
    ['not', 'going', 'to', 'lie'],
    ['no', 'joke'],
    ['no', 'lie'],
    ['not', 'only'],
    ['not', 'just'],
    ['not', 'to', 'brag'],
    ["don't", 'judge'],
    ["didn't", 'sleep'],
    ["can't", 'sleep'],
    ["can't", 'afford'],
    ["couldn't", 'afford'],
    ["can't", 'pay'],
    ["couldn't", 'pay'],
    ["don't", 'know', 'how'],
    ["can't", 'wait'],
    ['no', 'idea', 'how'],
    ['nothing', 'but'],
    ['no', 'money'],
    ['not', 'feeling', 'well'],
    ["won't", 'stop'],
    ['never', 'again'],
    ["don't", 'tell'],
    ['no', 'one', 'home'],
    ['nobody', 'home'],
    ['nobody', "'s", 'home'],
  ],
  scopeBreak: ['but', 'though', 'although', 'however', 'yet', 'except', 'still', 'because', 'cause', 'cuz', 'so', 'and', 'then', 'now', 'until', 'till'],
  irrealis: ['if', 'would', "would've", 'wish', 'wishing', 'imagine', 'imagining', 'pretend', 'dreamt', 'dreamed', 'dream', 'hypothetically', 'unless', 'whether', 'might', 'maybe'],
  irrealisPhrases: [
    ['what', 'if'],
    ['should', 'i'],
    ['should', 'we'],
    ['could', 'i'],
    ['shall', 'we'],
    ['do', 'i'],
    ['do', 'we'],
    ['thinking', 'about'],
    ['tempted', 'to'],
    ['in', 'case'],
  ],
  readerAddress: [['anyone', 'from'], ['anybody', 'from'], ['anyone', 'knows'], ['reading', 'this'], ['sees', 'this'], ['see', 'this'], ['reads', 'this'], ['anyone', 'finds'], ['anybody', 'finds'], ['anyone', 'has', 'seen'], ['anyone', 'sees'], ['you', 'find', 'my'], ["you're", 'delivering'], ['you', 'are', 'delivering'], ["you're", 'coming'], ['you', 'are', 'coming'], ["you're", 'lost'], ['ur', 'lost'], ["you're", 'dropping']],
  daydream: ['ever', 'won', 'win', 'inherit', 'inherited', 'became', 'were', 'had'],
  comparison: [['like'], ['as', 'if'], ['as', 'though'], ['feels', 'like'], ['feel', 'like'], ['felt', 'like'], ['looks', 'like'], ['look', 'like'], ['sounds', 'like'], ['kind', 'of'], ['sort', 'of'], ['more', 'than'], ['than']],
  screens: ['channel', 'tv', 'telly', 'netflix', 'bbc', 'bbc1', 'bbc2', 'itv', 'itv2', 'sky', 'iplayer', 'hulu', 'prime', 'disney', 'hbo', 'max', 'e4', 'c4', 'dave', 'abc', 'nbc', 'cbs', 'fox', 'paramount', 'peacock', 'stan', 'foxtel', 'rte', 'sbs'],
  titleCues: ['watching', 'watched', 'watch', 'movie', 'film', 'song', 'album', 'track', 'listening', 'listened', 'playing', 'played', 'reading', 'read', 'book', 'episode', 'show', 'series', 'sing', 'singing', 'sang', 'karaoke', 'titled', 'called', 'rewatching', 'binge', 'binging', 'streaming', 'novel', 'musical', 'play', 'tune', 'cover', 'lyrics', 'listen', 'listens', 'sings', 'humming', 'blasting', 'dancing', 'danced'],
  calendar: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
    'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  firstPerson: ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves', "let's"],
  family: [
    'mum',
    'mom',
    'mommy',
    'mummy',
    'mama',
    'mother',
    'dad',
    'daddy',
    'father',
    'papa',
    'parents',
    'parent',
    'wife',
    'husband',
    'hubby',
    'partner',
    'fiance',
    'fiancé',
    'fiancee',
    'fiancée',
    'boyfriend',
    'girlfriend',
    'bf',
    'gf',
    'son',
    'daughter',
    'kid',
    'kids',
    'child',
    'children',
    'baby',
    'toddler',
    'brother',
    'sister',
    'sis',
    'bro',
    'grandma',
    'grandpa',
    'grandad',
    'granddad',
    'gran',
    'granny',
    'nan',
    'nana',
    'grandmother',
    'grandfather',
    'family',
    'aunt',
    'auntie',
    'uncle',
    'twins',
    'stepdad',
    'stepmum',
    'stepmom',
    'ex',
  ],
  otherPeople: [
    'coworker',
    'co-worker',
    'coworkers',
    'colleague',
    'colleagues',
    'friend',
    'friends',
    'bestie',
    'mate',
    'mates',
    'neighbour',
    'neighbor',
    'neighbours',
    'neighbors',
    'roommate',
    'roomie',
    'flatmate',
    'housemate',
    'boss',
    'manager',
    'client',
    'clients',
    'customer',
    'customers',
    'teacher',
    'student',
    'students',
    'patient',
    'patients',
    'dog',
    'cat',
    'puppy',
    'kitten',
    'vet',
    'doctor',
    'team',
    'classmate',
    'classmates',
    'cousin',
    'intern',
    'interns',
    'ceo',
    'cfo',
    'cto',
    'coo',
    'director',
    'supervisor',
    'receptionist',
    'landlord',
    'landlady',
    'tenant',
    'tenants',
    'bartender',
    'barman',
    'waiter',
    'waitress',
    'nurse',
    'surgeon',
    'dentist',
    'employee',
    'employees',
    'stranger',
    'strangers',
    'bride',
    'groom',
    'guests',
    'lecturer',
    'professor',
    'driver',
    'lad',
    'bloke',
    'fella',
    'geezer',
  ],
  addressee: ['you', "you're", 'youre', 'u', 'ur', 'ya', "y'all", 'yall', "you've", "you'll", "you'd"],
  otherPronouns: ['he', "he's", 'she', "she's", 'they', "they're", 'him', 'her', 'them', 'his', 'their', 'everyone', 'everybody', 'someone', 'somebody', 'people', 'ppl', 'guy', 'guys', 'girl', 'girls', 'dude', 'lady', 'man', 'woman', 'celebrities', 'celebrity', 'celebs', 'celeb'],
  newsFrame: ['researchers', 'scientists', 'headline', 'headlines', 'documentary', 'podcast', 'reportedly', 'statistically'],
  newsPhrases: [
    ['on', 'the', 'news'],
    ['on', 'tv'],
    ['on', 'the', 'radio'],
    ['a', 'study'],
    ['new', 'study'],
    ['the', 'study'],
    ['one', 'study'],
    ['a', 'survey'],
    ['new', 'survey'],
    ['the', 'survey'],
    ['a', 'poll'],
    ['new', 'poll'],
    ['a', 'report'],
    ['new', 'report'],
    ['according', 'to'],
    ['in', 'the', 'news'],
    ['on', 'the', 'news'],
    ['breaking', 'news'],
    ['news', 'report'],
    ['an', 'article'],
    ['this', 'article'],
    ['the', 'article'],
    ['percent', 'of'],
    ['%', 'of'],
  ],
  newsSources: ['study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'report', 'reports', 'research', 'data', 'statistics', 'stats', 'figures', 'police', 'officials', 'government', 'senator', 'president', 'experts', 'news', 'article', 'history'],
  reportingVerbs: ['says', 'say', 'said', 'finds', 'find', 'found', 'shows', 'show', 'showed', 'shown', 'suggests', 'suggest', 'suggested', 'claims', 'claim', 'claimed', 'reveals', 'reveal', 'revealed', 'warns', 'warn', 'warned', 'announced', 'announces', 'confirms', 'confirmed', 'estimates', 'estimated', 'reports', 'reported', 'links', 'linked', 'reckons', 'reckon', 'reckoned', 'predicts', 'predicted', 'concludes', 'concluded', 'argues', 'argued', 'blames', 'blamed', 'puts', 'estimate'],
  clauseBreak: ['but', 'though', 'although', 'however', 'yet', 'because', 'cause', 'cuz', 'while', 'whereas', 'except'],
  possessives: ['my', 'our'],
  possessivesShort: ['my'],
  authorPossessives: ['my', 'our', 'mine'],
  otherPossessives: ['his', 'her', 'their', 'your', 'ur', 'yo'],
  objectPronouns: ['him', 'them', 'me', 'us'],
  prepositions: ['with', 'w', 'to', 'for', 'at', 'from', 'about', 'of', 'on', 'by', 'like', 'than', 'behind', 'after', 'without', 'into', 'near', 'beside', 'between', 'among', 'around', 'thank', 'thanks', 'see', 'love', 'miss', 'met', 'meet', 'texted', 'visited', 'visit'],
  determiners: ['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'these', 'those', 'some', 'all'],
  subjectOpeners: ['and', 'but', 'so', 'if', 'when', 'cause', 'because', 'cuz', 'coz', 'that', 'did', 'do', 'have', 'are', 'were', 'can', 'could', 'would', 'will', 'should', 'how', 'why', 'what', 'where', 'while', 'or', 'lol', 'omg', 'guess', 'hope', 'bet', 'think'],
  conditionals: ['if'],
  negationAfter: ['not', 'nope'],
  negationAfterQuestion: ['nope', 'not', 'no', 'never'],
  questionOpeners: [],
  questionStarts: ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'shall', 'what', "what's", 'why', 'how', "how's", 'who', "who's", 'where', 'when', 'which', 'anyone', 'anybody', 'has', 'have', 'am', "isn't", "aren't", "don't", "doesn't", "didn't", "wasn't", 'wanna', 'u', 'you', 'ok', 'okay', 'so'],
  presupposedConditions: [['one', 'more', 'time'], ['one', 'more']],
  vocatives: [['guys'], ['lads'], ['folks'], ['everyone'], ['everybody'], ["y'all"], ['yall'], ['people'], ['girls'], ['ladies'], ['friends'], ['fam'], ['hey', 'guys'], ['ok', 'guys'], ['right', 'lads'], ['hi', 'all'], ['hey', 'all'], ['neighbours'], ['neighbors']],
  pictures: ['photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'video', 'videos', 'vid', 'footage', 'snap', 'snaps', 'selfie', 'clip'].map((w) => [w, 'of']),
  consequence: ['gonna', 'will', "i'll", "we'll", 'would', "i'd", "we'd", 'might', 'shall'],
  questionTags: [['yay', 'or', 'nay'], ['yes', 'or', 'no'], ['right'], ['thoughts'], ['or', 'nah'], ['or', 'not'], ['good', 'idea'], ['bad', 'idea'], ['ok'], ['okay'], ['agree'], ['is', 'that', 'bad'], ['is', 'that', 'weird'], ['am', 'i', 'wrong'], ['should', 'i'], ['yea', 'or', 'nay'], ['no'], ['innit'], ['eh'], ['too', 'much']],
  coordinators: ['and', 'n', 'nd', '&', '+'],
  authorInPair: ['i', 'we', 'me'],
  authorPlural: ['we'],
  nameVerbs: ['got', 'gets', 'is', 'was', 'has', 'had', 'and', 'just', 'drank', 'went', 'threw', 'told', 'said', 'did', 'does'],
  ownerAfter: ['for', 'of'],
  yearPrepositions: ['in', 'since'],
  verbEnding: '(?:ed|ing)$',
  firstPersonVerbs: { forms: [], endings: [], except: [] },
  otherPersonVerbs: { forms: [], endings: [], except: [] },
};
