import type { ReadingWords } from './words-en.js';

/**
 * The Spanish words the reading layer reads by, of the shape of the English
 * ones (words-en.ts). Written with their accents; tokens and lists are read
 * without them (`foldAccents`), so "mañana" and "manana", "jamás" and
 * "jamas" are one word. Spanish leaves the subject out ("tengo resaca",
 * "fui al médico"): the verb's own form says "I" (`firstPersonVerbs`).
 */
export const SPANISH: ReadingWords = {
  language: 'es',
  foldAccents: true,
  accentedWords: ['sí', 'él', 'tú', 'mí', 'sé', 'té', 'dé'],
  negation: ['no', 'nunca', 'jamás', 'ni', 'sin', 'tampoco', 'nada', 'ningún', 'ninguna', 'ninguno', 'nadie', 'cero', 'nop', 'nel'],
  negationPhrases: [
    ['ya', 'no'],
    ['dejé', 'de'],
    ['deje', 'de'],
    ['dejo', 'de'],
    ['he', 'dejado', 'de'],
    ['dejamos', 'de'],
    ['en', 'vez', 'de'],
    ['en', 'lugar', 'de'],
    ['libre', 'de'],
    ['nada', 'de'],
  ],
  negationVerbs: ['sobrio', 'sobria', 'sobrios', 'sobrias', 'evito', 'evité', 'evitar', 'paso', 'pasé'],
  negationCarriers: [
    'me', 'te', 'se', 'nos', 'lo', 'la', 'le', 'les', 'los', 'las', 'he', 'has', 'ha', 'hemos', 'había', 'estoy', 'estaba', 'estuve', 'está', 'estamos',
    'soy', 'era', 'fui', 'es', 'fue', 'tengo', 'tenía', 'tuve', 'tiene', 'tenemos', 'hay', 'hubo', 'había', 'he', 'un', 'una', 'unos', 'unas', 'el', 'los',
    'del', 'de', 'ni', 'siquiera', 'tan', 'muy', 'mucho', 'mucha', 'muchos', 'muchas', 'tanto', 'tanta', 'demasiado', 'demasiada', 'ninguna', 'ningún', 'nada',
    'ya', 'más', 'aún', 'todavía', 'hoy', 'esta', 'este', 'noche', 'vez', 'pienso', 'voy', 'vamos', 'a', 'quiero', 'quería', 'pude', 'puedo', 'pienso',
    'mi', 'mis', 'tu', 'su', 'yo', 'nosotros', 'realmente', 'para', 'nadita', 'pizca', 'poco', 'tomé', 'bebí', 'probé',
    // Not even missing it: "ni extraño la cruda de los domingos", "no echo de menos la resaca".
    'extraño', 'extrañé', 'echo', 'menos', 'añoro',
  ],
  notNegation: [
    ['no', 'veas'],
    ['no', 'te', 'imaginas'],
    ['no', 'os', 'imagináis'],
    ['no', 'sabes'],
    ['no', 'me', 'lo', 'creo'],
    ['no', 'puedo', 'más'],
    ['no', 'puedo', 'con'],
    ['no', 'recuerdo'],
    ['no', 'me', 'acuerdo'],
    ['ni', 'me', 'acuerdo'],
    ['no', 'sé', 'cómo'],
    ['no', 'sé', 'ni'],
    ['no', 'hay', 'quien'],
    ['nunca', 'más'],
    ['no', 'dormí'],
    ['no', 'he', 'dormido'],
    ['no', 'pegué', 'ojo'],
    ['sin', 'dormir'],
    ['no', 'llego', 'a', 'fin'],
    ['no', 'llegamos', 'a', 'fin'],
    ['no', 'puedo', 'pagar'],
    ['no', 'me', 'da', 'para'],
    ['sin', 'un', 'duro'],
    ['sin', 'blanca'],
    ['sin', 'pasta'],
    ['sin', 'dinero'],
    ['no', 'se', 'lo', 'digáis'],
    ['no', 'se', 'lo', 'digas'],
    ['no', 'hay', 'nadie', 'en', 'casa'],
    ['nadie', 'en', 'casa'],
    // "paso" hands something over, not "paso de" (I skip): "les paso el código", "te paso mi número", "paso por tu casa".
    ['paso', 'el'],
    ['paso', 'la'],
    ['paso', 'los'],
    ['paso', 'las'],
    ['paso', 'mi'],
    ['paso', 'mis'],
    ['paso', 'un'],
    ['paso', 'una'],
    ['paso', 'por'],
    ['paso', 'a'],
  ],
  scopeBreak: ['pero', 'aunque', 'sino', 'porque', 'pues', 'y', 'e', 'luego', 'después', 'ahora', 'hasta', 'entonces', 'así', 'mientras'],
  irrealis: ['si', 'ojalá', 'quizás', 'quizá', 'igual', 'imagina', 'imagínate', 'imaginad', 'soñé', 'sueño', 'soñando', 'hipotéticamente', 'sería', 'seríamos', 'podría', 'podríamos', 'debería', 'deberíamos', 'hubiera', 'hubiese', 'tuviera', 'fuera', 'ganara', 'pudiera'],
  irrealisPhrases: [
    ['y', 'si'],
    ['tal', 'vez'],
    ['a', 'lo', 'mejor'],
    ['por', 'si'],
    ['en', 'caso', 'de'],
    ['me', 'pregunto', 'si'],
    ['pensando', 'en'],
    ['tentado', 'de'],
    ['tentada', 'de'],
  ],
  // The reader invited, not a condition of what follows: "Si venís a la comida, es mi casa: la blanca de la esquina".
  readerAddress: [['lees', 'esto'], ['estás', 'leyendo'], ['ve', 'esto'], ['lee', 'esto'], ['venís'], ['vienen'], ['venéis'], ['vienes'], ['quieres', 'venir'], ['queréis', 'venir'], ['quieren', 'venir'], ['te', 'animas'], ['os', 'animáis'], ['se', 'animan'],
    // "si quieren mandarme regalitos, vivo en ...": the reader's wish, the address given.
    ['quieren', 'mandarme'], ['queréis', 'mandarme'], ['quieres', 'mandarme'], ['quieren', 'enviarme'], ['queréis', 'enviarme'], ['quieres', 'enviarme'],
    ['quieren', 'visitarme'], ['queréis', 'visitarme'], ['quieres', 'visitarme'], ['quieren', 'escribirme'], ['quieren', 'pasar'], ['queréis', 'pasaros'],
    ['quieren', 'caer'], ['quieres', 'pasarte'], ['quieren', 'pasarse'],
    // The reader's need, the value given anyway: "si me necesitas el código de la reserva es HX83KT".
    ['me', 'necesitas'], ['me', 'necesitáis'], ['me', 'necesitan'], ['lo', 'necesitas'], ['lo', 'necesitáis'], ['lo', 'necesitan'], ['te', 'hace', 'falta'], ['os', 'hace', 'falta'], ['les', 'hace', 'falta'],
    // The home watched while it is empty: "si veis luz en casa llamad a la policía".
    ['veis', 'luz'], ['ven', 'luz'], ['ves', 'luz'], ['veis', 'luces'], ['ven', 'luces'], ['ves', 'luces'], ['veis', 'movimiento'], ['ven', 'movimiento'], ['ves', 'movimiento'],
    ['oís', 'ruido'], ['oyen', 'ruido'], ['oyes', 'ruido'], ['veis', 'a', 'alguien'], ['ven', 'a', 'alguien'], ['ves', 'a', 'alguien']],
  daydream: ['me', 'toca', 'gano', 'ganara', 'ganase', 'tuviera', 'fuera', 'heredo', 'heredara', 'algún'],
  comparison: [['como', 'si'], ['parece'], ['parecía'], ['pareces'], ['parezco'], ['parecemos'], ['parecía'], ['más', 'que'], ['peor', 'que'], ['tipo', 'de']],
  titleCues: [
    'viendo', 'vi', 'veo', 'ver', 'película', 'peli', 'pelí', 'canción', 'cancion', 'tema', 'temazo', 'disco', 'álbum', 'serie', 'capítulo', 'episodio',
    'temporada', 'libro', 'novela', 'leyendo', 'leí', 'escuchando', 'escuché', 'escucho', 'cantando', 'canté', 'canto', 'karaoke', 'titulada', 'titulado',
    'llamada', 'llamado', 'bailando', 'bailé', 'obra', 'musical', 'documental', 'programa', 'tarareando', 'sonando', 'suena',
  ],
  calendar: [
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
    'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  ],
  firstPerson: ['yo', 'me', 'mi', 'mí', 'mis', 'mío', 'mía', 'míos', 'mías', 'conmigo', 'nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  family: [
    'madre', 'mamá', 'mami', 'mama', 'padre', 'papá', 'papi', 'papa', 'padres', 'viejos', 'vieja', 'viejo', 'marido', 'esposo', 'esposa',
    'mujer', 'pareja', 'novio', 'novia', 'prometido', 'prometida', 'hijo', 'hija', 'hijos', 'hijas', 'niño', 'niña', 'niños', 'niñas', 'peque', 'peques',
    'bebé', 'bebe', 'nene', 'nena', 'crío', 'cría', 'críos', 'hermano', 'hermana', 'hermanos', 'hermanas', 'abuelo', 'abuela', 'abuelos', 'abu', 'yaya',
    'yayo', 'familia', 'suegra', 'suegro', 'ex', 'mellizos', 'gemelos', 'hermanito', 'hermanita',
    // The in-laws and the extended family: "mi cuñado iba tan pedo en la boda" is his night, not the author's.
    'cuñado', 'cuñada', 'cuñados', 'cuñadas', 'cuñis', 'yerno', 'nuera', 'sobrino', 'sobrina', 'sobrinos', 'sobrinas', 'suegros', 'padrastro', 'madrastra',
    'hermanastro', 'hermanastra', 'padrino', 'madrina', 'ahijado', 'ahijada', 'consuegro', 'consuegra', 'bisabuelo', 'bisabuela', 'nieto', 'nieta', 'nietos', 'nietas',
  ],
  otherPeople: [
    'compañero', 'compañera', 'compañeros', 'compañeras', 'compi', 'compis', 'colega', 'colegas', 'amigo', 'amiga', 'amigos', 'amigas', 'vecino', 'vecina',
    'vecinos', 'vecinas', 'compañero de piso', 'casero', 'casera', 'cliente', 'clientes', 'profe', 'profesor', 'profesora', 'alumno', 'alumna', 'alumnos',
    'paciente', 'pacientes',
    // The friends of the family and the friends by their regional names: "mi comadre por fin firmó el divorcio" is hers.
    'comadre', 'compadre', 'comadres', 'compadres', 'cuate', 'cuata', 'cuates', 'bestie', 'amigui', 'amiguis', 'conocido', 'conocida',
    'perro', 'perra', 'perrito', 'perrita', 'gato', 'gata', 'gatito', 'veterinario', 'veterinaria', 'médico', 'médica', 'doctor',
    'doctora', 'equipo', 'primo', 'prima', 'primos', 'becario', 'becaria', 'director', 'directora', 'supervisor', 'camarero', 'camarera', 'enfermero',
    'enfermera', 'dentista', 'empleado', 'empleados', 'desconocido', 'desconocidos', 'novios', 'invitados', 'conductor', 'tío', 'tía', 'tíos', 'chaval',
    'chavales', 'peña', 'gente', 'wey', 'güey', 'pibe', 'piba', 'jefe', 'jefa', 'jefes', 'encargado', 'encargada',
  ],
  addressee: ['tú', 'vos', 'vosotros', 'vosotras', 'ustedes', 'usted', 'te', 'os'],
  otherPronouns: ['él', 'ella', 'ellos', 'ellas', 'todos', 'todas', 'todo el mundo', 'alguien', 'nadie', 'gente', 'chico', 'chica', 'chicos', 'chicas', 'señor', 'señora', 'famosos', 'famoso', 'famosa'],
  newsFrame: ['farándula', 'culebrón', 'investigadores', 'científicos', 'titular', 'titulares', 'documental', 'pódcast', 'podcast', 'reportaje', 'telediario', 'noticiero', 'supuestamente', 'estadísticamente', 'según'],
  newsPhrases: [
    ['un', 'estudio'],
    ['el', 'estudio'],
    ['nuevo', 'estudio'],
    ['una', 'encuesta'],
    ['la', 'encuesta'],
    // Not "un informe", "el informe": at work it is one's own report ("me hizo repetir el informe 3 veces", "me llamó el domingo para pedirme
    // un informe"); "informe" stays a news source, so "un informe dice que..." is still news.
    ['de', 'acuerdo', 'con'],
    ['en', 'las', 'noticias'],
    ['en', 'el', 'telediario'],
    ['en', 'la', 'tele'],
    ['última', 'hora'],
    ['un', 'artículo'],
    ['este', 'artículo'],
    ['el', 'artículo'],
    ['por', 'ciento', 'de'],
    ['%', 'de'],
    // What the author read or saw of others: "Leo que Shakira y Piqué siguen con lo de la custodia".
    ['leo', 'que'],
    ['leí', 'que'],
    ['acabo', 'de', 'leer'],
    ['vi', 'en', 'las', 'noticias'],
  ],
  newsSources: ['estudio', 'estudios', 'encuesta', 'encuestas', 'informe', 'informes', 'datos', 'estadísticas', 'cifras', 'policía', 'guardia', 'gobierno', 'ministerio', 'presidente', 'expertos', 'noticia', 'noticias', 'artículo', 'historia', 'prensa', 'periódico', 'periódicos', 'diario', 'diarios', 'noticiero', 'telediario'],
  reportingVerbs: ['dice', 'dicen', 'dijo', 'afirma', 'afirman', 'revela', 'revelan', 'muestra', 'muestran', 'indica', 'indican', 'asegura', 'aseguran', 'advierte', 'advierten', 'confirma', 'confirmó', 'anunció', 'anuncia', 'estima', 'estiman', 'informa', 'informó'],
  clauseBreak: ['pero', 'aunque', 'sino', 'porque', 'mientras', 'pues'],
  possessives: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  possessivesShort: ['mi', 'mis'],
  authorPossessives: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  otherPossessives: ['su', 'sus', 'tu', 'tus', 'vuestro', 'vuestra', 'vuestros', 'vuestras'],
  objectPronouns: ['le', 'les', 'lo', 'la', 'los', 'las'],
  vocatives: [['parce'], ['parcero'], ['parcera'], ['pana'], ['panas'], ['bro'], ['che'], ['oe'], ['wn'], ['weon'], ['mae'], ['chicos'], ['chicas'], ['amigos'], ['amigas'], ['gente'], ['chiques'], ['vecinos'], ['banda'], ['familia'], ['raza'], ['hola', 'a', 'todos'], ['amigos', 'y', 'familia']],
  prepositions: ['con', 'a', 'al', 'para', 'de', 'del', 'en', 'por', 'sobre', 'sin', 'contra', 'entre', 'hacia', 'tras', 'como', 'que', 'gracias', 'ver', 'vi', 'quiero', 'echo'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'este', 'esta', 'ese', 'esa', 'todos', 'todas'],
  subjectOpeners: ['y', 'pero', 'si', 'cuando', 'porque', 'que', 'cómo', 'por qué', 'qué', 'dónde', 'mientras', 'o', 'jaja', 'jajaja'],
  conditionals: ['si'],
  negationAfter: ['nop'],
  negationAfterQuestion: ['no', 'nop', 'nunca', 'jamás', 'nada'],
  questionOpeners: ['¿'],
  // A "?" asks the whole sentence when one of these opens it, else its own clause: "tengo una resaca horrible, alguien tiene ibuprofeno?"
  // states the hangover and asks for the pill. Not "qué", "cuándo": folded they are "que", "cuando", which open statements
  // ("qué resaca, alguien tiene ibuprofeno?", "cuando bebo tequila, lloro, ¿a alguien más le pasa?"); nor "es", "hay", "está", the openers of a statement as often as of a question.
  questionStarts: [
    // "cómo" folds to "como", which also opens a statement ("como cada viernes, ..."), but before a "?" it asks: "cómo le digo a mi jefe que estoy enferma, sin que suene a mentira?".
    'cómo', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'dónde', 'adónde', 'alguien', 'alguno', 'alguna', 'algún', 'algun',
    'debería', 'deberíamos', 'debo', 'puedo', 'podría', 'podemos', 'será', 'sería', 'tú', 'vos', 'ustedes', 'vosotros', 'vosotras', 'usted',
    'sabes', 'sabéis', 'saben', 'sabías', 'conocen', 'conocéis', 'recomiendan', 'recomendáis', 'acaso', 'apoco',
  ],
  // The tags after a comma that ask the whole sentence: "me pido el día y me voy a la playa, ¿sí o no?", "..., ¿me paso?". Not "¿quién se
  // apunta?", "¿alguien viene?": an invitation after a plan said.
  questionTags: [
    ['no'], ['verdad'], ['o', 'no'], ['sí', 'o', 'no'], ['si', 'o', 'no'], ['vale'], ['eh'], ['cierto'], ['o', 'qué'], ['a', 'que', 'sí'], ['ok'],
    ['sí'], ['me', 'paso'], ['lo', 'hago'], ['qué', 'opinan'], ['qué', 'opináis'], ['qué', 'dicen'], ['qué', 'decís'], ['qué', 'hago'], ['es', 'mucho'],
    ['está', 'mal'], ['es', 'normal'], ['buena', 'idea'], ['mala', 'idea'], ['demasiado'], ['se', 'nota'], ['o', 'me', 'paso'], ['o', 'solo', 'yo'],
    ['o', 'qué', 'onda'], ['es', 'arriesgado'], ['es', 'muy', 'arriesgado'], ['es', 'peligroso'], ['es', 'muy', 'peligroso'], ['es', 'buena', 'idea'],
    ['es', 'mala', 'idea'], ['es', 'raro'], ['es', 'malo'], ['está', 'bien'], ['muy', 'loco'], ['es', 'muy', 'loco'], ['me', 'arriesgo'], ['lo', 'intento'], ['lo', 'hacemos'], ['me', 'animo'], ['nos', 'animamos'], ['sería', 'mucho'], ['muy', 'mal'], ['qué', 'piensan'], ['qué', 'pensáis'],
    // The same tags as chat spells them: "q" and "k" for "qué", "o q" for "¿o qué?", "vdd" for "verdad".
    ['q', 'opinan'], ['k', 'opinan'], ['q', 'hago'], ['k', 'hago'], ['q', 'dicen'], ['k', 'dicen'], ['q', 'piensan'], ['o', 'q'], ['o', 'k'], ['vdd'], ['o', 'nel'],
    // The opinion asked: "le digo a mi jefe que tengo fiebre, ¿no crees?". Not "¿va?", "¿dale?": they confirm a plan announced ("nos ponemos
    // bien pedos el sábado, ¿dale?" is the plan).
    ['no', 'crees'], ['no', 'creen'], ['no', 'creéis'], ['será'],
    ['sí', 'o', 'q'], ['si', 'o', 'q'], ['lo', 'hago', 'o', 'no'], ['me', 'animo', 'o', 'no'], ['qué', 'tan', 'mal', 'está'], ['q', 'tan', 'mal'],
  ],
  coordinators: ['y', 'e'],
  authorInPair: ['yo', 'nosotros', 'nosotras', 'conmigo'],
  authorPlural: ['nosotros', 'nosotras'],
  nameVerbs: ['se', 'está', 'estaba', 'es', 'fue', 'tiene', 'ha', 'dijo', 'bebió', 'acabó', 'llegó', 'salió', 'tenía', 'y', 'ya'],
  ownerAfter: ['para', 'de', 'del'],
  yearPrepositions: ['en', 'desde'],
  verbEnding: '(?:ado|ada|ido|ida|ando|iendo|aba|ia)$',
  firstPersonVerbs: {
    // The forms that say "I" (or "we") whatever they follow; not "como" (also "like"), "paso" (also "step"), "vino" (wine).
    forms: [
      'estoy', 'estuve', 'estaba', 'soy', 'fui', 'era', 'tengo', 'tuve', 'tenía', 'voy', 'hice', 'hago', 'puedo', 'pude', 'quiero', 'quise', 'necesito',
      'empiezo', 'empecé', 'vuelvo', 'volví', 'salgo', 'salí', 'llegué', 'acabé', 'sigo', 'seguí', 'debo', 'pagué',
      'gané', 'he', 'había', 'estamos', 'sé', 'vi', 'estuvimos', 'tenemos', 'tuvimos', 'vamos', 'fuimos', 'hemos', 'volvemos', 'salimos', 'empezamos',
      'quedé', 'dejé', 'operan', 'bebí', 'tomé', 'dormí', 'desperté', 'llamé', 'digo',
      // The irregular ones of a night out and of a state: "me puse bien peda en la boda de mi prima" is the author's night, not the cousin's.
      'puse', 'pongo', 'ando', 'traigo', 'amanecí',
      // The imperfect of going and walking, "I" or "he" as "estaba" is: read like it, so that "mi cuñado iba tan pedo en la boda" is the brother-in-law's
      // night (the subject before it), and "iba tan pedo que no me acuerdo" the author's.
      'iba', 'andaba',
    ],
    // As written, lower case: "-é", "-í" of the preterite ("tomé", "bebí", "llegué"), "-aba" would also be "he"; not counted.
    endings: [
      '^[a-zñáéíóúü]{2,}[éí]$', '^[a-zñáéíóúü]{2,}amos$', '^[a-zñáéíóúü]{2,}imos$', '^[a-zñáéíóúü]{2,}emos$',
      // The present forms whose preterite third person differs only by its accent ("dejo" I leave, "dejó" he left; "quedo", "quedó"):
      // "I" only as written without it, so that "mi vecino se fue y dejó la casa sola" is the neighbour's.
      '^(?:odio|quedo|dejo|mudo|opero|curro|trabajo|llevo|pago|cobro|gano|acabo)$',
    ],
    // Nouns and adverbs of those endings.
    except: [
      'café', 'bebé', 'puré', 'comité', 'olé', 'qué', 'porqué', 'aquí', 'allí', 'ahí', 'así', 'esquí', 'maní', 'rubí', 'jabalí', 'colibrí', 'frenesí',
      'primos', 'ramos', 'amos', 'ánimos', 'últimos', 'próximos', 'mínimos', 'máximos', 'íntimos', 'extremos', 'supremos', 'remos', 'memos', 'decimos',
      'racimos', 'préstamos', 'reclamos', 'tramos', 'mismos', 'años',
    ],
  },
  otherPersonVerbs: {
    // Not "fue": "it was" as often as "he went" ("ayer fue la despedida y tomamos como locos", "anoche fue terremoto tras terremoto" are the
    // author's nights); a subject named before it still says whose.
    // Not "estaba", "tenía": the first person as well ("estaba tan pedo que me caí"), and the subject is most often the author.
    forms: ['está', 'tiene', 'dijo', 'hizo', 'tuvo', 'estuvo', 'son', 'están', 'tienen', 'fueron', 'dicen'],
    // "se emborrachó", "bebieron", "llegaron": the third person of the preterite.
    endings: ['^[a-zñáéíóúü]{2,}ó$', '^[a-zñáéíóúü]{2,}aron$', '^[a-zñáéíóúü]{2,}ieron$'],
    except: ['corazón', 'dominó', 'rococó', 'bongó'],
  },
};
