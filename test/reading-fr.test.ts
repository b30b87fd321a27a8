import { describe, expect, it } from 'vitest';
import { frenchLemmaCandidates } from '../src/core/reading/lemmas-fr.js';
import { read, type Cues } from '../src/core/reading/read.js';
import { tokenize } from '../src/core/reading/tokens.js';

/** The French cues of the first occurrence of `word` in `text`. */
function cues(text: string, word: string): Cues {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return read(text, 'fr').cues(start, start + word.length);
}

describe('French tokens', () => {
  it('cut elided words after their apostrophe, offsets exact', () => {
    const text = "J'ai déposé la petite à l’école, c'est qu'il pleut aujourd'hui";
    const tokens = read(text, 'fr').tokens;
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(["j'", 'ai', 'depose', 'la', 'petite', 'a', "l'", 'ecole', ',', "c'", 'est', "qu'", 'il', 'pleut', "aujourd'hui"]);
  });

  it('read a word typed without its accents as the word with them: "deja", "ca", "ecole"', () => {
    expect(read('déjà ça école', 'fr').tokens.map((t) => t.norm)).toEqual(read('deja ca ecole', 'fr').tokens.map((t) => t.norm));
  });

  it('leave English and Spanish tokens whole: "don\'t" is one word', () => {
    expect(tokenize("I don't")[1]!.norm).toBe("don't");
    expect(read("l'amigo", 'es').tokens.map((t) => t.norm)).toEqual(["l'amigo"]);
  });
});

describe('French lemmas', () => {
  it('read plurals and the feminine', () => {
    for (const form of ['bourree', 'bourres', 'bourrees']) expect(frenchLemmaCandidates(form), form).toContain('bourre');
    expect(frenchLemmaCandidates('cuites')).toContain('cuite');
    expect(frenchLemmaCandidates('joyeuse')).toContain('joyeux');
    expect(frenchLemmaCandidates('chevaux')).toContain('cheval');
  });

  it('read verb forms back to their infinitive, the irregular ones too', () => {
    expect(frenchLemmaCandidates('bourrais')).toContain('bourrer');
    expect(frenchLemmaCandidates('bourrant')).toContain('bourrer');
    expect(frenchLemmaCandidates('bu')).toContain('boire');
    expect(frenchLemmaCandidates('buvais')).toContain('boire');
    expect(frenchLemmaCandidates('cuite')).not.toContain('boire');
  });

  it('are what Reading.is asks through: "bourrées" is a form of "bourré"', () => {
    const r = read('On était bourrées', 'fr');
    expect(r.is(2, new Set(['bourre']))).toBe(true);
    expect(r.is(0, new Set(['bourre']))).toBe(false);
  });
});

describe('French negation', () => {
  it('reaches through what carries it: "ne … pas", "pas" alone, "jamais", "plus" after "ne", "aucun", "sans", "rien", "arrêté de"', () => {
    expect(cues("Je ne suis pas bourré, promis", 'bourré').negated).toBe(true);
    expect(cues("J'ai pas de gueule de bois", 'gueule').negated).toBe(true);
    expect(cues("chuis pas malade", 'malade').negated).toBe(true);
    expect(cues("Je n'ai jamais eu de gueule de bois", 'gueule').negated).toBe(true);
    expect(cues("Je n'ai plus de dettes", 'dettes').negated).toBe(true);
    expect(cues("Aucune cuite ce week-end", 'cuite').negated).toBe(true);
    expect(cues("Soirée sans alcool", 'alcool').negated).toBe(true);
    expect(cues("J'ai rien bu hier", 'bu').negated).toBe(true);
    expect(cues("J'ai arrêté de fumer", 'fumer').negated).toBe(true);
    expect(cues("Zéro shot ce soir", 'shot').negated).toBe(true);
  });

  it('does not deny what it does not reach, nor what only looks denied', () => {
    expect(cues("J'ai une gueule de bois horrible", 'gueule').negated).toBe(false);
    expect(cues("Plus bourré que jamais", 'bourré').negated).toBe(false);
    expect(cues("J'ai pas dormi, quelle cuite", 'cuite').negated).toBe(false);
    expect(cues("On a pris pas mal de shots", 'shots').negated).toBe(false);
    expect(cues('Jamais vu une cuite pareille', 'cuite').negated).toBe(false);
    expect(cues("Je suis pas sortie mais j'ai une gueule de bois", 'gueule').negated).toBe(false);
    expect(cues("Je me souviens de rien, cuite mémorable", 'cuite').negated).toBe(false);
    expect(cues('je suis né le 5 novembre 1988', 'suis né le').negated).toBe(false);
    expect(cues('né à Namur le 5 novembre 1988', 'né à Namur').negated).toBe(false);
    // Someone's absence denies nothing: "sans lui", "sans elle".
    expect(cues('premier Noël sans lui depuis le divorce', 'divorce').negated).toBe(false);
    expect(cues('la première soirée sans elle, on a bu toute la nuit', 'bu').negated).toBe(false);
  });

  it('still denies with "sans" before a thing', () => {
    expect(cues('un Noël sans divorce ni drame', 'divorce').negated).toBe(true);
    expect(cues('soirée sans lui ni alcool', 'alcool').negated).toBe(true);
  });
});

describe('French mode', () => {
  it('reads conditions and wishes: "si je", "s\'il", "j\'aimerais", "peut-être"', () => {
    expect(cues('Si je me bourre la gueule ce soir, appelez-moi', 'bourre').mode).toBe('irrealis');
    expect(cues("S'il pleut on annule l'apéro", 'apéro').mode).toBe('irrealis');
    expect(cues("J'aimerais partir en vacances", 'vacances').mode).toBe('irrealis');
    expect(cues('Peut-être une soirée ce week-end', 'soirée').mode).toBe('irrealis');
    expect(cues('Peut être une soirée ce week-end', 'soirée').mode).toBe('irrealis');
  });

  it('reads questions: "?" and "est-ce que" without it', () => {
    expect(cues('On sort ce soir ?', 'sort').mode).toBe('question');
    expect(cues('Est-ce que tu viens à la soirée', 'soirée').mode).toBe('question');
    // A "?" asks only its clause: "..., qui est chaud ?" does not ask what comes before the comma.
    expect(cues('Tournée des bars ce soir, qui est chaud ?', 'Tournée des bars').mode).toBe('real');
    expect(cues('on se met une cuite ce soir ou on reste sages ?', 'cuite').mode).toBe('question');
  });

  it('asks the whole sentence when a question word opens it or a tag ends it: "pourquoi", "tu crois que", "..., non ?", "..., bonne idée ?"', () => {
    expect(cues("Pourquoi j'ai appelé malade hier, sérieux ?", 'appelé malade').mode).toBe('question');
    expect(cues('Tu crois que je me bourre la gueule ce soir, avec le boulot demain ?', 'bourre').mode).toBe('question');
    expect(cues("J'appelle malade demain, non ?", 'appelle malade').mode).toBe('question');
    expect(cues('Une tournée des bars pour mes 30 ans, bonne idée ?', 'tournée des bars').mode).toBe('question');
    expect(cues('Je pose mon lundi pour le festival, vous en pensez quoi ?', 'festival').mode).toBe('question');
    expect(cues("Quelqu'un a déjà fait la tournée des bars à Lille, ça vaut le coup ?", 'tournée des bars').mode).toBe('question');
  });

  it('leaves the clause before a question that asks only itself real: an invitation, a request, a second question', () => {
    expect(cues('Je suis bourrée, qui vient me chercher ?', 'bourrée').mode).toBe('real');
    expect(cues("On est partis jusqu'au 20, quelqu'un peut arroser les plantes ?", 'partis').mode).toBe('real');
    expect(cues("Gueule de bois de l'enfer, vous avez du Doliprane ?", 'Gueule de bois').mode).toBe('real');
    expect(cues("Tournée des cafés à Namur, on en est au septième, quelqu'un sait où est mon manteau ?", 'Tournée des cafés').mode).toBe('real');
  });

  it('leaves a statement, and "si" of degree, real', () => {
    expect(cues('On sort ce soir', 'sort').mode).toBe('real');
    expect(cues("J'étais si bourré hier", 'bourré').mode).toBe('real');
  });
});

describe('French: who it is about', () => {
  it('reads the author from "je", "j\'", "moi", "on", "mon/ma/mes", and informal spellings', () => {
    expect(cues("J'ai une gueule de bois", 'gueule').about).toBe('author');
    expect(cues('Je commence ma chimio lundi', 'chimio').about).toBe('author');
    expect(cues('On part en vacances demain', 'vacances').about).toBe('author');
    expect(cues('Moi aussi j\'ai trop bu', 'bu').about).toBe('author');
    expect(cues('chuis malade', 'malade').about).toBe('author');
  });

  it('reads the family after "mon/ma", and others by name, pronoun or role', () => {
    expect(cues('Ma mère commence la chimio lundi', 'chimio').about).toBe('family');
    expect(cues('Mon fils est malade', 'malade').about).toBe('family');
    expect(cues('Maman est à l\'hôpital', 'hôpital').about).toBe('family');
    expect(cues('la chimio de mon papa', 'chimio').about).toBe('family');
    expect(cues('la chimio de ma chienne', 'chimio').about).toBe('other');
    expect(cues('une biopsie lundi pour mon collègue', 'biopsie').about).toBe('other');
    expect(cues('Mes potes étaient bourrés', 'bourrés').about).toBe('other');
    expect(cues('Il était complètement bourré', 'bourré').about).toBe('other');
    expect(cues('Ma chienne commence la chimio', 'chimio').about).toBe('other');
    expect(cues('Mon collègue a la grippe', 'grippe').about).toBe('other');
  });

  it('reads a code-switched "my" as the author\'s, as "mon" is; "sa" stays someone else\'s', () => {
    expect(cues('my mère commence la chimio lundi', 'chimio').about).toBe('family');
    expect(cues('sa mère commence la chimio lundi', 'chimio').about).toBe('other');
  });

  it('reads a chat "pr" (pour) as a preposition: the neighbour it is for is not the subject, the neighbour who is away is', () => {
    expect(cues('rappel pr la voisine on est partis jusqu\'à dimanche', 'partis').about).toBe('author');
    expect(cues('rappel pour la voisine on est partis jusqu\'à dimanche', 'partis').about).toBe('author');
    expect(cues('la voisine est partie jusqu\'à dimanche', 'partie').about).toBe('other');
  });

  it('says nothing of a sentence that names no one, nor takes the owner of a later "de" for the span\'s', () => {
    expect(cues('Grosse gueule de bois', 'gueule').about).toBe('unknown');
    expect(cues('Grosse cuite hier au mariage de ma cousine', 'cuite').about).toBe('unknown');
  });
});

describe('French titles, quotes and news', () => {
  it('reads a title after a cue, and a quotation', () => {
    expect(cues('On a regardé Very Bad Trip hier', 'Very').title).toBe(true);
    expect(cues("Je chante « Saoulé » au karaoké", 'Saoulé').quoted).toBe(true);
    expect(cues("J'ai la gueule de bois", 'gueule').title).toBe(false);
  });

  it('reads news framing: "selon", "une étude", "d\'après les", a source and its verb', () => {
    expect(cues('Selon une étude, 30 % des jeunes boivent trop', 'boivent').news).toBe(true);
    expect(cues("D'après les chiffres, le chômage monte", 'chômage').news).toBe(true);
    expect(cues('La police dit que des supporters étaient ivres', 'ivres').news).toBe(true);
    expect(cues('Je finance mes études avec un prêt', 'prêt').news).toBe(false);
    expect(cues("Mon rapport est presque fini, après apéro", 'apéro').news).toBe(false);
  });
});
