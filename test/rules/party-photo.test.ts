import { describe, expect, it } from 'vitest';
import rule from '../../rules/party-photo.js';
import type { Rule } from '../../src/core/types.js';
import { runCase, testRuleFixtures } from '../support/rule-tester.js';
import { PARTY_WORDS } from '../../rules/data/party-photo.js';

testRuleFixtures(rule as Rule);

/** Whether a personal post (with an alt text, if given) has a finding the user would see, at or above the default minConfidence. */
const fired = (text: string, alt?: string) =>
  runCase(rule as Rule, { text, presence: 'personal', ...(alt ? { media: [{ alt }] } : {}) }).filter((f) => (f.confidence ?? 1) >= 0.5).length > 0;

const found = (text: string, options?: Record<string, unknown>) =>
  runCase(rule as Rule, { text, options }).map((f) => `${f.data?.category}: ${f.match}`);

describe('party-photo', () => {
  it('quotes the match and names the reader', () => {
    const [finding] = runCase(rule as Rule, { text: 'Five rounds of shots and a keg stand' });
    expect(finding!.message).toBe(
      '"Five rounds of shots" reads as partying (shots); a boss, client or interviewer may read it.',
    );
  });

  it('reads every alt text and caption, in segment order', () => {
    const findings = runCase(rule as Rule, {
      text: 'Pub crawl recap',
      media: [{ alt: 'me doing a keg stand', caption: 'so hungover' }, { alt: 'beer pong table' }],
    });
    expect(findings.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'body: Pub crawl',
      'media[0].alt: keg stand',
      'media[0].caption: hungover',
      'media[1].alt: beer pong',
    ]);
  });

  it('adds extraWords as whole words in the category "custom"', () => {
    expect(found('Open bar all night', { extraWords: ['open bar'] })).toEqual(['custom: Open bar']);
    expect(found('reopen bar stools', { extraWords: ['open bar'] })).toEqual([]);
  });

  it('drops matches covered by allowWords, and only those', () => {
    const text = 'Wine crawl downtown, then beer pong';
    expect(found(text)).toEqual(['bar-crawl: Wine crawl', 'drinking-game: beer pong']);
    expect(found(text, { allowWords: ['wine crawl'] })).toEqual(['drinking-game: beer pong']);
  });

  it('compiles once per options object and gives the same answer for equal options', () => {
    const options = { extraWords: ['open bar'], allowWords: [] };
    expect(found('open bar', options)).toEqual(['custom: open bar']);
    expect(found('open bar', { ...options })).toEqual(['custom: open bar']);
    expect(found('open bar')).toEqual([]);
  });

  it('is an error on the professional presence and on a public personal one, a warning otherwise', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'error', followers: 'error', friends: 'error', private: 'error' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'error', followers: 'warning', friends: 'warning', private: 'warning' });
  });

  describe('confidence and cues', () => {
    const one = (text: string) => {
      const findings = runCase(rule as Rule, { text });
      expect(findings.length, text).toBe(1);
      return findings[0]!;
    };

    it('is sure of an affirmed phrase about the author, and names the trigger and the cues', () => {
      const f = one("I'm so hungover");
      expect(f.confidence).toBeGreaterThanOrEqual(0.85);
      expect(f.cues).toEqual(expect.arrayContaining(['trigger:hungover', "about:author:i'm"]));
    });

    it('gives a reading trigger (a count of drinks) its own confidence', () => {
      const f = one('Three pints down and counting');
      expect(f.match).toBe('Three pints down');
      expect(f.confidence).toBeGreaterThanOrEqual(0.8);
      expect(f.cues).toContain('trigger:3 pints');
    });

    it('keeps a question that counts the asker in above the default threshold, and a plain question below it', () => {
      expect(one('who else is hungover?').confidence).toBeGreaterThanOrEqual(0.5);
      const asked = runCase(rule as Rule, { text: "what's the best hangover cure?" });
      expect(asked.every((f) => (f.confidence ?? 1) < 0.5)).toBe(true);
    });

    it('returns nothing for a denied, wished, quoted or other person\'s night', () => {
      for (const text of ['no hangover this time, I switched to water', 'If we go out tonight we are doing a bar crawl', 'Why does everyone say "so hungover" all the time', 'my boss was hungover at the meeting']) {
        expect(runCase(rule as Rule, { text }), text).toEqual([]);
      }
    });

    it('gives every finding a confidence from 0 to 1 and a trigger cue', () => {
      const findings = runCase(rule as Rule, { text: 'Five rounds of shots and a keg stand. 6 beers deep, so drunk rn' });
      expect(findings.length).toBeGreaterThan(1);
      for (const f of findings) {
        expect(f.confidence).toBeGreaterThanOrEqual(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
        expect(f.cues?.some((c) => c.startsWith('trigger:'))).toBe(true);
      }
    });

    it('drops reading triggers covered by allowWords too', () => {
      expect(found('Three pints down', { allowWords: ['three pints'] })).toEqual([]);
    });
  });

  it('finds nothing in an empty post', () => {
    expect(found('')).toEqual([]);
  });
});

describe('party-photo: drinking said without a drink word (after tuning on fresh-2)', () => {
  const fires = (text: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5).length > 0;
  const cases: [string, string][] = [
    ['Absolutely steaming at the work Christmas do', 'steaming hot bowl of pho after the rainy walk home'],
    ['hanging. send carbs and a bacon roll', 'hanging the new shelves today, send carbs and moral support'],
    ['still tasting the sambuca from last night', 'still tasting the garlic from last night'],
    ['woke up fully dressed with half a kebab on the pillow', 'woke up early and went for a run'],
    ["called in with a 'stomach bug' aka the tequila from last night", 'the tequila sunrise recipe from last night was lovely, no alcohol in mine'],
    ['never again (until friday). the sambuca was a mistake', 'never again (until friday). IKEA on a saturday is hell'],
    ['steaming by 9pm at the wedding, apparently I did the worm', 'my uncle was steaming at the christmas party again'],
  ];
  for (const [yes, no] of cases) {
    it(`"${yes}" fires, "${no}" does not`, () => {
      expect(fires(yes)).toBe(true);
      expect(fires(no)).toBe(false);
    });
  }

  it('reads a thing that "has given me a hangover" as a figure', () => {
    expect(fires('This spreadsheet has given me a migraine, a hangover and an existential crisis')).toBe(false);
    expect(fires('The tequila has given me a hangover')).toBe(true);
  });
});

describe('party-photo: the morning after told by its symptoms, half cut, a table of empties (session 8)', () => {
  const fires: [string, string?][] = [
    ["head's pounding and the room's still spinning from last night's 'just the one'"],
    ['Room is still spinning and the Berocca is doing nothing'],
    ['Still half cut from last night and the boss wants a chat'],
    ['great night x', 'A table covered in empty shot glasses, maybe thirty of them, and my head on it'],
  ];
  const quiet: [string, string?][] = [
    ['head pounding after six hours of zoom meetings'],
    ['room spinning, inner ear infection again, doctor tomorrow'],
    ['got a half cut at the barber, looks mad'],
    ['beach cleanup done 💪', 'A table covered in empty bottles and cans we collected from the beach'],
  ];
  for (const [text, alt] of fires) it(`fires on "${text}"${alt ? ` (alt "${alt}")` : ''}`, () => expect(fired(text, alt)).toBe(true));
  for (const [text, alt] of quiet) it(`stays quiet on "${text}"${alt ? ` (alt "${alt}")` : ''}`, () => expect(fired(text, alt)).toBe(false));
});

describe('party-photo: a hangover from something that is not a drink (session 9)', () => {
  for (const text of ['monster hangover from the work drinks lol', 'hangover from the christmas party, never again', "hangover from the tequila at Jo's wedding"]) {
    it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  }
  for (const text of ['Nursing a serious hangover from too much Christmas telly 📺', 'hangover from all the cake at the christening', 'sugar hangover from the kids party']) {
    it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
  }
});

describe('party-photo: the night told by what it did, counted or left undone (session 9)', () => {
  const fires = [
    'quiz night champions 🏆 (have not been sober since 4pm)',
    'stopped counting at 7, the Old Monk pegs kept coming',
    'we finished 4 cases of Castle between 6 of us',
    '3 towers of beer then still go club',
    'Rounds of Jägers for the whole table, then it all goes hazy',
    'Put £230 on rounds at the leaving do',
    "FIRST ROUND'S ON SIOBHAN 🍻🍻",
    'On the cans since 10am at the cricket',
    'fully maggoted at the b&s ball',
    'never drinking tequila again. the kebab did not save me',
    '🍺🍺🍺🍺🍺 🤮',
    'nobody remembers anything after 11 at the pub',
    'goon of fortune in the backyard',
  ];
  const quiet = [
    'sober since 4pm, proud of me',
    'lost count of the rain days this month',
    'bought 3 cases of beer for the bbq',
    'Have 7 cases of wine in the car for the shop',
    'first round of interviews done, second round is on Friday',
    'on the cans for recycling day',
    'got locked out tonight lol',
    'never drinking coffee again after 4pm',
    'nobody remembers anything after the first week of the course',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
  it('reads an alt text\'s night as the body\'s', () => {
    expect(fired('best night of the year', 'me asleep on a bathroom floor at a house party hugging an empty vodka bottle')).toBe(true);
    expect(fired('best night of the year', 'me asleep on the sofa after the school play, a bottle of water beside me')).toBe(false);
  });
});

describe('party-photo: figures and toasts (session 9)', () => {
  it('fires on drinks said to be drunk off', () => expect(fired('drunk off two bottles of cider lol')).toBe(true));
  it('stays quiet on an album that intoxicates', () => expect(fired('absolutely intoxicated by this new Olivia Rodrigo album, do not talk to me')).toBe(false));
  it('stays quiet on kombucha', () => expect(fired('is it possible to get drunk off kombucha or is my friend lying to me')).toBe(false));
  it('stays quiet on a toast for two', () => expect(fired('ten years married today 💍', 'Me and Dave clinking two glasses of champagne at dinner')).toBe(false));
  it('fires on two bottles', () => expect(fired('two bottles of red between us and I cannot feel my face')).toBe(true));
});

describe('party-photo: a question tag, a song that came on, a named colleague (session 10)', () => {
  const fires = [
    'pub crawl for my 40th, who is in',
    'Pub crawl for Dave\'s 40th and I am organising it 🍻',
    'Drunk in Love came on and I was already three wines deep, so I was drunk in love with everyone',
    'Teo and I were absolutely legless at the leaving do',
  ];
  const quiet = [
    "Pub crawl for Dave's 40th, yay or nay?",
    'bottomless brunch for my birthday, thoughts?',
    'Drunk in Love came on at the gym and I did a PB',
    'Tipsy on the Beach is on repeat in the car',
    'Teo from accounts was absolutely legless at the leaving do',
    'Priya from next door got hammered at her work do',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
  it('reads an alt text\'s night as the body\'s', () => {
    expect(fired('best night of the year', 'me asleep on a bathroom floor at a house party hugging an empty vodka bottle')).toBe(true);
    expect(fired('best night of the year', 'me asleep on the sofa after the school play, a bottle of water beside me')).toBe(false);
  });
});

describe('party-photo: slang states, counts and ranges, crawls by another name, driving home, photos of the night (session 11)', () => {
  const fires: [string, string?][] = [
    ['me n the lads r getting messy tonight, jägerbombs at 9'],
    ['me & the girls r getting wasted tonight'],
    ['big birthday on Friday and I intend to get absolutely leathered'],
    ['absolutely pinged at the rave till 6, jaw still going'],
    ['10 schooners deep and the footy has not even started'],
    ['had 5 or 6 pints at the leaving do, head is wrecked'],
    ['me n the lads hittin every bar on Division tonight'],
    ['drove home after the work do and I def shouldnt have'],
    ['drove home after the wine tasting, prob shouldn\'t have lol'],
    ['Uber driver had to pull over so I could be sick after the Christmas do'],
    ['bring more vodka we\'ve already finished 3 bottles'],
    ['pint after pint after pint, send help'],
    ['calling in dead after last night\'s shots 🤢'],
    ['shotz shotz shotz 🥃🥃'],
    ['saturday 🎉', 'The author upside down on a keg, two friends holding her legs, a crowd cheering with red cups'],
    ['Best Saturday ever', 'Me lying on a pub floor, friends laughing, a row of empty shot glasses on the table'],
  ];
  const quiet: [string, string?][] = [
    ['the kids got messy tonight with the finger paint'],
    ['our kitchen got so messy making mulled wine for the fair'],
    ['we got absolutely leathered by the league leaders, 5-0'],
    ['my phone pinged all night with work emails'],
    ['10 schooners of lemonade for the kids table'],
    ['bought 5 or 6 pints of milk for the week'],
    ['she hit every bar of that song perfectly'],
    ['drove home after the party, roads were icy but fine'],
    ['I drove home after the wine tasting, stone cold sober as the designated driver'],
    ['got my flu shots after last night\'s shift 💉'],
    ['finished 3 bottles of water on the hike'],
    ['day after day after day of rain'],
    ['got absolutely wrecked last night... at Catan, by my little sister'],
    ['my coworker on the bar floor, totally drunk', 'My coworker asleep on a pub floor, an empty pint glass in his hand'],
  ];
  for (const [text, alt] of fires) it(`fires on "${text}"${alt ? ` (alt "${alt}")` : ''}`, () => expect(fired(text, alt)).toBe(true));
  for (const [text, alt] of quiet) it(`stays quiet on "${text}"${alt ? ` (alt "${alt}")` : ''}`, () => expect(fired(text, alt)).toBe(false));
});

describe('party-photo: rounds on someone, numb faces, dignity lost, carnage, bottomless drinks, early starts, cures asked for (session 11)', () => {
  const fires = [
    "third round's on Dave apparently",
    'two pints in and I can\'t feel my face',
    'lost my phone, my shoes and my dignity at the Christmas party',
    "if anyone finds my dignity it's somewhere in Revolution bar",
    'send paracetamol and a greasy fry-up',
    'last night was carnage',
    'who let me order sambuca',
    'never mixing grape and grain again, my head',
    'the prosecco was bottomless and so was I',
    'started on cocktails at noon, it is now 11pm',
    'face down in a pint glass by 9, classic work night out',
  ];
  const quiet = [
    "the third round's on Sunday, the golf club is buzzing",
    "can't feel my face after the dentist",
    "can't feel my legs after leg day, the protein shake is not helping",
    'lost my dignity in labour, the midwife saw everything',
    "last night was carnage at the kids' sleepover",
    'who let me near the chocolate',
    'grape and grain harvest festival on the farm this weekend',
    'the coffee was bottomless and so was my patience',
    'started on the wine at 7pm, one glass with dinner',
    'face down in my chips after a 12 hour shift',
    'send help and snacks, revision is killing me',
    'the pub quiz team got absolutely hammered, last place again',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
  it('reads an alt text\'s night as the body\'s', () => {
    expect(fired('best night of the year', 'me asleep on a bathroom floor at a house party hugging an empty vodka bottle')).toBe(true);
    expect(fired('best night of the year', 'me asleep on the sofa after the school play, a bottle of water beside me')).toBe(false);
  });
});

describe('party-photo: every drink counted one by one is reachable from the cheap pre-check (session 11)', () => {
  // A count ("14 tinnies deep") is read only when the text holds a pre-check string: a countable drink no string covers
  // was never counted. Left out on purpose: short words inside common ones ("ipa" in "anticipate", "bev" in "Beverly").
  const left = new Set(['ipa', 'bev', 'round', 'gin', 'rum', 'claw']);
  for (const word of PARTY_WORDS.countable) {
    if (left.has(word)) continue;
    it(`covers "${word}"`, () => expect(PARTY_WORDS.quick.some((q) => word.includes(q))).toBe(true));
  }
  it('counts "14 tinnies deep" and "three bottles of the red"', () => {
    expect(fired('knocked off early, 14 tinnies deep sitting on the ute by 5pm')).toBe(true);
    expect(fired('Maureen and I polished off three bottles of the red between us')).toBe(true);
    expect(fired('three bottles of the red for the table, ordered for the party')).toBe(false);
  });
});

describe('party-photo: a night told by its circumstances, the drink or the state with two more kinds of sign (session 12)', () => {
  const fires = [
    'absolutely steaming. taxi man says im not allowed in his car unless i hold a bag',
    'Pub at 4pm, club till 3, back at someone\'s flat till the sun came up, still had a tinnie in my hand at 7am',
    'last night\'s sangeet afterparty went on till 4am, finished one full bottle of Old Monk between three of us, today my head is paining like anything',
    'club till 4am, whisky after whisky, the whole bottle gone by 2, I regret everything',
    "the girls dragged me out. six espresso martinis later and i'm lying on kerry's sofa, can't feel my legs",
  ];
  const quiet = [
    // One kind of sign: a casual drink at the pub.
    'had a beer at the pub with dad tonight, home by 10',
    // Someone else's state, or a state said of someone.
    'the wedding went on till 3am and the bride\'s uncle was absolutely steaming, taxi for him at midnight',
    'think i may have broke a toe at the bar tonight......thanks drunk girl for steppin all over me!!!!!',
    // The drink won, the sign's cause something else; the drinking denied.
    'Did a pub quiz till 11, won a bottle of wine, head is pounding from all the maths',
    'Pub at 4pm, club till 3, I wasn\'t drinking though, just water all night, got the taxi home',
    // No drink and no state: a sleepover with a bottle of medicine.
    'sleepover till 3am, regret, I think the whole bottle of calpol is gone',
    // One kind of sign only: a count of drinks ordered, a nap beside a glass.
    'six espresso martinis ordered for the table at the work lunch',
    'asleep on the sofa after a long shift, a glass of wine untouched',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
  it('reads an alt text\'s night as the body\'s', () => {
    expect(fired('best night of the year', 'me asleep on a bathroom floor at a house party hugging an empty vodka bottle')).toBe(true);
    expect(fired('best night of the year', 'me asleep on the sofa after the school play, a bottle of water beside me')).toBe(false);
  });
});

describe('party-photo: a session from the afternoon, a bottle and a half, glasses topped up, drinks matched; rinsed (session 13)', () => {
  const fires = [
    "schooners from 2pm for the grand final and it's now 11 and i can't find my thongs or my dignity #gopies",
    "he left me so naturally i've had a bottle and a half of rosé and i'm on the kitchen floor",
    'tried to keep up with the grandsons on the whiskey. head like a bucket this morning',
    "sangeet went till 4am, chachu kept topping up my glass with old monk, i have zero memory of dancing on the table",
    "me and the lads are getting absolutely rinsed tomorrow for gaz's stag. phones off livers out 🍻",
  ];
  const quiet = [
    "coffee from 2pm and it's now 11, no sleep for me",
    'schooners from 2pm at the footy',
    'bought a bottle and a half of rosé for the party',
    'the waiter kept topping up my glass with water',
    'topped up my oyster card',
    'got absolutely rinsed by the ref in the second half',
    'rinsed the glasses after the party',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
});

describe('party-photo: a plan to be drunk by an hour, a crawl of a street, nobody going home sober, bring a bottle, a brand over and over; the reader addressed (session 13)', () => {
  const fires = [
    "Big 3-0 on the 21st of Jan and I fully intend to be hammered by lunchtime. who's keen 🍻",
    "open bar at the crown then we're doing the whole high street crawl, nobody's going home sober",
    'housewarming Saturday from 7, bring a chair and a bottle, we are getting MESSY',
    "WHAT A NIGHT AT THE LEGION... HAD 5 OR 6 RYE AND GINGERS... HEAD IS POUNDING THIS MORNING...",
    "Braai went till 3am, Castle after Castle after Castle, and I'm writing this from the bath, fully clothed, one sock on",
    "flat's empty so nan if you're reading this the spare key's where it always is 😘 pre-drinks at the airport at 6am, two pints down already 🍺",
  ];
  const quiet = [
    'we got hammered by the rain by lunchtime',
    'the team was hammered by lunchtime, 4-0 down',
    'traffic was a high street crawl all morning',
    'the kids got so messy with the paint, bring a bottle of water',
    'bought 5 or 6 rye loaves, my head is pounding from the heat',
    "Day after Day after Day, the rain, till 3am I couldn't sleep",
    'if I get drunk tonight, carry me home',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
});

describe('party-photo: a filler "like" before a count, the author in the third person, an unknown spirit with its mixer, drinks past counting (session 13, after fresh-11)', () => {
  const fires = [
    'Had like six pints at the club then drove home, roads were empty so no harm done lol',
    'Your girl did a pub crawl round Shoreditch and has zero memory of the last four pubs. Send help and Berocca.',
    'yours truly is hungover',
    "Braai at Thabo's went from 2pm till 2am, lost count of the Klippies and Coke after number eight. Lekker, but eish, my head today",
  ];
  const quiet = [
    'feels like a hangover from hell',
    'drinking it like a fish',
    "your boy got so drunk, hope he's ok",
    'I saw this girl get wasted at the bar',
    'Fish and Coke for lunch, lost count of the chips',
    'lost count of the Klippies and Coke at the braai',
  ];
  for (const text of fires) it(`fires on "${text}"`, () => expect(fired(text)).toBe(true));
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(fired(text)).toBe(false));
});
