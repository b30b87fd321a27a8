import type { CueEntry } from '../../src/core/cue-lists.js';
import type { OversharingCategory } from './oversharing.js';

/**
 * Spanish word list of the `oversharing` rule, beside the English one
 * (oversharing.ts). Each entry is a regex source (no capturing groups)
 * matched case-insensitively at word boundaries on the text with its
 * accents folded away: write "dialisis", "nacimiento", "direccion" (an
 * accent written here is folded too). The reading layer's Spanish cues
 * weigh every match (src/core/cue-lists.ts): "no tengo cáncer" is denied,
 * "si me operan" a condition, "mi perra empieza la quimio" someone else's.
 * The verbs are in the first person (Spanish leaves the subject out):
 * "me operan", "empiezo", "cobro".
 */

/** A Spanish entry of a category. */
export interface OversharingEntryEs extends CueEntry {
  category: OversharingCategory;
}

const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre)';
const DAY = '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}\\s+de\\s+${MONTH}\\s+(?:de|del)\\s+\\d{4})`;
/** An age as said: "30", "40 añazos", "treinta y cinco", "28 tacos". */
const AGE_SAID = '(?:\\d{2}|veinte|veinti\\w+|treinta(?: y \\w+)?|cuarenta(?: y \\w+)?|cincuenta(?: y \\w+)?|sesenta(?: y \\w+)?|setenta(?: y \\w+)?)(?:\\s+(?:anos|anitos|anazos|tacos|pirulos|primaveras|abriles))?';
const CHILD = '(?:hij[oa]s?|peques?|nin[oa]s?|nene|nena|cri[oa]s?|chiquit[oa]s?|mellizos|gemelos|pequen[oa]s?|hijit[oa]s?)';
const PARTNER = '(?:novio|novia|pareja|marido|mujer|esposo|esposa|chico|chica)';
const STREET = '(?:calle|c/|avenida|avda\\.?|av\\.?|plaza|pza\\.?|paseo|camino|ronda|travesia|carrer|glorieta|urbanizacion|urb\\.?|carrera|cra\\.?|diagonal|transversal|jiron|jr\\.?|pasaje|calzada|privada|cerrada|bulevar|boulevard|blvd\\.?|rambla)';
/** What leads to a street when it is said mid-sentence ("a Av. Corrientes 1234", ": Calle Tonalá 118"): the span then opens on a small word, not on the capitalised street name, which the reading would take for a title. */
const LEAD = '(?:(?:[a-z0-9]+\\s*[:,]|(?:[a-z]+\\s+)?(?:a|en|es|al|de|del|y)|\\p{Extended_Pictographic}\\ufe0f?)\\s*)?';
/** The words that make a street address in a post the author's home (anywhere in the post: "Av." ends a sentence). */
const OWN_HOME = '\\bvivo\\b|vivimos|ahi vivo|mi casa|nuestra casa|casa nueva|nueva casa|piso nuevo|nuevo piso|mi piso|mi depa|\\bdepa\\b|depto|departamento nuevo|mude|mudamos|mudanza|mandenme|mandadme|mandame|enviadme|envienme|venid|vengan|vengas|pasaos|pasen|inauguracion|los esperamos|os esperamos|estamos en|se aceptan visitas';
/** A public place named beside an address: a shop's, a museum's, not a home. */
const PUBLIC_PLACE = ['taqueria', 'restaurante', 'museo', 'tienda', 'bar\\b', 'cafe\\b', 'cafeteria', 'hotel', 'oficina', 'consultorio', 'clinica', 'teatro', 'cine', 'colegio electoral', 'pizzeria', 'libreria', 'abierto', 'abre'];
const AWAY_WORDS = ['vacaciones', 'vacas', 'viaje', 'viajecito', 'puente', 'finca', 'pueblo de', 'suegros', 'fuera de', 'nos fuimos', 'nos vamos', 'me fui', 'me voy', 'llaves?', 'cajetin', '✈', '🏖', '🌴', 'avion', 'semanitas', 'semanas en', '(?:nos|me)\\s+(?:piramos|piro|largamos|largo|vamos|voy|fuimos|fui|marchamos|marcho|escapamos|escapo)\\s+(?:a|al|pa|para|de)\\b', 'fuera', 'playa', 'pueblo', 'crucero', 'vuelo', 'aeropuerto', 'cancun', 'caribe', 'escapada', 'maletas?', 'mochiler[oa]s?', 'mochila', 'un mes por', 'semanas en', 'dias en', 'nadie en casa'];
const HOME = '(?:casa|piso|depa|depto|dpto|departamento|apartamento|apto|chalet|casita|hogar|finca|cabana)';
const JOB = '(?:trabajo|curro|empleo|empresa|oficina|chamba|chambita|laburo|pega|camello|jale|chamba)';
const BOSS = '(?:jefe|jefa|jefecito|jefecita|encargad[oa]|supervisor[a]?|manager|jefazo|gerente|patron|patrona|coordinador[a]?)';
const SCHOOL = '(?:colegio|cole|escuela|guarderia|instituto|ceip|ies|kinder|kinde|jardin de infancia|jardin de infantes|jardin|jardincito|escuela infantil|primaria|secundaria|preescolar|liceo|gimnasio|prepa)';
/** A school's name as written: its capital, or a number ("Escuela N° 12"). */
const SCHOOL_NAME = '(?:[Cc]olegio|[Cc]ole|[Ee]scuela|[Gg]uarderia|[Ii]nstituto|CEIP|IES|[Kk]inder|[Ii]nfancia|[Ii]nfantil|[Ii]nfantes|[Jj]ardin|[Pp]rimaria|[Ss]ecundaria|[Pp]reescolar|[Ll]iceo|Gimnasio|[Pp]repa)\\s+(?:(?:de|del|la|el|los|las)\\s+)?(?:\\p{Lu}|N[°ºo.]|\\d)';
const AWAY = `(?:${AWAY_WORDS.join('|')})`;
/** What a boss or a job is called when it is complained about. */
const INSULT = '(?:inutil|idiota|imbecil|gilipollas|pendej[oa]|cabron|cabrona|bolud[oa]|pelotud[oa]|forro|huevon|huevona|malparid[oa]|gonorrea|culer[oa]|mamon|mamona|negrer[oa]|explotador[a]?|amargad[oa]|estupid[oa]|subnormal|tarad[oa]|babos[oa]|mediocre|sinverguenza|ladron[a]?|psicopata|acosador[a]?|incompetente|insoportable|tiran[oa]|toxic[oa]|lo peor|un desastre|capull[oa]|impresentable|una pesadilla|un explotador|una explotadora|un cretino|una cretina|un payaso|una payasa|un cerdo|una bruja)';
/** Advice and warnings about a risk are not the risk: "nunca publiques tu tarjeta de embarque". */
const ADVICE = ['nunca publiques', 'no publiques', 'no subas', 'nunca subas', 'consejo', 'cuidado con', 'estafa', 'ladrones', 'policia'];
/** A cause, a campaign or research is no one's diagnosis: "la carrera contra el cáncer". */
const CAUSE = ['contra el', 'contra la', 'investigacion', 'carrera', 'marcha', 'dia mundial', 'dia internacional', 'concienciacion', 'fundacion', 'asociacion', 'campana', 'donaciones', 'lazo'];

export const OVERSHARING_ES: readonly OversharingEntryEs[] = [
  // travel: the home empty, and until when.
  { category: 'travel', match: `(?:la|el|nuestra|nuestro|mi)\\s+${HOME}(?:\\s+de\\s+[a-z]+)?\\s+(?:se queda\\s+|queda\\s+|quedo\\s+|se quedo\\s+|queda\\s+|quedara\\s+|estara\\s+|se quedara\\s+|va a estar\\s+|esta\\s+|estará\\s+)?(?:sol[oa]|solit[oa]|vaci[oa])\\b`, unless: ['me siento', 'se siente', 'sin (?:ti|los ninos|las ninas|mi|mis|el|ella|ellos|los peques)', 'desde que', 'triste'], base: 0.9 },
  { category: 'travel', match: 'nadie en casa hasta', base: 0.85 },
  { category: 'travel', match: '(?:nos vamos|me voy|me marcho|nos marchamos|nos piramos)\\s+(?:\\d+\\s+(?:dias|semanas)\\s+)?(?:a|de)\\s+[a-z ]{2,25}?\\s+(?:del \\d|desde el|hasta el|un mes|dos semanas|\\d+ dias|toda la semana|todo el mes)', base: 0.85 },
  { category: 'travel', match: `(?:\\d+|dos|tres|una|un|diez|quince)\\s+(?:semanas?|dias|mes|meses)\\s+(?:en|por)\\s+[a-z]+`, requires: [`a partir del?|desde el|hasta el|del \\d|${DAY}|vacio|sola`], base: 0.8 },
  { category: 'travel', match: '(?:la|las)\\s+llaves?\\s+(?:esta|estan)\\s+(?:debajo del felpudo|bajo el felpudo|en la maceta|debajo de la maceta)|(?:el )?codigo de la caja de (?:las )?llaves|mientras (?:estamos|estoy|estemos|este) fuera', base: 0.85 },
  { category: 'travel', match: '(?:toda la familia|todos)\\s+(?:en|de)\\s+(?:el\\s+|la\\s+)?[a-z]+(?:\\s+[a-z]+)?\\s+hasta', base: 0.85 },
  { category: 'travel', match: '(?:no hay|no habra|no queda|no va a haber) nadie en casa', base: 0.85, denied: 'keeps' },
  {
    category: 'travel',
    match: `(?:nos vamos|me voy|nos piramos|nos largamos|salimos|volamos|nos marchamos|estaremos|estare|estamos|estoy|toda la familia|todos)\\s+(?:de vacaciones|de viaje|fuera|al pueblo|a la playa|de crucero)(?:\\s+(?:hasta|toda|todo|desde|dos|tres|una|un|quince|diez|\\d+)\\b[\\w ]{0,24})?`,
    requires: [`hasta|toda la semana|todo el mes|todo agosto|semanas?|dias|quincena|mes\\b|${DAY}|${MONTH}|manana|\\d`],
    base: 0.85,
  },
  { category: 'travel', match: `(?:no\\s+)?(?:volvemos|vuelvo|regresamos|regreso|volveremos|volvere|regresaremos|regresare|llegamos de vuelta|estamos de vuelta|de vuelta)\\s+(?:hasta\\s+)?(?:el\\s+)?(?:dia\\s+)?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?)`, requiresInText: [AWAY], unless: ['a la rutina', 'al (?:trabajo|curro|cole|colegio|insti|laburo)', 'a (?:clase|currar|trabajar|la oficina)', 'se acab\\w*'], base: 0.8, denied: 'keeps' },
  // The spare key and where it is hidden, the key safe and its code: in any words.
  { category: 'travel', match: '(?:te|le|les|os) (?:dejo|deje|dejamos|dejare|dejaremos) (?:la|las) llaves? (?:en|debajo|bajo|con|dentro|detras)\\b', unless: [...ADVICE, 'nunca dejes', 'no dejes'], base: 0.85 },
  { category: 'travel', match: `(?:no (?:estamos|estoy|estaremos|estare|hay nadie|habra nadie|va a haber nadie)|nadie (?:en casa|estara))\\s+hasta\\s+(?:el\\s+|la\\s+)?(?:dia\\s+)?(?:${DAY}|\\d{1,2}|${MONTH}|fin de mes|la semana|el mes|septiembre|agosto)`, base: 0.85, denied: 'keeps' },
  { category: 'travel', match: '(?:candado|cajetin|caja de (?:las )?llaves|cerradura|puerta|portal|porton|reja)\\b[^.\\n]{0,25}?(?:clave|codigo|combinacion|pin)\\s+(?:es\\s+)?(?:del?\\s+)?:?\\s*\\d{3,6}', requires: ['puerta|portal|porton|casa|reja|entrada|entren|entrad|pasen|pasad|llaves?|cajetin'], unless: ['bici', 'bicicleta', 'taquilla', 'locker', 'maleta', 'gimnasio', 'wifi'], base: 0.85 },
  { category: 'travel', match: `(?:la\\s+)?${HOME}\\s+(?:vacia|vacio|sola|solo|sin nadie)\\b`, requiresInText: [`${AWAY}|hasta|\\d`], unless: ['me siento', 'se siente', 'sin (?:ti|los ninos|mi|mis)', 'desde que'], base: 0.8 },
  { category: 'travel', match: '(?:la\\s+|una\\s+)?(?:llave|llaves|copia de (?:la|las) llaves?)(?:\\s+de (?:repuesto|reserva|emergencia|sobra))?\\s+(?:esta|estan|queda|quedan|la dejo|las dejo|la deje|las deje|la dejamos|las dejamos|escondida|escondidas)\\s+(?:debajo|bajo|dentro|detras|encima|adentro|abajo)\\s+(?:de\\s+)?(?:la|el|los|las|del|un|una)?\\s*(?:felpudo|maceta|macetero|tapete|alfombra|piedra|buzon|contador|planta|tiesto|portal|puerta|escalon|matera)', unless: [...ADVICE, 'nunca dejes', 'no dejes', 'robaron', '(?:mi|la|el|su) vecin\\w*'], base: 0.85 },
  { category: 'travel', match: '(?:el\\s+)?(?:codigo|clave|combinacion|pin)\\s+(?:de la caja|del cajetin|de la cajita|del candado|de la caja fuerte de)(?:\\s+de\\s+(?:las\\s+|la\\s+)?llaves?)?(?:\\s+(?:es|:))?\\s*:?\\s*\\d{3,6}', base: 0.85 },
  { category: 'travel', match: `fuera de casa hasta (?:el\\s+)?(?:${DAY}|\\d{1,2}|final de mes|${MONTH})`, base: 0.85 },
  { category: 'travel', match: '(?:la|las|nuestra|nuestras) llaves? (?:debajo del felpudo|bajo el felpudo|en la maceta|(?:se la|se las) (?:dejamos|he dejado|dejo) a(?:l| la) vecin[oa])', unless: [...ADVICE, 'nunca dejes', 'no dejes', 'robaron', '(?:mi|la|el|su) vecin[oa] dej\\w*'], base: 0.9 },
  { category: 'travel', match: '(?:la vecina|el vecino) (?:tiene|guarda) (?:la|las|nuestra|nuestras) llaves?', requires: [AWAY], base: 0.85, about: 'anyone' },

  // booking: what lets a stranger find, change or cancel a trip.
  { category: 'booking', match: '(?:localizador(?: de (?:la )?reserva)?|(?:codigo|numero|referencia|n[º°o.]*) de (?:la |mi )?reserva(?:\\s+(?:de|del|en)\\s+(?:la\\s+|el\\s+)?\\w+)?|(?:codigo de )?confirmacion (?:de|del) (?:la )?(?:reserva|hotel|vuelo|airbnb|hostal)[^.\\n]{0,25}?)(?:\\s+(?:es|del vuelo))?\\s*:?\\s*(?=[a-z-]*\\d)[a-z0-9-]{5,12}', shape: ['[A-Z0-9][A-Z0-9-]{4,11}$'], base: 0.9 },
  // The boarding pass with what is on it, however it opens: "Tarjeta de embarque Iberia IB6843 ... asiento 31K", "pase de abordar".
  { category: 'booking', match: '(?:tarjetas?|pases?) de (?:embarque|abordar)\\b[^.\\n]{0,60}?(?:vuelo|asiento|puerta|localizador|\\b[a-z]{2}\\s?\\d{3,4}\\b)', unless: ADVICE, base: 0.85 },
  { category: 'booking', match: '(?:mi|el|nuestro)\\s+pase de abordar|boarding pass', unless: ADVICE, base: 0.85 },
  // An electronic ticket's number, however it is called.
  { category: 'booking', match: '(?:e-?ticket|etkt|billete electronico|boleto electronico|(?:numero|n[º°o.]*) de (?:billete|boleto|ticket|e-?ticket))\\s*(?:n[º°o.]*\\s*)?(?:es\\s*)?:?\\s*\\d[\\d -]{8,16}\\d', base: 0.85 },
  // A flight number with its seat is the trip itself, even asked about ("¿alguien más va en ese vuelo?").
  { category: 'booking', match: 'vuelo\\s+[a-z]{2}\\s?\\d{2,4}\\b[^.\\n]{0,40}?\\basientos?\\s+\\d{1,2}[a-f]\\b', shape: ['[A-Z]{2}\\s?\\d{2,4}\\b', '\\d[A-F]$'], base: 0.95 },
  { category: 'booking', match: 'n[º°o.]* de (?:entrada|ticket|reserva|localizador|pedido|confirmacion|billete|boleto)\\s*:?\\s*[\\d-]{6,}', base: 0.85 },
  { category: 'booking', match: '(?:mi|nuestra|las|nuestras|la) tarjetas? de embarque', unless: ADVICE, base: 0.85 },
  { category: 'booking', match: '(?:vuelo|el vuelo)\\s+[a-z]{2}\\s?\\d{3,4}', shape: ['[A-Z]{2}\\s?\\d{3,4}$'], base: 0.8 },
  { category: 'booking', match: 'asientos? \\d{1,2}[a-k]\\b', shape: ['\\d[A-K]$'], requires: ['vuelo|avion|embarque|fila'], base: 0.75 },
  { category: 'booking', match: '(?:habitacion|hab\\.?) (?:numero |n[o.] ?)?\\d{2,4}(?: del (?:hotel|parador|hostal))?', requires: ['hotel|parador|hostal|alojad[oa]s?|estamos en|estoy en'], base: 0.8 },

  // birthdate: a full date of birth.
  { category: 'birthdate', match: `naci (?:el )?${DATE}`, base: 0.9, about: 'self' },
  // "Nacida el 12/03/1936" after "Mi abuela cumple 90!": the family's date, in another sentence than its owner.
  { category: 'birthdate', match: `nacid[oa] (?:el )?${DATE}`, requiresInText: ['^(?![\\s\\S]*\\b(?:abuel[oa]s?|hij[oa]s?|niet[oa]s?|madre|padre|mama|papa|bebe|sobrin[oa]s?|herman[oa]s?|bienvenid[oa]|peque|nene|nena|ti[oa])\\b)[\\s\\S]*$'], base: 0.9, about: 'self' },
  // "Soy del 9/8/1990", "yo soy del 7 de enero del 91": where one is from in time.
  { category: 'birthdate', match: `(?:yo\\s+)?soy del?\\s+(?:${DATE}|\\d{1,2} de ${MONTH} (?:de|del) (?:\\d{4}|\\d{2}))`, base: 0.85, about: 'self' },
  { category: 'birthdate', match: `(?:el |este |ese )?\\d{1,2} de ${MONTH},?\\s+(?:cumplo|cumplire|voy a cumplir)\\s+(?:los\\s+)?${AGE_SAID}`, base: 0.8, about: 'self' },
  // "Mi cumple es el 4 de julio de 1990": a birthday with its year is the date of birth.
  { category: 'birthdate', match: `mi (?:cumple|cumpleanos|cumple anos)\\s+(?:es\\s+|fue\\s+)?(?:el\\s+)?${DATE}`, base: 0.85, about: 'self' },
  { category: 'birthdate', match: `(?:mi )?fecha de nacimiento(?: es|:)?\\s*:?\\s*${DATE}`, base: 0.9, about: 'self' },
  { category: 'birthdate', match: `(?:cumplo|cumplire|hago|voy a cumplir)\\s+(?:los\\s+)?${AGE_SAID}\\s*,?\\s+(?:el\\s+|este\\s+|ese\\s+|el proximo\\s+|este proximo\\s+)?(?:${DAY}\\s+)?\\d{1,2}\\s+de\\s+${MONTH}`, base: 0.8, about: 'self' },

  // child-school: where a child is, by name of the school, the class, the time.
  {
    category: 'child-school',
    match: `(?:mi|mis|nuestr[oa]s?)\\s+${CHILD}\\b[^.!?\\n]{0,60}\\b${SCHOOL}\\s+(?:(?:de|del|la|el|los|las|san|santa)\\s+)?[a-z]+`,
    shape: [SCHOOL_NAME],
    base: 0.9,
  },
  {
    category: 'child-school',
    // The span opens on the word before the school ("del Colegio San José"), not on its capitals, which the reading would take for a title.
    match: `(?:(?:en|al|del|de|a|la|el)\\s+(?:la\\s+|el\\s+)?)?${SCHOOL}\\s+(?:(?:de|del|la|el|los|las|san|santa|n[o°º.]*)\\s*)?[a-z0-9]+`,
    shape: [SCHOOL_NAME],
    // A child named at a named school is a child of the author's, unless the post says whose: "el hijo de mi vecina".
    about: 'anyone',
    unless: ['(?:hij[oa]s?|nin[oa]s?|peques?|nene|nena|chiquit[oa]s?) de (?:mi|mis|la|el|su|sus|tu|nuestr[oa])\\s+(?:amig|vecin|compa|prim|jef|cunad|novi)\\w*', 'amig[oa]s? de (?:mi|la|el)', 'alumn\\w*', 'sobrin\\w*', 'ahijad\\w*'],
    requires: ['primer dia|empiez\\w*|empez\\w*|entra\\w*|arranc\\w*|aula|sala\\b|curso|ya va|va (?:a la|al)|van (?:a la|al)|funcion|recital|festival|izada|acto|excursion|clase de \\d|grado|\\d\\s*[ºo°]?\\s*[a-d]\\b|\\d\\s*(?:er|do|ro|to|vo|no)\\b|\\beso\\b|primaria|infantil|transicion|sala de \\d|salon|grupo|turno|(?:primero|segundo|tercero|cuarto|quinto|sexto) (?:a|b|c|de)\\b|recogiendo|recoger|recojo|hij[oa]|peque|nin[oa]|nene|nena|orgullos[oa]|mi \\p{Lu}'],
    base: 0.8,
  },
  {
    category: 'child-school',
    match: `(?:mi|nuestr[oa])\\s+${CHILD}\\b[^.!?\\n]{0,30}?\\b(?:en|a)\\s+(?:\\d\\s*[ºo°]|primero|segundo|tercero|cuarto|quinto|sexto)\\s*(?:[a-d]\\b|de primaria|de infantil|de la eso)`,
    base: 0.8,
  },
  { category: 'child-school', match: `(?:recojo|recogemos|dejo|dejamos|llevo|llevamos)\\s+a\\s+(?:la nina|el nino|los ninos|las ninas|la peque|el peque|los peques|mi ${CHILD}|mis ${CHILD})\\b[^.!?\\n]{0,30}?\\ba las \\d{1,2}(?::\\d\\d)?[^.!?\\n]{0,20}?(?:colegio|cole|escuela|guarderia)\\s+[a-z]+`, shape: [SCHOOL_NAME], base: 0.85 },

  // home-address: the author's own street and number.
  { category: 'home-address', match: `(?:vivo|vivimos|mi casa (?:esta|es)|mi piso (?:esta|es)|nuestra casa (?:esta|es)|nuestro piso (?:esta|es)|me he mudado|nos hemos mudado|me mude|nos mudamos|me mudo|nos mudamos)\\s+(?:a|en)\\s+(?:la\\s+|el\\s+)?${STREET}\\s+[^,.\\n]{2,40}?,?\\s*(?:n[o.]?\\s*)?\\d{1,4}`, base: 0.9, about: 'self' },
  { category: 'home-address', match: '(?:mi|nuestra|nueva|la nueva) direccion\\b[^.\\n]{0,60}?\\d{1,4}', base: 0.9, about: 'self' },
  { category: 'home-address', match: `${LEAD}${STREET}\\s+[^,.\\n]{1,40}?\\s(?:#\\s*)?\\d{1,4}(?:\\s*-\\s*\\d{1,3})?,?\\s*(?:\\d+\\s*[ºo°]|int\\.?|interior|piso|puerta|bajo|esc\\.?|apto|apartamento|depto|dpto|torre|col\\.?|colonia|\\d{5})`, requiresInText: [OWN_HOME], unless: PUBLIC_PLACE, base: 0.8, about: 'self' },
  // A home told by where it stands, without a number: "mi casa es la azul de la esquina de Insurgentes", "vivo justo encima de la farmacia de la plaza".
  { category: 'home-address', match: '(?:vivo|vivimos|mi casa (?:es|esta|queda)|nuestra casa (?:es|esta|queda)|mi piso (?:es|esta|queda)|mi depa (?:es|esta|queda)|mi departamento (?:es|esta|queda))\\b[^.!?\\n]{0,40}?\\b(?:de la esquina|en la esquina|la esquina|esquina con|enfrente de|enfrente del|frente a|frente al|justo encima|encima de|encima del|debajo de|debajo del|arriba de|arriba del|al lado de|al lado del|junto a|junto al|detras de|detras del|pegad[oa] a)\\s+(?:de\\s+)?(?:la|el|los|las|del)?\\s*(?:farmacia|iglesia|plaza|parque|colegio|escuela|mercado|super|supermercado|panaderia|bar|estacion|metro|gasolinera|ayuntamiento|tienda|oxxo|mercadona|kiosco|quiosco|\\p{Lu}\\p{L}*)', shape: ['(?:farmacia|iglesia|plaza|parque|colegio|escuela|mercado|super|panaderia|bar|estacion|metro|gasolinera|ayuntamiento|tienda|oxxo|mercadona|kiosco|quiosco|\\p{Lu}\\p{Ll})\\p{L}*$'], base: 0.8, about: 'self' },
  { category: 'home-address', match: '(?:mi|nuestra) casa(?:\\s+(?:es|queda))?\\s*:?\\s*la (?:azul|verde|roja|amarilla|blanca|gris|rosa|rosada|naranja|morada|celeste|beige)\\b[^.!?\\n]{0,40}?\\b(?:esquina|porton|reja|puerta|balcon|frente)', base: 0.8, about: 'self' },
  { category: 'home-address', match: `(?:vivo|vivimos) en el (?:numero )?\\d{1,4} de la ${STREET}\\s+\\w+`, base: 0.9, about: 'self' },

  // health: a diagnosis, a treatment, a test, a medicine.
  { category: 'health', match: '(?:quimio|quimioterapia|radioterapia|dialisis|biopsia|resonancia magnetica|mamografia|colonoscopia|antidepresivos?|ansioliticos?|sertralina|fluoxetina|lorazepam|diazepam|insulina|psiquiatra|metadona)', unless: [...CAUSE, '(?:quimio|quimioterapia|radioterapia|dialisis|biopsia|insulina) (?:de|del) (?:la|el|mi|su|tu) (?:vecin|amig|compa|jef|perr|gat|prim|cunad)\\w*'], base: 0.85 },
  { category: 'health', match: '(?:cancer|tumor|leucemia|diabetes|epilepsia|endometriosis|fibromialgia|depresion|ansiedad generalizada|trastorno (?:de ansiedad|obsesivo|depresivo|de estres|limite|del espectro autista)|hipotiroidismo|hipertiroidismo|celiaquia|artritis reumatoide|ovarios? poliquisticos?|menisco roto|esclerosis multiple|lupus|tdah|trastorno bipolar|trastorno alimentario|anorexia|bulimia|hernia discal|ictus|infarto|aborto espontaneo|un aborto|fecundacion in vitro|ataques? de panico|ataques? de ansiedad|crisis de ansiedad)', unless: [...CAUSE, 'depresion tropical', 'depresion aislada', 'dana', 'borrasca'], base: 0.85 },
  { category: 'health', match: 'me (?:han diagnosticado|diagnosticaron|detectaron|han detectado|operan|operaron|van a operar|han operado|ingresan|ingresaron|han ingresado|han dado el alta|quitan el tumor)|bypass', base: 0.9 },
  // "le operan", "les diagnosticaron": the family's only when the family is named; "A Toby le han operado" is the dog's.
  { category: 'health', match: '(?:le|les) (?:han diagnosticado|diagnosticaron|detectaron|operan|operaron|van a operar|han operado|ingresan|ingresaron|han ingresado|quitan el tumor)', requires: ['\\b(?:mi|mis|nuestr[oa]s?)\\s+(?:madre|padre|mama|papa|viej[oa]|abuel[oa]s?|herman[oa]s?|hij[oa]s?|marido|mujer|esposo|esposa|novi[oa]|pareja|suegr[oa]|ti[oa]|bebe|peque|nene|nena|padres)\\b'], unless: ['perr[oa]', 'perrit[oa]', 'gat[oa]', 'gatit[oa]', 'mascota', 'veterinari\\w*', '🐶', '🐱', '🐕', '🐈'], base: 0.9 },
  // Surgery told by what was taken out or put in: "me quitaron un quiste del ovario", "me pusieron un marcapasos".
  { category: 'health', match: '(?:me|nos) (?:quitaron|han quitado|sacaron|han sacado|extirparon|han extirpado|van a quitar|van a sacar|van a extirpar|pusieron|han puesto|van a poner|implantaron)\\s+(?:un|una|el|la|los|las)?\\s*(?:quiste|quistes|tumor|bulto|nodulo|vesicula|apendice|utero|matriz|ovario|pecho|mama|rinon|tiroides|marcapasos|stent|protesis|un diu|diu|sonda|puntos|clavos|placa|cateter|reservorio)', base: 0.85 },
  { category: 'health', match: '(?:neumonia|meningitis|apendicitis|hepatitis|tuberculosis|trombosis|embolia|pancreatitis|peritonitis|sepsis|cirrosis|insuficiencia (?:renal|cardiaca)|arritmia|covid persistente|long covid|esclerosis|parkinson|alzheimer|ela\\b|vih|linfoma|melanoma|quiste|nodulo|marcapasos|antibioticos? (?:intravenosos?|por vena)|transfusion|anticoagulantes|corticoides|litio|quetiapina|escitalopram|pregabalina|tramadol|morfina|metotrexato|levotiroxina|metformina)', requires: ['\\b(?:me|mi|mis|tengo|tenia|tuve|estoy|llevo|salgo|sali|con|ingresad[oa])\\b'], unless: CAUSE, base: 0.8 },
  // What a clinician told the author: "la psicóloga me dijo q tengo ansiedad".
  { category: 'health', match: '(?:el|la|mi)\\s+(?:medico|medica|doctor|doctora|psicologo|psicologa|psiquiatra|neurologo|neurologa|cardiologo|cardiologa|oncologo|oncologa|ginecologo|ginecologa|endocrino|endocrina|traumatologo|traumatologa|terapeuta)\\s+(?:me\\s+)?(?:dijo|ha dicho|confirmo|ha confirmado|diagnostico|dice)\\s+(?:que|q)\\s+(?:tengo|tenia|sufro|padezco|es)\\s+\\w+', base: 0.85, about: 'self' },
  { category: 'health', match: '(?:estoy|sigo|llevo|estuve)\\s+(?:ingresad[oa]|en el hospital|en urgencias|de baja medica|de baja por (?:depresion|ansiedad|la espalda|estres))', base: 0.85 },
  { category: 'health', match: '(?:voy|vuelvo|empiezo|empece)\\s+(?:a\\s+|al\\s+)?(?:terapia|psicologo|psicologa|psiquiatra|rehabilitacion|fisio)', base: 0.8 },
  { category: 'health', match: '(?:tengo|me han hecho|me hacen|me hicieron)\\s+(?:una\\s+)?(?:analitica|resonancia|ecografia|biopsia|prueba de \\w+)', base: 0.8 },
  { category: 'health', match: 'estoy embarazada|(?:mi|la) prueba de embarazo', base: 0.8, about: 'self' },

  // money: trouble, debt, the pay itself.
  { category: 'money', match: 'no (?:llego|llegamos) a fin de mes', base: 0.9, denied: 'keeps' },
  { category: 'money', match: '(?:estoy|estamos|ando|andamos|voy)\\s+(?:sin un duro|sin blanca|sin pasta|sin un peso|pelad[oa]s?|ties[oa]s?|en numeros rojos|en la ruina|arruinad[oa]s?|endeudad[oa]s?|hasta arriba de deudas)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: '(?:mi|el) (?:sueldo|salario|nomina)(?: neto| bruto)?\\s+(?:es de|es|son|de|a)\\s+\\d[\\d.,]*\\s*(?:k|mil|euros|eur|€|pesos|dolares)?', base: 0.9, about: 'self' },
  { category: 'money', match: '(?:cobro|gano|me pagan|cobramos|ganamos)\\s+(?:solo\\s+|apenas\\s+|menos de\\s+|mas de\\s+|unos\\s+|unas\\s+)?\\d[\\d.,]*\\s*(?:k|mil|euros|eur|€|pesos|dolares|lucas|palos|soles|mangos|pavos|quetzales|bolivares|\\$)?(?:\\s+(?:al mes|al ano|brutos|netos|la hora|por hora|a la semana|la quincena|por quincena))?', requires: ['\\d[\\d.,]*\\s*(?:k|mil|euros|eur|€|pesos|dolares|lucas|palos|soles|mangos|pavos|quetzales|bolivares|\\$)|al mes|al ano|la hora|por hora|brutos|netos|a la semana|quincena'], base: 0.85, about: 'self' },
  { category: 'money', match: '(?:numeros rojos|descubierto en la cuenta|me han rechazado la tarjeta|tarjeta rechazada|me embargan|me han embargado|(?:le |les )?debo \\d[\\d.,]*\\s*(?:k|mil|euros|€)?|\\d[\\d.,]*\\s*(?:euros|€|mil) de deuda|(?:mi|la) deuda de \\d)', base: 0.85, about: 'self' },
  { category: 'money', match: 'no me (?:pagan|han pagado) (?:desde|hace|el sueldo|la nomina)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: 'debo el doble|(?:pedi|he pedido|pedimos) un (?:prestamo|credito|minicredito)|prestamo rapido|minicreditos?|desahucio|(?:me|nos) desahucian|me quedan \\d+ (?:euros|pesos|€|dolares|soles|pavos)|sin un (?:mango|duro|peso|centimo)|hasta que cobre|hasta la quincena', base: 0.85, denied: 'keeps' },
  // The rent or the bills that cannot be paid: "no sé cómo lo vamos a pagar", "no puedo pagar el alquiler".
  { category: 'money', match: 'no (?:se|sabemos) (?:como|de donde|con que) (?:lo |la |los |las )?(?:vamos a|voy a|vamos a poder|voy a poder|podemos|puedo) pagar(?:lo|la|los|las)?|no (?:puedo|podemos|pude|pudimos) pagar (?:el alquiler|la renta|el arriendo|la hipoteca|la luz|las facturas|las deudas|la tarjeta|el credito|la cuota)', requiresInText: ['alquiler|renta|arriendo|hipoteca|facturas|deudas?|tarjeta|credito|cuota|luz|despid\\w*|echaron|paro|sin trabajo|sin chamba|sin laburo'], base: 0.85, denied: 'keeps' },
  // Evicted, owing the rent, on the credit blacklist, the wage seized: "el casero nos echa", "debemos el alquiler", "estoy en el buró de crédito", "me embargaron el sueldo".
  { category: 'money', match: '(?:el casero|la casera|el dueno|la duena|el propietario|la propietaria|el arrendador)\\s+(?:nos|me)\\s+(?:echa|va a echar|quiere echar|echo|desaloja|va a desalojar)|(?:nos|me) (?:echan|van a echar|desalojan|van a desalojar|desalojaron) (?:del piso|de casa|del depa|del depto|del departamento|de la casa|del cuarto)|deb(?:o|emos)\\s+(?:el|la|los|las|\\d+ meses de|varios meses de|dos meses de|tres meses de|meses de)\\s+(?:alquiler|alquileres|renta|rentas|arriendo|luz|agua|hipoteca|colegiatura|expensas)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: '(?:estoy|estamos|sali|aparezco|me metieron|me pusieron|me reportaron)\\s+(?:en|al)\\s+(?:el\\s+)?(?:buro de credito|buro|datacredito|veraz|asnef|dicom|infocorp|lista de morosos|fichero de morosos|registro de morosos)|me (?:embargaron|embargan|han embargado|van a embargar)|(?:una|mi|la) deuda de (?:mas de )?\\d|(?:gano|cobro|me pagan|cobramos)\\s+(?:el\\s+)?(?:salario|sueldo) minimo', base: 0.85, denied: 'keeps' },
  { category: 'money', match: 'no (?:me|nos) alcanza(?:\\s+(?:el sueldo|la plata|el dinero|la lana|la guita|lo que gano|lo que cobro))?\\s+(?:ni\\s+)?(?:para|pa)\\s+(?:vivir|nada|comer|llegar|los ninos|mis hijos)', base: 0.85, denied: 'keeps' },
  // Cards maxed out, short of the rent: "las tarjetas al tope", "me faltan 20 lucas para el alquiler", "no me alcanza pa la renta".
  { category: 'money', match: '(?:tarjetas?|tdc)\\s+(?:de credito\\s+)?(?:al tope|al limite|topadas?|reventadas?|hasta el tope|en rojo)|(?:me|nos) (?:faltan|falta)\\s+(?:\\d[\\d.,]*\\s*(?:k|mil|lucas|palos|euros|pesos|dolares|€|\\$)?|plata|dinero|pasta|lana|guita)\\s+(?:para|pa)\\s+(?:el alquiler|la renta|el arriendo|la hipoteca|pagar)|no (?:me|nos) (?:alcanza|alcanzo|llega|da)\\s+(?:ni\\s+)?(?:para|pa)\\s+(?:el alquiler|la renta|el arriendo|la hipoteca|la comida|comer|el super|los pasajes)', base: 0.92, denied: 'keeps' },
  // (0.92: the trouble is often told with the ask for a loan in the same sentence, "alguien presta?", which the reading takes for a question.)

  // relationship: separations, infidelity, custody.
  { category: 'relationship', match: 'nos (?:estamos divorciando|divorciamos|vamos a divorciar|separamos|estamos separando|hemos separado|hemos divorciado)', base: 0.9 },
  { category: 'relationship', match: 'me (?:estoy divorciando|divorcio|separo|he separado|voy a divorciar)', unless: ['movil', 'telefono', 'cargador', 'dieta', 'gimnasio', 'azucar', 'redes', 'me (?:estoy divorciando|divorcio|separo|voy a divorciar)\\s+(?:oficialmente\\s+|ya\\s+)?(?:de|del)\\s+(?!(?:mi|mis|nuestr[oa])\\s+(?:marido|mujer|esposo|esposa|pareja|novi[oa]|ex)\\b)\\p{L}+'], base: 0.85 },
  // Left for someone else, and leaving: "mi marido se fue con otra", "me separé de Javi", "terminé con mi novio".
  { category: 'relationship', match: `(?:mi\\s+)?${PARTNER}\\s+(?:se (?:fue|ha ido|largo|marcho|piro)|me (?:dejo|cambio|ha cambiado))\\s+(?:con|por)\\s+(?:otra|otro|una|un|su ex|su secretaria|su jefa|su jefe|mi mejor amig[oa]|mi prima|mi hermana|mi amiga)`, base: 0.9, about: 'anyone' },
  { category: 'relationship', match: `me (?:divorcie|he divorciado|separe|he separado|acabo de separar|acabo de divorciar)(?:\\s+de\\s+(?:mi\\s+)?(?:${PARTNER}|\\w+))?`, shape: ['(?:divorci\\w+|separ\\w+)(?:$|\\s+de\\s+(?:mi\\s+)?(?:novi[oa]|pareja|marido|mujer|esposo|esposa|chic[oa]|\\p{Lu}))'], unless: ['separe de (?:mis|los|la|el) (?:amig|grupo|excursion|compa)\\w*'], base: 0.85 },
  { category: 'relationship', match: `(?:termine|he terminado|corte|he cortado|rompi|he roto|lo deje|la deje|lo he dejado|la he dejado)\\s+con\\s+(?:mi\\s+)?${PARTNER}|(?:estamos|estoy|ando|andamos)\\s+(?:en\\s+)?(?:pleno\\s+)?(?:tramites?|proceso|papeleo)\\s+de(?:l)?\\s+divorcio|(?:mi|nuestro) (?:proceso|tramite|abogad[oa]) de(?:l)? divorcio|(?:estamos|estoy) divorciandonos|en pleno divorcio`, base: 0.85 },
  { category: 'relationship', match: '(?:terminamos|cortamos|rompimos|nos dejamos|lo dejamos)\\s+(?:despues de|tras|hace|ayer|hoy|esta semana|definitivamente|para siempre)', requires: ['novi[oa]|pareja|relacion|💔|\\bex\\b|anos juntos|amor|\\d+ anos'], base: 0.85 },
  // Left by a partner, the subject left out: "me dejó por whatsapp", "me terminó después de 3 años", "me botó por otra".
  { category: 'relationship', match: 'me (?:dejo|ha dejado|termino|ha terminado|corto|boto|mando a volar|cambio)\\s+(?:por (?:whatsapp|wasap|wsp|mensaje|un mensaje|sms|telefono|audio|un audio|otra|otro|una|un|su ex)|despues de \\d+|tras \\d+|(?:mi|el|la) (?:novio|novia|pareja|marido|esposo|esposa|mujer))', base: 0.85 },
  // Cheated on, in every tense and region: "me ponía los cuernos", "me metía los cuernos", "me era infiel", "me engañaba".
  { category: 'relationship', match: 'me\\s+(?:pon\\w*|pus\\w*|met\\w*|estaba poniendo|estaba metiendo|ha puesto|ha metido)\\s+(?:los\\s+)?(?:cuernos|cachos|gorro)|me (?:era|fue|ha sido|estaba siendo|es) infiel|me (?:enganaba|estaba enganando|engano con|ha enganado con)', base: 0.9 },
  { category: 'relationship', match: `(?:mi )?${PARTNER} me (?:ha dejado|dejo|deja|engana|engano|ha enganado|pone los cuernos|puso los cuernos|ha puesto los cuernos|ha pedido el divorcio|pidio el divorcio)`, unless: ['movil', 'telefono', 'cargador'], base: 0.9, about: 'anyone' },
  { category: 'relationship', match: 'me (?:puso|pone|ha puesto|han puesto|pusieron) los cuernos', base: 0.9 },
  { category: 'relationship', match: '(?:la|x la|por la) custodia|mi ex (?:me sigue|me escribe|me llama|me acosa)|solter[oa] (?:otra vez|de nuevo)|cortamos(?=\\s*[.!])', base: 0.8, about: 'anyone' },
  // What the ex withholds is said with a "no": "mi ex no me deja ver a los niños".
  { category: 'relationship', match: 'mi ex (?:no me deja|no (?:me )?paga|no (?:me )?pasa (?:la )?(?:pension|cuota|manutencion)|no quiere firmar)', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'relationship', match: `(?:lo hemos dejado|hemos roto|he roto con (?:mi )?${PARTNER}|(?:los |mis )?papeles del divorcio|mi divorcio|(?:firmamos|firme|firmo|pedi|pido|tramitamos|tramito|empezamos|empece) el divorcio|la custodia de (?:mis|los|nuestros) ${CHILD})`, unless: ['pelicula', 'serie', 'libro', 'plantas?', 'gimnasio', 'movil', 'dieta', 'tabaco', 'azucar'], base: 0.85 },

  // confidential: work not yet public.
  { category: 'confidential', match: '(?:esto es confidencial|informacion confidencial|bajo (?:nda|acuerdo de confidencialidad)|aun no es oficial|todavia no es oficial|antes de que (?:se anuncie|lo anuncien|salga en prensa|sea oficial))', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:van a despedir a|vamos a despedir a|habra un ere|va a haber un ere|preparan un ere|se viene (?:un )?ere|van a cerrar (?:la|nuestra|nuestro|el|esta|este|mi) (?:oficina|planta|sede|fabrica|tienda|sucursal|local|delegacion|area|departamento)|nos va a comprar|nos van a comprar|nos compra una|nos compra un|la fusion con|nos fusionamos con|nos vamos a fusionar|van a (?:echar|correr|liquidar|recortar) a|se cancela el proyecto|cancelan el proyecto)', base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:firme|he firmado|firmamos) un (?:nda|acuerdo de confidencialidad)|todavia no lo sabe(?:n)?|nadie lo sabe (?:aun|todavia)|(?:todavia|aun) no (?:le |les |se lo )?(?:dicen|han dicho|dijeron|contaron|han contado|avisan|han avisado|anuncian|han anunciado) (?:nada )?(?:al equipo|a la plantilla|a los empleados|a nadie|a la gente)|presentamos (?:manana|el \\w+) al consejo', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:cierran|van a cerrar|cerraran|anuncian el cierre de|el cierre de) (?:la|el|nuestra|nuestro) (?:sucursal|oficina|planta|sede|fabrica|tienda|local|delegacion)', requires: ['me entere|shh+|secreto|no se sabe|todavia|aun no|antes de|🤐|🤫'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:los )?resultados (?:trimestrales|del trimestre) (?:salen|son|van a ser)', requires: ['antes|todavia|aun|secreto|filtr\\w*'], base: 0.8, about: 'anyone' },
  // The figures before they are published: "las cifras del trimestre están un 20% por debajo y el directorio todavía no lo publicó".
  { category: 'confidential', match: '(?:las |los )?(?:cifras|resultados|numeros|ventas|facturacion)\\s+(?:del trimestre|de este trimestre|trimestrales|del q[1-4]|del ano|anuales|del mes)\\b[^.\\n]{0,40}?(?:por debajo|por encima|caen|cayeron|bajaron|se desploman|\\d+\\s?%)', requires: ['todavia|aun no|antes de|no (?:lo )?(?:publico|han publicado|saben?|anuncio|han anunciado)|secreto|filtr\\w*|se viene'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // Secrecy said outright, next to work news: "No lo puedo decir todavía, pero van a cerrar...".
  { category: 'confidential', match: 'no (?:lo )?(?:puedo|podemos|deberia) (?:decir|contar)(?:lo)?(?: nada)? (?:todavia|aun)|no (?:se lo )?(?:digais|digas|digan|conteis|cuentes|cuenten) (?:a nadie|nada)|(?:todavia |aun )?no se puede (?:contar|decir)(?: nada)?(?: todavia| aun)?|(?:todavia|aun) es (?:un )?secreto|es secreto todavia|no deberia (?:contar|decir) esto|(?:esto|lo) (?:no lo sabe nadie|es secreto)|me lo contaron en secreto', requiresInText: [`${JOB}|equipo|plantilla|departamento|despid\\w*|despedir|cerrar|cierr\\w*|fusion\\w*|nos compra\\w*|clientes?|cuenta de|recortes?|ere|proyecto`], base: 0.85, about: 'anyone', denied: 'keeps' },
  // Work news the people it concerns do not know: "despiden a todo el equipo y ellos no saben nada", "shhh pero el director se va".
  { category: 'confidential', match: '(?:ellos|ellas|nadie|el equipo|la plantilla|los empleados|la gente)?\\s*no (?:lo )?(?:saben|sabe) (?:nada|todavia|aun)|nadie (?:del equipo |de la oficina |de la empresa )?lo sabe', requiresInText: ['despid\\w*|despedir|echar a|cierr\\w*|cerrar|fusion\\w*|recortes?|ere\\b|se va\\b|renuncia|contrato|cliente|cuenta de'], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:el|la|nuestro|nuestra|mi)\\s+(?:director|directora|ceo|gerente|jefe|jefa|presidente|presidenta|dueno|duena|fundador|fundadora|socio)\\s+(?:se va|se marcha|deja la empresa|renuncia|dimite|se jubila|vende la empresa)|(?:lo|la) (?:echan|van a echar|despiden|van a despedir)', requires: ['shh+|🤫|🤐|secreto|todavia|aun no|nadie (?:lo )?sabe|no se sabe|entre nosotros|no digan|no digais|no (?:lo )?sabe'], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:manana|el lunes|el viernes|la semana que viene|el mes que viene|pronto)\\s+(?:despiden|echan|cierran|recortan|anuncian)\\s+(?:a|el|la|los|las)\\b', requires: ['no saben|no lo saben|nadie (?:lo )?sabe|todavia|aun no|secreto|🤐|🤫|shh+'], base: 0.8, about: 'anyone', denied: 'keeps' },
  // A client or contract lost before the team is told: "perdimos la cuenta de Bimbo".
  { category: 'confidential', match: '(?:perdimos|hemos perdido|perdemos|vamos a perder|nos quitaron|nos han quitado)\\s+(?:la cuenta|el cliente|al cliente|el contrato|la licitacion)\\s+(?:de|con)\\s+\\w+', shape: ['(?:de|con)\\s+\\p{Lu}'], base: 0.8, about: 'anyone' },

  // badge-id: an ID shown.
  { category: 'badge-id', match: '(?:mi|el nuevo|mi nuevo|foto (?:de|del) mi)\\s+(?:dni|pasaporte|nie|carne de conducir|carnet de conducir|permiso de conduc(?:ir|cion)|licencia de conducir|tarjeta de empleado|tarjeta identificativa|tarjeta de acceso|acreditacion|tarjeta sanitaria|tarjeta de identificacion|credencial|pase de empleado|ine|cedula|gafete|carnet de identidad|carnet del trabajo|carnet de la empresa|tarjeta de residencia|green card|licencia(?! de (?:maternidad|paternidad|medica|por|sin))|carne|carnet)', unless: [...ADVICE, 'olvide', 'perdi', 'se me olvido', 'caducad\\w*', 'robaron', 'visitante'], base: 0.85, about: 'self' },
  { category: 'badge-id', match: '(?:pasaporte|dni|carnet|carne|permiso de conduccion|licencia de conducir|licencia de manejo|tarjeta identificativa|tarjeta de empleado|credencial|cedula|gafete|ine|nie|tarjeta de residencia)\\b[^.\\n]{0,40}?(?:con (?:la |mi |su )?(?:foto|nombre|los datos|fecha de nacimiento)|abierto por la pagina|por (?:ambos|los dos) lados|por delante)', unless: ADVICE, base: 0.85, about: 'self' },
  // The ID's photo judged is the ID shown: "tengo el DNI renovado, salgo fatal".
  { category: 'badge-id', match: '(?:dni|pasaporte|cedula|carnet|carne|licencia|gafete|credencial|ine)\\b[^.\\n]{0,40}?\\b(?:salgo|sali|sale)\\s+(?:fatal|horrible|fe[oa]|guap[oa]|bien|mal|con cara|como|de)', unless: [...ADVICE, 'perdi', 'robaron', 'olvide'], base: 0.8, about: 'self' },
  { category: 'badge-id', match: 'numero de (?:dni|pasaporte|nie|la seguridad social)', base: 0.4, about: 'self' },

  // boss-complaint: the boss or the job, run down in public.
  { category: 'boss-complaint', match: `(?:mi|el|la)\\s+(?:jefe|jefa|encargad[oa]|supervisor[a]?|manager|jefazo)\\s+(?:es|sigue siendo|me parece)\\s+(?:un[a]?\\s+)?${INSULT}`, base: 0.9, about: 'anyone' },
  { category: 'boss-complaint', match: `(?:odio|detesto|aborrezco|estoy hart[oa] de|estoy quemad[oa] (?:en|con|de)|no aguanto|no soporto|ya no aguanto|no aguanto mas)\\s+(?:mi|este|esta|el|la|a mi)\\s+(?:${JOB}|${BOSS})`, base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: `${BOSS}\\s+(?:(?:nomas|solo|siempre|no para de|no deja de|se la pasa|se la pasa todo el dia)\\s+)?(?:me\\s+(?:volvio a\\s+|vuelve a\\s+|ha vuelto a\\s+)?(?:grita|grito|gritar|humilla|humillo|humillar|trata fatal|explota|trata como (?:basura|un perro|una mierda|un esclavo|una esclava|la mierda)|trata mal|trata de la peor|ningunea|acosa|amenaza|insulta|putea|regana|humilla)|(?:grita|gritando|humillando)\\b|se (?:lleva|llevo|apunta|apunto) el merito)|que asco de ${JOB}|(?:en )?esta empresa te tratan como|(?:esta|mi|la) empresa (?:nos )?(?:explota|explota a|paga una miseria|nos paga una miseria|nos trata como)`, base: 0.85, about: 'anyone' },
  // The boss insulted before the word: "el pelotudo de mi jefe", "la bruja de mi jefa".
  { category: 'boss-complaint', match: `(?:el|la|ese|esa|este|esta)\\s+(?:pelotud[oa]|bolud[oa]|idiota|imbecil|gilipollas|capull[oa]|pendej[oa]|cabron|cabrona|huevon|huevona|hijueputa|malparid[oa]|tarad[oa]|inutil|payas[oa]|bruja|cerd[oa]|tiran[oa]|mamon|mamona|culer[oa]|forro|gonorrea|negrer[oa]|explotador[a]?|amargad[oa]|estupid[oa]|subnormal)\\s+de\\s+(?:mi|el|la)\\s+${BOSS}`, base: 0.9, about: 'anyone' },
  // Fed up with the job, the regional ways: "la chamba me tiene hasta la madre", "qué hartazgo de chamba", "estoy podrido del laburo".
  { category: 'boss-complaint', match: `(?:(?:mi|el|la|este|esta)\\s+${JOB}\\s+me tiene\\s+(?:hasta la madre|hasta el gorro|hasta las narices|hasta el culo|hasta la coronilla|harto|harta|podrido|podrida|frito|frita|quemado|quemada|reventado|reventada)|(?:que\\s+)?hartazgo de(?:\\s+(?:mi|este|esta|la|el))?\\s+${JOB}|(?:estoy|ando|vivo)\\s+(?:hasta la madre|hasta el gorro|hasta las narices|hasta la coronilla|hasta el culo|hart[oa]|podrid[oa]|frit[oa]|reventad[oa])\\s+(?:de|del|con)\\s+(?:(?:mi|este|esta|la|el)\\s+)?(?:${JOB}|${BOSS})|me tiene(?:n)?\\s+(?:hasta la madre|hasta el gorro|hasta las narices|hasta la coronilla|harto|harta|podrido|podrida|frito|frita|quemado|quemada)\\s+(?:el|la|mi|este|esta)\\s+(?:${JOB}|${BOSS}))`, base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: `(?:mi|el|este|esta)\\s+${JOB}\\s+(?:(?:es|me parece)\\s+(?:una\\s+|un\\s+)?(?:mierda|basura|pesadilla|carcel|tortura|infierno|asco|porqueria|horrible|lo peor|una explotacion)|apesta|da asco|me da asco)`, base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:mi jefe|mi jefa|mi encargad[oa]|el jefe|la jefa|mi gerente|el gerente)\\s+(?:no sabe (?:nada|ni)|no sabe hacer|no tiene ni idea|me explota|me grita|me trata fatal|me hace la vida imposible|es lo peor)', base: 0.85, about: 'anyone', denied: 'keeps' },

  // sick-skip: a day off work on a false excuse.
  { category: 'sick-skip', match: '(?:llame|he llamado|llamo|dije|he dicho|avise|dire|le dire|voy a decir|le voy a decir|voy a llamar|falto|falte|voy a faltar|faltare|no fui|no voy)\\s+(?:al curro|al trabajo|a mi jefe|a mi jefa|al jefe|a la jefa|a la oficina|a la chamba|al laburo|al camello|al jale)?\\s*(?:diciendo\\s+)?(?:(?:que|q)\\s+)?(?:estoy|estaba|estaria|tengo|tenia)\\s+(?:enferm[oa]|mal[oa]|con fiebre|con gripe|fiebre|gripe|covid|migrana)', requires: ['playa|resaca|concierto|partido|piscina|jaja|en realidad|pero|mentira|sofa|serie|dormir|me voy|me escapo|estadio|shh+|no voy|pa(?:ra)? no ir'], base: 0.85, denied: 'keeps' },
  { category: 'sick-skip', match: 'me invent(?:o|e|ado) (?:que|q) (?:tengo|tenia|estoy|estaba)|reportarse enferm[oa]|me reporte enferm[oa]|me hice (?:el|la) enferm[oa]|hacerme (?:el|la) enferm[oa]|pa(?:ra)? (?:no ir a|faltar al?) (?:trabajar|currar|la oficina|el curro|curro|trabajo)', unless: ['de (?:pequen[oa]|nin[oa]|chic[oa]|crio|cria|cri[oa]|chiquit[oa])', 'al (?:cole|colegio|insti|instituto)', 'a (?:la escuela|clase)'], base: 0.85, denied: 'keeps' },
  { category: 'sick-skip', match: '(?:fingi|finjo|he fingido|fingiendo|voy a fingir|finjamos)\\s+(?:estar\\s+|tener\\s+)?(?:enferm[oa]|mal[oa]|una enfermedad|fiebre|una gripe|gripe|una migrana|migrana|un resfriado|una gastroenteritis|gastroenteritis|covid|un dolor de \\w+|dolor de \\w+|diarrea|una lesion|una cita medica|una emergencia)', base: 0.9 },
  // The excuse told to the boss or the job, then what it was for: "Le dije a mi jefe que se murió mi abuela para no ir mañana", "le escribí a mi jefa q tengo gastroenteritis y me quedo en la cama".
  { category: 'sick-skip', match: `(?:le (?:dije|escribi|mande|conte|avise|puse)|les (?:dije|escribi|avise)|llame|avise|escribi)\\s+(?:a(?:l| la| mi| los)?\\s+)?(?:${BOSS}|curro|trabajo|oficina|chamba|laburo|empresa|rrhh|recursos humanos)\\s+(?:que|q)\\b[^.\\n]{0,80}?(?:pa(?:ra)?\\s+(?:no ir|faltar|no trabajar|librarme|zafarme|quedarme en casa|saltarme)|mentira|🤫|shh+|en realidad|pero (?:estoy|me voy|me quedo)|y me quedo (?:en (?:la |el )?(?:cama|casa|sofa)|viendo|durmiendo|tirad[oa]))`, base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'sick-skip', match: '(?:me|nos)\\s+(?:hago|hare|voy a hacer|vamos a hacer|hacemos|haremos)\\s+(?:el|la|los|las)\\s+enferm[oa]s?', base: 0.85 },
  // The day off asked for on a pretext, then the pretext given away: "me pedí el día por 'asuntos médicos' y estoy en el estadio".
  { category: 'sick-skip', match: '(?:me\\s+)?(?:pedi|tome|cogi|agarre|saque|he pedido|he cogido)\\s+(?:el|un|la)\\s+(?:dia|tarde|manana|baja)\\s+(?:libre\\s+)?(?:por|con la excusa de|diciendo que|alegando|porque)\\W{0,3}\\w+', requires: ['playa|estadio|concierto|partido|piscina|en realidad|mentira|sofa|series?|dormir|resaca|cruda|guayabo|shh+|🤫|"|excusa|jaja'], base: 0.85 },
  { category: 'sick-skip', match: '(?:licencia|baja|incapacidad|certificado|justificante|parte|constancia)\\s+(?:medic[oa]\\s+)?(?:fals[oa]|truch[oa]|chimb[oa]|de mentira|inventad[oa]|comprad[oa])', base: 0.85 },
  { category: 'sick-skip', match: '(?:baja|dia) (?:falsa|falso|de mentira|de mentirijilla)|me (?:escaquee|he escaqueado|escaqueo) del (?:curro|trabajo)|(?:hago|hice|he hecho) pellas en el (?:curro|trabajo)', base: 0.85 },
  { category: 'sick-skip', match: '(?:no (?:he ido|fui|voy|pienso ir) a (?:trabajar|currar|la oficina|el curro|el trabajo)|paso de ir a (?:currar|trabajar|la oficina))\\s+(?:porque|que|por|con)\\s+(?:tengo\\s+|estoy\\s+|la\\s+|una\\s+)?(?:resaca|de resaca|me dormi|no me apetec\\w+|pereza|playa|el partido|el concierto|fiesta)', base: 0.85, denied: 'keeps' },
];
