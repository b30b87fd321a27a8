import { PhraseMatcher, sentenceAround, type PhraseMatch } from '../src/core/phrases.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Finding, RuleOptions } from '../src/core/types.js';
import { read, type Range, type Reading, type Token } from '../src/core/reading/index.js';
import { CATEGORY_GATES, CATEGORY_REASONS, CUSTOM_CATEGORY, OVERSHARING_ENTRIES } from './data/oversharing.js';
import * as W from './data/oversharing-reading.js';
import { ENGLISH } from '../src/core/reading/words-en.js';
import { CueList, LIST_FLOOR, listsByLanguage } from '../src/core/cue-lists.js';
import { OVERSHARING_ES } from './data/oversharing-es.js';
import { OVERSHARING_FR } from './data/oversharing-fr.js';
import { OVERSHARING_DE } from './data/oversharing-de.js';
import { OVERSHARING_PT } from './data/oversharing-pt.js';
import { learnedCues, learnedFindings } from '../src/core/learned/index.js';

/** Options of the `oversharing` rule. */
export interface OversharingOptions extends RuleOptions {
  extraWords: string[];
  allowWords: string[];
  learned: boolean;
}

/** The gate of each gated category, compiled once. */
const GATES = new Map(Object.entries(CATEGORY_GATES).map(([category, source]) => [category, new RegExp(source, 'iu')]));

/** A matcher and, when it holds a gated category, the gate a text must pass first. */
interface Group {
  gate?: RegExp;
  matcher: PhraseMatcher;
}

/**
 * V8 stops optimising a regular expression whose source passes 20 KB (it can
 * then no longer skip quickly to where a match may start, and runs several
 * times slower), so the ungated entries are split into matchers of at most
 * this many characters of source each.
 */
const MAX_SOURCE_PER_MATCHER = 12_000;

/**
 * The list entries are handed to the matchers under their index, so that a
 * match leads back to its entry (and its shape checks), while extra words
 * keep the category `custom`. Gated categories get a matcher each; the rest,
 * with the extra words, share as few matchers as the size limit allows.
 */
function compile(options: OversharingOptions): Group[] {
  const allow = options.allowWords ?? [];
  const asPhrase = (i: number) => ({ ...OVERSHARING_ENTRIES[i]!, category: String(i) });
  const chunks: number[][] = [[]];
  let size = 0;
  OVERSHARING_ENTRIES.forEach((e, i) => {
    if (GATES.has(e.category)) return;
    if (size + e.match.length > MAX_SOURCE_PER_MATCHER && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(i);
    size += e.match.length;
  });
  const groups: Group[] = chunks.map((chunk, n) => ({
    matcher: new PhraseMatcher(
      chunk.map(asPhrase),
      n === 0 ? [{ category: CUSTOM_CATEGORY, words: options.extraWords ?? [] }] : [],
      allow,
    ),
  }));
  for (const [category, gate] of GATES) {
    const entries = OVERSHARING_ENTRIES.flatMap((e, i) => (e.category === category ? [asPhrase(i)] : []));
    groups.push({ gate, matcher: new PhraseMatcher(entries, [], allow) });
  }
  return groups;
}

/** The matchers for some options, compiled once. */
const groupsFor = perOptions(compile);

/** Categories whose matched text is itself the identifying detail: masked in reports unless --no-mask. */
const SENSITIVE_CATEGORIES = new Set<string>(['booking', 'birthdate', 'home-address', 'child-school']);

/** The category of a match: its entry's, or `custom` for extra words. */
function categoryOf(m: PhraseMatch): string {
  return m.category === CUSTOM_CATEGORY ? m.category : OVERSHARING_ENTRIES[Number(m.category)]!.category;
}

/**
 * The matches of all groups in one text, left to right, without overlaps
 * (the earlier, then the longer, wins), and one per category and sentence:
 * "Flying to Cancun for a week, the house will be empty" is one overshare,
 * reported by the entry that comes first in the list.
 */
function matchesIn(text: string, groups: Group[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const { gate, matcher } of groups) {
    if (gate && !gate.test(text)) continue;
    // An entry's shape (its case-sensitive checks) is the matcher's to apply, so that a refused match hides nothing.
    for (const m of matcher.find(text)) found.push(m);
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  const apart = found.filter((m) => {
    if (m.start < end) return false;
    end = m.end;
    return true;
  });
  const priority = (m: PhraseMatch) => (m.category === CUSTOM_CATEGORY ? Infinity : Number(m.category));
  const best = new Map<string, PhraseMatch>();
  for (const m of apart) {
    const key = `${sentenceAround(text, m).start} ${categoryOf(m)}`;
    const kept = best.get(key);
    if (!kept || priority(m) < priority(kept)) best.set(key, m);
  }
  const keep = new Set(best.values());
  return apart.filter((m) => keep.has(m));
}

/** A finding before it is reported: the list's or the reading pass's, with its confidence and cues. */
interface Candidate {
  start: number;
  end: number;
  category: string;
  confidence: number;
  cues: string[];
  /** The list entry that matched (its index), for the reading pass `undefined`. */
  entry?: number;
}

const setOf = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const HEALTH = setOf(W.HEALTH_STRONG);
const HEALTH_WEAK = setOf(W.HEALTH_WEAK);
const BODY = setOf(W.BODY);
const MEDICAL_PEOPLE = setOf(W.MEDICAL_PEOPLE);
const CLINICIAN_VERBS = setOf(W.CLINICIAN_VERBS);
const HEALTH_NOT_AFTER = setOf(W.HEALTH_NOT_AFTER);
const HEALTH_NOT_BEFORE = setOf(W.HEALTH_NOT_BEFORE);
const ANIMALS = setOf(W.ANIMALS);
const DEATH = setOf(W.DEATH);
const MEDIA = setOf(W.MEDIA);
const MODAL = setOf(W.MODAL);
const MONEY = setOf(W.MONEY_STRONG);
const MONEY_TROUBLE = setOf(W.MONEY_TROUBLE);
const PUBLIC_MONEY_WORDS = setOf(W.PUBLIC_MONEY);
const RELATIONSHIP = setOf(W.RELATIONSHIP_STRONG);
const PARTNERS = setOf(W.PARTNERS);
const COUPLE_CONTEXT = setOf(W.COUPLE_CONTEXT);
const ENDED = setOf(W.ENDED);
const WE_AND_I = setOf(['we', "we're", "we've", 'i', "i've", "i'm", 'us', 'me']);
/** Words after "we're done" that end a task, not a couple: "done with the kitchen", "done here". */
const NOT_ENDED = setOf(['with', 'here', 'for', 'now', 'eating', 'packing', 'talking']);
const NOT_PARTNERS = setOf(W.NOT_PARTNERS);
const AND = setOf(['and', 'n', '&']);
/** The author working at the place complained about: "as someone who works there", "I work for them". */
const WORKS_THERE: readonly (readonly string[])[] = [['works', 'there'], ['work', 'there'], ['worked', 'there'], ['i', 'work', 'at'], ['i', 'work', 'for'], ['i', 'work', 'there']];
/** What a partner does in an affair: "he's been seeing her", "she's been texting her ex". */
const COUPLE_YEARS = setOf(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'many']);
const CHEATING_VERBS = setOf(['seeing', 'texting', 'sleeping', 'shagging', 'messaging', 'sexting', 'cheating', 'meeting', 'lying']);
/** Spans of time that tell how long an affair went on. */
const TIME_SPANS = setOf(['months', 'years', 'yrs', 'weeks', 'month', 'year']);
/** Who an affair is with, near its verb: "his ex", "her", "someone", "the whole time". */
const AFFAIR_PARTNERS = setOf(['ex', 'her', 'him', 'someone', 'whole']);
const BACK = setOf(['back']);
/** Family who keep a purse of their own: their money trouble is not the author's household's. */
const NOT_HOUSEHOLD = setOf(['brother', 'sister', 'bro', 'sis', 'cousin', 'uncle', 'aunt', 'auntie', 'aunty', 'nephew', 'niece', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'granddad', 'grandpa', 'grandmother', 'grandfather', 'brother-in-law', 'sister-in-law', 'stepbrother', 'stepsister']);
const AWAY = setOf(W.AWAY);
const HOUSE_EMPTY = setOf(W.HOUSE_EMPTY);
const UNTIL = setOf(W.UNTIL);
const WEEKDAYS = setOf(W.WEEKDAYS);
const MONTHS = setOf(W.MONTHS);
const DURATIONS = setOf(W.DURATIONS);
const FEASTS = setOf(W.FEASTS);
const WORK_NEWS = setOf(W.WORK_NEWS);
const SECRECY_WORDS = setOf(W.SECRECY_WORDS);
const WORK_LOSSES = setOf(W.WORK_LOSSES);
const WORKPLACE_INSULTS = setOf(W.WORKPLACE_INSULTS);
const NOTICE_WORK = setOf(W.NOTICE_WORK);
const BOSS_TARGETS = setOf(W.BOSS_TARGETS);
const COMPLAINTS = setOf(W.COMPLAINTS);
const BOSS_NOT = setOf(W.BOSS_NOT);
const SICK_EXCUSE = setOf(W.SICK_EXCUSE);
const SICK_WORK = setOf(W.SICK_WORK);
const NOT_REALLY_SICK = setOf(W.NOT_REALLY_SICK);
const REALLY_SICK_WORDS = setOf(W.REALLY_SICK);
const SICK_TELL = setOf(W.SICK_TELL);
const LIE_EXCUSE = setOf(W.LIE_EXCUSE);
const LIE_TRUTH_WORDS = setOf(W.LIE_TRUTH_WORDS);
const SICK_BELIEVER = setOf(W.SICK_BELIEVER);
const REHEARSED = setOf(['rehearsing', 'rehearsed', 'practised', 'practiced', 'practising', 'practicing']);
const PUT_ON_VOICE = setOf(['cough', 'croaky', 'voice', 'sniffle', 'sniffles']);
/** Words before a quoted title: "listening to 'Emergency'". */
const TITLE_CUES = setOf(ENGLISH.titleCues);
/** Around a quoted excuse, what makes it one told for a day off: a day, a doctor's note, a week. */
const DAY_OFF_WORDS = setOf(['today', 'tomorrow', 'off', 'monday', 'friday', 'day', 'mc', 'gp', 'note', 'week']);
/** Whether token `i` is inside quotation marks and not a title: "'sick' today", not "listening to 'Emergency'". */
function quotedNotTitle(look: Look, i: number): boolean {
  const c = look.r.cues(look.tokens[i]!.start, look.tokens[i]!.end);
  return c.quoted && !c.title;
}
/** Illnesses faked to get out of work: "faked a cold twice this month". */
const FAKED_ILLNESS = setOf(['cold', 'flu', 'cough', 'migraine', 'sickie', 'illness', 'bug', 'temperature', 'fever', 'sick', 'headache', 'stomach', 'dentist', 'appointment', 'emergency', 'funeral']);
/** Studies skipped, not work: "skived double maths". */
const STUDIES = setOf(['school', 'class', 'classes', 'lecture', 'lectures', 'maths', 'math', 'pe', 'uni', 'college', 'gym', 'lesson', 'lessons', 'seminar', 'church']);
const DOCUMENTS = setOf(W.DOCUMENTS);
const DOCUMENT_SHOWN = setOf(W.DOCUMENT_SHOWN);
const ID_CARDS = setOf(W.ID_CARDS);
const BIRTH = setOf(W.BIRTH);
const SCHOOL_TYPES = setOf(W.SCHOOL_TYPES);
const CLASS_WORDS = setOf(W.CLASS_WORDS);
const CHILDREN = setOf(W.CHILDREN);
const NOT_CHILD_NAMES = setOf(W.NOT_CHILD_NAMES);
const DOG_SCHOOL = setOf(W.DOG_SCHOOL);
const STREET_TYPES = setOf(W.STREET_TYPES);
const HOME_CUES = setOf(W.HOME_CUES);
const PUBLIC_PLACES = setOf(W.PUBLIC_PLACES);
const OTHER_SUBJECTS = setOf(['he', "he's", 'she', "she's", 'his', 'her', 'they', 'their']);
const WORK_CONTEXT = setOf(['work', 'job', 'office', 'shift', 'meeting', 'email', 'report', 'customer', 'customers', 'team', 'pay', 'raise', 'overtime', 'rota']);
const HOME_NOUNS = setOf(['house', 'flat', 'place', 'home', 'door', 'driveway', 'street', 'road', 'apartment', 'apt', 'building', 'gate', 'front']);
const COUNT_WORDS = setOf(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'few', 'couple']);
/** Capitalised words before "class" that name no class: "First class", "Business Class", "Master class". */
const CLASS_NOT_NAMES = setOf(['first', 'second', 'business', 'economy', 'master', 'world', 'middle', 'working', 'upper', 'lower', 'top', 'this', 'that', 'the', 'my', 'our', 'yoga', 'spin', 'gym', 'art', 'cooking', 'dance', 'pottery', 'fitness', 'boxing', 'pilates', 'zumba', 'salsa', 'barre', 'hiit']);
const CHEATED_AT = setOf(['cards', 'poker', 'game', 'games', 'exam', 'exams', 'test', 'tests', 'quiz', 'monopoly', 'scrabble', 'chess', 'golf', 'homework', 'diet', 'taxes', 'uno', 'fortnite', 'wordle']);
const TEACHER_CLASS = setOf(['class', 'grade', 'room', 'kindergarten', 'reception']);
/** Whether the author is a subject in the clause at `at`: "nobody's home till the 30th, we're in Crete", not "..., I'm on plant duty". */
function authorInClause(r: Reading, at: number): boolean {
  const s = r.clauseOf(r.tokenAt(at));
  for (let k = s.from; k < s.to; k++) if (AUTHOR_SUBJECTS.has(r.norm(k)) || ['i', "i've", "we've", "i'll", "we'll"].includes(r.norm(k))) return true;
  return false;
}

/** Whether the question of the token at `at` presupposes the asker: "anyone else ...?", "who else ...?", "am I the only one ...?". */
function presupposes(look: Look, at: number): boolean {
  const s = look.r.sentenceOf(at);
  let first = s.from;
  while (first < s.to && look.tokens[first]!.kind !== 'word') first++;
  return (['anyone', 'who', 'anybody'].includes(look.norm(first)) && look.norm(first + 1) === 'else') || look.spells(first, ['am', 'i', 'the', 'only']);
}

/** Whether the person word `who` is addressed: "Neighbours: ignore the bins", "Dave, the key is under the mat". */
function addressed(r: Reading, who: string): boolean {
  const k = r.tokens.findIndex((t) => t.norm.replace(/'s$/, '') === who);
  return k >= 0 && r.sentenceOf(k).from === k && [':', ','].includes(r.tokens[k + 1]?.text ?? '');
}

/** Whether the family word `who` ("sister's") is one who goes ("My sister's off to Bali"), not an owner ("my brother's wedding"). */
function familyTravels(r: Reading, who: string): boolean {
  // The subject of the going: "my sister's off", "my brother is away", "nan flies out"; not an object ("staying with my aunt").
  const k = r.tokens.findIndex((t) => t.norm === who);
  if (k < 0) return true;
  return GOES_AFTER.has(r.norm(k + 1)) || (!who.endsWith("'s") && GOES_VERBS.has(r.norm(k + 1)));
}
const GOES_AFTER = setOf(['off', 'away', 'in', 'at', 'on', 'going', 'gone', 'been', 'flying', 'heading', 'back', 'out', 'not', 'got', 'just', 'leaving', 'travelling', 'traveling', 'staying']);
const GOES_VERBS = setOf(['is', 'are', 'was', 'were', 'has', 'have', 'flies', 'flew', 'leaves', 'left', 'goes', 'went', 'will', "'ll", 'and']);

/** Outings to a place: a meal or a drink there makes the address the place's. */
const AT = setOf(['at', '@']);
const OUTINGS = setOf(['brunch', 'lunch', 'dinner', 'breakfast', 'supper', 'coffee', 'dessert', 'tapas', 'dosa', 'pizza', 'tacos', 'cocktails', 'gig', 'exhibition']);
const NEW_HOMES = setOf(['flat', 'house', 'place', 'home', 'apartment', 'apt', 'digs', 'gaff', 'pad']);
const HEALTH_BUSINESS = setOf(['available', 'offer', 'offers', 'reception']);
const ADVICE = setOf(['never', 'burglars', 'burglar', 'tip', 'tips', 'psa', 'advice', 'hide', 'hiding', 'thieves', 'scammers']);
const POLITICS = setOf(['minister', 'ministers', 'government', 'rule', 'economy', 'parliament', 'election', 'bjp', 'modi', 'alliance', 'sources', 'reportedly']);
const DISTANCE = setOf(['blocks', 'block', 'minutes', 'mins', 'minute', 'miles', 'mile', 'km', 'hours', 'down', 'up', 'from', 'the', 'away', 'doors', 'steps', 'off', 'near', 'to', 'of', 'a', 'an']);
const GAMING_WORDS = setOf(['game', 'games', 'gaming', 'level', 'boss', 'fight', 'battle', 'raid', 'dungeon', 'xbox', 'playstation', 'nintendo', 'steam']);

/** Each gate word's flags, one bit per kind of `GATE_WORDS`, under its inflected forms too ("surgeries", "divorced", "cheating"). */
const GATE_KINDS = Object.keys(W.GATE_WORDS);
const GATE_BITS = new Map<string, number>();
/**
 * The inflections a gate word is read in: the word, its plural and
 * possessive, and its -ed and -ing forms as English spells them ("divorce":
 * divorced, divorcing; "party": parties, partied; "drop": dropped). Only the
 * spellings a word's ending allows, so that the table built at every start
 * stays small.
 */
function gateForms(word: string): string[] {
  const forms = [word, `${word}s`, `${word}'s`, `${word}ing`, `${word}ed`];
  const last = word.at(-1)!;
  if (last === 'e') forms.push(`${word}d`, `${word.slice(0, -1)}ing`);
  else if (last === 'y') forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (/(?:s|x|z|ch|sh|o)$/.test(word)) forms.push(`${word}es`);
  if (/[aeiou][bcdfgklmnprstvz]$/.test(word)) forms.push(`${word}${last}ing`, `${word}${last}ed`);
  return forms;
}
GATE_KINDS.forEach((kind, n) => {
  for (const word of W.GATE_WORDS[kind]!) for (const form of gateForms(word)) GATE_BITS.set(form, (GATE_BITS.get(form) ?? 0) | (1 << n));
});
const bit = (kind: string): number => 1 << GATE_KINDS.indexOf(kind);
// Two more bits follow the kinds, in a 32-bit integer.
if (GATE_KINDS.length > 30) throw new Error(`oversharing: ${GATE_KINDS.length} gate kinds do not fit the flags (at most 30)`);
const NUMBER_BIT = 1 << GATE_KINDS.length;
const AMOUNT_BIT = 1 << (GATE_KINDS.length + 1);
const B = Object.fromEntries(GATE_KINDS.map((k) => [k, bit(k)])) as Record<string, number>;
const has = (f: number, kinds: number): boolean => (f & kinds) !== 0;

/** Second tests, run only on the few texts whose words opened a category: a school's name in capitals, a street address, a full date. */
const SCHOOL_NAME = /\p{Lu}[\p{L}'’.-]*\s+(?:NS|Primary|Elementary|Academy|Montessori|Nursery|High|School|Junior|Middle|Prep|Kindergarten|Infants|ELC|Kindy|Kinder|Pre-?[Ss]chool|Daycare|Childcare|Creche|Secondary|Public|Grammar)(?![\p{L}])|\b(?:Gaelscoil|Scoil)\s+\p{Lu}|\p{Lu}\p{L}+\s+(?:reception|nursery)\s+class|\b(?:[Mm]iss|[Mm]rs?|[Mm]s)\.?\s+\p{L}+['’]s\s+(?:\p{L}+\s+)?(?:class|grade|room|kindergarten)|\bSt\.?\s+\p{Lu}\p{L}*['’]s|\bC of E\b|\b(?:[Cc]lass|[Yy]ear|[Yy]r|[Gg]rade|[Rr]oom)\s+\d|\b\d{1,2}(?:st|nd|rd|th)\s+grade|\b\p{Lu}\p{Ll}+ [Cc]lass\b|\b\d[A-Z]\b|\b(?:nursery|preschool|kindergarten|kindy|daycare|creche|reception|school|montessori)\s+at\s+\p{Lu}|\bP[1-7]\b|\b[Pp]rimary\s+[1-7]\b|\b[Ss]td\.?\s+\d/u;
const STREET_ADDRESS = /\d{1,5}[a-z]?\s+(?:[\p{L}'’.-]+\s+){1,4}(?:cres|tce|cl|cct|pde|hwy|pkwy|cir|crt|gdns|sq|street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|crescent|close|mews|row|grove|gardens|square|walk|hill|parade|circle|parkway|highway|trail|loop|view|heights|quay|wharf|vale|rise)(?![\p{L}])|\brue\s|(?:my|our|new) address\s*(?:is|:|'s|’s)|corner of|house from|top (?:floor|flat)|street sign|number \d|\b(?:next (?:door )?to|opposite|across from|above|behind|beside|past the|end of|last house|last one|the one with|on the (?:left|right)|that['’]?s (?:us|ours)|you can['’]?t miss)\b/iu;
const A_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|christmas eve/i;

/** Which categories a text's flags open: one kind of word, or two that must meet, then a second test where words are not enough. */
const GATE_RULES: [string, (f: number, text: string) => boolean][] = [
  ['health', (f) => has(f, B.health!)],
  ['money', (f) => has(f, B.moneyStrong!) || (has(f, B.moneyWeak!) && has(f, B.moneyTrouble!)) || (has(f, AMOUNT_BIT) && has(f, B.moneyContext!))],
  ['relationship', (f, text) => has(f, B.relationship!) || (has(f, B.breakUp!) && has(f, B.up!)) || (has(f, B.movedOut!) && has(f, B.out!)) || (has(f, B.ended!) && has(f, B.we!)) || (has(f, B.leaving!) && (PARTNER_LEAVES.test(text) || SHARED_WEEKS.test(text)))],
  ['travel', (f, text) => (has(f, B.away!) && (has(f, B.time!) || (has(f, NUMBER_BIT) && DATE_RANGE.test(text)))) || has(f, B.house!) || (has(f, B.time!) && (NOT_BACK.test(text) || STAY_IN.test(text)))],
  ['birthdate', (f, text) => ((has(f, B.birth!) && has(f, NUMBER_BIT)) || AGE_ON.test(text)) && A_DATE.test(text)],
  // A class written as a code ("Kabir is in 7C at DPS") opens its number, not a class word.
  ['child-school', (f, text) => (has(f, B.school! | B.klass!) && (SCHOOL_NAME.test(text) || LOWER_SCHOOL_NAME.test(text))) || (has(f, NUMBER_BIT) && CLASS_CODE.test(text))],
  ['home-address', (f, text) => has(f, B.street!) && STREET_ADDRESS.test(text)],
  ['boss-complaint', (f) => (has(f, B.boss!) && has(f, B.complaint!)) || has(f, B.workInsult!)],
  ['sick-skip', (f) => has(f, B.sickExcuse! | B.sickSkip!) || (has(f, B.sickTold!) && has(f, B.sickLie!))],
  ['confidential', (f) => has(f, B.secret!) && has(f, B.workNews!)],
  ['badge-id', (f) => has(f, B.document!)],
];

/** A partner leaving, for the gate (the detector reads it properly): "he left", "she's leaving me", "my wife of 9 years left". */
const PARTNER_LEAVES = /\b(?:he|she)(?:['’]s|\s+(?:is|has|just|finally|actually|suddenly))?\s+(?:left|leaving|walked|took)\b|\bmy\s+(?:\S+\s+){0,4}(?:left|leaving|walked)\b/i;

/** The children or the dog shared out week by week, for the gate: "I get the dog every other weekend". */
const SHARED_WEEKS = /\b(?:get|gets|have|has|see|sees|share)\s+(?:the|my|our)\s+(?:kids|children|dog|boys|girls|kid)\s+(?:every\s+other|alternate|at\s+weekends|on\s+weekends|half\s+the\s+week|week\s+on)/i;

/** A school's name in lower case, for the gate: "at hollins park academy", "(year 3, ashgrove juniors)", "st bride's". */
const LOWER_SCHOOL_NAME = /(?:\b(?:at|from|to|into|for|attends|attending)|[,(])\s+(?:\p{Ll}+\s+){1,3}(?:elementary|primary|academy|juniors?|infants|montessori|ns|middle|prep|national\s+school)(?![\p{L}])|\bst\s+\p{Ll}+['’]s(?![\p{L}])/u;
const CLASS_CODE = /(?<![\p{L}\p{N}])\d[A-Z](?![\p{L}\p{N}])\s+at\s+\p{Lu}/u;
/** An age on a day, said as one's own: "Officially 40 on 1st October", "thirty on 2 Feb". */
const AGE_ON = /(?:^|[.!?]\s+|\b(?:officially|finally|be|being|i['’]ll\s+be|i\s+turn|turning|hitting)\s+)(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s+on\s+(?:the\s+)?\d|\bmy\s+[1-9]\d(?:st|nd|rd|th)\s+(?:is\s+)?on\b/i;
/** A stay somewhere named: "Three weeks in Canada from tomorrow". */
const STAY_IN = /\b(?:weeks?|days|months?|fortnight|nights)\s+in\s+\p{Lu}/u;
/** Away said by denial: "not back till the 14th", "not home until Sunday". */
const NOT_BACK = /\bnot (?:home|back)\b/i;
/** A range of days: "7/15-28th", "3/4 - 3/9". */
const DATE_RANGE = /\d{1,2}\/\d{1,2}\s*[-–—]\s*\d{1,2}/;

const SECRET_EMOJI = /[🤐🤫👀]/u;

/**
 * The categories a text may hold, from its words alone: the reading pass
 * reads a text (`read()`) only when this is not empty, and runs only these
 * categories. Most posts open none.
 */
function gatedCategories(text: string): Set<string> {
  let flags = 0;
  // One pass over the characters: a word is a run of ASCII letters and digits with inner ' ’ - &,
  // lower-cased only when it holds a capital.
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const isWordChar = (k: number) => (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c)) {
        if (c <= 90 && c >= 65) upper = true;
        i++;
      } else if ((c === 39 || c === 8217 || c === 45 || c === 38) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
      flags |= NUMBER_BIT;
      const last = text.charCodeAt(i - 1);
      if ((last === 107 || last === 75) && i - start > 1) flags |= AMOUNT_BIT;
      continue;
    }
    let w = text.slice(start, i);
    if (upper) w = w.toLowerCase();
    if (w.includes('’')) w = w.replace(/’/g, "'");
    const f = GATE_BITS.get(w);
    if (f !== undefined) flags |= f;
  }
  if (flags === 0) return new Set();
  if (text.includes('$') || text.includes('£') || text.includes('€') || text.includes('₹') || /\d\s?(?:quid|bucks|grand)\b/i.test(text)) flags |= AMOUNT_BIT;
  if (SECRET_EMOJI.test(text)) flags |= B.secret!;
  const out = new Set<string>();
  for (const [category, open] of GATE_RULES) if (open(flags, text)) out.add(category);
  return out;
}

/**
 * The reading of a text, with the questions the detectors ask of its tokens:
 * the layer's own (a token's norm, whether it is a form of a list's words,
 * whether tokens spell a phrase) and this rule's (a name, a span).
 */
class Look {
  readonly tokens: Token[];
  constructor(
    readonly r: Reading,
    readonly segmentField: string,
    /** Whether another text of the post gives the author's age ("25 today!!!" over a photo of the card). */
    readonly ageElsewhere = false,
  ) {
    this.tokens = r.tokens;
  }
  norm(i: number): string {
    return this.r.norm(i);
  }
  is(i: number, set: ReadonlySet<string>): boolean {
    return this.r.is(i, set);
  }
  spells(i: number, phrase: readonly string[]): boolean {
    return this.r.spells(i, phrase);
  }
  /** The first token of [from, to) in `set`, or -1. */
  any(from: number, to: number, set: ReadonlySet<string>): number {
    return this.r.find(from, to, set);
  }
  anyPhrase(from: number, to: number, phrases: readonly (readonly string[])[]): number {
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) for (const p of phrases) if (this.spells(i, p)) return i;
    return -1;
  }
  /** A capitalised word that reads as a name: "Krystle", "Mia". */
  isName(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text)) return false;
    const bare = t.norm.replace(/'s$/, '');
    return !NOT_CHILD_NAMES.has(bare) && !ENGLISH_COMMON.has(bare) && !OTHER_SUBJECTS.has(bare) && !FIRST_PERSON.has(bare);
  }
  span(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens[from]!.start, end: this.tokens[to - 1]!.end };
  }
}

/** Capitalised words that open sentences and are no names. */
const ENGLISH_COMMON = setOf([
  'back', 'heading', 'starting', 'off', 'got', 'had', 'new', 'second', 'going', 'having', 'getting', 'is', 'was', 'will', 'just',
  'still', 'already', 'once', 'working', 'feeling', 'surgery', 'dialysis', 'therapy', 'doing', 'too', 'oh', 'man', 'why', 'what',
  'when', 'how', 'who', 'good', 'bad', 'hospital', 'doctor', 'update', 'day', 'finally', 'whole', 'dropped', 'leaving', 'three',
  'two', 'four', 'five', 'bags', 'camping', 'gone', 'flat', 'house', 'home', 'ok', 'okay', 'well', 'yes', 'no', 'not', 'nobody',
  'everyone', 'spare', 'key', 'inconclusive', 'ears', 'bed', 'ivf', 'biopsy', 'panic', 'anyone', 'type', 'my', 'our',
  'hates', 'crazy', 'comin', 'sephora', 'divorce', 'custody', 'turns', 'found', 'single', 'me',
  'hotel', 'mental', 'ooh', 'said', 'told', 'called', 'faked', 'skipped', 'skipping', 'ditched', 'left', 'third', 'phoned',
  'security', 'passed', 'look', 'passport', 'renewed', 'registering', 'filling', 'head', 'cannot', 'honestly', 'this',
  'worst', 'lol', 'asked', 'sneak', 'saw', 'heard', 'our', 'can', 'so', 'sports', 'proud', 'pick', 'omg',
  'can', 'moving', 'housewarming', 'party', 'whoever', 'uber', 'amazon', 'xmas', 'we', 'new', 'returning', 'pizza', 'bank',
  'student', 'payday', 'rent', 'missed', 'overdraft', 'bailiffs', 'filing', 'hourly', 'sick',
  'officially', 'actually', 'basically', 'literally', 'seriously', 'apparently', 'technically', 'today', 'tomorrow', 'thirty', 'forty', 'fifty', 'filed',
]);

/** People addressed or thanked, not the ones a sentence is about: "Update for the people who asked: the surgery went ok". */
const AUDIENCE = setOf(['people', 'ppl', 'everyone', 'everybody']);
const PRONOUNS = setOf(['he', "he's", 'she', "she's", 'him', 'her', 'his']);
const FAMILY = setOf(ENGLISH.family);
const OTHER_NOUNS = setOf(ENGLISH.otherPeople);

/** Whether the author's family is named before a token in its sentence: "my mom ... since she had her surgery", "Mum's scan results ...". */
function familyBefore(look: Look, s: Range, at: number): boolean {
  for (let k = s.from; k < at; k++) if (FAMILY.has(look.norm(k).replace(/'s$/, '')) && (['my', 'our'].includes(look.norm(k - 1)) || k === s.from)) return true;
  return false;
}

/** Whether "they" before a token are the doctors: "they want to start radiotherapy", "they kept him in". */
function cliniciansBefore(look: Look, at: number): boolean {
  const clause = look.r.clauseOf(at);
  for (let k = at - 1; k >= clause.from; k--) if (look.norm(k) === 'they' || look.norm(k) === "they'll" || look.norm(k) === "they've") return CLINICIAN_VERBS.has(look.norm(k + 1)) || look.norm(k).startsWith("they'");
  return false;
}

const FIRST_PERSON = setOf(ENGLISH.firstPerson);
/** Words that open a sentence whose subject, the author, is left out: "Getting an MRI after that", "has bronchitis". */
const ELIDED = setOf(['also', 'went', 'woke', 'need', 'has', 'have', 'had', 'is', 'am', 'getting', 'got', 'going', 'starting', 'started', 'back', 'off', 'just', 'heading', 'finally', 'waiting', 'recovering', 'doing', 'having', 'still', 'new', 'too', 'second', 'third', 'another', 'bed', 'home', 'day', 'been', 'need', 'needs', 'at', 'in', 'on', 'filing', 'behind', 'overdraft', 'broke', 'missed', 'payday', 'student', 'divorce', 'custody', 'single', 'surgery', 'therapy', 'dialysis', 'biopsy', 'ivf', 'panic', 'hospital', 'type', 'migraining', 'stupid', 'ugh', 'week', 'month', 'round', 'cycle', 'dose', 'today', 'tomorrow', 'tonight', 'first', 'last', 'post-op', 'filed', 'up']);

/** Treatments that, opening a sentence, leave out who takes them: "chemo round 4 done", "Sertraline week three". */
const HEALTH_OPENERS = setOf(['chemo', 'chemotherapy', 'radiotherapy', 'radio', 'physio', 'rehab', 'sertraline', 'prozac', 'fluoxetine', 'citalopram', 'lithium', 'insulin', 'antidepressants', 'meds', 'ivf', 'bloods', 'mri', 'scan', 'counselling', 'counseling']);
/** Verbs of a statement about a treatment in general: "Sertraline is an SSRI", "chemo can cause". */
const GENERIC_VERBS = setOf(['is', 'are', 'can', 'may', 'might', 'does', 'do', 'works', 'helps', 'causes', 'has', 'was', 'costs', 'should', 'will']);

/** Whether a post speaks of the author's own life: a first-person or family word, or a sentence that leaves its subject (the author) out. */
function ownLife(look: Look, s: Range, all: Range): boolean {
  for (let k = all.from; k < all.to; k++) if (FIRST_PERSON.has(look.norm(k)) || (FAMILY.has(look.norm(k)) && FIRST_PERSON.has(look.norm(k - 1)))) return true;
  let first = s.from;
  while (first < s.to && look.tokens[first]!.kind !== 'word' && look.tokens[first]!.kind !== 'number') first++;
  // "three days out of the psych ward", "12 weeks and spotting again": a count of time opening the sentence, the subject left out.
  if ((look.tokens[first]?.kind === 'number' || COUNT_WORDS.has(look.norm(first))) && DURATIONS.has(look.norm(first + 1))) return true;
  // "up to 150mg of sertraline now": a dose is told of by the one who takes it.
  for (let k = s.from; k < s.to; k++) if (/^\d+(?:\.\d+)?(?:mg|mcg|ml)$/.test(look.norm(k))) return true;
  // "Sertraline week three and the fog's lifting", "chemo round 4 done": a treatment opening the sentence, its taker left out;
  // not a statement about it ("Sertraline is an SSRI").
  if (HEALTH_OPENERS.has(look.norm(first)) && !GENERIC_VERBS.has(look.norm(first + 1))) return true;
  // "Anyone else on lithium get the shaky hands?": the asker is one of them.
  if (['anyone', 'who'].includes(look.norm(first)) && look.norm(first + 1) === 'else' && ['on', 'with', 'have', 'had', 'get', 'getting', 'been', 'taking', 'started', 'going'].includes(look.norm(first + 2))) return true;
  // "Gestational diabetes confirmed, 28 wks": a condition opening the sentence with its news, the patient left out.
  for (let k = first; k < Math.min(s.to, first + 3); k++) if (look.is(k, HEALTH) && CONFIRMED.has(look.norm(k + 1))) return true;
  // "mum's biopsy came back clear": the family, with "my" left out, opening the sentence.
  return ELIDED.has(look.norm(first)) || FAMILY.has(look.norm(first).replace(/'s$/, '')) || MEDICAL_PEOPLE.has(look.norm(first));
}

/** Whether someone named is the subject before a token in its clause: "The Queen was born", "Krystle's surgery". */
function namedBefore(look: Look, at: number): boolean {
  const clause = look.r.clauseOf(at);
  for (let k = clause.from; k < at; k++) {
    if (!look.isName(k) || MEDICAL_PEOPLE.has(look.norm(k))) continue;
    if (['in', 'at', 'from', 'to', 'on'].includes(look.norm(k - 1))) continue;
    if (k === at - 1 || /['’]s$/.test(look.tokens[k]!.text) || ['is', 'was', 'has', 'had', 'finished', 'needs', 'got', 'files', 'filed', 'went'].includes(look.norm(k + 1))) return true;
    // "Jess from work is getting divorced", "Priya next door has": the name, then where the person is from.
    if (k === clause.from && ['from', 'at', 'in', 'next'].includes(look.norm(k + 1))) {
      for (let j = k + 2; j <= Math.min(at - 1, k + 5); j++) if (['is', 'was', 'has', 'had', "'s", 'got', 'just'].includes(look.norm(j))) return true;
    }
  }
  return false;
}

/** What the cues of a span do to a finding of a category: its confidence and the cues that decided it, or undefined to drop it. */
function judge(look: Look, start: number, end: number, category: string, base: number, trigger: string, hard: boolean, family = false, allowOther = false, ignoreNegation = false): Candidate | undefined {
  const c = look.r.cues(start, end);
  let confidence = base;
  const cues = [...c.evidence, `trigger:${trigger}`];
  const drop = () => {
    if (hard) return undefined;
    confidence = Math.min(confidence, 0.2);
    return { start, end, category, confidence, cues };
  };
  const first = look.r.tokenAt(start);
  const negWord = c.evidence.find((e) => e.startsWith('negated:'))?.slice('negated:'.length) ?? '';
  // The trigger itself is the layer's negation word ("skipped my shift", "quit my job"), or the denial is of a verb
  // and not of the author's thing ("my INS wouldn't pay for the therapy", "wouldn't reverse my overdraft fees").
  const ownThing = ['my', 'our'].includes(look.norm(first - 1)) || ['my', 'our'].includes(look.norm(first - 2));
  const negated = c.negated && negWord !== look.norm(first) && !(ownThing && ['health', 'money'].includes(category) && !['no', 'not', 'never', 'without'].includes(negWord)) && !(category === 'boss-complaint' && (negWord === 'quit' || negWord === 'quitting')) && !ignoreNegation;
  if (negated) return drop();
  // A boss and work news come with reports and data of their own ("the report says we're cutting the team"): news framing
  // decides where the news is about others' lives, a study of skipping work among them.
  if (c.news && category === 'birthdate') confidence *= 0.75;
  else if (c.news && !['boss-complaint', 'confidential'].includes(category)) return drop();
  // A school's or a street's name is a capitalised run too: a title only for the other categories.
  if (c.title && category !== 'child-school' && category !== 'home-address') confidence *= 0.4;
  // Quotation marks in an alt text are the words in the picture; around a sick excuse they say it was not true.
  // Scare quotes round the boss alone ('Kevin (my "manager")') are contempt, not someone's words.
  const scare = category === 'boss-complaint' && /["“'‘]$/u.test(look.r.text.slice(Math.max(0, start - 1), start)) && /^["”'’]/u.test(look.r.text.slice(end, end + 1));
  if (c.quoted && category !== 'sick-skip' && !look.segmentField.endsWith('.alt') && !scare) confidence *= 0.6;
  if (c.comparison) confidence *= 0.6;
  if (c.mode === 'irrealis') confidence *= 0.45;
  // "the dog has called in sick to his walk": a pet's day off.
  if (category === 'sick-skip' && look.any(look.r.sentenceOf(first).from, first, ANIMALS) >= 0) return drop();
  // "Is it ok to call in sick when...?": a question about skipping is not skipping.
  // "Is it normal to be nervous before a blood test?": a question about health is asked of anyone, unless it presupposes
  // the asker is one of them ("Anyone else on lithium get the shaky hands?").
  else if (c.mode === 'question') confidence *= category === 'sick-skip' ? 0.35 : category === 'health' && !presupposes(look, first) ? 0.6 : 0.7;
  let about = c.about;
  // Someone addressed ("Neighbours: ignore the bins, ...") is spoken to, not spoken of.
  if (about === 'other' && addressed(look.r, (c.evidence.find((e) => e.startsWith('about:other:'))?.slice('about:other:'.length) ?? '').replace(/'s$/, ''))) about = 'unknown';
  if (about === 'other') {
    const who = c.evidence.find((e) => e.startsWith('about:other:'))?.slice('about:other:'.length) ?? '';
    // "Whole family in Lanzarote": the household, without "my"; "Student loan", "the dog at mum's": a word of the thing, or an object, not the subject.
    if ((FAMILY.has(who.replace(/'s$/, '')) || (AUDIENCE.has(who.replace(/'s$/, '')) && category === 'travel')) && (category === 'travel' || category === 'money')) about = 'family';
    // "Doctor's appointment at 11": a clinician's, right before the trigger, names the kind of thing, not whose it is.
    else if ((ANIMALS.has(who) && category !== 'health' && category !== 'birthdate') || (look.norm(first - 1) === who && (OTHER_NOUNS.has(who) || (who.endsWith("'s") && MEDICAL_PEOPLE.has(who.slice(0, -2)))))) about = 'unknown';
  }
  if (about === 'other') {
    const who = c.evidence.find((e) => e.startsWith('about:other:'))?.slice('about:other:'.length) ?? '';
    const fine =
      (category === 'health' && (MEDICAL_PEOPLE.has(who) || AUDIENCE.has(who) || (family && PRONOUNS.has(who)) || (who === 'they' && cliniciansBefore(look, first)))) ||
      category === 'boss-complaint' ||
      category === 'confidential' ||
      category === 'child-school' ||
      (category === 'relationship' && allowOther && (PRONOUNS.has(who) || PARTNERS.has(who))) ||
      (category === 'travel' && allowOther) ||
      // "If you're coming to the housewarming it's the blue door": the visitor addressed does not own the home described.
      (category === 'home-address' && ['you', "you're", 'u', 'ya', 'youre'].includes(who));
    if (!fine) return drop();
  }
  // The family is the author's household for money and travel, a patient for health, and for relationship the partner ("my wife's been seeing someone").
  const familyWho = c.evidence.find((e) => e.startsWith('about:family:'))?.slice('about:family:'.length).replace(/'s$/, '') ?? '';
  // A household's money is the author's; a brother's or a nan's is theirs ("My brother's skint till payday again"), and so is
  // their trip ("My sister's off to Bali for 2 weeks").
  if (about === 'family' && NOT_HOUSEHOLD.has(familyWho) && (category === 'money' || (category === 'travel' && familyTravels(look.r, c.evidence.find((e) => e.startsWith('about:family:'))!.slice('about:family:'.length))))) return drop();
  if (about === 'family' && !['health', 'money', 'travel', 'child-school'].includes(category) && !(category === 'relationship' && PARTNERS.has(familyWho))) return drop();
  return { start, end, category, confidence: Math.round(confidence * 100) / 100, cues };
}

type Detector = (look: Look, sentence: Range, all: Range) => Candidate[];

/** health: a condition, treatment, test or medicine of the author or their family. */
const health: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  // A pet's health: an animal in the sentence, an animal's own ("the dog's surgery"), or a vet in the post. An animal
  // elsewhere in a post about the author ("Today: tea, the dog, getting out of bed") does not make it the pet's.
  let animals = false;
  for (let k = all.from; k < all.to && !animals; k++) {
    if (!look.is(k, ANIMALS) || (look.norm(k) === 'cat' && look.norm(k + 1) === 'scan')) continue;
    // "Brought cat to specialist. ... Doing ultrasound.": an animal taken somewhere is the patient of the post.
    const taken = look.any(Math.max(all.from, k - 3), k, TAKEN_TO) >= 0;
    animals = (k >= s.from && k < s.to) || taken || look.norm(k).endsWith("'s") || look.norm(k).endsWith("s'") || VET_WORDS.has(look.norm(k)) || look.any(all.from, all.to, VET_WORDS) >= 0;
  }
  if (animals) return out;
  if (look.any(s.from, s.to, DEATH) >= 0 || look.anyPhrase(s.from, s.to, [['passed', 'away'], ['past', 'away']]) >= 0) return out;
  // A business's offer: "payment plans available for surgery, ask at reception".
  if (look.any(s.from, s.to, HEALTH_BUSINESS) >= 0) return out;
  // Policy and news about health ("free preventive care, including mammograms", "the opioid crisis") are no one's own.
  if (!ownLife(look, s, all)) return out;
  for (let i = s.from; i < s.to; i++) {
    let end = i + 1;
    let base = 0;
    const phrase = W.HEALTH_PHRASES.find((p) => look.spells(i, p));
    if (phrase) {
      end = i + phrase.length;
      base = 0.8;
    } else if (look.is(i, HEALTH) || (/^[\p{L}-]+'s$/u.test(look.norm(i)) && HEALTH.has(look.norm(i).slice(0, -2)) && !W.HEALTH_NEEDS_NEXT[look.norm(i).slice(0, -2)] && (IS_AFTER.has(look.norm(i + 1)) || WEEKDAYS.has(look.norm(i + 1))))) {
      // "chemo's going ok", "physio's moved to Thursdays": the word with "is" or "has" run into it, not a possessive ("the therapist's office").
      const needs = W.HEALTH_NEEDS_NEXT[look.norm(i)];
      if (needs && needs.length && !needs.includes(look.norm(i + 1))) continue;
      if (needs && !needs.length && !['my', 'the', 'her', 'his', 'hernia'].includes(look.norm(i - 1)) && look.norm(i) === 'op') continue;
      base = needs && !needs.length ? 0.6 : 0.8;
      if (look.norm(i) === 'beta' || look.norm(i) === 'lap') end = i + 2;
    } else if (look.is(i, HEALTH_WEAK)) {
      // A hospital or a doctor alone is not a medical detail; with a body part, a symptom or a test of the author's, it is.
      const body = look.any(s.from, s.to, BODY);
      if (body < 0) continue;
      base = 0.6;
    } else continue;
    if (HEALTH_NOT_AFTER.has(look.norm(end)) || HEALTH_NOT_BEFORE.has(look.norm(i - 1))) continue;
    // "out of surgery", "into surgery": a vet's day as often as a patient's.
    if ((look.norm(i - 1) === 'of' && look.norm(i - 2) === 'out') || look.norm(i - 1) === 'into') continue;
    // "I'm a Cancer": a star sign.
    if (look.tokens[i]!.text === 'Cancer' && look.norm(i - 1) === 'a') continue;
    // Something on a screen: "watching cosmetic surgery nightmares".
    const clause = look.r.clauseOf(i);
    if (look.any(clause.from, i, MEDIA) >= 0) continue;
    // Someone named: "Krystle's surgery", "Tasha's ... being treated".
    if (namedBefore(look, i)) continue;
    if (look.any(Math.max(s.from, i - 4), i, MODAL) >= 0) base *= 0.6;
    const { start, end: stop } = look.span(i, end);
    const c = judge(look, start, stop, 'health', base, look.r.text.slice(start, stop).toLowerCase(), true, familyBefore(look, s, i));
    if (c) out.push(c);
  }
  return out;
};

/** What follows a condition that opens a post about it: "diabetes confirmed", "endo flare again". */
const CONFIRMED = setOf(['confirmed', 'diagnosis', 'diagnosed', 'flare', 'flaring', 'flare-up', 'again', 'update', 'results']);

const TAKEN_TO = setOf(['brought', 'took', 'taking', 'bringing', 'drove', 'driving', 'rushed']);
const VET_WORDS = setOf(['vet', 'vets', "vet's", 'veterinary', 'veterinarian', 'vetinary']);

/** money: own money trouble, or pay in figures. */
const money: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  // Not "bank balance", "bank account": the author's own, named by the bank.
  const publicWord = look.any(s.from, s.to, PUBLIC_MONEY_WORDS);
  const ownAccount = publicWord >= 0 && ['bank', 'banks'].includes(look.norm(publicWord)) && ['balance', 'account', 'app', 'statement'].includes(look.norm(publicWord + 1));
  if (publicWord >= 0 && !ownAccount && look.any(s.from, s.to, setOf(['i', 'my', "i'm", 'me'])) < 0) return out;
  const firstPerson = look.any(s.from, s.to, setOf(['i', 'my', "i'm", 'me', 'we', 'our', "we're"])) >= 0;
  const own = ownLife(look, s, all);
  // "$12", "£21k", "42,000", "₹42,000" (the rupee a symbol of its own), "212 quid".
  const amount = (i: number) => look.tokens[i]?.kind === 'number' && (/^[$£€]/.test(look.tokens[i]!.text) || /\d(?:k|,\d{3})$/i.test(look.tokens[i]!.text) || /^[₹¥₦₱]$/u.test(look.tokens[i - 1]?.text ?? '') || ['quid', 'bucks', 'dollars', 'euros', 'pounds', 'rupees', 'grand'].includes(look.norm(i + 1)));
  for (let i = s.from; i < s.to; i++) {
    let base = 0;
    let end = i + 1;
    let ignoreNegation = false;
    const n = look.norm(i);
    const phrase = W.MONEY_PHRASES.find((p) => look.spells(i, p));
    if (phrase) {
      end = i + phrase.length;
      const p = phrase.join(' ');
      // "We can't afford to let this be the new normal": an idiom of policy.
      // "so broke lol can't afford brunch": a treat that cannot be afforded is everyday talk, like a bare "so broke".
      if ((p === "can't afford" || p === 'cannot afford') && TREATS.has(look.norm(i + 2))) continue;
      if ((p === "can't afford" || p === 'cannot afford') && look.norm(i + 2) === 'to' && ['let', 'lose', 'ignore', 'wait', 'be', 'have', 'keep', 'miss'].includes(look.norm(i + 3))) continue;
      if (p === 'credit card' || p === 'credit cards' || p === 'bank balance' || p === 'in my account' || p === 'to last' || p === 'rent is') {
        // Only trouble makes a card, a balance or an account worth telling: "maxed", "till payday", "late".
        if (look.any(s.from, s.to, MONEY_TROUBLE) < 0 && !look.spells(i - 2, ['pay', 'off']) && !look.spells(i - 3, ['living', 'off', 'the'])) continue;
        base = 0.7;
      } else if (p === 'no money' || p === 'not having money') {
        if (look.any(s.from, s.to, setOf(['payday', 'pay', 'desperation', 'gas', 'rent', 'bills'])) < 0) continue;
        base = 0.7;
      } else base = 0.75;
      // "no money", "can't afford": the denial is the trouble.
      ignoreNegation = true;
    } else if (n === 'savings' && savingsRunningOut(look, s, i)) {
      // "6 weeks of savings", "the last of our savings", "savings are gone": how long the household can last.
      base = 0.75;
    } else if ((n === 'weeks' || n === 'months') && look.norm(i + 1) === 'behind' && look.any(all.from, all.to, setOf(['rent', "rent's", 'mortgage', 'landlord', "landlord's", 'bills'])) >= 0) {
      // "Landlord's putting the rent up $90 a week and I'm already two weeks behind".
      end = i + 2;
      base = 0.75;
    } else if ((n === 'mortgage' || n === 'rent') && mortgageInDoubt(look, s, i)) {
      // "don't know how we pay the mortgage", "can't make the rent this month".
      base = 0.75;
      ignoreNegation = true;
    } else if (look.is(i, MONEY)) {
      if (n === 'broke') {
        // "broke my phone", "broke up": a verb. A bare "I'm so broke" is everyday talk; broke till payday is not.
        if (['up', 'down', 'my', 'the', 'a', 'his', 'her', 'into', 'in', 'out', 'it', 'free', 'through'].includes(look.norm(i + 1))) continue;
        if (look.any(i + 1, Math.min(s.to, i + 4), setOf(['till', 'until', 'til', 'payday'])) < 0) base = 0.4;
        else base = 0.8;
      } else if (n === 'declined' && look.any(s.from, s.to, setOf(['card'])) < 0) continue;
      else if (n.startsWith('loan') && (n === 'loaner' || look.any(s.from, s.to, setOf(['payday', 'student', 'loans'])) < 0)) continue;
      else if ((n === 'wage' || n === 'wages' || n === 'salary') && ['minimum', 'living', 'average', 'national', 'fair', 'the', 'normal', 'typical', 'median', 'starting', 'decent', 'good', 'usual'].includes(look.norm(i - 1))) continue;
      else if (n === 'payday' && (look.any(s.from, s.to, setOf(['broke', 'till', 'until', 'til', 'roll', 'money', 'last', 'loan', 'loans', 'skint'])) < 0 || look.anyPhrase(s.from, s.to, [['not', 'broke'], ['not', 'skint']]) >= 0)) continue;
      else if ((n === 'debt' || n === 'debts') && look.norm(i + 1) === 'to') continue;
      // "emotionally bankrupt after that shootout", "morally bankrupt": a figure, not the author's money.
      else if (['emotionally', 'morally', 'spiritually', 'creatively', 'intellectually', 'socially'].includes(look.norm(i - 1))) continue;
      // "the FTX bankruptcy trial", "Debenhams bankruptcy": a company's, named before it in capitals.
      else if (n.startsWith('bankrupt') && i - 1 > s.from && look.tokens[i - 1]!.kind === 'word' && /^\p{Lu}/u.test(look.tokens[i - 1]!.text) && !FIRST_PERSON.has(look.norm(i - 1))) continue;
      else base = 0.75;
    } else if (n === 'in' && look.norm(i + 1) === 'the' && look.norm(i + 2) === 'red' && RED_BEFORE.has(look.norm(i - 1)) && !look.is(i + 3, RED_NOT_AFTER)) {
      // "i'm 6 grand in the red", "we're in the red again": overdrawn (not "in the red dress", not a company's books).
      end = i + 3;
      base = 0.75;
    } else if (['borrow', 'borrowed', 'borrowing'].includes(n) && ['off', 'from'].includes(look.norm(i + 1)) && ['my', 'me'].includes(look.norm(i + 2)) && look.any(i + 3, Math.min(s.to, i + 10), BILLS) >= 0) {
      // "had to borrow off my dad for the electric": the bills paid with a loan from family.
      end = i + 4;
      base = 0.75;
    } else if (amount(i)) {
      // A figure of the author's: "I'm on £21k", "$12 in my account till friday", "£9 to last till payday", "salary is $38,400".
      let near = look.any(Math.max(s.from, i - 6), Math.min(s.to, i + 6), setOf(['payday', 'salary', 'hourly', 'account', 'debt', 'balance', 'earn', 'p60', 'last', 'overdraft', 'checking', 'savings', 'card']));
      // "I can account for like 3 grand": the verb, not a bank account.
      if (near >= 0 && look.norm(near) === 'account' && look.norm(near + 1) === 'for') near = -1;
      let until = -1;
      for (let k = i + 1; k < Math.min(s.to, i + 6) && until < 0; k++) if (UNTIL.has(look.norm(k)) && (dateAt(look, k + 1) > 0 || look.norm(k + 1) === 'payday')) until = k;
      const onPay = look.norm(i - 1) === 'on' && /k$/i.test(look.tokens[i]!.text) && ["i'm", 'im', 'i'].includes(look.norm(i - 2));
      // "₹2,300 left for the rest of the month", "£40 left till payday", "£9 left to last the week": what is left to live on.
      const left = look.norm(i + 1) === 'left' && (look.spells(i + 2, ['for', 'the', 'rest']) || UNTIL.has(look.norm(i + 2)) || look.spells(i + 2, ['to', 'last']));
      if (left) until = i + 1;
      // "got the offer!! 52k": a salary in thousands in a post about a job offer.
      const offer = /\dk$/i.test(look.tokens[i]!.text) && look.any(all.from, all.to, OFFER_WORDS) >= 0;
      if (near < 0 && until < 0 && !onPay && !offer && !payRate(look, s, i, all)) continue;
      base = 0.75;
    } else continue;
    // A company or a person named as the subject: "Toys R Us files for bankruptcy", "Christian Lacroix bankrupt".
    const clause = look.r.clauseOf(i);
    let named = false;
    for (let k = clause.from; k < i; k++) if (look.isName(k)) named = true;
    if (named && !firstPerson) continue;
    // Policy and news: no one's own money unless the author is in the post, or the trigger opens its sentence with the subject
    // left out ("Overdraft maxed"), or follows a verb with none ("21 days away from being evicted").
    const noSubject = ['being', 'getting', 'get', 'be', 'got'].includes(look.norm(i - 1)) && look.any(s.from, i, OTHER_SUBJECTS) < 0 && look.any(s.from, i, OTHER_NOUNS) < 0;
    if (!own && i - s.from > 4 && !noSubject) continue;
    if ((n === "can't" || n === 'cannot') && look.norm(i - 1) === 'we' && ['not', 'more', 'her', 'him', 'another', 'to', 'this', 'that'].includes(look.norm(i + 2))) continue;
    const { start, end: stop } = look.span(i, end);
    const c = judge(look, start, stop, 'money', base, look.r.text.slice(start, stop).toLowerCase(), true, false, false, ignoreNegation);
    if (c) out.push(c);
  }
  return out;
};

/** What comes before "in the red" when it is the author's account: a sum or the author being it. */
const RED_BEFORE = setOf(['grand', 'quid', 'k', "i'm", 'im', "we're", 'am', 'are', 'still', 'already', 'again', 'way', 'deep', 'back', 'pounds', 'dollars', 'bucks', 'euros']);
/** A red thing: "in the red dress", "in the red corner". */
const RED_NOT_AFTER = setOf(['dress', 'corner', 'zone', 'shirt', 'car', 'team', 'jacket', 'top', 'one', 'light', 'carpet', 'box', 'line', 'card', 'bag', 'hat', 'door', 'house', 'room']);
/** Bills paid with borrowed money. */
const BILLS = setOf(['electric', 'electricity', 'gas', 'rent', 'bills', 'bill', 'food', 'groceries', 'mortgage', 'petrol', 'heating', 'nursery', 'childcare']);
/** Words of pay before a figure: "I'm on $23.50 an hour", "I make 9.50/hr", "they pay me £400 a week". */
const PAY_VERBS = setOf(['on', 'make', 'making', 'earn', 'earning', 'earns', 'paid', 'pay', 'pays', 'paying', 'get', 'getting', 'offered']);
/** Units of a pay rate after a figure: "an hour", "per year", "a week". */
const TREATS = setOf(['brunch', 'coffee', 'starbucks', 'takeaway', 'takeout', 'netflix', 'lunch', 'dinner', 'drinks', 'tickets', 'shoes', 'that', 'this', 'it', 'them', 'one', 'another', 'more', 'new', 'a']);
const OFFER_WORDS = setOf(['offer', 'offered', 'counteroffer', 'counter-offer']);
const JOB_WORDS = setOf(['manager', 'boss', 'shift', 'shifts', 'job', 'rota', 'supervisor', 'overtime', 'customers']);
const PAY_UNITS = setOf(['hour', 'hr', 'year', 'yr', 'annum', 'week', 'month']);
/** What living costs, beside a bare pay rate: "a one bedroom is $2,400", "rent takes half". */
const LIVING_COSTS = setOf(['rent', 'bedroom', 'afford', 'bills', 'mortgage', 'saving', 'savings', 'groceries']);

/** A pay rate of the author's at a figure: a pay verb before it (with the author in the sentence) and a unit after it. */
function payRate(look: Look, s: Range, i: number, all: Range): boolean {
  const unit = ['an', 'a', 'per', '/', 'p'].includes(look.norm(i + 1)) ? i + 2 : i + 1;
  if (!PAY_UNITS.has(look.norm(unit)) && !/^(?:ph|p\/h|\/hr|\/h|pa|p\/a)$/.test(look.norm(i + 1))) return false;
  // "£10.42 an hour to get screamed at by a manager": a rate opening the sentence, in a post about the author's work; "$17.60/hr
  // and a one bedroom is $2,400", "₹42,000 a month and rent takes half": in a post about what living costs.
  const opens = i === s.from || (i === s.from + 1 && look.tokens[s.from]!.kind === 'symbol');
  if (opens && (look.any(all.from, all.to, JOB_WORDS) >= 0 || look.any(all.from, all.to, LIVING_COSTS) >= 0)) return true;
  if (look.any(Math.max(s.from, i - 3), i, PAY_VERBS) < 0) return false;
  return look.any(s.from, s.to, setOf(['i', "i'm", 'im', 'me', 'my', 'we', "we're", "i'll", "i've", "i'd", "we'll"])) >= 0;
}

/** "6 weeks of savings", "the last of our savings", "savings are gone / ran out": savings counted down. */
function savingsRunningOut(look: Look, s: Range, i: number): boolean {
  if (look.norm(i - 1) === 'of' && DURATIONS.has(look.norm(i - 2))) return true;
  if (look.norm(i - 1) === 'of' && ['our', 'my'].includes(look.norm(i - 1)) ) return true;
  if (['our', 'my'].includes(look.norm(i - 1)) && look.norm(i - 2) === 'of' && look.norm(i - 3) === 'last') return true;
  if (['our', 'my'].includes(look.norm(i - 1)) || look.norm(i - 1) === 'the') {
    const after = look.any(i + 1, Math.min(s.to, i + 4), setOf(['gone', 'run', 'ran', 'running', 'wiped', 'drained', 'dwindling', 'left']));
    return after >= 0;
  }
  return false;
}

/** "don't know how we pay the mortgage", "can't make the rent", "behind on the mortgage": a home's payment in doubt. */
function mortgageInDoubt(look: Look, s: Range, i: number): boolean {
  const from = Math.max(s.from, i - 7);
  if (look.any(from, i, setOf(['behind'])) >= 0 && look.norm(i - 2) === 'on') return true;
  if (look.any(Math.max(s.from, i - 3), i, setOf(['pay', 'make', 'cover', 'paying', 'making', 'covering'])) < 0) return false;
  return look.anyPhrase(from, i, [["don't", 'know', 'how'], ['dont', 'know', 'how'], ['no', 'idea', 'how'], ["can't"], ['cannot'], ["couldn't"], ['struggling', 'to'], ['how', 'we'], ['how', 'i']]) >= 0;
}

/** relationship: own break-up, divorce, separation, custody fight, a cheating partner, ex drama. */
/** Adverbs that may open a sentence whose subject, the author, is left out: "officially separated.", "finally divorced". */
const ELIDED_OPENERS = setOf(['officially', 'finally', 'now', 'just', 'recently', 'newly', 'legally', 'basically', 'so', 'well', 'and', 'yep', 'yup', 'welp']);

/** A sentence with its subject, the author, left out: "signed the separation agreement". */
const SIGNED = setOf(['signed', 'filed', 'finalised', 'finalized', 'started', 'got', 'sent']);
/** An engagement ended: "called off", "broken off", "is off". */
const ENGAGEMENT_OFF = [['called', 'off'], ['broken', 'off'], ['is', 'off'], ['was', 'off']];

const relationship: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  for (let i = s.from; i < s.to; i++) {
    let base = 0;
    let end = i + 1;
    const n = look.norm(i);
    const next = look.norm(i + 1);
    const next2 = look.norm(i + 2);
    const objectOk = (at: number) => {
      // The one left, divorced or cheated on is a person or no one: "divorcing my phone", "a divorce from autocorrect", "I divorce you, California" are jokes.
      const k = ['from', 'with', 'w', '/'].includes(look.norm(at)) ? at + (look.norm(at) === 'w' ? 2 : 1) : at;
      if (['you', 'your', 'autocorrect'].includes(look.norm(k)) || ['you', 'your'].includes(look.norm(k + 1))) return false;
      const a = look.norm(k);
      const b = look.norm(k + 1);
      if (['the', 'a', 'this', 'that', 'these', 'those'].includes(a) && !PARTNERS.has(b)) return false;
      if (['my', 'your', 'this'].includes(a) && NOT_PARTNERS.has(b)) return false;
      if (NOT_PARTNERS.has(a)) return false;
      // "divorcing my Spotify Wrapped": after "my", a person within three words ("my cheating husband"), or it is a thing.
      if (a === 'my' || a === 'our') {
        for (let j = k + 1; j <= k + 3; j++) if (PARTNERS.has(look.norm(j)) || FAMILY.has(look.norm(j)) || OTHER_NOUNS.has(look.norm(j))) return true;
        return look.tokens[k + 1]?.kind !== 'word';
      }
      return true;
    };
    if ((n === 'broke' || n === 'break' || n === 'breaking' || n === 'broken') && next === 'up') {
      if (!objectOk(i + 2)) continue;
      end = i + 2;
      base = 0.8;
    } else if (n === 'break' && next === 'up' ) {
      base = 0.8;
    } else if (n === 'breakup' || n === 'break-up' || (n === 'the' && next === 'break' && next2 === 'up')) {
      if (n === 'the') {
        i += 1;
        end = i + 2;
      }
      base = 0.75;
    } else if ((n === 'moved' || n === 'moving') && ['his', 'her', 'their'].includes(next) && ['stuff', 'things', 'clothes', 'boxes', 'bits', 'gear'].includes(next2) && look.norm(i + 3) === 'out' && look.norm(i + 4) !== 'of' && ['he', 'she', "he's", "she's"].includes(look.norm(i - 1))) {
      // "he moved his stuff out while I was at work".
      end = i + 4;
      base = 0.75;
    } else if ((n === 'moved' || n === 'moving' || n === 'moves') && next === 'out' && !['of', 'to', 'for'].includes(next2)) {
      // A partner moving out ("He moved out yesterday", "Sam moved out today. First night alone in 4 years"): someone
      // else, not the author or a flatmate, with a couple's life around it.
      // The one moving out may be a few words back: "my boyfriend of 4 years moved out", "she's moving out", "BOB HAS MOVED OUT".
      const back = ['has', 'is', "'s", 'just', 'finally', 'officially'].includes(look.norm(i - 1)) ? i - 2 : i - 1;
      const who = look.norm(back);
      // A name in a post written in capitals ("AFTER 31 YEARS OF MARRIAGE BOB HAS MOVED OUT") is in capitals too.
      const shoutedName = look.tokens[back]?.kind === 'word' && /^\p{Lu}{2,}$/u.test(look.tokens[back]!.text) && /^\p{Lu}+$/u.test(look.tokens[i]!.text) && !ENGLISH_COMMON.has(who) && !FIRST_PERSON.has(who) && !OTHER_SUBJECTS.has(who) && !NOT_CHILD_NAMES.has(who);
      let partner = PARTNERS.has(who) || ['he', 'she', "he's", "she's"].includes(who) || ((look.isName(back) || shoutedName) && look.norm(back - 1) !== 'my');
      for (let k = back - 1; k >= Math.max(s.from, back - 3) && !partner; k--) if (PARTNERS.has(look.norm(k)) && !['me', 'us', 'him', 'her', 'he', 'she'].includes(look.norm(k)) && look.norm(k - 1) === 'my') partner = true;
      if (!partner || !coupleContext(look, all, i)) continue;
      end = i + 2;
      base = 0.7;
    } else if ((n === "we're" || (n === 'we' && ['are', 'were'].includes(next))) && ENDED.has(n === "we're" ? next : next2)) {
      // "we're done after 6 years", "we are over": a couple's end, with a couple's life around it.
      if (!coupleContext(look, all, i) || look.any(i + 1, Math.min(s.to, i + 5), NOT_ENDED) >= 0) continue;
      end = n === "we're" ? i + 2 : i + 3;
      base = 0.7;
    } else if (['left', 'leaving', 'walked'].includes(n) && leftBy(look, s, i) && (partnerLeft(look, s, i) || coupleContext(look, all, i))) {
      // "he's leaving me for his PT", "she left me", "he walked out on us", "he left two weeks after my diagnosis": a partner
      // leaving, said to the author or with a couple's life around it (not "she left me a voicemail", "he left for work").
      end = next === 'me' || next === 'us' || (n === 'walked' && next === 'out') ? i + 2 : i + 1;
      base = next === 'me' || next === 'us' ? 0.75 : 0.7;
    } else if (['separated', 'split'].includes(n) && ['been', 'officially', 'legally'].includes(look.norm(i - 1)) && (look.tokens[i + 1]?.kind === 'number' || COUPLE_YEARS.has(next) || ['since', 'for', 'nearly', 'almost', 'over', 'a'].includes(next)) && look.any(Math.max(s.from, i - 4), i, WE_AND_I) >= 0) {
      // "we've been separated 3 months", "been separated since June": how long the couple has been apart.
      end = i + 1;
      base = 0.8;
    } else if (['took', 'takes', 'taken'].includes(n) && ['she', 'he', "she's", "he's"].includes(look.norm(i - 1)) && look.norm(i + 1) === 'the' && SHARED_OUT.has(next2 === 'the' ? look.norm(i + 2) : look.norm(i + 2)) && !['to', 'for', 'out', 'on', 'outside', 'round', 'around', 'back'].includes(look.norm(i + 3)) && coupleContext(look, all, i)) {
      // "Eight years, and she took the cat and the good frying pan": what a couple shares out when it ends.
      end = i + 3;
      base = 0.7;
    } else if (['get', 'gets', 'have', 'has', 'see', 'sees', 'share'].includes(n) && ['i', 'she', 'he', "she'll", "he'll", "i'll", 'we'].includes(look.norm(i - 1)) && ['the', 'my', 'our'].includes(next) && ['kids', 'children', 'dog', 'boys', 'girls', 'kid'].includes(next2) && look.anyPhrase(i + 3, Math.min(s.to, i + 8), [['every', 'other'], ['alternate'], ['at', 'weekends'], ['on', 'weekends'], ['half', 'the', 'week'], ['week', 'on']]) >= 0 && coupleContext(look, all, i)) {
      // "she's keeping the house and I get the dog every other weekend": what a split shares out, week by week.
      end = i + 3;
      base = 0.75;
    } else if (n === 'with' && next === 'me' && (i + 2 >= s.to || look.tokens[i + 2]!.kind !== 'word') && ['not', "isn't", 'isnt', "wasn't", 'without'].includes(look.norm(i - 1)) && look.any(Math.max(s.from, i - 10), i, LIFE_WANTS) >= 0 && look.any(all.from, all.to, setOf(['he', 'she', "he's", "she's"])) >= 0) {
      // "he wanted a different life, just not with me", "she needs to 'find herself' somewhere that isn't with me".
      end = i + 2;
      base = 0.7;
    } else if ((n === 'means' || n === 'meant') && /^["”'’]$/u.test(look.tokens[i - 1]?.text ?? '') && look.any(i + 1, Math.min(s.to, i + 10), CHEAT_OBJECTS) >= 0) {
      // "Turns out 'working late' meant Tinder", "'I need space' means 'I've been seeing Kirsty from the gym'".
      end = i + 1;
      base = 0.75;
    } else if ((look.spells(i, ['between', 'two', 'houses']) || look.spells(i, ['between', 'two', 'homes'])) && look.any(all.from, all.to, setOf(['kids', 'children', 'boys', 'girls', 'kid'])) >= 0) {
      // "First Christmas with the kids going back and forth between two houses".
      end = i + 3;
      base = 0.7;
    } else if (n === 'who' && ['has', 'gets', 'keeps', 'have'].includes(next) && next2 === 'the' && ['kids', 'children', 'boys', 'girls'].includes(look.norm(i + 3)) && look.any(all.from, all.to, setOf(['court', 'solicitor', 'mediation', 'lawyer', 'judge', 'custody'])) >= 0) {
      // "Solicitor says mediation first, then the court decides who has the kids at weekends".
      end = i + 4;
      base = 0.75;
    } else if (n === 'ex' && (['my', 'the'].includes(look.norm(i - 1)) || i === s.from) && (exActs(look, s, i) || (look.norm(i - 1) === 'the' && look.norm(i - 2) === 'of' && look.norm(i - 3) === 'because'))) {
      // "ex just turned up at my work with flowers", "the ex won't stop texting", "changed my number because of the ex".
      end = i + 1;
      base = 0.75;
    } else if (['part', 'parted', 'parting'].includes(n) && next === 'ways' && partWays(look, s, all, i)) {
      // "After 6 years, Rohan and I have decided to part ways": a couple, not a band or an agency.
      end = i + 2;
      base = 0.75;
    } else if (['keeping', 'getting', 'get', 'keep'].includes(n) && ["i'm", 'im', 'i'].includes(look.norm(i - 1)) && next === 'the' && (SHARED_OUT.has(next2) || SPLIT_SHARES.has(next2)) && look.anyPhrase(Math.max(s.from, i - 14), i, [["she's", 'keeping', 'the'], ["he's", 'keeping', 'the'], ['shes', 'keeping', 'the'], ['hes', 'keeping', 'the'], ['she', 'gets', 'the'], ['he', 'gets', 'the'], ['she', 'keeps', 'the'], ['he', 'keeps', 'the']]) >= 0) {
      // "so she's keeping the flat and the dog and i'm keeping the debt on the joint card": a split shared out.
      end = i + 1;
      base = 0.75;
    } else if ((n === 'moved' || n === 'moving') && next === 'my' && ['stuff', 'things', 'boxes', 'clothes', 'bits'].includes(next2) && look.norm(i + 3) === 'out' && look.norm(i + 4) === 'of' && ['his', 'her'].includes(look.norm(i + 5)) && ['place', 'flat', 'house', 'apartment', 'apt'].includes(look.norm(i + 6)) && (coupleContext(look, all, i) || look.anyPhrase(all.from, all.to, [['chose', 'him'], ['chose', 'her']]) >= 0)) {
      // "moved my stuff out of his place today, the cat chose him".
      end = i + 7;
      base = 0.7;
    } else if (n === 'decree' && (next === 'absolute' || next === 'nisi' || next === 'final')) {
      // The court's order that ends a marriage.
      end = i + 2;
      base = 0.8;
    } else if (['found', 'saw', 'read', 'seen', 'finding'].includes(n) && ['the', 'his', 'her', 'their'].includes(next) && ['texts', 'messages', 'dms', 'emails', 'receipts', 'sexts'].includes(next2) && discoveryContext(look, all, i)) {
      // "Found the texts. Two years. With his 'work friend'.": a partner's affair discovered.
      end = i + 3;
      base = 0.7;
    } else if (n === 'separation' && ['the', 'my', 'our', 'a', 'trial'].includes(look.norm(i - 1)) && !['of', 'anxiety', 'distance'].includes(next) && (look.any(all.from, all.to, FIRST_PERSON) >= 0 || SIGNED.has(look.norm(s.from)))) {
      // "signed the separation agreement", "since the separation": the author's (not "separation of powers", a dog's "separation anxiety").
      end = ['agreement', 'papers'].includes(next) ? i + 2 : i + 1;
      base = 0.75;
    } else if (n === 'engagement' && (i === s.from || ['my', 'our', 'the'].includes(look.norm(i - 1))) && look.anyPhrase(i + 1, Math.min(s.to, i + 4), ENGAGEMENT_OFF) >= 0) {
      // "Engagement called off 2 weeks before the wedding", "our engagement is off".
      end = i + 1;
      base = 0.75;
    } else if (n === 'single' && next === 'again') {
      end = i + 2;
      base = 0.75;
    } else if ((n === "he's" || n === "she's" || ((n === 'he' || n === 'she') && next === 'has')) && look.norm(n.endsWith("'s") ? i + 1 : i + 2) === 'been' && CHEATING_VERBS.has(look.norm(n.endsWith("'s") ? i + 2 : i + 3)) && (coupleContext(look, all, i) || look.any(i, Math.min(s.to, i + 8), AFFAIR_PARTNERS) >= 0) && (look.any(all.from, all.to, FIRST_PERSON) >= 0 || look.any(all.from, all.to, TIME_SPANS) >= 0)) {
      // "he's been texting his ex the whole time", "Eight months he's been seeing her": a partner's affair.
      end = n.endsWith("'s") ? i + 3 : i + 4;
      base = 0.75;
    } else if (['kicked', 'threw', 'chucked'].includes(n) && ['him', 'her'].includes(next) && next2 === 'out' && !['of', 'for'].includes(look.norm(i + 3)) && (i === s.from || ['i', 'finally', 'just', 'officially'].includes(look.norm(i - 1)))) {
      // "Kicked him out. Craig, your stuff is in bin bags on the lawn".
      end = i + 3;
      base = 0.75;
    } else if (['taking', 'take', 'took', 'changing', 'change', 'changed', 'getting', 'got', 'going'].includes(n) && next === 'my' && (next2 === 'name' || (next2 === 'maiden' && look.norm(i + 3) === 'name')) && look.any(i + 3, Math.min(s.to, i + 6), BACK) >= 0) {
      // "taking my name back", "changing my name back on the passport": after a divorce.
      end = next2 === 'maiden' ? i + 4 : i + 3;
      base = 0.75;
    } else if (['took', 'taken', 'take', 'taking'].includes(n) && ['the', 'my'].includes(next) && next2 === 'ring' && look.norm(i + 3) === 'off' && coupleContext(look, all, i + 2)) {
      // "Took the ring off today. Eleven years and a tan line to show for it."
      end = i + 4;
      base = 0.7;
    } else if (n === 'single' && ['mam', 'mum', 'mom', 'mummy', 'mommy', 'dad', 'mother', 'father', 'parent'].includes(next) && (['as', 'now'].includes(look.norm(i - 2)) || ["i'm", 'im', 'newly'].includes(look.norm(i - 2)) || look.norm(i - 1) === 'newly' || (look.norm(i - 2) === 'officially' && look.norm(i - 1) === 'a')) && look.any(all.from, all.to, setOf(['first', 'now', 'newly', 'since', 'officially'])) >= 0 && !(look.norm(i + 2) === 'of' && (look.any(i + 3, Math.min(s.to, i + 6), ANIMALS) >= 0 || look.any(i + 3, Math.min(s.to, i + 6), NOT_PARTNERS) >= 0))) {
      // Not "a single mum of three puppies": a joke about pets.
      // "first christmas as a single mam": a family newly split.
      end = i + 2;
      base = 0.7;
    } else if ((n === 'marriage' && ['my', 'the', 'our'].includes(look.norm(i - 1)) && (['is', "'s", 'was'].includes(next) && ['over', 'dead', 'done', 'finished'].includes(next2))) || (n === 'so' && next === 'is' && next2 === 'the' && look.norm(i + 3) === 'marriage')) {
      // "my marriage is over", "Romance is dead, and so is the marriage".
      end = n === 'so' ? i + 4 : i + 3;
      base = 0.7;
    } else if (n === 'seeing' && next === 'someone') {
      end = i + 2;
      base = 0.7;
    } else if (n === 'ex' || n === 'ex-boyfriend' || n === 'ex-girlfriend' || n === 'ex-husband' || n === 'ex-wife') {
      // "my ex" with something happening: drama, an engagement, moving out.
      if (!['my', 'now', 'her', 'his'].includes(look.norm(i - 1)) || look.norm(i - 1) !== 'my' && look.norm(i - 1) !== 'now') continue;
      base = 0.6;
    } else if (look.is(i, RELATIONSHIP)) {
      if (n.startsWith('cheat')) {
        // "cheat day", "cheat sheet", "cheated the system", "I feel cheated": no partner.
        // "cheated on me", "cheating. again.", "he's been cheating for 8 months", "cheating with my friend", "cheating behind my back".
        if (!['on', '.', '!', 'again', 'for', 'with', 'behind', 'so'].includes(next) && !(look.tokens[i + 1]?.kind === 'punct') && i + 1 < s.to) continue;
        // "cheating at cards for years", "cheating on the exam": a game or a test, no partner.
        if (look.any(i + 1, Math.min(s.to, i + 7), CHEATED_AT) >= 0) continue;
        if (next === 'on' && !['me', 'her', 'him', 'us'].includes(next2)) continue;
        if (['feel', 'felt', 'i'].includes(look.norm(i - 1)) && next !== 'on') continue;
        const subject = look.any(Math.max(s.from, i - 4), i, setOf(['he', 'she', "he's", "she's", 'wife', 'husband', 'boyfriend', 'girlfriend', 'partner', 'ex', 'bf', 'gf']));
        if (subject < 0 && next !== 'on') continue;
      } else if (n.startsWith('separat') || n === 'split' || n.startsWith('splitting')) {
        // "separating the puppies", "split 3 ways": an object that is not a partner.
        const k = i + 1;
        if (next === 'up') end = i + 2;
        else if (next === 'with') {
          /* split with an ex */
        } else if (look.tokens[k] && look.tokens[k]!.kind !== 'punct' && k < s.to && !['after', 'for', 'from', 'today', 'and', 'last'].includes(next)) continue;
        const we = look.any(Math.max(s.from, i - 5), i, WE_AND_I);
        // "splitting with ex", "split from my husband": the partner named says whose split it is.
        const withPartner = ['with', 'from'].includes(next) && (PARTNERS.has(next2) || (['my', 'now'].includes(next2) && PARTNERS.has(look.norm(i + 3))));
        // "officially separated.", "finally divorced": the author's, with the subject left out after an adverb.
        const elided = look.tokens.slice(s.from, i).every((t) => ELIDED_OPENERS.has(t.norm));
        if (we < 0 && !elided && !withPartner) continue;
      } else if (n.startsWith('dump')) {
        // "got dumped", "officially dumped lol", "just been dumped": the author, the subject left out or passive.
        // Not when another is the subject: "the band got dumped by their label".
        const subject = look.norm(i - 2);
        const passive = ['got', 'been', 'officially', 'finally', 'just', 'getting', 'was', 'get'].includes(look.norm(i - 1)) && n === 'dumped' &&
          (i - 1 === s.from || FIRST_PERSON.has(subject) || ELIDED_OPENERS.has(subject) || ['just', 'lol', 'been', 'have', 'got', 'finally', 'officially'].includes(subject));
        if (!['me', 'him', 'her'].includes(next) && !passive) continue;
      } else if (n.startsWith('divorc')) {
        if (!objectOk(i + 1)) continue;
      } else if (n === 'custody') {
        // A custody hearing, fight or issue; custody of a thing is a joke ("He got custody of the jar", "share custody of the charger").
        if (next === 'of') {
          const k = ['the', 'my', 'our', 'his', 'her', 'their'].includes(next2) ? i + 3 : i + 2;
          const held = look.norm(k);
          if (!(CHILDREN.has(held) || FAMILY.has(held) || ANIMALS.has(held) || look.isName(k) || ['kids', 'children', 'boys', 'girls', 'twins', 'baby', 'little', 'youngest', 'eldest', 'two', 'three'].includes(held))) continue;
        }
      }
      base = 0.8;
    } else continue;
    // Someone else as the subject of "are", "is", "was" ("elora danan are breaking up"); "we are", "Tom and I are" are the author.
    if (['are', 'is', 'were', 'was'].includes(look.norm(i - 1)) && !FIRST_PERSON.has(look.norm(i - 2))) continue;
    // Someone addressed ("you're gonna have to break up with"), a thing ("My plants and I have broken up"), a joke of would ("We'd be 10 years divorced").
    const clause = look.r.clauseOf(i);
    if (look.any(clause.from, i, setOf(['you', "you're", 'u', 'ur', "you'll"])) >= 0) continue;
    const thing = look.any(s.from, i, NOT_PARTNERS);
    // "My plants and I have broken up", "me and my sourdough starter have broken up": the author and a thing.
    // The "and" must join the thing to the author ("my plants and I", "me and my sourdough"), not list it ("car died, and my boyfriend moved out").
    const andAfter = look.any(thing + 1, Math.min(i, thing + 4), AND);
    const andBefore = thing >= 0 ? look.any(Math.max(clause.from, thing - 4), thing, AND) : -1;
    const joined = (andAfter >= 0 && AUTHOR_SUBJECTS.has(look.norm(andAfter + 1))) || (andBefore >= 0 && AUTHOR_SUBJECTS.has(look.norm(andBefore - 1)));
    if (thing >= 0 && joined) continue;
    // "my oven and I are officially separated", "my bank account ... filed for divorce": the author's partner in it, or
    // its subject, is a thing (no person, partner, family word or name).
    if (thingCouple(look, clause, i)) continue;
    // "Got dumped by my gym": the one that did it is a thing.
    if (next === 'by' && look.any(i + 2, Math.min(s.to, i + 5), NOT_PARTNERS) >= 0) continue;
    if (look.anyPhrase(Math.max(s.from, i - 5), i, [["we'd", 'be'], ["i'd", 'be'], ['would', 'be']]) >= 0) base *= 0.45;
    // "Ross and Rachel split up": named people with no author in the sentence.
    if (namedBefore(look, i) && look.any(s.from, s.to, FIRST_PERSON) < 0 && !n.startsWith('mov')) continue;
    const cheat = n.startsWith('cheat') || (n === 'seeing' && next === 'someone') || (n === 'with' && next === 'me') || n.startsWith('mov') || ['moved', 'moving', 'left', 'leaving', 'walked', 'took', 'takes', 'taken'].includes(n) || n === "he's" || n === "she's" || n === 'he' || n === 'she' || n === 'custody';
    const { start, end: stop } = look.span(i, end);
    // "just not with me": the denial is the leaving.
    const c = judge(look, start, stop, 'relationship', base, look.r.text.slice(start, stop).toLowerCase(), true, false, cheat, n === 'with');
    if (c) out.push(c);
  }
  return out;
};

/** Words for a partner beside PARTNERS: "my other half", "the missus". */
const PARTNER_WORDS = setOf(['ex', 'wife', 'husband', 'bf', 'gf', 'fiance', 'fiancee', 'partner', 'other', 'half', 'man', 'woman', 'boyfriend', 'girlfriend', 'missus', 'mrs', 'hubby', 'wifey']);
/** Words that end the noun after "my" in "my bank account just saw...": "and", a verb, an adverb. */
const NOUN_ENDS = setOf(['and', 'n', '&', 'just', 'has', 'have', 'is', 'are', 'was', 'were', 'saw', 'filed', 'wants', 'finally', 'officially']);
/** The author as a subject. */
const AUTHOR_SUBJECTS = setOf(['i', "i'm", 'we', "we're", 'me', 'us', 'im']);

/** Whether the clause before a relationship word pairs the author with a thing, or makes a thing its subject. */
function thingCouple(look: Look, clause: Range, at: number): boolean {
  const person = (k: number) => PARTNERS.has(look.norm(k)) || FAMILY.has(look.norm(k)) || OTHER_NOUNS.has(look.norm(k)) || CHILDREN.has(look.norm(k)) || look.isName(k) || PARTNER_WORDS.has(look.norm(k));
  for (let k = clause.from; k < at - 2; k++) {
    if (!['my', 'our'].includes(look.norm(k))) continue;
    // The noun the possessive names: the last word before "and", or before the verb.
    let j = k + 1;
    while (j + 1 < at && look.tokens[j + 1]!.kind === 'word' && !NOUN_ENDS.has(look.norm(j + 1))) j++;
    if (person(j) || person(k + 1)) return false;
    const pairedWithMe = ['and', 'n', '&'].includes(look.norm(j + 1)) && ['i', 'me'].includes(look.norm(j + 2));
    const subject = k === clause.from && look.any(clause.from, at, AUTHOR_SUBJECTS) < 0;
    if (pairedWithMe || subject) return true;
  }
  return false;
}

/** Around "found the texts": another person in the partner's life, its years, or the author ending it ("I'm done"). */
function discoveryContext(look: Look, all: Range, at: number): boolean {
  for (let k = all.from; k < all.to; k++) {
    if (k >= at && k < at + 3) continue;
    const n = look.norm(k);
    if (["i'm", 'im', "we're"].includes(n) && ENDED.has(look.norm(k + 1))) return true;
    if ((n === 'work' || n === 'gym') && /^(?:friend|wife|husband)/.test(look.norm(k + 1))) return true;
    if (['affair', 'cheating', 'cheated', 'lying', 'lied'].includes(n)) return true;
  }
  return coupleContext(look, all, at);
}

/**
 * Whether a post speaks of a couple: a partner, a couple's word ("alone",
 * "single", "💔"), a partner moving out, or the years of it ("after 6 years",
 * "in 4 years"). `except` is the trigger's own token, not its context.
 */
function coupleContext(look: Look, all: Range, except = -1): boolean {
  for (let k = all.from; k < all.to; k++) {
    if (k === except) continue;
    if (look.is(k, COUPLE_CONTEXT) || (PARTNERS.has(look.norm(k)) && !['me', 'us', 'him', 'her', 'he', 'she'].includes(look.norm(k)))) return true;
    if (['moved', 'moving'].includes(look.norm(k)) && look.norm(k + 1) === 'out' && ['he', 'she'].includes(look.norm(k - 1))) return true;
    // What is shared out at the end: "she took the cat", "I'm keeping the dog".
    if (['took', 'takes', 'keeping', 'kept', 'gets', 'got'].includes(look.norm(k)) && look.norm(k + 1) === 'the' && SHARED_OUT.has(look.norm(k + 2)) && ['she', 'he', "i'm", 'i', "she's", "he's"].includes(look.norm(k - 1))) return true;
    if (['after', 'in', 'of'].includes(look.norm(k)) && (look.tokens[k + 1]?.kind === 'number' || COUPLE_YEARS.has(look.norm(k + 1))) && ['years', 'yrs', 'months'].includes(look.norm(k + 2))) return true;
    // "Eleven years, and she's moving out", "6 yrs and he's been texting his ex": the years opening a sentence.
    if ((look.tokens[k]?.kind === 'number' || COUPLE_YEARS.has(look.norm(k))) && ['years', 'yrs'].includes(look.norm(k + 1)) && look.r.sentences.some((x) => x.from === k)) return true;
  }
  return false;
}

/** What the author keeps of a split, beside SHARED_OUT: "i'm keeping the debt". */
const SPLIT_SHARES = setOf(['debt', 'debts', 'loan', 'mortgage', 'bills', 'flat', 'kids', 'children', 'ring']);
/** What a partner wants that leaves the author out: "a different life, just not with me". */
const LIFE_WANTS = setOf(['life', 'future', 'herself', 'himself', 'space', 'different', 'someone', 'forever']);
/** What an excuse in quotation marks turns out to mean: another person, a dating app. */
const CHEAT_OBJECTS = setOf(['tinder', 'bumble', 'hinge', 'grindr', 'seeing', 'sleeping', 'shagging', 'cheating', 'affair', 'someone', 'texting', 'sexting']);

/** What an ex does to the author: turns up, keeps texting, won't stop, is blocked. */
function exActs(look: Look, s: Range, i: number): boolean {
  // The ex is the subject: its verb right after it, or after an adverb ("ex just turned up"); not "the ex president".
  let k = i + 1;
  while (k < Math.min(s.to, i + 4) && ['just', 'has', 'had', 'finally', 'literally', 'actually', 'now', 'randomly', 'only', 'again', 'is', 'has', 'suddenly'].includes(look.norm(k))) k++;
  const n = look.norm(k);
  if (['turned', 'showed', 'rocked', 'turns', 'shows', 'turning', 'showing'].includes(n) && look.norm(k + 1) === 'up') return true;
  return ['keeps', 'kept', "won't", 'wont', 'texted', 'rang', 'messaged', 'emailed', 'threatened', 'reported'].includes(n);
}

/** Who else parts ways with the author, when it is not a partner: "the band and I", "me and my agency". */
const NOT_COUPLES = setOf(['band', 'agency', 'agent', 'club', 'company', 'team', 'label', 'management', 'publisher', 'employer', 'firm', 'coach', 'manager', 'sponsor', 'sponsors', 'brand', 'podcast', 'show', 'channel', 'studio', 'school', 'church', 'group']);
/** "we've decided to part ways", "Rohan and I have parted ways": the author and a partner, with a couple's life around it. */
function partWays(look: Look, s: Range, all: Range, i: number): boolean {
  const from = Math.max(s.from, i - 8);
  if (look.any(from, i, WE_AND_I) < 0) return false;
  if (look.any(s.from, s.to, NOT_COUPLES) >= 0) return false;
  // "Rohan and I": a name with the author.
  let named = false;
  for (let k = from; k < i - 1 && !named; k++) if (look.isName(k) && look.norm(k + 1) === 'and' && ['i', 'me'].includes(look.norm(k + 2))) named = true;
  return named || coupleContext(look, all, i);
}

/** Whether a partner, not the author, is the one leaving at `i`: "he", "she's", "my wife", a name, right before it. */
function leftBy(look: Look, s: Range, i: number): boolean {
  let k = i - 1;
  if (['just', 'finally', 'actually', 'suddenly', 'is', 'has', 'had'].includes(look.norm(k))) k--;
  if (k < s.from) return false;
  const who = look.norm(k);
  if (['he', 'she', "he's", "she's", 'hes', 'shes'].includes(who)) return true;
  if (PARTNERS.has(who) && look.norm(k - 1) === 'my') return true;
  // "my boyfriend of 4 years left": the partner a few words back.
  for (let j = k; j >= Math.max(s.from, k - 4); j--) if (PARTNERS.has(look.norm(j)) && !['me', 'us', 'him', 'her', 'he', 'she'].includes(look.norm(j)) && look.norm(j - 1) === 'my') return true;
  return false;
}

/** Whether the leaving at `i` is the author's partner leaving them: "left me", "leaving me for", "walked out on us", "he left." at a clause's end. */
function partnerLeft(look: Look, s: Range, i: number): boolean {
  const n = look.norm(i);
  const next = look.norm(i + 1);
  const next2 = look.norm(i + 2);
  // "she's leaving me for a month": a trip, not a break-up.
  if ((next === 'me' || next === 'us') && next2 === 'for' && ['month', 'months', 'week', 'weeks', 'weekend', 'day', 'days', 'year', 'summer', 'bit', 'while', 'fortnight', 'night', 'tour', 'trip', 'work'].some((w) => look.norm(i + 3) === w || look.norm(i + 4) === w)) return false;
  if (next === 'me' || next === 'us') return !['a', 'an', 'the', 'some', 'with', 'speechless', 'alone', 'hanging', 'on', 'in', 'out', 'behind', 'my', 'our', 'his', 'her', 'two', 'three', 'this', 'that', 'feeling', 'wanting', 'to'].includes(next2) && look.tokens[i + 2]?.kind !== 'number';
  if (n === 'walked' && next === 'out') return next2 !== 'of' && !['to', 'into', 'onto', 'the'].includes(next2);
  if (n !== 'left') return false;
  // "he left two weeks after my diagnosis": how soon after what.
  if ((look.tokens[i + 1]?.kind === 'number' || COUPLE_YEARS.has(next) || next === 'a') && ['days', 'weeks', 'months', 'week', 'day', 'month'].includes(next2) && ['after', 'before'].includes(look.norm(i + 3))) return true;
  // "he left." or "he left, took the car": the leaving with nothing after it, in a short sentence or before what went with them.
  if (!(i + 1 >= s.to || look.tokens[i + 1]!.kind === 'punct')) return false;
  if (s.to - s.from <= 4) return true;
  for (let k = i + 2; k < Math.min(s.to, i + 5); k++) {
    if (['packed', 'emptied', 'cleared'].includes(look.norm(k))) return true;
    if (['took', 'taking'].includes(look.norm(k)) && ['the', 'our', 'my', 'both'].includes(look.norm(k + 1)) && SHARED_OUT.has(look.norm(k + 2)) && !['to', 'for', 'out', 'back', 'round'].includes(look.norm(k + 3))) return true;
  }
  return false;
}

/** What a couple shares out when it ends. */
const SHARED_OUT = setOf(['dog', 'cat', 'kids', 'house', 'flat', 'car', 'telly', 'tv', 'sofa', 'couch', 'record', 'records', 'plants']);

/** A date or day that an absence runs to: "the 9th", "Sunday", "July 9", "March 2", "Labor Day". Returns the index after it, or -1. */
function dateAt(look: Look, i: number): number {
  const n = look.norm(i);
  const t = look.tokens[i];
  if (!t) return -1;
  if (n === 'the' && look.tokens[i + 1]?.kind === 'number' && /^\d{1,2}(?:st|nd|rd|th)$/.test(look.norm(i + 1))) return i + 2;
  // "23rd Dec", "3rd of March": the month is part of the date.
  if (t.kind === 'number' && /^\d{1,2}(?:st|nd|rd|th)$/.test(n)) return MONTHS.has(look.norm(i + 1)) ? i + 2 : look.norm(i + 1) === 'of' && MONTHS.has(look.norm(i + 2)) ? i + 3 : i + 1;
  // "1 March", "30 April": a plain day before its month.
  if (t.kind === 'number' && /^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 31 && MONTHS.has(look.norm(i + 1))) return i + 2;
  if (t.kind === 'number' && /^\d{1,2}[/.]\d{1,2}$/.test(n)) return i + 1;
  if (WEEKDAYS.has(n)) return i + 1;
  if (MONTHS.has(n) && look.tokens[i + 1]?.kind === 'number') return i + 2;
  if (n === 'next' && (WEEKDAYS.has(look.norm(i + 1)) || DURATIONS.has(look.norm(i + 1)))) return i + 2;
  if (FEASTS.has(n) && (look.norm(i + 1) === 'day' || n === 'christmas' || n === 'easter')) return i + 2;
  if (n === 'half' && look.norm(i + 1) === 'term') return i + 2;
  return -1;
}

/** A stretch of time: "for a fortnight", "for 2 weeks", "two weeks in", "10 days", "a month". Returns the index after it, or -1. */
function durationAt(look: Look, i: number): number {
  const n = look.norm(i);
  const t = look.tokens[i];
  if (!t) return -1;
  const count = t.kind === 'number' || ['a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'few', 'couple'].includes(n);
  if (count && DURATIONS.has(look.norm(i + 1))) return i + 2;
  // "3 whole weeks", "two full weeks".
  if (count && ['whole', 'full', 'entire', 'long'].includes(look.norm(i + 1)) && DURATIONS.has(look.norm(i + 2))) return i + 3;
  if (n === 'a' && look.norm(i + 1) === 'fortnight') return i + 2;
  // "for a 8 days": a slip of the keyboard.
  if (n === 'a' && look.tokens[i + 1]?.kind === 'number' && DURATIONS.has(look.norm(i + 2))) return i + 3;
  if ((n === 'all' || n === 'whole') && ['week', 'weekend', 'month', 'summer'].includes(look.norm(i + 1))) return i + 2;
  // "for the long weekend", "for the whole of August", "for the bank holiday weekend".
  if (n === 'the' && ['long', 'whole', 'entire'].includes(look.norm(i + 1)) && ['week', 'weekend', 'month', 'summer'].includes(look.norm(i + 2))) return i + 3;
  if (n === 'the' && look.norm(i + 1) === 'bank' && look.norm(i + 2) === 'holiday') return look.norm(i + 3) === 'weekend' ? i + 4 : i + 3;
  return -1;
}

const STAY_STARTS: readonly (readonly string[])[] = ['from', 'starting'].flatMap((w) => ['tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'next'].map((d) => [w, d]));
const PAST_STAY: readonly (readonly string[])[] = [['last', 'year'], ['last', 'summer'], ['last', 'month'], ['last', 'week'], ['last', 'time'], ['ago'], ['were', 'the'], ['was', 'the'], ['back', 'in']];

/** Hiding places of a key that say it only with the household away: "in the fake rock", "the wee box by the gas meter". */
/** The home, by its kind: "house just sitting there", "the flat is locked up". */
const DWELLINGS = setOf(['house', 'flat', 'place', 'home', 'apartment']);
const KEY_HIDING = setOf(['rock', 'box', 'meter', 'shed', 'gnome', 'flowerpot', 'plant', 'porch', 'doormat', 'bin', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'door']);
const SOMEWHERE = setOf(['in', 'at', 'away', 'on', 'abroad']);
const WHILE_AWAY: readonly (readonly string[])[] = [['while', "we're"], ['while', 'we', 'are'], ['while', "i'm"], ['while', 'i', 'am'], ['while', 'we'], ['whilst', "we're"]];
/** "while we're in Cornwall", "while we're down in Perth": the household somewhere else. */
function whileAway(look: Look, all: Range): boolean {
  const k = look.anyPhrase(all.from, all.to, WHILE_AWAY);
  return k >= 0 && look.any(k + 2, Math.min(all.to, k + 6), SOMEWHERE) >= 0;
}

/** Where a key is left for someone: "under the mat", "in the lockbox", "the key safe code". */
const KEY_PLACES = setOf(['under', 'mat', 'pot', 'code', 'spot', 'behind', 'lockbox', 'keysafe', 'key-safe', 'safe', 'letterbox', 'planter']);

/**
 * Whether an absence word means away: not "passed away" (a death), and "off" only as a going ("we're off to Crete",
 * "off on holiday", "heading off"), not a price ("20% off adoption fees") or a day off.
 */
function awayAt(look: Look, k: number): boolean {
  const n = look.norm(k);
  if (n === 'away') return !['passed', 'past', 'pass', 'passing', 'passes'].includes(look.norm(k - 1));
  if (n !== 'off') return true;
  const before = look.norm(k - 1);
  if (/^\d|%$/.test(before) || before === 'percent') return false;
  return ['to', 'on', 'abroad', 'camping', 'travelling', 'traveling', 'away'].includes(look.norm(k + 1)) || ["we're", "i'm", 'we', 'are', 'am', 'heading', 'head', 'headed', 'jetting', 'finally', 'were'].includes(before);
}

/** travel: the household away with a return date or a stretch of time, or the home said to be empty, locked up or open. */
/** Someone else minding the home: "has the key", "is feeding the cat", "is doing the bins". */
const MINDING: readonly (readonly string[])[] = [['has', 'the', 'key'], ['has', 'our', 'key'], ['has', 'the', 'keys'], ['has', 'got', 'the', 'key'], ['is', 'feeding'], ['is', 'watering'], ['is', 'doing', 'the', 'bins'], ["'s", 'doing', 'the', 'bins'], ['is', 'keeping', 'an', 'eye'], ['is', 'house', 'sitting'], ['is', 'house-sitting']];
/** Farewells before a return date: "see ya portland", "bye all". */
const FAREWELLS: readonly (readonly string[])[] = [['see', 'ya'], ['see', 'you'], ['bye'], ['goodbye'], ['ciao'], ['adios'], ['cya']];
/** Where a stay of some weeks is a trip: "three weeks on the water", "on the road". */
const AT_SEA = setOf(['water', 'road', 'boat', 'ship', 'sea', 'cruise', 'ocean', 'river', 'canals', 'slopes']);
const travel: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  let when = -1;
  let whenEnd = -1;
  let strength = 0;
  for (let i = s.from; i < s.to && when < 0; i++) {
    const n = look.norm(i);
    if (UNTIL.has(n) && look.norm(i + 1) === 'the' && ['following', 'next'].includes(look.norm(i + 2)) && WEEKDAYS.has(look.norm(i + 3))) {
      // "we wont be back till the following wednesday".
      when = i;
      whenEnd = i + 4;
      strength = 0.75;
    } else if (UNTIL.has(n) && dateAt(look, i + 1) > 0) {
      when = i;
      whenEnd = dateAt(look, i + 1);
      strength = 0.75;
    } else if ((n === 'back' || n === 'home' || n === 'return' || n === 'returning') && (dateAt(look, i + 1) > 0 || (['on', 'by', 'in'].includes(look.norm(i + 1)) && dateAt(look, i + 2) > 0))) {
      when = i;
      whenEnd = dateAt(look, i + 1) > 0 ? dateAt(look, i + 1) : dateAt(look, i + 2);
      strength = 0.7;
    } else if ((n === 'work' || n === 'office') && ['to', 'at'].includes(look.norm(i - 1)) && (dateAt(look, i + 1) > 0 || (['on', 'by'].includes(look.norm(i + 1)) && dateAt(look, i + 2) > 0))) {
      // "don't want to go back to work on tues", "back at work Monday": the day the trip ends.
      when = i;
      whenEnd = dateAt(look, i + 1) > 0 ? dateAt(look, i + 1) : dateAt(look, i + 2);
      strength = 0.6;
    } else if (n === 'for' && durationAt(look, i + 1) > 0) {
      when = i;
      whenEnd = durationAt(look, i + 1);
      strength = 0.6;
    } else if (dateAt(look, i) > 0 && ['-', '–', '—', 'to', 'thru'].includes(look.norm(dateAt(look, i))) && dateAt(look, dateAt(look, i) + 1) > 0 && /\d/.test(look.r.text.slice(look.tokens[i]!.start, look.tokens[dateAt(look, i) - 1]!.end))) {
      // "away 23rd Dec – 2nd Jan": a range of dates.
      when = i;
      whenEnd = dateAt(look, dateAt(look, i) + 1);
      strength = 0.75;
    } else if (n === 'from' && dateAt(look, i + 1) > 0 && look.norm(dateAt(look, i + 1)) === 'to') {
      when = i;
      whenEnd = dateAt(look, dateAt(look, i + 1) + 1);
      strength = 0.75;
    } else if (durationAt(look, i) > 0 && !['twice', 'once', 'times', 'per', 'thrice'].includes(look.norm(i - 1)) && (['in', 'at', 'starting', 'camping', 'from'].includes(look.norm(durationAt(look, i))) || (look.norm(durationAt(look, i)) === 'on' && look.norm(durationAt(look, i) + 1) === 'the' && AT_SEA.has(look.norm(durationAt(look, i) + 2))))) {
      // "three weeks in Crete", "three weeks on the water" (not "a week away", which is time till something).
      when = i;
      whenEnd = durationAt(look, i);
      strength = 0.6;
    } else if (n === 'see' && ['you', 'ya', 'u', "y'all", 'yall'].includes(look.norm(i + 1))) {
      // "see you in a fortnight", "see you all in 3 weeks", "see ya lot on the 9th".
      const k = ['all', 'lot', 'guys', 'lads'].includes(look.norm(i + 2)) ? i + 3 : i + 2;
      if (!['on', 'in'].includes(look.norm(k)) || !(dateAt(look, k + 1) > 0 || durationAt(look, k + 1) > 0)) continue;
      when = i;
      whenEnd = Math.max(dateAt(look, k + 1), durationAt(look, k + 1));
      strength = 0.65;
    } else if (n === 'back' && look.norm(i + 1) === 'the' && ['following', 'next'].includes(look.norm(i + 2)) && (WEEKDAYS.has(look.norm(i + 3)) || look.norm(i + 3) === 'week')) {
      // "off to Disney on Friday, back the following Sunday".
      when = i;
      whenEnd = i + 4;
      strength = 0.7;
    } else if (WEEKDAYS.has(n) && n !== 'weekend' && ['to', '-', '–', 'till', 'til', 'until', 'thru'].includes(look.norm(i + 1)) && WEEKDAYS.has(look.norm(i + 2))) {
      // "Thurs to Tues": a range of days away.
      when = i;
      whenEnd = i + 3;
      strength = 0.7;
    } else if (/^\d{1,2}\/\d{1,2}-\d{1,2}(?:st|nd|rd|th)?$/.test(look.r.text.slice(look.tokens[i]!.start, look.tokens[i + 2]?.end ?? look.tokens[i]!.end).replace(/\s/g, ''))) {
      when = i;
      whenEnd = i + 3;
      strength = 0.6;
    }
  }
  // Whether the post says the household goes away, or the home is left empty.
  // "passed away" is a death, not an absence.
  let away = look.any(all.from, all.to, AWAY);
  while (away >= 0 && !awayAt(look, away)) away = look.any(away + 1, all.to, AWAY);
  const empty = look.any(all.from, all.to, HOUSE_EMPTY);
  const work = look.any(s.from, s.to, setOf(['work', 'office', 'school', 'shift', 'inbox', 'meeting', 'class']));
  // Someone else's trip: "Unable to reach for 3 days b/c of his cell phone".
  if (look.any(s.from, s.to, OTHER_SUBJECTS) >= 0 && look.any(all.from, all.to, FIRST_PERSON) < 0) return out;
  if (when >= 0) {
    const words = look.norm(when);
    // "back on Monday" alone is as often work; an absence word or an empty house makes it a trip.
    // "Not home till the 28th" is away too.
    const notHome = look.anyPhrase(s.from, s.to, [['not', 'home'], ['not', 'back'], ['away', 'from', 'home']]) >= 0;
    // "Three weeks in Canada from tomorrow": a stay somewhere named, from a day on.
    const stayFrom = durationAt(look, when) > 0 && look.norm(durationAt(look, when)) === 'in' && capitalWord(look, durationAt(look, when) + 1) && look.anyPhrase(whenEnd, Math.min(s.to, whenEnd + 5), STAY_STARTS) >= 0;
    // A stay that is over: "Ten days in Portugal last year were the best".
    const past = look.anyPhrase(whenEnd, Math.min(s.to, whenEnd + 6), PAST_STAY) >= 0;
    if (past) return out;
    // "see ya portland 👋 back on the 19th": a farewell, then the day of return.
    // "the show is back on the 19th": something else returns.
    if (words === 'back' && ['is', 'are', "it's", 'its'].includes(look.norm(when - 1)) && !['i', 'we', "i'm", "we're"].includes(look.norm(when - 2))) return out;
    const farewell = words === 'back' && (look.anyPhrase(all.from, all.to, FAREWELLS) >= 0 || look.tokens.slice(all.from, all.to).some((t) => t.text === '👋' || t.text.startsWith('✈')));
    const trip = away >= 0 || empty >= 0 || notHome || stayFrom || farewell || (words === 'back' && /\d/.test(look.norm(whenEnd - 1)));
    if (trip && !(work >= 0 && away < 0 && empty < 0 && !stayFrom)) {
      const { start, end } = look.span(when, Math.max(when + 1, whenEnd));
      // A denial does not undo a return date: "not back till the 9th", "don't want to go to work on tues".
      // "Mrs Kavanagh next door has the key and is feeding Biscuit ... from the 18th till the 2nd. here we come": the dates
      // are said in the minder's clause, the absence is the household's.
      const minded = look.anyPhrase(all.from, all.to, MINDING) >= 0 && look.any(all.from, all.to, setOf(['we', "we're", 'our', 'us'])) >= 0;
      const c = judge(look, start, end, 'travel', strength + (empty >= 0 ? 0.1 : 0), words, true, false, minded, true);
      if (c) out.push(c);
      return out;
    }
    // A return day that says no trip by itself ("we're back Sunday night"): the key or the empty house may still.
  }
  // No date: the house said to be empty, locked up or watched while away, or where the key is. Advice ("Hide a spare key under the mat? Never.") is not one's own.
  if (look.any(all.from, all.to, ADVICE) >= 0) return out;
  for (let i = s.from; i < s.to; i++) {
    const n = look.norm(i);
    let end = -1;
    if ((n === 'empty' || n === 'locked') && look.any(Math.max(s.from, i - 5), i, DWELLINGS) >= 0 && (away >= 0 || (n === 'locked' && look.norm(i + 1) === 'up'))) end = i + 1;
    // "spare key's under the frog"; not key safes in general ("Key safes look so obvious").
    else if ((n === 'key' || n === 'key\'s' || n === 'keys') && look.any(i + 1, Math.min(s.to, i + 8), KEY_PLACES) >= 0 && !(look.norm(i + 1) === 'safes' || (look.norm(i + 1) === 'safe' && i === s.from))) end = i + 1;
    // "spare key's in the fake rock by the back door ... while we're in Cornwall": a hiding place, with the household away.
    else if ((n === 'key' || n === 'key\'s' || n === 'keys') && (away >= 0 || whileAway(look, all)) && look.any(i + 1, Math.min(s.to, i + 9), KEY_HIDING) >= 0) end = i + 1;
    // "Lockbox code for the side gate is 4471": the code of a key safe, with a number after it.
    else if (['lockbox', 'keysafe', 'key-safe', 'keybox'].includes(n) && look.tokens.slice(i + 1, Math.min(s.to, i + 9)).some((t) => t.kind === 'number')) end = i + 1;
    else if (n === 'nobody' && ['home', 'in'].includes(look.norm(i + 2)) ) end = i + 3;
    else if (n === 'itself' && look.norm(i - 2) === 'house') end = i + 1;
    else if ((n === 'sitter' && look.norm(i - 1) === 'house') || n === 'house-sitter' || n === 'housesitter') end = i + 1;
    // "house just sitting there", "the flat sitting empty": the home left, with the household away.
    else if (n === 'sitting' && ['there', 'empty'].includes(look.norm(i + 1)) && away >= 0 && look.any(Math.max(s.from, i - 4), i, DWELLINGS) >= 0) end = i + 2;
    else if (n === 'eye' && look.norm(i + 2) === 'the' && look.norm(i + 3) === 'house') end = i + 4;
    if (end < 0) continue;
    const { start, end: stop } = look.span(n === 'nobody' || n === 'eye' ? i : Math.max(s.from, i - 1), end);
    const c = judge(look, start, stop, 'travel', 0.65, n, true);
    if (c) out.push(c);
    break;
  }
  return out;
};

/** A date of birth's day and month (and year when given): "29/02/1996", "1 April 1987", "Feb 29, 1992", "the 14th of October", "June 22", "8th June". */
function birthDateAt(look: Look, i: number): { end: number; year: boolean } | undefined {
  const t = look.tokens[i];
  if (!t) return undefined;
  const n = look.norm(i);
  const year = (k: number) => look.tokens[k]?.kind === 'number' && /^(?:19\d\d|200\d|201\d)$/.test(look.norm(k));
  const dayNum = (k: number) => look.tokens[k]?.kind === 'number' && /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(look.norm(k));
  if (t.kind === 'number' && /^\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|20[01]\d)$/.test(n)) return { end: i + 1, year: true };
  if (t.kind === 'number' && /^(?:19\d\d|20[01]\d)$/.test(n) && look.norm(i + 1) === '-' && /^\d\d$/.test(look.norm(i + 2)) && look.norm(i + 3) === '-' && /^\d\d$/.test(look.norm(i + 4)) && look.tokens[i + 1]!.start === t.end) return { end: i + 5, year: true };
  // "21-07-1995": the tokenizer splits a date written with hyphens.
  if (t.kind === 'number' && /^\d{1,2}$/.test(n) && look.norm(i + 1) === '-' && /^\d{1,2}$/.test(look.norm(i + 2)) && look.norm(i + 3) === '-' && /^(?:19\d\d|20[01]\d)$/.test(look.norm(i + 4)) && look.tokens[i + 4]!.start === look.tokens[i + 2]!.end + 1 && look.tokens[i + 1]!.start === t.end) return { end: i + 5, year: true };
  const skip = (k: number) => (look.norm(k) === ',' ? k + 1 : k);
  if (MONTHS.has(n) && n !== 'may' && dayNum(i + 1)) {
    const k = skip(i + 2);
    return year(k) ? { end: k + 1, year: true } : { end: i + 2, year: false };
  }
  if (n === 'may' && dayNum(i + 1) && year(skip(i + 2))) return { end: skip(i + 2) + 1, year: true };
  let k = i;
  if (n === 'the') k++;
  if (dayNum(k)) {
    let m = k + 1;
    if (look.norm(m) === 'of') m++;
    if (MONTHS.has(look.norm(m))) {
      const y = skip(m + 1);
      return year(y) ? { end: y + 1, year: true } : { end: m + 1, year: false };
    }
  }
  if (n === 'christmas' && look.norm(i + 1) === 'eve') return { end: i + 2, year: false };
  return undefined;
}

/**
 * Whether the date of birth belongs to someone else: "Elvis was born 8 January 1935 ... happy birthday King", "Grandad's
 * 90th today! born 2 May 1936": a person named as the one born, a person named before a "born" with its subject left out
 * and no word of the author's, or a birthday wished to someone.
 */
function someoneElsesBirth(look: Look, dateAt: number, cue: number): boolean {
  const ds = look.r.sentenceOf(dateAt);
  const born = look.any(ds.from, dateAt, setOf(['born']));
  if (born >= 0 && (namedBefore(look, born) || look.any(look.r.clauseOf(born).from, born, OTHER_SUBJECTS) >= 0)) return true;
  // "my nan turned 90 on the 3rd of May": a "my" before a person is that person's, not the author in the sentence.
  const authorIn = (r: Range) => {
    for (let k = look.any(r.from, r.to, setOf(['i', "i'm", 'im', 'me', 'my', 'mine', 'myself'])); k >= 0; k = look.any(k + 1, r.to, setOf(['i', "i'm", 'im', 'me', 'my', 'mine', 'myself']))) {
      const next = look.norm(k + 1).replace(/['’]s$/, '');
      if (!(look.norm(k) === 'my' && (FAMILY.has(next) || OTHER_NOUNS.has(next)))) return true;
    }
    return false;
  };
  if (!authorIn(ds)) {
    const before = look.r.sentences.find((x) => x.to === ds.from);
    for (let k = before ? before.from : ds.from; k < dateAt; k++) {
      const bare = look.norm(k).replace(/['’]s$/, '');
      // "Grandad's 90th", "my dad turns 80": a person's own ("Leap year baby here!" is the author).
      if ((FAMILY.has(bare) || OTHER_NOUNS.has(bare)) && (/['’]s$/.test(look.tokens[k]!.text) || ['my', 'our', 'his', 'her', 'their'].includes(look.norm(k - 1)))) return true;
    }
  }
  // "Happy 7th birthday to our Ruby, born 2 May 2019": wished to someone of the family, not "to me".
  const wished = look.r.sentenceOf(cue);
  for (let k = wished.from; k < Math.min(wished.to, cue + 4); k++) {
    if (look.norm(k) === 'to' && ['our', 'my', 'the', 'his', 'her'].includes(look.norm(k + 1)) && look.norm(k + 1) !== 'me' && look.any(wished.from, k, setOf(['happy'])) >= 0) return true;
  }
  // A past long gone: "MLK was born January 15, 1929" is history, not a post about one's own birth.
  const years = look.tokens.slice(ds.from, ds.to).filter((t) => t.kind === 'number' && /^(?:1[0-8]\d\d|19[0-2]\d)$/.test(t.norm));
  if (years.length) return true;
  // "happy birthday King": wished to someone, not "happy birthday to me".
  return look.norm(cue) === 'birthday' && look.norm(cue - 1) === 'happy' && !(look.norm(cue + 1) === 'to' && look.norm(cue + 2) === 'me') && !authorIn(look.r.sentenceOf(cue));
}

/** birthdate: the author's own date of birth with the year, or a day of birth with the age. */
const AGE_WORDS = setOf(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** What "N years" counts when it is no age: "30 years married", "10 years sober". */
const YEARS_OF = setOf(['married', 'together', 'wed', 'sober', 'clean', 'service', 'experience', 'later', 'younger', 'older', 'apart', 'running', 'since', 'of', 'in', 'at', 'on']);
const AGE_ON_BEFORE = setOf(['officially', 'finally', 'be', 'being', 'turn', 'turning', 'hitting']);
const AGE_UNITS = setOf(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** An age in words, as one token ("thirty-five") or two ("twenty five"): the token after it, or -1. */
function ageWordsEnd(look: Look, i: number): number {
  const n = look.norm(i);
  const [tens, unit] = n.split('-');
  if (!AGE_WORDS.has(tens!)) return -1;
  if (unit !== undefined) return AGE_UNITS.has(unit) ? i + 1 : -1;
  return AGE_UNITS.has(look.norm(i + 1)) ? i + 2 : i + 1;
}
/**
 * An age the author states, as the index after it, or -1: "turning 40", "I'm 52", "I'll be 40", "Sixty-five tomorrow",
 * "25 today", "the big 4-0", "my 40th birthday".
 */
function statedAge(look: Look, i: number): number {
  const n = look.norm(i);
  const twoDigits = (k: number) => look.tokens[k]?.kind === 'number' && /^\d{1,2}$/.test(look.norm(k));
  if (['turning', 'turn', 'turns', 'hit', "i'm", 'im'].includes(n) && twoDigits(i + 1)) return i + 2;
  if (n === 'be' && ["i'll", 'ill', 'will', "i'd"].includes(look.norm(i - 1)) && twoDigits(i + 1)) return i + 2;
  // "Sixty-five tomorrow", "25 today".
  const end = twoDigits(i) ? i + 1 : ageWordsEnd(look, i);
  if (end > i && ['today', 'tomorrow'].includes(look.norm(end))) return end + 1;
  // "big 4-0 this Sat", "my big 50": said as the author's own (not "the big 3-0 sale", "our anniversary, the big 4-0").
  if (n === 'big' && look.tokens[i + 1]?.kind === 'number' && (i === look.r.sentenceOf(i).from || ['my', 'me', "it's", 'its'].includes(look.norm(i - 1)))) {
    if (look.norm(i + 2) === '-' && look.norm(i + 3) === '0') return i + 4;
    if (/^[2-9]0$/.test(look.norm(i + 1))) return i + 2;
  }
  // "my 40th birthday": an age of a grown-up (a child's "7th birthday" is not the author's).
  const ordinal = /^(\d{2})(?:st|nd|rd|th)$/.exec(n);
  if (ordinal && Number(ordinal[1]) >= 13 && ['birthday', 'bday'].includes(look.norm(i + 1)) && ['my', 'our'].includes(look.norm(i - 1))) return i + 2;
  // "my 30th is on the 21st of march": the birthday left unsaid (not "our 30th", an anniversary).
  if (ordinal && Number(ordinal[1]) >= 13 && look.norm(i - 1) === 'my' && ((['is', "'s"].includes(look.norm(i + 1)) && look.norm(i + 2) === 'on') || look.norm(i + 1) === 'on')) return i + 1;
  return -1;
}

/**
 * "Officially 40 on 1st October", "thirty on 2 Feb", "turning thirty-five on the 9th of March": an age, opening its
 * sentence or after "officially" or "turning", then "on" and a day.
 */
function ageOn(look: Look, s: Range, i: number): boolean {
  const n = look.norm(i);
  const after = look.tokens[i]?.kind === 'number' && /^\d{1,2}$/.test(n) ? i + 1 : ageWordsEnd(look, i);
  if (after < 0) return false;
  if (look.norm(after) !== 'on' || birthDateAt(look, after + 1) === undefined) return false;
  let first = s.from;
  while (first < s.to && look.tokens[first]!.kind !== 'word' && look.tokens[first]!.kind !== 'number') first++;
  return i === first || AGE_ON_BEFORE.has(look.norm(i - 1));
}

const birthdate: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  let date: { at: number; end: number; year: boolean } | undefined;
  for (let i = all.from; i < all.to && !date; i++) {
    const d = birthDateAt(look, i);
    if (d && (d.year || !date)) date = { at: i, ...d };
  }
  if (!date) return out;
  // The birth word of this sentence, or an age: "turning 40 on", "Hit 35", "I'm 52", "25 today", "33 years".
  let cue = -1;
  let age = false;
  for (let i = s.from; i < s.to && cue < 0; i++) {
    const n = look.norm(i);
    // "I'm a leap baby", "leap year baby": born on the 29th of February.
    if (BIRTH.has(n) || (n === 'date' && look.norm(i + 1) === 'of' && look.norm(i + 2) === 'birth') || (n === 'leap' && ['baby', 'babies', 'year', 'day'].includes(look.norm(i + 1)))) cue = i;
    else if (statedAge(look, i) > i) {
      cue = i;
      age = true;
    } else if (ageOn(look, s, i)) {
      // "Turning thirty-five on": the cue starts at "Turning", which opening the sentence in capitals is no one's name.
      cue = ['turning', 'hitting'].includes(look.norm(i - 1)) && i - 1 >= s.from ? i - 1 : i;
      age = true;
    } else if (look.tokens[i]?.kind === 'number' && /^\d{1,2}$/.test(n) && (look.norm(i + 1) === 'today' || (look.norm(i + 1) === 'years' && look.norm(i + 2) !== 'ago' && !YEARS_OF.has(look.norm(i + 2)) && !['in', 'for', 'last', 'past', 'over', 'than', 'about'].includes(look.norm(i - 1))))) {
      cue = i;
      age = true;
    }
  }
  if (cue < 0) return out;
  const dateInSentence = date.at >= s.from && date.at < s.to;
  if (!date.year && !age && look.any(all.from, all.to, setOf(['today', 'birthday'])) < 0) return out;
  if (!date.year) {
    // A day without a year counts with an age of the author somewhere in the post.
    let hasAge = age || look.ageElsewhere;
    for (let i = all.from; i < all.to && !hasAge; i++) {
      const n = look.norm(i);
      if (statedAge(look, i) > i || (/^\d{1,2}$/.test(n) && look.norm(i + 1) === 'years') || ageOn(look, look.r.sentenceOf(i), i)) hasAge = true;
    }
    if (!hasAge) return out;
  }
  // A date of birth asked for, then given: "DOB. me, for the 400th time: 12/09/1988", "'date of birth?' fine. 1994-07-23."
  // The date opens the next sentence or follows its colon; any other date there is another date ("Deadline 12/09/2019").
  const askedThenGiven = date.year && ['dob', 'date', 'd.o.b'].includes(look.norm(cue)) && date.at >= s.to && look.r.sentenceOf(date.at).from === s.to && (date.at === s.to || look.norm(date.at - 1) === ':');
  if (!dateInSentence && !age && look.norm(cue) !== 'birthday' && !askedThenGiven) return out;
  // Someone else's: "my grandfather was born", "The Queen was born", "Meet Max! Born ..., he's our longest resident", a dog.
  if (look.any(all.from, all.to, ANIMALS) >= 0) return out;
  if (look.any(look.r.clauseOf(cue).from, cue, OTHER_SUBJECTS) >= 0 || look.any(date.end, date.end + 3, OTHER_SUBJECTS) >= 0) return out;
  if (namedBefore(look, cue)) return out;
  if (someoneElsesBirth(look, date.at, cue)) return out;
  const { start, end } = look.span(cue, cue + (age ? 2 : 1));
  const c = judge(look, start, end, 'birthdate', date.year ? 0.8 : 0.65, look.norm(cue), true);
  if (c) {
    c.cues.push(`date:${look.r.text.slice(look.tokens[date.at]!.start, look.tokens[date.end - 1]!.end)}`);
    out.push(c);
  }
  return out;
};

/** A school's name ending at a school word: "Oak Hill Elementary", "St Anne's Primary", "Holy Trinity C of E", "St Mary's". Returns [from, to) or undefined. */
/** The kinds of school a child starts at: "started nursery at Little Acorns". */
/** The little ones' years, as a class after a child's name: "Harper's Kindy teacher". */
const LITTLE_YEARS = setOf(['kindy', 'kindergarten', 'reception', 'prep', 'nursery', 'preschool', 'pre-k', 'kinder']);
const PICK_UP = setOf(['up', 'collecting', 'collect', 'collected', 'dropping', 'dropped', 'drop', 'fetching', 'fetch', 'getting', 'grabbing', 'grab']);
const SCHOOL_KINDS = setOf(['nursery', 'preschool', 'pre-school', 'kindergarten', 'kindy', 'daycare', 'creche', 'reception', 'school', 'montessori']);
/** Holidays that follow "at" as a time, not a school: "at Christmas", "at half term". */
const AT_TIMES = setOf(['christmas', 'easter', 'half']);
/** A word written with a capital. */
function capitalWord(look: Look, k: number): boolean {
  const t = look.tokens[k];
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

function schoolAt(look: Look, i: number): [number, number] | undefined {
  const t = look.tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const capital = (k: number) => capitalWord(look, k);
  let to = -1;
  // "Bondi Public" is a school; "Bondi Public Library" is not.
  if (SCHOOL_TYPES.has(look.norm(i)) && capital(i) && !(look.norm(i) === 'public' && capital(i + 1))) to = i + 1;
  // "Scoil Mhuire", "Gaelscoil Bhríde": the Irish word for school comes first.
  else if (['scoil', 'gaelscoil'].includes(look.norm(i)) && capital(i) && capital(i + 1)) {
    let end = i + 1;
    while (end < i + 4 && capital(end)) end++;
    return [i, end];
  }
  // "the Holy Cross reception class": a school's name before its first class.
  else if (['reception', 'nursery'].includes(look.norm(i)) && look.norm(i + 1) === 'class' && capital(i - 1) && capital(i - 2)) to = i + 2;
  else if (look.norm(i) === 'c' && look.norm(i + 1) === 'of' && look.norm(i + 2) === 'e') to = i + 3;
  else if (look.norm(i) === 'st' && capital(i) && /['’]s$/.test(look.tokens[i + 1]?.text ?? '') && capital(i + 1)) return [i, SCHOOL_TYPES.has(look.norm(i + 2)) ? i + 3 : i + 2];
  if (to < 0) return undefined;
  let from = i;
  while (from - 1 >= 0 && capital(from - 1) && from > i - 4) from--;
  if (from === i) return undefined;
  return [from, to];
}

/** The words that end a school's name written in lower case, as many write: "hollins park academy", "st bride's primary". */
const LOWER_SCHOOL_TYPES = setOf(['elementary', 'primary', 'academy', 'juniors', 'junior', 'infants', 'montessori', 'ns', 'middle', 'prep']);
/** What may lead to a school's name: "at", "from", "to", "into", a comma or a bracket. */
const SCHOOL_LEADS = setOf(['at', 'from', 'to', 'into', 'for', ',', '(', 'attends', 'attending']);
/** Words that are no part of a school's name or a child's: articles, pronouns, kinds of school, days. */
const LOWER_NOT_NAMES = setOf([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'these', 'those', 'local', 'new', 'old', 'nearby', 'village',
  'catholic', 'state', 'private', 'public', 'high', 'secondary', 'grammar', 'school', 'schools', 'and', 'or', 'of', 'in', 'at', 'to', 'from',
  'for', 'with', 'she', 'he', 'they', 'it', 'there', 'here', 'someone', 'anyone', 'everyone', 'nobody', 'today', 'tomorrow', 'yesterday',
  'tonight', 'first', 'last', 'next', 'big', 'little', 'who', 'what', 'which', 'when', 'where', 'why', 'how', 'just', 'finally', 'also',
  'then', 'now', 'still', 'even', 'very', 'so', 'such', 'all', 'both', 'each', 'every', 'one', 'two', 'three', 'teacher', 'teachers',
  'class', 'year', 'grade', 'term', 'day', 'week', 'morning', 'afternoon', 'night', 'uniform', 'uniforms', 'pics', 'pic', 'photo',
  'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'got', 'get', 'gets', 'has', 'have', 'had', 'is', 'was', 'are',
  'be', 'been', 'picked', 'up', 'dropped', 'off', 'raced', 'went', 'go', 'goes', 'me', 'him', 'them', 'us', 'mum', 'mom', 'dad',
]);
/** Kin words a child's name may follow: "my grandson theo", "our eldest ava". */
const CHILD_KIN = setOf(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'eldest', 'youngest', 'boy', 'girl', 'kid', 'stepson', 'stepdaughter']);
/** What a child does at the start of a sentence about school: "amara got into", "mason starts". */
const CHILD_VERBS = setOf(['got', 'starts', 'started', 'starting', 'made', 'won', 'has', 'is', 'joined', 'passed', 'goes', 'went', 'moved', 'begins', 'began']);

/** Whether token `k` may be a name written in lower case (no article, pronoun, kind of school or kin word). */
function lowerName(look: Look, k: number): boolean {
  const t = look.tokens[k];
  if (!t || t.kind !== 'word' || !/^\p{Ll}{3,}(?:['’]s)?$/u.test(t.text)) return false;
  const bare = t.norm.replace(/['’]s$/, '');
  return !LOWER_NOT_NAMES.has(bare) && !ENGLISH_COMMON.has(bare) && !FAMILY.has(bare) && !OTHER_NOUNS.has(bare) && !NOT_CHILD_NAMES.has(bare) &&
    !CHILDREN.has(bare) && !CHILD_KIN.has(bare) && !SCHOOL_TYPES.has(bare) && !CLASS_WORDS.has(bare) && !SCHOOL_KINDS.has(bare) && !FIRST_PERSON.has(bare) && !OTHER_SUBJECTS.has(bare);
}

/**
 * A school's name written in lower case: one to three words of a name, then
 * the kind of school, after what leads to a place ("at hollins park
 * academy", "from lincoln elementary", "(year 3, ashgrove juniors)"), or a
 * saint's name ("st bride's primary", "st columba's national school").
 */
function lowerSchoolAt(look: Look, i: number, s: Range): [number, number] | undefined {
  const n = look.norm(i);
  if (n === 'st' && /^\p{Ll}+['’]s$/u.test(look.tokens[i + 1]?.text ?? '')) {
    let to = i + 2;
    if (look.norm(to) === 'national' && look.norm(to + 1) === 'school') to += 2;
    else if (LOWER_SCHOOL_TYPES.has(look.norm(to)) || look.norm(to) === 'school') to++;
    return [i, to];
  }
  if (!LOWER_SCHOOL_TYPES.has(n) && !(n === 'school' && look.norm(i - 1) === 'national')) return undefined;
  let from = n === 'school' ? i - 1 : i;
  while (from - 1 >= s.from && from > i - 4 && lowerName(look, from - 1) && !/['’]s$/.test(look.tokens[from - 1]!.text)) from--;
  if (from === i || (n === 'school' && from === i - 1)) return undefined;
  // "jefferson middle": the middle school only by its name after "at", "to" or "from".
  if (!SCHOOL_LEADS.has(look.norm(from - 1)) && from !== s.from) return undefined;
  if (n === 'middle' && !['at', 'to', 'from'].includes(look.norm(from - 1))) return undefined;
  return [from, i + 1];
}

/** child-school: a child's name next to their school, class or year. */
const childSchool: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  if (look.any(s.from, s.to, DOG_SCHOOL) >= 0) return out;
  let school: [number, number] | undefined;
  for (let i = s.from; i < s.to && !school; i++) school = schoolAt(look, i);
  // "started nursery at Little Acorns", "starts kindergarten at Buckman": a school by its name after its kind.
  for (let i = s.from; i < s.to - 2 && !school; i++) {
    if (!SCHOOL_KINDS.has(look.norm(i)) || look.norm(i + 1) !== 'at' || !capitalWord(look, i + 2)) continue;
    let to = i + 3;
    while (to < s.to && to < i + 6 && capitalWord(look, to)) to++;
    school = [i, to];
  }
  let klass = -1;
  let klassEnd = -1;
  for (let i = s.from; i < s.to && klass < 0; i++) {
    const n = look.norm(i);
    if (CLASS_WORDS.has(n) && /^(?:\d{1,2}[a-z]?|r|reception)$/i.test(look.norm(i + 1))) klass = i;
    // "3rd grade", and as Ireland counts: "2nd class", "5th year".
    else if (look.tokens[i]!.kind === 'number' && /^\d{1,2}(?:st|nd|rd|th)$/.test(n) && ['grade', 'class', 'year'].includes(look.norm(i + 1))) klass = i;
    // "Oak class", "Butterfly Class": a class named as many primary schools name theirs.
    else if (n === 'class' && i > s.from && look.tokens[i - 1]!.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(look.tokens[i - 1]!.text) && !look.is(i - 1, CLASS_NOT_NAMES) && i - 1 > s.from) klass = i - 1;
    // "Mrs. Park's kindergarten class", "mrs delaney's 3rd grade": a teacher's class.
    else if (['mrs', 'mr', 'ms', 'miss'].includes(n.replace(/\.$/, '')) && /['’]s$/.test(look.tokens[i + (look.norm(i + 1) === '.' ? 2 : 1)]?.text ?? '') && look.any(i + 1, Math.min(s.to, i + 6), TEACHER_CLASS) >= 0) {
      klass = i;
      klassEnd = look.any(i + 1, Math.min(s.to, i + 6), TEACHER_CLASS) + 1;
    }
    else if (look.tokens[i]!.kind === 'word' && /^\d[A-Z]$/.test(look.tokens[i]!.text)) klass = i;
    // "Ethan P3 at Nanyang Primary", "Std 5 B": the years as Singapore, Scotland and India write them.
    else if (look.tokens[i]!.kind === 'word' && /^P[1-7]$/.test(look.tokens[i]!.text)) klass = i;
    // "kindy room b", "nursery room 2": a room of the little ones' years, named by a letter or a number.
    else if (n === 'room' && /^(?:[a-h]|\d{1,2})$/.test(look.norm(i + 1)) && ['kindy', 'kindergarten', 'nursery', 'reception', 'prep', 'preschool', 'kinder', 'pre-k'].includes(look.norm(i - 1))) klass = i - 1;
    // "moved up to the top set at St Peter's": the set a school streams a child into.
    else if (n === 'set' && ['top', 'bottom', 'middle'].includes(look.norm(i - 1)) && look.norm(i + 1) === 'at' && capitalWord(look, i + 2)) klass = i - 1;
  }
  // With a class, a school by its name after "at": "my eldest Kabir is in 7C at DPS", "Year 9 at Holy Cross".
  if (!school && klass >= 0) {
    for (let i = klass + 1; i < s.to - 1 && !school; i++) {
      if (look.norm(i) !== 'at' || !capitalWord(look, i + 1) || (WEEKDAYS.has(look.norm(i + 1)) || MONTHS.has(look.norm(i + 1)) || AT_TIMES.has(look.norm(i + 1)))) continue;
      let to = i + 2;
      while (to < s.to && to < i + 5 && capitalWord(look, to)) to++;
      // Reported from the class on: the class is what says it is a school.
      school = [klass, to];
    }
  }
  // A school's name in lower case: "amara got into year 7 at hollins park academy".
  let lower = false;
  for (let i = s.from; i < s.to && !school; i++) {
    school = lowerSchoolAt(look, i, s);
    lower = school !== undefined;
  }
  // A saint's name alone ("St Mary's") is a school only beside a class: "(3C at St Mary's)"; otherwise a church, a gate, a hall.
  if (school && look.norm(school[0]) === 'st' && !SCHOOL_TYPES.has(look.norm(school[1] - 1)) && klass < 0) school = undefined;
  if (!school && klass < 0) return out;
  // The child: a first name that is not the school's, a teacher's or a day's, or "my son", "our daughter".
  let child = -1;
  // With a school named, the child may be named in the next sentence: "pick-up line at Grant High is a war zone. Ava (10th grade) says ...".
  const near = look.anyPhrase(all.from, all.to, [['my', 'son'], ['my', 'daughter'], ['my', 'twins'], ['our', 'son'], ['our', 'daughter'], ['my', 'kids']]) >= 0 || school !== undefined;
  // A photo of a child at a named school: "A small boy in a green blazer at a gate with a sign reading 'Maple Grove Montessori'".
  if (school && look.segmentField.endsWith('.alt')) for (let i = s.from; i < s.to && child < 0; i++) if (look.is(i, CHILDREN)) child = i;
  for (let i = near ? all.from : s.from; i < (near ? all.to : s.to) && child < 0; i++) {
    if (school && i >= school[0] && i < school[1]) continue;
    if (['mr', 'mrs', 'ms', 'miss', 'dr', 'coach', 'st'].includes(look.norm(i - 1).replace(/\.$/, '')) || look.norm(i - 1) === '.' && ['mr', 'mrs', 'ms', 'dr'].includes(look.norm(i - 2))) continue;
    // A name that acts like a child's: "Lily's in year 3", "Ella got into", "Oliver, year 6", "Ava (yr 5", "our Max", "proud of Mia".
    // "Picking up Noah from Lincoln Elementary", "Collecting Finn from Primary 3": a child fetched from school.
    // The school named right after, by its own name ("from Lincoln Elementary", "from Primary 3 at ..."), not "the school".
    const fetched = (PICK_UP.has(look.norm(i - 1)) && look.norm(i + 1) === 'from' && school !== undefined && school[0] === i + 2 && (!SCHOOL_TYPES.has(look.norm(i + 2)) || klass === i + 2)) ||
      // "picked Ava up from Year 4 at Greenway Primary".
      (['picked', 'pick', 'picking', 'collected', 'fetched', 'dropped'].includes(look.norm(i - 1)) && look.norm(i + 1) === 'up' && look.norm(i + 2) === 'from' && (school !== undefined || klass >= 0));
    const childLike = fetched || /['’]s$/.test(look.tokens[i]!.text) || [',', '(', 'got', 'is', 'starts', 'started', 'needs', 'in', 'at', 'made', 'won', 'has', 'was', 'joined', 'passed', 'turns', 'goes', 'p3'].includes(look.norm(i + 1)) || ['our', 'my', 'of', 'for', 'eldest', 'youngest'].includes(look.norm(i - 1)) || /^P[1-7]$/.test(look.tokens[i + 1]?.text ?? '');
    // The next word capitalised makes a run of a name ("Maple Grove"), unless it is the class: "Noah's Grade 3", "Ruby's Year 3".
    const classNext = CLASS_WORDS.has(look.norm(i + 1)) || LITTLE_YEARS.has(look.norm(i + 1)) || /^(?:P[1-7]|\d[A-Z])$/.test(look.tokens[i + 1]?.text ?? '');
    // "Ishaan's PTM at ...": an abbreviation in capitals after the name is no run of a name.
    const acronymNext = /['’]s$/.test(look.tokens[i]!.text) && /^\p{Lu}{2,5}s?$/u.test(look.tokens[i + 1]?.text ?? '');
    if (look.isName(i) && childLike && (classNext || acronymNext || !(look.tokens[i + 1] && /^\p{Lu}/u.test(look.tokens[i + 1]!.text))) && !SCHOOL_TYPES.has(look.norm(i + 1))) child = i;
    else if (CHILDREN.has(look.norm(i)) && ['my', 'our'].includes(look.norm(i - 1)) && look.isName(i + 1)) child = i;
    // A name written in lower case, as many write: "lily's first day in Miss Okafor's class", opening its sentence.
    else if (i === s.from && /^\p{Ll}{2,}['’]s$/u.test(look.tokens[i]!.text) && ['first', 'class', 'teacher', 'new', 'school', 'in', 'starts', 'started'].includes(look.norm(i + 1)) && !FAMILY.has(look.norm(i).slice(0, -2)) && !OTHER_NOUNS.has(look.norm(i).slice(0, -2)) && !ENGLISH_COMMON.has(look.norm(i).slice(0, -2)) && !NOT_CHILD_NAMES.has(look.norm(i).slice(0, -2)) && !['today', 'tomorrow', 'yesterday', 'tonight', 'everyone', 'someone', 'nobody', 'who', 'that', 'what', 'there', 'here', 'it', 'he', 'she', 'let'].includes(look.norm(i).slice(0, -2))) child = i;
  }
  // A child's name in lower case beside a school named: after a kin word ("my grandson theo"), as a possessive ("harper's
  // first term"), fetched ("picked zara up from"), "for ollie at", or opening the sentence with what a child does ("amara got into").
  let strongChild = false;
  if (child < 0 && school) {
    for (let i = s.from; i < s.to && child < 0; i++) {
      if (i >= school[0] && i < school[1]) continue;
      if (!lowerName(look, i)) continue;
      const prev = look.norm(i - 1);
      const possessive = /['’]s$/.test(look.tokens[i]!.text) && (lower || i === s.from);
      const kin = CHILD_KIN.has(prev) || (CHILDREN.has(prev) && ['my', 'our'].includes(look.norm(i - 2)));
      const fetched = (PICK_UP.has(prev) || prev === 'picked') && (look.norm(i + 1) === 'up' || look.norm(i + 1) === 'from');
      const forChild = prev === 'for' && look.norm(i + 1) === 'at';
      const opens = i === s.from && CHILD_VERBS.has(look.norm(i + 1));
      if (possessive || kin || fetched || forChild || opens) child = i;
      strongChild = fetched || kin;
    }
  }
  if (child < 0) return out;
  // A teacher named with the school: "Mrs. Smith starts at", and school news with no child: "our volunteer readers".
  // Not a child fetched or named by kin ("picked up maya from lincoln elementary and her teacher said ...").
  if (!strongChild && look.any(s.from, s.to, setOf(['volunteer', 'volunteers', 'teacher', 'teachers', 'principal', 'staff'])) >= 0 && look.any(all.from, all.to, CHILDREN) < 0 && !/['’]s$/.test(look.tokens[child]!.text)) return out;
  const at = school ?? [klass, klassEnd > klass ? klassEnd : klass + 2];
  const { start, end } = look.span(at[0], at[1]);
  const c = judge(look, start, end, 'child-school', school && klass >= 0 ? 0.8 : 0.7, look.r.text.slice(start, end), true);
  if (c) out.push(c);
  return out;
};

/** home-address: a street address (any case) or a close description of one's home, said to be one's home. */
/** What is sent or brought to a home: "parcels to 19 Wattle Grove", "PACKAGES FOR US PLEASE LEAVE AT 219 WILLOW CREEK RD". */
const DELIVERY_WORDS = setOf(['send', 'find', 'delivered', 'delivering', 'delivery', 'deliveries', 'cards', 'parcel', 'parcels', 'package', 'packages', 'mail', 'courier', 'couriers', 'leave', 'drop', 'dropping', 'porch', 'buzzer', 'doorbell', 'postman', 'postie']);
/** The author, for a home sent to: "for me", "for us", "at ours", "I'm at". */
/** What follows a word with "is" or "has" run into it ("chemo's going ok"), and not a possessive. */
const IS_AFTER = setOf(['going', 'been', 'gone', 'done', 'over', 'on', 'at', 'tomorrow', 'today', 'tonight', 'next', 'booked', 'moved', 'started', 'finished', 'cancelled', 'canceled', 'back', 'due', 'working', 'not', 'ok', 'okay', 'fine', 'in', 'this', 'every', 'finally', 'officially', 'helping', 'killing', 'wiping', 'making']);
/** A home's own unit before or after its street address: "flat 3", "apt 4". */
const UNITS = setOf(['flat', 'apt', 'apartment']);
/** The door of the home a thing is left at: "leave them in the porch". */
const OWN_DOOR = setOf(['porch', 'doorstep', 'letterbox', 'buzzer', 'doorbell']);
const FIRST_PERSON_HOME = setOf(['my', 'i', "it's", 'fam', 'mine', 'me', 'us', 'ours', "i'm", 'we', "we're", 'our']);

/** Words of a home's look or place in a building: what "we're the ... " is, when it is a home. */
/** What says a place one is at is one's home: a flat's number, the buzzer, the door. */
const AT_HOME = setOf(['apt', 'flat', 'buzzer', 'doorbell', 'door', 'unit', 'porch', 'knock', 'ring', 'upstairs', 'downstairs']);
/** What makes "it's the blue door" the author's home: a visit or a delivery to it. */
const VISIT_WORDS = setOf(['housewarming', 'directions', 'pizza', 'parcels', 'parcel']);
const POINTED_HOMES = setOf(['house', 'bungalow', 'cottage', 'flat', 'door', 'semi', 'apartment', 'buzzer', 'farmhouse', 'townhouse']);
const PICTURES = setOf(['photo', 'pic', 'picture', 'pics', 'photos', 'selfie', 'video']);
const HOME_LOOKS = setOf(['house', 'bungalow', 'cottage', 'flat', 'door', 'semi', 'terrace', 'building', 'floor', 'apartment', 'unit', 'gate', 'farmhouse', 'caravan', 'townhouse', 'duplex', 'buzzer']);
/** Words that place a home by what is around it, beside RELATIVE_PLACE's: "past the Spar", "at the very end of", "last house on the left". */
const PLACING = setOf(['above', 'behind', 'opposite', 'beside', 'below', 'over', 'past', 'across', 'next', 'end', 'corner', 'before', 'after', 'left', 'right', 'last', 'straight']);

/**
 * The author's home described by where it is, without a number: "We're the white bungalow at the very end of Kowhai
 * Street", "ours is the last house before the field with the horses", "top floor flat above the laundromat on Division St
 * ... that's us", "Easy to find us, last house on the left past the Spar". The token that says it is the author's, or -1.
 */
function selfLocatedHome(look: Look, s: Range, all: Range): number {
  let self = -1;
  for (let i = s.from; i < s.to && self < 0; i++) {
    const n = look.norm(i);
    const next = look.norm(i + 1);
    if ((n === "we're" || n === 'ours' || n === "ours's" || ((n === "i'm" || n === 'im') && ['top', 'the', 'in', 'above'].includes(next))) && (n !== 'ours' || ['is', "'s"].includes(next))) self = i;
    else if ((n === 'we' && next === 'are') || (n === 'our' && look.is(i + 1, HOME_LOOKS) && ["'s", 'is'].includes(look.norm(i + 2)))) self = i;
    else if (n === "our" && /^(?:flat|house|place|home)['’]s$/.test(look.tokens[i + 1]?.text.toLowerCase() ?? '')) self = i;
    else if ((n === "that's" || n === 'thats') && next === 'us') self = i;
    else if (n === 'find' && next === 'us') self = i;
    else if (n === "it's" && look.any(all.from, all.to, VISIT_WORDS) >= 0 && look.norm(i + 1) === 'the') self = i;
  }
  if (self < 0) return -1;
  const sn = look.norm(self);
  const pointing = sn === "that's" || sn === 'thats' || sn === 'find';
  if (!pointing) {
    // "We're the white bungalow", "ours is the last house", "Our flat's the top floor": the home is what the author is.
    let k = self + 1;
    if (sn === 'we' || sn === 'our') k++;
    if (sn === 'our' && look.is(self + 1, HOME_LOOKS) && ["'s", 'is'].includes(look.norm(self + 2))) k = self + 3;
    if (['is', "'s"].includes(look.norm(k))) k++;
    if (!['the', 'a', 'top', 'above', 'last', 'first'].includes(look.norm(k))) return -1;
  } else if (look.any(s.from, s.to, POINTED_HOMES) < 0 || look.any(all.from, all.to, PICTURES) >= 0) return -1;
  const looks = look.any(s.from, s.to, HOME_LOOKS);
  if (looks < 0) return -1;
  // Placed by something around it, or on a named street.
  if (look.any(s.from, s.to, PLACING) < 0 && !namedStreet(look, s.from, s.to)) return -1;
  // "we're the best team on the street", "we're in the house next door to the pub tonight": a home's look must follow soon.
  if (look.norm(self) !== "that's" && look.norm(self) !== 'thats' && look.norm(self) !== 'find' && (looks < self || looks > self + 7) && !(looks >= s.from && self > looks)) return -1;
  return self;
}

/** Words that place a home against what is around it, in a description: "across from", "above the chippy", "on the left". */
const DESCRIBED_PLACING: readonly (readonly string[])[] = [
  ['corner', 'of'], ['across', 'from'], ['opposite'], ['above', 'the'], ['below', 'the'], ['next', 'to', 'the'], ['before', 'the'], ['past', 'the'],
  ['beside', 'the'], ['behind', 'the'], ['on', 'the', 'left'], ['on', 'the', 'right'], ['end', 'of'], ['last', 'house'], ['last', 'one'],
  ['first', 'house'], ['top', 'floor'], ['top', 'buzzer'], ['top', 'flat'],
];
/** What says a described home is the author's, anywhere in the post: a visit, a delivery, a lift, "that's us". */
const DESCRIBED_OWN: readonly (readonly string[])[] = [
  ["we're"], ['we', 'are'], ['ours'], ['thats', 'ours'], ["that's", 'us'], ['thats', 'us'], ['our', 'house'], ['our', 'place'], ['come', 'round'],
  ['come', 'over'], ['come', 'say', 'hi'], ['housewarming'], ['carpool'], ['honk'], ['knock'], ['buzz'], ["can't", 'miss', 'us'], ['cant', 'miss', 'us'],
  ['moved', 'in'], ['new', 'place'], ['for', 'a', 'cuppa'], ['drop', 'off'], ['pick', 'us', 'up'], ['pick', 'me', 'up'], ['find', 'us'],
];
/** The looks of a home a description names: "the grey duplex", "the blue door", "the one with the red gate". */
const DESCRIBED_HOMES = setOf(['house', 'duplex', 'bungalow', 'cottage', 'flat', 'door', 'buzzer', 'semi', 'farmhouse', 'townhouse', 'caravan', 'apartment', 'terrace', 'gate', 'one']);

/**
 * The author's home told by its looks and its place, with no number: "last house before the cattle grid on Kilmore Road, the
 * one with the red gate. come round for a cuppa", "we're directly across from the fire station on hawthorne, the grey duplex
 * with the red mailbox, honk twice". Two kinds of sign in the sentence (a placing, a street named, a home by a colour or a
 * feature), the author's in the post; not another's home ("my nan's house is the last one"), not a place of business.
 */
function describedHome(look: Look, s: Range, all: Range): number {
  let home = -1;
  for (let i = s.from; i < s.to && home < 0; i++) {
    if (!DESCRIBED_HOMES.has(look.norm(i))) continue;
    if (look.norm(i) === 'one' && !['the', 'last', 'first'].includes(look.norm(i - 1))) continue;
    // Someone else's: "nan's house", "his flat", "the neighbours' door".
    const owner = look.tokens[i - 1]?.text ?? '';
    if (/['’]s?$/.test(owner) && look.tokens[i - 1]!.kind === 'word' && !FIRST_PERSON.has(look.norm(i - 1))) continue;
    if (['his', 'her', 'their', 'your'].includes(look.norm(i - 1))) continue;
    home = i;
  }
  if (home < 0) return -1;
  let kinds = 0;
  if (look.anyPhrase(s.from, s.to, DESCRIBED_PLACING) >= 0) kinds++;
  // A street by its name, in either case: "on Moss Lane", "on orchard close", "on hawthorne".
  const named = namedStreet(look, s.from, s.to) || (() => {
    for (let k = s.from; k < s.to; k++) if (STREET_TYPES.has(look.norm(k)) && k > s.from && look.tokens[k - 1]!.kind === 'word' && ['on', 'off'].includes(look.norm(k - 2))) return true;
    return false;
  })();
  if (named) kinds++;
  // A look of its own: "the grey duplex", "the one with the red gate", "with the trampoline".
  if (look.anyPhrase(s.from, s.to, [['the', 'one', 'with'], ['with', 'the']]) >= 0 || COLOURS.has(look.norm(home - 1))) kinds++;
  if (kinds < 2) return -1;
  const own = look.anyPhrase(all.from, all.to, DESCRIBED_OWN);
  if (own < 0) return -1;
  // A business or a public place described: "the museum is the grey building across from the park".
  // A place the home is placed against is a landmark: "across from the fire station", "above the chippy".
  const placedAgainst = (k: number) => landmark(look, k) || look.anyPhrase(Math.max(s.from, k - 5), k, DESCRIBED_PLACING) >= 0;
  for (let k = s.from; k < s.to; k++) if (PUBLIC_PLACES.has(look.norm(k)) && !placedAgainst(k) && !STREET_TYPES.has(look.norm(k + 1))) return -1;
  return home;
}
const COLOURS = setOf(['red', 'blue', 'green', 'yellow', 'white', 'black', 'grey', 'gray', 'pink', 'purple', 'orange', 'brown', 'cream', 'brick', 'red-brick', 'stone', 'thatched', 'corner', 'end', 'detached', 'little', 'big', 'old', 'new']);

const homeAddress: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  const located = selfLocatedHome(look, s, all);
  if (located >= 0) {
    const { start, end } = look.span(located, located + 1);
    const c = judge(look, start, end, 'home-address', 0.7, `located:${look.norm(located)}`, true);
    if (c) {
      out.push(c);
      return out;
    }
  }
  const described = describedHome(look, s, all);
  if (described >= 0) {
    const { start, end } = look.span(described, described + 1);
    const c = judge(look, start, end, 'home-address', 0.7, `described:${look.norm(described)}`, true);
    if (c) return [c];
  }
  let address = -1;
  let givenAfterName = false;
  for (let i = s.from; i < s.to && address < 0; i++) {
    const t = look.tokens[i]!;
    // "14b" is a word to the tokenizer: a house number with a letter.
    if ((t.kind === 'number' && /^(?:\d{1,5}[a-z]?|\d+\/\d+)$/i.test(t.norm)) || (t.kind === 'word' && /^\d{1,5}[a-f]$/.test(t.norm))) {
      for (let k = i + 1; k <= i + 5 && k < s.to; k++) {
        if (look.tokens[k]!.kind !== 'word' || DISTANCE.has(look.norm(k))) break;
        if (STREET_TYPES.has(look.norm(k)) && k > i + 1) {
          address = i;
          break;
        }
      }
    }
    if (look.norm(i) === 'rue' && look.tokens[i + 1]?.kind === 'word') address = i;
    if (look.norm(i) === 'corner' && look.norm(i + 1) === 'of') address = i;
    if (look.norm(i) === 'house' && look.norm(i + 1) === 'from') address = i;
    if (look.norm(i) === 'street' && look.norm(i + 1) === 'sign') address = i;
    if (look.norm(i) === 'number' && look.tokens[i + 1]?.kind === 'number' && look.any(s.from, s.to, setOf(['door', 'street'])) >= 0) address = i;
    // "moved into number 8, Laurel Close": the number, then the street by its name.
    if (look.norm(i) === 'number' && look.tokens[i + 1]?.kind === 'number' && look.norm(i + 2) === ',' && namedStreet(look, i + 3, Math.min(s.to, i + 7))) address = i;
    if (RELATIVE_PLACE.has(look.norm(i)) && namedStreet(look, i + 1, Math.min(s.to, i + 8))) address = i;
    if (look.norm(i) === 'next' && look.norm(i + 1) === 'to' && namedStreet(look, i + 2, Math.min(s.to, i + 9))) address = i;
    if (look.norm(i) === 'top' && (look.norm(i + 1) === 'floor' || look.norm(i + 1) === 'flat')) address = i;
    // "Our new address: Flat 402, Sai Krupa Apartments, 12th Cross": the author's address given after its name, in any format.
    if (look.norm(i) === 'address' && ['my', 'our', 'new'].includes(look.norm(i - 1)) && [':', 'is', "'s", '-', '–'].includes(look.norm(i + 1)) && look.tokens.slice(i + 2, Math.min(s.to, i + 8)).some((t) => t.kind === 'number' || /^\d{1,4}[a-z]$/i.test(t.text))) {
      address = i;
      givenAfterName = true;
    }
  }
  if (address < 0) return out;
  // A public place or business around the address; "Park Rd", "Station Road" are street names, not places.
  // A place the home is next to ("above the launderette", "next to the pub on Mill Lane") is a landmark, not the address's owner.
  // "7 Harbour View": a street type that is also a public word, inside the address itself.
  // "the vet clinic's moved to 3350 SE Belmont St": the place with "is" or "has" run into it.
  for (let k = s.from; k < s.to; k++) if ((PUBLIC_PLACES.has(look.norm(k)) || (/'s$/.test(look.norm(k)) && PUBLIC_PLACES.has(look.norm(k).slice(0, -2)))) && !STREET_TYPES.has(look.norm(k + 1)) && !landmark(look, k) && !(STREET_TYPES.has(look.norm(k)) && k > address && k <= address + 5)) return out;
  // An outing there: "brunch at that new place at 112 Lygon St", "lunch at Dishoom, 12 Upper St Martin's Lane".
  if (look.any(Math.max(s.from, address - 9), address, OUTINGS) >= 0 && look.any(Math.max(s.from, address - 8), address, AT) >= 0) return out;
  // A business by its owner's name: "Powell's at 1005 W Burnside St", "Nico's at 48 Harbour Street".
  if (look.norm(address - 1) === 'at' && /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(look.tokens[address - 2]?.text ?? '') && !FIRST_PERSON.has(look.norm(address - 3))) return out;
  // Whose: "my address", "I live", "we're the yellow house", "Housewarming", "my driveway", "send post there".
  let cue = givenAfterName ? address : -1;
  for (let i = s.from; i < s.to && cue < 0; i++) {
    if (i >= address && i < address + 4) continue;
    const n = look.norm(i);
    if (HOME_CUES.has(n) && (['my', 'our', 'new', 'i', 'we', "we're", 'at'].includes(look.norm(i - 1)) || ['housewarming', 'moved', 'moving', 'mine', 'driveway', 'deets', 'live', 'visit', 'fam', 'ours'].includes(n) || (n === 'living' && (i === s.from || ["i'm", "we're", 'now', 'im'].includes(look.norm(i - 1)))))) cue = i;
    else if ((n === "we're" || n === 'we') && i < address) cue = i;
    // "if you're walking past 22 Banksia Crescent and hear clucking, that's us".
    else if ((n === "that's" || n === 'thats') && look.norm(i + 1) === 'us' && i > address) cue = i;
  }
  // "flat 4, 22 Hazelmere Road": a dwelling's own number before the address, when nothing else says whose it is.
  for (let i = Math.max(s.from, address - 4); i < address && cue < 0; i++) if (UNITS.has(look.norm(i)) && (look.tokens[i + 1]?.kind === 'number' || /^\d{1,4}[a-z]?$/.test(look.norm(i + 1)))) cue = i;
  // "I'm at 207 Wren Street", "Home is 58 Dunmore Road", "parcels to 19 Wattle Grove": what leads to the address says whose it is.
  if (cue < 0) {
    if (look.norm(address - 1) === 'at' && ["i'm", 'im', "we're", 'am', 'are'].includes(look.norm(address - 2)) && look.any(all.from, all.to, AT_HOME) >= 0) cue = address - 2;
    else if (look.norm(address - 2) === 'home' && look.norm(address - 1) === 'is') cue = address - 2;
    else if (look.norm(address - 1) === 'to' && DELIVERY_WORDS.has(look.norm(address - 2))) cue = address - 2;
  }
  if (cue < 0) {
    // The sentence before says what follows: "new address for xmas cards pls!! 7 Kestrel Way, ...".
    const before = look.r.sentences.find((x) => x.to === s.from);
    // "new flat!! 14b Orchard Lane, come round": a new home, then where it is.
    for (let i = before ? Math.min(before.from, Math.max(all.from, s.from - 12)) : s.from; i < s.from && cue < 0; i++) if ((look.norm(i) === 'address' || NEW_HOMES.has(look.norm(i))) && ['my', 'our', 'new'].includes(look.norm(i - 1))) cue = i;
  }
  if (cue < 0) {
    // An alt text of one's own front door, a card list "to: ...": a home with no one else's business around it.
    for (let i = all.from; i < all.to && cue < 0; i++) {
      const n = look.norm(i);
      if (['mine', 'fam', 'housewarming'].includes(n) || (n === 'live' && look.norm(i - 1) === 'i')) cue = i;
      else if ((n === 'my' || n === 'our') && look.any(i + 1, i + 3, HOME_NOUNS) >= 0) cue = i;
    }
    // The author's home with no "my": the pizza guy who can't find it, a parcel delivered to the wrong number, cards to send.
    // "just leave them in the porch", "on the doorstep": where a thing is left at the author's own door.
    const delivered = look.any(all.from, all.to, DELIVERY_WORDS) >= 0 && (look.any(all.from, all.to, FIRST_PERSON_HOME) >= 0 || look.any(all.from, all.to, OWN_DOOR) >= 0);
    if (cue < 0 && !delivered) return out;
    if (cue < 0) cue = s.from;
  }
  // "that's us": the pointing and the author it points at.
  const { start, end } = look.span(cue, ["that's", 'thats'].includes(look.norm(cue)) && look.norm(cue + 1) === 'us' ? cue + 2 : cue + 1);
  const c = judge(look, start, end, 'home-address', 0.75, look.norm(cue), true);
  if (c) out.push(c);
  return out;
};

/** Whether [from, to) holds a named street: a street type after a capitalised name ("Grange St", "Mill Lane"), not "all the way". */
function namedStreet(look: Look, from: number, to: number): boolean {
  for (let k = look.any(from, to, STREET_TYPES); k >= 0; k = look.any(k + 1, to, STREET_TYPES)) if (k > from && /^\p{Lu}\p{Ll}/u.test(look.tokens[k - 1]!.text) && look.tokens[k - 1]!.kind === 'word') return true;
  return false;
}

/** Words that place a home by what is beside it: "above the launderette", "opposite the Co-op". */
const RELATIVE_PLACE = setOf(['above', 'behind', 'opposite', 'beside', 'below', 'over']);

/** Whether a public place at `k` is a landmark a home is placed by: "above the launderette", "next to the pub", "across from the library". */
function landmark(look: Look, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const n = look.norm(j);
    if (RELATIVE_PLACE.has(n) || (n === 'to' && look.norm(j - 1) === 'next') || (n === 'from' && look.norm(j - 1) === 'across')) return true;
    if (!['the', 'a', 'an', 'old', 'big', 'little', 'new', 'corner', 'chinese', 'indian'].includes(n)) return false;
  }
  return false;
}

/** The kinds of a boss between "my" and the word: "my ward manager", "our new director", "my area supervisor". */
const BOSS_KINDS = setOf(['new', 'old', 'current', 'ward', 'area', 'store', 'shift', 'regional', 'general', 'floor', 'site', 'office', 'project', 'department', 'duty', 'practice', 'account', 'branch', 'team', 'line', 'assistant', 'deputy', 'acting', 'interim', 'managing', 'creative', 'sales']);

const NOT_QUIT = setOf(['not', 'never', "haven't", "hasn't", "didn't", "won't", "can't", "don't", 'havent', 'didnt', 'wont', 'cant', 'dont', 'nearly', 'almost']);

/** boss-complaint: the author's own boss, manager, job or employer, complained about. */
/** Words of a school's staff: what makes "our head" the author's boss. */
const TEACHING = setOf(['teach', 'teaching', 'staffroom', 'ofsted', 'pupils', 'classroom', 'inset']);
/** Bosses as people, for "worst boss i've ever had". */
const BOSS_PEOPLE = setOf(['boss', 'manager', 'mgr', 'supervisor', 'gaffer', 'foreman', 'employer', 'director', 'head', 'headteacher', 'principal']);
const bossComplaint: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  // The workplace itself in contempt ("47 days til I can hand my notice in at this dump"), or the days counted to leaving it.
  for (let i = s.from; i < s.to; i++) {
    const n = look.norm(i);
    let from = -1;
    if (WORKPLACE_INSULTS.has(n) && ['this', 'that'].includes(look.norm(i - 1)) && look.any(Math.max(all.from, s.from - 12), Math.min(all.to, s.to + 12), NOTICE_WORK) >= 0) from = i - 1;
    else if (look.tokens[i]!.kind === 'number' && /^\d{1,3}$/.test(n) && ['days', 'weeks', 'shifts', 'sleeps'].includes(look.norm(i + 1)) && UNTIL.has(look.norm(i + 2)) && look.any(i + 3, Math.min(s.to, i + 9), setOf(['notice', 'quit', 'resign', 'leave'])) >= 0 && look.any(i + 3, Math.min(s.to, i + 9), FIRST_PERSON) >= 0) from = i;
    if (from < 0) continue;
    const c = judge(look, look.tokens[from]!.start, look.tokens[from === i ? i + 2 : i]!.end, 'boss-complaint', 0.7, from === i ? 'countdown' : n, true);
    if (c) return [c];
  }
  // "Worst bloke I've ever worked for", "the worst place I've ever worked": the boss or the job, judged by one who worked there.
  for (let i = s.from; i < s.to; i++) {
    if (look.norm(i) !== 'worst' || look.r.cues(look.tokens[i]!.start, look.tokens[i]!.end).negated) continue;
    let ever = look.anyPhrase(i + 1, Math.min(s.to, i + 8), [["i've", 'ever', 'worked'], ['ive', 'ever', 'worked'], ['i', 'have', 'ever', 'worked'], ["i've", 'worked'], ['i', 'ever', 'worked']]);
    // "worst boss i've ever had", "the worst manager i have ever had": a boss the author had.
    if (ever < 0 && look.any(i + 1, Math.min(s.to, i + 3), BOSS_PEOPLE) >= 0) ever = look.anyPhrase(i + 2, Math.min(s.to, i + 8), [["i've", 'ever', 'had'], ['ive', 'ever', 'had'], ['i', 'have', 'ever', 'had'], ['i', 'ever', 'had']]);
    if (ever < 0) continue;
    const c = judge(look, look.tokens[i]!.start, look.tokens[Math.min(s.to, ever + 3) - 1]!.end, 'boss-complaint', 0.75, 'worst+worked', true);
    if (c) return [c];
  }
  // Working there, said in the post: "the worst employer in the Pacific NW and i say that as someone who works there".
  const worksThere = look.anyPhrase(all.from, all.to, WORKS_THERE) >= 0;
  for (let i = s.from; i < s.to; i++) {
    // "Gaffer's on one again", "Line manager's rejected my leave": the boss with "is" or "has" run into the word.
    const contracted = /^[\p{L}]+'s$/u.test(look.norm(i)) && BOSS_TARGETS.has(look.norm(i).slice(0, -2)) && (i === s.from || ['line', 'the', 'my', 'me'].includes(look.norm(i - 1)));
    // "i teach ... our head is the most incompetent person": a school's head, to one who teaches there, is the boss.
    const schoolHead = (look.norm(i) === 'head' || look.norm(i) === 'headteacher' || look.norm(i) === 'principal') && look.norm(i - 1) === 'our' && look.tokens.slice(all.from, all.to).some((t) => TEACHING.has(t.norm));
    if (!look.is(i, BOSS_TARGETS) && !contracted && !schoolHead) continue;
    const n = contracted ? look.norm(i).slice(0, -2) : look.norm(i);
    // "my ward manager", "our new director": a word of the kind between the owner and the boss.
    const kindOf = i - 2 >= s.from && ['my', 'our'].includes(look.norm(i - 2)) && look.tokens[i - 1]!.kind === 'word' && BOSS_KINDS.has(look.norm(i - 1));
    const before = kindOf ? look.norm(i - 2) : look.norm(i - 1) === 'me' && (i - 1 === s.from || look.tokens[i - 2]?.kind !== 'word') ? 'my' : look.norm(i - 1);
    // "screamed at by a manager who can't spell": a manager who does it to the author.
    const byA = ['a', 'an'].includes(before) && look.norm(i - 2) === 'by' && look.any(Math.max(s.from, i - 6), i, COMPLAINTS) >= 0;
    if (BOSS_NOT.has(look.norm(i + 1)) || BOSS_NOT.has(before)) continue;
    // Whose: mine ("my boss", "this job", "the management at this store", "New boss", a bare "boss"); not a friend's ("his boss", "Jo's manager").
    // "such a nightmare of a manager that I've faked a cold": the author's, judged by one who works for them.
    const judgedA = ['a', 'an'].includes(before) && look.norm(i - 2) === 'of' && look.is(i - 3, COMPLAINTS) && look.any(s.from, s.to, FIRST_PERSON) >= 0;
    if ((['his', 'her', 'their', 'your', 'a', 'an'].includes(before) && !byA && !judgedA) || (/['’]s$/.test(look.tokens[i - 1]?.text ?? '') && look.tokens[i - 1]!.kind === 'word')) continue;
    // "my mate's new boss": a kind of boss after someone else's possessive.
    if (BOSS_KINDS.has(look.norm(i - 1)) && /['’]s$/.test(look.tokens[i - 2]?.text ?? '') && look.tokens[i - 2]!.kind === 'word' && !FIRST_PERSON.has(look.norm(i - 2))) continue;
    // "Horrible Bosses on telly": a capitalised target inside a sentence is a title.
    if (i > s.from && /^\p{Lu}\p{Ll}/u.test(look.tokens[i]!.text) && /^\p{Lu}/u.test(look.tokens[i - 1]!.text)) continue;
    // A team leader is a boss; a leader alone (of a country, a party) is not.
    if (n === 'leader' && before !== 'team') continue;
    const people = ['boss', 'manager', 'mgr', 'supervisor', 'gaffer'].includes(n) || (n === 'leader' && before === 'team') || schoolHead;
    const mine = judgedA || ['my', 'this', 'our'].includes(before) || (before === 'the' && look.norm(i + 1) === 'at') || (n === 'chef' && before === 'head') || (n === 'lead' && before === 'team') || COMPLAINTS.has(before);
    if (!people && !mine) continue;
    if (!people && !worksThere && !['my', 'this', 'our'].includes(before) && !(before === 'the' && look.norm(i + 1) === 'at') && !(n === 'chef' && before === 'head') && !(n === 'lead' && before === 'team') && (['a', 'an', 'the', 'his', 'her'].includes(look.norm(i - 2)) || look.any(s.from, s.to, FIRST_PERSON) < 0)) continue;
    // "the worst boss ever, took me 40 tries": a bare boss with only an insult needs the job around it.
    if (COMPLAINTS.has(before) && !['my', 'this', 'our'].includes(look.norm(i - 2)) && n === 'boss' && look.any(all.from, all.to, WORK_CONTEXT) < 0) continue;
    if (look.any(s.from, s.to, GAMING_WORDS) >= 0 && look.any(s.from, s.to, setOf(['game', 'games', 'level', 'fight', 'raid', 'xbox', 'playstation', 'nintendo', 'steam', 'battle'])) >= 0) continue;
    // The complaint, in this sentence or the next: "manager scheduled me for a double AGAIN. I'm so done with this place".
    const next = look.r.sentences.find((x) => x.from === s.to);
    const to = next ? next.to : s.to;
    const phrase = look.anyPhrase(s.from, to, W.COMPLAINT_PHRASES);
    let complaint = -1;
    for (let k = s.from; k < to && complaint < 0; k++) {
      if (!look.is(k, COMPLAINTS)) continue;
      // "worst at hiding gifts" is teasing; "I don't hate my job" is no complaint.
      if (look.norm(k) === 'worst' && look.norm(k + 1) === 'at') continue;
      // "quit" is a negation word of the layer itself: denied only by a word before it ("thank god I haven't quit my day job").
      if (look.norm(k) !== 'quit' ? look.r.cues(look.tokens[k]!.start, look.tokens[k]!.end).negated : look.any(Math.max(s.from, k - 2), k, NOT_QUIT) >= 0) continue;
      complaint = k;
    }
    if (complaint < 0 && phrase < 0) continue;
    const start = Math.max(s.from, before === 'my' || before === 'this' || before === 'line' || before === 'head' || (n === 'leader' && before === 'team') ? (kindOf ? i - 2 : i - 1) : i);
    const { start: a, end: b } = look.span(start, i + 1);
    const c = judge(look, a, b, 'boss-complaint', complaint >= 0 && ['hate', 'suck', 'sucks', 'idiot', 'worst', 'quit', 'yelled', 'bully', 'bullying', 'clown', 'freak'].includes(look.norm(complaint)) ? 0.8 : 0.65, `${n}+${complaint >= 0 ? look.norm(complaint) : look.norm(phrase)}`, true);
    if (c) out.push(c);
    break;
  }
  return out;
};

/**
 * sick-skip: an excuse told to work with the truth beside it ("Told work my nan's poorly. She's at bingo.", "texted my
 * manager i have food poisoning lol", "my boss thinks im at a dentist appt. im actually 4 pints deep"): the token after
 * the excuse, or -1. A true excuse told to work ("told my boss my mum is in hospital") has no such truth and stays quiet.
 */
function lieToWork(look: Look, s: Range, all: Range, i: number): number {
  const n = look.norm(i);
  let k: number;
  if (SICK_TELL.has(n) && n !== 'said') {
    k = i + 1;
    if (['my', 'the', 'our'].includes(look.norm(k))) k++;
    const who = look.norm(k);
    if (!(SICK_WORK.has(who) || who === 'hr' || ((who === 'him' || who === 'her') && look.any(all.from, all.to, BOSS_TARGETS) >= 0))) return -1;
    k++;
  } else if ((n === 'thinks' || n === 'think') && look.is(i - 1, SICK_BELIEVER) && ["i'm", 'im', 'i'].includes(look.norm(i + 1))) {
    k = i + 1;
  } else if ((n === 'say' || n === 'said') && ['i', "i've", "i'm", 'im', 'my'].includes(look.norm(i + 1)) && look.anyPhrase(i, s.to, [['so', 'i', 'can'], ['so', 'i', 'could']]) >= 0) {
    k = i + 1;
  } else return -1;
  let excuse = look.any(k, Math.min(s.to, k + 10), LIE_EXCUSE);
  // "told work i had a 'family thing' lmao": an excuse of any words, in quotation marks.
  // Told by the author ("told work", "I texted my manager"), not by a boss to someone ("my mate's boss texted him ... 'quick favour'").
  const byAuthor = i === s.from || ['i', 'we', "i've", 'just', 'so', 'and'].includes(look.norm(i - 1));
  if (excuse < 0 && byAuthor) for (let q = k; q < Math.min(s.to, k + 8) && excuse < 0; q++) if (look.tokens[q]!.kind === 'word' && look.r.cues(look.tokens[q]!.start, look.tokens[q]!.end).quoted) excuse = q;
  // "sick of it", "sick and tired": no excuse.
  while (excuse >= 0 && look.norm(excuse) === 'sick' && ['of', 'and'].includes(look.norm(excuse + 1))) excuse = look.any(excuse + 1, Math.min(s.to, k + 10), LIE_EXCUSE);
  if (excuse < 0) return -1;
  if (look.anyPhrase(all.from, all.to, W.LIE_TRUTH) < 0 && look.any(all.from, all.to, LIE_TRUTH_WORDS) < 0) return -1;
  return excuse + 1;
}

/** sick-skip: an excuse to skip work that was not true. */
const sickSkip: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  const notSick = look.any(all.from, all.to, NOT_REALLY_SICK) >= 0 || look.anyPhrase(all.from, all.to, [['not', 'sick'], ['not', 'been', 'ill'], ["didn't", 'want'], ['so', 'i', 'could'], ['thinks', "i'm"], ["i'm", 'not']]) >= 0;
  // A real illness in the post, not one in quotation marks ("called in with a 'stomach bug'"): that is the pretext.
  let reallySick = false;
  // Beside an excuse in scare quotes, a sick emoji acts it out ("'come down with a migraine' 🤒"); a word still says it is real.
  let reallySickInWords = false;
  for (let k = look.any(all.from, all.to, REALLY_SICK_WORDS); k >= 0 && !reallySickInWords; k = look.any(k + 1, all.to, REALLY_SICK_WORDS)) {
    if (look.r.cues(look.tokens[k]!.start, look.tokens[k]!.end).quoted) continue;
    reallySick = true;
    reallySickInWords = look.tokens[k]!.kind === 'word';
  }
  reallySick &&= !notSick;
  reallySickInWords &&= !notSick;
  for (let i = s.from; i < s.to; i++) {
    const n = look.norm(i);
    let end = -1;
    let base = 0;
    let told = -1;
    // An excuse in scare quotes is a pretext: the illness beside it ("'come down with a migraine' 🤒") is acted too.
    let pretext = false;
    if ((n === 'called' || n === 'call' || n === 'calling' || n === 'phoned' || n === 'rang') && look.norm(i + 1) === 'in') {
      // "called in "sick"", "Called in 'sick'": the word in quotation marks of either kind.
      const quote = ['"', "'", '‘', '“'].includes(look.norm(i + 2));
      end = quote ? i + 5 : i + 3;
      // "called in with a 'stomach bug'": the excuse, quoted, a few words on.
      const quotedExcuse = look.norm(i + 2) === 'with' ? look.any(i + 3, Math.min(s.to, i + 7), SICK_EXCUSE) : -1;
      if (quotedExcuse >= 0 && look.r.cues(look.tokens[quotedExcuse]!.start, look.tokens[quotedExcuse]!.end).quoted) {
        end = quotedExcuse + 1;
        base = 0.8;
        pretext = true;
      } else {
        if (look.norm(i + 2) !== 'sick' && !quote) continue;
        base = notSick ? 0.8 : 0.4;
      }
    } else if (n === 'sick' && look.norm(i + 1) === 'day' && look.any(Math.max(s.from, i - 3), i, setOf(['third', 'second', 'another', 'took', 'faked', 'fake'])) >= 0) {
      if (!notSick) continue;
      end = i + 2;
      base = 0.8;
    } else if (look.tokens[i]!.kind === 'word' && SICK_EXCUSE.has(n) && quotedNotTitle(look, i) && look.any(Math.max(s.from, i - 5), i, TITLE_CUES) < 0 && (look.any(all.from, all.to, SICK_WORK) >= 0 || look.any(all.from, all.to, DAY_OFF_WORDS) >= 0)) {
      // Not a song ('currently listening to "emergency"'): a day or work around the quoted excuse.
      // The excuse in quotation marks: "sick", "migraine", "for a doctor's appointment".
      end = i + 1;
      base = 0.75;
      pretext = true;
    } else if ((told = lieToWork(look, s, all, i)) > 0) {
      end = told;
      base = 0.75;
    } else if (REHEARSED.has(n) && look.any(Math.max(s.from, i - 4), Math.min(s.to, i + 5), PUT_ON_VOICE) >= 0) {
      // "rehearsing my croaky voice for the 8am call", "a cough I practised in the mirror".
      end = i + 1;
      base = 0.75;
    } else if (n === 'best' && ['croaky', 'sick', 'poorly', 'cough', 'coughing', 'ill'].includes(look.norm(i + 1)) && look.any(all.from, all.to, SICK_WORK) >= 0) {
      // "doing my best croaky voice for the 7am phone call to the office".
      end = i + 2;
      base = 0.75;
    } else if (['faked', 'faking', 'fake', 'feigned', 'feigning'].includes(n) && look.any(i + 1, Math.min(s.to, i + 4), FAKED_ILLNESS) >= 0 && look.any(all.from, all.to, SICK_WORK) >= 0) {
      // "I've faked a cold twice this month just to get a day away from her" (a manager).
      end = look.any(i + 1, Math.min(s.to, i + 4), FAKED_ILLNESS) + 1;
      base = 0.75;
    } else if (['skived', 'skive', 'skiving', 'skiver'].includes(n) && look.any(i + 1, Math.min(s.to, i + 5), STUDIES) < 0) {
      // "skived off Friday to do a cash-in-hand shift": work skipped (not a lecture skipped).
      end = look.norm(i + 1) === 'off' ? i + 2 : i + 1;
      base = 0.75;
    } else if (n === 'officially' && look.norm(i + 1) === 'off' && look.any(all.from, all.to, setOf(['unofficially'])) > i) {
      // "Officially off Monday with a dodgy kebab. Unofficially it was the stag in Galway".
      end = i + 2;
      base = 0.75;
    } else if (n === 'croaky' && look.norm(i + 1) === 'enough') {
      end = i + 2;
      base = 0.7;
    } else if (n === 'mental' && look.norm(i + 1) === 'health' && look.norm(i + 2) === 'day' && (look.anyPhrase(all.from, all.to, W.LIE_TRUTH) >= 0 || notSick)) {
      // "mental health day 🙃 (it's not, I just wanted to finish my book)".
      end = i + 3;
      base = 0.75;
    } else if (n === 'sickie') {
      // "sickie secured", "a cheeky sickie": the word is the skipping.
      end = i + 1;
      base = 0.7;
    } else if ((n === 'told' || n === 'tell' || n === 'telling') && look.is(i + 1, SICK_WORK) || ((n === 'told' || n === 'telling') && look.norm(i + 1) === 'my' && look.is(i + 2, SICK_WORK))) {
      const from = i + 1;
      const excuse = look.any(from, Math.min(s.to, i + 9), SICK_EXCUSE);
      // "told work my car broke down, waiting on the AA": an excuse with nothing to say it was not true is the truth.
      if (excuse < 0 || (!notSick && !look.r.cues(look.tokens[excuse]!.start, look.tokens[excuse]!.end).quoted)) continue;
      end = excuse + 1;
      base = 0.75;
    } else if ((n === 'faked' || n === 'fake' || n === 'faking') && look.any(i + 1, Math.min(s.to, i + 4), SICK_EXCUSE) >= 0) {
      end = i + 3;
      base = 0.8;
    } else if (['skipped', 'skip', 'skipping', 'ditched', 'ditch', 'bunked', 'bailed'].includes(n) && ['work', 'shift', 'office'].includes(look.norm(i + 1) === 'my' ? look.norm(i + 2) : look.norm(i + 1))) {
      end = look.norm(i + 1) === 'my' ? i + 3 : i + 2;
      base = 0.7;
    } else if (n === 'mental' && look.norm(i + 1) === 'health' && look.norm(i + 2) === 'day' && notSick) {
      end = i + 3;
      base = 0.7;
    } else if (n === 'day' && look.norm(i + 1) === 'off' && look.any(all.from, all.to, setOf(['told', 'said'])) >= 0 && notSick) {
      end = i + 2;
      base = 0.65;
    } else if (n === 'said' && look.norm(i + 1) === 'my' && look.any(i, Math.min(s.to, i + 5), setOf(['died'])) >= 0 && look.anyPhrase(s.from, s.to, [['so', 'i', 'could']]) >= 0) {
      end = i + 4;
      base = 0.75;
    } else continue;
    // The excuse told to work may be an illness ("told them my grandma is in hospital (she is at mahjong)"): only a real
    // illness outside it counts.
    if ((pretext ? reallySickInWords : reallySick) && (told < 0 || reallySickOutside(look, all, i, told))) continue;
    // Someone named did it: "Jess called in sick to go to Glastonbury".
    if (namedBefore(look, i)) continue;
    const { start, end: stop } = look.span(i, Math.min(end, look.tokens.length));
    const c = judge(look, start, stop, 'sick-skip', base, n, true);
    if (c) out.push(c);
    break;
  }
  return out;
};

/** Whether a real illness, unquoted, is named in `all` outside the tokens [from, to). */
function reallySickOutside(look: Look, all: Range, from: number, to: number): boolean {
  for (let k = look.any(all.from, all.to, REALLY_SICK_WORDS); k >= 0; k = look.any(k + 1, all.to, REALLY_SICK_WORDS)) {
    if (k >= from && k < to) continue;
    if (!look.r.cues(look.tokens[k]!.start, look.tokens[k]!.end).quoted) return true;
  }
  return false;
}

/** confidential: unannounced work news, or a secret kept for work (NDA). */
/** Secrecy phrases that say news was kept back, not that it is secret: they need the author's own workplace. */
const KEPT_BACK: readonly (readonly string[])[] = [['knew', 'for', 'months'], ['knew', 'for', 'weeks'], ['lied', 'to', 'our', 'faces'], ['quietly', 'shutting'], ['quietly', 'closing'], ['quietly', 'cutting']];
const confidential: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  // News that is unannounced by what it is, with no secrecy word: the author's company changing hands ("we're being
  // bought") or losing what it lives on ("lost our biggest client"). Public news and politics stay out.
  if (look.any(all.from, all.to, POLITICS) < 0) {
    const sold = look.anyPhrase(s.from, s.to, W.WORK_NEWS_PHRASES);
    const we = look.any(Math.max(s.from, sold - 3), sold, setOf(["we're", 'we', 'company', 'firm', 'startup', 'agency'])) >= 0;
    if (sold >= 0 && we && look.norm(sold) !== 'share') {
      const c = judge(look, look.tokens[sold]!.start, look.tokens[sold + 1]!.end, 'confidential', 0.7, look.r.text.slice(look.tokens[sold]!.start, look.tokens[sold + 1]!.end).toLowerCase(), true);
      if (c) return [c];
    }
    for (let i = s.from; i < s.to; i++) {
      // "we lost Unilever today. gutted. not public till Friday": a client by its name, lost, and a secret about it.
      if (look.norm(i) === 'lost' && ['we', "we've", 'just'].includes(look.norm(i - 1)) && capitalWord(look, i + 1) && !FAMILY.has(look.norm(i + 1)) && !OTHER_NOUNS.has(look.norm(i + 1)) && look.anyPhrase(all.from, all.to, W.SECRECY_PHRASES) >= 0) {
        const c = judge(look, look.tokens[i]!.start, look.tokens[i + 1]!.end, 'confidential', 0.7, 'lost client', true);
        if (c) return [c];
      }
      if (look.norm(i) !== 'lost' || !['our', 'the'].includes(look.norm(i + 1))) continue;
      let k = i + 2;
      while (k < Math.min(s.to, i + 5) && !look.is(k, WORK_LOSSES)) k++;
      if (k >= Math.min(s.to, i + 5)) continue;
      // "lost the client's file" is a slip; "we lost the Tesco account" is the company's. "our" says whose; "the" needs a "we".
      // With the subject left out ("just lost the Nandos account. nobody outside knows yet"), a secret said about it in the post.
      const elided = look.tokens.slice(s.from, i).every((t) => ['just', 'so', 'and', 'officially', 'finally', 'basically'].includes(t.norm)) && (look.anyPhrase(all.from, all.to, W.SECRECY_PHRASES) >= 0 || look.any(all.from, all.to, SECRECY_WORDS) >= 0);
      if (look.norm(i + 1) === 'the' && look.any(Math.max(s.from, i - 3), i, setOf(['we', "we've"])) < 0 && !elided) continue;
      const c = judge(look, look.tokens[i]!.start, look.tokens[k]!.end, 'confidential', 0.7, `lost ${look.norm(k)}`, true);
      if (c) return [c];
    }
  }
  const secret = look.anyPhrase(all.from, all.to, W.SECRECY_PHRASES);
  const secretWord = look.any(all.from, all.to, SECRECY_WORDS);
  const news = look.any(all.from, all.to, WORK_NEWS);
  const inSentence = look.any(s.from, s.to, WORK_NEWS);
  if (inSentence < 0 && (secret < s.from || secret >= s.to)) return out;
  const at = secret >= s.from && secret < s.to ? secret : secretWord >= s.from && secretWord < s.to ? secretWord : inSentence;
  if (at < 0) return out;
  if (secret < 0 && secretWord < 0) return out;
  if (news < 0 && look.norm(secretWord) !== 'confidential' && look.norm(secretWord) !== 'nda') return out;
  // Public news and politics: "sources say", "under NDA rule, the minister said".
  if (look.any(all.from, all.to, POLITICS) >= 0) return out;
  // "my manager knew for months": news kept back is a leak only from inside, with the author in the post ("the council knew for months" is a scandal).
  if (secret >= 0 && secretWord < 0 && KEPT_BACK.some((p) => look.spells(secret, p)) && look.any(all.from, all.to, setOf(['our', 'my', 'we', "we're", 'us'])) < 0 && look.anyPhrase(all.from, all.to, [['i', 'work'], ["i've", 'worked'], ['i', 'worked'], ['i', 'have', 'worked']]) < 0) return out;
  // "Kids don't know yet": a secret kept from the family is not a work secret.
  if (secret > 0 && (FAMILY.has(look.norm(secret - 1)) || CHILDREN.has(look.norm(secret - 1)))) return out;
  const phrase = at === secret ? W.SECRECY_PHRASES.find((p) => look.spells(at, p)) : undefined;
  const { start, end } = look.span(at, at + (phrase?.length ?? 1));
  const c = judge(look, start, end, 'confidential', secret >= 0 ? 0.75 : 0.6, look.norm(at), true);
  if (c) out.push(c);
  return out;
};

/** badge-id: a photo of the author's own badge, ID card, passport or licence. */
/** Words in a document's own sentence that say a picture of it is shown: "driver's license pic", "my Aadhaar photo". */
/** A document that is not there to be seen: lost, expired, asked for. */
const NOT_SHOWN = setOf(['lost', 'forgot', 'stolen', 'misplaced', 'expired', 'renew', 'renewal', 'typo', 'asks', 'wants']);
const PICTURE_SAID = setOf(['📸', 'pic', 'pics', 'selfie', 'photo']);
/** A picture of it said in a phrase, in its sentence or the next ones: "pic below", "(photo attached)", "posting it so u all suffer". */
const PICTURE_PHRASES: readonly (readonly string[])[] = [
  ['photo', 'of', 'it'], ['pic', 'of', 'it'], ['picture', 'of', 'it'], ['pic', 'below'], ['photo', 'below'], ['pic', 'attached'], ['photo', 'attached'],
  ['photo', 'page'], ['posting', 'it'], ['posting', 'the', 'pic'], ['posting', 'the', 'photo'], ['here', 'it', 'is'], ['look', 'at', 'it'], ['look', 'at', 'this'],
];

const badgeId: Detector = (look, s, all) => {
  const out: Candidate[] = [];
  const alt = look.segmentField.endsWith('.alt');
  for (let i = s.from; i < s.to; i++) {
    // "my id card": lower case "id" reads as "i'd" to the layer, but before a card it is the document.
    const lowerId = look.tokens[i]!.text.toLowerCase() === 'id' && ['card', 'badge', 'photo', 'pic', 'number'].includes(look.norm(i + 1));
    // The document's own word, or its plural: not "passed out", "carded".
    const doc = look.norm(i);
    if (!(DOCUMENTS.has(doc) || (doc.endsWith('s') && DOCUMENTS.has(doc.slice(0, -1)))) && !lowerId) continue;
    const n = lowerId ? 'id' : look.norm(i);
    if ((n === 'card' || n === 'pass' || n === 'permit') && !look.is(i - 1, ID_CARDS)) continue;
    if (n === 'id' && look.norm(i + 1) === 'tag') continue;
    if (['boarding', 'bus', 'season', 'credit', 'debit', 'birthday', 'gift'].includes(look.norm(i - 1))) continue;
    // A picture of it said in the next sentences too: "Green card came!!! ... pic of it below".
    // A picture word in the sentence, but not "passport photo": the photo for a passport, not one of it.
    let picture = look.anyPhrase(s.from, Math.min(all.to, s.to + 30), PICTURE_PHRASES) >= 0;
    // The next sentence too: "new provisional licence!! 🚗 (pic)".
    const after = look.r.sentences.find((x) => x.from === s.to);
    // Only a bare mark, "(pic)", "📸": a longer next sentence is about something else ("pic of the match below").
    const pictureTo = after && after.to - after.from <= 4 ? after.to : s.to;
    for (let k = look.any(s.from, pictureTo, PICTURE_SAID); k >= 0 && !picture; k = look.any(k + 1, pictureTo, PICTURE_SAID)) picture = !(k === i + 1 && look.norm(k) === 'photo');
    const shown = alt ? look.any(all.from, all.to, DOCUMENT_SHOWN) >= 0 || look.any(all.from, all.to, setOf(['my'])) >= 0 : look.anyPhrase(s.from, s.to, [['look', 'at'], ['here', 'is'], ["here's"]]) >= 0 || picture || (look.any(Math.max(s.from, i - 4), i, setOf(['new', 'got', 'my'])) >= 0 && ['badge', 'pass', 'card', 'id'].includes(n) && i > s.from && look.is(i - 1, ID_CARDS));
    if (!shown) continue;
    if (!alt && look.any(s.from, s.to, NOT_SHOWN) >= 0 && look.anyPhrase(s.from, Math.min(all.to, s.to + 30), PICTURE_PHRASES) < 0) continue;
    let from = i;
    while (from - 1 >= s.from && look.is(from - 1, ID_CARDS)) from--;
    const { start, end } = look.span(from, i + 1);
    const c = judge(look, start, end, 'badge-id', alt ? 0.8 : 0.65, n, true);
    if (c) out.push(c);
    break;
  }
  return out;
};

/** How many tokens around a sentence stand for "the whole post" to a detector: far more than any post has. */
const WHOLE_REACH = 400;

const DETECTORS: [string, Detector][] = [
  ['health', health],
  ['money', money],
  ['relationship', relationship],
  ['travel', travel],
  ['birthdate', birthdate],
  ['child-school', childSchool],
  ['home-address', homeAddress],
  ['boss-complaint', bossComplaint],
  ['sick-skip', sickSkip],
  ['confidential', confidential],
  ['badge-id', badgeId],
];

/** The reading pass over one text: candidates of every category whose cheap test the text passed. */
function readingCandidates(text: string, field: string, ageElsewhere: boolean): Candidate[] {
  const gated = gatedCategories(text);
  if (gated.size === 0) return [];
  const r = read(text);
  if (r.tokens.length === 0) return [];
  const look = new Look(r, field, ageElsewhere);
  const all = { from: 0, to: r.tokens.length };
  const out: Candidate[] = [];
  for (const [category, detect] of DETECTORS) {
    if (!gated.has(category)) continue;
    // The whole text, as a detector sees it around one sentence: at most WHOLE_REACH tokens either side, so that a
    // detector reading "the rest of the post" per sentence stays linear in a long text.
    for (const s of r.sentences) out.push(...detect(look, s, { from: Math.max(all.from, s.from - WHOLE_REACH), to: Math.min(all.to, s.to + WHOLE_REACH) }));
  }
  return out;
}

/** The confidence of a list match: the list is sure of its words; the reading says whether they are meant. */
function listCandidate(text: string, m: PhraseMatch, category: string): Candidate {
  const cues = [`trigger:${m.text.replace(/\s+/g, ' ').toLowerCase()}`];
  if (category === CUSTOM_CATEGORY) return { start: m.start, end: m.end, category, confidence: 0.9, cues, entry: -1 };
  const r = read(text);
  const c = r.cues(m.start, m.end);
  cues.unshift(...c.evidence);
  let confidence = 0.9;
  // A negation word inside the match is the entry's own ("nobody is home", "not back till the 9th"), not a denial of it.
  const negWord = c.evidence.find((e) => e.startsWith('negated:'))?.slice('negated:'.length).split(' ')[0] ?? '';
  const ownNegation = negWord !== '' && r.tokens.slice(r.tokenAt(m.start), r.tokenAt(m.end - 1) + 1).some((t) => t.norm === negWord);
  if (c.negated && !ownNegation && !['confidential', 'relationship', 'sick-skip'].includes(category)) confidence = 0.3;
  if (c.news) confidence = Math.min(confidence, 0.3);
  if (c.mode === 'irrealis') confidence *= 0.5;
  // Someone else acting on the author is the author's trouble: "landlord served us the 30-day notice".
  const onUs = category === 'money' && /\b(?:us|me)\b/i.test(m.text);
  // Someone else's trip empties their home, not the author's ("Neighbours are off to Fiji for three weeks"); everyone, the
  // whole lot of us, is the household.
  const otherWho = (c.evidence.find((e) => e.startsWith('about:other:'))?.slice('about:other:'.length) ?? '').replace(/'s$/, '');
  const otherTraveller = category === 'travel' && c.about === 'other' && !AUDIENCE.has(otherWho) && !FAMILY.has(otherWho) && !authorInClause(r, m.start) && !addressed(r, otherWho);
  if (c.about === 'other' && !onUs && (otherTraveller || !['boss-complaint', 'confidential', 'relationship', 'health', 'travel', 'booking', 'badge-id'].includes(category))) confidence *= 0.5;
  // A brother's or a nan's money is theirs: "My brother's skint till payday again"; their trip leaves their home empty
  // ("My sister's off to Bali"), not the author's trip to their wedding ("for my brother's wedding, 3 weeks").
  const familyWho = c.evidence.find((e) => e.startsWith('about:family:'))?.slice('about:family:'.length) ?? '';
  if (c.about === 'family' && NOT_HOUSEHOLD.has(familyWho.replace(/'s$/, '')) && (category === 'money' || (category === 'travel' && familyTravels(r, familyWho) && !authorInClause(r, m.start)))) confidence = Math.min(confidence, 0.3);
  const words = r.tokens.slice(r.tokenAt(m.start), r.tokenAt(m.end) + 1).map((t) => t.norm);
  // A bare "I'm broke" is everyday talk; broke till payday is money trouble.
  if (category === 'money' && words.includes('broke') && !/\b(?:till|until|til|payday)\b/i.test(text.slice(m.end, m.end + 40))) confidence = Math.min(confidence, 0.4);
  // A grandparent's age on a day ("my nan turned 90 on the 3rd of May") is theirs: personal-info reports a full date of anyone's.
  if (category === 'birthdate' && (c.about === 'family' || c.about === 'other')) confidence = Math.min(confidence, 0.3);
  // Someone named was born then: "The Queen was born on 21 April 1926".
  if (category === 'birthdate' && /\bborn\b/i.test(m.text) && namedBefore(new Look(r, ''), r.tokenAt(m.start) + (/^born/i.test(m.text) ? 0 : 1))) confidence = Math.min(confidence, 0.4);
  // "how do people even get the boarding pass on the app?": a question about a pass, with no code in it.
  if (category === 'booking' && !/\d/.test(m.text) && (c.mode === 'question' || /^(?:how|what|why|where|does|do|can|anyone)$/.test(r.tokens[r.sentenceOf(r.tokenAt(m.start)).from]?.norm ?? ''))) confidence = Math.min(confidence, 0.4);
  // Saying one has an ID number is not showing it; personal-info reports the number itself.
  if (category === 'badge-id' && /number|no\.?|#|ssn|social security/i.test(m.text)) confidence = Math.min(confidence, 0.4);
  // A joke about a thing: "divorcing my phone", "cheating on me with the charger".
  // The thing is what the match is done to, in its clause: not "day 2 of this hangover" a sentence later.
  if (category === 'relationship') {
    const clause = r.clauseOf(r.tokenAt(m.start));
    const to = Math.min(clause.to, r.tokenAt(m.end - 1) + 7);
    for (let k = clause.from; k < to; k++) {
      if (NOT_PARTNERS.has(r.tokens[k]!.norm) && !(r.tokens[k]!.norm === 'ways' && r.tokens[k - 1]?.norm === 'separate')) {
        confidence = Math.min(confidence, 0.4);
        break;
      }
    }
  }
  // Someone else's sick day: "watched my brother-in-law call in sick", "Jess called in sick".
  if (category === 'sick-skip' && /\b(?:watched|saw)\s+(?:my|his|her)\s+[\p{L}-]+\s+call/iu.test(text)) confidence = Math.min(confidence, 0.3);
  if (category === 'sick-skip' && namedBefore(new Look(r, ''), r.tokenAt(m.start))) confidence = Math.min(confidence, 0.3);
  // "Pulled a sickie from my diet": a day off from something that is not work.
  const skippedFrom = category === 'sick-skip' ? /^\s+(?:from|on)\s+(?:my|the|our)\s+([\p{L}']+)/iu.exec(text.slice(m.end))?.[1] : undefined;
  if (skippedFrom !== undefined && !SICK_WORK.has(skippedFrom.toLowerCase())) confidence = Math.min(confidence, 0.3);
  // "My brother called in sick to go to the game", "What's the etiquette on calling in sick...?".
  if (category === 'sick-skip' && (c.about === 'family' || c.about === 'other' || c.mode === 'question')) confidence = Math.min(confidence, 0.3);
  // "I am NOT pulling a sickie": a plain denial of the skipping (the excuse itself may hold a "can't").
  if (category === 'sick-skip' && c.negated && c.evidence.some((e) => /^negated:(?:not|never|no)$/.test(e))) confidence = Math.min(confidence, 0.3);
  return { start: m.start, ...birthCueSpan(m, category), category, confidence: Math.round(confidence * 100) / 100, cues, entry: 0 };
}

/**
 * The end of a birthdate match without its date: "my DOB is 02/11/1988" is
 * reported as "my DOB", the situation, while personal-info reports the date
 * itself; a span that covered the date would yield to that finding
 * (`yieldsTo`), and the post would lose the overshare.
 */
function birthCueSpan(m: PhraseMatch, category: string): { end: number } {
  // "my address is 55 Rosewood Crescent": the situation, "my address", while personal-info reports the address.
  if (category === 'home-address') {
    const digit = m.text.search(/\d/);
    const cue = digit > 0 ? m.text.slice(0, digit).replace(/(?:[\s,:=-]|\b(?:is|at|was|now)\b)+$/iu, '') : '';
    return cue.length > 0 ? { end: m.start + cue.length } : { end: m.end };
  }
  if (category !== 'birthdate') return { end: m.end };
  const date = BIRTH_DATE_START.exec(m.text);
  if (!date || date.index === 0) return { end: m.end };
  const cue = m.text.slice(0, date.index).replace(/(?:[\s,:=-]|\b(?:is|was|on|the|in [\p{L}.'’ -]+)\b|['’]s)+$/iu, '');
  return cue.length > 0 ? { end: m.start + cue.length } : { end: m.end };
}

/** Where the date of a birthdate match begins: a day, a month or a year. */
const BIRTH_DATE_START = /\b(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu;

/** An age of the author's in a text: "25 today", "turning 40", "I'm 52". */
const AGE = /\b(?:turning|turns|hit|i['’]m|im)\s+\d{1,2}\b|\b\d{1,2}\s+today\b/i;

/** The least confidence of a reading-pass candidate that is reported at all (the engine's `minConfidence` then decides). */
const REPORT_FLOOR = 0.3;

/**
 * The findings of one text: the list's matches and the reading pass's
 * candidates, left to right without overlaps, one per category and
 * sentence; a list match wins over a reading candidate of its category and
 * sentence (the list's span is the finer one), and a surer candidate over a
 * less sure one.
 */
function candidatesIn(text: string, field: string, groups: Group[], allow: readonly string[], ageElsewhere = false): Candidate[] {
  const list = matchesIn(text, groups).map((m) => listCandidate(text, m, categoryOf(m)));
  const spans = allowedSpans(text, allow);
  const reading = readingCandidates(text, field, ageElsewhere).filter((c) => c.confidence >= REPORT_FLOOR && !spans.some((a) => a.start < c.end && c.start < a.end));
  if (reading.length === 0) return list;
  const all = [...list, ...reading].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) {
    const clash = kept.findIndex((k) => k.start < c.end && c.start < k.end);
    if (clash < 0) kept.push(c);
    else if (c.entry !== undefined && kept[clash]!.entry === undefined) kept[clash] = c;
  }
  const best = new Map<string, Candidate>();
  const rank = (c: Candidate) => (c.entry !== undefined ? 2 : 0) + c.confidence;
  for (const c of kept) {
    const key = `${sentenceAround(text, c).start} ${c.category}`;
    const k = best.get(key);
    if (!k || rank(c) > rank(k)) best.set(key, c);
  }
  const keep = new Set(best.values());
  return kept.filter((c) => keep.has(c)).sort((a, b) => a.start - b.start);
}

/** Where the allowed words occur in a text (whole words, any case): no finding may overlap one. */
function allowedSpans(text: string, allow: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const word of allow) {
    const source = word.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    if (!source) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${source}(?![\\p{L}\\p{N}_])`, 'giu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The lists of the languages this rule reads by list and cues, beside its
 * English reader: rules/data/oversharing-<code>.ts.
 */
const LISTS: Readonly<Record<string, readonly (typeof OVERSHARING_ES)[number][]>> = { es: OVERSHARING_ES, fr: OVERSHARING_FR, de: OVERSHARING_DE, pt: OVERSHARING_PT };

/** Each language's list for some options, compiled on the first text in that language (never for an English-only run). */
const listsFor = perOptions((options: OversharingOptions) =>
  listsByLanguage(LISTS, { extraWords: [{ category: CUSTOM_CATEGORY, words: options.extraWords ?? [] }], allowWords: options.allowWords ?? [] }),
);

/** The findings of a text in a language read by list: one per category and sentence, the surest. */
function listedCandidates(text: string, list: CueList): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const m of list.find(text)) {
    if (m.confidence < LIST_FLOOR) continue;
    const key = `${sentenceAround(text, m).start} ${m.category}`;
    const kept = best.get(key);
    if (!kept || m.confidence > kept.confidence) best.set(key, { ...listedCueSpan(text, m), category: m.category, confidence: m.confidence, cues: m.cues, entry: 0 });
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

/** The capitalised words and street words right before a house number: "Calle Mayor ", "C/ de Sants ", "Rua das Flores, ", "la calle Alcalá ". */
const STREET_BEFORE_NUMBER = /(?:(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*|C\/|[Nn][º°]|de|del|la|las|los|da|das|do|dos|des|du|d['’]|calle|avenida|avda\.?|av\.?|paseo|plaza|rua|travessa|pra[çc]a|rue|avenue|bd|boulevard|all[ée]e|impasse|chemin|place|quai|route|pasaje|psje\.?|jir[oó]n|carrera|cra\.?)[\s,]*)+$/u;

/**
 * The end of a listed birthdate or home-address match without its date or
 * address, as `birthCueSpan` does for English: "Nací el 14 de marzo de
 * 1991" is reported as "Nací el", "Nueva dirección: Calle Mayor 12" as
 * "Nueva dirección", while personal-info reports the date or the address
 * itself; a span that covered it would yield to that finding (`yieldsTo`)
 * and the post would lose the overshare. A match that is the address
 * itself ("Hauptstraße 5, 10115 Berlin") is reported as what leads to it in
 * its sentence ("Rücksendung bitte an: Jana Weber"), or as the short
 * sentence right before it ("Einweihungsparty am Samstag"), as the English
 * reader falls back to the sentence; with neither, it keeps its span (and
 * yields).
 */
function listedCueSpan(text: string, m: { start: number; end: number; category: string }): { start: number; end: number } {
  const whole = { start: m.start, end: m.end };
  if (m.category !== 'birthdate' && m.category !== 'home-address') return whole;
  const matched = text.slice(m.start, m.end);
  const digit = matched.search(/\d/);
  if (digit < 0) return whole;
  // An age is no date personal-info reports: "faço 33 anos" keeps its span.
  if (m.category === 'birthdate' && !/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(matched.slice(digit))) return whole;
  let head = matched.slice(0, digit);
  if (m.category === 'home-address') head = head.replace(STREET_BEFORE_NUMBER, '');
  const cue = head.replace(/[\s\p{P}\p{S}]+$/u, '');
  if (cue.length > 0) return { start: m.start, end: m.start + cue.length };
  if (m.category !== 'home-address') return whole;
  const sentence = sentenceAround(text, m);
  const lead = text.slice(sentence.start, m.start).replace(/[\s\p{P}\p{S}]+$/u, '');
  if (/\p{L}/u.test(lead)) return { start: sentence.start, end: sentence.start + lead.length };
  // "Einweihungsparty am Samstag! Lindenstraße 12, ...": the sentence right before says what follows, as the English reader reads it.
  const gap = text.slice(0, sentence.start).match(/[\s\p{P}\p{S}]*$/u)![0].length;
  if (sentence.start === 0 || sentence.start - gap <= 0) return whole;
  const previous = sentenceAround(text, { start: sentence.start - gap - 1, end: sentence.start - gap });
  const said = text.slice(previous.start, sentence.start - gap);
  return /\p{L}/u.test(said) && said.length <= 60 ? { start: previous.start, end: previous.start + said.length } : whole;
}

export default defineRule<OversharingOptions>({
  id: 'oversharing',
  description: 'Flags personal details that should not be public: travel plans, IDs, health, money, work secrets and more.',
  messages: {
    overshare: 'Oversharing ({category}): "{match}" {reason}.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description: 'More words or phrases to flag as oversharing (whole words, any case; category "custom").',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Words or phrases whose matches are never reported.',
    },
    learned: {
      type: 'boolean',
      default: false,
      description: 'Also report what the learned model (trained on the labelled corpora) reads as a category where no word list did; cues start with "learned". Off by default: it reads every English post (about twice the rule\'s time) for a small measured gain.',
    },
  },
  // English by its own reader, the others by their lists (rules/data/oversharing-<code>.ts); texts in other languages reach it empty.
  languages: ['en', ...Object.keys(LISTS)],
  defaultSeverity: severities({
    professional: { public: 'error', default: 'warning' },
    personal: { public: 'error', default: 'warning' },
  }),
  // personal-info owns identifiers (an address, a date of birth, an SSN):
  // where it reports one, the situation around it is not reported again.
  yieldsTo: ['personal-info'],
  check({ post, options }) {
    const groups = groupsFor(options);
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      const others = post.segments.filter((o) => o !== segment);
      const ageElsewhere = others.length > 0 && others.some((o) => AGE.test(o.text));
      const list = segment.lang !== undefined && segment.lang !== 'en' ? listsFor(options)(segment.lang) : undefined;
      const candidates = list ? listedCandidates(segment.text, list) : candidatesIn(segment.text, segment.field, groups, options.allowWords ?? [], ageElsewhere);
      for (const c of candidates) {
        const category = c.category as keyof typeof CATEGORY_REASONS;
        findings.push({
          messageId: 'overshare',
          field: segment.field,
          span: { start: c.start, end: c.end },
          data: { category, match: segment.text.slice(c.start, c.end).replace(/\s+/g, ' '), reason: CATEGORY_REASONS[category] },
          ...(SENSITIVE_CATEGORIES.has(category) ? { sensitive: ['match'] } : {}),
          confidence: c.confidence,
          cues: c.cues,
        });
      }
    }
    if (options.learned === true) {
      // A category the rule reports is not reported again.
      const found = new Set(findings.map((f) => String(f.data?.category)));
      for (const call of learnedFindings(post, 'oversharing/')) {
        const category = call.label.slice('oversharing/'.length) as keyof typeof CATEGORY_REASONS;
        if (found.has(category) || !(category in CATEGORY_REASONS)) continue;
        const match = call.segment.text.slice(call.span.start, call.span.end);
        if (allowedSpans(call.segment.text, options.allowWords ?? []).some((a) => a.start < call.span.end && call.span.start < a.end)) continue;
        found.add(category);
        findings.push({
          messageId: 'overshare',
          field: call.segment.field,
          span: call.span,
          data: { category, match: match.replace(/\s+/g, ' '), reason: CATEGORY_REASONS[category] },
          ...(SENSITIVE_CATEGORIES.has(category) ? { sensitive: ['match'] } : {}),
          confidence: Math.round(call.probability * 100) / 100,
          cues: learnedCues(call),
        });
      }
    }
    return findings;
  },
});
