import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Spanish cues of the `business-repost` rule, beside the English ones
 * (business-repost.ts), in its groups: classic promotional phrases, words
 * that promote only next to the brand, offers next to a brand, and asks.
 * Regex sources (no capturing groups) matched case-insensitively at word
 * boundaries on the text with its accents folded away. Reposts ("RT @",
 * "vía @") are read in any language.
 */

/** Promotional phrases: anywhere in a post with a strong brand marker. */
export const PROMOTION_PHRASES_ES: readonly PhraseEntry[] = [
  { match: '\\d{1,2}\\s?%\\s+(?:de\\s+)?(?:descuento|dto\\.?|rebaja|off)', category: 'discount' },
  { match: '(?:descuento|rebaja|dto\\.?)\\s+(?:del|de un)\\s+\\d{1,2}\\s?%', category: 'discount' },
  { match: '(?:codigo|cupon)\\s+(?:de\\s+)?(?:descuento|promocional|promo)', category: 'discount' },
  { match: '(?:envio|envios|entrega)\\s+gratis|(?:2x1|3x2|dos por uno)', category: 'discount' },
  { match: '(?:oferta|ofertas)\\s+(?:exclusiva|especial|limitada|de lanzamiento|flash)|precio especial|precios? de locura|rebajas de (?:verano|invierno|enero)|black friday|cyber monday', category: 'discount' },
  { match: '(?:solo|solamente|unicamente)\\s+(?:hoy|hasta (?:el )?(?:domingo|viernes|manana|fin de mes)|este fin de semana|por tiempo limitado)|por tiempo limitado|ultimas? (?:plazas|unidades|entradas)|plazas limitadas|hasta agotar existencias|no te lo pierdas|no os lo perdais|(?:corre|corred|corran|corramos) que (?:vuelan|se acaban|se agotan)', category: 'urgency' },
  { match: '(?:reserva|reservad|compra|comprad|pide|pedid|apuntate|apuntaos|inscribete|inscribios|suscribete|suscribios|consigue|hazte con)\\s+(?:ya|ahora|hoy|tu|la|el|vuestra|vuestro|tus|aqui|en)', category: 'urgency' },
  { match: 'link en (?:la |mi )?bio|enlace en (?:la |mi )?bio|adopta,? no compres|(?:inscribete|apuntate|hazte|unete|sumate|inscribanse|apuntaos)\\s+(?:como\\s+)?(?:voluntari[oa]s?|padrinos?|madrinas?|soci[oa]s?|donantes?|familia de acogida)|conoce a (?:todos )?(?:los|nuestros) peludos|te esperamos|os esperamos|los esperamos|trae a tu familia|traed a vuestra familia|jornada de puertas abiertas|no faltes|no falten|ven a (?:nuestra|nuestro|la|el) (?:jornada|feria|evento|refugio|centro|mercadillo|carrera|caminata)|(?:mas )?info(?:rmacion)? (?:y reservas )?en (?:el )?(?:enlace|link|bio|nuestra web|la web)', category: 'urgency' },
  // A price cut said in words, and the last days of an offer: "a mitad de precio", "a precio reducido", "últimos días para apadrinar".
  { match: '(?:a\\s+)?mitad de precio|(?:a|con)\\s+precios?\\s+(?:reducidos?|especial(?:es)?|populares?|simbolicos?|solidarios?|de coste)|precios? reducidos?|sin coste (?:alguno|para ti|para vosotros)|totalmente gratis|gratis para (?:socios|todos|los primeros)', category: 'discount' },
  { match: 'ultimos dias (?:para|de)|ultima semana (?:para|de)|ultima oportunidad|ultimas horas|quedan pocas plazas|pocas plazas|cupos? limitados?|plazas agotandose', category: 'urgency' },
  // A charity event of the brand: "mercadillo solidario", "todo lo recaudado va para los peludos".
  { match: '(?:mercadillo|rifa|cena|carrera|gala|caminata|concierto|subasta|feria|bingo|venta|calendario|camiseta|tienda|loteria|chapas?|tazas?|sudaderas?|bolsas?)\\s+solidari[oa]s?|(?:todo\\s+)?lo recaudado (?:va|ira|sera|se destina)', category: 'call to action' },
  { match: '(?:entradas|tickets)\\s+(?:ya\\s+)?(?:a la venta|disponibles|en taquilla)|(?:a la venta|ya a la venta)\\s+(?:las )?entradas', category: 'tickets' },
];

/** Words that promote only in the sentence of a strong brand marker: "nuevo", "oferta". */
export const PROMOTION_WORDS_NEAR_BRAND_ES: readonly PhraseEntry[] = [
  { match: 'ofertas?|promocion|promo|rebajas|descuentos?|novedad(?:es)?|lanzamiento|sorteo|regalamos|gratis', category: 'discount' },
  { match: '(?:esperan?|buscan?|esperando|buscando)\\s+(?:un\\s+|una\\s+|nuevas?\\s+|nuevos?\\s+)?(?:hogar|hogares|familia|familias|adoptantes|casa|casas)\\b(?!\\s+de\\s+acogida)|(?:solicitud(?:es)?|formulario|ficha)\\s+de\\s+(?:adopcion|acogida|voluntariado|apadrinamiento)|(?:esta|estan) en adopcion|a la venta|teaming|apadrinamientos?', category: 'urgency' },
  { match: 'ya disponible|ya a la venta|recien salido|estrenamos|abrimos (?:el|este|nueva|nuevo)|gran apertura|inauguracion', category: 'urgency' },
];

/** Offers next to a brand marker (a price, a free thing): weaker evidence, when no phrase is there. */
export const PROMOTION_CUES_NEAR_BRAND_ES: readonly PhraseEntry[] = [
  { match: '(?:desde|por solo|a solo|solo)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euros|eur)', category: 'price' },
  { match: '(?:a|por)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euros|eur|pesos|\\$)(?!\\w)', category: 'price' },
  { match: 'campana de (?:vacunacion|esterilizacion|castracion|adopcion|adopciones|microchip|chapas|desparasitacion|recogida)|(?:jornada|dia|semana|feria) de (?:adopcion|adopciones|vacunacion|esterilizacion|castracion|puertas abiertas)', category: 'call to action' },
  { match: '\\d+(?:[.,]\\d+)?\\s?(?:€|euros)\\s+(?:al|por|a la)\\s+(?:mes|ano|semana)', category: 'price' },
  { match: '\\d+(?:[.,]\\d+)?\\s?(?:€|euros)\\s+(?:la|el|por)\\s+(?:noche|persona|sesion|mes|entrada|consulta)', category: 'price' },
];

/** Asks to book, share or spread the word. ("Cada peso cuenta" beside the brand is a plea for money; where a "dona" says it too, the verb is the finding.) */
export const PROMOTION_ASKS_ES: readonly PhraseEntry[] = [
  { match: '(?:reserva|reservad|pide|pedid)\\s+(?:tu|vuestra|vuestro|su)\\s+(?:cita|mesa|plaza|hueco|sitio)', category: 'call to action' },
  { match: '(?:comparte|compartid|compartan|difunde|difundid|rt|retuitead)\\s+(?:por favor|porfa|plis)|(?:por favor|porfa|porfavor)\\s+(?:comparte|compartid|difundid|difunde|rt)|(?:dadle|dale) difusion|se agradece (?:difusion|rt|compartir)|cada (?:rt|compartido) cuenta|(?<!(?:^|\\s)don(?:a|ad|en|e)\\b[^.!?\\n]*)(?:cada (?:peso|euro|sol|dolar|donacion|aporte|granito|moneda|ayuda|centimo) (?:cuenta|suma|importa|ayuda)|toda ayuda (?:suma|cuenta)|cualquier (?:aporte|ayuda|donacion) (?:suma|cuenta|ayuda))(?![^.!?\\n]*\\sdon(?:a|ad|en|e)\\b)', category: 'ask to share' },
  { match: '(?:dona|donad|done|donen|donar|apadrina|apadrinen)\\s+(?:en|a traves de|aqui|ya|hoy|ahora|lo que|lo q|algo|tu|a)\\b|haz (?:tu|una) donacion|ayudanos a (?:llegar|conseguir|recaudar)', category: 'call to action' },
  // The brand's calls in the imperative, whoever writes them: "pedid cita ya", "visita happypaws.org", "adopta a Kira", "escríbenos".
  { match: '(?:pide|pedid|pidan|pida|reserva|reservad|reserven|saca|sacad|solicita|solicitad|solicite|solicitalo)\\s+(?:ya\\s+)?(?:tu\\s+|vuestra\\s+|su\\s+)?(?:cita|turno|hora|plaza|presupuesto)\\b', category: 'call to action' },
  { match: '(?:visita|visitad|visiten|visitanos|visitenos|entra en|entrad en|entra a|entren a|entren en|pasate por|pasaos por|pasen por|pasen x|pasate x|date una vuelta por|echa un vistazo a|echale un ojo a|descubre|descubrid)\\b', category: 'call to action' },
  { match: '(?:adopta|adoptad|adopten|adoptalo|adoptala|apadrina|apadrinad|apadrinen|acoge|acoged|acojan)\\s+(?:a|ya|hoy|un|una|tu|al|a la)\\b|(?:necesitamos|buscamos|necesita|busca|necesitan|buscan)\\s+(?:urgentemente\\s+)?(?:voluntari[oa]s|padrinos|madrinas|familias? de acogida|casas? de acogida|hogares? de acogida|hogar temporal|adoptantes|donaciones|socios|tu ayuda|vuestra ayuda)|(?:animense|animate|animaos|escribenos|escribinos|contactanos|contactenos|llamanos|siguenos|seguinos|unete|sumate|participa|participad|participen|colabora|colaborad|colaboren)\\b|hazte (?:soci[oa]|padrino|madrina|voluntari[oa]|teaming)|(?:pruebalo|pruebala|pruebalos|probadlo|probadla|compralo|comprala|consiguelo|consiguela|llevatelo|no te quedes sin)\\b|(?:busca|buscad|encuentra|encontrad|elige)\\s+(?:a\\s+)?(?:tu|vuestro)\\s+(?:mejor amigo|nuevo amigo|companer[oa]|peludo|compi|nuevo miembro)', category: 'call to action' },
  // What the reader may now do, a gift of the brand's, a chance asked for: "ya puedes reservar tu plaza", "regala un apadrinamiento", "¿le das una oportunidad?", "info en happypaws.org".
  { match: '(?:ya\\s+)?(?:puedes|podeis|pueden|podes)\\s+(?:reservar|apuntarte|apuntaros|inscribirte|inscribiros|comprar|pedir|adoptar|apadrinar|donar|conseguir|colaborar|participar|hacerte)\\b|(?:regala|regalad|regalen)\\s+(?:un|una)\\b|(?:le|les)\\s+(?:das|dais|dan|damos)\\s+(?:una\\s+)?(?:oportunidad|hogar|casa|familia)|(?:dale|denle|dadle)\\s+(?:una\\s+)?(?:oportunidad|hogar|casa)|(?:mas\\s+)?info(?:rmacion)?\\s*(?:en|aqui|:|👉|➡️)', category: 'call to action' },
  { match: 'publi(?:cidad)? descarada|autobombo|me toca hacer publi|el curro me pide que (?:lo )?(?:comparta|publique)', category: 'plug' },
];

/** Words that say a post is no advertisement: "no es publi, solo estoy orgullosa". */
export const NOT_AN_AD_ES = String.raw`(?:no\s+es\s+(?:publi|publicidad|un\s+anuncio|promo|patrocinado)|sin\s+patrocinar|no\s+patrocinado)`;
