import { describe, expect, it } from 'vitest';
import { portugueseLemmaCandidates } from '../src/core/reading/lemmas-pt.js';
import { read, type Cues } from '../src/core/reading/read.js';
import { READING_WORDS } from '../src/core/reading/words.js';

/** The Portuguese cues of the first occurrence of `word` in `text`. */
function cues(text: string, word: string): Cues {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return read(text, 'pt').cues(start, start + word.length);
}

describe('Portuguese tokens', () => {
  it('are registered beside Spanish', () => {
    expect(READING_WORDS.pt?.language).toBe('pt');
  });

  it('fold accents away without moving an offset: "não" is "nao", "você" "voce", "ônibus" and "ónibus" one word', () => {
    const text = 'Não, você não pegou o ônibus? ação';
    const tokens = read(text, 'pt').tokens;
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(['nao', ',', 'voce', 'nao', 'pegou', 'o', 'onibus', '?', 'acao']);
    expect(read('ónibus', 'pt').tokens[0]!.norm).toBe(read('ônibus', 'pt').tokens[0]!.norm);
  });

  it('keep the accent that makes another word: "é" is not "e", "nós" not "nos"', () => {
    expect(read('É e nós nos', 'pt').tokens.map((t) => t.norm)).toEqual(['é', 'e', 'nós', 'nos']);
  });

  it('shorten elongations, but not the double letters Portuguese writes', () => {
    expect(read('bêbadooooo', 'pt').tokens[0]!.short).toBe('bebado');
    expect(read('carro', 'pt').tokens[0]!.short).toBe('carro');
  });
});

describe('Portuguese lemmas', () => {
  it('read plurals, gender, diminutives and augmentatives', () => {
    for (const form of ['bebada', 'bebados', 'bebadas', 'bebadissimo']) expect(portugueseLemmaCandidates(form), form).toContain('bebado');
    expect(portugueseLemmaCandidates('cervejinha')).toContain('cerveja');
    expect(portugueseLemmaCandidates('cervejinhas')).toContain('cerveja');
    expect(portugueseLemmaCandidates('copinho')).toContain('copo');
    expect(portugueseLemmaCandidates('ressacao')).toContain('ressaca');
    expect(portugueseLemmaCandidates('baloes')).toContain('balao');
    expect(portugueseLemmaCandidates('hospitais')).toContain('hospital');
    expect(portugueseLemmaCandidates('bares')).toContain('bar');
  });

  it('read verb forms back to their infinitive, the European pronoun after them too', () => {
    expect(portugueseLemmaCandidates('embebedei')).toContain('embebedar');
    expect(portugueseLemmaCandidates('embebedei-me')).toContain('embebedar');
    expect(portugueseLemmaCandidates('embebedou')).toContain('embebedar');
    expect(portugueseLemmaCandidates('bebendo')).toContain('beber');
    expect(portugueseLemmaCandidates('fiquei')).toContain('ficar');
    expect(portugueseLemmaCandidates('cheguei')).toContain('chegar');
  });

  it('are what Reading.is asks through: "bêbadas" is a form of "bêbado"', () => {
    const r = read('Estamos bêbadas', 'pt');
    expect(r.is(1, new Set(['bebado']))).toBe(true);
    expect(r.is(0, new Set(['bebado']))).toBe(false);
  });
});

describe('Portuguese negation', () => {
  it('reaches through what carries it: "não", "nunca", "jamais", "nem", "sem", "parei de", "já não", typed without accents too', () => {
    expect(cues('Não tenho ressaca nenhuma, dormi bem', 'ressaca').negated).toBe(true);
    expect(cues('nao to de ressaca', 'ressaca').negated).toBe(true);
    expect(cues('Nunca me embebedo em casamentos', 'embebedo').negated).toBe(true);
    expect(cues('Jamais fico bêbado no trabalho', 'bêbado').negated).toBe(true);
    expect(cues('Nem uma cerveja a noite toda', 'cerveja').negated).toBe(true);
    expect(cues('Sem álcool hoje', 'álcool').negated).toBe(true);
    expect(cues('Parei de beber há um ano', 'beber').negated).toBe(true);
    expect(cues('Já não tenho ressaca', 'ressaca').negated).toBe(true);
  });

  it('does not deny what it does not reach, nor what only looks denied', () => {
    expect(cues('Tenho uma ressaca horrível', 'ressaca').negated).toBe(false);
    expect(cues('Não dormi nada, que ressaca', 'ressaca').negated).toBe(false);
    expect(cues('Não me lembro de nada, bebedeira épica', 'bebedeira').negated).toBe(false);
    expect(cues('Nunca mais bebo tequila, que ressaca', 'ressaca').negated).toBe(false);
    expect(cues('Não sei como cheguei em casa, bêbado demais', 'bêbado').negated).toBe(false);
  });
});

describe('Portuguese mode', () => {
  it('reads conditions and wishes: "se" opening its sentence or clause, "oxalá", "quem me dera", "talvez"', () => {
    expect(cues('Se eu ficar bêbado hoje, liguem-me', 'bêbado').mode).toBe('irrealis');
    expect(cues('Se a casa ficar vazia no verão, aviso', 'vazia').mode).toBe('irrealis');
    expect(cues('Amanhã, se chover, fico de ressaca em casa', 'ressaca').mode).toBe('irrealis');
    expect(cues('Oxalá pudesse ir à festa', 'festa').mode).toBe('irrealis');
    expect(cues('Quem me dera ir à festa', 'festa').mode).toBe('irrealis');
    expect(cues('Talvez eu vá à festa', 'festa').mode).toBe('irrealis');
    expect(cues('Se um dia eu me divorciar vai ser por causa do futebol', 'divorciar').mode).toBe('irrealis');
  });

  it('leaves the reflexive "se" real: "ela se casou", "se divorciaram"', () => {
    expect(cues('Minha irmã se casou em Lisboa', 'casou').mode).toBe('real');
    expect(cues('Se divorciaram no mês passado', 'divorciaram').mode).toBe('real');
    expect(cues('Ele se embebedou na festa', 'festa').mode).toBe('real');
    expect(cues('Se liga, tô bêbado', 'bêbado').mode).toBe('real');
    expect(cues('Se trata de uma ressaca', 'ressaca').mode).toBe('real');
  });

  it('reads questions by their mark, a mark asking only its own clause', () => {
    expect(cues('Vamos sair pra festa hoje?', 'festa').mode).toBe('question');
    expect(cues('Vamos sair pra festa hoje', 'festa').mode).toBe('real');
    expect(cues('Hoje é dia de encher a cara, quem vem?', 'cara').mode).toBe('real');
    expect(cues('Tô de ressaca, alguém tem Engov?', 'ressaca').mode).toBe('real');
    expect(cues('Alguém aí de ressaca?', 'ressaca').mode).toBe('question');
  });

  it('reads a whole sentence as asked when a question word opens it or a tag closes it (session 12)', () => {
    expect(cues('Devo ligar a dizer que estou doente, ou vou trabalhar?', 'doente').mode).toBe('question');
    expect(cues('Será que conto ao chefe que estou com virose, e fico na praia?', 'virose').mode).toBe('question');
    expect(cues('Vcs acham que o meu chefe é um idiota, ou exagero?', 'idiota').mode).toBe('question');
    expect(cues('Três garrafas de vinho para dois, é muito?', 'garrafas').mode).toBe('question');
    expect(cues('Ligo a dizer que tô doente e vou pra praia, o que acham?', 'doente').mode).toBe('question');
    expect(cues('Encho a cara hoje, ou não?', 'cara').mode).toBe('question');
  });

  it('reads as asked a sentence opened by "compensa", "convém", "arrisco", or closed by "vale a pena?", "tenho razão?", "sou exagerada?" (round 12)', () => {
    expect(cues('Compensa pegar atestado pra ir no show?', 'atestado').mode).toBe('question');
    expect(cues('Convém dizer ao chefe que estou grávida já?', 'grávida').mode).toBe('question');
    expect(cues('Arrisco ligar a dizer que estou doente?', 'doente').mode).toBe('question');
    expect(cues('Peço atestado e vou ao festival, vale a pena?', 'atestado').mode).toBe('question');
    expect(cues('O meu chefe é um tirano, tenho razão?', 'tirano').mode).toBe('question');
    expect(cues('Acho que o meu chefe é um idiota, sou exagerada?', 'idiota').mode).toBe('question');
  });

  it('reads as asked a sentence closed by "será boa ideia?", "má ideia?", "é arriscado?" (round 13)', () => {
    expect(cues('Peço atestado falso pra ir no show, será boa ideia?', 'atestado').mode).toBe('question');
    expect(cues('Meto baixa e vou ao festival, má ideia?', 'baixa').mode).toBe('question');
    expect(cues('Ligo a dizer que estou doente, é arriscado?', 'doente').mode).toBe('question');
  });

  it('leaves real a statement whose tag words ask something else, or come with no mark, or ask of a habit shown (round 13)', () => {
    expect(cues('Pedi atestado falso e fui ao show, boa ideia foi essa', 'atestado').mode).toBe('real');
    expect(cues('Deixo a chave debaixo do tapete enquanto viajo, é seguro?', 'chave').mode).toBe('real');
    expect(cues('Tô de ressaca. Boa ideia?', 'ressaca').mode).toBe('real');
  });

  it('leaves real the statement before a tag that is no question of it, and the same words mid-sentence (round 12)', () => {
    expect(cues('Compensa muito ir de comboio, estou de ressaca', 'ressaca').mode).toBe('real');
    expect(cues('Tô de ressaca, vale a pena o Engov?', 'ressaca').mode).toBe('real');
    expect(cues('Peguei atestado e fui ao festival, valeu a pena', 'atestado').mode).toBe('real');
    expect(cues('O meu chefe é um tirano e eu tenho razão', 'tirano').mode).toBe('real');
  });

  it('reads a year after "desde" as running to now, no history: "tomo rivotril desde 2019" (round 12)', () => {
    expect(cues('Tomo rivotril desde 2019', 'rivotril').news).toBe(false);
    expect(cues('Em 1998 a ressaca era outra', 'ressaca').news).toBe(true);
  });

  it('reads "sem saber o que aconteceu" as a memory lost, not a denial (round 12)', () => {
    expect(cues('Voltei às 9h sem saber o que aconteceu 🥴', 'aconteceu').negated).toBe(false);
    expect(cues('Fiquei sem cerveja', 'cerveja').negated).toBe(true);
  });

  it('reads the Angolan "kota" as family: "a minha kota ficou internada" (round 12)', () => {
    expect(cues('A minha kota ficou internada com um AVC', 'AVC').about).toBe('family');
  });

  it('leaves the statement before an ask or a filler real: "alguém ...?", "quem vem?", "né?" (session 12)', () => {
    expect(cues('Ontem tava muito bêbada, alguém sabe como eu cheguei em casa?', 'bêbada').mode).toBe('real');
    expect(cues('Voo LA 3340, poltrona 18C, alguém mais nesse voo?', 'poltrona').mode).toBe('real');
    expect(cues('Fui demitido hoje, né?', 'demitido').mode).toBe('real');
    expect(cues('Hoje é dia de encher a cara, bora?', 'cara').mode).toBe('real');
    expect(cues('Que ressaca, alguém tem Engov?', 'ressaca').mode).toBe('real');
    expect(cues('Como tava bêbado, alguém filmou?', 'bêbado').mode).toBe('real');
  });
});

describe('Portuguese: who it is about', () => {
  it('reads the author from a verb that says "I", the subject left out: "fui", "tenho", "comecei", "estou", "tô"', () => {
    expect(cues('Fui demitido hoje', 'demitido').about).toBe('author');
    expect(cues('Tenho uma ressaca horrível', 'ressaca').about).toBe('author');
    expect(cues('Comecei a quimio ontem', 'quimio').about).toBe('author');
    expect(cues('Estou falido este mês', 'falido').about).toBe('author');
    expect(cues('Tô de ressaca', 'ressaca').about).toBe('author');
    expect(cues('Embebedei-me no casamento', 'casamento').about).toBe('author');
    expect(cues('Ontem bebi tequila demais', 'tequila').about).toBe('author');
    expect(cues('Eu estou péssimo', 'péssimo').about).toBe('author');
    expect(cues('A gente bebeu demais', 'demais').about).toBe('author');
  });

  it('reads the family after "meu"/"minha" (and "a minha"), and others by name, pronoun or verb', () => {
    expect(cues('Minha mãe começa a quimio na segunda', 'quimio').about).toBe('family');
    expect(cues('A minha mãe começa a quimio na segunda', 'quimio').about).toBe('family');
    expect(cues('Meu filho ficou bêbado na formatura', 'bêbado').about).toBe('family');
    expect(cues('Mãe começa a quimio na segunda', 'quimio').about).toBe('family');
    expect(cues('Meus amigos estão bêbados', 'bêbados').about).toBe('other');
    expect(cues('Ficou bêbado no casamento', 'bêbado').about).toBe('other');
    expect(cues('Ela tem ressaca', 'ressaca').about).toBe('other');
    expect(cues('Meu cachorro começa a quimio', 'quimio').about).toBe('other');
    expect(cues('Você tá de ressaca', 'ressaca').about).toBe('other');
  });

  it('does not take the imperfect for the author: "estava", "era", "tinha" are also "he/she was"', () => {
    expect(cues('O meu primo estava bêbedo no casamento', 'bêbedo').about).toBe('family');
    expect(cues('O Zé estava bêbado no casamento', 'bêbado').about).not.toBe('author');
    expect(cues('Eu estava bêbada ontem', 'bêbada').about).toBe('author');
  });

  it('does not take a word of a first-person ending for the author: "aqui", "táxi", "vôlei", "primos"', () => {
    expect(cues('Aqui com febre', 'febre').about).toBe('unknown');
    expect(cues('No táxi com febre', 'febre').about).toBe('unknown');
    expect(cues('Vôlei com febre', 'febre').about).toBe('unknown');
  });
});

describe('Portuguese titles, quotes and news', () => {
  it('reads a title after a cue, and a quotation', () => {
    expect(cues('Vendo o filme Se Beber Não Case', 'Beber').title).toBe(true);
    expect(cues('Cantando "Ressaca de Amor" no karaokê', 'Ressaca').quoted).toBe(true);
    expect(cues('Tô com ressaca', 'ressaca').title).toBe(false);
  });

  it('reads news framing: "segundo a", "um estudo", "de acordo com", a source and its verb', () => {
    expect(cues('Segundo a pesquisa, 30% dos jovens bebem demais', 'bebem').news).toBe(true);
    expect(cues('Um estudo diz que a ressaca piora com a idade', 'ressaca').news).toBe(true);
    expect(cues('A polícia diz que havia bêbados na festa', 'bêbados').news).toBe(true);
    expect(cues('Segundo pesquisa, ressaca custa bilhões', 'ressaca').news).toBe(true);
    expect(cues('Última hora: ressaca custa milhões', 'ressaca').news).toBe(true);
    expect(cues('Meti férias à última hora e fiquei de ressaca', 'ressaca').news).toBe(false);
    expect(cues('Meu relatório está quase pronto, depois cerveja', 'cerveja').news).toBe(false);
  });

  it('read "saiu" before its subject as a thing\'s verb, and "não sei quantas" as a lost count, not a denial (session 11)', () => {
    expect(cues('Saiu o resultado da biópsia, é endometriose grau 3', 'endometriose').about).not.toBe('other');
    expect(cues('O Pedro saiu e ficou bêbado', 'bêbado').about).toBe('other');
    expect(cues('Já não sei quantas cervejas bebi', 'cervejas').negated).toBe(false);
    expect(cues('Não bebi cervejas ontem', 'cervejas').negated).toBe(true);
  });
});
