/**
 * Spanish words of `personal-info` (Spain and Latin America): street
 * addresses as they are written there ("Calle Mayor 12, 3º B, 28013
 * Madrid", "C/ de Sants 188, 4º 2ª", "Av. Corrientes 1234, 5º A",
 * "Calle Durango 245, int. 3, Col. Roma Norte"), dates of birth ("nací el
 * 14 de marzo de 1991"), own-number cues ("mi móvil", "apuntad", "bizum
 * al") and the regions Spanish is written in.
 */
import type { PersonalInfoWords } from './personal-info.js';

export const PERSONAL_INFO_ES: PersonalInfoWords = {
  // Venezuela, Ecuador and Uruguay too: "mi celular es 0414 555 2398" is a Venezuelan mobile, read only after an own-number cue.
  regions: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'UY'],
  ownPhone: String.raw`(?:(?:mi|mis)\s+(?:nuevo\s+|n[uú]mero\s+de\s+)?(?:n[uú]mero(?!\s+de\s+(?:pedido|seguimiento|orden|cliente|socio|referencia|factura|expediente|ticket|reserva|serie|lote|env[ií]o|caso|incidencia|afiliado|cuenta|gu[ií]a|rastreo))|numero(?!\s+de\s+(?:pedido|seguimiento|orden|cliente|socio|referencia|factura|expediente|ticket|reserva|serie|lote|env[ií]o|caso|incidencia|afiliado|cuenta|gu[ií]a|rastreo))|m[oó]vil|movil|cel|celu|celular|tel[eé]fono|tlf|tfno|whats|whatsapp|wasap|wsp|fijo)(?:\s+(?:nuevo|personal))?|(?:cel|celu|celular|m[oó]vil|whats|whatsapp|wsp|tel[eé]fono)\s+nuevo|(?:ll[aá]mame|ll[aá]madme|ll[aá]menme|ll[aá]meme|ll[aá]menos|escr[ií]beme|escrib[ií]me|escribidme|escr[ií]banme|escr[ií]bame|h[aá]blame|habl[aá]me|m[aá]ndame|mandadme|m[aá]ndenme|m[aá]ndeme|pon[eé]me|agr[eé]game|agr[eé]guenme|agr[eé]gueme|cont[aá]ctame|contact[aá]me|cont[aá]ctenme|cont[aá]cteme|text[eé]ame|wasap[eé]ame|whatsapp[eé]ame)(?:\s+(?:un\s+)?(?:whats|wasap|mensaje|msj|sms))?(?:\s+al)?|ap[uú]nt(?:a|ad|en|adlo|alo|ame|enme|adme)|ag[eé]nd(?:a|en|ad|ame|enme|adme|eme)(?:lo)?|guard(?:a|en|ad)(?:me|lo)\s+(?:este|mi|el)\s+(?:n[uú]mero|cel|m[oó]vil)|(?:guard(?:a|en|ad|alo|adlo|enlo)|ap[uú]nt(?:a|ad|en|alo|adlo|enlo)|agend(?:a|en|ad|alo|enlo))\s+(?:este|el\s+nuevo|mi\s+nuevo|el\s+m[ií]o)(?:\s+(?:n[uú]mero|cel|m[oó]vil|whats|whatsapp))?\s*:|n[uú]mero\s+nuevo|nuevo\s+n[uú]mero|(?:(?:he|hemos)\s+cambiado|cambi[eé]|cambiamos|estren[eé]|estrenamos)\s+(?:de\s+)?(?:n[uú]mero|m[oó]vil|cel|celu|celular|tel[eé]fono|whats|whatsapp|wsp)(?!\s+de\s+(?:cuenta|pedido|zapato|pie|socio|cliente|serie|casa\s+de))|bizum\s+al|hazme\s+(?:un\s+)?bizum(?:\s+al)?|localizable\s+en)`,
  businessPhone: String.raw`(?:llama(?:d|r)?\s+al?\s+(?:tel[eé]fono\s+de\s+)?(?:la|el)|(?:llama|llamen|llame|ll[aá]manos|marca|marquen|marque)\s+al|reserv(?:a|as|ar|en|aciones)|l[ií]nea\s+(?:gratuita|de\s+ayuda|de\s+atenci[oó]n)|llamada\s+gratuita|atenci[oó]n\s+al\s+cliente|pedidos|pedido|n[uú]mero\s+de\s+(?:seguimiento|orden|env[ií]o|gu[ií]a|rastreo|cliente|socio|factura|referencia|expediente|incidencia)|tracking|reservas|citas|urgencias|emergencias|cl[ií]nica|consulta|pizzer[ií]a|farmacia|panader[ií]a|restaurante|taller|tienda|hotel|hospital|dentista|veterinari[oa]|oficina|empresa)`,
  streetTypes: [
    'calle', 'c/', 'avenida', 'avda.', 'avda', 'av.', 'av', 'paseo', 'pº', 'plaza', 'pza.', 'camino', 'ronda',
    'travesía', 'travesia', 'carrera', 'cra.', 'cra', 'kr', 'diagonal', 'transversal', 'carretera', 'ctra.', 'callejón', 'pasaje', 'calzada', 'rambla', 'carrer', 'jirón', 'jr.', 'bulevar', 'glorieta', 'costanilla', 'cuesta',
  ],
  addresses: [
    String.raw`{TYPE}\s*(?:(?:de|del|de\s+la|de\s+las|de\s+los|d['’])\s*)?{NAME}(?:\s+(?:(?:de|del|la|las|los|y)\s+)?{NAME}){0,3},?\s+(?:n[º°o]\.?\s*)?\d{1,5}(?:\s?[A-Za-z](?![\p{L}\p{N}]))?(?:(?:,\s*|\s+)(?:\d{1,2}\s?[º°ªo]\.?(?:\s*(?:[A-Za-z]|\d{1,2}\s?[º°ªa]))?(?![\p{L}\p{N}])|(?:int|interior|depto|dpto|dep|piso|puerta|pta|esc|escalera|bloque|portal|casa)\.?\s*[A-Za-z\d]{1,4}(?![\p{L}\p{N}])|bajo|[aá]tico|entresuelo)){0,3}(?:,?\s*(?:Col\.|Colonia)\s+{NAME}(?:\s+{NAME}){0,2})?(?:,?\s*\d{5}(?:\s+{NAME}(?:\s+(?:de\s+)?{NAME})?)?)?`,
    // Colombia's grid: "Carrera 15 # 93-47, apto 502", "Calle 80 No. 12-34".
    String.raw`{TYPE}\s*\d{1,3}\s?[A-Za-z]?(?:\s+bis)?\s*(?:#|n[º°o]\.?)\s*\d{1,3}\s?[A-Za-z]?\s*-\s*\d{1,3}(?:,?\s*(?:apto|apartamento|int|interior|casa|torre|piso)\.?\s*[A-Za-z\d]{1,4}(?![\p{L}\p{N}]))*`,
    // Peru's blocks and lots: "Mz. B Lt. 12, Urb. Los Pinos".
    String.raw`(?:Mz\.?|Manzana)\s*[A-Z\d]{1,3}\s*,?\s*(?:Lt\.?|Lote)\s*\d{1,3}(?:,?\s*(?:Urb\.?|Urbanizaci[oó]n|AA\.?\s?HH\.?|Asoc\.?)\s+{NAME}(?:\s+{NAME}){0,3})?`,
  ],
  ownAddress: String.raw`(?:(?:mi|nuestra|nuestro)\s+(?:nueva\s+)?(?:direcci[oó]n|casa|piso|depa|departamento|apartamento|domicilio|hogar)|(?:direcci[oó]n|casa|piso|depa|domicilio)\s+nuev[oa]|nueva\s+(?:direcci[oó]n|casa)|vivo\s+en|vivimos\s+en|viviendo\s+en|me\s+mud[eé]|nos\s+mudamos|me\s+he\s+mudado|nos\s+hemos\s+mudado|mudanza|estamos\s+en\s+la\s+casa|en\s+mi\s+casa|en\s+casa|mandadme|m[aá]ndenme|mandarme|m[aá]ndame|env[ií]ame|enviadme|enviarme|paquete\s+m[ií]o|repartidor|mensajero|inauguraci[oó]n|v[eé]nganse|vengan|venid|pasaos|pasen)`,
  publicAddress: String.raw`(?:horario|atendemos|abrimos|cerramos|nuestro\s+(?:local|negocio|estudio|consultorio|taller)|tienda|museo|bar|restaurante|taquer[ií]a|caf[eé]|cafeter[ií]a|pizzer[ií]a|panader[ií]a|librer[ií]a|mercado|teatro|cine|hotel|hostal|hospital|cl[ií]nica|farmacia|estadio|galer[ií]a|expo|exposici[oó]n|concierto|festival|feria|colegio\s+electoral|embajada|consulado|municipalidad|alcald[ií]a|registro\s+civil|comisar[ií]a|notar[ií]a|juzgado|ministerio|IES|colegio|escuela|universidad|iglesia|parroquia|biblioteca|ayuntamiento|oficina|sede|local|gimnasio|consulta|est[aá]\s+hasta|abre|abierto|la\s+mejor|el\s+mejor|lo\s+mejor|l[oa]s\s+mejores|tacos|sushi|hamburguesas|helader[ií]a|cervecer[ií]a|marisquer[ií]a|asador|recomiendo|merienda|manifestaci[oó]n|marcha|quedada|carrera|marat[oó]n|evento)`,
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'sep?tiembre', 'octubre', 'noviembre', 'diciembre'],
  longDate: String.raw`{DAY}\s+de\s+{MONTH}\s+(?:de(?:l)?\s+)?{YEAR}`,
  birthForm: String.raw`(?:fecha\s+de\s+nacimiento|f\.?\s?nac\.?|FDN|nacimiento)`,
  birthOwn: String.raw`(?:yo\s+)?nac[ií](?!\p{L})|mi\s+fecha\s+de\s+nacimiento|(?:yo\s+)?soy\s+del?(?=\s+(?:un\s+)?(?:\d|$))|(?:llegu[eé]|vine|aterric[eé])\s+(?:a\s+este|al)\s+mundo`,
  birthOther: String.raw`(?:soy\s+del?(?=\s+(?:un\s+)?(?:\d|$))|nac[ií]|naci[oó]|nacida|nacido|(?:vino|vine|lleg[oó]|llegu[eé]|aterric[eé])\s+(?:a\s+este|al)\s+mundo)`,
  family: String.raw`(?:bienvenid[oa]s?\s+al\s+mundo|(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s+(?:\p{L}+\s+)?(?:hij[oa]s?|ni[ñn][oa]s?|beb[eé]|peque(?:ñ[oa]|n[oa])?|abuel[oa]s?|yayo|yaya|madre|padre|mam[aá]|pap[aá]|herman[oa]s?|marido|mujer|esposa|esposo|novi[oa]|pareja|sobrin[oa]|prim[oa]|ti[oa]|nieto|nieta)|(?:mi|nuestr[oa])\s+(?!(?:empresa|proyecto|marca|negocio|canal|blog|equipo|club|banda|grupo|p[aá]gina|web|tienda|startup|podcast|pa[ií]s|ciudad|pueblo|barrio|asociaci[oó]n|fundaci[oó]n)(?!\p{L}))\p{L}{3,}\s*$)`,
  animals: String.raw`(?:perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|cachorr[oa]s?|mascota|camada|adopci[oó]n|🐶|🐕|🐱|🐈|🐾)`,
};
