import { describe, expect, it } from 'vitest';
import { spanishLemmaCandidates } from '../src/core/reading/lemmas-es.js';
import { read, type Cues } from '../src/core/reading/read.js';
import { foldAccents, tokenize } from '../src/core/reading/tokens.js';

/** The Spanish cues of the first occurrence of `word` in `text`. */
function cues(text: string, word: string): Cues {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return read(text, 'es').cues(start, start + word.length);
}

describe('Spanish tokens', () => {
  it('fold accents away without moving an offset', () => {
    const text = 'Mañana resacón, ¿qué más? Ação';
    expect(foldAccents(text)).toBe('Manana resacon, ¿que mas? Acao');
    expect(foldAccents(text).length).toBe(text.length);
    const tokens = read(text, 'es').tokens;
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(['manana', 'resacon', ',', '¿', 'que', 'mas', '?', 'acao']);
  });

  it('read a word typed without its accents as the word with them', () => {
    expect(read('mañana', 'es').tokens[0]!.norm).toBe(read('manana', 'es').tokens[0]!.norm);
    expect(read('JAMÁS', 'es').tokens[0]!.norm).toBe('jamas');
  });

  it('keep the accent that makes another word: "sí" is not "si", "él" not "el"', () => {
    expect(read('Sí, él', 'es').tokens.map((t) => t.norm)).toEqual(['sí', ',', 'él']);
  });

  it('shorten elongations, but not a double letter Spanish writes', () => {
    expect(read('borrachooooo', 'es').tokens[0]!.short).toBe('borracho');
    expect(read('perro', 'es').tokens[0]!.short).toBe('perro');
  });

  it('leave English tokens as they were', () => {
    expect(tokenize('Mañana wasnt')[1]!.norm).toBe("wasn't");
    expect(tokenize('Mañana')[0]!.norm).toBe('mañana');
  });
});

describe('Spanish lemmas', () => {
  it('read plurals, gender, diminutives and augmentatives', () => {
    for (const form of ['borracha', 'borrachos', 'borrachas', 'borrachisimo']) expect(spanishLemmaCandidates(form), form).toContain('borracho');
    expect(spanishLemmaCandidates('resacon')).toContain('resaca');
    expect(spanishLemmaCandidates('chupitos')).toContain('chupito');
    expect(spanishLemmaCandidates('copita')).toContain('copa');
    expect(spanishLemmaCandidates('cervecitas')).toContain('cerveza');
    expect(spanishLemmaCandidates('hospitales')).toContain('hospital');
  });

  it('read verb forms back to their infinitive', () => {
    expect(spanishLemmaCandidates('emborrachado')).toContain('emborrachar');
    expect(spanishLemmaCandidates('bebiendo')).toContain('beber');
    expect(spanishLemmaCandidates('emborrache')).toContain('emborrachar');
  });

  it('are what Reading.is asks through: "borrachas" is a form of "borracho"', () => {
    const r = read('Estamos borrachas', 'es');
    expect(r.is(1, new Set(['borracho']))).toBe(true);
    expect(r.is(0, new Set(['borracho']))).toBe(false);
  });
});

describe('Spanish negation', () => {
  it('reaches through what carries it: "no tengo resaca", "nunca me emborracho", "ni una copa", "sin alcohol"', () => {
    expect(cues('No tengo resaca, dormí genial', 'resaca').negated).toBe(true);
    expect(cues('Nunca me emborracho en las bodas', 'emborracho').negated).toBe(true);
    expect(cues('Jamás bebo tequila', 'tequila').negated).toBe(false);
    expect(cues('Ni una copa en toda la noche', 'copa').negated).toBe(true);
    expect(cues('Sin alcohol esta noche', 'alcohol').negated).toBe(true);
    expect(cues('Ya no tengo resaca', 'resaca').negated).toBe(true);
    expect(cues('Dejé de fumar hace un año', 'fumar').negated).toBe(true);
  });

  it('does not deny what it does not reach, nor what only looks denied', () => {
    expect(cues('Tengo una resaca horrible', 'resaca').negated).toBe(false);
    expect(cues('No dormí nada, qué resaca', 'resaca').negated).toBe(false);
    expect(cues('No veas qué resaca tengo', 'resaca').negated).toBe(false);
    expect(cues('No me acuerdo de nada, borrachera épica', 'borrachera').negated).toBe(false);
  });
});

describe('Spanish mode', () => {
  it('reads conditions and wishes: "si", "ojalá", "quizás", "a lo mejor"', () => {
    expect(cues('Si me emborracho esta noche, llamadme', 'emborracho').mode).toBe('irrealis');
    expect(cues('Ojalá pudiera ir a la fiesta', 'fiesta').mode).toBe('irrealis');
    expect(cues('Quizás salga de fiesta', 'fiesta').mode).toBe('irrealis');
    expect(cues('A lo mejor voy a la fiesta', 'fiesta').mode).toBe('irrealis');
  });

  it('reads an invitation to the reader as no condition: "si venís a la comida, es mi casa"', () => {
    expect(cues('Si venís a la comida, es mi casa: la blanca de la esquina', 'mi casa').mode).toBe('real');
    expect(cues('Si vienen al asado, mi casa queda frente a la plaza', 'mi casa').mode).toBe('real');
    expect(cues('Si me mudo, mi casa será la blanca de la esquina', 'mi casa').mode).toBe('irrealis');
  });

  it('reads questions by either mark: "¿…?" and "¿…" alone', () => {
    expect(cues('¿Salimos de fiesta esta noche?', 'fiesta').mode).toBe('question');
    expect(cues('¿Salimos de fiesta esta noche', 'fiesta').mode).toBe('question');
  });

  it('reads a "?" as asking its own clause: a statement, then a question after the comma', () => {
    expect(cues('Tengo una resaca horrible, alguien tiene ibuprofeno?', 'resaca').mode).toBe('real');
    expect(cues('Enguayabado nivel dios, el aguardiente de anoche no perdona, quién me trae un caldo?', 'Enguayabado').mode).toBe('real');
    expect(cues('Le dije a mi jefa que estoy con fiebre y me fui a la playa, quién se apunta?', 'fiebre').mode).toBe('real');
    expect(cues('Me pido el día mañana, ¿alguien sabe de un buen plan?', 'día').mode).toBe('real');
    expect(cues('Qué resaca, alguien tiene un ibuprofeno?', 'resaca').mode).toBe('real');
  });

  it('reads the whole sentence as asked when a question word opens it or a tag ends it', () => {
    expect(cues('Alguien más con una resaca así, después de tres copas?', 'resaca').mode).toBe('question');
    expect(cues('Debería llamar a mi jefe, decirle que estoy enfermo y quedarme en casa?', 'enfermo').mode).toBe('question');
    expect(cues('Me pido el día diciendo que estoy enfermo, ¿sí o no?', 'enfermo').mode).toBe('question');
    expect(cues('Me emborracho en la boda de mi prima, ¿o qué?', 'emborracho').mode).toBe('question');
    expect(cues('Le digo a mi jefe que tengo fiebre, ¿me paso?', 'fiebre').mode).toBe('question');
    expect(cues('Demasiados chupitos para un martes, ¿no?', 'chupitos').mode).toBe('question');
    expect(cues('Quién se viene de fiesta esta noche, que yo invito?', 'fiesta').mode).toBe('question');
    expect(cues('Cómo le digo a mi jefe que estoy enferma, sin que suene a mentira?', 'enferma').mode).toBe('question');
    expect(cues('Dejo la casa sola dos semanas, es muy arriesgado?', 'casa sola').mode).toBe('question');
    // Chat spellings of the tags.
    expect(cues('mñn le digo a mi jefe q tengo fiebre y me voy a la playa, q opinan?', 'fiebre').mode).toBe('question');
    expect(cues('dejo el depa solo 3 semanas, vdd?', 'depa solo').mode).toBe('question');
    expect(cues('me emborracho en la boda de mi prima, o q?', 'emborracho').mode).toBe('question');
  });

  it('leaves a statement real before an asked clause that is no tag, in chat spelling too', () => {
    expect(cues('le dije a mi jefe q tengo fiebre y estoy en la playa, q hacemos esta noche?', 'fiebre').mode).toBe('real');
    expect(cues('dejo el depa solo 3 semanas, alguien me riega las plantas?', 'depa solo').mode).toBe('real');
  });

  it('reads "iba" and "andaba" as "estaba": the author\'s with no subject, the subject\'s when one is named before a span that holds the verb', () => {
    expect(cues('iba tan pedo que no me acuerdo de nada', 'pedo').about).toBe('author');
    expect(cues('anoche iba súper pedo en la boda de mi prima', 'pedo').about).toBe('author');
    expect(cues('mi cuñado iba tan pedo en la boda', 'iba tan pedo').about).not.toBe('author');
    expect(cues('mi amiga andaba bien peda en el antro', 'andaba bien peda').about).not.toBe('author');
  });

  it('leaves a plain statement, and "sí", real', () => {
    expect(cues('Salimos de fiesta esta noche', 'fiesta').mode).toBe('real');
    expect(cues('Sí, salimos de fiesta', 'fiesta').mode).toBe('real');
  });
});

describe('Spanish: who it is about', () => {
  it('reads the author from a verb that says "I", the subject left out', () => {
    expect(cues('Tengo una resaca horrible', 'resaca').about).toBe('author');
    expect(cues('Empiezo la quimio el lunes', 'quimio').about).toBe('author');
    expect(cues('Fui al médico por la espalda', 'médico').about).toBe('author');
    expect(cues('Anoche bebí demasiado tequila', 'tequila').about).toBe('author');
    expect(cues('Yo estoy fatal', 'fatal').about).toBe('author');
  });

  it('reads the family after "mi", and others by name, pronoun or verb', () => {
    expect(cues('Mi madre empieza la quimio el lunes', 'quimio').about).toBe('family');
    expect(cues('Mi hermano se emborrachó en la boda', 'emborrachó').about).toBe('family');
    expect(cues('Mis amigos están borrachos', 'borrachos').about).toBe('other');
    expect(cues('Se emborrachó en la boda', 'emborrachó').about).toBe('other');
    expect(cues('Ella tiene resaca', 'resaca').about).toBe('other');
    expect(cues('Mi perra empieza la quimio', 'quimio').about).toBe('other');
  });

  it('does not take a word of a first-person ending for the author: "café", "aquí"', () => {
    expect(cues('El café con resaca', 'resaca').about).toBe('unknown');
    expect(cues('Aquí con fiebre', 'fiebre').about).toBe('unknown');
  });
});

describe('Spanish titles, quotes and news', () => {
  it('reads a title after a cue, and a quotation', () => {
    expect(cues('Viendo la película Resacón en Las Vegas', 'Resacón').title).toBe(true);
    expect(cues('Cantando "La Resaca" en el karaoke', 'Resaca').quoted).toBe(true);
    expect(cues('Tengo resacón', 'resacón').title).toBe(false);
  });

  it('reads news framing: "según", "un estudio", a source and its verb', () => {
    expect(cues('Según un estudio, el 30% de los jóvenes bebe demasiado', 'bebe').news).toBe(true);
    expect(cues('La policía dice que hubo borrachos en la feria', 'borrachos').news).toBe(true);
    expect(cues('El periódico dice que van a despedir a 300 personas en la fábrica', 'despedir').news).toBe(true);
    expect(cues('Mi diario de viaje: hoy resaca', 'resaca').news).toBe(false);
    expect(cues('Mi informe está casi listo, luego cañas', 'cañas').news).toBe(false);
  });
});

describe('Spanish: friends by their regional names, vocatives, not even missing it', () => {
  it('reads a comadre, a compadre, a cuate as someone else, not the author', () => {
    expect(cues('Mi comadre por fin firmó el divorcio', 'firmó el divorcio').about).not.toBe('author');
    expect(cues('mi compadre anda con una resaca terrible', 'resaca').about).not.toBe('author');
    expect(cues('mi novio firmó el divorcio de su ex', 'divorcio').about).not.toBe('other');
  });

  it('reads "parce", "wn", "oe" at the start as a call to the reader, not a subject', () => {
    expect(cues('Parce me reporté enfermo pa ir al partido', 'me reporté enfermo').about).not.toBe('other');
    expect(cues('wn tengo una resaca brígida', 'resaca').about).toBe('author');
    expect(cues('mi parcero tiene resaca', 'resaca').about).not.toBe('author');
  });

  it('denies a hangover one does not even miss, not one missed', () => {
    expect(cues('ni extraño la cruda de los domingos', 'cruda').negated).toBe(true);
    expect(cues('no echo de menos la resaca', 'resaca').negated).toBe(true);
    expect(cues('extraño la cruda de los domingos', 'cruda').negated).toBe(false);
  });
});

describe('Spanish question tags of an opinion asked', () => {
  it('reads "¿no crees?", "¿será?" after a comma as asking the whole sentence, not "¿dale?" that confirms a plan', () => {
    expect(cues('le digo a mi jefe que tengo fiebre, ¿no crees?', 'fiebre').mode).toBe('question');
    expect(cues('me reporto enfermo mañana y me voy a la playa, ¿será?', 'enfermo').mode).toBe('question');
    expect(cues('nos ponemos bien pedos el sábado, ¿dale?', 'pedos').mode).not.toBe('question');
  });

  it('keeps a statement before a "?" that asks something else', () => {
    expect(cues('tengo una resaca horrible, alguien tiene ibuprofeno?', 'resaca').mode).not.toBe('question');
    expect(cues('me reporté enfermo y me fui a la playa, va a estar buenísimo el día', 'enfermo').mode).not.toBe('question');
  });
});
