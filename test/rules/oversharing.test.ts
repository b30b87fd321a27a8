import { describe, expect, it } from 'vitest';
import rule from '../../rules/oversharing.js';
import { CATEGORY_GATES, OVERSHARING_CATEGORIES, OVERSHARING_ENTRIES } from '../../rules/data/oversharing.js';
import { loadCases, runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule);

describe('oversharing', () => {
  it('says what was found, in which category, and why it matters', () => {
    const [finding] = runCase(rule, { text: 'Here we go: my address is 12 Elm St!' });
    expect(finding!.message).toBe(
      // The match is the situation, "my address"; personal-info reports the address itself.
      'Oversharing (home-address): "•• •••••ss" puts your home address in front of strangers.',
    );
  });

  it('quotes a match across a line break on one line', () => {
    const [finding] = runCase(rule, { text: 'The spare key is under\nthe mat' });
    expect(finding!.match).toBe('The spare key is under\nthe mat');
    expect(finding!.data).toMatchObject({ match: 'The spare key is under the mat' });
  });

  it('has fire cases for every category', () => {
    const fired = new Set(
      loadCases('oversharing', 'fire').flatMap((c) => (c.expect ?? []).map((e) => e.data?.category)),
    );
    for (const category of OVERSHARING_CATEGORIES) expect(fired, category).toContain(category);
  });

  it('gates only what its gate can vouch for: every match of a gated category contains the gate', () => {
    // The gates are the English list's; other languages are read by their own lists.
    for (const c of loadCases('oversharing', 'fire').filter((c) => c.lang === undefined)) {
      for (const f of runCase(rule, c)) {
        const gate = CATEGORY_GATES[f.data!.category as keyof typeof CATEGORY_GATES];
        if (gate) expect(f.match).toMatch(new RegExp(gate, 'iu'));
      }
    }
  });

  it('checks alt texts and captions as well as the body', () => {
    const found = runCase(rule, {
      text: 'Back to work!',
      media: [{ alt: 'My new employee badge' }, { caption: 'Called in sick to go to the beach lol' }],
    });
    expect(found.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'media[0].alt: My new employee badge',
      'media[1].caption: Called in sick',
    ]);
  });

  it('reports findings in text order without overlaps', () => {
    const found = runCase(rule, { text: "Emma's first day at Lincoln Elementary! I'm broke and my boss is an idiot." });
    expect(found.map((f) => f.match)).toEqual([
      "Emma's first day at Lincoln Elementary",
      "I'm broke",
      'my boss is an idiot',
    ]);
  });

  it('drops every match that overlaps an allowed word, in every category', () => {
    const options = { extraWords: [], allowWords: ['chemo', 'Lincoln'] };
    expect(runCase(rule, { text: "Starting my chemo Monday. Emma's first day at Lincoln Elementary!", options })).toEqual([]);
  });

  it('flags extra words as whole words in any case, in category custom', () => {
    const options = { extraWords: ['gate code'], allowWords: [] };
    const found = runCase(rule, { text: 'The GATE  CODE is 4512. Our gate codes change monthly.', options });
    expect(found.map((f) => [f.match, f.data?.category])).toEqual([['GATE  CODE', 'custom']]);
    expect(found[0]!.message).toBe('Oversharing (custom): "GATE CODE" is on your list of things not to share.');
  });

  it('reuses its matchers for the same options', () => {
    const options = { extraWords: ['secret sauce'], allowWords: [] };
    const run = () => rule.check({ post: { segments: [{ field: 'body', text: 'the secret sauce', source: { start: 0 } }] }, options } as never);
    expect(run()).toHaveLength(1);
    expect(run()).toHaveLength(1);
  });

  it('is an error on a public presence and a warning elsewhere', () => {
    expect(rule.defaultSeverity.personal.public).toBe('error');
    expect(rule.defaultSeverity.professional.public).toBe('error');
    expect(rule.defaultSeverity.personal.friends).toBe('warning');
    expect(rule.defaultSeverity.professional.followers).toBe('warning');
  });

  it('gives every finding a confidence and the cues behind it, a trigger among them', () => {
    for (const c of loadCases('oversharing', 'fire')) {
      for (const f of runCase(rule, c)) {
        expect(f.confidence, c.text).toBeGreaterThanOrEqual(0);
        expect(f.confidence, c.text).toBeLessThanOrEqual(1);
        expect(f.cues?.some((cue) => cue.startsWith('trigger:')), c.text).toBe(true);
      }
    }
  });

  it('lowers what the reading says is weak: a bare "I\'m broke" stays under the default minConfidence, broke till payday does not', () => {
    const [bare] = runCase(rule, { text: "I'm broke and my boss is an idiot." });
    const [payday] = runCase(rule, { text: "I'm broke until Friday so no brunch for me" });
    expect(bare!.confidence).toBeLessThan(0.5);
    expect(payday!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps everyday talk and someone else\'s birth under the default minConfidence', () => {
    for (const text of ["so broke lol can't afford brunch this week", 'Happy 7th birthday to our Ruby, born 2 May 2019, the boss of Room 3 🎉']) {
      const reported = runCase(rule, { text }).filter((f) => ['birthdate', 'money'].includes(String(f.data?.category)) && f.confidence! >= 0.5);
      expect(reported.map((f) => f.message)).toEqual([]);
    }
  });

  it('reads a post only when its words open a category, and then reads its cues: denied, someone else, a title', () => {
    expect(runCase(rule, { text: 'Lovely walk by the river this morning' })).toEqual([]);
    expect(runCase(rule, { text: "I didn't need surgery after all, just rest" })).toEqual([]);
    expect(runCase(rule, { text: 'Hoping I hear something soon about Krystle’s surgery' })).toEqual([]);
    const [own] = runCase(rule, { text: 'Surgery when I wake up, see you on the other side' });
    expect(own!.data).toMatchObject({ category: 'health' });
  });

  it('keeps every list entry in a known category', () => {
    for (const e of OVERSHARING_ENTRIES) expect(OVERSHARING_CATEGORIES).toContain(e.category);
  });
});

describe('oversharing: classes added after tuning on fresh-2', () => {
  const categories = (text: string, presence: 'personal' | 'professional' = 'personal') =>
    runCase(rule, { text, presence }).filter((f) => (f.confidence ?? 1) >= 0.5).map((f) => f.data!.category);
  const cases: [string, string, string][] = [
    // [category, fires, stays quiet]
    ['money', "they pay me £11.44 an hour, first proper job", 'Parking here is $6 an hour, absolute robbery'],
    ['money', '3 months of savings left and no interviews yet', 'if we ever win the euromillions I am paying off everyone\'s student loans'],
    ['money', 'behind on the mortgage for the second month', 'the mortgage advisor was lovely today'],
    ['relationship', 'the decree nisi arrived today. 9 years.', 'officially divorcing my Spotify Wrapped'],
    ['relationship', "saw the messages on his ipad last night. we're done", 'found the texts from my nan, she has discovered emoji'],
    ['confidential', 'lost our main contract today, the board is meeting tonight', 'we lost our dog in the park for an hour'],
    ['confidential', "so we're being acquired by a competitor apparently 🤐", 'Twitter is being bought by a billionaire lol'],
    ['boss-complaint', '12 shifts until I can quit this place', '20 days until I leave for Japan!!'],
    ['boss-complaint', 'my boss presented my deck to the VP as his own work. absolute snake', 'my manager took me to lunch to say thanks, best boss ever'],
    ['boss-complaint', "my manager booked a 'quick sync' for 4:55 on a friday. i want to walk into the sea", 'the sea was lovely, i want to walk into it every day'],
    ['boss-complaint', '47 days til I can hand my notice in at this dump', 'this dump of a flat needs a clean'],
    ['sick-skip', 'told my manager the boiler had flooded so I could go to the match', 'the boiler flooded the kitchen, waiting for the plumber'],
    ['sick-skip', "called in with a 'stomach bug' aka the tequila", 'For the record I am NOT pulling a sickie, I have an actual temperature of 39'],
    ['sick-skip', 'Told work my kid had a temperature so I could queue for tickets. kid is fine', 'Jess called in sick to go to Glastonbury and her boss is there 😂'],
    ['badge-id', 'Green card came!!! pic of it below', 'ref gave him a green card lol. pic of the match below'],
    ['child-school', "our Zara starts kindy at Little Wattle ELC on Monday", 'our puppy starts at Happy Tails Daycare on Monday 🐶'],
    ['child-school', "lily's first day in Miss Okafor's class at Greenway Elementary!!!", "today's first day of term at Greenway Elementary for the staff"],
    ['home-address', "if the DPD driver is reading this we're the blue door next to the chippy on Mill Lane", 'the new cafe next to the library on Mill Lane is lovely'],
    ['home-address', 'living above the launderette on Grange St now, top flat', 'the launderette on Grange St is open till 9'],
    ['home-address', 'new address for xmas cards pls!! 7 Kestrel Way, Didsbury', 'xmas cards pls!! the shop at 7 Kestrel Way has them'],
    ['travel', "@jess key's in the lockbox by the back gate, code 4471", 'the lockbox at the office needs a new code'],
    ['travel', "Whole family's heading up to the cabin for the long weekend", 'the long weekend was lovely, back to normal now'],
    ['travel', "we're off to Crete Friday to Friday", '20% off adoption fees at Happy Paws Rescue through Sunday!'],
    ['booking', 'conf EZY9K2LQ, it is meant to be my sister\'s seat', 'conf call at 3, bring the slides'],
  ];
  for (const [category, fires, quiet] of cases) {
    it(`${category}: "${fires}" fires, "${quiet}" does not`, () => {
      expect(categories(fires)).toContain(category);
      expect(categories(quiet)).not.toContain(category);
    });
  }

  it('birthdate: a famous or a family date of birth is not the author\'s; the author\'s still is', () => {
    expect(categories('Elvis was born 8 January 1935 in Tupelo. happy birthday King')).not.toContain('birthdate');
    expect(categories("Grandad's 90th today! born 2 May 1936 in a Glasgow tenement")).not.toContain('birthdate');
    expect(categories('Leap year baby here! Feb 29, 1992. Only my 8th real birthday this year')).toContain('birthdate');
  });

  it('travel: a price "off" is no trip, on either presence', () => {
    expect(categories('30% off all merch, every hoodie feeds a shelter dog for a week', 'professional')).not.toContain('travel');
    expect(categories("we're off to Spain for a week, house is empty")).toContain('travel');
  });
});

// Classes of the development sets' misses fixed in session 8: [class, category, posts that fire, posts that stay quiet].
/** The categories a personal post gets at the default minConfidence. */
const categories = (text: string) => runCase(rule, { text, presence: 'personal' }).filter((f) => (f.confidence ?? 1) >= 0.5).map((f) => f.data!.category);

/** A table of classes: each its name, its category, the posts that must fire and those that must stay quiet, each post its own case. */
function classCases(classes: [string, string, string[], string[]][]): void {
  for (const [name, category, fires, quiet] of classes) {
    describe(name, () => {
      for (const text of fires) it(`fires on "${text}"`, () => expect(categories(text)).toContain(category));
      for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(categories(text)).not.toContain(category));
    });
  }
}

describe('oversharing: classes added in session 8', () => {
  const classes: [string, string, string[], string[]][] = [
    ['an age in words on a day', 'birthdate', [
      'turning thirty-five on the 9th of March and all I want is a nap',
      'Turning thirty-five on the 9th of March, party at mine!',
      'twenty five on the 17th of november and ive achieved nothing',
      'Forty-two on 3 June. send cake',
    ], [
      'my sister turns thirty-five on the 9th of March, party at hers',
      'Sam is turning thirty-five on the 9th of March, party at his',
      'twenty five on the bus this morning, standing room only',
      'thirty-five on the 9th of March? no, the gig is the 10th',
      'Forty-two on the scoreboard at the 9th hole, not bad',
    ]],
    ['a date of birth asked for, then given', 'birthdate', [
      'bank keeps asking my DOB. 21-07-1995. can we stop',
      'every form wants my DOB. me, for the 50th time: 02/03/1985',
      'my DOB is 21-07-1995 btw',
    ], [
      'Forms all day: DOB, address, shoe size. Deadline 12/09/2019 was brutal',
      "Mum's DOB? 12/09/1961, for the form",
      'my DOB is on the form. 21-07-2024 is when it expires',
    ]],
    ['a home address given for deliveries', 'home-address', [
      'parcels for me to 31 Heron Close now please, not the old flat',
      'ANY PACKAGES FOR US PLEASE LEAVE AT 88 MAPLE RIDGE RD ON THE SIDE PORCH',
      'Mail for me goes to 12 Quarry Lane from Monday btw',
    ], [
      "Best pizza in town is Nico's at 48 Harbour Street, fight me",
      'The post office at 12 Quarry Lane is closing, drop your parcels off before Friday',
      'Great post about the murals at 50 King Street, go see them',
    ]],
    ['a separation said without "we"', 'relationship', [
      'officially separated. new flat, new mugs, same me',
      'signed the separation agreement this morning and then went to work like nothing happened',
      'Engagement called off three weeks before the wedding. please dont ask',
      'our engagement is off. thats all im saying',
    ], [
      'Finally separated the egg yolks without breaking one 🥚',
      'officially split the bill four ways, maths is hard',
      'my dog has separation anxiety so bad, he howls when I shower',
      'the separation of church and state is in the syllabus this week',
      'Engagement rings 20% off this weekend only at the jewellers on Main St',
      "my sister's engagement is off and mum is beside herself",
    ]],
    ['a boss complaint told as what the boss did', 'boss-complaint', [
      'team leader tore strips off me in front of the whole floor for his own mistake',
      'the boss rang me on my day off to ask where the printer paper lives',
      'my manager cancelled my leave AGAIN. third time this year',
      'the gaffer is clueless, wants us in on Sunday for a "culture day"',
      'manager timing my lunch breaks now. to the minute',
    ], [
      'my manager rang to say well done on the audit, made my week',
      'the party leader was clueless in that debate last night',
      'my sister\'s manager cancelled her leave, poor thing',
      'team leader training today, learning loads about giving feedback',
      'my boss is off on her day off, enjoy it Sam!',
    ]],
    ['an absence told by the empty house, the burglars, the milk', 'travel', [
      'Empty house till the 20th, we are off to see the grandkids',
      'nobody home at ours from Friday till the Monday after',
      'Rome tomorrow for a week and the flat is all yours, burglars 🙃',
      'cancelled the milk and the papers till the 4th, Lanzarote here we come',
      "spare key's under the frog by the back door for the cat sitter",
    ], [
      'Empty house since the kids left for uni, it is so quiet',
      "We're going nowhere this summer, house very much occupied, burglars take note",
      'cancelled the newspaper subscription for good, it is all online now',
      'the frog by the back door is back, he lives under the step',
    ]],
    ['work news told before the staff or the market', 'confidential', [
      'the Leeds site closes in June. they are only telling the staff after the summer so keep it zipped',
      "Q3 came in way under forecast and the board hasn't seen it yet. you didn't hear it from me",
      "our branch is merging into Bristol's, the staff there don't even know yet",
    ], [
      'the Leeds site closes in June, it was in the paper this morning',
      "you didn't hear it from me but the pub quiz is rigged",
      'Q3 was great for my garden, tomatoes everywhere',
    ]],
  ];
  classCases(classes);
});

describe('oversharing: classes added in session 9', () => {
  const classes: [string, string, string[], string[]][] = [
    ['an excuse told to work with the truth beside it', 'sick-skip', [
      'Told my manager the boiler burst. It did not. Beach day 🏖️',
      'emailed the office that my car wont start lol, off to the races',
      'my boss thinks im at the dentist. im actually at the zoo with the kids',
      'gonna say I have food poisoning so I can get out of the Friday shift',
      'texted HR my gran is poorly. she is at the bingo hall',
      "Rang in with a 'migraine'. Off to the cricket",
    ], [
      'told my boss my mum is in hospital, she was so kind about it',
      'told work my car broke down, waiting on the AA in the rain',
      'told my boss I was sick of his attitude lol',
      'texted my manager that my gran passed last night. I will be back on Monday',
    ]],
    ['a sick voice rehearsed, a sickie', 'sick-skip', [
      'practised my sick voice twice before ringing the office',
      'croaky enough for the 7am call. back to bed',
      'sickie secured, see you at the beach',
    ], [
      'my brother pulled a sickie for the match',
      'should I pull a sickie tomorrow?',
      'my sister rehearsed her croaky voice for the call haha',
      'rehearsing my lines for the school play tonight',
    ]],
    ['a partner who left, an affair, a name taken back', 'relationship', [
      "6 yrs and he's been texting his ex the whole time. done.",
      "Eleven years, and she's moving out on Sunday.",
      'my girlfriend of 3 years moved out today',
      'Kicked him out. your stuff is in bin bags on the lawn',
      'taking my maiden name back, new passport next',
      'Took the ring off today. Eleven years and a tan line to show for it.',
      "first christmas as a single mum, it's strange",
      "my marriage is over and I don't know what to do",
    ], [
      "he's been seeing his physio twice a week for his knee",
      "she's been texting me memes all day",
      'my sister moved out today, room is mine',
      'my flatmate of 3 years moved out',
      'kicked him out of the group chat lol',
      'changing my name on insta',
      'took the ring off the hob to clean it',
      'single mums deserve more support from the council',
    ]],
    ['a thing paired with the author, or filing for divorce', 'relationship', [
      'my husband and I are officially separated',
      'my wife filed for divorce',
    ], [
      'my oven and I are officially separated after what it did to the lasagne',
      'my bank account just saw my Amazon basket and filed for divorce',
    ]],
    ['a thing, not a partner, that did the dumping', 'relationship', [
      'Got dumped by text after 3 years. classy',
    ], [
      "My sourdough starter and I have broken up. It's not me, it's the yeast.",
      'Got dumped by my gym. They cancelled my 6am class.',
    ]],
    ['a sickie from something that is not work', 'sick-skip', [
      'pulled a sickie from work to watch the final',
    ], [
      'Pulled a sickie from my diet today, pizza for lunch 🍕',
    ]],
    ["a brother's or a nan's money, not the household's", 'money', [
      'my husband lost his job and we can\'t make rent',
    ], [
      "My brother's skint till payday again and borrowed a tenner for the bus",
      'my nan is £300 overdrawn again, bless her',
    ]],
    ['the key told beside a return day that alone says no trip', 'travel', [
      "key's under the frog by the back door for whoever's feeding Mittens, we're back Sunday night x",
    ], [
      "we're back Sunday night, dinner at ours?",
    ]],
    ['key safes in general', 'travel', [
      "spare key's under the plant pot for the dog walker, we're back Sunday",
    ], [
      'Key safes look so obvious',
    ]],
    ["a business by its owner's name at an address", 'home-address', [
      "We're at 22 Kestrel Way now, pop round",
    ], [
      "Powell's at 1005 W Burnside St is my happy place 📚",
    ]],
    ['a home told by where it is', 'home-address', [
      'We\'re the white bungalow at the very end of Kowhai Street, just toot',
      'ours is the last house before the field with the horses',
      'our flat\'s the top floor above the chippy on Mill Lane',
      'Easy to find us, last house on the left past the Spar in Kilcoole',
      "it's the blue door above the chippy, top buzzer, housewarming from 8",
    ], [
      "we're the best team on the street",
      "we're in the house next door to the pub tonight, come join",
      'find us at stall 14 past the fountain, blue gazebo',
      'we are the champions, past the finish line at last',
      'I am at 1505 West Lake Street, right across from the coffee shop',
    ]],
    ['pay told with its job, debt by its figure, the home taken back', 'money', [
      'New contract signed: £11.44 an hour, 37.5 hours a week',
      'got the offer!! $17.25 an hour, start monday',
      '$62k before tax on the new contract, first rise in three years',
      'THE BANK IS FORECLOSING ON THE HOUSE IN 30 DAYS',
      'landlord served us the 30-day notice, court date is the 12th',
      'Filed Chapter 7 today. starting from zero.',
      'WE OWE $62,000 and I do not know what to do',
      'my Discover card is already at $4,800',
      'Both cards at the limit so the big shop went on Klarna 😬',
      'skint til the 28th, anyone got a tenner',
      'Asked mum for a loan again to cover the power bill',
      "Hubby's hours got cut to 20 a week and the mortgage doesn't care",
      'two months behind on the bond',
    ], [
      'Parking here is $6 an hour, absolute robbery',
      "We're hiring! $17.25 an hour, apply at the front desk",
      'Sears filed Chapter 11 in 2018',
      'I owe you a pint for that',
      'My brother is skint til the 28th, poor lad',
      'my hours got cut and honestly I love the free time',
    ]],
    ['an e-ticket, a PNR, a confirmation number, a row and seat', 'booking', [
      'Glasto e-ticket finally came through!!! ticket no. 8832 1190 4576',
      'e-ticket no. 083-2318845590 for the 06:10 flight',
      'PNR 4521367890, 3AC berth 42, Mumbai to Delhi tmrw',
      'PNR for the Melbourne work trip is LX9Q4D, book your hotel to match',
      'confirmation # for the cabin is HX-88213 if anyone needs it',
      'Row 14, seat C, EZY8921 to Malaga. Aisle, as God intended.',
      'checked in!! WS 1524 row 14 seat C, see u at 6',
    ], [
      'raffle ticket no. 4481 2290 won a hamper!',
      'never post your e-ticket number 0572184963310 online, scammers love it',
      'row 14 seat C at the theatre tonight, front stalls',
      'no. 1 fan of the airline app, honestly',
    ]],
    ['a child, a class and a school as parents write them', 'child-school', [
      "Ruby's Year 3 assembly at Bayside Primary this arvo",
      "Noah's Grade 3 holiday concert at Riverside Public School tonight.",
      'Mila made the netball team at Westfield Primary!! Year 5 only had four spots',
      'Evie started nursery at Little Acorns on Mill Road this morning',
      'Zara starts kindergarten at Buckman tomorrow',
      'Ethan P3 at Nanyang Primary and i am already stressing',
      'parents evening for Jack\'s Year 9 at Holy Cross tonight',
    ], [
      'started nursery at Little Acorns as a teaching assistant, first job!',
      'Year 9 at Holy Cross was the worst year of my life, back in 1998',
      'the netball team at Westfield Primary won the league',
      'starts kindergarten at Buckman tomorrow? asking for the bus times',
    ]],
    ['an age said the long way on a day, a holiday birth with its year', 'birthdate', [
      'The big five-oh lands on the 28th of October, start saving for the cake',
      'the big 3-0 hits me on june 12th 😭 send help',
      'Halfway to 60 as of the 12th of August 😬',
      'sweet 25 coming up on Oct 17 🎂 party at mine',
      '30 on Saturday the 15th and the plan is to get very drunk',
      'fun fact I was born on Christmas Eve 1979 so my presents are combined',
      'leap year baby, 29 Feb 1996, so technically I am 7',
      '🎂 21 Sept 1996 🎂 = me. Treat me accordingly.',
    ], [
      'the big 3-0 sale starts on june 12th, 30% off everything',
      'our wedding anniversary, the big 4-0, is on the 28th of October',
      '30 on Saturday the 15th? the tickets were £30 on Saturday the 15th',
      'Jesus was born on Christmas Day, or so the story goes',
      '30 minutes on Saturday the 15th and I finished the 5k',
    ]],
    ['a boss complaint as the dialects and the contractions say it', 'boss-complaint', [
      "Gaffer's on one again, screaming at the apprentices for his own cock-ups",
      'Worst bloke I\'ve ever worked for, hands down',
      'Me boss is a flamin\' galah, wants the report by 5',
      "Line manager's rejected my leave for the third time, this place is a joke",
      'My manager just presented MY deck as his. In front of me.',
      'Acme Logistics is the worst employer in the state and i say that as someone who works there',
      'second bottle of red trying to forget my boss exists',
    ], [
      'Worst film I\'ve ever seen, hands down',
      "the gaffer's on holiday, peace at last",
      'tell me boss stories, the worst ones',
      'Acme Logistics is the worst employer in the state, my cousin says',
      'my manager presented my award at the dinner, so proud',
    ]],
    ['a document shown, by its picture said in the post', 'badge-id', [
      "look at this driver's license pic 😭 (photo attached)",
      'NRIC renewed and the photo is criminal 😭 posting it so u all suffer with me',
      'Aadhaar finally updated with the new address, posting the pic so Mummy stops asking',
      'New passport arrived, photo page below, I look like a hostage',
    ], [
      'My passport photo is hideous lol',
      "Dan's new passport photo is the funniest thing I've ever seen",
      'someone got a photo of me passed out on the pool table lmao delete it',
      'lost my provisional again, photo was awful anyway',
    ]],
    ['work news not public till a date, not to be talked about', 'confidential', [
      "can't say much but half my floor is getting let go before xmas. they're not announcing til jan",
      "merger's happening. you didn't hear it from me 🤐",
      'Heard from HR today that the Leeds site is closing. It won\'t be public till January.',
      'a project I absolutely cannot talk about, except to say it will replace half of our support team by summer',
      "Restructure's real. My whole team is being folded into Sydney, announcement's on the 14th",
    ], [
      "can't say much about the film without spoilers, go see it",
      'the Leeds site is closing, it was in the paper this morning',
      "the announcement's on the 14th, the new library opens then",
      'I cannot talk about the season finale, I am still crying',
      'results day isn\'t till the 28th, the kids are so nervous',
    ]],
    ['a treatment opening the sentence, a pregnancy complication, a crisis team', 'health', [
      "Sertraline week three and the fog's finally lifting a bit",
      'chemo round 4 done ✅ bald and fabulous',
      '12 week scan flagged a low-lying placenta so it is more scans for me',
      'The crisis team came out again last night. I am ok now.',
    ], [
      'Sertraline is one of the most prescribed drugs in the UK, says the report',
      'chemo can cause hair loss, the leaflet says',
      'the placenta is an amazing organ, fun fact from biology class',
    ]],
    ['a question about calling in sick', 'sick-skip', [], [
      'Is it ok to call in sick if you are actually sick?',
      "What's the etiquette on calling in sick when it's a Monday?",
    ]],
  ];
  classCases(classes);
});

describe('oversharing: classes added in session 13', () => {
  const classes: [string, string, string[], string[]][] = [
    ['an excuse told to work, then denied in its own words ("i do not have d&v", "the van is fine"), or a quoted sore throat', 'sick-skip', [
      'rang the ward to say i had d&v. i do not have d&v. i have front row tickets for the killers',
      "told the site manager the van's broken down. the van is fine. i am not fine",
      "called in with a 'sore throat' 🤧 and i'm typing this with sand between my toes",
    ], [
      'rang the ward to say i had d&v, been up all night, awful',
      "told the site manager the van's broken down, waiting on the AA now",
      'called in with a sore throat, honey and lemon and bed for me',
      "my 'sore throat' is actually just from singing at the gig",
    ]],
    ['"never ... more" is emphatic; a boss the author had; a school\'s head to one who teaches there', 'boss-complaint', [
      '11 years at this place and i have never hated my job more',
      'never hated my boss more than today',
      "worst boss i've ever had, and that includes the one who threw a stapler",
      'i teach in a primary school and our head is the most incompetent person i have ever met',
    ], [
      'never hated my job, just the commute',
      "i've never loved my job more",
      "worst haircut i've ever had",
      'our head is the best, the staffroom loves her',
      "our head of year is useless, says my son's teacher",
      'my head is killing me, teaching all day',
    ]],
    ['what is left to live on, overdrawn "in the red", bills paid with a loan from family', 'money', [
      '₹2,300 left for the rest of the month 🥲',
      '£40 left till payday and the car needs tax',
      "customer still hasn't paid so i'm 6 grand in the red",
      'i had to borrow off my dad for the electric this month',
    ], [
      "£40 left in the kitty for the rest of the month, who's in for pizza",
      'the team is 6 points in the red this season',
      'she looked stunning in the red dress',
      'the company is in the red again',
      "borrowed my dad's drill for the shelves",
      '5 minutes left till kick off',
    ]],
    ['a couple parting ways, a split shared out, moving one\'s things out of a partner\'s place', 'relationship', [
      "After 6 years, Rohan and I have decided to part ways. Please don't call my mother about it 🙏",
      "so she's keeping the flat and the dog and i'm keeping the debt on the joint card",
      "he's keeping the house and i'm keeping the kids, 12 years done",
      'moved my stuff out of his place today, the cat chose him',
    ], [
      'the band and I have decided to part ways',
      'me and my agency have decided to part ways after 6 years',
      'after 6 years at the club, the coach and I have parted ways',
      "she's keeping the dog this weekend while i'm getting the shopping",
      "moved my stuff out of my mum's place today, finally my own flat",
    ]],
    ['news of one\'s own workplace not yet written, or kept back from the team', 'confidential', [
      "heard in the 9am: 40 redundancies in our dept before xmas, hr hasn't even drafted the email yet",
      "so they're outsourcing our entire team to a vendor in q2 and my manager knew for months",
    ], [
      'heard in the news: 40 redundancies at the council',
      'my mum knew for months about the surprise party',
      'the council knew for months about the closure of the library, shameful',
      "the company announced it is outsourcing IT, it's on the website",
    ]],
    ['a child by a possessive before an abbreviation ("Ishaan\'s PTM"), a little one\'s room ("kindy room b")', 'child-school', [
      "Ishaan's PTM at Delhi Public School, class 4C, tomorrow 9am",
      "harper's first term at st mary's, kindy room b, and she's already made a best friend",
    ], [
      "we stayed in room b at st mary's retreat",
      'the PTM at Delhi Public School is on the news tonight',
    ]],
    ['a stay of weeks on the water, and a farewell before the day of return', 'travel', [
      'bill and i leave on the cruise tuesday, three weeks on the water, first proper holiday since he retired',
      'bye portland 👋 back on the 19th',
    ], [
      'the show is back on the 19th, see you there',
      "I'm so glad my concert is still a week away",
      'three weeks away from my exams, panicking',
      'three weeks on the water taught me to sail, back in 2019',
    ]],
    ['custody of a person or a pet, not of a thing', 'relationship', [
      'we share custody of the kids since the divorce',
      'he wants full custody of the dog',
    ], [
      'My sourdough starter and I have officially separated. He got custody of the jar.',
      "divorcing my phone. we'll share custody of the charger",
    ]],
    ['a neighbour minding the home while the household is away, not a neighbour\'s own trip', 'travel', [
      'Mrs Kavanagh next door has the key and is feeding Biscuit twice a day from the 18th till the 2nd. Two weeks of sun here we come ☀️',
    ], [
      "mrs henderson next door is off to tenerife for a month so i'm on bin duty, good for her",
      'mr patel is off to goa till the 2nd, lucky him',
    ]],
    ['a programme that "is on channel 4", in any case, is a title', 'boss-complaint', [
      "my boss is on tv tonight, he's a clown",
    ], [
      "horrible bosses is on channel 4 tonight and i'm weirdly excited about it",
    ]],
    ['a home described by its looks and its place, with no number, the author\'s by a visit, a lift or "that\'s us"', 'home-address', [
      'last house before the cattle grid on Kilmore Road, the one with the red gate. come round for a cuppa',
      'its the last house on the left on orchard close number 9 where the dog is always barking thats ours',
      "for the carpool: we're directly across from the fire station on hawthorne, the grey duplex with the red mailbox, honk twice",
      "the pink house on the corner of wattle st and king st, the one with the jacaranda. that's us now 🌸",
      "If you're coming to the housewarming it's the blue door above the chippy on Dalkey main street, top buzzer",
    ], [
      "my nan's house is the last one on the left on Moss Lane, come round",
      'the museum is the grey building across from the park, come say hi',
      'the red door on Elm Street with the wreath is so pretty',
      'the last house on the left is a great horror film, we watched it again',
      'his flat is the top floor above the chippy on Main Street',
    ]],
    ['the author\'s address given after its name, in any format', 'home-address', [
      'Our new address: Flat 402, Sai Krupa Apartments, 12th Cross, Indiranagar. Griha pravesh on Sunday, all welcome!',
    ], [
      'my address is on the form',
      'our new address is coming soon, watch this space',
    ]],
    ['an ex who turns up or keeps at the author, a number changed because of the ex; a thing listed beside a partner leaving', 'relationship', [
      'ex just turned up at my work with flowers like nothing happened 🙄 block means block, Darren',
      'changed my number because of the ex, friends and family only',
      'this week: car died, and my boyfriend of 4 years moved out on Sunday.',
    ], [
      'the ex president turned up at the rally',
      'the ex-factor is on tonight',
      'My plants and I have broken up',
      'my sourdough starter and me broke up lol',
    ]],
    ['a partner\'s excuse in quotation marks that meant someone else, a life wanted "just not with me", children between two houses, a court deciding who has the kids', 'relationship', [
      'Turns out "working late" meant Tinder. Bye Dave.',
      "Apparently 'I need space' means 'I've been seeing Kirsty from the gym since June'. Good to know",
      'Turns out he wanted a different life, just not with me',
      "she says she needs to 'find herself' somewhere that isn't with me. took the car.",
      'First Christmas with the kids going back and forth between two houses. Doing my best x',
      'Solicitor says mediation first, then the court decides who has the kids at weekends',
    ], [
      "'self care' means netflix and a bath",
      'she wanted to go to the cinema, just not with me lol',
      'he wants a different phone, just not with me paying',
      "the kids split the week between two houses, their grandparents' and ours",
      "who has the kids' football kit?",
    ]],
    ['"my 30th is on" a day: the birthday left unsaid; years married are no age', 'birthdate', [
      'my 30th is on the 21st of march!!! open bar at the crown',
    ], [
      'our 30th is on the 21st of march, 30 years married',
      'my 30th is on the way lol',
    ]],
    ['a child picked up from a class at a school; a question to the school\'s readers is no condition', 'child-school', [
      'his new girlfriend picked Ava up from Year 4 at Greenway Primary without asking me',
      "if anyone from Room 12 at Holy Family NS knows whose jumper Saoirse came home in, she has Cian's",
    ], [
      'picked Ava up from the airport',
      "picked up milk from lincoln elementary's bake sale",
      'if Saoirse gets into Holy Family NS we will be thrilled',
    ]],
    ['after fresh-11: a date of birth said by "I" after a colon, a correction after it, "my 65th on" a day', 'birthdate', [
      'Ok since everyone keeps asking: I was born 11 November 1998, Scorpio sun, ask me anything',
      'P.S. my birthday is 23 January 1995 not the 25th, you have been two days late for 31 years',
      'The kids keep asking what I want for my 65th on January 8th.',
    ], [
      'my 21st on the 3rd was a blast',
    ]],
    ['after fresh-11: a sick call in single quotes, an excuse of any words in quotation marks told to work', 'sick-skip', [
      "Called in 'sick' so I could queue for Leafs tickets",
      "told work i had a 'family thing' lmao the family thing is me and my bed",
    ], [
      "my mate's boss texted him at 11pm for a 'quick favour' lol. so glad mine's not like that",
      "told work i had a family thing lol, nan's 90th",
    ]],
    ['after fresh-11: broke till a day beside the author\'s own bank balance', 'money', [
      'broke until the 25th, bank balance $23.40 only',
    ], [
      'the bank is broke, says the FT',
      'banks are broke until the bailout',
    ]],
    ['after fresh-11: news of the author\'s workplace its staff have not been told, not meant to be posted, closed quietly, seen before the CEO', 'confidential', [
      "Found out the Bristol site is shutting in March (staff haven't been told) and my manager's answer is 'keep smiling'.",
      "PS the new product name is 'Kestrel' and it ships in March, which I'm definitely not meant to post yet 🙃",
      "they are quietly shutting the Rotorua branch at Easter, customers won't hear till March. 23 years I've worked there.",
      "intern life: saw the Q3 numbers before the CEO did lol revenue down 18% and they're gonna spin it as 'stable'",
    ], [
      "I haven't been told my exam results yet",
      'the council is quietly closing the library, disgraceful',
      'I heard the council is quietly closing the library',
      "you're not meant to post photos at the gig",
    ]],
    ['a date of birth after "leap baby"', 'birthdate', [
      "for the people who asked, yes i'm a leap baby, 29.02.1992, only had 8 proper birthdays",
    ], [
      'leap year in 2024 means 29.02.2024 is a thing',
    ]],
    ['a lap band, not a lap of the park; A&E alone is a place, not a detail', 'health', [
      'my lap band surgery is on monday, nil by mouth from midnight',
      "I'm in a&e with my knee, been here 5 hours",
    ], [
      'another lap around the sun 🌞',
      'we did a lap of the park before the rain',
      "I'm in a&e with dad, freezing, no phones allowed",
    ]],
  ];
  classCases(classes);
});

describe('oversharing: classes added in session 12', () => {
  const classes: [string, string, string[], string[]][] = [
    ['a school and a child named in lower case, as many write', 'child-school', [
      'my grandson theo (year 3, ashgrove juniors) won the spelling bee',
      'amara got into year 7 at hollins park academy!!! so proud of this girl',
      'mason starts kindergarten at riverside elementary next week',
      'picked zara up from ballet then raced to jefferson middle for the 6th grade band concert',
      "first day for ollie at st bride's primary, reception class, and he didn't even look back",
    ], [
      'we drove past lincoln elementary on the way to the shops with theo',
      "st mary's was packed for midnight mass, ava sang beautifully",
      'jefferson middle won the state band contest, congrats to them',
      "my neighbour's kid goes to riverside elementary and loves it",
      'voting today at hollins park academy, the queue was long',
      "emma got into the choir at st bride's church",
      'sophie started at maple grove elementary today as the new art teacher',
    ]],
  ];
  classCases(classes);
});

describe('oversharing: classes added in session 11', () => {
  const classes: [string, string, string[], string[]][] = [
    ['a partner leaving the author, or leaving with what a couple shares', 'relationship', [
      "13 years and he's leaving me for his PT",
      'he left, took the car, and now the rent is all mine',
      'he left two weeks after my diagnosis. classy.',
      'he left. I texted him 40 times',
      'Eight years, and she took the cat and the good frying pan',
      'my wife of 9 years left me on Tuesday',
      "his new girlfriend does the school run now. we've been separated 3 months",
    ], [
      'she left me a voicemail about dinner',
      "she's leaving me for a month, work trip to Denver",
      'he left for work at 6 like always',
      'he left, took the bins out and came back',
      'she took the dog to the vet, 8 years of jabs and still scared',
      'my son left. off to uni, the house is so quiet',
      'the concert was so good, she left me speechless',
    ]],
    ['a boss judged with idioms, behind the author\'s back, in scare quotes or "a nightmare of a manager"', 'boss-complaint', [
      "honestly my manager couldn't organise a piss-up in a brewery",
      'my line manager moved my deadline forward AGAIN without telling me',
      'Kevin (my "manager") has never once answered an email before 11am',
      "she's such a nightmare of a manager that I dread Mondays",
      'if my supervisor micromanages my lunch break one more time I swear',
      "my manager does nothing but forward emails with 'thoughts?' on top",
    ], [
      "my mate's new boss is an absolute nightmare, poor guy",
      'my manager organised the best party, honestly a legend',
      'Kevin (my manager) answered my email in five minutes, bless him',
      'what a nightmare of a commute, a manager on the train was sick on my shoes',
      'if my supervisor approves my leave I will cry with joy',
    ]],
    ['a home by its flat number, by the porch things are left in, "my address is" beside the address, a street that is a View', 'home-address', [
      'flat 4, 22 Hazelmere Road if anyone wants to send me soup',
      'Anyone dropping off bits for the jumble sale, 9 Larkhill Crescent, just leave them in the porch',
      'Returning the parcel for my neighbour, my address is 55 Rosewood Crescent, not hers!',
      'Moved!! new addy is 7 Harbour View, Apt 3, Howth',
    ], [
      'great brunch at 7 Harbour View cafe',
      'the gallery at 22 Hazelmere Road has a new show, flat 4 prints on sale',
      'the church hall at 9 Larkhill Crescent, leave donations in the porch',
      'my address book is full of old friends',
    ]],
    ['an age the author states beside a day: "Sixty-five tomorrow", "big 4-0", "my 40th birthday", "I\'ll be 40"', 'birthdate', [
      'Sixty-five tomorrow, the 3rd of December. Retirement pending.',
      'big 4-0 this Sat the 12th of April, come round ours',
      'booked my 40th birthday treat for the 8th of May, the day I turn 40',
      'on the 3rd of June I\'ll be 30, send cake',
    ], [
      "my son's 7th birthday is on the 3rd of May",
      'the big 50 for my dad on the 3rd of May',
      'Sixty-five tomorrow, and the forecast says rain',
      'turning 21 tomorrow!!',
    ]],
    ['pay and balances by currency sign, word or rate: "₹42,000 a month and rent takes half", "212 quid in my account", a rate beside what a flat costs', 'money', [
      '₹42,000 a month in Bangalore and rent takes half',
      '$17.60/hr and a one bedroom in Toronto is $2,400. make it make sense',
      "I'll be on about £1,100 a month. how am I meant to pay rent",
      'divorce lawyer wants a 5k retainer, I have 212 quid in my account',
    ], [
      'Netflix is $15 a month now',
      '£5 a week on coffee is fine by me',
      'won 50 quid on the horses lol',
      '₹42,000 for the whole wedding sari, worth every rupee',
    ]],
    ['a treatment with "is" run into it: "chemo\'s going ok"', 'health', [
      "chemo's going ok but I'm wiped",
      "physio's moved to Thursdays and my knee hates it",
    ], [
      "the therapist's office smells of lavender, I was only dropping off flyers",
      "my sister's physio's retiring, she's gutted",
    ]],
    ['an account lost with the subject left out and a secret said: "just lost the Nandos account. nobody outside knows yet"', 'confidential', [
      "just lost the Nandos account. whole team's gutted. nobody outside knows yet",
    ], [
      'just lost the car keys. nobody knows where',
      'lost the Tesco account lol, the loyalty card one',
    ]],
    ['schools as Ireland and Australia name them, and classes as Ireland counts them', 'child-school', [
      'pick up at Scoil Mhuire is chaos, Ciarán\'s in 2nd class and they let them out at 1:10',
      'Ruby is a sheep in the Holy Cross reception class nativity',
      "Priya got 4 A1s for her O levels at St Margaret's Secondary, so proud of my girl",
      'Jack starts at Bondi Public on Monday',
    ], [
      "Priya's at Bondi Public Library all day",
      'my coffee in 2nd year of uni was awful',
      'the reception class at the hotel was full of brides',
      'Scoil Mhuire won the county final, great day for the parish',
    ]],
    ['work skipped by skiving, faking, a voice put on, a relative long dead, "officially ... unofficially"', 'sick-skip', [
      'skived off Friday to do a cash-in-hand shift',
      "she's such a nightmare of a manager that I've faked a cold twice this month",
      "told them my grandma's sick. my grandma's been dead 10 years. Six Flags here I come",
      'doing my best croaky voice for the 7am phone call to the office',
      'Officially off Monday with a dodgy kebab. Unofficially it was the stag in Galway',
      'playin hooky from the site today, told the foreman my van broke down',
    ], [
      'skived double maths lol',
      'my son faked a cold to get out of school',
      'doing my best croaky voice for the panto tonight',
      'Officially off Monday for my surgery, the ward was lovely',
      'told them my grandma is sick, she is in hospital and I need the week',
    ]],
    ['posts written in the blind sets\' style (session 11, none from a blind set): a split shared out by the week, "officially a single mum"', 'relationship', [
      "she's keeping the house and I get the dog every other weekend",
      'the papers came through today. officially a single mum',
    ], [
      'my sister gets the kids every other weekend, so we do the zoo then',
      'officially a single mum of three puppies now 🐶',
    ]],
    ['the boss as the reason for tears, the company told to go jump', 'boss-complaint', [
      'my manager is the reason I cry in the car park',
      'honestly this company can go jump',
    ], [
      'my manager is the reason I got promoted, what a star',
      'this company can go far, the launch was brilliant',
    ]],
    ['a migraine told to work with the author "currently on" a rollercoaster; a quoted excuse needs a day or work, not a song', 'sick-skip', [
      'told work I have a migraine, currently on the rollercoaster at Alton Towers',
    ], [
      'paramore songs? one of the best! currently listening to "emergency"',
      'told work I have a migraine, currently in a dark room with the curtains shut',
    ]],
    ['a child streamed into a set at a named school', 'child-school', [
      "Layla got moved up to the top set at St Peter's, so proud",
    ], [
      "the top set at St Peter's church choir sang beautifully",
    ]],
    ['a merger nobody is supposed to know about', 'confidential', [
      "we're merging with Acme in Jan, nobody's supposed to know",
    ], [
      'the two banks are merging in January, says the BBC',
    ]],
    ['someone else by name and where they are from, a family member\'s age on a day, a claim closed by its named source', 'relationship', [
      'Jess and I are getting divorced',
    ], [
      'Jess from work is getting divorced, so sad for her',
    ]],
    ['a family member\'s age on a day is theirs (personal-info reports full dates of anyone\'s)', 'birthdate', [
      'turning 40 on the 3rd of May, my nan is throwing a party',
    ], [
      'my nan turned 90 on the 3rd of May, party at the club',
    ]],
    ['a claim closed by its named source is news', 'money', [
      '£900 overdrawn, says my banking app',
    ], [
      'overdraft fees are a scam, says Martin Lewis',
    ]],
    ['the household away told by who feeds the cat, "see you all in", "back the following Sunday"', 'travel', [
      "packing the car, Devon for the week, Dave's popping in to feed the cat",
      'the whole family is off to Disney on Friday, back the following Sunday',
      'off to Crete tomorrow, see you all on the 21st',
    ], [
      'popping in to feed the cat at my mum\'s, she is in hospital overnight',
      'see you all in the office tomorrow',
    ]],
    ['ways apart, courts over the children, a partner\'s things moved out', 'relationship', [
      "we've decided to go our separate ways after 9 years",
      'court date for the kids is in March, wish me luck',
      'he moved his stuff out while I was at work',
    ], [
      'my phone and I have gone our separate ways',
      'court date for the speeding ticket is in March',
      'he moved his stuff out of the spare room for the new baby',
      'I get the dog every other weekend since my sister moved',
      'the divorce lawyer on TV said most couples split in January',
    ]],
    ['a sick note with the truth beside it; an excuse told to work with the author on the sofa', 'sick-skip', [
      'sick note says flu, reality says Glastonbury',
      "told my supervisor my car broke down. it's in the drive. I'm on the sofa",
    ], [
      'sick note says flu, off till Monday, feeling rough',
    ]],
    ['an address by its number and street name; a word to whoever delivers', 'home-address', [
      'moved into number 8, Laurel Close, still no curtains',
      "if you're delivering, I'm the flat above the bakery on King St",
    ], [
      'number 8, Laurel Close won the best garden prize, says the council',
    ]],
    ['the seat before the flight, a client lost by name with a secret, "don\'t repeat", a licence with its picture in the next sentence', 'booking', [
      'checked in! 14A by the window, LHR to JFK on BA 117',
    ], [
      "I'm in 3B, Year 9 timetable",
      'row 12 at the theatre, 3B, the M25 was a nightmare',
    ]],
    ['a client lost by its name beside a secret; a list nobody may repeat', 'confidential', [
      'we lost Unilever today. gutted. not public till Friday',
      "the restructure list has 14 names on it and mine isn't one, phew. don't repeat",
    ], [
      'we lost Grandad today. not public till we tell the cousins',
      'we lost the quiz by two points, not public shame though',
    ]],
    ['a document with its picture said in the next sentence', 'badge-id', [
      'new provisional licence!! 🚗 (pic)',
    ], [
      'lost my provisional licence!! 🚗 anyone seen it',
    ]],
    ['fresh-9\'s misses after it was scored, as classes: a shop, a placement, a review skipped; a mental health day that is not; a dentist faked', 'sick-skip', [
      'playing hooky from the shop today, he thinks my car broke down',
      "mental health day 🙃 (it's not, I just wanted to finish my book)",
    ], [
      'mental health day today, therapist says I need them',
      'the dog has called in sick to his walk today',
      'faked a dentist appointment for the school play, my son was the dentist',
    ]],
    ['the nerve of a manager, a company that pays peanuts', 'boss-complaint', [
      'this company pays peanuts and works us like dogs',
      'my manager had the nerve to call my work sloppy',
    ], [
      'this company pays its suppliers on time, unlike the last one',
    ]],
    ['a secret kept by the manager, an announcement corporate has not made; not a secret kept from the kids', 'confidential', [
      'my manager knows our whole team is getting cut and he is keeping it from us',
      "the Portland store is closing end of month. corporate hasn't announced it",
    ], [
      "Dan got made redundant in March. Kids don't know yet.",
    ]],
    ['weeks behind on the rent, grand on the card, dollars in checking', 'money', [
      "Landlord's putting the rent up $90 a week and I'm already two weeks behind",
      'Got 3 grand on the credit card and rego due next week, absolutely stuffed',
      "I've got $38 in checking. payment plan it is I guess",
    ], [
      'two weeks behind on the project, the client is fuming',
      'won 3 grand at the races, drinks on me',
    ]],
    ['a booking reference of six capitals, a bungalow left empty, back till the following Wednesday; not a question about boarding passes', 'booking', [
      'Eurostar 9014, coach 12 seat 61, booking ref KTRWPX',
    ], [
      'how do people even get the boarding pass on the app, mine keeps crashing',
    ]],
    ['the household away told by an empty bungalow, or back till the following Wednesday', 'travel', [
      'off on our Baltic cruise tomorrow. The bungalow will be empty so I cancelled the milk',
      "leaving Friday and we won't be back till the following wednesday, nobody will be there",
    ], [
      'the bungalow is lovely in May',
    ]],
    ['a public place with "is" run into it', 'home-address', [
      'moved into number 8, Laurel Close, still no curtains',
    ], [
      "the vet clinic's moved to 3350 SE Belmont St, same lovely team",
    ]],
  ];
  classCases(classes);
});

describe('oversharing: classes added in session 10', () => {
  const classes: [string, string, string[], string[]][] = [
    ['an excuse in scare quotes, with an act of illness beside it', 'sick-skip', [
      "so guess who has 'come down with a migraine' for Friday 🤒 see you at the races",
      "'dentist appointment at 2', I told them. The dentist is the beach",
      "off with 'gastric' today 😏 the pool is lovely",
    ], [
      'came down with a migraine on Friday 🤒 still in bed',
      "my son's 'tummy ache' cleared up the minute school was cancelled 🙄",
      'dentist appointment at 2 then back to work',
    ]],
    ['spellings of social media: a dropped g, "calld", "sik"', 'sick-skip', [
      'playin hooky from the office today lol',
      'calld in sik, not even ill, just cant be bothered',
    ], [
      'playin in the park with the kids all day',
      'calld the gp, sick since sunday, off work till friday',
    ]],
    ['what the boss does to the author, with contempt', 'boss-complaint', [
      'Gaffer docked me half an hour for being two minutes late. Absolute weapon',
      'my supervisor rejected my holiday AGAIN 🙄',
      'my line manager just replied-all to 300 people about the dishwasher. I work for a toddler',
      'my area manager is the problem, not the job',
      'manager booked a quick chat about my attitude at 4:55 on a Friday. Love this job. Love it.',
      "my new director never once answers an email before noon and I'm updating my CV",
    ], [
      'my manager approved my holiday, so happy',
      'my supervisor just replied to say well done on the audit 🥹',
      'my day job pays the bills and that is fine',
      "thank god I haven't quit my day job",
      'the director of the film was a toddler when the first one came out',
      'my team lead is the best, she covered my shift',
      'his manager docked him an hour, poor guy',
    ]],
    ['the end of a couple, announced or shared out', 'relationship', [
      "so that's that. I'm officially single again after nine years",
      'newly single and living on cereal',
      'me + Priya = over. please no questions',
      'got dumped over text. on my birthday.',
      'ELEVEN YEARS AND DAVE HAS MOVED OUT. I AM FINE. I AM SO FINE',
      "Tom moved out on Saturday. Six years, and in the end I'm keeping the cat.",
    ], [
      "she's single again, good for her",
      'the band got dumped by their label',
      'Tom moved out on Saturday, the spare room is free if anyone needs a lodger',
      'me + coffee = best friends',
    ]],
    ['the household away: whole weeks, a stay somewhere named, a plain day and month, a key hidden while away', 'travel', [
      'two whole weeks in Crete starting Friday, house just sitting there 🏝️',
      'Bins out, post on hold. Ten days in Portugal from Sunday!',
      'the flat is locked up from 3 June to 21 June, fingers crossed',
      'key is in the fake rock by the shed while we are away in Wales',
      'out of office 7/1–7/14, the whole family is at the cabin',
      'place is empty til nxt fri, off to Rome',
      'House-sitter bailed on us and we fly tomorrow for a fortnight 😩',
    ], [
      'two whole weeks in the new job and I love it',
      'Ten days in Portugal last year were the best of my life',
      'the shop is closed from 3 June to 21 June for the refit',
      'my keys are in the box by the door, I keep forgetting',
      'the neighbours are in Crete for two whole weeks, I am feeding their cat',
    ]],
    ['health told with the subject left out, asked as one of them, or beside a pet that is not the patient', 'health', [
      'Anyone else on sertraline get the vivid dreams? Started last week',
      'endometriosis confirmed, surgery in March',
      '12 weeks and bleeding again, back at the early pregnancy unit tomorrow',
      'Therapist asked me to keep a mood diary. Today: coffee, the cat, a walk',
      '30 weeks and the midwife says it is pre-eclampsia, bed rest from now',
    ], [
      'Diabetes is on the rise, says the report',
      'Anyone else think the new surgery building looks weird?',
      'Brought the cat to the specialist. Doing an ultrasound tomorrow',
      "the dog's surgery went well, she is wobbly but home",
      '12 weeks until the marathon and my knees are fine',
    ]],
    ['a child fetched from a school by its name, a class written as a code', 'child-school', [
      'Picking up Isla from Fernhill Primary then swimming',
      'Collecting Arjun from Primary 4 at Dalry today',
      'my youngest Zoe is in 3B at Hillcrest, parents evening tonight',
    ], [
      'Picking up Dave from the Elementary School car park after his shift',
      'Picking up Isla from the airport tonight',
      'my 5G at Vodafone is terrible',
      'Flight 3B at Gatwick was delayed again',
    ]],
    ['a flight number with its seat a few words on', 'booking', [
      'BA117 tomorrow, 42K, pray for me',
      'EI 154 on the 22nd, 3A, paid for the legroom',
      'KL 691 lands 15:40, I am in 23C',
      'U2 8921 to Nice tomorrow, 14F',
    ], [
      'M25 junction 10A closed again',
      'UK 2024 tour dates: 3A',
      'BMW X5 30D for sale',
      'my salary is 42K now',
      'bus 42 to town, stop 3B',
    ]],
    ['an outing to a new place is not a new home', 'home-address', [
      'new place!! 14 Orchard Lane, come round for brunch on Sunday',
    ], [
      'brunch at that new place at 112 Lygon St, the hash browns are huge',
      'dinner at the new place at 40 Harbour Street was lovely',
    ]],
    ['someone else away leaves their home empty, not the author\'s', 'travel', [
      'Neighbours: ignore the bins, nobody is home till the 30th, we are in Crete for a fortnight',
      'Whole family off to Lisbon from Sat 14th to Sun 22nd, the house is empty all week',
      'off to my brother\'s wedding in Goa for 3 weeks, flat is empty till the 24th',
    ], [
      'Neighbours are off to Fiji for three weeks from Saturday, I am on plant duty',
      'My sister\'s off to Bali for 2 weeks from the 10th, someone remind her to pack sunscreen',
      'my brother is away till the 9th so I have his car',
    ]],
    ['money denied, or a figure of speech', 'money', [
      'broke till payday again, £9 left',
      'I am in debt up to my eyeballs',
    ], [
      'not broke for once, payday came early and I bought the good coffee',
      'never been in debt in my life and not starting now for a sofa',
      'emotionally bankrupt after that penalty shootout',
      'morally bankrupt, that referee',
      'still cannot get over the FTX bankruptcy trial, billions gone',
    ]],
    ['a toxic ex named as a figure for something else', 'relationship', [
      'my toxic ex keeps texting me at 3am',
    ], [
      'Singapore humidity is my toxic ex, keeps coming back every morning',
      "Monday's my toxic ex, always back",
    ]],
    ['a health question asked of anyone, not presupposing the asker', 'health', [
      'Anyone else on sertraline get the vivid dreams? Started last week',
    ], [
      'Is it normal to be nervous before a blood test?',
      'Anyone know a good counsellor in Cork? For my cousin',
      'do you get headaches a lot? What painkillers do you take?',
    ]],
  ];
  classCases(classes);
});
