import type { CueEntry } from '../../src/core/cue-lists.js';

/**
 * Spanish word list of the `party-photo` rule, beside the English one
 * (party-photo.ts), in its categories. Regex sources (no capturing groups)
 * matched case-insensitively at word boundaries on the text with its accents
 * folded away ("resacón" is "resacon"); the Spanish reading weighs each
 * match (src/core/cue-lists.ts): "no tengo resaca" is denied, "¿salimos de
 * fiesta?" asked, "mis amigos iban pedo" someone else's, "Resacón en Las
 * Vegas" a title. The key words take elongations ("borrachaaaa",
 * "resacaaa": `[oa]+`). Near-misses are as important as the words: the "copa del
 * mundo", the "barra de pan", the "resaca" of the sea, the "fiesta
 * patronal", being "borracho de felicidad" and a "tiro a puerta" are not
 * partying, and none of them is listed or each is excluded.
 */
export interface PartyEntryEs extends CueEntry {
  category: 'drunk' | 'hangover' | 'shots' | 'drinking' | 'drinking-game' | 'blackout' | 'wild-night' | 'bar-crawl' | 'keg';
}

/** Figures of speech: drunk on happiness, love, power. */
const FIGURATIVE = ['(?:borrach|ebri)\\w* de (?:felicidad|amor|alegria|emocion|poder|gloria|sueno|orgullo|exito|musica|sol|mar|vida|luz)'];
/** A drunk driver in the news, an arrest, an accident: someone else's, and news. */
const NEWS_DRUNK = ['conductor(?:es)? borrach', 'detienen', 'detenid[oa]', 'multad[oa]', 'accidente', 'atropell', 'guardia civil', 'policia'];
/** The sea's undertow and the morning after an event that is no night out. */
const NOT_HANGOVER = [
  'playa', 'mar\\b', 'olas', 'corriente', 'bandera roja', 'socorrista', 'banistas',
  'resaca (?:electoral|de las elecciones|del mundial|de la final|emocional|informativa|de navidad|navidena|de la mudanza|post ?vacacional)',
  'guayabo (?:me da|de que|por que|de (?:vacaciones|las vacaciones|domingo|amor|lunes))', 'me da guayabo', 'que guayabo (?:me da|que)',
  // A film's title: "Resacón en Las Vegas", "Resacón 2".
  'resacon (?:en (?:las vegas|tailandia)|2|3|ii|iii)\\b',
  'resaca de (?:series|serie|trabajo|estudio|examenes|lectura|netflix|emociones|futbol|libros|anime)',
];
/** Drink a person is drinking when it is no night out. */
const SOFT = ['cafe', 'cafes', 'te\\b', 'agua', 'zumo', 'refresco', 'cocacola', 'coca cola', 'leche', 'batido', 'cola cao', 'infusion', 'manzanilla', 'sin alcohol', '0,0', '0\\.0'];
const MANY = '(?:[3-9]|\\d{2,}|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|mil|demasiad[oa]s|muchisim[oa]s|tropecientos|tropecientas|no se cuant[oa]s)';
const DRINKS = '(?:copas|cervezas|cubatas|cubalibres|gin tonics|gintonics|gin-tonics|vinos|chupitos|birras|pintas|mojitos|tequilas|botellas|jarras|litros|latas|calimochos|chelas|tragos|shots|copazos|whiskies|whiskys|ron(?:es)?|caguamas|micheladas|mezcales|piscos(?: sours?)?|pisco sours|piscolas|fernets|polas|guaros|aguardientes|vodkas|margaritas|cubas|cañas|canas|quintos|tercios|chopps?|schops?|terremotos|chupes|tintos de verano|sangrias|caipirinhas|daiquiris|palomas|vasos)';

/** Each entry is about the author unless it says otherwise: someone else's (even the family's) night out is not the author's party photo. */
export const PARTY_PHOTO_ES: readonly PartyEntryEs[] = [
  // drunk
  { category: 'drunk', match: '(?:borrach[oa]+s?|borrachisim[oa]s?|borrachera|borracheras|borrachuz[oa]|emborrach\\w+|ebri[oa]s?|achispad[oa]s?|piripi|entonad[oa]s?|pedisim[oa]|pedete|cogorza|cogorzas|tajada|curda|pedal|melopea|pedo del bueno|en pedo)', unless: [...FIGURATIVE, ...NEWS_DRUNK, '(?:mi|el|la|su|tu) ex\\b[^.!?\\n]{0,50}borrach\\w*'], base: 0.85, about: 'self' },
  {
    category: 'drunk',
    match: '(?:estoy|estaba|estabamos|iba|ibamos|voy|vamos|estamos|terminamos|termine|llegue|llegamos|(?<=\\b(?:me|nos)\\s)(?:puse|pusimos|pongo|ponemos)|ponernos|ponerme|ponerse|a ponerse|nos vamos a poner|me voy a poner|acabe|acabamos|llevo|llevamos|ando|andamos|pillamos|pille|pillarse|pillar)\\s+(?:muy\\s+|super\\s+|mega\\s+|tan\\s+|bastante\\s+|bien\\s+|re\\s+|recontra\\s+|ya\\s+|un\\s+|una\\s+)?(?:hasta el culo|hasta arriba|hasta atras|hasta las trancas|hasta las chanclas|como una cuba|como un piojo|jarr[oa]s?|briag[oa]s?|fin[oa]s|cieg[oa]s?|pedo|ped[oa]s?|mamad[oa]s?|tocad[oa]s?|tomad[oa]s?|pasad[oa]s?|jodid[oa]s? de alcohol|puestisim[oa]s?|bolos?|jinch[oa]s?|pedal|pedalazo|cebollon|moco|castana|tajada|cogorza|melopea|pedo del bueno)',
    unless: ['cieg[oa]s? (?:de|con) (?:nacimiento|amor|rabia|ira|celos|cafeina|cafe|cafes|azucar|chocolate|sueno|mate|te\\b|redbull|red bull|monster|energeticas?|bebidas energeticas|coca|cocacola|dulces|trabajo|series|anime)', 'ciego de un ojo', 'tomad[oa] (?:el pelo|nota|la decision|en serio)', 'pasad[oa] de (?:moda|rosca|vueltas)'],
    base: 0.85,
    about: 'self',
  },

  // Drunk in the Andes and the Southern Cone's own words: Chile's "curao como tagua", "bien curada"; drunk by the drinks "de más": "con unos tragos de más", "pasada de copas".
  { category: 'drunk', match: "curao+s?\\b|cura[ií]t[oa]s?|curadaz[oa]s?|curad[oa]s?\\s+(?:como (?:tagua|piojo|huasca|una cuba|un zapato|un tronco)|raja|hasta (?:las patas|el hoyo|el culo))|(?:bien|re|super|muy|mega|tan)\\s+curad[oa]s?\\b(?!\\s+(?:de|del|con|por)\\b)", unless: ['jamon', 'queso', 'cecina', 'carne', 'herida', 'cuero'], base: 0.92, about: 'self' },
  // (0.92: drunk posts often end asking for a ride, "alguien me lleva?", which the reading takes for a question of the whole sentence.)
  { category: 'drunk', match: "(?:con|tras|despues de|llevando|con ya)\\s+(?:unos|unas|varios|varias|un par de|algunos|algunas|demasiad[oa]s|much[oa]s|bastantes)\\s+(?:tragos|copas|chelas|cervezas|birras|tequilas|cubatas|vinos|polas|whiskies|whiskys|pintas|canas|mezcales|piscos|chupitos|shots)\\s+(?:de mas|encima)|pasad[oa]s? de (?:copas|tragos|chelas|birras|alcohol|vueltas con el (?:ron|vino|tequila))", unless: ['(?:no|nunca|jamas) (?:manejes|manejen|conduzcas|conduzcan|manejar|conducir|se debe)', 'si (?:tomas|bebes|vas a tomar|vas a beber|tomaste|bebiste)', 'campana', 'dgt', 'multa'], base: 0.85, about: 'self' },
  // Drunk in Venezuela and the Caribbean: "ando rascado", "estoy jumo", "quedé bien rascada" (0.92: as with "curao", the post often ends asking for a ride, which the reading takes for a question of the whole sentence).
  { category: 'drunk', match: '(?:estoy|estaba|estabamos|estamos|ando|andamos|andaba|andabamos|iba|ibamos|quede|quedamos|termine|terminamos|llegue|llegamos)\\s+(?:bien\\s+|muy\\s+|super\\s+|full\\s+|re\\s+)?(?:rascad[oa]s?|jum[oa]s?|rascadisim[oa]s?|pasad[oa]s? de palos|prendid[oa]s? de (?:ron|cacique|cerveza|anis|guaro|aguardiente|whisky|caña|cana))\\b', unless: ['me (?:he )?rascado', 'rascad[oa] (?:de|por) (?:los|las|el|la|mosquitos|zancudos|picadas|picaduras)'], base: 0.92, about: 'self' },
  // Getting drunk by its reflexive verbs: Argentina's "me empedé", "nos mamamos", "me encurdé", "me enfiesté".
  { category: 'drunk', match: '(?:me|nos|te)\\s+(?:empede|empedamos|empedaste|empedo|empedaba|mame|mamamos|mamaste|encurde|encurdamos|entone|entonamos|enfieste|enfiestamos|embole|embolamos|ahogue en alcohol)\\b|empedarse|empedarnos|empedarme|mamarse|mamarnos|encurdarse|encurdarnos', unless: ['bebe', 'teta', 'pecho', 'lactancia', 'mamadera', 'biberon'], base: 0.85, about: 'self' },
  // Drunk said with its intensifier and no verb: "bien pedo en el antro", "re en pedo", "super borracha" ("qué pedo", "no hay pedo" are no drink).
  { category: 'drunk', match: '(?:pedo pedo|ped[oa]s? ped[oa]s?)\\b|(?:bien|re|recontra|super|mega|tan|bieen|bien bien)\\s+(?:pedo|pedos|peda|pedas|pedote|en pedo|jarr[oa]s?|briag[oa]s?|mamad[oa]s?|pasad[oa]s? de copas|picad[oa]s?|entonad[oa]s?|prendid[oa]s? (?:de|con) (?:ron|tequila|chelas|cerveza|guaro|aguardiente|pisco|vino))\\b', unless: ['que pedo', 'no hay pedo', 'cual es (?:tu|el) pedo', 'el pedo (?:es|fue)', 'pedo (?:con|de) (?:el|la|los|las|mi|tu|su) (?!chela|peda|tequila)\\w+'], base: 0.85, about: 'self' },
  // A night of drinking by how long: "chupamos toda la noche", "pisteando hasta el amanecer", "tomamos como cosacos".
  { category: 'drinking', match: '(?:chupamos|chupe|chupando|chupar|bebimos|bebiendo|tomamos|tomando|escabiamos|escabiando|pisteamos|pisteando|pistiando|pistear|chupeteamos|libamos|empinamos el codo|empinando el codo)\\s+(?:(?:con [a-z]+(?: [a-z]+)? )?desde (?:las \\d{1,2}(?::\\d\\d)?|temprano|el mediodia|la manana|el viernes|ayer)|toda la (?:noche|tarde|madrugada)|todo el (?:dia|finde|fin de semana)|hasta (?:el amanecer|las \\d{1,2}(?::\\d\\d)?|la madrugada|que salio el sol|las tantas)|sin parar|como (?:locos|locas|cosacos|esponjas|si no hubiera manana|camellos|condenados|animales|vikingos|peces))', unless: [...SOFT, 'mate', 'sol', 'fotos', 'apuntes', 'notas', 'medidas', 'decisiones', 'agua'], base: 0.8, about: 'self' },
  // Drunk by how much is "carried": "tengo una caña encima que flipas", "llevo una pea encima", "hasta el orto de fernet".
  { category: 'drunk', match: '(?:llevo|tengo|traigo|llevamos|tenemos|traemos|pille|pillamos|agarre|agarramos|me agarre|nos agarramos)\\s+(?:una|un|tremenda|menuda|buena|flor de)\\s+(?:cana|pea|pedo|curda|mona|cogorza|tajada|borrachera|melopea|castana|trompa|pedal|pedota|jumera|turca|rasca|papa|tranca)\\s+(?:encima|que|del copon|importante|de las buenas|de campeonato)', base: 0.8, about: 'self' },
  // The state exclaimed with what is carried: "qué pedo traigo", "menuda cogorza llevo", "tremenda peda me agarré".
  { category: 'drunk', match: '(?:que|q|tremend[oa]|menud[oa]|flor de|vaya|senora|senor)\\s+(?:pedo|peda|pedal|pea|curda|mona|cogorza|tajada|borrachera|melopea|castana|trompa|pedota|jumera|turca|rasca|tranca|pedotota)\\s+(?:traigo|llevo|tengo|cargo|traemos|llevamos|tenemos|me traigo|me cargo|agarre|me agarre|pille|me pille|nos agarramos|nos pillamos|me pegue|nos pegamos)\\b', base: 0.85, about: 'self' },
  { category: 'drunk', match: 'hasta (?:el orto|el culo|arriba|atras|las trancas|las chanclas|las manos|el moco) (?:de|con) (?:fernet|ron|vodka|tequila|tequilas|cerveza|cervezas|birra|birras|chela|chelas|vino|whisky|gin|cubatas|chupitos|aguardiente|guaro|pisco|mezcal|alcohol|copas|tragos|shots|mojitos|margaritas|calimocho|sidra|cava|champan|pulque|polas?)', base: 0.85, about: 'self' },
  { category: 'drunk', match: '(?:acabe|acabamos|termine|terminamos|me puse a|nos pusimos a)\\s+bailando (?:encima de|sobre|arriba de) (?:la barra|la mesa|las mesas|la barra del bar)', base: 0.75, about: 'self' },

  // hangover
  { category: 'hangover', match: '(?:resaca+s?|resaco+n(?:es)?|resacot[ao]|resaquit[ao]|guayabo|enguayabad[oa]|ratonead[oa]|enratonad[oa]|chuchaqui|raton (?:del siglo|horrible|tremendo|brutal|fatal|de campeonato|de los buenos)|(?:tengo|cargo|traigo|tremendo|menudo|flor de|que) (?:un )?raton(?= (?:que|horrible|tremendo|brutal|del)|\\s*[.!,]|$)|la goma(?= (?:de hoy|que tengo|es brutal|me mata))|engomad[oa]|caña (?:de|del) (?:la|este|hoy)|con la cana|andar caneado|canead[oa])', unless: NOT_HANGOVER, base: 0.85, about: 'self' },
  { category: 'hangover', match: '(?:estoy|ando|amaneci|me levante|despierto|sigo|andamos|estamos|amanecimos)\\s+(?:muy\\s+|super\\s+|bien\\s+|re\\s+|bien\\s+pinche\\s+)?crud(?:[oa]|isim[oa]|ot[ea]|it[oa])s?|(?:la|una|que|tremenda|terrible|pinche|senora|brutal|menuda|mi|esta|flor de|mega|ultra)\\s+(?:cruda|crudota|crudita)|crudota|cruda (?:nivel|modo|mortal|cabrona|marca diablo|de campeonato|brutal|horrible|del siglo|infernal|asesina|de muerte)', base: 0.8, about: 'self' },

  // shots
  { category: 'shots', match: '(?:chupitos?|chupitazos?|tequilazos?|caballitos? de (?:tequila|mezcal)|rondas? de (?:chupitos|shots|tequilas?|jagers?|jaggers?|jagermeister|mezcales?|copas)|shots? de (?:tequila|vodka|jager|jagger|ron|mezcal|whisky|absenta|orujo|licor))', unless: ['chupitos? de (?:zumo|vitaminas|jengibre|agua|aceite)', ...SOFT.map((s) => `chupitos? de ${s}`)], base: 0.8, about: 'self' },
  { category: 'shots', match: `${MANY}\\s+(?:chupitos|shots|tequilas|jagers|jaggers)`, base: 0.85, about: 'self' },

  // drinking: heavy drinking, not a beer with dinner.
  // A drinking session by its regional names: Mexico's "peda", Argentina's "escabio", Colombia's "guarapeta", "bebeta".
  { category: 'drinking', match: '(?:la|una|de|otra|tremenda|pinche|esta|estas|las|mis|unas|buena|flor de|que|vaya|menuda|senora|alta|tremendo|que tal|= ?)\\s*(?:pedas?|pedota|pedita|pedon|guarapeta|bebeta|escabio|chupeta|chupandanga|juerguita|bomba)\\b|escabiando|escabiar|chupando (?:como|todo el dia|toda la noche)|agarramos la peda|nos fuimos de peda|(?:la|una|tremenda|buena)\\s+pisteada', base: 0.8, about: 'self' },
  // The round counted by its ordinal: "ya vamos por la sexta", "voy por la cuarta birra", "ya voy por el quinto vino".
  { category: 'drinking', match: '(?:ya\\s+)?(?:vamos|voy|van|llevamos|llevo|ibamos|iba)\\s+por\\s+(?:la\\s+(?:cuarta|quinta|sexta|septima|octava|novena|decima|enesima|\\d+(?:a|ta|va|ra|da|na))(?:\\s+(?:birra|cerveza|chela|copa|pola|ronda|cana|botella|pinta|jarra|cubata|lata|caguama|michelada|piscola|margarita|paloma)|(?=\\s*(?:[,.!?;]|$|\\p{Extended_Pictographic}|y\\b|ya\\b|de la noche)))|el\\s+(?:cuarto|quinto|sexto|septimo|octavo|noveno|decimo|enesimo|\\d+(?:o|to|vo|ro|do|no))(?:\\s+(?:vino|cubata|tequila|whisky|mezcal|pisco|fernet|chupito|trago|shot|gin|vodka|ron|tercio|quinto|vaso|tinto|chopp|schop|terremoto)|(?=\\s*(?:[,.!?;]|$|\\p{Extended_Pictographic}|y\\b|ya\\b|de la noche))))', requiresInText: ['birra|cerveza|chela|copa|pola|ronda|cana|botella|pinta|jarra|cubata|lata|vino|fernet|tequila|ron\\b|vodka|whisky|caguama|michelada|mezcal|pisco|piscola|guaro|aguardiente|chupito|trago|shot|gin\\b|terremoto|🍺|🍻|🍷|🥃|🍸|🍾'], base: 0.8, about: 'self' },
  // The bottles bought or brought for the night: "ya tenemos 3 botellas de tequila".
  { category: 'drinking', match: `(?:tenemos|compramos|compre|traemos|traje|llevamos|llevo|hay)\\s+(?:ya\\s+)?${MANY}\\s+botellas? de (?:tequila|ron|vodka|whisky|ginebra|gin|mezcal|aguardiente|guaro|fernet|pisco|vino|champan|cava|jager)`, base: 0.8, about: 'self' },
  { category: 'drinking', match: 'botellon(?:es)?|hacer botellon|haciendo botellon|barra libre|beber como (?:un cosaco|cosacos|una esponja|si no hubiera manana)|bebiendo como (?:un cosaco|cosacos|una esponja)|bebimos como (?:cosacos|esponjas)', unless: ['barra libre de (?:cafe|comida|pizza|helado|sushi)'], base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:bebi|bebimos|tome|tomamos|me tome|me bebi|nos tomamos|nos bebimos|llevo|llevamos|van|vamos por|voy por|ya van)\\s+(?:como\\s+)?${MANY}\\s+${DRINKS}`, base: 0.85, about: 'self' },
  { category: 'drinking', match: '(?:me bebi|nos bebimos|me tome|nos tomamos|me baje|nos bajamos|me clave|nos clavamos|me empine|nos empinamos|me meti|nos metimos|me chupe|nos chupamos|me fumigue)\\s+(?:una|la|media|dos|tres|cuatro|\\d+|toda la|una sola)\\s+botellas?(?:\\s+de\\s+\\w+)?', unless: SOFT, base: 0.8, about: 'self' },
  { category: 'drinking', match: '(?:bebi|tome|chupe|tomamos|bebimos|chupamos)\\s+tant[oa]s?\\s+(?:(?:fernet|ron|vodka|tequila|cerveza|birra|chela|vino|whisky|gin|cubatas|chupitos|aguardiente|guaro|pisco|mezcal|alcohol|copas|tragos|shots|polas?|chelas|birras|cervezas)\\s+)?que|(?:bebi|bebimos|he bebido|hemos bebido|bebo|bebiendo|tome|tomamos|he tomado|hemos tomado|tomando|chupe|chupamos|chupando|escabie|escabiamos)\\s+(?:demasiado|de mas|de mas|como loc[oa]s?|como cosacos|muchisimo|a saco|sin parar|sin control|hasta (?:caer|no poder|las \\d{1,2}(?::\\d\\d)?))', base: 0.8, about: 'self' },

  // Drinking as the cause of the morning after: "me duele la cabeza de tanto chupar", "de tanto tomar ayer".
  { category: 'drinking', match: '(?:de|por|despues de)\\s+tanto\\s+(?:chupar|beber|tomar|escabiar|pistear|chupe|alcohol|guaro|tequila|ron|vino|fernet|pisco|cerveza|chela|birra)\\b', unless: [...SOFT, 'mate', 'sol', 'medicamentos?', 'pastillas', 'antibioticos', 'tomar (?:el|la|los|las|fotos|apuntes|notas|sol|decisiones)'], base: 0.8, about: 'self' },
  // Drinking till closing, rounds past counting: "a beber hasta que cierren", "chelas y más chelas", "ya ni sé cuántas van".
  { category: 'drinking', match: '(?:a beber|a tomar|a chupar|beber|tomar|bebiendo|tomando|chupando)\\s+hasta (?:que cierren|que amanezca|el amanecer|caer|no poder|que el cuerpo aguante|reventar|morir)|(?:chelas|birras|cervezas|copas|cubatas|chupitos|tragos|polas|canas|caguamas|micheladas|piscolas|fernets|vinos|tequilas|shots|mezcales|guaros|terremotos) y mas (?:chelas|birras|cervezas|copas|cubatas|chupitos|tragos|polas|canas|caguamas|micheladas|piscolas|fernets|vinos|tequilas|shots|mezcales|guaros|terremotos)|(?:ya\\s+)?ni se cuant[oa]s (?:llevo|llevamos|van|voy|me tome|nos tomamos|bebi)', base: 0.8, about: 'self' },

  // Drinks past counting, and going drinking by its regional idioms: "ya perdí la cuenta de los gin tonics", "vamos a agarrar la jarra".
  { category: 'drinking', match: '(?:ya\\s+)?(?:perdi|he perdido|perdimos|hemos perdido) la cuenta', requiresInText: ['copas|cervezas|chelas|birras|gin ?tonics?|tequilas|chupitos|cubatas|vinos|tragos|shots|polas|canas|mojitos|fernets|piscolas|🍺|🍻|🍸|🥃|🍷'], unless: [...SOFT, 'dias', 'horas', 'veces', 'pasos', 'kilometros', 'km'], base: 0.8, about: 'self' },
  { category: 'drinking', match: '(?:agarr|pegar|ponernos|pongamos)\\w*\\s+(?:la|una|tremenda)\\s+(?:jarra|peda|borrachera|pea|curda|juma|rasca)\\b', unless: ['jarra de (?:agua|limonada|zumo|jugo|cafe|leche)'], base: 0.8, about: 'self' },
  // drinking-game
  { category: 'drinking-game', match: '(?:cerveza|birra)s? (?:de|con|por) (?:un|el) embudo|embudo de cerveza|beer pong|birra pong|juegos? de (?:beber|chupitos|borrachos)|(?:jugando|jugamos|jugar) al yo nunca|yo nunca nunca|el yo nunca|pong de cerveza', base: 0.85, about: 'self' },

  // blackout
  { category: 'blackout', match: '(?:no (?:me acuerdo|recuerdo) (?:de )?nada|ni me acuerdo de (?:como|anoche|nada|la mitad)|tengo lagunas|lagunas de anoche|no se como llegue a casa|me desperte (?:sin saber donde|en (?:el suelo|la banera|casa de no se quien|un banco))|(?:no (?:me acuerdo|recuerdo|se|tengo idea)|ni (?:me acuerdo|se|idea))\\s+(?:ni\\s+)?(?:de\\s+)?(?:ni\\s+)?(?:como|a que hora|cuando)\\s+(?:llegue|llegamos|volvi|volvimos|termine|terminamos|acabe|acabamos|sali|salimos)\\b|(?:me desperte|desperte|despertamos|amaneci|amanecimos|nos despertamos)\\s+(?:en\\s+[^.\\n]{1,30}?\\s+)?sin saber (?:como|donde|que)|sin saber como (?:llegue|llegamos))', requiresInText: ['anoche|ayer|fiesta|borrach\\w*|resaca|copas|cubatas|chupitos|noche|bebi|bebimos|tome|tomamos|tequila|alcohol|fernet|ron|vodka|cerveza|birra|chela|vino|whisky|peda|guaro|aguardiente|chupe|tragos|pedo|curad[oa]|curao|jarr[oa]|🥴|🍺|🍻|🥃|🍷|🍾'], unless: ['peli', 'pelicula', 'serie', 'libro', 'clase', 'examen', 'sueno', 'sonado', 'me dormi', 'dormid[oa]', 'anestesia', 'operacion'], base: 0.8, about: 'self', denied: 'keeps' },

  // wild-night
  { category: 'wild-night', match: 'fieston(?:es)?|fiestaza|fiestuki|hoy se bebe(?!\\s+(?:agua|cafe|te|zumo|leche|mate|refresco|sin alcohol))|(?:noche|tarde|viernes|sabado) de (?:fernet|ron|vodka|tequila|tequilas|cerveza|cervezas|birra|birras|chela|chelas|vino|whisky|gin|cubatas|chupitos|aguardiente|guaro|pisco|mezcal|alcohol|copas|tragos|shots|mojitos|margaritas|calimocho|sidra|cava|champan|pulque|polas?)|noche loca|desfase|desfasar|desfasamos|nos desfasamos|de after|afterparty|after party|de juerga|juerga|juergas|de parranda|parranda|de farra|farra|(?:salimos|nos fuimos|me fui|noche|irnos|vamos|estuvimos|andamos|ando) de rumba|rumbear|rumbeando|rumbeamos|rumbiamos|la rumba de anoche|de carrete|carretear|carreteando|carreteamos|el carrete de anoche|tremendo carrete|de jarana|jaranear|jaraneando|(?:un|el|tremendo|pinche) reventon|(?:salimos|nos fuimos|me fui|noche) de joda|de antro|antreando|fiesta hasta las (?:[4-9]|cuatro|cinco|seis|siete|ocho)|en un after|acabamos a las (?:[5-9]|cinco|seis|siete|ocho)|(?:nos fuimos|salimos|me fui|nos vamos) de copas|hasta las (?:[6-9]|seis|siete|ocho) de la manana|hasta el amanecer|salimos de fiesta|nos fuimos de fiesta|me fui de fiesta|estuvimos de fiesta|de fiesta hasta', unless: ['fiesta (?:patronal|mayor|infantil|nacional|del pueblo|de cumpleanos infantil)', 'dia de fiesta', 'fiestas patronales', 'perro', 'perrit[oa]', '(?:puro|pura|solo|solamente|nada mas) (?:refresco|agua|jugo|zumo|coca|cafe|te\\b|limonada|soda|gaseosa)', 'sin (?:alcohol|tomar|beber)', 'conductor designad[oa]', 'no (?:tome|bebi|tomamos|bebimos|probe) (?:nada|ni)'], base: 0.75, about: 'self' },

  // bar-crawl
  { category: 'bar-crawl', match: 'ruta de (?:canas|copas|chupitos)|(?:tercer|cuarto|quinto|sexto) bar (?:de la (?:ruta|noche)|y)|ruta de bares|de bar en bar|ir de bares|fuimos de bares|nos fuimos de bares|recorrido de bares|pub crawl|ruta de cervezas|ruta cervecera', unless: ['tapas', 'tapeo', 'a comer', 'a cenar', 'almorzar', 'desayunar', 'con mis padres', 'con los ninos'], base: 0.8, about: 'self' },

  // being sick: the night ended in vomiting.
  { category: 'drunk', match: '(?:vomite|potee|pote|gomite|guacarie|devolvi|vomitando|poteando|eche la pota|echando la pota|eche hasta la primera papilla|eche los higados|me dio la palida|me agarro la palida|palidon)', requiresInText: ['disco|boliche|fiesta|antro|bar\\b|bares|copas|ron\\b|tequila|alcohol|borrach\\w*|anoche|noche|chupitos|cerveza|birra|chela|pola|guaro|aguardiente|fernet|vodka|whisky|vino|cubata|peda|resaca|cruda|guayabo'], unless: ['embarazo', 'embarazada', 'virus', 'gastroenteritis', 'intoxicacion', 'mareo', 'barco', 'avion', 'bebe', 'nene', 'nena', 'perr[oa]', 'gat[oa]'], base: 0.8, about: 'self' },

  // keg
  { category: 'keg', match: '(?:haciendo|hace|hizo|hice|hicimos)\\s+(?:el\\s+)?(?:pino|vertical)\\s+(?:sobre|en|encima de)\\s+(?:un|el)\\s+barril|keg ?stands?', base: 0.85, about: 'anyone' },
  { category: 'keg', match: 'barril(?:es)? de cerveza|kegger', unless: ['fabrica', 'cerveceria artesanal', 'venta', 'precio'], base: 0.8, about: 'self' },
  // The bottle counted by its ordinal, and drinking "dándole" to a drink for hours: "ya vamos en la segunda botella de mezcal", "llevamos desde las 8 dándole al calimocho".
  { category: 'drinking', match: '(?:ya\\s+)?(?:vamos|voy|van|llevamos|llevo|ibamos|iba|estamos|andamos)\\s+(?:en|por)\\s+(?:la\\s+)?(?:segunda|tercera|cuarta|quinta|sexta|enesima|\\d+\\s*[aª])\\s+(?:botella|jarra|caguama|litrona|garrafa|damajuana|caja)(?:\\s+de\\s+\\p{L}+)?', unless: [...SOFT, 'botella de (?:agua|leche|zumo|jugo|refresco|gaseosa|coca)', 'biberon', 'bebe'], base: 0.85, about: 'self' },
  { category: 'drinking', match: '(?:dandole|dandole duro|dandole cana|le damos|le dimos|le estamos dando|le estoy dando|le estuvimos dando|dale que dale)\\s+(?:duro\\s+|cana\\s+|fuerte\\s+)?(?:al?|a la|a las|a los)\\s+(?:calimocho|vino|vinito|priva|bebercio|ron|tequila|mezcal|fernet|birra|birras|chela|chelas|cerveza|cervezas|whisky|vodka|gin|cubatas|aguardiente|guaro|pisco|alcohol|trago|tragos|copas|copeo|chupitos|pomo|frasco|pulque|sidra|cava|champan|jagger|jager|caguamas|polas|piscolas|terremotos|botella|tinto)\\b', base: 0.85, about: 'self' },
  { category: 'drinking', match: '(?:llevamos|llevo|estamos|estoy)\\s+(?:desde (?:las \\d{1,2}(?::\\d\\d)?|el mediodia|la tarde|temprano|ayer|anoche|el viernes)|(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce) horas)(?:\\s+de la (?:tarde|manana|noche))?\\s+(?:bebiendo|tomando|chupando|pisteando|escabiando|chupando|de copas|de birras|de chelas|de cervezas|de farra|de juerga|de parranda|de peda|de fiesta (?:y|con) (?:copas|birras|chelas|tragos))', unless: SOFT, base: 0.85, about: 'self' },
  // The blackout foretold: "mañana nadie se acuerda de nada" at the second bottle.
  { category: 'blackout', match: 'manana (?:nadie|ninguno|ninguna) (?:se acuerda|se va a acordar|se acordara|va a recordar|recuerda)(?: de nada)?|manana no (?:me voy a acordar|me acuerdo|nos acordamos|nos vamos a acordar|recuerdo) (?:de )?nada', requiresInText: ['botella|copas|chupitos|shots|tequila|mezcal|ron\\b|vodka|fernet|birra|chela|cerveza|vino|whisky|gin\\b|pisco|guaro|aguardiente|calimocho|peda|borrach|pedo|🥴|🍻|🍺|🥃|🍷|🍸'], base: 0.8, about: 'self' },
];

/** Drinking verbs a negation reaches a drink through: "no bebí ni un chupito", "nunca tomo tequila". */
export const PARTY_CARRIERS_ES: readonly string[] = ['bebí', 'bebo', 'beber', 'bebimos', 'tomé', 'tomo', 'tomar', 'tomamos', 'probé', 'pruebo', 'probar', 'pedí', 'pido'];
