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
const CHILD = '(?:hij[oa]s?|peques?|nin[oa]s?|nene|nena|cri[oa]s?|chiquit[oa]s?|mellizos|gemelos|pequen[oa]s?|hijit[oa]s?)';
const PARTNER = '(?:novio|novia|pareja|marido|mujer|esposo|esposa|chico|chica)';
const STREET = '(?:calle|c/|avenida|avda\\.?|av\\.?|plaza|pza\\.?|paseo|camino|ronda|travesia|carrer|glorieta|urbanizacion|urb\\.?)';
const AWAY_WORDS = ['vacaciones', 'viaje', 'fuera', 'playa', 'pueblo', 'crucero', 'vuelo', 'aeropuerto', 'cancun', 'caribe', 'escapada', 'maletas?', 'mochiler[oa]s?', 'mochila', 'un mes por', 'semanas en', 'dias en', 'nadie en casa'];
const HOME = '(?:casa|piso|depa|departamento|apartamento|apto|chalet|casita)';
const JOB = '(?:trabajo|curro|empleo|empresa|oficina|chamba|laburo|pega|chamba)';
const BOSS = '(?:jefe|jefa|encargad[oa]|supervisor[a]?|manager|jefazo)';
const SCHOOL = '(?:colegio|cole|escuela|guarderia|instituto|ceip|ies|kinder|jardin de infancia|escuela infantil)';
/** A school's name as written: its capital, or a number ("Escuela N° 12"). */
const SCHOOL_NAME = '(?:[Cc]olegio|[Cc]ole|[Ee]scuela|[Gg]uarderia|[Ii]nstituto|CEIP|IES|[Kk]inder|[Ii]nfancia|[Ii]nfantil)\\s+(?:(?:de|del|la|el|los|las)\\s+)?(?:\\p{Lu}|N[°ºo.]|\\d)';
const AWAY = `(?:${AWAY_WORDS.join('|')})`;
/** What a boss or a job is called when it is complained about. */
const INSULT = '(?:inutil|idiota|imbecil|gilipollas|incompetente|insoportable|tiran[oa]|toxic[oa]|lo peor|un desastre|capull[oa]|impresentable|una pesadilla|un explotador|una explotadora|un cretino|una cretina|un payaso|una payasa|un cerdo|una bruja)';
/** Advice and warnings about a risk are not the risk: "nunca publiques tu tarjeta de embarque". */
const ADVICE = ['nunca publiques', 'no publiques', 'no subas', 'nunca subas', 'consejo', 'cuidado con', 'estafa', 'ladrones', 'policia'];
/** A cause, a campaign or research is no one's diagnosis: "la carrera contra el cáncer". */
const CAUSE = ['contra el', 'contra la', 'investigacion', 'carrera', 'marcha', 'dia mundial', 'dia internacional', 'concienciacion', 'fundacion', 'asociacion', 'campana', 'donaciones', 'lazo'];

export const OVERSHARING_ES: readonly OversharingEntryEs[] = [
  // travel: the home empty, and until when.
  { category: 'travel', match: `(?:la|el|nuestra|nuestro|mi)\\s+${HOME}(?:\\s+de\\s+[a-z]+)?\\s+(?:se queda\\s+|queda\\s+|estara\\s+|se quedara\\s+|va a estar\\s+)?(?:sol[oa]|solit[oa]|vaci[oa])\\b`, base: 0.9 },
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
  { category: 'travel', match: `(?:volvemos|vuelvo|estamos de vuelta|de vuelta)\\s+(?:el\\s+)?(?:${DAY}|\\d{1,2}(?:\\s+de\\s+${MONTH})?)`, requiresInText: [AWAY], base: 0.8 },
  { category: 'travel', match: `fuera de casa hasta (?:el\\s+)?(?:${DAY}|\\d{1,2}|final de mes|${MONTH})`, base: 0.85 },
  { category: 'travel', match: '(?:la|las|nuestra|nuestras) llaves? (?:debajo del felpudo|bajo el felpudo|en la maceta|(?:se la|se las) (?:dejamos|he dejado|dejo) a(?:l| la) vecin[oa])', base: 0.9 },
  { category: 'travel', match: '(?:la vecina|el vecino) (?:tiene|guarda) (?:la|las|nuestra|nuestras) llaves?', requires: [AWAY], base: 0.85, about: 'anyone' },

  // booking: what lets a stranger find, change or cancel a trip.
  { category: 'booking', match: '(?:localizador(?: de (?:la )?reserva)?|codigo de (?:la )?reserva|numero de (?:la )?reserva|referencia de (?:la )?reserva|confirmacion (?:de|del) (?:la )?(?:reserva|hotel|vuelo)[^.\\n]{0,25}?)(?:\\s+(?:es|del vuelo))?\\s*:?\\s*[a-z0-9-]{5,10}', shape: ['[A-Z0-9][A-Z0-9-]{4,9}$'], base: 0.9 },
  { category: 'booking', match: 'n[º°o.]* de (?:entrada|ticket|reserva|localizador|pedido)\\s*:?\\s*[\\d-]{6,}', base: 0.85 },
  { category: 'booking', match: '(?:mi|nuestra|las|nuestras|la) tarjetas? de embarque', unless: ADVICE, base: 0.85 },
  { category: 'booking', match: '(?:vuelo|el vuelo)\\s+[a-z]{2}\\s?\\d{3,4}', shape: ['[A-Z]{2}\\s?\\d{3,4}$'], base: 0.8 },
  { category: 'booking', match: 'asientos? \\d{1,2}[a-f]\\b', shape: ['\\d[A-F]$'], requires: ['vuelo|avion|embarque|fila'], base: 0.75 },
  { category: 'booking', match: '(?:habitacion|hab\\.?) (?:numero |n[o.] ?)?\\d{2,4}(?: del (?:hotel|parador|hostal))?', requires: ['hotel|parador|hostal|alojad[oa]s?|estamos en|estoy en'], base: 0.8 },

  // birthdate: a full date of birth.
  { category: 'birthdate', match: `(?:naci|nacid[oa]) (?:el )?${DATE}`, base: 0.9, about: 'self' },
  { category: 'birthdate', match: `(?:el )?\\d{1,2} de ${MONTH},?\\s+cumplo\\s+\\d{2}`, base: 0.8, about: 'self' },
  { category: 'birthdate', match: `(?:mi )?fecha de nacimiento(?: es|:)?\\s*:?\\s*${DATE}`, base: 0.9, about: 'self' },
  { category: 'birthdate', match: `(?:cumplo|cumplire|hago)\\s+\\d{2}(?:\\s+anos)?\\s+(?:el\\s+)?\\d{1,2}\\s+de\\s+${MONTH}`, base: 0.8, about: 'self' },

  // child-school: where a child is, by name of the school, the class, the time.
  {
    category: 'child-school',
    match: `(?:mi|mis|nuestr[oa]s?)\\s+${CHILD}\\b[^.!?\\n]{0,60}?\\b(?:colegio|cole|escuela|guarderia|instituto|ceip|ies|kinder|jardin de infancia|escuela infantil)\\s+(?:(?:de|del|la|el|los|las|san|santa)\\s+)?[a-z]+`,
    shape: [SCHOOL_NAME],
    base: 0.9,
  },
  {
    category: 'child-school',
    match: `${SCHOOL}\\s+(?:(?:de|del|la|el|los|las|san|santa|n[o°º.]*)\\s*)?[a-z0-9]+`,
    shape: [SCHOOL_NAME],
    requires: ['primer dia|empieza|funcion|recital|festival|clase de \\d|grado|\\d\\s*[ºo]\\s*[a-d]\\b|\\beso\\b|primaria|infantil|recogiendo|recoger|recojo|hij[oa]|peque|nin[oa]|salon|orgullos[oa]'],
    base: 0.8,
  },
  {
    category: 'child-school',
    match: `(?:mi|nuestr[oa])\\s+${CHILD}\\b[^.!?\\n]{0,30}?\\b(?:en|a)\\s+(?:\\d\\s*[ºo]|primero|segundo|tercero|cuarto|quinto|sexto)\\s*(?:[a-d]\\b|de primaria|de infantil|de la eso)`,
    base: 0.8,
  },
  { category: 'child-school', match: `(?:recojo|recogemos|dejo|dejamos|llevo|llevamos)\\s+a\\s+(?:la nina|el nino|los ninos|las ninas|la peque|el peque|los peques|mi ${CHILD}|mis ${CHILD})\\b[^.!?\\n]{0,30}?\\ba las \\d{1,2}(?::\\d\\d)?[^.!?\\n]{0,20}?(?:colegio|cole|escuela|guarderia)\\s+[a-z]+`, shape: [SCHOOL_NAME], base: 0.85 },

  // home-address: the author's own street and number.
  { category: 'home-address', match: `(?:vivo|vivimos|mi casa (?:esta|es)|mi piso (?:esta|es)|nuestra casa (?:esta|es)|nuestro piso (?:esta|es)|me he mudado|nos hemos mudado|me mude|nos mudamos|me mudo|nos mudamos)\\s+(?:a|en)\\s+(?:la\\s+|el\\s+)?${STREET}\\s+[^,.\\n]{2,40}?,?\\s*(?:n[o.]?\\s*)?\\d{1,4}`, base: 0.9, about: 'self' },
  { category: 'home-address', match: '(?:mi|nuestra|nueva|la nueva) direccion\\b[^.\\n]{0,60}?\\d{1,4}', base: 0.9, about: 'self' },
  { category: 'home-address', match: `${STREET}\\s+[^,.\\n]{2,40}?\\s\\d{1,4},?\\s*(?:\\d+\\s*[ºo°]|int\\.?|piso|puerta|bajo|esc\\.?|\\d{5})`, requires: ['\\bmi |nuestr[oa]|vivo|vivimos|casa|piso|depa|mude|mudamos|mudanza|venid|vengan|pasaos|inauguracion|estamos en'], base: 0.8, about: 'self' },
  { category: 'home-address', match: `(?:vivo|vivimos) en el (?:numero )?\\d{1,4} de la ${STREET}\\s+\\w+`, base: 0.9, about: 'self' },

  // health: a diagnosis, a treatment, a test, a medicine.
  { category: 'health', match: '(?:quimio|quimioterapia|radioterapia|dialisis|biopsia|resonancia magnetica|mamografia|colonoscopia|antidepresivos?|ansioliticos?|sertralina|fluoxetina|lorazepam|diazepam|insulina|psiquiatra|metadona)', unless: CAUSE, base: 0.85 },
  { category: 'health', match: '(?:cancer|tumor|leucemia|diabetes|epilepsia|endometriosis|fibromialgia|depresion|esclerosis multiple|lupus|tdah|trastorno bipolar|trastorno alimentario|anorexia|bulimia|hernia discal|ictus|infarto|aborto espontaneo|un aborto|fecundacion in vitro|ataques? de panico|ataques? de ansiedad|crisis de ansiedad)', unless: [...CAUSE, 'depresion tropical', 'depresion aislada', 'dana', 'borrasca'], base: 0.85 },
  { category: 'health', match: '(?:me|le|les) (?:han diagnosticado|diagnosticaron|operan|operaron|van a operar|han operado|ingresan|ingresaron|han ingresado|han dado el alta|quitan el tumor)|bypass', base: 0.9 },
  { category: 'health', match: '(?:estoy|sigo|llevo|estuve)\\s+(?:ingresad[oa]|en el hospital|en urgencias|de baja medica|de baja por (?:depresion|ansiedad|la espalda|estres))', base: 0.85 },
  { category: 'health', match: '(?:voy|vuelvo|empiezo|empece)\\s+(?:a\\s+|al\\s+)?(?:terapia|psicologo|psicologa|psiquiatra|rehabilitacion|fisio)', base: 0.8 },
  { category: 'health', match: '(?:tengo|me han hecho|me hacen|me hicieron)\\s+(?:una\\s+)?(?:analitica|resonancia|ecografia|biopsia|prueba de \\w+)', base: 0.8 },
  { category: 'health', match: 'estoy embarazada|(?:mi|la) prueba de embarazo', base: 0.8, about: 'self' },

  // money: trouble, debt, the pay itself.
  { category: 'money', match: 'no (?:llego|llegamos) a fin de mes', base: 0.9, denied: 'keeps' },
  { category: 'money', match: '(?:estoy|estamos|ando|andamos|voy)\\s+(?:sin un duro|sin blanca|sin pasta|sin un peso|pelad[oa]s?|ties[oa]s?|en numeros rojos|en la ruina|arruinad[oa]s?|endeudad[oa]s?|hasta arriba de deudas)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: '(?:mi|el) (?:sueldo|salario|nomina)(?: neto| bruto)?\\s+(?:es de|es|son|de|a)\\s+\\d[\\d.,]*\\s*(?:k|mil|euros|eur|€|pesos|dolares)?', base: 0.9, about: 'self' },
  { category: 'money', match: '(?:cobro|gano|me pagan)\\s+(?:solo\\s+|apenas\\s+|menos de\\s+|mas de\\s+)?\\d[\\d.,]*\\s*(?:k|mil|euros|eur|€|pesos|dolares)?(?:\\s+(?:al mes|al ano|brutos|netos|la hora))?', requires: ['\\d\\s*(?:k|mil|euros|eur|€|pesos|dolares)|al mes|al ano|la hora|brutos|netos'], base: 0.85, about: 'self' },
  { category: 'money', match: '(?:numeros rojos|descubierto en la cuenta|me han rechazado la tarjeta|tarjeta rechazada|me embargan|me han embargado|(?:le |les )?debo \\d[\\d.,]*\\s*(?:k|mil|euros|€)?|\\d[\\d.,]*\\s*(?:euros|€|mil) de deuda|(?:mi|la) deuda de \\d)', base: 0.85, about: 'self' },
  { category: 'money', match: 'no me (?:pagan|han pagado) (?:desde|hace|el sueldo|la nomina)', base: 0.85, denied: 'keeps' },
  { category: 'money', match: 'debo el doble|(?:pedi|he pedido|pedimos) un (?:prestamo|credito|minicredito)|prestamo rapido|minicreditos?|desahucio|(?:me|nos) desahucian|me quedan \\d+ (?:euros|pesos|€|dolares|soles|pavos)|sin un (?:mango|duro|peso|centimo)|hasta que cobre|hasta la quincena|me (?:despidieron|han despedido|echaron del (?:curro|trabajo))', base: 0.85, denied: 'keeps' },

  // relationship: separations, infidelity, custody.
  { category: 'relationship', match: 'nos (?:estamos divorciando|divorciamos|vamos a divorciar|separamos|estamos separando|hemos separado|hemos divorciado)', base: 0.9 },
  { category: 'relationship', match: 'me (?:estoy divorciando|divorcio|separo|he separado|voy a divorciar)', unless: ['movil', 'telefono', 'cargador', 'dieta', 'gimnasio', 'azucar', 'redes'], base: 0.85 },
  { category: 'relationship', match: `(?:mi )?${PARTNER} me (?:ha dejado|dejo|deja|engana|engano|ha enganado|pone los cuernos|puso los cuernos|ha puesto los cuernos|ha pedido el divorcio|pidio el divorcio)`, unless: ['movil', 'telefono', 'cargador'], base: 0.9, about: 'anyone' },
  { category: 'relationship', match: 'me (?:puso|pone|ha puesto|han puesto|pusieron) los cuernos', base: 0.9 },
  { category: 'relationship', match: '(?:la|x la|por la) custodia|mi ex (?:me sigue|no me deja|me escribe|me llama|me acosa|no paga|no pasa la pension)|solter[oa] (?:otra vez|de nuevo)|cortamos(?=\\s*[.!])', base: 0.8, about: 'anyone' },
  { category: 'relationship', match: `(?:lo hemos dejado|hemos roto|he roto con (?:mi )?${PARTNER}|(?:los |mis )?papeles del divorcio|(?:mi|el) divorcio|la custodia de (?:mis|los|nuestros) ${CHILD})`, unless: ['pelicula', 'serie', 'libro', 'plantas?', 'gimnasio', 'movil', 'dieta', 'tabaco', 'azucar'], base: 0.85 },

  // confidential: work not yet public.
  { category: 'confidential', match: '(?:esto es confidencial|informacion confidencial|bajo (?:nda|acuerdo de confidencialidad)|aun no es oficial|todavia no es oficial|antes de que (?:se anuncie|lo anuncien|salga en prensa|sea oficial)|no (?:se lo )?(?:digais|digas|conteis|cuentes) (?:a nadie|nada))', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: '(?:van a despedir a|vamos a despedir a|habra un ere|va a haber un ere|preparan un ere|se viene (?:un )?ere|van a cerrar la (?:oficina|planta|sede|fabrica|tienda|sucursal)|nos va a comprar|nos van a comprar|nos compra una|la fusion con)', base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:firme|he firmado|firmamos) un (?:nda|acuerdo de confidencialidad)|todavia no lo sabe(?:n)?|nadie lo sabe (?:aun|todavia)|presentamos (?:manana|el \\w+) al consejo', base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: 'cierran la (?:sucursal|oficina|planta|sede|fabrica|tienda)', requires: ['me entere|shh+|secreto|no se sabe|todavia|aun no|antes de'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:los )?resultados (?:trimestrales|del trimestre) (?:salen|son|van a ser)', requires: ['antes|todavia|aun|secreto|filtr'], base: 0.8, about: 'anyone' },

  // badge-id: an ID shown.
  { category: 'badge-id', match: '(?:mi|el nuevo|mi nuevo|foto (?:de|del) mi)\\s+(?:dni|pasaporte|nie|carne de conducir|carnet de conducir|permiso de conduc(?:ir|cion)|licencia de conducir|tarjeta de empleado|tarjeta identificativa|tarjeta de acceso|acreditacion|tarjeta sanitaria|tarjeta de identificacion|credencial|pase de empleado|ine)', unless: ADVICE, base: 0.85, about: 'self' },
  { category: 'badge-id', match: '(?:pasaporte|dni|carnet|permiso de conduccion|tarjeta identificativa|credencial)\\b[^.\\n]{0,40}?(?:con (?:la |mi )?(?:foto|nombre|los datos|fecha de nacimiento)|abierto por la pagina)', unless: ADVICE, base: 0.85, about: 'self' },
  { category: 'badge-id', match: 'numero de (?:dni|pasaporte|nie|la seguridad social)', base: 0.4, about: 'self' },

  // boss-complaint: the boss or the job, run down in public.
  { category: 'boss-complaint', match: `(?:mi|el|la)\\s+(?:jefe|jefa|encargad[oa]|supervisor[a]?|manager|jefazo)\\s+(?:es|sigue siendo|me parece)\\s+(?:un[a]?\\s+)?${INSULT}`, base: 0.9, about: 'anyone' },
  { category: 'boss-complaint', match: `(?:odio|detesto|aborrezco|estoy hart[oa] de|estoy quemad[oa] (?:en|con|de)|no aguanto|no soporto|ya no aguanto|no aguanto mas)\\s+(?:mi|este|esta|el|la|a mi)\\s+(?:${JOB}|${BOSS})`, base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: `${BOSS}\\s+(?:me\\s+(?:volvio a\\s+|vuelve a\\s+|ha vuelto a\\s+)?(?:grita|grito|gritar|humilla|humillo|humillar|trata fatal|explota)|se (?:lleva|llevo|apunta|apunto) el merito)|que asco de ${JOB}|(?:en )?esta empresa te tratan como`, base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:mi|el|este)\\s+(?:trabajo|curro|empresa)\\s+(?:es|me parece)\\s+(?:una\\s+)?(?:mierda|basura|pesadilla|carcel|tortura|infierno)', base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: '(?:mi jefe|mi jefa|mi encargad[oa])\\s+(?:no sabe hacer|no tiene ni idea|me explota|me grita|me trata fatal|me hace la vida imposible|es lo peor)', base: 0.85, about: 'anyone', denied: 'keeps' },

  // sick-skip: a day off work on a false excuse.
  { category: 'sick-skip', match: '(?:llame|he llamado|llamo|dije|he dicho|avise|dire|le dire|voy a decir|le voy a decir|voy a llamar)\\s+(?:al curro|al trabajo|a mi jefe|a mi jefa|a la oficina)?\\s*(?:diciendo\\s+)?(?:(?:que|q)\\s+)?(?:estoy|estaba|estaria|tengo|tenia)\\s+(?:enferm[oa]|mal[oa]|con fiebre|con gripe|fiebre|gripe|covid|migrana)', requires: ['playa|resaca|concierto|partido|piscina|jaja|en realidad|pero|mentira|sofa|serie|dormir|me voy|me escapo|estadio|shh+|no voy|pa(?:ra)? no ir'], base: 0.85, denied: 'keeps' },
  { category: 'sick-skip', match: 'me invent(?:o|e|ado) (?:que|q) (?:tengo|tenia|estoy|estaba)|reportarse enferm[oa]|me reporte enferm[oa]|me hice (?:el|la) enferm[oa]|hacerme (?:el|la) enferm[oa]|pa(?:ra)? (?:no ir a|faltar al?) (?:trabajar|currar|la oficina|el curro|curro|trabajo)', base: 0.85, denied: 'keeps' },
  { category: 'sick-skip', match: '(?:fingi|finjo|he fingido|fingiendo)\\s+(?:estar\\s+)?(?:enferm[oa]|mal[oa]|una enfermedad|fiebre|una gripe)', base: 0.9 },
  { category: 'sick-skip', match: '(?:baja|dia) (?:falsa|falso|de mentira|de mentirijilla)|me (?:escaquee|he escaqueado|escaqueo) del (?:curro|trabajo)|(?:hago|hice|he hecho) pellas en el (?:curro|trabajo)', base: 0.85 },
  { category: 'sick-skip', match: '(?:no (?:he ido|fui|voy|pienso ir) a (?:trabajar|currar|la oficina|el curro|el trabajo)|paso de ir a (?:currar|trabajar|la oficina))\\s+(?:porque|que|por|con)\\s+(?:tengo\\s+|estoy\\s+|la\\s+|una\\s+)?(?:resaca|de resaca|me dormi|no me apetec\\w+|pereza|playa|el partido|el concierto|fiesta)', base: 0.85, denied: 'keeps' },
];
