import { lazyRegExp, nativeRegExp } from '../src/core/native-regexp.js';
import { anyWordSource, foldForLiterals, PhraseMatcher, phraseSource } from '../src/core/phrases.js';
import { read, type Cues, type Reading } from '../src/core/reading/index.js';
import type { Token } from '../src/core/reading/index.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Finding } from '../src/core/types.js';
import { PARTY_PHRASES, PARTY_WORDS as W, SHOTS_NOT_DRINKS } from './data/party-photo.js';
import { PARTY_CARRIERS_ES, PARTY_PHOTO_ES } from './data/party-photo-es.js';
import { PARTY_CARRIERS_FR, PARTY_PHOTO_FR } from './data/party-photo-fr.js';
import { LIST_FLOOR, listsByLanguage, type CueEntry } from '../src/core/cue-lists.js';

/** The lists of the languages this rule reads by list and cues, beside its English reader: rules/data/party-photo-<code>.ts. */
const LISTS: Readonly<Record<string, readonly CueEntry[]>> = { es: PARTY_PHOTO_ES, fr: PARTY_PHOTO_FR, de: PARTY_PHOTO_DE, pt: PARTY_PHOTO_PT };
/** Each language's drinking verbs, through which a negation reaches a drink. */
const LIST_CARRIERS: Readonly<Record<string, readonly string[]>> = { es: PARTY_CARRIERS_ES, fr: PARTY_CARRIERS_FR, de: PARTY_CARRIERS_DE, pt: PARTY_CARRIERS_PT };
import { PARTY_CARRIERS_DE, PARTY_PHOTO_DE } from './data/party-photo-de.js';
import { PARTY_CARRIERS_PT, PARTY_PHOTO_PT } from './data/party-photo-pt.js';

/** Each language's list for some options, compiled on the first text in that language. */
const listsFor = perOptions((options: PartyPhotoOptions) =>
  listsByLanguage(LISTS, (language) => ({ carriers: LIST_CARRIERS[language] ?? [], extraWords: [{ category: 'custom', words: options.extraWords ?? [] }], allowWords: options.allowWords ?? [] })),
);

/** Options of `party-photo`. */
export type PartyPhotoOptions = {
  extraWords: string[];
  allowWords: string[];
};

interface Compiled {
  matcher: PhraseMatcher;
  allow: RegExp | undefined;
}

/** The matcher for some options, compiled once. */
const compiledFor = perOptions(
  (options: PartyPhotoOptions): Compiled => {
    const allowed = (options.allowWords ?? []).filter((w) => w.trim()).map(phraseSource);
    return {
      matcher: new PhraseMatcher([...PARTY_PHRASES], [{ category: 'custom', words: options.extraWords ?? [] }], options.allowWords ?? []),
      allow: allowed.length ? nativeRegExp(`(?<![\\p{L}\\p{N}_])(?:${allowed.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : undefined,
    };
  },
);

/**
 * Whether a text (in lower case) may hold a token trigger: one cheap search
 * before the reading layer is asked, its strings grouped by first letter so
 * that most positions of a text try one group, not every string.
 */
const QUICK = nativeRegExp(quickSource(W.quick));

function quickSource(strings: readonly string[]): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const byFirst = new Map<string, string[]>();
  for (const text of [...strings].sort((a, b) => b.length - a.length)) {
    const first = text[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), text.slice(1)]);
  }
  return [...byFirst].map(([first, rests]) => `${escape(first)}(?:${rests.map(escape).join('|')})`).join('|');
}
/** Shots that are no drinks (vaccines, photos, sport): asked only of a text with a shot in it, so compiled when first asked. */
const SHOTS_INNOCENT = lazyRegExp(() => anyWordSource(SHOTS_NOT_DRINKS), 'iu');

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const DRUNK_ALWAYS = set(W.drunkAlways);
const DRUNK_AMBIGUOUS = set(W.drunkAmbiguous);
const NEEDS_ALCOHOL = set(W.needsAlcohol);
const EVENT_ENOUGH = set(W.eventEnough);
const FRAMED_ENOUGH = set(W.framedEnough);
const STATE_FRAME = set(W.stateFrame);
const DEGREE = set(W.degree);
const AFTER_STATE = set(W.afterState);
const AUTHOR_THINGS = set(W.authorThings);
const PERSON_NOUNS = set(W.personNouns);
const FIGURE_BEFORE = set(W.figureBefore);
const FIGURE_ADVERBS = set(W.figureAdverbs);
const ALCOHOL = set(W.alcohol);
const SPIRITS = set(W.spirits);
/** Alcohol as a context: not the words that also name other things ("shot", "drink", "round"). */
const ALCOHOL_CONTEXT = set(W.alcohol.filter((w) => !['shot', 'drink', 'drank', 'round', 'brew', 'claw', 'bud', 'corona', 'keg'].includes(w)));
const COUNTABLE = set(W.countable);
const CONTAINERS = set(W.containers);
const COUNT_CUES = set(W.countCues);
const NON_ALCOHOL = set(W.nonAlcohol);
const NIGHT_OUT = set(W.nightOut);
/** A night out by its event, not only its time: what outweighs a tired "wrecked after that night shift". */
const NIGHT_EVENTS = set(W.nightOut.filter((w) => !['night', 'weekend', 'friday', 'saturday', 'tonight', 'tonite', '2nite', 'crew', 'boys', 'girls', 'lads'].includes(w)));
const INNOCENT_STATES = set(W.innocentStates);
const ILLNESS = set(W.illness);
const NIGHT_PLACES = set(W.nightPlaces);
const DOG_HAIR = set(W.dogHair);
const COMPANY = set(W.company);
const SESSION_TIME = set(W.sessionTime);
const WISHES = set(W.wishes);
const IMPERATIVES = set(W.imperatives);
const ADDRESSEE = set(W.addressee);
const HEDGES = set(W.hedges);
const PRESUPPOSING = set(W.presupposing);
const PURCHASE = set(W.purchase);
const HISTORY = set(W.history);
const WINE_COLOURS = set(W.wineColours);
const TOPIC = set(W.topic);
const NOT_SUBJECTS = set(W.notSubjects);
const DOWNING = set(W.downing);
const STRANGE_BEDS = set(W.strangeBeds);
const EVENTS = set(W.events);
const STATE_WITH_DRINK = set(W.stateWithDrink);
const MORNING_STATES = set(W.morningStates);
const STRAIGHT = set(W.straight);
const TITLE_NOUNS = set(W.titleNouns);
const HANGOVER = set(['hungover', 'hangover', 'hungova', 'hangova']);
/** Where someone lies down at home: a night out only with a drink or an event in the post. */
const FURNITURE = set(['sofa', 'couch', 'floor', 'bathroom', 'stairs', 'lawn', 'toilet', 'loo', 'garden']);
const WEAK_IRREALIS = set(W.weakIrrealis);
/** A drink's words and the rule's degrees and frames, through which a negation reaches a trigger, besides the layer's own. */
const CARRIERS = set([...W.negationCarriers, ...W.degree, ...W.stateFrame]);
const NOT_TITLE = set(W.notTitleWords);
const TITLE_GLUE = set(W.titleGlue);
const GROUPS = set(W.groups);
const SCENE_GROUPS = set(W.sceneGroups);
/** A defeat, for the states that also mean beaten: "the quiz team got hammered, last place again". */
const BEATEN = set(['quiz', 'league', 'last', 'defeat', 'lost', 'losing', 'opposition', 'opponents', 'fc', 'final', 'semi', 'semis', 'tournament', 'table', 'points', 'nil', 'scoreline']);
const HOURS = set(['hrs', 'hr', 'hours', 'hour', 'h', 'days', 'day', 'weeks', 'mins', 'minutes']);
/** Words that open a clause before a state and name no one: "Today is a hangover day", "Everything is wasted". */
const NOT_NAMES = set(['today', 'tonight', 'tomorrow', 'yesterday', 'this', 'that', 'it', "it's", 'its', 'everything', 'life', 'still', 'so', 'also', 'now', 'just', 'and', 'but', 'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'who', 'what', 'which', 'there', 'here', 'being', 'feeling', 'getting', 'got', 'lol', 'omg', 'ok', 'okay', 'yes', 'yeah', 'no', 'well', 'officially', 'currently', 'totally', 'literally', 'def', 'probably', 'maybe', 'honestly', 'actually', 'basically', 'lowkey', 'highkey', 'ngl', 'tbh', 'fr', 'kinda', 'sorta', 'feel', 'feels', 'felt', 'legit', 'genuinely', 'admittedly', 'apparently', 'somehow', 'again', 'once', 'always', 'never', 'usually', 'sometimes']);
const KIDS = set(W.kids);
const CHOOSING = set(W.choosing);
/** Verbs that make a state someone's effect: "This heatwave has me feeling drunk". */
const CAUSING = set(['has', 'have', 'had', 'got', 'gets', 'getting', 'makes', 'made', 'making', 'left', 'leaves', 'leaving', 'keeps', 'kept']);
const DRINK = set(['drink']);
const CURES = set(W.hangoverCures);
const ALONE_MORNING_STATES = set(W.aloneMorningStates);
/** Illness words but "morning": "hanging this morning" is the morning after, not morning sickness. */
const ILLNESS_NOT_MORNING = set(W.illness.filter((w) => w !== 'morning'));
const SHOT = set(['shot']);
const SHOT_OR_ROUND = set(['shot', 'round']);
const NOT_A_DRINK_NAME = set(['drink', 'shot', 'drank']);
const BLACKOUT_CLUES = set(['apparently', 'midnight']);
const MORNING_AFTER = set(['woke', 'waking', 'wake', 'night', 'saturday', 'friday', 'sunday', 'weekend']);
const KEG_STAND = set(['upside', 'legs', 'ankles', 'handstand']);
const AUTHOR_WORDS = set(['i', "i'm", 'me', 'we', "we're", 'my', 'us', "let's"]);
const PARTY = set(['party']);
const DRINK_EMOJI = /[🍻🍺🥃🍸🍹🥂🍾🍷🥴🤮]/u;
const LATE_HOUR = /^(?:1[0-2]|[1-6])(?::\d\d)?am$/;
/** An hour of the day a session starts at: "from 2pm", "since 11am", "from 12". */
/** Mixers after a spirit's name: what makes an unknown brand a drink. */
const MIXERS = new Set(['coke', 'cokes', 'lemonade', 'tonic', 'tonics', 'soda', 'sodas', 'ginger', 'gingers', 'redbull', 'sprite', 'pepsi', 'dry']);
const DAY_HOUR = /^(?:1[0-2]|[1-9])(?::\d\d)?(?:am|pm)$/;

/** How sure a trigger alone makes the rule, before the cues: strong phrases, then weaker readings. */
const STRONG = 0.9;
/** Below this the rule keeps nothing (the engine's `minConfidence`, 0.5 by default, drops more). */
const FLOOR = 0.3;

/** A trigger found in a text. `head` is the span the cues are read for (the word the trigger is about). */
interface Candidate {
  start: number;
  end: number;
  head: { start: number; end: number };
  category: string;
  base: number;
  trigger: string;
  /** A noun trigger (an activity: "bar crawl", "keg stand"), which "but it's ..." can reframe. */
  noun?: boolean;
  /** Negation inside the trigger's own words ("don't remember last night") is the trigger, not a denial. */
  phrase?: boolean;
  cues?: string[];
}

/** The tokens of a reading, with the small questions the triggers ask of them. */
class Look {
  readonly t: Token[];
  constructor(readonly r: Reading) {
    this.t = r.tokens;
  }
  norm(i: number): string {
    return this.r.norm(i);
  }
  word(i: number): boolean {
    return this.t[i]?.kind === 'word';
  }
  in(i: number, words: ReadonlySet<string>): boolean {
    const t = this.t[i];
    return t !== undefined && (words.has(t.norm) || words.has(t.short));
  }
  form(i: number, lemmas: ReadonlySet<string>): boolean {
    return this.r.isForm(i, lemmas);
  }
  /** The next word token after `i` (skipping nothing but emoji and symbols when `loose`). */
  next(i: number, loose = false): number {
    let j = i + 1;
    while (loose && j < this.t.length && this.t[j]!.kind !== 'word' && this.t[j]!.kind !== 'number') j++;
    return j;
  }
  /** Whether the sentence of token `i` holds a word of `words` (as a form). */
  sentenceHas(i: number, words: ReadonlySet<string>, forms = false): boolean {
    const s = this.r.sentenceOf(i);
    for (let k = s.from; k < s.to; k++) if (forms ? this.form(k, words) : this.in(k, words)) return true;
    return false;
  }
  textHas(words: ReadonlySet<string>, forms = false): boolean {
    for (let k = 0; k < this.t.length; k++) if (forms ? this.form(k, words) : this.in(k, words)) return true;
    return false;
  }
  sentenceText(i: number): string {
    const s = this.r.sentenceOf(i);
    return this.r.text.slice(this.t[s.from]!.start, this.t[s.to - 1]!.end);
  }
  /** Alcohol, a drink emoji or a small hour anywhere in the text. */
  private alcohol?: boolean;
  private late?: boolean;
  alcoholInText(): boolean {
    if (this.alcohol === undefined) {
      // A drink's name inside a title or quotation ("Singing Tequila at karaoke") is no drink of the post's.
      // "bring a bottle", "BYOB": alcohol by custom.
      this.alcohol = DRINK_EMOJI.test(this.r.text) || /\b(?:bring\b[^.!?\n]{0,24}\b(?:a|your\s+own)\s+bottle\b(?!\s+of\s+(?:water|milk|juice|pop|squash|sun\s*cream|suncream|formula))|byob|byo)\b/i.test(this.r.text);
      for (let k = 0; k < this.t.length && !this.alcohol; k++) {
        if (!this.form(k, ALCOHOL_CONTEXT)) continue;
        const c = this.r.cues(this.t[k]!.start, this.t[k]!.end);
        if (!c.title && !c.quoted) this.alcohol = true;
      }
    }
    return this.alcohol;
  }
  lateHour(): boolean {
    this.late ??= this.t.some((t) => t.kind === 'number' && LATE_HOUR.test(t.norm));
    return this.late;
  }
  /** A count: digits, a number word, "#7". */
  count(i: number): number | undefined {
    const t = this.t[i];
    if (!t) return undefined;
    const digits = /^#?(\d{1,3})(?:st|nd|rd|th)?$/.exec(t.norm);
    if (digits) return Number(digits[1]);
    return W.numbers[t.norm];
  }
  spells(i: number, phrase: readonly string[]): boolean {
    return this.r.spells(i, phrase);
  }
}

/** "too", also when typed "to" before a degree's word: "partied to hard", "drank way to much". */
function isToo(l: Look, i: number): boolean {
  const n = l.t[i]?.short;
  if (n === 'to' || n === 'too' || n === 'two') {
    const after = l.t[i + 1]?.short;
    return n === 'too' || after === 'hard' || after === 'much' || after === 'many';
  }
  return false;
}

/** A span over tokens [a, b] (inclusive). */
function span(l: Look, a: number, b: number): { start: number; end: number } {
  return { start: l.t[a]!.start, end: l.t[b]!.end };
}

function candidate(l: Look, a: number, b: number, category: string, base: number, trigger: string, head = a, extra: Partial<Candidate> = {}): Candidate {
  return { ...span(l, a, b), head: span(l, head, head), category, base, trigger, ...extra };
}

/** Being drunk: "drunk", "tipsy", and the ambiguous states in a person's frame ("getting WRECKED tonight"). */
function drunkStates(l: Look, i: number, out: Candidate[]): void {
  const always = l.in(i, DRUNK_ALWAYS);
  const ambiguous = !always && l.in(i, DRUNK_AMBIGUOUS);
  if (!always && !ambiguous) return;
  const n = l.t[i]!.norm;
  const prev = l.norm(i - 1);
  const next = l.norm(i + 1);
  if (FIGURE_BEFORE.has(prev) || (l.norm(i - 1) === '-' && FIGURE_BEFORE.has(l.norm(i - 2)))) return;
  if (PERSON_NOUNS.has(next) || PERSON_NOUNS.has(l.norm(i + 2)) && l.word(i + 1) && !AUTHOR_THINGS.has(next) && /^(?:little|old|young|random|stupid|sloppy)$/.test(next)) return;
  // "have drunk two coffees": a past participle, unless the author's own thing follows ("drunk hickups").
  if (n === 'drunk' && /^(?:have|has|had|'ve|i've|we've|you've|they've)$/.test(prev) && !AUTHOR_THINGS.has(next)) return;
  // Frame: a person's be/get/feel, or a degree, up to three words before.
  let framed = false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!l.word(k)) break;
    if (l.in(k, STATE_FRAME)) {
      framed = true;
      break;
    }
    if (!l.in(k, DEGREE) && !isToo(l, k)) break;
    // A degree frames an ambiguous state only with a night out or a drink around it, which the checks below ask for.
    framed = true;
  }
  const s = l.r.sentenceOf(i);
  const alone = s.to - s.from <= 3 && i <= s.from + 1;
  const after = AFTER_STATE.has(next) || AUTHOR_THINGS.has(next) || !l.word(i + 1);
  if (always) {
    // "drunk on power", "drunk with love": only alcohol, a day or a party after "on".
    const base = framed || alone || AUTHOR_THINGS.has(next) ? 0.85 : after ? 0.7 : 0.55;
    out.push(candidate(l, i, i, 'drunk', base, n));
    return;
  }
  // Ambiguous: in a person's frame, not "wasted time", not "hammered by", not "plastered in mud". With the subject left
  // out and a time after ("steaming by 9pm at Dan's wedding"), the author's state.
  const s0 = l.r.sentenceOf(i);
  // "hammered by 9", "to be hammered by lunchtime": drunk by an hour of the day.
  const byTime = next === 'by' && (l.t[i + 2]?.kind === 'number' || /^(?:lunchtime|lunch|noon|midday|midnight|teatime|dinnertime|kickoff|kick-off)$/.test(l.norm(i + 2))) && (i === s0.from || !l.word(i - 1) || l.in(i - 1, STATE_FRAME) || l.in(i - 1, DEGREE));
  if (!framed && !alone && !byTime) return;
  // A thing's state, not a person's: "my voice is gone", "the car was wrecked".
  const frame = [i - 1, i - 2, i - 3].find((k) => k >= 0 && l.in(k, STATE_FRAME));
  if (frame !== undefined && l.word(frame - 1) && /^(?:my|our|the|this|that|his|her|your|their)$/.test(l.norm(frame - 2)) && !l.in(frame - 1, PERSON_NOUNS) && l.r.personAt(frame - 1) === undefined) return;
  if (/^(?:by|in|into|onto|over|across|everywhere|out|away|the|a|an|my|your|his|her|our|their|it|them|him|for|up|down|through)$/.test(next) && !byTime) return;
  if (next === 'off' && n === 'pissed') return;
  if ((next === 'with' || next === 'on' || next === 'from') && !namesANight(l, i + 2)) return;
  const alcohol = l.alcoholInText();
  const night = l.sentenceHas(i, NIGHT_OUT) || l.lateHour();
  if (l.sentenceHas(i, INNOCENT_STATES) && !l.sentenceHas(i, ALCOHOL_CONTEXT, true) && !l.sentenceHas(i, NIGHT_EVENTS)) return;
  // "the pub quiz team got absolutely hammered, last place again": beaten, even in a pub.
  if (/^(?:hammered|smashed|thrashed|battered|destroyed|wrecked|trashed)$/.test(n) && l.sentenceHas(i, BEATEN) && !l.sentenceHas(i, ALCOHOL_CONTEXT, true)) return;
  // "got absolutely wasted... at Monopoly": the sentence goes on past the dots, at what the state was.
  const goesOn = l.r.sentences.find((x) => x.from >= s.to);
  if (goesOn && /^(?:at|by|in|on|from|over|playing)$/.test(l.norm(goesOn.from)) && l.sentenceHas(goesOn.from, INNOCENT_STATES) && !l.sentenceHas(goesOn.from, ALCOHOL_CONTEXT, true)) return;
  // "I intend to get absolutely leathered": in a person's be/get frame, these need no night named.
  if (FRAMED_ENOUGH.has(n) && frame !== undefined) {
    out.push(candidate(l, i, i, 'drunk', l.alcoholInText() ? 0.85 : 0.75, n));
    return;
  }
  // "Absolutely steaming at the work Christmas do": some need alcohol, or at least a night's event (not only "tonight").
  // "still steaming from last night": the night the state comes from is enough for those a night's event is enough for.
  const fromLastNight = next === 'from' && /^(?:last|the)$/.test(l.norm(i + 2)) && /^(?:night|nite|nights)$/.test(l.norm(i + 3));
  if (NEEDS_ALCOHOL.has(n) ? !(alcohol || (EVENT_ENOUGH.has(n) && (l.sentenceHas(i, NIGHT_EVENTS) || fromLastNight))) : !(alcohol || night)) return;
  out.push(candidate(l, i, i, 'drunk', alcohol ? 0.85 : 0.75, n));
}

/** Whether the words from `k` (past small words) name a drink, a night out, a day or company: "with the girls", "from last night". */
function namesANight(l: Look, k: number): boolean {
  for (; k < Math.min(l.t.length, k + 6); k++) {
    if (l.t[k]!.kind === 'number') return true;
    if (!l.word(k)) return false;
    const n = l.norm(k);
    if (/^(?:too|much|so|all|way|many|pure|just|a|an|the|this|that|these|those|my|our|your|his|her|their|its|some|free|cheap|\S+'s)$/.test(n)) continue;
    return l.form(k, ALCOHOL) || l.in(k, NIGHT_OUT) || l.in(k, COMPANY) || /^(?:last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|work|new|nye|it|one|me|us|them)$/.test(n);
  }
  return false;
}

/** Drinking as a session: "drinking since 9", "drinking away our sorrows", "drank my weight in margaritas", "drank waaay to much". */
function drinkingSessions(l: Look, i: number, out: Candidate[]): void {
  const n = l.t[i]!.norm;
  if (n === 'drunk' || n === 'drinks' || !(l.form(i, DRINK) || /^dr[ai]n?k(?:in|ing|n)$/.test(l.t[i]!.short))) return;
  const slang = /^drank(?:in|ing)$|^drankn$/.test(l.t[i]!.short);
  const j = l.next(i);
  const a = l.norm(j);
  const b = l.norm(j + 1);
  const c = l.norm(j + 2);
  if (NON_ALCOHOL.has(a) || NON_ALCOHOL.has(b) || (a === 'some' && NON_ALCOHOL.has(c))) return;
  const end = (k: number) => candidate(l, i, Math.min(k, l.t.length - 1), 'drinking', 0, n, i);
  let found: Candidate | undefined;
  if (a === 'since' || a === 'till' || a === 'til' || a === 'until' || (a === 'all' && SESSION_TIME.has(b)) || (a === 'for' && (SESSION_TIME.has(b) || l.count(j + 1) !== undefined)))
    found = { ...end(j + 1), base: 0.8 };
  else if (a === 'away' || (a === 'our' || a === 'my') && b === 'sorrows') found = { ...end(j), base: 0.85 };
  else if ((a === 'my' || a === 'our') && (b === 'weight' || (b === 'body' && c === 'weight'))) found = { ...end(b === 'weight' ? j + 1 : j + 2), base: 0.85 };
  else if (a === 'myself' || a === 'ourselves') found = { ...end(j), base: 0.8 };
  else if ((a === 'a' || a === 'the' || a === 'an') && (b === 'whole' || b === 'entire') && (c === 'bottle' || c === 'bar' || c === 'minibar' || c === 'keg')) found = { ...end(j + 2), base: 0.85 };
  else if (a === 'the' && [j + 2, j + 3, j + 4].some((k) => l.norm(k) === 'dry' && l.word(k - 1))) {
    const k = [j + 2, j + 3, j + 4].find((k) => l.norm(k) === 'dry')!;
    found = { ...end(k), base: 0.85 };
  }
  else if ((isToo(l, j) || ((a === 'way' || a === 'far' || a === 'so') && isToo(l, j + 1)) || (l.t[j]?.short === 'way' && isToo(l, j + 1))) && !NON_ALCOHOL.has(l.norm(l.next(j + (isToo(l, j) ? 1 : 2)) + 0))) {
    const k = isToo(l, j) ? j + 1 : j + 2;
    if (l.norm(k) === 'much' && !NON_ALCOHOL.has(l.norm(k + 1))) found = { ...end(k), base: 0.85 };
  } else if (slang) found = { ...end(i), base: 0.75 };
  else if (a === 'with' && (COMPANY.has(b) || COMPANY.has(c))) found = { ...end(COMPANY.has(b) ? j + 1 : j + 2), base: 0.6 };
  else if (/^(?:out|went|go|going|been)$/.test(l.norm(i - 1)) && !l.word(j)) found = { ...end(i), base: 0.6 };
  else {
    // An alcohol object: spirits are a night, a beer or a glass of wine is not.
    for (let k = j; k < Math.min(j + 3, l.t.length); k++) {
      if (!l.word(k)) break;
      if (l.form(k, SPIRITS) && !l.in(k, SHOT)) {
        found = { ...end(k), base: 0.65 };
        break;
      }
    }
  }
  if (found) out.push(found);
}

/** Counts of drinks: "three pints in", "6 beers deep", "the last 4 cocktails", "too many dranks", "drink #7", "bottle no. 2", "Round 2 of shots". */
function drinkCounts(l: Look, i: number, out: Candidate[]): void {
  const t = l.t[i]!;
  if ((t.short === 'many' || t.norm === 'one' || l.count(i) !== undefined || l.form(i, COUNTABLE) || l.form(i, CONTAINERS)) && l.sentenceHas(i, CHOOSING)) return;
  // "too many dranks", "one too many", "so many pints".
  if (/^(?:few|couple|two)$/.test(t.norm) && isToo(l, i + 1) && l.norm(i + 2) === 'many') {
    out.push(candidate(l, l.norm(i - 1) === 'a' ? i - 1 : i, i + 2, 'drinking', 0.85, 'a few too many', i));
    return;
  }
  if ((t.short === 'many' && (isToo(l, i - 1) || l.t[i - 1]?.short === 'so')) || (t.norm === 'one' && isToo(l, i + 1) && l.norm(i + 2) === 'many')) {
    const k = t.norm === 'one' ? i + 3 : l.next(i);
    // "one too many at the work do", but not "one too many emails".
    const oneTooMany = t.norm === 'one' && (!l.word(k) || l.form(k, COUNTABLE) || l.form(k, ALCOHOL) || /^(?:at|in|on|and|last|tonight|with|before|after|again|lol|haha|this|yesterday|earlier|already|over|now|of)$/.test(l.norm(k)));
    if (t.norm === 'one' && l.norm(k) === 'of' && !l.form(k + 1, ALCOHOL) && !l.form(k + 2, ALCOHOL) && !l.form(k + 1, COUNTABLE)) return;
    if (oneTooMany || (t.norm !== 'one' && l.form(k, COUNTABLE))) {
      if (l.form(k, SHOT_OR_ROUND) && SHOTS_INNOCENT().test(l.sentenceText(i))) return;
      const last = t.norm === 'one' ? i + 2 : k;
      out.push(candidate(l, i - (t.norm === 'one' ? 0 : 1), Math.min(last, l.t.length - 1), l.form(k, SHOT) ? 'shots' : 'drinking', 0.85, t.norm === 'one' ? 'one too many' : `too many ${l.norm(k)}`, i));
    }
    return;
  }
  const count = l.count(i);
  if (count !== undefined && count >= 2) {
    let k = l.next(i);
    // A range: "5 or 6 rye and gingers", "4-5 pints".
    if (/^(?:or|-|to)$/.test(l.norm(k)) && l.count(k + 1) !== undefined) k = l.next(k + 1);
    // "Friday pints", "tequila shots": one word between.
    const counted = (j: number) => l.form(j, COUNTABLE) || (l.form(j, ALCOHOL_CONTEXT) && l.t[j]!.norm.endsWith('s'));
    if (l.word(k) && !counted(k) && !l.form(k, CONTAINERS) && counted(k + 1)) k++;
    const noun = counted(k) ? k : undefined;
    // "3 bottles of wine", "three bottles of the red".
    const ofAlcohol = l.form(k, CONTAINERS) && l.norm(k + 1) === 'of' && (l.form(k + 2, ALCOHOL) || l.form(k + 3, ALCOHOL) || (/^(?:bottles?|glass(?:es)?)$/.test(l.norm(k)) && (l.in(k + 2, WINE_COLOURS) || (l.norm(k + 2) === 'the' && l.in(k + 3, WINE_COLOURS)))));
    // "bring more vodka we've already finished 3 bottles": bottles emptied, with the drink named in the post.
    const emptied = noun === undefined && !ofAlcohol && /^bottles$/.test(l.norm(k)) && /^(?:finished|killed|emptied|drank|drunk|downed|sank|sunk|necked|done|polished)$/.test(l.norm(i - 1) === 'already' ? l.norm(i - 2) : l.norm(i - 1)) && l.alcoholInText();
    if (emptied) {
      out.push(candidate(l, i - 1, k, 'drinking', count >= 3 ? 0.8 : 0.7, `${l.norm(i - 1)} ${count} bottles`, k));
      return;
    }
    if (noun === undefined && !ofAlcohol) return;
    // "10 schooners of lemonade", "3 pints of milk": the measure of something sober.
    if (noun !== undefined && l.norm(k + 1) === 'of' && (NON_ALCOHOL.has(l.norm(k + 2)) || NON_ALCOHOL.has(l.norm(k + 3)))) return;
    const nounWord = l.norm(k);
    if (/^rounds?$/.test(nounWord) && !(l.norm(k + 1) === 'of' && l.form(k + 2, ALCOHOL))) return;
    const soFar = /^(?:deep|down|later|counting)$/.test(l.norm(l.next(k)));
    if (l.form(k, SHOT_OR_ROUND) && !soFar && SHOTS_INNOCENT().test(l.sentenceText(i))) return;
    if (ofAlcohol && /^(?:cans?|box(?:es)?|cases?|crates?)$/.test(nounWord) && count < 3) return;
    // "Got three shots today" is a vaccine day: shots counted need a drink or a night out around them.
    if (l.form(k, SHOT) && !soFar && !l.alcoholInText() && !l.sentenceHas(i, NIGHT_OUT)) return;
    // Bought or brought, not drunk: "bought 6 beers for the bbq", "5 bottles of wine for the dinner party".
    const after = ofAlcohol ? (l.form(k + 2, ALCOHOL) ? k + 3 : k + 4) : k + 1;
    if ([i - 1, i - 2, i - 3].some((p) => p >= 0 && l.in(p, PURCHASE)) || (l.norm(after) === 'for' && !/^(?:me|us|myself|breakfast|lunch|brunch)$/.test(l.norm(after + 1)))) return;
    const cue = l.in(l.next(k), COUNT_CUES) || (l.norm(l.next(k)) === 'were' && l.norm(l.next(k) + 2) === 'mistake') || l.norm(k + 1) === 'of';
    const last = l.norm(i - 1) === 'the' && l.norm(i - 2) !== 'of' ? 0.05 : 0;
    const bottles = ofAlcohol && /^(?:bottles?|jugs?|pitchers?)$/.test(nounWord);
    // "two glasses of champagne" is a toast for two; two bottles are a night.
    const twoGlasses = count === 2 && ofAlcohol && /^glass(?:es)?$/.test(nounWord) && !l.in(l.next(k), COUNT_CUES);
    const base = count >= 4 || (bottles && count >= 2) ? (cue ? 0.85 : 0.75) : count === 3 ? (cue ? 0.85 : 0.65) : cue && !twoGlasses ? 0.55 : 0.4;
    const endAt = ofAlcohol ? (l.form(k + 2, ALCOHOL) || l.in(k + 2, WINE_COLOURS) ? k + 2 : k + 3) : cue && l.word(l.next(k)) ? l.next(k) : k;
    out.push(candidate(l, i, endAt, l.form(k, SHOT) ? 'shots' : 'drinking', Math.min(0.9, base + last), `${count} ${nounWord}`, k));
    return;
  }
  // "drink #7", "bottle no. 2", "Round 2 of shots", "on my third bottle".
  if (l.form(i, COUNTABLE) || l.form(i, CONTAINERS)) {
    let k = i + 1;
    const marked = l.norm(k) === 'no' || l.norm(k) === 'number' || l.norm(k) === 'num';
    if (marked) k += l.norm(k + 1) === '.' ? 2 : 1;
    const n2 = l.count(k);
    if (n2 === undefined || k === i) return;
    if (!marked && !/^#/.test(l.t[k]!.norm) && !/^rounds?$/.test(t.norm)) return;
    if (!/^(?:drinks?|pints?|beers?|bottles?|glass(?:es)?|rounds?|cocktails?|shots?|jugs?|pitchers?)$/.test(t.norm)) return;
    const bottle = /^(?:bottles?|jugs?|pitchers?)$/.test(t.norm);
    const round = /^rounds?$/.test(t.norm);
    if (round && !(l.norm(k + 1) === 'of' && l.form(k + 2, ALCOHOL))) return;
    if ((round || /^shots?$/.test(t.norm)) && SHOTS_INNOCENT().test(l.sentenceText(i))) return;
    if (!bottle && !round && !l.form(i, COUNTABLE)) return;
    if (bottle && !l.alcoholInText()) return;
    const enough = bottle || round ? n2 >= 2 : n2 >= 3;
    out.push(candidate(l, i, round ? k + 2 : k, round ? 'shots' : 'drinking', enough ? 0.75 : 0.4, `${t.norm} ${n2}`, i));
  }
}

/** Shots as drinks by their verb or company: "doing shots", "drinks and shots", "shot glasses of tequila". */
function shots(l: Look, i: number, out: Candidate[]): void {
  const n = l.t[i]!.norm;
  if (n !== 'shots' && n !== 'shot') return;
  if (n === 'shot' && (l.norm(i + 1) === 'glass' || l.norm(i + 1) === 'glasses')) {
    const ofDrink = l.norm(i + 2) === 'of' && l.form(i + 3, ALCOHOL);
    if (ofDrink || l.alcoholInText() || l.lateHour()) out.push(candidate(l, i, ofDrink ? i + 3 : i + 1, 'shots', 0.8, 'shot glasses', i));
    return;
  }
  if (SHOTS_INNOCENT().test(l.sentenceText(i))) return;
  // "Doing shots... of wheatgrass": what follows "of", past the dots.
  const of = l.next(i, true);
  if (l.norm(of) === 'of' && (NON_ALCOHOL.has(l.norm(l.next(of, true))) || !l.form(l.next(of, true), ALCOHOL))) return;
  const prev = l.norm(i - 1);
  const prev2 = l.norm(i - 2);
  if (n !== 'shots') return;
  if (prev === 'body' && (l.sentenceHas(i, NIGHT_OUT) || l.alcoholInText())) {
    out.push(candidate(l, i - 1, i, 'shots', 0.8, 'body shots', i));
    return;
  }
  const doing = /^(?:do|doing|doin|did|done|pound|pounding|pounded|down|downing|downed|slam|slamming|slammed|buy|buying|bought|order|ordering|ordered)$/;
  const taking = /^(?:take|taking|takin|took|had|having|get|got|getting)$/;
  const verbAt = doing.test(prev) || taking.test(prev) ? i - 1 : (doing.test(prev2) || taking.test(prev2)) && l.word(i - 1) && (l.count(i - 1) !== undefined || /^(?:some|more|few|the)$/.test(prev)) ? i - 2 : -1;
  if (verbAt >= 0) {
    const strong = doing.test(l.norm(verbAt));
    const base = strong ? 0.75 : l.alcoholInText() || l.sentenceHas(i, NIGHT_OUT) ? 0.7 : 0.45;
    out.push(candidate(l, verbAt, i, 'shots', base, `${l.norm(verbAt)} shots`, i));
    return;
  }
  // "after last night's shots", "shots shots shots 🥃🥃": a night named as theirs, or the tumbler beside them.
  if ((prev === "night's" && /^(?:last|saturday|friday|sunday)$/.test(prev2)) || /^(?:🥃|🍸|🍾)/u.test(l.t[i + 1]?.text ?? '') || (l.norm(i + 1) === 'shots' && l.norm(i + 2) === 'shots')) {
    out.push(candidate(l, prev === "night's" ? i - 2 : i, i, 'shots', 0.75, prev === "night's" ? `${prev2} night's shots` : 'shots', i));
    return;
  }
  // "shots at 3am": the small hours make them drinks.
  if (l.lateHour() && !l.sentenceHas(i, NON_ALCOHOL)) {
    out.push(candidate(l, i, i, 'shots', 0.75, 'shots at night', i));
    return;
  }
  // "drinks and shots", "shots and beers".
  const joined = (a: number, b: number) => /^(?:and|&|n|nd|an|plus)$/.test(l.norm(a)) && l.form(b, ALCOHOL) && l.norm(b) !== 'shots';
  if (joined(i - 1, i - 2) || joined(i + 1, i + 2)) out.push(candidate(l, joined(i - 1, i - 2) ? i - 2 : i, joined(i - 1, i - 2) ? i : i + 2, 'shots', 0.7, 'drinks and shots', i));
}

/** "partied to hard", "partying too hard", "partied all night". */
function partyingHard(l: Look, i: number, out: Candidate[]): void {
  const n = l.t[i]!.norm;
  if (!/^part(?:ied|ying|yin|y|ies)$/.test(l.t[i]!.short) || !l.form(i, PARTY) || l.sentenceHas(i, KIDS)) return;
  let k = i + 1;
  if (l.t[k]?.short === 'way' || l.t[k]?.short === 'so') k++;
  if (isToo(l, k)) k++;
  if (l.norm(k) === 'hard' && k > i + 1 || (l.norm(k) === 'hard' && /^part(?:ied|ying)$/.test(n)) || (l.norm(i + 1) === 'all' && l.norm(i + 2) === 'night'))
    out.push(candidate(l, i, l.norm(k) === 'hard' ? k : i + 2, 'wild-night', 0.85, `${n} hard`, i));
}

/** The morning after and the night itself: throwing up, passing out, blacking out, no memory, stumbling home, the room spinning, hair of the dog, the bottle gone. */
function aftermath(l: Look, i: number, out: Candidate[]): void {
  const n = l.t[i]!.norm;
  const next = l.norm(i + 1);
  const sentence = (words: ReadonlySet<string>) => l.sentenceHas(i, words);
  if (((n === 'threw' || n === 'throwing' || n === 'throw') && next === 'up') || /^(?:puked|puking|vomited|vomiting|spewed|spewing|chundered)$/.test(n)) {
    if (sentence(ILLNESS) || !(sentence(NIGHT_PLACES) || l.alcoholInText() || /\bnight bus\b/i.test(l.sentenceText(i)))) return;
    out.push(candidate(l, i, next === 'up' ? i + 1 : i, 'drunk', 0.7, n === 'threw' || n === 'throwing' ? 'threw up' : n, i));
    return;
  }
  if ((n === 'passed' || n === 'passing') && next === 'out') {
    if (sentence(ILLNESS) || !(sentence(NIGHT_PLACES) || l.alcoholInText() || (sentence(FURNITURE) && l.textHas(NIGHT_EVENTS)))) return;
    out.push(candidate(l, i, i + 1, 'blackout', 0.7, 'passed out', i));
    return;
  }
  if (n === 'blacked' && next === 'out') {
    if (l.textHas(ILLNESS)) return;
    out.push(candidate(l, i, i + 1, 'blackout', l.alcoholInText() || l.sentenceHas(i, BLACKOUT_CLUES) ? 0.75 : 0.6, 'blacked out', i));
    return;
  }
  if (n === 'no' && (next === 'memory' || next === 'recollection')) {
    if (!l.sentenceHas(i, MORNING_AFTER)) return;
    out.push(candidate(l, i, i + 1, 'blackout', 0.7, 'no memory', i + 1, { phrase: true }));
    return;
  }
  if (/^(?:stumbled|stumbling|staggered|staggering|crawled)$/.test(n) && /^(?:home|in|back)$/.test(next)) {
    if (n === 'crawled' && !l.lateHour()) return;
    out.push(candidate(l, i, i + 1, 'wild-night', l.lateHour() || l.alcoholInText() ? 0.8 : 0.65, `${n} ${next}`, i));
    return;
  }
  if ((n === 'spinning' || n === 'spins') && ([i - 1, i - 2, i - 3, i - 4].some((k) => /^(?:room|bed|ceiling)$/.test(l.norm(k))) || l.norm(i - 2) === 'world' || l.norm(i - 1) === 'the')) {
    if (l.norm(i - 1) === 'the' && n !== 'spins') return;
    if (l.textHas(ILLNESS)) return;
    out.push(candidate(l, i, i, 'drunk', l.alcoholInText() ? 0.8 : 0.6, `${l.norm(i - 2)} ${n}`, i));
    return;
  }
  if (n === 'hair' && l.spells(i + 1, ['of', 'the', 'dog'])) {
    if (l.sentenceHas(i, DOG_HAIR)) return;
    out.push(candidate(l, i, i + 3, 'hangover', 0.7, 'hair of the dog', i, { noun: true }));
    return;
  }
  // Driving home after drinks, regretted: "drove home after the work do and I def shouldnt have", "why did i drive and how did i make it? margaritas".
  if (/^(?:drove|drive|driven|driving)$/.test(n) && (l.alcoholInText() || l.textHas(NIGHT_EVENTS) || /\b(?:tasting|work do|christmas do)\b/i.test(l.r.text))) {
    if (W.drivingRegret.some((p) => l.t.some((_, k) => l.spells(k, p)))) {
      out.push(candidate(l, i, i, 'drunk', 0.75, `${n} after drinking`, i));
      return;
    }
  }
  // A keg stand described: "upside down on a keg", "holding my legs over the keg".
  if (/^kegs?$/.test(n) && l.sentenceHas(i, KEG_STAND)) {
    out.push(candidate(l, i, i, 'keg', 0.8, 'keg stand', i, { noun: true }));
    return;
  }
  // "downed a yard of ale", "necked a bottle of wine": a verb that only drinks, and a drink within a few words.
  if (l.in(i, DOWNING) && !(n === 'smashed' || n === 'polished' || n === 'knocked') || ((n === 'polished' || n === 'knocked') && /^(?:off|back)$/.test(next))) {
    for (let k = i + 1; k < Math.min(l.t.length, i + 6) && l.word(k); k++) {
      if (NON_ALCOHOL.has(l.norm(k))) return;
      if ((l.form(k, ALCOHOL) && l.norm(k) !== 'drink') || (l.in(k, WINE_COLOURS) && (l.norm(k - 1) === 'of' || (l.norm(k - 1) === 'the' && l.norm(k - 2) === 'of')))) {
        out.push(candidate(l, i, k, 'drinking', 0.8, `${n} ${l.norm(k)}`, i));
        return;
      }
    }
  }
  // "cannot remember getting home", "don't remember leaving": a lost night, said with a negation that is the trigger.
  if (n === 'remember' && [i - 1, i - 2].some((k) => /^(?:can't|cannot|don't|didn't|do|not)$/.test(l.norm(k)))) {
    const a = l.norm(i + 1);
    const b = l.norm(i + 2);
    if (((a === 'getting' || a === 'going' || a === 'coming') && b === 'home') || a === 'leaving' || (a === 'anything' && /^(?:after|past|from)$/.test(b)) || (a === 'last' && b === 'night' && !/^(?:'s|being|was)$/.test(l.norm(i + 3)))) {
      const from = [i - 1, i - 2].find((k) => /^(?:can't|cannot|don't|didn't|do|not)$/.test(l.norm(k)))!;
      out.push(candidate(l, from, i + 2, 'blackout', 0.75, `remember ${a} ${b}`, i, { phrase: true }));
      return;
    }
  }
  // "still tasting the sambuca", "can still smell the tequila": the drink, the morning after.
  if (/^(?:tasting|taste|tastes|smell|smelling|smells|reek|reeking|reeks|sweating|sweat)$/.test(n) && /^(?:the|that|all|of)$/.test(next) && [i + 2, i + 3].some((k) => l.form(k, ALCOHOL) && !l.in(k, NOT_A_DRINK_NAME) && !NON_ALCOHOL.has(l.norm(k)))) {
    const k = [i + 2, i + 3].find((j) => l.form(j, ALCOHOL))!;
    out.push(candidate(l, i, k, 'hangover', 0.75, `${n} the ${l.norm(k)}`, i));
    return;
  }
  // "the tequila from last night", "aka the sambuca from last night": a spirit named as what the night was.
  if (l.in(i, SPIRITS) && !l.in(i, NOT_A_DRINK_NAME) && /^(?:the|that)$/.test(l.norm(i - 1)) && ((next === 'from' && l.norm(i + 2) === 'last' && /^night/.test(l.norm(i + 3))) || (next === 'last' && /^night/.test(l.norm(i + 2))))) {
    out.push(candidate(l, i - 1, next === 'from' ? i + 3 : i + 2, 'drinking', 0.7, `${n} from last night`, i));
    return;
  }
  // "hanging. send carbs and a bacon roll": a morning state on its own, asking for what cures a hangover.
  if (l.in(i, ALONE_MORNING_STATES) && !/^(?:out|in|on|up|with|around|round|about|from|off|over|onto|by|there|together|tough|loose)$/.test(next)) {
    const s = l.r.sentenceOf(i);
    const alone = i <= s.from + 2 && s.to - s.from <= 4;
    const framed = [i - 1, i - 2].some((k) => l.in(k, DEGREE) || /^(?:i'm|im|am|feeling|feel)$/.test(l.norm(k)));
    if ((alone || framed) && l.textHas(CURES) && !l.textHas(ILLNESS_NOT_MORNING)) {
      out.push(candidate(l, i, i, 'hangover', 0.7, `${n} + cure`, i));
      return;
    }
  }
  // "woke up on my mate's floor", "woke up in a bush", "woke up fully dressed with half a kebab on the pillow".
  if ((n === 'woke' || n === 'waking' || n === 'wake') && next === 'up' && /^(?:on|in|at|under|next|fully|with|still)$/.test(l.norm(i + 2))) {
    for (let k = i + 3; k < Math.min(l.t.length, i + 9) && l.word(k); k++) {
      if (l.in(k, STRANGE_BEDS) || (/'s$/.test(l.norm(k)) && /^(?:floor|sofa|couch|bed|bathroom|lawn)$/.test(l.norm(k + 1)) && l.norm(k) !== "mum's" && l.norm(k) !== "mom's")) {
        out.push(candidate(l, i, k, 'wild-night', 0.65, 'woke up elsewhere', i));
        return;
      }
    }
  }
  // "the morning after the christmas party".
  if (n === 'morning' && next === 'after' && (l.in(i + 2, EVENTS) || l.in(i + 3, EVENTS) || l.in(i + 4, EVENTS) || (l.norm(i + 2) === 'the' && l.norm(i + 3) === 'night'))) {
    const k = [i + 2, i + 3, i + 4].find((j) => l.in(j, EVENTS)) ?? i + 4;
    out.push(candidate(l, i, k, 'hangover', 0.7, 'morning after', i));
    return;
  }
  // "tequila tuesday got out of hand": a night with drink that went too far.
  if (n === 'out' && next === 'of' && l.norm(i + 2) === 'hand' && /^(?:got|gets|getting|went|go)$/.test(l.norm(i - 1)) && (l.sentenceHas(i, ALCOHOL_CONTEXT, true) || DRINK_EMOJI.test(l.sentenceText(i)))) {
    out.push(candidate(l, i - 1, i + 2, 'wild-night', 0.75, 'got out of hand', i));
    return;
  }
  // "can barely see straight", "couldn't walk straight", "seeing double".
  if (n === 'straight' && l.in(i - 1, STRAIGHT) && [i - 2, i - 3].some((k) => /^(?:can't|cannot|couldn't|barely|cant|couldnt|not)$/.test(l.norm(k)))) {
    const from = [i - 3, i - 2].find((k) => /^(?:can't|cannot|couldn't|barely|cant|couldnt|not|can)$/.test(l.norm(k)))!;
    out.push(candidate(l, from, i, 'drunk', 0.7, `${l.norm(i - 1)} straight`, i, { phrase: true }));
    return;
  }
  if (n === 'seeing' && next === 'double') {
    out.push(candidate(l, i, i + 1, 'drunk', 0.7, 'seeing double', i));
    return;
  }
  // "dunno how I got home", "no idea how we got home".
  if (n === 'how' && /^(?:i|we)$/.test(next) && l.norm(i + 2) === 'got' && l.norm(i + 3) === 'home' && [i - 1, i - 2, i - 3].some((k) => /^(?:dunno|know|idea|remember|sure|knows)$/.test(l.norm(k)))) {
    if (/^(?:so|fast|quick|quickly|early|in)$/.test(l.norm(i + 4))) return;
    out.push(candidate(l, i, i + 3, 'blackout', 0.75, 'how i got home', i, { phrase: true }));
    return;
  }
  // "never mixing rum and cider again".
  if ((n === 'mixing' || n === 'mix' || n === 'mixed') && [i + 1, i + 2].some((k) => l.form(k, ALCOHOL_CONTEXT) || l.in(k, WINE_COLOURS)) && !l.sentenceHas(i, set(['recipe', 'cocktail', 'class', 'paint', 'colours', 'colors']))) {
    out.push(candidate(l, l.norm(i - 1) === 'never' ? i - 1 : i, l.form(i + 1, ALCOHOL_CONTEXT) ? i + 1 : i + 2, 'hangover', 0.7, 'mixing drinks', i, { phrase: true }));
    return;
  }
  // "10 hours of drinking", "all day drinking".
  if ((n === 'hours' || n === 'hrs') && l.norm(i + 1) === 'of' && /^(?:drinking|boozing|drinkin)$/.test(l.norm(i + 2)) && l.count(i - 1) !== undefined) {
    out.push(candidate(l, i - 1, i + 2, 'drinking', 0.8, 'hours of drinking', i + 2));
    return;
  }
  // "vodka for breakfast", "beers at 10am": drinking in the morning.
  if (l.form(i, ALCOHOL_CONTEXT) && ((next === 'for' && /^(?:breakfast|brunch)$/.test(l.norm(i + 2))) || (next === 'before' && /^(?:noon|lunch|midday|10|11|9)$/.test(l.norm(i + 2))) || (next === 'at' && /^(?:[6-9]|1[01])(?::\d\d)?am$/.test(l.norm(i + 2))))) {
    out.push(candidate(l, i, i + 2, 'drinking', 0.75, `${n} ${next} ${l.norm(i + 2)}`, i));
    return;
  }
  // "drinks were flowing", "rosé all day", "the bar tab from last night".
  if (l.form(i, ALCOHOL_CONTEXT) || n === 'drinks') {
    if (/^(?:was|were|kept|keep)$/.test(next) && /^(?:flowing|pouring)$/.test(l.norm(i + 2))) {
      out.push(candidate(l, i, i + 2, 'drinking', 0.7, `${n} flowing`, i));
      return;
    }
    if (next === 'all' && /^(?:day|night|weekend|afternoon)$/.test(l.norm(i + 2)) && n !== 'drinks') {
      out.push(candidate(l, i, i + 2, 'drinking', 0.7, `${n} all ${l.norm(i + 2)}`, i));
      return;
    }
  }
  if ((n === 'yard' || n === 'yards') && next === 'of' && (l.form(i + 2, ALCOHOL_CONTEXT) || l.in(i + 2, WINE_COLOURS))) {
    out.push(candidate(l, i, i + 2, 'drinking', 0.8, `yard of ${l.norm(i + 2)}`, i));
    return;
  }
  if (/^(?:hit|hitting|hits)$/.test(n) && next === 'the' && /^(?:bottle|booze|sauce|drink)$/.test(l.norm(i + 2))) {
    out.push(candidate(l, i, i + 2, 'drinking', 0.8, 'hit the bottle', i));
    return;
  }
  if (n === 'bar' && (next === 'tab' || next === 'bill') && !l.sentenceHas(i, PURCHASE)) {
    out.push(candidate(l, i, i + 1, 'drinking', 0.65, 'bar tab', i));
    return;
  }
  // "sooo hungoverrrr": the state, spelled long, where the phrase list did not see it.
  if (l.in(i, HANGOVER) && (l.t[i]!.short !== l.t[i]!.norm || /^hang?ova$|^hungova$/.test(l.t[i]!.short))) {
    out.push(candidate(l, i, i, 'hangover', 0.85, l.t[i]!.short, i));
    return;
  }
  // "buzzing from the vodka", "rough after the tequila", "still smell like tequila": a state and the drink that made it.
  if (l.in(i, MORNING_STATES) && next === 'out' && l.norm(i + 2) === 'of' && [i + 5, i + 6].some((k) => l.norm(k) === 'after')) {
    out.push(candidate(l, i, i, 'hangover', 0.7, `${n} after`, i));
    return;
  }
  // "sick as a dog after the stag": the state, a few words, then what caused it.
  if (l.in(i, MORNING_STATES) && !/^(?:from|off|on|after|like|of)$/.test(next)) {
    const at = [i + 2, i + 3, i + 4].find((k) => /^(?:after|from)$/.test(l.norm(k)));
    const k = at === undefined ? -1 : [at + 1, at + 2, at + 3].find((j) => (l.in(j, EVENTS) && l.norm(j) !== 'night') || l.form(j, ALCOHOL_CONTEXT)) ?? -1;
    if (k > 0 && l.t.slice(i + 1, at).every((t) => t.kind === 'word') && !(l.sentenceHas(i, INNOCENT_STATES) && !l.sentenceHas(i, NIGHT_EVENTS)) && (next === 'as' ? !l.textHas(set(['prawns', 'fish', 'seafood', 'food', 'flu', 'bug', 'virus'])) : !l.textHas(ILLNESS))) {
      out.push(candidate(l, i, k, 'hangover', 0.7, `${n} after ${l.norm(k)}`, i));
      return;
    }
  }
  if (l.in(i, STATE_WITH_DRINK) && /^(?:from|off|on|after|like|of)$/.test(next) && !(l.in(i, MORNING_STATES) && l.textHas(ILLNESS)) && !(l.sentenceHas(i, INNOCENT_STATES) && !l.sentenceHas(i, ALCOHOL_CONTEXT, true) && !l.sentenceHas(i, NIGHT_EVENTS))) {
    for (let k = i + 2; k < Math.min(l.t.length, i + 6) && l.word(k); k++) {
      if (l.form(k, ALCOHOL_CONTEXT) ||  (l.in(i, MORNING_STATES) && (next === 'after' || next === 'from') && ((l.in(k, EVENTS) && l.norm(k) !== 'night') || (l.norm(k) === 'last' && /^night/.test(l.norm(k + 1)))))) {
        out.push(candidate(l, i, k, 'drunk', 0.75, `${n} ${next} ${l.norm(k)}`, i));
        return;
      }
    }
  }
  // "too much prosecco", "way too much tequila".
  if (isToo(l, i) && l.norm(i + 1) === 'much' && l.form(i + 2, ALCOHOL_CONTEXT) && !NON_ALCOHOL.has(l.norm(i + 2))) {
    out.push(candidate(l, i, i + 2, 'drinking', 0.8, `too much ${l.norm(i + 2)}`, i));
    return;
  }
  // "half a bottle of vodka down", "a whole bottle of wine", "the amount of tequila I consumed".
  if (/^(?:bottles?|jugs?|pitchers?)$/.test(n) && l.norm(i + 1) === 'of' && (l.form(i + 2, ALCOHOL_CONTEXT) || l.in(i + 2, WINE_COLOURS))) {
    const size = l.norm(i - 1) === 'whole' || l.norm(i - 1) === 'entire' || (l.norm(i - 1) === 'a' && l.norm(i - 2) === 'half');
    const soFar = /^(?:down|deep|gone|later|between)$/.test(l.norm(i + 3));
    if (size || soFar) {
      out.push(candidate(l, size && l.norm(i - 2) === 'half' ? i - 2 : i, soFar ? i + 3 : i + 2, 'drinking', 0.8, `bottle of ${l.norm(i + 2)}`, i));
      return;
    }
  }
  if (n === 'amount' && l.norm(i + 1) === 'of' && l.form(i + 2, ALCOHOL_CONTEXT)) {
    out.push(candidate(l, i, i + 2, 'drinking', 0.75, `amount of ${l.norm(i + 2)}`, i));
    return;
  }
  // "cocktails turned into shots turned into karaoke": a night that grew, drink by drink.
  if (n === 'turned' && next === 'into' && ([i - 1, i - 2].some((k) => l.form(k, ALCOHOL) || /^boozy$/.test(l.norm(k))) || [i + 2, i + 3].some((k) => l.form(k, ALCOHOL)))) {
    out.push(candidate(l, i, i + 1, 'drinking', 0.7, 'turned into', i));
    return;
  }
  // "my liver is filing a complaint": the joke about what drink does.
  if (n === 'liver' && (l.norm(i - 1) === 'my' || l.norm(i - 1) === 'our') && (l.alcoholInText() || l.textHas(NIGHT_EVENTS) || l.sentenceHas(i, set(['weekend', 'night', 'tonight'])))) {
    out.push(candidate(l, i - 1, i, 'drinking', 0.6, 'my liver', i));
    return;
  }
  // "never again (until friday)": the morning-after vow, taken back in the same breath.
  if (n === 'never' && next === 'again') {
    // "never again. (see you saturday, lads)": the plan may come in the next few words, past the full stop.
    const k = [i + 2, i + 3, i + 4, i + 5].find((j) => /^(?:until|till|til|\(until|\(till)$/.test(l.norm(j)) || (l.norm(j - 1) === 'see' && l.norm(j) === 'you'));
    const night = l.alcoholInText() || l.textHas(NIGHT_EVENTS) || /\blast night\b/i.test(l.r.text);
    if (k !== undefined && night && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|fri|sat|the|next|tomorrow|tonight|saturday's|friday's)$/.test(l.norm(k + 1))) {
      out.push(candidate(l, i, k + 1, 'hangover', 0.7, 'never again until', i + 1, { phrase: true }));
      return;
    }
  }
  // "never drinking again": the morning after, though it is said with a "never".
  if (n === 'never' && l.norm(i + 1) === 'drinking' && (l.norm(i + 2) === 'again' || (l.norm(i + 2) === 'ever' && l.norm(i + 3) === 'again'))) {
    out.push(candidate(l, i, l.norm(i + 2) === 'again' ? i + 2 : i + 3, 'hangover', 0.75, 'never drinking again', i + 1, { phrase: true }));
    return;
  }
  // "pre-drinks at mine", "predrinks".
  if (n === 'pre-drinks' || n === 'predrinks' || n === 'pre-drinking' || n === 'predrinking') {
    out.push(candidate(l, i, i, 'drinking', 0.75, n, i));
    return;
  }
  // "a bottle of wine to myself".
  if (/^bottles?$/.test(n) && l.norm(i + 1) === 'of' && l.form(i + 2, ALCOHOL) && l.norm(i + 3) === 'to' && /^(?:myself|ourselves)$/.test(l.norm(i + 4))) {
    out.push(candidate(l, i, i + 4, 'drinking', 0.8, 'a bottle to myself', i));
    return;
  }
  // "the vodka is gone", "killed a bottle of rum".
  if (l.form(i, ALCOHOL) && !l.in(i, NOT_A_DRINK_NAME) && /^(?:is|was|'s)$/.test(next) && (l.norm(i + 2) === 'gone' || (l.norm(i + 2) === 'all' && l.norm(i + 3) === 'gone'))) {
    out.push(candidate(l, i, l.norm(i + 2) === 'gone' ? i + 2 : i + 3, 'drinking', 0.75, `${n} gone`, i));
  }
}

const TRIGGERS = [drunkStates, drinkingSessions, drinkCounts, shots, partyingHard, aftermath];

/** The same drink named again and again: "Friday pints turned into Saturday pints, now Sunday pints", "Castle after Castle after Castle". */
function repeatedDrinks(l: Look, out: Candidate[]): void {
  const seen = new Map<string, number[]>();
  for (let i = 0; i < l.t.length; i++) {
    const t = l.t[i]!;
    // "pint after pint", "Castle after Castle": a drink, or a capitalised name with drinking or the small hours around it.
    if (t.kind === 'word' && l.norm(i + 1) === 'after' && l.norm(i + 2) === t.norm && !NON_ALCOHOL.has(t.norm)) {
      const drink = l.form(i, COUNTABLE) || l.form(i, CONTAINERS) || l.form(i, ALCOHOL);
      const brand = /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(l.t[i + 2]!.text) && (l.alcoholInText() || l.lateHour() || l.sentenceHas(i, NIGHT_OUT));
      if ((drink && !l.in(i, SHOT_OR_ROUND)) || brand) {
        out.push(candidate(l, i, i + 2, 'drinking', 0.8, `${t.norm} after ${t.norm}`, i));
        return;
      }
    }
    if (t.kind !== 'word' || !t.norm.endsWith('s') || t.norm === 'shots' || t.norm === 'drinks' || !l.form(i, COUNTABLE)) continue;
    const at = seen.get(t.norm) ?? [];
    at.push(i);
    seen.set(t.norm, at);
  }
  for (const [word, at] of seen) if (at.length >= 3) out.push(candidate(l, at.at(-1)!, at.at(-1)!, 'drinking', 0.7, `${word} x${at.length}`));
}

/** The candidates of a reading's tokens, at most one per sentence (the surest), none in a sentence a phrase already reports. */
function tokenCandidates(l: Look, taken: readonly { start: number; end: number; category: string }[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < l.t.length; i++) {
    if (l.t[i]!.kind !== 'word' && l.t[i]!.kind !== 'number' && l.t[i]!.kind !== 'hashtag') continue;
    for (const trigger of TRIGGERS) trigger(l, i, found);
  }
  repeatedDrinks(l, found);
  const bySentence = new Map<number, Candidate>();
  for (const c of found) {
    const s = l.r.sentenceOf(l.r.tokenAt(c.head.start));
    const sStart = l.t[s.from]!.start;
    const sEnd = l.t[s.to - 1]!.end;
    if (taken.some((p) => (p.start < sEnd && sStart < p.end) || p.category === c.category)) continue;
    const best = bySentence.get(s.from);
    if (!best || c.base > best.base) bySentence.set(s.from, c);
  }
  return [...bySentence.values()];
}

/** The token index of the negation word named by the layer's evidence, before the head. */
function negatorAt(l: Look, head: number, word: string): number {
  const first = word.split(' ')[0];
  for (let k = head - 1; k >= Math.max(0, head - 7); k--) if (l.norm(k) === first) return k;
  return -1;
}

/**
 * How sure the rule is of a candidate, from the layer's cues and a few of
 * its own: multiplicative, so that each cue against it weighs on its own.
 */
/** Words after "if" that address the reader, not a condition: "if you're reading this". */
const READER_AFTER_IF: readonly (readonly string[])[] = [["you're", 'reading'], ['youre', 'reading'], ['you', 'are', 'reading'], ['ur', 'reading'], ['u', 'reading'], ['you', 'read', 'this'], ['you', 'see', 'this'], ["you're", 'coming'], ['you', 'are', 'coming']];

function judge(l: Look, c: Candidate, field = 'body'): { confidence: number; cues: string[] } {
  // The negation reaches the trigger through the layer's carriers and a drink's own words ("didn't drink any shots").
  const cues: Cues = l.r.cues(c.head.start, c.head.end, { carriers: CARRIERS });
  const head = l.r.tokenAt(c.head.start);
  const evidence = new Set(cues.evidence);
  const why = [`trigger:${c.trigger}`];
  let confidence = c.base;
  const weigh = (factor: number, cue: string) => {
    confidence *= factor;
    why.push(cue);
  };
  const sentence = l.r.sentenceOf(head);
  const clause = l.r.clauseOf(head);

  if (cues.negated) {
    const word = [...evidence].find((e) => e.startsWith('negated:'))!.slice('negated:'.length);
    const at = negatorAt(l, head, word);
    // Negation inside the trigger is the trigger's own: "don't remember last night", "never drinking again".
    // Or the negation word is the trigger's own word ("not been sober since 4pm": "sober" negates, and is the trigger).
    const own = l.t.some((t) => t.start >= c.start && t.end <= c.end && t.norm === word.split(' ')[0]);
    const inside = (at >= 0 && l.t[at]!.start >= c.start) || own;
    if (!inside) weigh(0.15, `negated:${word}`);
  }
  const irrealis = [...evidence].find((e) => e.startsWith('irrealis:'));
  if (irrealis) {
    if (WEAK_IRREALIS.has(irrealis.slice('irrealis:'.length))) weigh(0.8, irrealis);
    else weigh(0.3, irrealis);
  } else {
    // A condition earlier in the sentence than the layer looks ("If we ever go to Vegas, promise me we're doing the bar crawl"), a wish, a habit.
    for (let k = sentence.from; k < head; k++) {
      // Not "if anyone finds my dignity, it's in Revolution bar": a word to the readers, not a condition.
      // Nor "nan if you're reading this, the spare key's ...": the reader addressed.
      if (l.norm(k) === 'if' && l.norm(k - 1) !== 'as' && l.norm(k + 1) !== 'anything' && !(['anyone', 'anybody'].includes(l.norm(k + 1)) && ['finds', 'sees', 'has', 'saw', 'found'].includes(l.norm(k + 2))) && !READER_AFTER_IF.some((p) => l.spells(k + 1, p))) {
        weigh(0.3, 'irrealis:if');
        break;
      }
      // "pull over so I could be sick": a purpose, told of the past, not a wish.
      const purpose = l.norm(k) === 'could' && /^(?:i|we)$/.test(l.norm(k - 1)) && /^(?:so|that)$/.test(l.norm(k - 2));
      if (k >= clause.from && l.in(k, WISHES) && l.norm(k) !== 'would' && !purpose) {
        weigh(0.45, `irrealis:${l.norm(k)}`);
        break;
      }
      if (k >= clause.from && W.habit.some((p) => l.spells(k, p))) {
        weigh(0.2, 'habit:used to');
        break;
      }
    }
  }
  if (cues.mode === 'question' && !irrealis) {
    // The question mark of the trigger's own clause, not one after a dash: "really rather drunk - how am i getting to work?!".
    const mark = l.t.findIndex((t, k) => k > head && k < sentence.to && t.text === '?');
    const cut = mark > 0 && l.t.slice(head, mark).some((t) => t.kind === 'punct' && /^(?:-|–|—|:|\.)$/.test(t.text));
    const inClause = !cut && l.t.slice(clause.from, clause.to).some((t) => t.text === '?');
    const opens = /^(?:do|does|did|is|are|was|were|can|could|should|would|will|what|why|how|who|where|when|which|anyone|anybody|has|have|am)$/.test(l.norm(sentence.from));
    // A short tag after a comma asks the whole sentence: "Pub crawl for Dave's 40th, yay or nay?", "shots at mine, thoughts?".
    let tagged = false;
    if (!cut && !inClause && mark > 0) {
      let comma = mark - 1;
      while (comma > head && l.t[comma]!.text !== ',') comma--;
      tagged = comma > head && l.t.slice(comma + 1, mark).filter((t) => t.kind === 'word').length <= 3;
    }
    if (inClause || opens || tagged) {
      // "who else is hungover?", "beer pong tonight, anyone??", "is it bad that I'm hungover?": the asker is one of the drinkers.
      const tail = l.t.slice(sentence.from, mark > 0 ? mark : sentence.to).filter((t) => t.kind === 'word');
      const invitation = W.invitationTails.some((p) => p.length <= tail.length && p.every((w, k) => tail[tail.length - p.length + k]!.norm === w));
      const presupposed = l.t.slice(sentence.from, head).some((t, k, all) => PRESUPPOSING.has(t.norm) && /^(?:i|i'm|im|we|we're)$/.test(all[k + 1]?.norm ?? ''));
      const inclusive = invitation || presupposed || W.inclusiveQuestion.some((p) => l.spells(sentence.from, p));
      weigh(inclusive ? 0.85 : 0.4, inclusive ? 'question:inclusive' : 'question:?');
    }
  }
  if (cues.quoted) weigh(0.25, [...evidence].find((e) => e.startsWith('quoted:')) === 'quoted:single quotation marks' ? 'quoted:single quotes' : 'quoted');
  else if (!cues.title && byArtist(l, head)) weigh(0.25, 'title:by');
  // What a work is about: "Another Round is the best film about teachers getting drunk", "a song about getting wasted".
  for (let k = Math.max(sentence.from, head - 12); k < head; k++) {
    if (l.in(k, TITLE_NOUNS) && l.norm(k + 1) === 'about') {
      weigh(0.25, `title:${l.norm(k)} about`);
      break;
    }
  }
  // A title noun right after the trigger names a work: "the hangover episode of that sitcom".
  if (l.in(head + 1, TITLE_NOUNS) && !/^(?:range|label|shop|cafe|café|restaurant)$/.test(l.norm(head + 1))) weigh(0.25, `title:${l.norm(head + 1)}`);
  // A capitalised trigger in a sentence about a film, a song or a brand is a name: "Hangover Square is a great old film".
  if (/^\p{Lu}/u.test(l.t[head]!.text) && l.sentenceHas(head, TITLE_NOUNS) && (/^\p{Lu}/u.test(l.t[head + 1]?.text ?? '') || /^\p{Lu}/u.test(l.t[head - 1]?.text ?? ''))) weigh(0.25, 'title:named');
  // A capitalised state next to another capitalised word is a name: "Drunk Elephant skincare".
  if (!c.phrase && c.category === 'drunk' && /^\p{Lu}\p{Ll}/u.test(l.t[head]!.text) && /^\p{Lu}\p{Ll}/u.test(l.t[head + 1]?.text ?? '') && !l.in(head + 1, NOT_TITLE) && l.t[head + 1]?.norm !== 'i') weigh(0.5, 'title:name');
  const byWord = cues.title && [...evidence].some((e) => e.startsWith('title:') && e !== 'title:capitalised run');
  if (byWord || titleRun(l, head)) weigh(0.25, [...evidence].find((e) => e.startsWith('title:')) ?? 'title:capitalised run');
  if (cues.comparison) {
    const word = [...evidence].find((e) => e.startsWith('comparison:'))!.slice('comparison:'.length);
    if (!HEDGES.has(word)) weigh(0.35, `comparison:${word}`);
  }
  // Figures: "drunk on sunshine", "hungover from too much Eurovision", "spiritually hungover", "Bar crawl but it's chocolate bars".
  const figure = figurative(l, c, head);
  if (figure) weigh(0.2, `figurative:${figure}`);
  let about = cues.about;
  let aboutWord = [...evidence].find((e) => e.startsWith('about:'));
  // The author inside the trigger ("i got drunk"), or joined to the others before it ("me n the girls").
  const FIRST = /^(?:i|i'm|im|me|we|we're|us|my|our|myself)$/;
  const inside = l.t.slice(l.r.tokenAt(c.start), l.r.tokenAt(c.end - 1) + 1).find((t) => FIRST.test(t.norm));
  const joined = l.t.slice(clause.from, head).findIndex((t, k, all) => FIRST.test(t.norm) && (/^(?:and|n|nd|an|&|\+|with)$/.test(all[k + 1]?.norm ?? '') || /^(?:and|n|nd|an|&|\+)$/.test(all[k - 1]?.norm ?? '')));
  if (about !== 'author' && (inside || joined >= 0)) {
    about = 'author';
    aboutWord = `about:author:${inside?.norm ?? l.t[clause.from + joined]!.norm}`;
  }
  if (about === 'unknown' || about === 'author') {
    // The person addressed ("you drank it", "You guys dont get too drunk"), or a bare imperative to them ("Get wasted 2nite!").
    for (let k = head - 1; k >= clause.from; k--) {
      if (l.in(k, ADDRESSEE)) {
        about = 'other';
        why.push(`about:other:${l.norm(k)}`);
        break;
      }
      if (l.in(k, AUTHOR_WORDS)) break;
    }
    if (about !== 'other' && sentence.from === clause.from && l.in(sentence.from, IMPERATIVES) && /^\p{Lu}?/u.test(l.t[sentence.from]!.text) && l.t[0]?.kind === 'mention' && !l.t.slice(sentence.from, head).some((t) => /^(?:i|i'm|we|me)$/.test(t.norm))) {
      about = 'other';
      why.push(`about:other:imperative`);
    }
  }
  // The subject right before the frame is a person the layer does not list: "the bride was so drunk".
  if (about === 'unknown') {
    let k = l.r.tokenAt(c.start) - 1;
    while (k >= clause.from && (l.in(k, STATE_FRAME) || l.in(k, DEGREE))) k--;
    if (k >= clause.from && l.in(k, PERSON_NOUNS)) {
      about = 'other';
      aboutWord = `about:other:${l.norm(k)}`;
    }
  }
  // A name opening the clause as the subject of the state: "jamie is SO hungover, he's eating dry toast in the dark", "Sarah got
  // wasted". Capitalised, or told of as he or she later in the sentence; not a day or a time ("Today is a hangover day").
  if (about === 'unknown') {
    let k = l.r.tokenAt(c.start) - 1;
    while (k >= clause.from && (l.in(k, STATE_FRAME) || l.in(k, DEGREE))) k--;
    const framed = k < l.r.tokenAt(c.start) - 1;
    // "Teo from accounts was absolutely legless", "Priya from next door got hammered": the name, then where the person is from.
    for (let j = 1; j <= 3 && framed; j++) {
      if (k - j - 1 === clause.from && /^(?:from|in|at|on)$/.test(l.norm(k - j)) && /^\p{Lu}\p{Ll}/u.test(l.t[clause.from]!.text)) {
        k = clause.from;
        break;
      }
    }
    if (framed && k === clause.from && l.word(k) && !FIRST.test(l.norm(k)) && !l.in(k, NOT_NAMES) && !l.in(k, NOT_SUBJECTS) && !l.in(k, HANGOVER) && !l.form(k, ALCOHOL)) {
      const capitalised = /^\p{Lu}\p{Ll}/u.test(l.t[k]!.text) && !l.in(k, IMPERATIVES);
      const toldOf = l.t.slice(head + 1, sentence.to).some((t) => /^(?:he|he's|hes|she|she's|shes|his|her|him)$/.test(t.norm));
      if (capitalised || toldOf) {
        about = 'other';
        aboutWord = `about:other:${l.norm(k)}`;
      }
    }
  }
  // A third party named with a determiner opening the clause: "the sailors in this novel are always drunk".
  if (about === 'unknown' && /^(?:the|these|those|some|all|many|most|this|that)$/.test(l.norm(clause.from)) && l.word(clause.from + 1) && l.t[clause.from + 1]!.start < c.start) {
    const noun = clause.from + 1;
    if (!l.in(noun, NOT_SUBJECTS) && !l.in(noun, GROUPS) && !l.form(noun, ALCOHOL) && !l.in(noun, NIGHT_OUT) && !l.in(noun, EVENTS) && !l.in(noun, HANGOVER) && !FIRST.test(l.norm(noun)) && !l.in(noun, DEGREE) && !l.in(noun, STATE_FRAME)) {
      about = 'other';
      aboutWord = `about:other:${l.norm(noun)}`;
    }
  }
  if (about === 'other' && aboutWord && GROUPS.has(aboutWord.split(':').pop()!)) {
    about = 'unknown';
    why.push(`${aboutWord}:group`);
  }
  // A photo's alt text that shows the author ("The author upside down on a keg, two friends holding her legs") or a crowd
  // around the drinks ("friends laughing, a row of empty shot glasses"): the people in the picture are the author's night.
  if (about === 'other' && aboutWord && field !== 'body') {
    const opens = W.sceneAuthor.some((p) => l.spells(l.t.findIndex((t) => t.kind === 'word'), p));
    if (opens || SCENE_GROUPS.has(aboutWord.split(':').pop()!)) {
      about = 'unknown';
      why.push(`${aboutWord}:${opens ? 'photo of the author' : 'scene'}`);
    }
  }
  if (about === 'other') weigh(0.25, aboutWord ?? 'about:other');
  else if (about === 'family') weigh(0.3, aboutWord ?? 'about:family');
  else if (about === 'author') why.push(aboutWord ?? 'about:author');
  if (c.category === 'hangover' && [head + 1, head + 2, head + 3].some((k) => k < sentence.to && l.in(k, TOPIC))) weigh(0.3, 'topic:hangover');
  if (cues.news) weigh(0.3, [...evidence].find((e) => e.startsWith('news:')) ?? 'news');
  else if (l.sentenceHas(head, HISTORY)) weigh(0.3, 'news:history');
  // The next sentence takes it back: "getting tipsy!... well everyone else is".
  const following = l.r.sentences.find((s) => s.from >= sentence.to);
  if (following) {
    const words = l.t.slice(following.from, Math.min(following.to, following.from + 8)).filter((t) => t.kind === 'word').map((t) => t.norm);
    const back = W.retractions.find((p) => p.every((w, k) => words[k] === w));
    if (back) weigh(0.3, `retracted:${back.join(' ')}`);
  }
  // Drinking around a weak trigger makes it surer.
  if (c.base < 0.8 && confidence === c.base && (DRINK_EMOJI.test(l.r.text) || l.lateHour())) {
    confidence = Math.min(0.9, confidence + 0.1);
    why.push('context:drinks');
  }
  return { confidence: Math.round(confidence * 100) / 100, cues: why };
}

/** A capitalised trigger followed by "by" and a capitalised name: a song. */
function byArtist(l: Look, head: number): boolean {
  if (!/^\p{Lu}/u.test(l.t[head]!.text)) return false;
  let k = head + 1;
  while (k < l.t.length && l.t[k]!.kind === 'punct' && l.t[k]!.text !== '.') k++;
  return l.norm(k) === 'by' && /^[\p{Lu}@]/u.test(l.t[k + 1]?.text ?? '');
}

/** A run of three or more capitalised words (small words between) around a token: "Two Pints of Lager and a Packet of Crisps". */
function titleRun(l: Look, head: number): boolean {
  const capital = (k: number) => l.word(k) && /^\p{Lu}/u.test(l.t[k]!.text) && l.t[k]!.text !== l.t[k]!.text.toUpperCase();
  const s = l.r.sentenceOf(head);
  let a = head;
  let b = head;
  while (a - 1 >= s.from && (capital(a - 1) || (TITLE_GLUE.has(l.norm(a - 1)) && capital(a - 2)))) a--;
  while (b + 1 < s.to && (capital(b + 1) || (TITLE_GLUE.has(l.norm(b + 1)) && capital(b + 2)))) b++;
  let capitals = 0;
  let glued = false;
  for (let k = a; k <= b; k++) {
    if (capital(k) && !NOT_TITLE.has(l.norm(k))) capitals++;
    else if (TITLE_GLUE.has(l.norm(k))) glued = true;
  }
  // Two capitals joined by a small word, then played: "Drunk in Love came on at the gym", "Tipsy on the Beach is on repeat".
  return capitals >= 3 || (capitals >= 2 && glued && PLAYED.some((p) => l.spells(b + 1, p)));
}

/** What a song does after its title: "came on", "is playing", "on repeat". */
const PLAYED: readonly (readonly string[])[] = [['came', 'on'], ['comes', 'on'], ['coming', 'on'], ['is', 'playing'], ['was', 'playing'], ['playing', 'on'], ['on', 'repeat'], ['is', 'on', 'repeat'], ['on', 'the', 'radio'], ['came', 'up', 'on', 'shuffle']];

/**
 * Whether the post says it had no alcohol: "not alcohol", "no drinking", or
 * "only had iced coffee" (a drink that is not alcohol after "only had");
 * the words that say so, or undefined. Asked once per text, not once per
 * trigger (that was quadratic in a long text).
 */
const noAlcohol = new WeakMap<Look, string | false>();
function saysNoAlcohol(l: Look): string | undefined {
  let known = noAlcohol.get(l);
  if (known === undefined) {
    known = /\b(?:not|no)\s+(?:the\s+)?(?:alcohol|booze|drinking)\b/i.test(l.r.text) ? 'not alcohol' : false;
    // "only had water since the tequila": with a drink named anywhere, "only had" is no denial.
    for (let i = 0; i < l.t.length && !known && !l.alcoholInText(); i++) {
      if (l.norm(i) !== 'only' || !/^(?:had|drunk|drank|drinking|having)$/.test(l.norm(i + 1))) continue;
      for (let k = i + 2; k < Math.min(l.t.length, i + 6) && l.word(k); k++) {
        if (l.form(k, ALCOHOL_CONTEXT)) break;
        if (NON_ALCOHOL.has(l.norm(k))) {
          known = `only ${l.norm(k)}`;
          break;
        }
      }
    }
    noAlcohol.set(l, known);
  }
  return known || undefined;
}

/** Why a trigger is a figure of speech, if it is. */
function figurative(l: Look, c: Candidate, head: number): string | undefined {
  if (l.in(head - 1, FIGURE_ADVERBS)) return l.norm(head - 1);
  const end = l.r.tokenAt(c.end - 1);
  const none = saysNoAlcohol(l);
  if (none) return none;
  // "This heatwave has me feeling drunk": a state with a cause that is no drink, night or event.
  if (c.category === 'drunk' || c.category === 'hangover') {
    let k = head - 1;
    while (k >= 0 && (l.in(k, STATE_FRAME) || l.in(k, DEGREE))) k--;
    if (/^(?:me|us)$/.test(l.norm(k)) && l.in(k - 1, CAUSING)) {
      const clause = l.r.clauseOf(head);
      let cause: string | undefined;
      for (let j = clause.from; j < k - 1; j++) {
        if (l.form(j, ALCOHOL) || l.in(j, NIGHT_OUT) || l.in(j, EVENTS) || l.t[j]!.kind === 'number') return undefined;
        if (l.word(j) && !/^(?:this|that|the|a|an|my|all|these|those|so|much)$/.test(l.norm(j))) cause = l.norm(j);
      }
      if (cause) return `cause:${cause}`;
    }
    // "This spreadsheet has given me a migraine, a hangover and an existential crisis": a thing that gives the state, in a list.
    const s = l.r.sentenceOf(head);
    for (let j = head - 1; j > s.from; j--) {
      if (!/^(?:me|us)$/.test(l.norm(j)) || !/^(?:given|gave|gives|giving|give)$/.test(l.norm(j - 1))) continue;
      let cause: string | undefined;
      for (let m = s.from; m < head; m++) {
        if (l.form(m, ALCOHOL) || l.in(m, NIGHT_OUT) || l.in(m, EVENTS) || l.r.personAt(m) === 'other') return undefined;
        if (m < j - 1 && l.word(m) && !l.in(m, STATE_FRAME) && !/^(?:this|that|the|a|an|my|all|these|those|so|much|has|have|had)$/.test(l.norm(m))) cause ??= l.norm(m);
      }
      if (cause) return `cause:${cause}`;
    }
  }
  // "the hangover you get from too much Taylor Swift": "from too much" a little after, with no drink.
  for (let k = end + 1; k < Math.min(l.t.length, end + 5) && l.word(k); k++) {
    if (l.norm(k) === 'from' && isToo(l, k + 1) && l.norm(k + 2) === 'much' && l.word(k + 3) && !l.form(k + 3, ALCOHOL) && !l.in(k + 3, NIGHT_OUT)) return `from too much ${l.norm(k + 3)}`;
  }
  // "drunk on X" / "hungover from too much X" where X is no drink, day, night or company: a state only.
  const after = l.norm(end + 1);
  if ((after === 'on' || after === 'with' || after === 'from' || after === 'by' || after === 'off') && (c.category === 'drunk' || c.category === 'hangover') && !c.noun) {
    // Any drink, night, day or company in the next few words makes it literal ("from an epic night"); none makes it a figure.
    let content: string | undefined;
    for (let k = end + 2; k < Math.min(l.t.length, end + 7); k++) {
      // A count of hours of something ("from 14 hrs of mario kart") says what the state comes from; any other number is a drink's.
      if (l.t[k]!.kind === 'number' && HOURS.has(l.norm(k + 1)) && l.norm(k + 2) === 'of') {
        k += 2;
        continue;
      }
      if (l.t[k]!.kind === 'number') return undefined;
      if (!l.word(k)) break;
      const n = l.norm(k);
      if (/^(?:now|and|but|because|cause|when|since|so|that|which|who)$/.test(n)) break;
      // "new" is literal only as a new year ("drunk on new year's"); "this new album" is a figure.
      if (n === 'new' && !/^year/.test(l.norm(k + 1))) continue;
      if (l.form(k, ALCOHOL) || l.in(k, NIGHT_OUT) || l.in(k, COMPANY) || /^(?:last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|work|new|nye|it|one|me|us|them|yesterday|noon|midnight|lunch|lunchtime|morning|evening|afternoon|tonight|then|now)$/.test(n)) return undefined;
      if (!content && !/^(?:too|much|so|all|way|many|pure|just|a|an|the|this|these|those|my|our|your|his|her|their|its|some|free|cheap|\S+'s)$/.test(n)) content = n;
    }
    if (content) return `${after} ${content}`;
  }
  // "Bar crawl but it's chocolate bars": an activity, then a "but it's" that makes it something else.
  if (c.noun || /^(?:bar-crawl|keg|drinking-game|shots)$/.test(c.category)) {
    const k = end + 1;
    const hit = W.reframe.find((p) => l.spells(k, p));
    if (hit) return hit.join(' ');
  }
  return undefined;
}

/** Degree words that are also other words ("a", "of", "just"): no frame for a state on their own. */
const LOOSE_DEGREE = set(['a', 'of', 'just', 'now', 'all', 'well', 'also', 'sort', 'kind', 'bit', 'little']);
/** The morning after by its signs, beside HANGOVER and the cures: "dry mouth, two ibuprofen ... and regret". */
const AFTER_SIGNS = set(W.afterSigns);
/** Sign phrases of the night or the morning after: "last thing I remember", "till the sun came up", "can't feel my face". */
const AFTER_PHRASES: readonly (readonly string[])[] = W.afterPhrases;

/**
 * A night's drinking told by its circumstances rather than by a phrase of
 * its own: the drink or the state, with the night around it (the bars, the
 * small hours, the taxi), the quantity ("Castle after Castle", "one full
 * bottle between three of us", "4 bars") and the morning after (a pounding
 * head, ibuprofen, regret). Read over a segment that no trigger reported;
 * it fires only when the drink or the state comes with two more kinds of
 * sign, and the layer's cues then weigh it as any trigger's (negation,
 * wishes, questions, someone else).
 */
function circumstances(l: Look): Candidate | undefined {
  let drink = -1;
  let state = -1;
  let strongState = false;
  const kinds = new Set<string>();
  const signs: string[] = [];
  const sign = (kind: string, word: string) => {
    if (!kinds.has(kind)) signs.push(`${kind}:${word}`);
    kinds.add(kind);
  };
  let after = 0;
  let heavy = false;
  // A drink by its name, also in the plural the lemmas do not know ("espresso martinis").
  const isDrink = (k: number) => l.form(k, ALCOHOL_CONTEXT) || l.in(k, SPIRITS) || l.in(k, COUNTABLE) || (/s$/.test(l.norm(k)) && (ALCOHOL_CONTEXT.has(l.norm(k).slice(0, -1)) || COUNTABLE.has(l.norm(k).slice(0, -1)))) ||
    // A spirit by a brand the lists do not know, with its mixer: "Klippies and Coke", "rye and gingers".
    (/^\p{Lu}/u.test(l.t[k]?.text ?? '') && l.norm(k + 1) === 'and' && MIXERS.has(l.norm(k + 2)));
  // Counts of drinks or bars: "4 bars", "5 or 6 rye and gingers", "six espresso martinis later", "two pints down already".
  const counted = (k: number) => {
    const n = l.count(k);
    if (n === undefined || n > 40) return;
    if (n >= 3 && (l.in(k + 1, NIGHT_PLACES) || (l.norm(k + 1) === 'or' && l.count(k + 2) !== undefined))) sign('quantity', `${l.norm(k)} ${l.norm(k + 1)}`);
    for (let d = 1; d <= 3; d++) {
      if (!isDrink(k + d)) {
        // A modifier may stand between ("six espresso martinis"), not a measure ("5 bottles of wine for the dinner party").
        if (!l.word(k + d) || l.in(k + d, CONTAINERS) || l.norm(k + d) === 'of') break;
        continue;
      }
      const said = n >= 3 || (n >= 2 && /^(?:down|deep|in|later)$/.test(l.norm(k + d + 1)));
      if (said) sign('quantity', `${l.norm(k)} ${l.norm(k + d)}`);
      break;
    }
  };
  for (let k = 0; k < l.t.length; k++) {
    const t = l.t[k]!;
    if (t.kind === 'number') {
      // The small hours ("till 3am", "till 4", "at 7am") and counts of drinks or bars ("4 bars", "5 or 6 rye and gingers").
      if (LATE_HOUR.test(t.norm) || (/^(?:till|until|til|past)$/.test(l.norm(k - 1)) && /^(?:[1-6])$/.test(t.norm))) sign('night', t.norm);
      // A session's start in the day: "schooners from 2pm", "on the beers since 11am".
      if (/^(?:from|since)$/.test(l.norm(k - 1)) && DAY_HOUR.test(t.norm)) sign('session', `${l.norm(k - 1)} ${t.norm}`);
      counted(k);
      continue;
    }
    if (t.kind !== 'word') continue;
    const n = l.norm(k);
    if (W.numbers[n] !== undefined) counted(k);
    // "asleep on a bathroom floor", "passed out on kerry's sofa": where the night ended.
    if ((n === 'asleep' || n === 'slept' || n === 'sleeping') && l.norm(k + 1) === 'on' && [2, 3, 4].some((d) => l.in(k + d, FURNITURE))) {
      after++;
      sign('after', `${n} on`);
    }
    // A drink bought, won or brought ("won a bottle of wine") is a thing, not a drink had.
    const thing = [k - 1, k - 2, k - 3, k - 4].some((j) => j >= 0 && l.in(j, PURCHASE));
    if (isDrink(k) && !thing && !['drink', 'drank', 'drinks', 'shot', 'shots', 'round', 'rounds'].includes(n)) {
      drink = drink < 0 ? k : drink;
      // "Castle after Castle", "whole bottle", "a full bottle of Old Monk".
      if (l.norm(k + 1) === 'after' && l.norm(k + 2) === n) sign('quantity', `${n} after ${n}`);
    }
    // "lost count of the Klippies", "lost count after number eight": drinks past counting.
    if (n === 'lost' && l.norm(k + 1) === 'count' && [2, 3, 4, 5].some((d) => isDrink(k + d))) sign('quantity', 'lost count');
    // "Castle after Castle after Castle": a brand in capitals, had over and over.
    if (/^\p{Lu}/u.test(t.text) && l.norm(k + 1) === 'after' && l.norm(k + 2) === n && l.norm(k + 3) === 'after' && l.norm(k + 4) === n && !thing) {
      drink = drink < 0 ? k : drink;
      sign('quantity', `${n} after ${n} after ${n}`);
    }
    // "a bottle and a half of rosé": more than a bottle for one, which is a night of its own.
    if ((n === 'bottle' || n === 'bottles') && !thing && l.spells(k + 1, ['and', 'a', 'half']) && (l.form(k + 5, ALCOHOL_CONTEXT) || l.in(k + 5, WINE_COLOURS))) {
      drink = drink < 0 ? k : drink;
      sign('quantity', 'bottle and a half');
      heavy = true;
    }
    // "kept topping up my glass", "keeping up with the grandsons on the whiskey": drinks poured or matched, one after another.
    if (/^(?:topping|topped|top)$/.test(n) && l.norm(k + 1) === 'up' && ['my', 'our', 'me'].includes(l.norm(k + 2)) && ['glass', 'glasses', 'cup', 'drink', 'drinks'].includes(l.norm(k + 3))) {
      drink = drink < 0 ? k + 3 : drink;
      sign('quantity', `${n} up ${l.norm(k + 3)}`);
    }
    if (/^(?:keep|kept|keeping)$/.test(n) && l.spells(k + 1, ['up', 'with']) && [4, 5, 6, 7].some((d) => l.norm(k + d) === 'on' && (l.form(k + d + 1, ALCOHOL_CONTEXT) || l.in(k + d + 1, SPIRITS) || ((l.norm(k + d + 1) === 'the') && (l.form(k + d + 2, ALCOHOL_CONTEXT) || l.in(k + d + 2, SPIRITS)))))) sign('quantity', 'keep up with');
    // Not "the whole bottle of calpol": a bottle of what is no drink.
    if (l.in(k, CONTAINERS) && /^(?:whole|full|entire)$/.test(l.norm(k - 1)) && !(l.norm(k + 1) === 'of' && !l.form(k + 2, ALCOHOL_CONTEXT) && !l.in(k + 2, SPIRITS) && (l.in(k + 2, NON_ALCOHOL) || l.word(k + 2)) && !/^\p{Lu}/u.test(l.t[k + 2]?.text ?? ''))) {
      drink = drink < 0 ? k : drink;
      sign('quantity', `${l.norm(k - 1)} ${n}`);
    }
    // "thanks drunk girl": a state said of someone, not had. A word that is a state only sometimes ("gone", "wrecked") is
    // one in the author's frame or with a degree ("absolutely steaming", "I'm wrecked"), not "the bottle is gone".
    const prev = l.norm(k - 1);
    const framed = (DEGREE.has(prev) && !LOOSE_DEGREE.has(prev)) || ["i'm", 'im', "we're", 'am'].includes(prev) || (['was', 'were', 'got', 'get', 'getting', 'feel', 'feeling'].includes(prev) && ['i', 'we'].includes(l.norm(k - 2))) || k === l.r.sentenceOf(k).from;
    // Not a figure: "half drunk cup of coffee", "love drunk".
    if ((l.in(k, DRUNK_ALWAYS) || (l.in(k, DRUNK_AMBIGUOUS) && framed)) && !l.in(k + 1, PERSON_NOUNS) && !FIGURE_BEFORE.has(prev)) {
      if (state < 0 || (!strongState && l.in(k, DRUNK_ALWAYS))) state = k;
      strongState ||= l.in(k, DRUNK_ALWAYS);
    }
    if (l.in(k, NIGHT_EVENTS) || l.in(k, NIGHT_PLACES)) sign('night', n);
    const fromElse = (at: number) => l.norm(at) === 'from' && ![1, 2, 3].some((d) => l.form(at + d, ALCOHOL_CONTEXT) || l.in(at + d, NIGHT_OUT));
    if ((l.in(k, HANGOVER) || l.in(k, AFTER_SIGNS) || l.in(k, CURES)) && !fromElse(k + 1)) {
      after++;
      sign('after', n);
    }
    const phrase = AFTER_PHRASES.find((p) => l.spells(k, p));
    // "head is pounding from all the maths": a sign with its cause, which is no drink or night.
    if (phrase && fromElse(k + phrase.length)) continue;
    if (phrase) {
      after++;
      sign('after', phrase.join(' '));
    }
  }
  if (drink < 0 && state < 0) return undefined;
  // Two kinds of sign beside the drink or the state; two signs of the morning after are worth a kind of their own.
  const score = kinds.size + (after >= 2 ? 1 : 0) + (strongState ? 1 : 0) + (heavy ? 1 : 0);
  if (score < 2) return undefined;
  // The author's night: a person of the author's in the text, or a sentence with its subject left out ("absolutely steaming").
  if (!l.textHas(AUTHOR_WORDS) && !l.t.some((t) => t.norm === 'im' || t.norm === 'myself' || t.norm === 'mine')) {
    const first = l.t.findIndex((t) => t.kind === 'word');
    if (first < 0 || l.r.cues(l.t[first]!.start, l.t[first]!.end).about !== 'unknown') return undefined;
  }
  const at = state >= 0 ? state : drink;
  const { start, end } = span(l, at, at);
  return { start, end, head: { start, end }, category: state >= 0 ? 'drunk' : 'drinking', base: 0.65, trigger: [l.norm(at), ...signs].join(' + ') };
}

/**
 * Drinking and partying in a post or its alt texts and captions: keg stands,
 * rounds of shots, hangovers, blackout nights, bar crawls, drinking games.
 * Phrases that only partying uses and readings of the words (inflections,
 * counts of drinks, states in a person's frame) are the triggers; the
 * reading layer's cues (negation, question or wish, quotation and titles,
 * comparison, who it is about, news) and the rule's own (figures of speech,
 * the person addressed) weigh each one into a confidence.
 */
export default defineRule<PartyPhotoOptions>({
  id: 'party-photo',
  description: 'Reports drinking and partying (keg stands, rounds of shots, hangovers, bar crawls) in a post and its alt texts and captions.',
  messages: {
    partying: '"{match}" reads as partying ({category}); a boss, client or interviewer may read it.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description: 'More words or phrases to report as partying (whole words, any case; category "custom").',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Words or phrases whose matches are never reported, e.g. "wine tasting" for a wine business.',
    },
  },
  // English by its own reader, the others by their lists (rules/data/party-photo-<code>.ts); texts in other languages reach it empty.
  languages: ['en', ...Object.keys(LISTS)],
  defaultSeverity: severities({
    professional: 'error',
    personal: { public: 'error', default: 'warning' },
  }),
  check({ post, options }) {
    const { matcher, allow } = compiledFor(options);
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      const text = segment.text;
      const list = segment.lang !== undefined && segment.lang !== 'en' ? listsFor(options)(segment.lang) : undefined;
      if (list) {
        for (const m of list.find(text)) {
          if (m.confidence < LIST_FLOOR) continue;
          findings.push({ messageId: 'partying', field: segment.field, span: { start: m.start, end: m.end }, data: { match: m.text, category: m.category }, confidence: m.confidence, cues: m.cues });
        }
        continue;
      }
      const phrases = matcher.find(text);
      const candidates: Candidate[] = phrases.map((m) => ({
        start: m.start,
        end: m.end,
        head: { start: m.start, end: m.end },
        category: m.category,
        base: STRONG,
        trigger: m.text.toLowerCase(),
        phrase: true,
        noun: /^(?:bar-crawl|keg|drinking-game)$/.test(m.category),
      }));
      let look: Look | undefined;
      if (QUICK.test(foldForLiterals(text))) {
        look = new Look(read(text));
        let more = tokenCandidates(look, phrases);
        if (allow && more.length) {
          const allowed = [...text.matchAll(allow)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
          more = more.filter((c) => !allowed.some((a) => a.start < c.end && c.start < a.end));
        }
        candidates.push(...more);
      }
      // The circumstances are read only past the pre-check, as the triggers are.
      const quick = look !== undefined;
      if (candidates.length === 0 && !quick) continue;
      look ??= new Look(read(text));
      candidates.sort((a, b) => a.start - b.start);
      const judged = candidates.map((c) => ({ c, ...judge(look!, c, segment.field) }));
      // No trigger of its own that holds: the night told by its circumstances.
      const told = quick && !judged.some((j) => j.confidence >= FLOOR) ? circumstances(look) : undefined;
      if (told) judged.push({ c: told, ...judge(look, told, segment.field) });
      for (const { c, confidence, cues } of judged) {
        if (confidence < FLOOR) continue;
        findings.push({
          messageId: 'partying',
          field: segment.field,
          span: { start: c.start, end: c.end },
          data: { match: text.slice(c.start, c.end), category: c.category },
          confidence,
          cues,
        });
      }
    }
    return findings;
  },
});
