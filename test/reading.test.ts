import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from '../src/core/reading/lemmas.js';
import { read, type Cues } from '../src/core/reading/read.js';
import { normalizeWord, tokenize } from '../src/core/reading/tokens.js';

/** The cues of the first occurrence of `word` in `text`, read in `lang` (English unless given). */
function cues(text: string, word: string, lang?: string): Cues {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return read(text, lang).cues(start, start + word.length);
}

describe('tokens', () => {
  it('keep exact offsets, through emoji, links, mentions and typographic apostrophes', () => {
    const text = 'Didn’t sleep 😴 — @jo said https://x.co/a?b, #hungover 3rd time, $9.50 left';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    const kinds = Object.fromEntries(tokenize(text).map((t) => [t.text, t.kind]));
    expect(kinds).toMatchObject({ '@jo': 'mention', 'https://x.co/a?b,': 'url', '#hungover': 'hashtag', '3rd': 'number', '$9.50': 'number', 'Didn’t': 'word' });
  });

  it('normalise case, apostrophes, elongations and run-together spellings', () => {
    expect(normalizeWord('Didn’t')).toBe("didn't");
    expect(normalizeWord('wasnt')).toBe("wasn't");
    expect(normalizeWord('IM')).toBe("i'm");
    expect(normalizeWord('soooooo')).toBe('soo');
    expect(tokenize('waaaay')[0]!.short).toBe('way');
    // Ordinary words are left as they are.
    expect(normalizeWord('good')).toBe('good');
    expect(normalizeWord('Ill')).toBe("i'll");
  });
  it('keeps initials joined by "&" as one word (session 13), not words joined by it', () => {
    expect(tokenize('in a&e, then d&v').filter((t) => t.kind === 'word').map((t) => t.norm)).toEqual(['in', 'a&e', 'then', 'd&v']);
    expect(tokenize('me&you, salt & pepper').map((t) => t.text)).toEqual(['me', '&', 'you', ',', 'salt', '&', 'pepper']);
  });

  it('normalise the spellings of social media to the word, and leave words that only look like them', () => {
    expect(['tmrw', 'Tmrw', '2moro', 'tomoz', 'tommorow'].map(normalizeWord)).toEqual(Array(5).fill('tomorrow'));
    expect(normalizeWord('2nite')).toBe('tonight');
    expect(normalizeWord('bday')).toBe('birthday');
    expect(normalizeWord('b-day')).toBe('birthday');
    expect(normalizeWord('playin')).toBe('playing');
    expect(normalizeWord('drinkin')).toBe('drinking');
    expect(normalizeWord('calld')).toBe('called');
    // Words ending in "in" that are words of their own keep their form.
    for (const word of ['cabin', 'robin', 'begin', 'satin', 'again', 'within', 'twin']) expect(normalizeWord(word)).toBe(word);
  });
});

describe('lemmas', () => {
  it('find the lemma of inflected and irregular forms', () => {
    expect(lemmaCandidates('divorced')).toContain('divorce');
    expect(lemmaCandidates('divorcing')).toContain('divorce');
    expect(lemmaCandidates('shots')).toContain('shot');
    expect(lemmaCandidates('drank')).toContain('drink');
    expect(lemmaCandidates('partied')).toContain('party');
    expect(lemmaCandidates('stopped')).toContain('stop');
    expect(lemmaCandidates('separating')).toContain('separate');
  });

  it('do not turn a word into an unrelated one', () => {
    expect(lemmaCandidates('this')).not.toContain('thi');
    expect(lemmaCandidates('bus')).toEqual(['bus']);
    expect(lemmaCandidates('glass')).toEqual(['glass']);
  });
});

describe('sentences and clauses', () => {
  it('split at full stops, question marks, exclamations and line breaks, and clauses at commas and "but"', () => {
    const r = read('Long day. Drinks tonight?\nMaybe! I was tired but happy, then home');
    expect(r.sentences.map((s) => r.tokens.slice(s.from, s.to).map((t) => t.text).join(' '))).toEqual(['Long day .', 'Drinks tonight ?', 'Maybe !', 'I was tired but happy , then home']);
    const happy = r.tokens.findIndex((t) => t.text === 'happy');
    const clause = r.clauseOf(happy);
    expect(r.tokens.slice(clause.from, clause.to).map((t) => t.text).join(' ')).toBe('but happy');
  });

  it('end a sentence at an emoji that a capitalised word follows, not inside a run of emoji or before a lower-case word', () => {
    const split = (text: string) => {
      const r = read(text);
      return r.sentences.map((s) => r.tokens.slice(s.from, s.to).map((t) => t.text).join(' '));
    };
    expect(split('never drinking again 😂 Jäger shots at 2am')).toEqual(['never drinking again 😂', 'Jäger shots at 2am']);
    expect(split('not hungover 🎉🎉 Off to work')).toEqual(['not hungover 🎉 🎉', 'Off to work']);
    expect(split('not hungover 🎉 just tired')).toHaveLength(1);
    expect(split('not hungover 🎉Off to work')).toHaveLength(1);
  });

  it('do not end a sentence at a decimal point or an abbreviation without a space after it', () => {
    const r = read('Paid $9.50 for a pint');
    expect(r.sentences).toHaveLength(1);
  });
});

describe('negation', () => {
  it('reaches forward in its clause: not, never, no, n’t, without, sober, quit, no more', () => {
    for (const [text, word] of [
      ["I'm not hungover at all", 'hungover'],
      ['Never drank a drop', 'drank'],
      ['no hangover this time', 'hangover'],
      ['I didnt get drunk', 'drunk'],
      ['a night out without a single beer', 'beer'],
      ['stone cold sober at the party', 'party'],
      ['quit drinking in March', 'drinking'],
      ['no more tequila for me', 'tequila'],
      ['hungover? nope', 'hungover'],
    ] as const) {
      expect(cues(text, word).negated, text).toBe(true);
    }
  });

  it('stops at the end of its clause, and knows phrases that only look negative', () => {
    for (const [text, word] of [
      ['So hungover today', 'hungover'],
      ["I've never been so hungover", 'hungover'],
      ["can't believe how drunk we got", 'drunk'],
      ['not gonna lie, three pints in', 'pints'],
      ["It wasn't me, but I did get wasted", 'wasted'],
      ["I don't remember last night, too many shots", 'shots'],
      // Session 13: "never ... more" is emphatic.
      ['i have never hated my job more', 'hated'],
      ['never hated my boss more than today', 'hated'],
    ] as const) {
      expect(cues(text, word).negated, text).toBe(false);
    }
    // ... unless "more than" counts an excess: "never drank more than two".
    expect(cues("i've never drunk more than two glasses", 'drunk').negated).toBe(true);
    expect(cues('never hated my job, just the commute', 'hated').negated).toBe(true);
  });
});

describe('negation scope', () => {
  it('reaches a span only through words that carry it', () => {
    expect(cues("I didn't even get that drunk", 'drunk').negated).toBe(true);
    expect(cues("I didn't need surgery after all", 'surgery').negated).toBe(true);
    // The denial is of the paying, not of the therapy.
    expect(cues("my insurance wouldn't pay for the therapy", 'therapy').negated).toBe(false);
    expect(cues("the painkillers aren't helping my migraine", 'migraine').negated).toBe(false);
  });

  it('takes a rule’s own carriers', () => {
    const text = "didn't drink any shots";
    expect(read(text).cues(text.indexOf('shots'), text.length).negated).toBe(false);
    expect(read(text).cues(text.indexOf('shots'), text.length, { carriers: new Set(['drink']) }).negated).toBe(true);
  });

  it('reads quit, sober and skipped as denials of what closely follows them, never of themselves', () => {
    expect(cues('quit drinking in March', 'drinking').negated).toBe(true);
    expect(cues('skipped the shots tonight', 'shots').negated).toBe(true);
    expect(cues('sober at the party', 'party').negated).toBe(true);
    expect(cues('I quit my job today', 'quit').negated).toBe(false);
    expect(cues('skipped work to go to the beach', 'skipped work').negated).toBe(false);
    expect(cues('6 months sober from opioids after the back surgery', 'surgery').negated).toBe(false);
    // A denied denial affirms.
    expect(cues("the room won't stop spinning", 'spinning').negated).toBe(false);
  });
});

describe('mode', () => {
  it('reads a conditional after a verb of knowing or asking as an embedded question, not a condition (session 13)', () => {
    expect(cues('does anyone know if the flight BA117 seat 14C has a plug?', 'seat').mode).toBe('question');
    expect(cues('I wonder if my hangover will ever end', 'hangover').mode).toBe('real');
    expect(cues('alguien sabe si en el vuelo hay enchufe', 'vuelo', 'es').mode).toBe('real');
    // A plain condition stays one.
    expect(cues('if I get drunk tonight I am calling in sick', 'drunk').mode).toBe('irrealis');
    expect(cues('si je suis à découvert ce mois-ci je vends la voiture', 'je suis à découvert', 'fr').mode).toBe('irrealis');
    expect(cues('Papá, por si te hace falta: código de reserva 7HKQ2M', 'código', 'es').mode).toBe('real');
    expect(cues('por si acaso me emborracho, llevo el cargador', 'emborracho', 'es').mode).toBe('irrealis');
  });
  it('reads questions and wishes, conditions and what-ifs as not happening', () => {
    expect(cues('should I get drunk tonight?', 'drunk').mode).toBe('irrealis');
    expect(cues('if I won the lottery I would quit my job', 'quit').mode).toBe('irrealis');
    expect(cues('I wish I was at the beach', 'beach').mode).toBe('irrealis');
    expect(cues('anyone else hungover?', 'hungover').mode).toBe('question');
  });

  it('reads a question mark as asking its own clause, unless a question word opens the sentence or a tag ends it', () => {
    expect(cues('called in sick lol, who wants to come to the beach?', 'called in sick').mode).toBe('real');
    expect(cues('just pulled a sickie, beach anyone?', 'sickie').mode).toBe('real');
    expect(cues('called in sick lol, who wants to come to the beach?', 'beach').mode).toBe('question');
    expect(cues('Should I call in sick tomorrow, or just go in?', 'sick').mode).toBe('irrealis');
    expect(cues('is it bad that I called in sick, then went to the beach?', 'sick').mode).toBe('question');
    expect(cues('Pub crawl for my 40th, yay or nay?', 'Pub crawl').mode).toBe('question');
  });

  it('reads a consequence in the future after a long condition with no comma as unreal, and a plain future as real', () => {
    expect(cues("if I get one more Teams notification I'm gonna need emergency surgery", 'surgery').mode).toBe('irrealis');
    expect(cues("I'm gonna need surgery on my knee next month", 'surgery').mode).toBe('real');
  });

  it('reads a condition that has happened, "one more time" after the span, as real, and its consequence still as unreal (session 11)', () => {
    expect(cues('if my supervisor micromanages my lunch break one more time I swear', 'micromanages').mode).toBe('real');
    expect(cues('if my supervisor micromanages my lunch break I will quit', 'micromanages').mode).toBe('irrealis');
    expect(cues("if I get one more Teams notification I'm gonna need emergency surgery", 'surgery').mode).toBe('irrealis');
  });

  it('reads a question mark inside quotation marks as someone\'s words, not the post asking (session 11)', () => {
    expect(cues("my manager does nothing but forward emails with 'thoughts?' on top", 'manager').mode).toBe('real');
    expect(cues('my manager asked "are you hungover?" in front of everyone', 'manager').mode).toBe('real');
    expect(cues('is my manager hungover again?', 'manager').mode).toBe('question');
  });

  it('reads the author after a preposition as an object, unless pictured ("a photo of me passed out") (session 11)', () => {
    expect(cues('the lad next to me was begging for more overdraft', 'overdraft').about).toBe('other');
    expect(cues('someone got a photo of me passed out on the pool table', 'passed out').about).not.toBe('other');
    expect(cues('I was begging for more overdraft', 'overdraft').about).toBe('author');
  });

  it('reads the people a sentence opens by addressing as nobody it is about, in every language (session 11)', () => {
    expect(cues('guys, shots at mine tonight', 'shots').about).not.toBe('other');
    expect(cues('everyone got wasted last night', 'wasted').about).toBe('other');
    expect(cues("les amis la crémaillère c'est samedi, on habite 4 rue des Lilas", 'crémaillère', 'fr').about).not.toBe('other');
    expect(cues('les amis sont partis à Ibiza', 'Ibiza', 'fr').about).toBe('other');
    expect(cues('chicos estamos fuera hasta el 3 de enero', 'fuera', 'es').about).toBe('author');
  });

  it('reads a question that is a clause of its own, comma or not, as asking only itself (session 11)', () => {
    expect(cues('hungover af but anyone up for brunch?', 'hungover').mode).toBe('real');
    expect(cues('Pub crawl for my 40th, yay or nay?', 'Pub crawl').mode).toBe('question');
    expect(cues('should I call in sick tomorrow?', 'sick').mode).not.toBe('real');
    expect(cues('Tô de ressaca mas alguém quer sair?', 'ressaca', 'pt').mode).toBe('real');
  });

  it('reads a share smaller than its whole as a statistic, not a house number before a postcode (session 11)', () => {
    expect(cues('1 in 5 adults say they drink too much', 'drink').news).toBe(true);
    expect(cues('wohn jetzt an der hauptstrasse 8 in 8001 zürich', 'wohn', 'de').news).toBe(false);
  });

  it('reads "nobody\'s" as a negation (session 11)', () => {
    expect(cues("nobody's breaking up with anyone", 'breaking up').negated).toBe(true);
    expect(cues("we're breaking up", 'breaking up').negated).toBe(false);
  });

  it('joins the author to the others with "n", "&" and "+" as with "and" (session 11)', () => {
    expect(cues('me n the girls r getting messy tonight, jägerbombs at 9', 'jägerbombs').about).toBe('author');
    expect(cues('me & the lads, shots at mine', 'shots').about).toBe('author');
    expect(cues('the girls r getting messy tonight, jägerbombs at 9', 'jägerbombs').about).toBe('other');
  });

  it('reads statements, plans and the past as real', () => {
    expect(cues('Getting drunk tonight', 'drunk').mode).toBe('real');
    expect(cues('We got so wasted last night!', 'wasted').mode).toBe('real');
  });
});

describe('cues added in session 12', () => {
  it('reads the subject of a condition in a clause before the span as the condition\'s, not the span\'s', () => {
    expect(cues("We've got chooks now if you're walking past and hear clucking, that's us", "that's us").about).toBe('author');
    expect(cues('if anyone asks, the bottle of gin was a gift', 'the bottle').about).toBe('unknown');
    // Without a condition the person before is still who it is about; a subject in the span's own clause still counts.
    expect(cues("you're walking past and hear clucking, that's us", "that's us").about).toBe('other');
    expect(cues('if you see her, she is hungover', 'hungover').about).toBe('other');
  });
});

describe('quotations, titles and comparisons', () => {
  it('finds quoted words and titles', () => {
    expect(cues('she said "let\'s get wasted" and I laughed', 'wasted').quoted).toBe(true);
    expect(cues('watching The Hangover again lol', 'Hangover').title).toBe(true);
    expect(cues('Tequila Sunrise by the Eagles on the radio', 'Tequila').title).toBe(true);
  });

  it('finds single-quoted titles, not apostrophes', () => {
    expect(cues("Listening to 'Tipsy' by J-Kwon on repeat", 'Tipsy').quoted).toBe(true);
    expect(cues('Listening to ‘Tipsy’ on repeat', 'Tipsy').quoted).toBe(true);
    expect(cues("the dogs' bowls and the cats' hangover", 'hangover').quoted).toBe(false);
    expect(cues("I'm so hungover, it's not funny", 'hungover').quoted).toBe(false);
    // "no." before a number is the number sign, not a denial.
    expect(read('ticket no. 8832 1190 4576', 'en').cues(0, 25).negated).toBe(false);
    expect(read('No 5 Elm Row', 'en').cues(0, 12).negated).toBe(false);
    expect(read('no tickets left', 'en').cues(3, 10).negated).toBe(true);
    // Closed before a stop or an emoji as well as before a space.
    expect(cues("Rang in with a 'migraine'. Off to the cricket", 'migraine').quoted).toBe(true);
    expect(cues("called in with a 'bug'🤒", 'bug').quoted).toBe(true);
    expect(cues("in the dogs'. kennel with a migraine", 'migraine').quoted).toBe(false);
  });

  it('finds a title after a capitalised cue that opens the sentence, and after "listening to"', () => {
    expect(cues('Singing Tequila at karaoke was a mistake', 'Tequila').title).toBe(true);
    expect(cues('listening to Tipsy in the car', 'Tipsy').title).toBe(true);
    expect(cues('Tequila at karaoke was a mistake', 'Tequila').title).toBe(false);
    expect(cues('Drinking Tequila at the bar', 'Tequila').title).toBe(false);
  });

  it('does not take a capitalised first word, or a sentence of capitals, for a title', () => {
    expect(cues('Hungover again', 'Hungover').title).toBe(false);
    expect(cues('So Hungover After The Party', 'Hungover').title).toBe(false);
    expect(cues('so hungover', 'hungover').quoted).toBe(false);
  });

  it('finds comparisons, not the verb "like"', () => {
    expect(cues('feels like a hangover without the fun', 'hangover').comparison).toBe(true);
    expect(cues('as if I was drunk', 'drunk').comparison).toBe(true);
    expect(cues('I like beer', 'beer').comparison).toBe(false);
    expect(cues('had like 5 shots', 'shots').comparison).toBe(false);
  });
});

describe('who it is about', () => {
  it('reads the author named in the third person: "your girl", "yours truly", not one a pronoun takes back (session 13)', () => {
    expect(cues('Your girl did a pub crawl and has zero memory', 'pub crawl').about).toBe('author');
    expect(cues('yours truly is hungover', 'hungover').about).toBe('author');
    expect(cues("your boy got so drunk, hope he's ok", 'drunk').about).not.toBe('author');
  });
  it('reads a filler "like" before a count as no comparison (session 13)', () => {
    expect(cues('had like six pints at the club', 'pints').comparison).toBe(false);
    expect(cues('drinking it like a fish', 'fish').comparison).toBe(true);
  });
  it('reads a name after an honorific as someone else, in any case (session 13)', () => {
    expect(cues('mrs henderson next door is off to tenerife', 'off to tenerife').about).toBe('other');
    expect(cues('Mr. Patel is off to Goa', 'off to Goa').about).toBe('other');
    expect(cues('I miss being drunk on a tuesday', 'drunk').about).toBe('author');
  });
  it('the author: I, we, my + a thing, "Jo and I"', () => {
    expect(cues('I got so drunk', 'drunk').about).toBe('author');
    expect(cues('Jo and I are separating', 'separating').about).toBe('author');
    expect(cues('my dialysis moved to Friday', 'dialysis').about).toBe('author');
    expect(cues('me and my friends got wasted', 'wasted').about).toBe('author');
  });

  it('the author speaking to the family: "mum my DOB is", "Dad I\'m fine", not "my mum\'s chemo"', () => {
    expect(cues('for the 100th time mum my DOB is 14/07/1988', 'my DOB is 14/07/1988').about).toBe('author');
    expect(cues('mum my surgery is on monday', 'surgery').about).toBe('author');
    expect(cues('took mum to her surgery on monday', 'surgery').about).not.toBe('author');
    expect(cues("my mum's chemo starts monday", "my mum's chemo").about).not.toBe('author');
  });

  it('the family, and other people', () => {
    expect(cues("my mum's chemo starts monday", 'chemo').about).toBe('family');
    expect(cues('my coworker got wasted at the party', 'wasted').about).toBe('other');
    expect(cues("he's getting divorced, poor guy", 'divorced').about).toBe('other');
    expect(cues('Last night, Jess got so drunk', 'drunk').about).toBe('other');
  });

  it('the subject of the clause, not the nearest person: an object is not who it is about', () => {
    expect(cues('We had drinks with the team and got wasted', 'wasted').about).toBe('author');
    expect(cues('Went to the pub with my coworkers and got hammered', 'hammered').about).toBe('unknown');
    expect(cues('my coworker got wasted at my party', 'wasted').about).toBe('other');
    expect(cues('Happy 80th to my grandad, born 5 June 1944', 'born').about).toBe('family');
  });

  it('"you" as a subject and role nouns are someone else; "thank you" is no subject', () => {
    expect(cues('you got so drunk last night', 'drunk').about).toBe('other');
    expect(cues('the intern got wasted at the party', 'wasted').about).toBe('other');
    expect(cues('our CEO was hungover all through the meeting', 'hungover').about).toBe('other');
    expect(cues('thank you all, the surgery went well', 'surgery').about).toBe('unknown');
    expect(cues('I love you but I am so hungover', 'hungover').about).toBe('author');
  });

  it('the owner right before the span, and a person after it', () => {
    expect(cues('her surgery is on Monday', 'surgery').about).toBe('other');
    expect(cues("Mum's scan results came back", 'scan').about).toBe('family');
    expect(cues('Chemo for my dad starts Monday', 'Chemo').about).toBe('family');
    expect(cues('Chemo starts Monday', 'Chemo').about).toBe('unknown');
  });

  it('reads elongated words: "myy" is "my"', () => {
    expect(cues('myy now ex boyfriend is done', 'ex').about).toBe('author');
  });

  it('nobody named: the subject left out, as in "Starting physio tomorrow"', () => {
    expect(cues('Starting physio tomorrow', 'physio').about).toBe('unknown');
  });
});

describe('news and history', () => {
  it('frames research, reports and past years', () => {
    expect(cues('A study says hangovers cost $2bn', 'hangovers').news).toBe(true);
    expect(cues('in 1969 they partied at Woodstock', 'partied').news).toBe(true);
  });

  it('frames a source with its reporting verb, a framing phrase and a statistic', () => {
    expect(cues('Study finds 1 in 5 adults skip work after a big night out', 'skip work').news).toBe(true);
    expect(cues('According to the survey, most people skip work once a year', 'skip work').news).toBe(true);
    expect(cues('the report says layoffs are coming', 'layoffs').news).toBe(true);
    expect(cues('1 in 3 adults has had a hangover at work', 'hangover').news).toBe(true);
  });

  it('leaves a post about the author alone', () => {
    expect(cues('partied till 3 in the morning', 'partied').news).toBe(false);
    expect(cues('back on the 9th of 2026', 'back').news).toBe(false);
    // A source alone, or "news" as a person's own, is not news.
    expect(cues('my report is due and I am so hungover', 'hungover').news).toBe(false);
    expect(cues('out of data on my phone, skipped work anyway', 'skipped work').news).toBe(false);
    expect(cues('the government job interview, then surgery', 'surgery').news).toBe(false);
    expect(cues('Good news, the biopsy came back clear', 'biopsy').news).toBe(false);
    expect(cues("I'm breaking up with him", 'breaking up').news).toBe(false);
  });
});

describe('the evidence', () => {
  it('names the words behind each cue', () => {
    expect(cues("I'm not hungover", 'hungover').evidence).toEqual(['negated:not', "about:author:i'm"]);
  });
});

describe('cues added after tuning on fresh-2', () => {
  it('reads a sentence-opening daydream ("if I ever ...") as unreal to its end, and a plain "if" only in its own reach', () => {
    expect(cues("if I ever win the lottery I'm paying off my student loans", 'loans').mode).toBe('irrealis');
    expect(cues('if we ever go to Vegas we are doing the bar crawl', 'crawl').mode).toBe('irrealis');
    expect(cues('if anyone needs me today I am on the sofa, hungover and sorry', 'hungover').mode).toBe('real');
  });

  it('reads "if the driver is reading this" as an address to a reader, not a condition', () => {
    expect(cues("if the DPD driver is reading this we're the blue door", "we're").mode).toBe('real');
    expect(cues("if it rains we're the ones getting soaked", "we're").mode).toBe('irrealis');
  });

  it('takes the owner before a person word used as a modifier, and someone-else possessives', () => {
    expect(cues("paying off everyone's student loans", 'loans').about).toBe('other');
    expect(cues('paying off my student loans', 'loans').about).toBe('author');
    // The possessive of a subject is that subject's: "my brother got so smashed" is the brother.
    expect(cues('my brother got so smashed at his stag do', 'smashed').about).toBe('family');
    expect(cues('My flatmate got so drunk he slept in the bath', 'got so drunk').about).toBe('other');
  });

  it('reads a span that is itself the author as about the author', () => {
    expect(cues("if the DPD driver is reading this we're the blue door", "we're").about).toBe('author');
    expect(cues('the driver was lost again', 'lost').about).toBe('other');
  });

  it('does not read a day or a month as a title', () => {
    expect(cues("we're off to Crete Friday to Friday", 'Friday').title).toBe(false);
    expect(cues('we watched The Hangover Part II again', 'Hangover').title).toBe(true);
  });
});
