import { describe, expect, it } from 'vitest';
import { germanLemmaCandidates } from '../src/core/reading/lemmas-de.js';
import { read, type Cues } from '../src/core/reading/read.js';

/** The German cues of the first occurrence of `word` in `text`. */
function cues(text: string, word: string): Cues {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return read(text, 'de').cues(start, start + word.length);
}

describe('German tokens', () => {
  it('fold umlauts away without moving an offset, and keep ß', () => {
    const text = 'Schön, Straße und Übermut';
    const tokens = read(text, 'de').tokens;
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(['schon', ',', 'straße', 'und', 'ubermut']);
  });

  it('keep the umlaut that makes another word: "würde" is not "wurde", "hätte" not "hatte"', () => {
    expect(read('würde wurde hätte hatte', 'de').tokens.map((t) => t.norm)).toEqual(['würde', 'wurde', 'hätte', 'hatte']);
  });
});

describe('German lemmas', () => {
  it('read cases, plurals, adjective endings and diminutives', () => {
    for (const form of ['besoffene', 'besoffenen', 'besoffener']) expect(germanLemmaCandidates(form), form).toContain('besoffen');
    expect(germanLemmaCandidates('katers')).toContain('kater');
    expect(germanLemmaCandidates('schnapse')).toContain('schnaps');
    expect(germanLemmaCandidates('schnapschen')).toContain('schnaps');
    expect(germanLemmaCandidates('kolleginnen')).toContain('kollegin');
  });

  it('read verb forms and participles back to their infinitive, separable prefixes too', () => {
    expect(germanLemmaCandidates('gesoffen')).toContain('saufen');
    expect(germanLemmaCandidates('saufe')).toContain('saufen');
    expect(germanLemmaCandidates('feiert')).toContain('feiern');
    expect(germanLemmaCandidates('geschieden')).toContain('scheiden');
    expect(germanLemmaCandidates('krankgefeiert')).toContain('krankfeiern');
    expect(germanLemmaCandidates('blaugemacht')).toContain('blaumachen');
    expect(germanLemmaCandidates('blauzumachen')).toContain('blaumachen');
  });

  it('do not read a compound as its last part: "Torschuss" is no "Schuss"', () => {
    expect(germanLemmaCandidates('torschuss')).not.toContain('schuss');
    expect(germanLemmaCandidates('kneipentour')).not.toContain('tour');
  });

  it('are what Reading.is asks through: "Schnäpse" is a form of "Schnaps"', () => {
    const r = read('Drei Schnäpse', 'de');
    expect(r.is(1, new Set(['schnaps']))).toBe(true);
    expect(r.is(0, new Set(['schnaps']))).toBe(false);
  });
});

describe('German negation', () => {
  it('reaches through what carries it: "kein Kater", "nicht betrunken", "nie", "ohne", "nicht mehr", "aufgehört zu"', () => {
    expect(cues('Ich habe keinen Kater, zum Glück', 'Kater').negated).toBe(true);
    expect(cues('Ich bin nicht so betrunken', 'betrunken').negated).toBe(true);
    expect(cues('Ich war nie auf der Kneipentour', 'Kneipentour').negated).toBe(true);
    // "nö" keeps its umlaut: the southern "no" is "noch", no denial.
    expect(cues('Nö, ich hab keinen Kater', 'Kater').negated).toBe(true);
    expect(cues('bin heut no komplett fett vom Fest', 'fett').negated).toBe(false);
    expect(cues('Ohne Alkohol heute Abend', 'Alkohol').negated).toBe(true);
    expect(cues('Ich habe aufgehört zu rauchen', 'rauchen').negated).toBe(true);
    expect(cues('Ich saufe nicht mehr', 'saufe').negated).toBe(true);
    // As "sober at the party": a word that denies its object, three tokens at most.
    expect(cues('Ich war nüchtern auf der Party', 'Party').negated).toBe(true);
  });

  it('reads the Swiss, Austrian and Swabian negation words: "nöd", "ned", "kei", "koa"', () => {
    expect(cues('Ich bi nöd bsoffe gsi am Samschtig', 'bsoffe').negated).toBe(true);
    expect(cues('I hob ned blaugmacht', 'blaugmacht').negated).toBe(true);
    expect(cues('Koa Kater heut, nur Spezi', 'Kater').negated).toBe(true);
    expect(cues('Kei Kater, kei Filmriss', 'Filmriss').negated).toBe(true);
    expect(cues('I bi so bsoffe gsi', 'bsoffe').negated).toBe(false);
  });

  it('does not deny what it does not reach, nor what only looks denied', () => {
    expect(cues('Ich habe einen fetten Kater', 'Kater').negated).toBe(false);
    expect(cues('Nicht geschlafen, was für ein Kater', 'Kater').negated).toBe(false);
    expect(cues('Keine Ahnung, wie viel Schnaps ich hatte', 'Schnaps').negated).toBe(false);
    expect(cues('Nie wieder Tequila', 'Tequila').negated).toBe(false);
    expect(cues('Kein Bier, aber drei Schnäpse', 'Schnäpse').negated).toBe(false);
    expect(cues('Ich bin betrunken, nicht müde', 'betrunken').negated).toBe(false);
    expect(cues('Nüchtern angefangen, dann ging es auf die große Party', 'Party').negated).toBe(false);
  });
});

describe('German mode', () => {
  it('reads conditions and wishes: "wenn", "falls", "würde", "hätte", "vielleicht"', () => {
    expect(cues('Wenn ich morgen verkatert bin, ruft mich an', 'verkatert').mode).toBe('irrealis');
    expect(cues('Falls ich krank bin, sage ich ab', 'krank').mode).toBe('irrealis');
    expect(cues('Ich würde gern auf die Party', 'Party').mode).toBe('irrealis');
    expect(cues('Hätte ich bloß keinen Schnaps getrunken', 'Schnaps').mode).toBe('irrealis');
    expect(cues('Vielleicht gehe ich zur Party', 'Party').mode).toBe('irrealis');
    // Typed without the umlaut.
    expect(cues('Ich wuerde gern auf die Party', 'Party').mode).toBe('irrealis');
    expect(cues('Haette ich bloß keinen Schnaps getrunken', 'Schnaps').mode).toBe('irrealis');
  });

  it('reads a question by its mark, and leaves a statement, and "wurde", real', () => {
    expect(cues('Gehen wir heute auf die Party?', 'Party').mode).toBe('question');
    expect(cues('Wir gehen heute auf die Party', 'Party').mode).toBe('real');
    expect(cues('Die Party wurde laut', 'Party').mode).toBe('real');
  });

  it('limits a "?" to its own clause, unless a question word or a tag asks the whole sentence', () => {
    // The risk stated first, a question after it: only the question is asked.
    expect(cues('Hab mich krankgemeldet lol, wer kommt mit an den See?', 'krankgemeldet').mode).toBe('real');
    expect(cues('Sind bis Sonntag weg, wer gießt die Blumen?', 'weg').mode).toBe('real');
    expect(cues('Bin so verkatert, wer bringt mir Kaffee?', 'verkatert').mode).toBe('real');
    expect(cues('Hab mich krankgemeldet lol, wer kommt mit an den See?', 'See').mode).toBe('question');
    // A question word or a verb-first opener asks all of it.
    expect(cues('Soll ich morgen krankfeiern, oder lieber ins Büro?', 'krankfeiern').mode).toBe('question');
    expect(cues('Warum bin ich immer so verkatert, wenn ich Wein trinke?', 'verkatert').mode).toBe('question');
    expect(cues('Wer von euch war gestern auch so betrunken, ehrlich?', 'betrunken').mode).toBe('question');
    expect(cues('Kannst du mir sagen, ob die Party noch steigt?', 'Party').mode).toBe('question');
    // A tag after a comma asks all of it: "oder?", "gell?", "ne?", "was meint ihr?".
    expect(cues('Morgen einfach blaumachen, oder?', 'blaumachen').mode).toBe('question');
    expect(cues('Zum Geburtstag mal richtig einen saufen, gell?', 'saufen').mode).toBe('question');
    expect(cues('Kneipentour am Freitag, was meint ihr?', 'Kneipentour').mode).toBe('question');
    expect(cues('Fünf Schnäpse vor dem Essen sind zu viel, ne?', 'Schnäpse').mode).toBe('question');
  });

  it('reads a condition that has happened ("noch einmal" after the span) as real, and "nochmal" or a vow as unreal', () => {
    expect(cues('Wenn meine Chefin noch einmal um 22 Uhr mailt, kündige ich', 'Chefin').mode).toBe('real');
    expect(cues('Wenn mein Chef mich noch ein einziges Mal anschreit, raste ich aus', 'Chef').mode).toBe('real');
    expect(cues('Wenn die Wohnung leer ist, kommen wir nochmal vorbei', 'leer').mode).toBe('irrealis');
    // The words before the span: a vow about what is still to come.
    expect(cues('Wenn ich noch einmal Tequila trinke, sterbe ich', 'Tequila').mode).toBe('irrealis');
  });
});

describe('German: who it is about', () => {
  it('reads the author from "ich", "mein", "wir", and from a verb that says "I" with "ich" left out', () => {
    expect(cues('Ich habe einen Kater', 'Kater').about).toBe('author');
    expect(cues('Hab Kater ohne Ende', 'Kater').about).toBe('author');
    expect(cues('Bin so verkatert heute', 'verkatert').about).toBe('author');
    expect(cues('Meine Chemo beginnt am Montag', 'Chemo').about).toBe('author');
    expect(cues('Wir sind bis Sonntag weg', 'weg').about).toBe('author');
  });

  it('reads the family after "mein", and others by name or pronoun', () => {
    expect(cues('Meine Mutter beginnt die Chemo am Montag', 'Chemo').about).toBe('family');
    expect(cues('Mein Sohn hat Fieber', 'Fieber').about).toBe('family');
    expect(cues('Mama hat Fieber', 'Fieber').about).toBe('family');
    expect(cues('Papa ist in der Reha', 'Reha').about).toBe('family');
    expect(cues('Mein Kollege war total besoffen', 'besoffen').about).toBe('other');
    expect(cues('Er hat einen Kater', 'Kater').about).toBe('other');
    expect(cues('Unser Hund bekommt eine Chemo', 'Chemo').about).toBe('other');
    expect(cues('Die Jungs sind besoffen', 'besoffen').about).toBe('other');
  });

  it('reads a sentence-opening address as nobody it is about ("Mädels, ...", "Servus Leute, ...")', () => {
    expect(cues('Mädels, ich bin so verkatert', 'verkatert').about).toBe('author');
    expect(cues('Servus Leute, bin so verkatert', 'verkatert').about).toBe('author');
    expect(cues('Mädels, gestern komplett abgestürzt', 'abgestürzt').about).toBe('unknown');
    expect(cues('Die Mädels sind gestern komplett abgestürzt', 'abgestürzt').about).toBe('other');
    // Not an address when a verb follows: the people are who it is about.
    expect(cues('Die Jungs sind besoffen', 'besoffen').about).toBe('other');
    expect(cues('Mädels, meine Schwester ist so verkatert', 'verkatert').about).toBe('family');
  });

  it('says nothing when nobody is named', () => {
    expect(cues('Heute Kater', 'Kater').about).toBe('unknown');
  });
});

describe('German titles, quotes and news', () => {
  it('reads a title after a cue, and a quotation, but not a run of capitalised nouns', () => {
    expect(cues('Gucke gerade den Film Hangover', 'Hangover').title).toBe(true);
    expect(cues('Wir singen "Voll wie ein Eimer" beim Karaoke', 'Eimer').quoted).toBe(true);
    expect(cues('Heute Abend Kneipentour mit allen', 'Kneipentour').title).toBe(false);
    expect(cues('Wir gucken heute Abend Hangover', 'Hangover').title).toBe(true);
    expect(cues('Ich sehe schon den Kater kommen', 'Kater').title).toBe(false);
  });

  it('reads news framing: "laut", "zufolge", "eine Studie", a source and its verb', () => {
    expect(cues('Laut Polizei waren viele Besoffene auf der Wiesn', 'Besoffene').news).toBe(true);
    // A press release is news when it is quoted, not when the author's own is still to come.
    expect(cues('Laut Pressemitteilung übernehmen wir den Standort Kassel', 'übernehmen').news).toBe(true);
    expect(cues('Wir kaufen die Konkurrenz auf, Pressemitteilung kommt Montag', 'kaufen').news).toBe(false);
    expect(cues('Einer Studie zufolge trinken Studenten zu viel', 'trinken').news).toBe(true);
    expect(cues('Die Polizei meldet 300 Betrunkene', 'Betrunkene').news).toBe(true);
    expect(cues('Die Musik war laut und ich war besoffen', 'besoffen').news).toBe(false);
    expect(cues('Mein Bericht ist fertig, jetzt Feierabendbier', 'Feierabendbier').news).toBe(false);
  });
});
