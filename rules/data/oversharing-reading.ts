/**
 * Words of the `oversharing` rule's reading pass: the lemmas and shapes that
 * make a post worth reading (triggers), and the words around a trigger that
 * decide whether it is the author's overshare. Lemmas are lower case and
 * matched through `Reading.isForm` (so "surgery" reads "surgeries", "divorce"
 * reads "divorced" and "divorcing"); phrases are lists of token norms.
 */
import { CONDITIONS, MEDICAL_PHRASES, MEDICINES, PROCEDURES } from './medical-en.js';

/** Lemmas that name a medical condition, treatment, test or medicine: a medical detail on their own. */
export const HEALTH_STRONG = [
  ...MEDICINES, ...CONDITIONS.filter((c) => !c.includes(' ')), ...PROCEDURES,
  'chemo', 'chemotherapy', 'radiotherapy', 'dialysis', 'physio', 'physiotherapy', 'therapy', 'therapist',
  'psychiatrist', 'counsellor', 'counselor', 'surgery', 'surgeon', 'neurosurgeon', 'biopsy', 'mri', 'x-ray', 'xray',
  'ultrasound', 'bloodtest', 'bloodwork', 'meds', 'medication', 'antibiotic', 'antibiotics', 'antidepressant',
  'antidepressants', 'sertraline', 'lithium', 'insulin', 'inhaler', 'naproxen', 'ibuprofen', 'relaxant', 'relaxants',
  'steroid', 'steroids', 'opioid', 'opioids', 'painkiller', 'painkillers', 'diagnosis', 'diagnose', 'diagnosed',
  'miscarriage', 'ivf', 'pre-eclampsia', 'preeclampsia', 'stroke', 'icu', 'cancer', 'tumour', 'tumor', 'diabetes',
  'diabetic', 'endometriosis', 'fibromyalgia', 'bronchitis', 'uti', 'clot', 'hernia', 'gallbladder', 'rehab',
  'epilepsy', 'seizure', 'chemo', 'mammogram', 'colonoscopy', 'mastectomy', 'hysterectomy', 'cardiology',
  'oncology', 'oncologist', 'cardiologist', 'neurologist', 'sclerosis', 'lupus', 'pcos', 'adhd', 'ptsd', 'ocd',
  'bipolar', 'pregnancy', 'c-section', 'stitches', 'op', 'tablets', 'migraines', 'beta',
  'placenta', 'antidepresants', 'anti-depressants', 'counselling', 'counseling',
];
/** Strong lemmas that still need a second word to be medical: "beta blockers", "my op", "anxiety attack". */
export const HEALTH_NEEDS_NEXT: Record<string, string[]> = {
  beta: ['blocker', 'blockers'],
  // "another lap around the sun", "a lap of the park": a lap is a procedure only as a lap band or a lap chole.
  lap: ['band', 'chole', 'cholecystectomy', 'surgery', 'appendectomy'],
  op: [],
  tablets: [],
  migraines: [],
};
/** Phrases of norms that are a medical detail: "cat scan", "blood test", "panic attack". */
export const HEALTH_PHRASES: string[][] = [
  ...MEDICAL_PHRASES, ...CONDITIONS.filter((c) => c.includes(' ')).map((c) => c.split(' ')),
  ['early', 'pregnancy', 'unit'], ['pregnancy', 'unit'], ['fertility', 'clinic'], ['bed', 'rest'],
  ['cat', 'scan'], ['ct', 'scan'], ['pet', 'scan'], ['blood', 'test'], ['blood', 'tests'], ['blood', 'pressure'],
  ['panic', 'attack'], ['panic', 'attacks'], ['anxiety', 'attack'], ['anxiety', 'attacks'], ['anxiety', 'issues'],
  ['anxiety', 'disorder'], ['side', 'effects'], ['heart', 'doctor'], ['iv', 'drip'], ['ms', 'flare'],
  ['heart', 'attack'], ['psych', 'ward'], ['psychiatric', 'ward'], ['mental', 'health', 'unit'], ['pregnancy', 'unit'], ['triple', 'bypass'], ['quadruple', 'bypass'], ['crisis', 'team'], ['whole', 'bypass'], ['heart', 'bypass'], ['bypass', 'surgery'], ['muscle', 'relaxants'], ['sick', 'pay'],
];
/** Lemmas of a weaker kind: a place or person of medicine, medical only with a body part or symptom of the author. */
export const HEALTH_WEAK = ['hospital', 'er', 'a&e', 'doctor', 'doc', 'dr', 'gp', 'appointment', 'appt', 'clinic', 'prescription', 'prescribed', 'medicine'];
/** Body parts and symptoms that make a weak health word a detail: "the hospital to sort out my back". */
export const BODY = ['back', 'knee', 'leg', 'arm', 'hip', 'lump', 'chest', 'heart', 'lungs', 'liver', 'kidney', 'neck', 'shoulder', 'wrist', 'ankle', 'foot', 'spine', 'eye', 'ear', 'stomach', 'bleeding', 'blood', 'fever', 'pain', 'tests', 'results', 'migraine', 'migraines', 'migrains', 'headache', 'headaches', 'cough', 'coughing', 'scan'];
/** People of medicine: as a subject they act on the author ("the doctor diagnosed ..."), they are not the one who is ill. */
export const MEDICAL_PEOPLE = ['doctor', 'doctors', 'doc', "doc's", 'dr', 'surgeon', 'neurosurgeon', 'nurse', 'nurses', 'gp', 'consultant', 'dentist', 'specialist', 'physio', 'therapist', 'psychiatrist', 'ins', 'insurance'];
/** What "they" do when "they" are the doctors: "they want to start radiotherapy", "they said it's a fracture", "they kept me in". */
export const CLINICIAN_VERBS = ['want', 'wanted', 'wants', 'said', 'say', 'says', 'think', 'thought', 'found', 'gave', 'put', 'kept', 'keep', 'took', 'need', 'needed', 'will', "'ll", 'decided', 'suggested', 'recommended', 'booked', 'scheduled', 'sent', 'referred', 'told', 'reckon', 'upped', 'changed', 'switched', 'started', 'doubled'];
/** A word right after a health trigger that makes it something else: "therapy dog", "cancer research". */
export const HEALTH_NOT_AFTER = [
  'dog', 'dogs', 'cat', 'cats', 'animal', 'animals', 'pet', 'pets', 'patients', 'patient', 'research', 'fundraiser',
  'awareness', 'charity', 'foundation', 'walk', 'run', 'survivors', 'schedule', 'list', 'nightmares', 'murder', 'who',
  'anatomy', 'ward', 'team', 'department', 'season', 'episode', 'show', 'crisis', 'abuse', 'epidemic', 'policy', 'care',
  'coverage', 'prevention', 'screenings', 'rates', 'deaths', 'funding', 'bill', 'law', 'doesn\'t', 'scene', 'scenes', 'footage', 'video', 'videos', 'clip', 'clips',
];
/** A word right before a health trigger that makes it something else: "retail therapy", "car hospital", "plastic surgery" jokes. */
export const HEALTH_NOT_BEFORE = ['retail', 'car', 'cosmetic', 'plastic', 'tree', 'brain-dead', 'cheat', 'couples'];
/** Animals, vets and their work: a post about them is not the author's health. */
export const ANIMALS = [
  'dog', 'dogs', 'doggy', 'doggie', 'cat', 'cats', 'puppy', 'puppies', 'pup', 'pups', 'kitten', 'kittens', 'pet', 'pets',
  'horse', 'rabbit', 'bunny', 'hamster', 'feline', 'canine', 'vet', 'vets', 'veterinary', 'spay', 'spays', 'neuter',
  'paw', 'paws', 'wagging', 'tail', 'fuzzball', '🐶', '🐕', '🐱', '🐾', 'dogbook',
];
/** Death: a post about a death is about someone else's illness. */
export const DEATH = ['died', 'funeral', 'rip', 'r.i.p', 'death', 'dying'];
/** Watching or reading: what follows in the clause is on a screen. */
export const MEDIA = ['watch', 'watchin', 'watching', 'watched', 'reading', 'episode', 'itv', 'bbc', 'netflix', 'tv', 'film', 'movie', 'documentary'];
/** Modal words that make a treatment a possibility, not a fact: "I may need therapy now". */
export const MODAL = ['may', 'might', 'could', 'maybe', 'probably', 'chance'];

/** Money trouble, as lemmas. */
export const MONEY_STRONG = [
  'overdraft', 'overdrawn', 'debt', 'debts', 'bankruptcy', 'bankrupt', 'bailiff', 'bailiffs', 'evict', 'evicted',
  'eviction', 'repossess', 'repossessed', 'arrears', 'payday', 'salary', 'salaries', 'wage', 'wages', 'paycheck', 'p60',
  'loan', 'maxed', 'declined', 'broke',
];
/** Phrases of money trouble or pay. */
export const MONEY_PHRASES: string[][] = [
  ['pay', 'day'], ['no', 'money'], ['not', 'having', 'money'], ['hourly', 'rate'], ['can\'t', 'afford'], ['cannot', 'afford'],
  ['can\'t', 'pay'], ['cannot', 'pay'], ['car', 'payment'], ['credit', 'card'], ['credit', 'cards'], ['poor', 'credit'],
  ['short', 'on', 'rent'], ['short', 'for', 'rent'], ['behind', 'on', 'rent'], ['bank', 'balance'], ['in', 'my', 'account'], ['to', 'last'], ['rent', 'is'], ['lost', 'his', 'job'], ['lost', 'her', 'job'],
  ['lost', 'my', 'job'], ['sick', 'pay'],
];
/** Words that make a money word trouble or pay of one's own. */
export const MONEY_TROUBLE = [
  'till', 'until', 'til', 'payday', 'late', 'missed', 'again', 'maxed', 'declined', 'fees', 'off', 'can\'t',
  'cannot', 'no', 'counting', 'desperation', 'hates', 'living', 'ramen', 'beans', 'cover', 'overdraft', 'limit',
  'negative', 'landlord', 'repossessed', 'lost',
];
/** Words of news and politics that make money talk someone else's. */
export const PUBLIC_MONEY = [
  'country', 'nation', 'america', 'government', 'federal', 'national', 'state', 'states', 'city', 'taxpayers',
  'economy', 'students', 'americans', 'families', 'millions', 'people', 'generation', 'workers', 'renters', 'congress',
  'average', 'company', 'companies', 'bank', 'banks',
];

/** Relationship lemmas: a break-up, a divorce, a cheating partner. */
export const RELATIONSHIP_STRONG = ['divorce', 'divorced', 'divorcing', 'separate', 'separated', 'separating', 'split', 'splitting', 'dump', 'dumped', 'cheat', 'cheated', 'cheating', 'custody', 'breakup', 'break-up', 'ex'];
/** Partners, as the other one in a relationship word: "broke up with my girlfriend", "he cheated". */
export const PARTNERS = ['husband', 'wife', 'hubby', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'spouse', 'ex', 'marriage', 'relationship', 'him', 'her', 'me', 'us', 'he', 'she'];
/** Words of a couple's life: what makes "he moved out" or "we're done" the end of a relationship, not of a tenancy or a task. */
export const COUPLE_CONTEXT = ['alone', 'single', 'together', 'ring', 'engagement', 'engaged', 'wedding', 'marriage', 'relationship', 'heartbroken', 'heartbreak', 'married', '💔', 'anniversary', 'lonely'];
/** Words after "we're" that end a relationship: "we're done", "we're over". */
export const ENDED = ['done', 'over', 'through', 'finished'];
/** Things people joke about breaking up with, divorcing or being cheated by. */
export const NOT_PARTNERS = ['sourdough', 'starter', 'plant', 'bed', 'couch', 'sofa', 'laptop', 'wifi', 'car', 'bike', 'kettle', 'printer', 'phone', 'charger', 'gym', 'plants', 'autocorrect', 'carbs', 'coffee', 'diet', 'system', 'sheet', 'day', 'meal', 'code', 'fight', 'ups', 'california', 'twitter', 'job', 'puppies', 'kittens', 'dogs', 'cats', 'bill', 'cost', 'ways', 'screen', 'week'];

/** Travel: words that say the household is going, or is, away. */
export const AWAY = [
  'away', 'holiday', 'holidays', 'vacation', 'trip', 'abroad', 'flying', 'flight', 'leaving', 'camping', 'off', 'gone',
  'travelling', 'traveling', 'cruise', 'visiting', 'staying', 'bali', 'spain', 'portugal', 'greece', 'japan', 'mexico',
  'florida', 'ibiza', 'cornwall', 'lanzarote', 'lake', 'beach', 'coast', 'cabin', 'fly', 'flew', 'jetting', 'holidaying', 'hols', 'vacay',
];
/** Words of an empty or watched-over home. */
export const HOUSE_EMPTY = ['empty', 'locked', 'sitter', 'house-sitter', 'housesitter', 'burgle', 'burglars', 'itself', 'nobody', 'key', 'keys', 'spare'];
/** Return and absence words before a date or day: "back on the 9th", "until Sunday". */
export const UNTIL = ['until', 'till', 'til', 'thru', 'through'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'weekend'];
export const MONTHS = ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'];
export const DURATIONS = ['day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'fortnight'];
/** Holidays that end an absence: "till Labor Day". */
export const FEASTS = ['christmas', 'easter', 'labor', 'labour', 'thanksgiving', 'new'];

/** Confidential: work matters that are news before they are announced. */
export const WORK_NEWS = [
  'outsourcing', 'outsourced', 'offshoring',
  'layoff', 'layoffs', 'redundancy', 'redundancies', 'headcount', 'restructure', 'restructuring', 'reorg', 'merger', 'merging',
  'acquisition', 'acquired', 'closing', 'closure', 'cut', 'cuts', 'cutting', 'account', 'contract', 'numbers', 'guidance',
  'stock', 'salaries', 'launch', 'rebrand', 'ceo', 'board', 'office', 'store', 'team', 'shift', 'sequel', 'script',
  'menu', 'product', 'deal', 'nda', 'client', 'announcement', 'stepping', 'buyout', 'takeover', 'all-hands', 'revenue',
  'closes', 'shutting', 'site', 'plant', 'branch', 'roles', 'forecast', 'earnings', 'q1', 'q2', 'q3', 'q4', 'merging', 'folded', 'freeze', 'breach',
  // Session 9: the floor, the jobs and the data; the news with "is" run into it ("merger's happening").
  'floor', 'redundant', 'axed', 'replacing', 'outsourcing', 'offshoring', 'jobs', 'department', 'dept', 'division', 'shares', 'boardroom', 'data',
  "merger's", "restructure's", "reorg's", "layoffs'", "takeover's", "closure's", 'buying',
];
/** Work news said as a phrase: the company changing hands ("we're being bought"), whatever else the post says. */
export const WORK_NEWS_PHRASES: string[][] = [
  ['being', 'bought'], ['being', 'acquired'], ['being', 'sold'], ['getting', 'bought'], ['getting', 'acquired'], ['been', 'bought'],
  ['been', 'acquired'], ['being', 'taken', 'over'], ['share', 'options'],
];
/** The author's workplace losing what it lives on: "lost our biggest client", "we lost the Tesco account". */
export const WORK_LOSSES = ['client', 'clients', 'account', 'contract', 'customer', 'funding', 'investor', 'investors'];
/** Secrecy: the post says it is not public. */
export const SECRECY_PHRASES: string[][] = [
  // Session 13: heard before it is written ("hr hasn't even drafted the email yet"), known and kept back ("my manager knew for months").
["haven't", 'been', 'told'], ["hasn't", 'been', 'told'], ["weren't", 'told'], ['not', 'been', 'told'], ['not', 'meant', 'to', 'post'], ['not', 'meant', 'to', 'say'], ['not', 'meant', 'to', 'share'], ["won't", 'hear'], ['quietly', 'shutting'], ['quietly', 'closing'], ['quietly', 'cutting'], ['before', 'the', 'ceo'], ['before', 'the', 'board'],
    ["hasn't", 'even', 'drafted'], ['not', 'even', 'drafted'], ['knew', 'for', 'months'], ['knew', 'for', 'weeks'], ['lied', 'to', 'our', 'faces'], ['before', 'anyone', 'else', 'knows'],
  ['not', 'public'], ['not', 'supposed', 'to'], ['nobody', "'s", 'been', 'told'], ["nobody's", 'been', 'told'], ['been', 'told', 'yet'],
  ["don't", 'know', 'yet'], ["hasn't", 'told'], ["haven't", 'told'], ["can't", 'say'], ['cannot', 'say'], ["can't", 'announce'],
  ["don't", 'tell'], ['dont', 'tell'], ['nobody', 'tell'], ['by', 'accident'], ['when', "it's", 'out'], ['public', 'announcement'],
  ['private', 'meeting'], ['lawyers', 'would'], ["can't", 'wait', 'till', 'you', 'all', 'see'], ['told', 'us', 'today'],
  ['nobody', "'s", 'saying'], ["nobody's", 'saying'], ['nobody', 'is', 'saying'], ['no', 'one', "'s", 'saying'], ['not', 'official'],
  ['keep', 'it', 'quiet'], ['under', 'nda'], ['signed', 'the', 'nda'], ['not', 'announced'], ['before', 'the', 'announcement'],
  // Told before the staff or the market: "you didn't hear it from me", "they're not announcing til jan", "mum's the word".
  ["didn't", 'hear', 'it', 'from', 'me'], ['not', 'announcing'], ["aren't", 'announcing'], ["mum's", 'the', 'word'], ['mum', "'s", 'the', 'word'],
  ['only', 'telling'], ['telling', 'the', 'staff'], ['tell', 'the', 'rest'], ['not', 'out', 'yet'], ["hasn't", 'said', 'a', 'word'], ["hasn't", 'seen', 'it'],
  ['closed', 'room'], ["don't", 'even', 'know'], ['dont', 'even', 'know'], ["doesn't", 'know', 'yet'], ["won't", 'tell', 'the'], ['nobody', 'notices'],
  // Session 9: not public till a date, not to be talked about, found out by seeing it.
  ["won't", 'be', 'public'], ['not', 'public', 'till'], ['cannot', 'talk'], ["can't", 'talk'], ['not', 'allowed', 'to', 'talk'],
  ['before', 'the', 'results'], ['heard', 'from', 'hr'], ['saw', 'the', 'deck'], ['practising', 'the', 'speech'], ['practicing', 'the', 'speech'], ['rhymes', 'with'],
  ['update', 'your', 'linkedin'], ['update', 'your', 'linkedins'], ["announcement's", 'on'], ['announcement', 'is', 'on'],
  // Session 11: nobody outside the team knows.
  ['keeping', 'it', 'from', 'us'], ["hasn't", 'announced'], ["haven't", 'announced'], ['not', 'announced', 'it'], ["don't", 'repeat'], ['dont', 'repeat'], ['between', 'us'], ['off', 'the', 'record'], ["nobody's", 'supposed', 'to'], ['nobody', 'is', 'supposed', 'to'], ['no', "one's", 'supposed', 'to'], ['nobody', 'outside', 'knows'], ['no', 'one', 'outside', 'knows'], ['nobody', 'knows', 'yet'], ['no', 'one', 'knows', 'yet'], ['knows', 'yet'],
];
export const SECRECY_WORDS = ['confidential', 'nda', '🤐', '🤫', '👀', 'leaked', 'internal', 'internally', 'shh', 'rumour', 'rumours', 'rumor', 'rumors', 'hush-hush'];

/** Boss complaints: who. */
export const BOSS_TARGETS = ['boss', 'manager', 'mgr', 'supervisor', 'gaffer', 'foreman', 'employer', 'job', 'management', 'company', 'firm', 'partners', 'chef', 'lead', 'leader', 'director'];
/** Boss complaints: what. Lemmas. */
export const COMPLAINTS = [
  'hate', 'suck', 'sucks', 'idiot', 'worst', 'violation', 'nightmare', 'menace', 'tyrant', 'dictator', 'narcissist', 'psycho', 'toxic', 'quit', 'yell', 'yelled', 'scream', 'screamed', 'bully', 'bullying', 'freak',
  'clown', 'moron', 'jerk', 'useless', 'incompetent', 'awful', 'terrible', 'horrible', 'stupid', 'dumb', 'annoying',
  'hovering', 'bugging', 'micromanage', 'micromanages', 'micromanaging', 'blame', 'blamed', 'threw', 'laughed', 'robots', 'interns',
  'suckers', 'cv', 'resume', 'cursing', 'unpaid', 'forgot', 'tired', 'anorexic', 'bath', 'mindset', 'sir', 'pissy',
  'ugh', 'why', 'loathe', 'despise', 'dread', 'miserable', 'toxic', 'joke', 'nightmare', 'hell', 'snake', 'weasel', 'muppet',
  'tyrant', 'dictator', 'prat', 'tosser', 'clueless', 'screaming', 'shouting', 'shouted', 'berated', 'belittled', 'humiliated',
  'galah', 'drongo', 'numpty', 'eejit', 'gobshite', 'plonker', 'wanker', 'knobhead', 'dickhead', 'arsehole', 'asshole', 'muppet',
  // What a boss does to the author, and contempt for the boss: "docked me an hour", "refused my leave", "a weapon of a man", "I work for a toddler".
  'docked', 'refused', 'rejected', 'denied', 'weapon', 'tinpot', 'toddler', 'micromanager', 'condescending', 'patronising', 'patronizing',
  'cruelty', 'cruel', 'spineless', 'gutless', 'gaslighting', 'gaslit', 'belittles', 'nitpicking', 'overworked', 'underpaid', 'exploited', 'exploiting', 'power-tripping', 'replied-all',
  '🙄', '🤬', '😡', '😤',
];
/**
 * Boss complaints without a complaint word: credit taken ("presented my deck as his own"), and despair idioms
 * ("I want to walk into the sea") in the sentence of the boss or the next one. Phrases of norms.
 */
export const COMPLAINT_PHRASES: string[][] = [
  ['no', 'idea'], ["couldn't", 'run'], ['treats', 'us'], ['pays', 'us'], ['took', 'credit'], ['takes', 'credit'], ['taking', 'credit'],
  ["don't", 'like'], ['have', 'to', 'come', 'in'], ['called', 'me'], ['yelled', 'at'], ['under', 'foot'], ['quick', 'question'],
  ["isn't", 'an'], ['so', 'done'], ["can't", 'stand'], ['no', 'clue'], ['as', 'his', 'own'], ['as', 'her', 'own'], ['as', 'their', 'own'],
  ['stole', 'my'], ['steals', 'my'], ['idea', 'was', 'his'], ['idea', 'was', 'hers'], ['walk', 'into', 'the', 'sea'], ['will', 'to', 'live'], ['kill', 'me', 'now'], ['end', 'me'],
  ['want', 'to', 'scream'], ['want', 'to', 'cry'], ['wanna', 'scream'], ['wanna', 'cry'], ['fml'], ['send', 'help'],
  // What a boss does to the author, told flat: "tore strips off me", "rang me on my day off", "cancelled my leave AGAIN", "timing my toilet breaks".
  ['tore', 'strips'], ['tears', 'strips'], ["can't", 'spell'], ['on', 'my', 'day', 'off'], ['cancelled', 'my', 'leave'], ['canceled', 'my', 'leave'],
  ['cut', 'our', 'bonus'], ['cut', 'my', 'bonus'], ['cut', 'my', 'hours'], ['timing', 'my'], ['does', 'nothing'], ["doesn't", 'deserve', 'me'],
  ['walking', 'into', 'the', 'sea'], ['lie', 'down', 'on', 'the', 'floor'],
  // Session 11: incompetence idioms, changes made behind the author's back, a face the author cannot look at one more day.
  ["couldn't", 'organise'], ["couldn't", 'organize'], ['could', 'not', 'organise'], ['piss-up', 'in', 'a', 'brewery'], ["couldn't", 'find', 'his'], ["couldn't", 'find', 'her'],
  ['without', 'telling', 'me'], ['without', 'asking', 'me'], ['behind', 'my', 'back'], ['cannot', 'look', 'at'], ["can't", 'look', 'at'], ['one', 'more', 'day'],
  ['never', 'once'], ['runs', 'the', 'team', 'on'], ['runs', 'this', 'place', 'on'],
  ['had', 'the', 'nerve'], ['the', 'nerve'], ['does', 'not', 'deserve'], ["doesn't", 'deserve'], ['pays', 'peanuts'], ['like', 'dogs'], ['reason', 'i', 'cry'], ['makes', 'me', 'cry'], ['made', 'me', 'cry'], ['can', 'go', 'jump'], ['can', 'do', 'one'], ['can', 'get', 'stuffed'], ['can', 'go', 'to', 'hell'], ['no', 'pay'],
  // Session 9: credit taken without "own", leave refused, the boss wished away.
  ['deck', 'as', 'his'], ['deck', 'as', 'hers'], ['work', 'as', 'his'], ['work', 'as', 'hers'], ['idea', 'as', 'his'], ['idea', 'as', 'hers'],
  // Session 10: the boss's habits told with contempt, and sarcasm about the job ("Love this job. Love it. 🙃").
  ['per', 'my', 'last', 'email'], ['reply', 'all'], ['replied', 'all'], ['i', 'work', 'for', 'a'], ['is', 'the', 'problem'], ['love', 'this', 'job'], ['lovely', 'stuff'],
  ['living', 'the', 'dream'], ['never', 'once'], ['updating', 'my'], ["i'm", 'walking'], ['one', 'more', 'time'], ['one', 'more', 'email'], ['quick', 'chat'], ['quick', 'sync'],
  ['rejected', 'my', 'leave'], ['refused', 'my', 'leave'], ['denied', 'my', 'leave'], ['forget', 'my', 'boss', 'exists'], ['on', 'one', 'again'], ['is', 'a', 'joke'],
];
/** A workplace named by a word of contempt: "this dump", "this hellhole", with work around it. */
export const WORKPLACE_INSULTS = ['dump', 'hellhole', 'shithole', 'madhouse', 'circus', 'prison', 'sweatshop'];
/** Work words that make "this dump" the job: "hand my notice in at this dump", "another shift at this hellhole". */
export const NOTICE_WORK = ['notice', 'shift', 'shifts', 'job', 'work', 'boss', 'manager', 'supervisor', 'team', 'office', 'rota', 'overtime', 'quit', 'resign', 'payday'];
/** Things a "boss" is in a game, or a job is when it is looked for. */
export const BOSS_NOT = ['fight', 'level', 'battle', 'game', 'games', 'raid', 'ring', 'zelda', 'search', 'hunt', 'interview', 'application', 'like', 'baby', 'lady', 'stories', 'story', 'mode', 'move', 'moves', 'energy', 'vibes', 'music', 'babe'];

/** Sick-skip: the excuse. */
export const SICK_EXCUSE = ['gastric', 'poorly', 'unwell', 'sick', 'ill', 'migraine', 'fever', 'bug', 'poisoning', 'cough', 'flu', 'dentist', 'doctor', "doctor's", 'appointment', 'died', 'broke', 'sickie', 'hooky', 'temperature', 'temp', 'emergency', 'funeral', 'boiler', 'flooded', 'burst', 'plumber', 'throat', 'd&v', 'stomach', 'tummy'];
/** Sick-skip: the work that was skipped, and whom it was told to. */
export const SICK_WORK = ['work', 'boss', 'manager', 'supervisor', 'job', 'shift', 'office', 'team', 'them', 'lead', 'foreman', 'gaffer', 'director', 'mgr', 'site', 'yard', 'depot', 'warehouse', 'store', 'factory', 'ward', 'restaurant', 'kitchen', 'salon', 'garage', 'shop', 'placement', 'review', 'meeting', 'standup', 'rota'];
/** Sick-skip: signs the excuse was not true. */
export const NOT_REALLY_SICK = [
  'lol', 'lmao', 'haha', 'oops', '😂', '🤫', '😉', '😜', '😎', '🏖️', '🏖', 'beach', 'zoo', 'ibiza', 'airport', 'gaming',
  'hangover', 'hungover', 'concert', 'festival', 'tickets', 'ikea', 'disneyland', 'glastonbury', 'lying', 'fine', 'bothered',
  'actually', 'really', 'lake', 'pub', 'beer', 'napping', 'sunny', 'queue', 'nobody', "didn't", 'cheeky', 'real', 'sad', 'aka',
  'tequila', 'vodka', 'shots', 'ticketmaster', '😏', '🎭', 'unofficially',
];
/** Sick-skip: how an excuse reaches work ("texted my manager", "emailed the office"). */
export const SICK_TELL = ['told', 'tell', 'telling', 'texted', 'text', 'emailed', 'email', 'messaged', 'rang', 'phoned', 'informed', 'said'];
/** Sick-skip: what an excuse told to work is made of, beyond the sickness words: a family member taken ill, a car, a leak, the wifi. */
export const LIE_EXCUSE = [
  'poorly', 'unwell', 'passed', 'hospital', 'car', 'tyre', 'tire', 'wifi', 'internet', 'gastric', 'stomach', 'tummy', 'covid', 'kebab',
  'appt', 'leak', 'burst', 'flood', 'funeral', 'emergency', 'broke', 'broken', 'died', 'dentist', 'doctor', "doctor's", 'plumber',
  'boiler', 'migraine', 'sick', 'ill', 'bug', 'poisoning', 'fever', 'flu', 'cough', 'temperature', 'diarrhoea', 'diarrhea', 'vomiting',
  // Session 13: "rang the ward to say i had d&v", "a sore throat", "the van's broken down".
  'd&v', 'throat', 'van',
];
/** Sick-skip: the truth told after the excuse ("she's at bingo", "the car is fine", "so I could go"). */
export const LIE_TRUTH: readonly (readonly string[])[] = [
  ["she's", 'at'], ['she', 'is', 'at'], ["he's", 'at'], ['he', 'is', 'at'], ["i'm", 'at'], ['im', 'at'], ['i', 'am', 'at'], ["i'm", 'actually'],
  ['im', 'actually'], ['is', 'fine'], ["is", 'next', 'to', 'me'], ['so', 'i', 'could'], ['so', 'i', 'can'], ['so', 'i', 'get'], ['worth', 'it'],
  ['actually', 'at'], ['this', 'year'], ['alive', 'and', 'well'], ['instead'], ['hehe'], ['😇'], ['😏'], ['🙃'], ['🤭'],
  // Session 11: the relative long dead, the day out announced.
  ['been', 'dead'], ['died', 'years', 'ago'], ['here', 'i', 'come'], ['here', 'we', 'come'], ['currently', 'at'], ['right', 'now', 'at'], ['do', 'not', 'have'], ["don't", 'have'], ['i', 'just', 'wanted'], ["it's", 'not'], ['never', 'drinking'], ['on', 'the', 'sofa'], ['on', 'the', 'couch'], ['in', 'the', 'drive'], ['reality', 'says'], ['in', 'reality'], ['reality', 'is'],
];
/** Sick-skip: words that give an excuse told to work away (beside LIE_TRUTH's phrases). */
export const LIE_TRUTH_WORDS = [
  'lol', 'lmao', 'haha', 'hehe', 'oops', '😂', '🤫', '😉', '😜', '😎', '😇', '😏', '🙃', '🤭', '🏖️', '🏖', 'beach', 'zoo', 'airport', 'gaming',
  'hangover', 'hungover', 'concert', 'festival', 'tickets', 'lake', 'pub', 'beer', 'pints', 'actually', 'cheeky', 'aka', 'unofficially', 'bingo',
  'seafront', 'races', 'cricket', 'golf', 'surf', 'surfing', 'stadium', 'brunch', 'netflix', 'sunbathing', 'degrees', 'rollercoaster', 'spa',
];
/** Sick-skip: work, as the one who believes the excuse ("my boss thinks I'm at the dentist"). */
export const SICK_BELIEVER = ['boss', 'manager', 'work', 'office', 'supervisor', 'they', 'everyone', 'hr'];

/** Real illness: a sick day taken for it is not skipping. */
export const REALLY_SICK = ['doctor', 'dentist', 'flu', 'fever', 'covid', 'vomiting', 'puking', 'stomach', 'recovering', 'hospital', 'surgery', 'genuinely', '🤒', '🤢', '🤮'];

/** Badge-id: the documents. */
export const DOCUMENTS = ['badge', 'passport', 'licence', 'license', 'lanyard', 'id', 'card', 'pass', 'permit', 'aadhaar', 'aadhar', 'nric', 'provisional'];
/** Badge-id: words that say the document can be read in the picture. */
export const DOCUMENT_SHOWN = ['photo', 'pic', 'picture', 'selfie', 'look', 'here', "here's", 'visible', 'readable', 'number', 'name', 'barcode', 'qr', 'close-up', 'scan', '📸', 'page'];
/** Badge-id: the kinds of card that identify their holder. */
export const ID_CARDS = ['id', 'green', 'residence', 'residency', 'access', 'student', 'registration', 'security', 'building', 'work', 'staff', 'employee', 'conference', 'intern', 'company', 'driving', 'provisional', 'resident', 'brp', 'smart', 'seniors', 'senior', 'age', 'government', 'national', 'identity', 'pan', 'voter', 'medicare', 'aadhaar', 'aadhar', 'nric', "driver's", 'drivers', "drivers'"];

/** Birthdate: words of one's birth. */
export const BIRTH = ['born', 'birthday', 'bday', 'b-day', 'dob', 'birth', 'leapling'];

/** Child-school: the words a school's name ends with. */
export const SCHOOL_TYPES = ['primary', 'elementary', 'academy', 'montessori', 'nursery', 'high', 'school', 'junior', 'middle', 'prep', 'kindergarten', 'infants', 'elc', 'kindy', 'kinder', 'preschool', 'pre-school', 'daycare', 'childcare', 'creche', 'ns', 'gaelscoil', 'secondary', 'public', 'grammar'];
/** Child-school: class and year words. */
export const CLASS_WORDS = ['class', 'year', 'yr', 'grade', 'room', 'form', 'std', 'standard', 'primary'];
/** Children. */
export const CHILDREN = ['son', 'daughter', 'kid', 'kids', 'twins', 'boy', 'girl', 'child', 'children', 'toddler', 'baby'];
/** Words that are not a child's name though they are written with a capital. */
export const NOT_CHILD_NAMES = [
  'i', 'today', 'tomorrow', 'yesterday', 'tonight', 'the', 'a', 'my', 'our', 'so', 'omg', 'proud', 'pick', 'sports', 'school',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'st', 'star', 'week', 'class', 'year', 'can', 'any', 'first', 'mum', 'mom', 'dad',
  'just', 'and', 'his', 'her', 'we', 'it', 'this', 'that', 'moment', 'photo', 'harvest', 'nativity', 'run', 'done', 'go',
  'yes', 'no', 'ok', 'lol', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'september',
  'january', 'march', 'april', 'june', 'july', 'august', 'october', 'november', 'december', 'primary', 'elementary',
  'academy', 'high', 'junior', 'nursery', 'montessori', 'tickets', 'starting', 'lincoln', 'memorial', 'teacher', 'coach',
];
/** Schools of dogs. */
export const DOG_SCHOOL = ['doggy', 'doggie', 'puppy', 'puppies', 'dog', 'dogs', 'obedience', 'agility', 'k9', 'canine', 'paws', '🐶', '🐾', '🐕'];

/** Home-address: the street types of an address. */
export const STREET_TYPES = [
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way',
  'place', 'pl', 'terrace', 'crescent', 'close', 'mews', 'row', 'grove', 'gardens', 'square', 'walk', 'hill', 'parade',
  'rue', 'strasse', 'straße', 'circle', 'parkway', 'highway', 'trail', 'loop', 'cres', 'tce', 'cl', 'cct', 'pde', 'hwy', 'pkwy', 'cir', 'crt', 'gdns', 'sq',
  'view', 'heights', 'quay', 'wharf', 'vale', 'rise',
];
/** Home-address: words that say the address is one's home. */
export const HOME_CUES = ['adress', 'addy', 'address', 'place', 'live', 'living', 'moved', 'moving', 'housewarming', 'mine', 'driveway', 'flat', 'house', 'home', 'ours', 'keys', 'deets', 'post', 'parcel', 'cards', 'fam', 'visit'];
/** Public places and businesses: their address is public on purpose. */
export const PUBLIC_PLACES = [
  'museum', 'market', 'restaurant', 'shop', 'store', 'gallery', 'cafe', 'café', 'coffee', 'bar', 'pub', 'polling',
  'library', 'station', 'storehouse', 'church', 'theatre', 'theater', 'cinema', 'park', 'opened', 'opens', 'open',
  'clinic', 'shelter', 'office', 'salon', 'studio', 'bakery', 'hours', 'customers', 'fence', 'gift', 'view', 'venue',
  'tickets', 'event',
];

/**
 * The cheap test of a text, as words (lower case, also tried without a final
 * "s", "es", "ed", "ing" or "'s"): each word sets flags, and a category is
 * read only when its flags are set (`GATE_RULES` in the rule). Most posts set
 * none of the combinations and are never read.
 */
export const GATE_WORDS: Record<string, string[]> = {
  health: [
    ...HEALTH_STRONG, ...HEALTH_WEAK, 'psych', 'psychiatric', 'bypass', 'scan', 'blood', 'panic', 'anxiety', 'side', 'iv', 'ms', 'medic', 'medical', 'antibiotic',
    'migraine', 'migrain', 'blocker', 'tumor', 'chemotherapy', 'surgeries', 'therapies', 'a&e', 'pregnant', 'diagnos', 'crisis',
  ],
  moneyStrong: [...MONEY_STRONG, 'bank', 'savings', 'mortgage', 'redundant', 'red', 'borrow', 'borrowed', 'borrowing'],
  moneyWeak: ['money', 'afford', 'payment', 'credit', 'balance', 'rent', 'account', 'bill', 'bills'],
  moneyTrouble: ["can't", 'cannot', 'no', 'late', 'missed', 'maxed', 'till', 'until', 'last', 'fees', 'having', 'card'],
  moneyContext: ['till', 'until', 'til', 'last', 'hourly', 'earn', 'account', 'balance', 'salary', 'on', 'debt', 'p60', 'payday', 'overdraft', 'hour', 'hr', 'year', 'annum', 'offer', 'offered', 'month', 'week', 'rent', 'checking', 'card'],
  relationship: [...RELATIONSHIP_STRONG, 'single', 'seeing', 'separation', 'engagement', 'ex-boyfriend', 'ex-girlfriend', 'ex-husband', 'ex-wife', 'decree', 'texts', 'messages', 'dms', 'marriage', 'ring', 'name', 'texting', 'sleeping', 'shagging', 'sexting', 'messaging', 'cheating', 'custody', 'ways', 'keeping', 'stuff', 'things', 'with', 'means', 'meant', 'between', 'who'],
  breakUp: ['broke', 'break', 'breaking', 'broken'],
  up: ['up'],
  movedOut: ['moved', 'moving', 'moves', 'kicked', 'threw', 'chucked'],
  out: ['out'],
  ended: ENDED,
  we: ["we're", 'we', 'were'],
  // A partner leaving: "he's leaving me for his PT", "she left", "she took the cat".
  leaving: ['left', 'leaving', 'walked', 'took', 'weekend', 'weekends'],
  away: [...AWAY, ...HOUSE_EMPTY, 'house', 'flat', 'nobody', 'home', 'bye', 'goodbye', 'ciao', 'adios', 'cya', '👋', '✈️', '✈'],
  time: [...UNTIL, 'back', 'return', 'returning', 'see', ...DURATIONS, 'fortnight', 'work', 'office', ...WEEKDAYS, ...MONTHS],
  house: ['empty', 'locked', 'sitter', 'house-sitter', 'housesitter', 'itself', 'key', 'keys', "key's", 'nobody', 'burgle', 'lockbox', 'keysafe', 'key-safe'],
  birth: [...BIRTH, 'leap', 'turning', 'turns', 'turn', 'hit', 'today', 'years', "i'm", 'tomorrow', 'big', 'be'],
  school: [...SCHOOL_TYPES, 'st', 'c'],
  klass: CLASS_WORDS,
  street: [...STREET_TYPES, 'corner', 'floor', 'sign', 'rue', 'number', 'house', 'flat', 'bungalow', 'cottage', 'door', 'adress', 'addy', 'address', 'duplex', 'buzzer', 'semi', 'farmhouse', 'townhouse', 'caravan'],
  boss: [...BOSS_TARGETS, ...BOSS_TARGETS.map((w) => `${w}'s`), 'worked', 'works', 'head', 'headteacher', 'principal'],
  complaint: [...COMPLAINTS, ...COMPLAINT_PHRASES.flat(), ...WORKPLACE_INSULTS, 'notice'],
  workInsult: [...WORKPLACE_INSULTS, 'notice', 'quit', 'resign'],
  sickExcuse: ['emergency', 'sick', 'ill', 'gastric', 'poorly', 'unwell', 'migraine', 'fever', 'bug', 'poisoning', 'cough', 'flu', 'sickie', 'hooky', "doctor's", 'dentist', 'temperature', 'throat', 'd&v'],
  sickSkip: ['skip', 'skipped', 'skipping', 'ditch', 'ditched', 'ditching', 'bunked', 'bailed', 'mental', 'skive', 'skived', 'skiving', 'unofficially'],
  sickTold: ['told', 'said', 'tell', 'telling', 'faked', 'fake', 'faking', 'texted', 'emailed', 'messaged', 'rang', 'phoned', 'thinks', 'say', 'rehearsing', 'rehearsed', 'practised', 'practiced', 'practising', 'practicing', 'croaky'],
  sickLie: ['cold', 'poorly', 'unwell', 'passed', 'hospital', 'car', 'wifi', 'internet', 'gastric', 'tyre', 'appt', 'voice', 'cough', 'croaky', 'died', 'broke', 'doctor', "doctor's", 'dentist', 'appointment', 'migraine', 'off', 'sick', 'ill', 'cough', 'poisoning', 'bug', 'fever', 'temperature', 'temp', 'emergency', 'funeral', 'boiler', 'flooded', 'burst', 'plumber', 'broken', 'van', 'd&v', 'throat', 'lmao', 'lol', 'haha'],
  secret: ['keeping', 'repeat', 'record', 'talk', 'till', 'until', 'results', 'heard', 'deck', 'speech', 'rhymes', 'linkedin', 'linkedins', "announcement's", "won't", 'nda', 'confidential', 'public', 'supposed', 'told', 'yet', 'say', 'announce', 'tell', 'accident', 'announcement', 'private', 'lawyers', 'leaked', 'secretly', 'internal', 'shh', 'out', 'saying', 'official', 'rumour', 'rumor', 'lost', 'bought', 'acquired', 'sold', 'taken', 'hear', 'announcing', 'word', 'telling', 'internally', 'notices', 'seen', 'rest', 'drafted', 'knew', 'lied', 'knows', 'meant', 'quietly', 'ceo', 'board', 'been'],
  workNews: [...WORK_NEWS, ...WORK_LOSSES, 'confidential', 'nda', 'layoff', 'merger', 'bought', 'acquired', 'sold', 'options', 'lost'],
  document: DOCUMENTS,
};
