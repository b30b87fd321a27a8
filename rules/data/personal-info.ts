/**
 * Data of the `personal-info` rule: what makes a run of digits a payment
 * card, an IBAN, a social security number or another country's identity or
 * tax number, what makes a number and some
 * words a street address, and which words say that a date is a date of birth.
 * Phone numbers are not here: libphonenumber-js knows them.
 */

/** The kinds of identifier the rule reports; each is also its message id. */
export const PERSONAL_INFO_KINDS = ['phone', 'email', 'card', 'ssn', 'nationalId', 'iban', 'address', 'birthdate'] as const;
export type PersonalInfoKind = (typeof PERSONAL_INFO_KINDS)[number];

/**
 * Phone number types (libphonenumber-js `getType()`) of numbers that belong
 * to a business by nature, never to a person: toll-free, premium-rate,
 * shared-cost and "universal access" numbers.
 */
export const BUSINESS_PHONE_TYPES: readonly string[] = ['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN'];

/**
 * Prefixes of the national (significant) numbers of business-only ranges,
 * by country: toll-free, shared-cost and premium-rate numbers that the
 * phone metadata presence ships (libphonenumber-js's smallest) cannot type.
 * ES 900/800 free, 901/902 shared, 803/806/807/905 premium; FR 08 (all
 * special rates); DE 0800 free, 0180 shared, 0900 premium, 0137 votes;
 * PT 800 free, 808 shared, 707/708/760 premium; BR 0800 free, 0300/0303
 * shared; MX and AR 800 free (AR 0810 shared, 0600 premium); CL, PE 800
 * free; CO 01 8000 free; BE 0800 free, 090x premium; CH 0800 free, 084x
 * shared, 090x premium; AT 0800 free, 0810/0820 shared, 0900/0901/0930/0939
 * premium; CA the NANP's toll-free codes and 900.
 */
export const BUSINESS_PHONE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  ES: ['800', '900', '901', '902', '803', '806', '807', '905'],
  FR: ['8'],
  DE: ['800', '180', '900', '137'],
  PT: ['800', '808', '707', '708', '760'],
  BR: ['800', '300', '303'],
  MX: ['800', '900'],
  AR: ['800', '810', '600'],
  CL: ['800'],
  PE: ['800'],
  CO: ['18000'],
  BE: ['800', '90'],
  CH: ['800', '84', '90'],
  AT: ['800', '810', '820', '821', '900', '901', '930', '931', '939'],
  CA: ['800', '888', '877', '866', '855', '844', '833', '900'],
};

/**
 * Words right before a number that make it a reference, not a phone number:
 * "Order 5035550123", "confirmation number: 5035550123", "ticket #".
 */
export const REFERENCE_WORDS = String.raw`(?:e-?ticket|order|orders|confirmation|booking|reservation|tracking|invoice|receipt|ticket|case|ref|reference|account|acct|member|membership|policy|claim|serial|model|part|SKU|ISBN|PNR|ID|transaction|shipment|parcel|package|item|product|patent|bill|application|permit|license|licence|registration|chip|microchip|pedido|factura|fatura|referencia|referência|localizador|reserva|encomenda|protocolo|rastreio|commande|facture|référence|dossier|colis|suivi|Bestellung|Bestellnummer|Rechnung|Rechnungsnummer|Auftrag|Auftragsnummer|Kundennummer|Sendung|Sendungsnummer|Buchung|Buchungsnummer|Vorgang|Aktenzeichen)(?:\s+(?:number|num|no\.?|nr\.?|code|id|n[º°o]\.?|número|numero|numéro|nummer|de\s+(?:pedido|commande|reserva|suivi)))?\s*[:#º°]*\s*`;

/**
 * Local parts of e-mail addresses that name a role, not a person:
 * `press@whitehouse.gov` or `support@nodejs.org` are published on purpose.
 */
export const ROLE_EMAIL_LOCAL_PARTS: readonly string[] = [
  'info', 'contact', 'hello', 'hi', 'support', 'help', 'helpdesk', 'service', 'customerservice', 'care', 'sales',
  'press', 'media', 'news', 'newsroom', 'pr', 'marketing', 'events', 'jobs', 'careers', 'hr', 'recruiting', 'team',
  'office', 'admin', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'security', 'privacy', 'legal', 'billing',
  'accounts', 'orders', 'feedback', 'tips', 'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'notifications',
  'newsletter', 'editor', 'editors', 'letters', 'submissions', 'community', 'partners', 'sponsors', 'sponsorship',
  'adopt', 'adoptions', 'volunteer', 'volunteers', 'donate', 'donations', 'foster', 'rescue', 'appointments',
  'bookings', 'reservations', 'enquiries', 'inquiries', 'questions', 'membership', 'members', 'general', 'mail',
  // Session 13: the same roles in Spanish, Portuguese, French and German (an address is read in any language).
  'contacto', 'contato', 'hola', 'ola', 'ventas', 'vendas', 'comercial', 'soporte', 'suporte', 'prensa', 'imprensa', 'reservas',
  'empleo', 'rrhh', 'rh', 'recrutamento', 'administracion', 'administracao', 'atencion', 'atendimento', 'geral', 'secretaria',
  'faturacao', 'facturacion', 'adopciones', 'adocao', 'adocoes', 'voluntarios', 'voluntariado', 'donaciones', 'doacoes',
  'bonjour', 'accueil', 'ventes', 'presse', 'recrutement', 'emploi', 'reservation', 'adoption', 'benevoles', 'dons',
  'kontakt', 'vertrieb', 'buchung', 'bewerbung', 'verwaltung', 'spenden', 'ehrenamt', 'kundenservice',
];

/**
 * Parts of a local part that make it a role's in any combination:
 * "servicedesk@", "it-support@", "bookings.leeds@". Not "info" or "team",
 * which are inside names ("martina.info" is rare, "steam" is not).
 */
export const ROLE_EMAIL_LOCAL_PART_WORDS: readonly string[] = [
  'helpdesk', 'servicedesk', 'support', 'customerservice', 'enquiries', 'inquiries', 'reception', 'bookings', 'noreply', 'no-reply',
];

/**
 * Issuer (IIN) prefixes of payment cards and the lengths each allows.
 * `from`/`to` are compared with the first `from.length` digits of the number.
 */
export interface CardIssuer {
  name: string;
  from: string;
  to: string;
  lengths: readonly number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const CARD_ISSUERS: readonly CardIssuer[] = [
  { name: 'Visa', from: '4', to: '4', lengths: [13, 16, 19] },
  { name: 'Mastercard', from: '51', to: '55', lengths: [16] },
  { name: 'Mastercard', from: '2221', to: '2720', lengths: [16] },
  { name: 'American Express', from: '34', to: '34', lengths: [15] },
  { name: 'American Express', from: '37', to: '37', lengths: [15] },
  { name: 'Discover', from: '6011', to: '6011', lengths: range(16, 19) },
  { name: 'Discover', from: '644', to: '649', lengths: range(16, 19) },
  { name: 'Discover', from: '65', to: '65', lengths: range(16, 19) },
  { name: 'Diners Club', from: '300', to: '305', lengths: range(14, 19) },
  { name: 'Diners Club', from: '36', to: '36', lengths: range(14, 19) },
  { name: 'Diners Club', from: '38', to: '39', lengths: range(14, 19) },
  { name: 'JCB', from: '3528', to: '3589', lengths: range(16, 19) },
  { name: 'UnionPay', from: '62', to: '62', lengths: range(16, 19) },
  { name: 'Maestro', from: '5018', to: '5018', lengths: range(13, 19) },
  { name: 'Maestro', from: '5020', to: '5020', lengths: range(13, 19) },
  { name: 'Maestro', from: '5038', to: '5038', lengths: range(13, 19) },
  { name: 'Maestro', from: '5893', to: '5893', lengths: range(13, 19) },
  { name: 'Maestro', from: '6304', to: '6304', lengths: range(13, 19) },
  { name: 'Maestro', from: '6759', to: '6759', lengths: range(13, 19) },
  { name: 'Maestro', from: '6761', to: '6763', lengths: range(13, 19) },
  { name: 'Mir', from: '2200', to: '2204', lengths: range(16, 19) },
];

/**
 * Test card numbers that payment providers publish (Stripe, Braintree,
 * Adyen docs): a developer's post about a checkout is not a leak.
 */
export const TEST_CARD_NUMBERS: readonly string[] = [
  '4242424242424242', '4000056655665556', '4111111111111111', '4012888888881881', '4222222222222',
  '4000000000000002', '4000000000009995', '4000000000000077', '4000002500003155', '4000000000003220',
  '5555555555554444', '5200828282828210', '5105105105105100', '2223003122003222', '5454545454545454',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
  '6011000000000004', '3056930009020004', '36227206271667', '30569309025904', '38520000023237',
  '3566002020360505', '3530111333300000', '6200000000000005', '6200000000000047',
];

/**
 * Social security numbers that pass the structural checks but are known not
 * to be anyone's: the Woolworth wallet card, the 1962 ad, and the examples
 * every form shows (as real detectors, e.g. Presidio, exclude them).
 */
export const INVALID_SSNS: readonly string[] = ['078051120', '219099999', '123456789', '987654321', '987654320'];

/** Words right before a bare run of nine digits that make it a social security number. */
export const SSN_CUES = String.raw`(?:SSN|SSN#|SS#|S\.S\.N\.?|soc(?:ial)?\.? sec(?:urity)?\.?(?: (?:number|num|no\.?|#))?)`;

/**
 * Street types, written as they are on signs and envelopes: capitalised or
 * in capitals. Not listed: "Highway" and "Route" (their number comes after:
 * "Route 66"), "Park" and "Square" (mostly places, not addresses).
 */
export const STREET_TYPES: readonly string[] = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct',
  'Way', 'Place', 'Pl', 'Terrace', 'Terr', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Trail', 'Trl', 'Crescent', 'Cres',
  'Close', 'Loop', 'Alley', 'Pike', 'Highway', 'Hwy', 'Mews', 'Gardens', 'Grove', 'Row', 'Rise', 'Parade',
  'View', 'Heights', 'Quay', 'Wharf', 'Vale', 'Square', 'Sq', 'Hill', 'Walk',
];

/**
 * Street types that may be written in lower case ("12 elm street", "number 4
 * oak road"): full words that are rarely anything else after a number and a
 * word. Not "drive", "way" or "place" ("a 3 hour drive").
 */
export const LOWER_CASE_STREET_TYPES: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'crescent', 'terrace', 'mews', 'gardens',
];

/**
 * Abbreviated street types that are also titles before a name: "3 Books By
 * Dr. Seuss", "5 Days in St Louis". After one of these, a capitalised word
 * that is not a unit or a direction ends the match as a title.
 */
export const TITLE_LIKE_STREET_TYPES: readonly string[] = ['St', 'Dr', 'Ste'];

/** Compass directions before or after a street name: "4500 W Main Ave", "701 SW 6th Ave", "12 Elm St NE". */
export const DIRECTIONS = String.raw`(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?`;

/** Units after a street: "Apt 3", "Suite 200", "#4B". */
export const UNITS = String.raw`(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Rm|Room|#)\.?`;

/**
 * Names that look like a street after a number but are institutions,
 * markets or songs: "2 Supreme Court justices", "$400K Wall Street speech",
 * "3 Abbey Road outtakes". Compared with the street name and type of a match,
 * in lower case.
 */
export const NOT_STREETS: readonly string[] = [
  'supreme court', 'high court', 'district court', 'federal court', 'circuit court', 'superior court', 'family court',
  'appeals court', 'appellate court', 'county court', 'crown court', 'state court', 'tax court', 'food court',
  'traffic court', 'claims court', 'juvenile court', 'world court', 'kangaroo court', 'wall street', 'wall st',
  'sesame street', 'easy street', 'fleet street', 'abbey road', 'silk road', 'yellow brick road', 'memory lane',
  'penny lane', 'milky way', 'jump street', 'electric avenue', 'madison avenue', 'main street america',
];

/**
 * Addresses of public landmarks and head offices, compared in lower case
 * with runs of spaces and dots squeezed: not anyone's home.
 */
export const PUBLIC_ADDRESSES: readonly string[] = [
  '1600 pennsylvania avenue', '1600 pennsylvania ave', '10 downing street', '10 downing st', '1 infinite loop',
  '1 apple park way', '1 hacker way', '1600 amphitheatre parkway', '1600 amphitheatre pkwy',
];

/**
 * Words before a number that make it a count, not a house number: "Top 5
 * Main Street Shops", "all 3 Elm Street houses".
 */
export const COUNT_WORDS = String.raw`(?:top|best|worst|these|those|all|over|about|around|nearly|almost|only|just|every|some|another|first|last|next|other|than|the|vs|versus|chapter|episode|season|part|page|vol|volume|level|grade|gate|platform|pier|route|exit|mile|highway|hwy|interstate)`;

/** Words before a year that make "2016 Main Street" a time, not a house number: "in 2016 Main Street voted". */
export const TIME_WORDS = String.raw`(?:in|since|from|until|till|til|before|after|during|circa|ca\.|around|by|of|year)`;

/**
 * Little words of title-case headlines that are never a word of a street
 * name: "100 Days Of Code Drive", "5 Things About Main Street".
 */
export const LITTLE_WORDS = String.raw`(?:Of|The|And|For|To|In|On|At|With|By|From|A|An|Or|Nor|But|Is|Are|Was|Were|Be|Been|Has|Have|Had|Do|Does|Did|Will|Can|Could|Should|Would|Might|Must|Not|My|Our|Your|Their|His|Her|Its|This|That|These|Those|It|We|You|They|He|She|I|Me|Us|Them|Vs|About|Around|Near|Along|Down|Up|Off|Through|Across|Into|Onto|Over|Under|Past|Behind|Beyond|Like|Than|Why|How|What|When|Where|Who|Which|All|More|Most|Every|Just|Only)`;

/**
 * Words that make an address a business's or an event's on the professional
 * presence: "Adoption day this Saturday at 701 SW 6th Ave", "our clinic at
 * 12 Elm St opens at 9". A venue changes with every event, so allowWords
 * cannot list them all; the business's names count too.
 */
export const VENUE_WORDS = String.raw`(?:shelter|clinic|hospital|office|offices|store|shop|location|locations|opening|opens?|hours|visit us|come see us|join us|see you|events?|adoptions?|adopt|rescue|fundraiser|gala|market|fair|festival|expo|conference|meetup|venue|business|studio|salon|restaurant|cafe|café|bakery|HQ|headquarters|customers?|clients?|patients?|booth|tickets?|RSVP|register|registration|workshop|class|classes|seminar|open house|pop-up|drive)`;

/** Words that say the date next to them is a date of birth, whoever's it is. */
export const BIRTH_FORM_CUES = String.raw`(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthdate)`;
/**
 * Words that say a date is someone's birth or birthday; these need the
 * poster (I, me, my, our, we) in the sentence: "Lincoln was born on
 * February 12, 1809" is history.
 */
export const BIRTH_EVENT_CUES = String.raw`(?:born|birthday|bday|b-day|b'day|leap(?:[ -]?(?:year|day))? bab(?:y|ies)|leapling)`;
/** Cues that name a birthday, not a birth: "my birthday is March 3, 2026" is this year's party. */
export const BIRTHDAY_CUES = /^(?:birthday|bday|b-day|b'day)$/i;

/** The poster in a sentence: a birth or birthday is theirs or their family's. */
export const FIRST_PERSON = String.raw`(?:I|I'm|I’m|me|my|mine|we|we're|we’re|our|us)`;

/**
 * Animals: a rescue's "Bella, born 3/14/2020" or "my dog's birthday" is no
 * person's date of birth.
 */
export const ANIMALS = String.raw`(?:dogs?|doggo|doggy|doggie|pupp(?:y|ies)|pups?|cats?|kitt(?:y|en|ens|ies)|pets?|horses?|pony|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|parrots?|birds?|fish|reptiles?|snakes?|lizards?|adopt\w*|rescued?|shelter|litter|furbaby|fur baby|🐶|🐕|🐱|🐈|🐾|🐰|🐴)`;

/**
 * A birthday ("my birthday is March 3, 2026") with a recent year is a party,
 * not a birth. Recent: the scheduled year of the post and the one before it;
 * for a post without a date, this year and later.
 */
export const RECENT_BIRTHDAY_YEAR = 2020;

/**
 * Words before an address, in its sentence, that make it the author's own
 * (or their family's): "my address is", "we live at", "come over to", "our
 * new place", "send it to me at", "party at mine".
 */
export const OWN_ADDRESS_CUES = String.raw`(?:(?:my|our|mum['’]?s|mom['’]?s|dad['’]?s|parents['’]?|nan['’]?s|gran['’]?s)\s+(?:new\s+|old\s+|home\s+|current\s+|postal\s+|forwarding\s+)?(?:address|addy|place|flat|apartment|apt|house|home|digs|pad)|(?:new|forwarding|home|postal|delivery)\s+address|(?:I|we|I['’]m|we['’]re|they|she|he)\s+(?:now\s+|still\s+|currently\s+)?(?:live|living|lives|stay|staying|moved|moving|moved\s+in)\s+(?:at|to|in|into)|live\s+at|come\s+(?:over|round|by)\s+(?:to|at)|(?:party|drinks|bbq|housewarming|dinner)\s+at\s+(?:mine|ours|my\s+place)|at\s+(?:mine|ours)|housewarming|(?:send|post|mail|deliver|ship|drop)\s+(?:it|them|things|stuff|post|mail|cards?|parcels?|packages?|presents?|gifts?)?\s*(?:to\s+(?:me|us)\s+)?(?:to|at)|(?:cards?|post|mail|parcels?|packages?)\s+to|pizza\s+guy|uber|courier|delivery\s+driver|driveway|officially\s+ours|got\s+the\s+keys|deets|details\s+for)`;

/**
 * Words near a street address typed in lower case, before it in the post or after it in its sentence, that make it a
 * home: keys, a door, parcels, neighbours, moving in ("moved in!! 3318 ne alberta st", "new keys for 27 hollybrook
 * road", "parcels for 14 cromwell gardens keep going to 41", "the key's under the frog by the back door at 52 linden
 * avenue"). Lower case without such a word is too often a phrase ("working 4 to close").
 */
export const HOME_NEAR_CUES = String.raw`(?:moved\s+in|moving\s+in|new\s+keys|the\s+keys|keys?\s+(?:for|to)|spare\s+key|key['’]?s?\s+(?:is\s+)?under|back\s+door|front\s+door|(?:parcels?|packages?|post|mail|deliveries)\s+for|neighbou?rs?|come\s+round|pop\s+round|that['’]?s\s+us|housewarming|(?:our|my)\s+(?:new\s+)?(?:place|house|flat|street|front\s+door))`;

/**
 * Words before an address, in its sentence, that make it a public place's:
 * a venue, a shop, a landmark, "located at", "visit us at", "opening at".
 */
export const PUBLIC_ADDRESS_CUES = String.raw`(?:museum|gallery|library|shop|store|boutique|market|farmers\s+market|caf[eé]|coffee\s+(?:place|shop)|restaurant|pizzeria|pizza|takeaway|chippy|place|diner|bistro|bakery|pub|bar|brewery|hotel|hostel|theatre|theater|cinema|gym|studio|salon|church|chapel|cathedral|temple|mosque|synagogue|hall|centre|center|station|stadium|arena|venue|clinic|hospital|surgery|pharmacy|school|college|university|campus|office|offices|HQ|headquarters|building|tower|landmark|monument|memorial|park|zoo|aquarium|mall|exhibition|expo|fair|festival|gig|concert|show|match|tickets|storytime|polling|lost\s+property|courthouse|town\s+hall|city\s+hall|square|plaza|march|rally|protest|vigil|parade|marathon|parkrun|located|location|visit\s+us|find\s+us|come\s+see\s+us|opening|opened|opens|now\s+open|grand\s+opening)`;

/**
 * Words after an address, in its sentence, that say a public place is meant:
 * a review, opening hours, an exhibition.
 */
export const PUBLIC_AFTER_CUES = String.raw`(?:is\s+(?:worth|free|open|closed|lit|amazing|great|ace|stunning|the\s+best)|worth\s+(?:it|a\s+visit|the\s+trip)|highly\s+recommend|recommend|gift\s+shop|exhibition|open\s+(?:till|until|from|daily)|opening\s+hours|walk-?ins|tickets|admission|entry\s+is|fight\s+me|best\s+\p{L}+\s+in\s+town|(?:every|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;

/**
 * Words before a phone number, in its sentence, that make it a person's:
 * "call me", "text me", "my number", "my cell", "new number", "call Jen".
 */
export const OWN_PHONE_CUES = String.raw`(?:hmu|hit\s+me\s+up|(?:call|text|ring|phone|whatsapp|message|msg|dm|reach|contact|buzz|bell|hit)\s+(?:or\s+(?:call|text)\s+)?(?:me|us\s+(?:at\s+)?(?:home|mine))(?:\s+up)?|(?:my|his|her|their|mum['’]?s|mom['’]?s|dad['’]?s|nan['’]?s|gran['’]?s|grandma['’]?s|sister['’]?s|brother['’]?s|wife['’]?s|husband['’]?s|partner['’]?s|son['’]?s|daughter['’]?s)\s+(?:new\s+|old\s+|personal\s+|home\s+|work\s+|uk\s+|us\s+)?(?:number|no\.?|num|cell|cellphone|mobile|mob|phone|landline|digits|whatsapp|sim)s?|new\s+(?:number|mobile|mob|cell|phone\s+number|digits|sim)|number\s+(?:changed|is\s+now)|(?:a|an|emergency)\s+contact(?:\s+(?:number|no\.?))?|new\s+one(?:['’]s|\s+is))`;

/** A verb of calling right before a number: a person's number more often than not, but weaker than "call me". */
export const PHONE_VERB_CUES = String.raw`(?:call|text|ring|phone|whatsapp|sms|mobile|mob|cell|tel|landline)\.?(?:\s+(?:or\s+)?(?:call|text))?(?:\s+(?:on|at))?\s*[:\-–—]?\s*$`;

/**
 * Words before a phone number, in its sentence, that make it a business's,
 * a campaign's or a helpline's: "call us", "our office", "the hotline".
 */
export const BUSINESS_PHONE_CUES = String.raw`(?:call\s+ahead|book\s+ahead|call\s+us|ring\s+us|text\s+us|our\s+(?:office|shop|store|clinic|team|front\s+desk|reception|line|number)|office|hotline|helpline|help\s+line|hot\s+line|line|switchboard|reception|front\s+desk|box\s+office|shelter|rescue|adoptions?|appointments?|on\s+call|customer\s+(?:service|care|support)|support|service\s+desk|helpdesk|enquiries|inquiries|bookings|reservations|campaign|council|warden|dentist['’]?s?|doctor['’]?s|surgery|pharmacy|chemist|clinic|hospital|vet['’]?s?|takeaway|take-?out|delivery|restaurant|pizzeria|bakery|shop|store|salon|garage|plumb\p{L}*|electrician|locksmith|taxi|cab\s+company|agency|bank|airline|insurer|landlord\s+agency|retention|emergency|they|their)`;

/**
 * A post that talks about test payment numbers: a developer's checkout, not a
 * leak. Without one of these, a published test number is read as a card.
 */
export const TEST_CARD_CONTEXT = String.raw`(?:test|testing|tests|stripe|braintree|adyen|sandbox|staging|checkout\s+(?:flow|page|form|integration)|integration|api|dev|developer|QA|dummy|sample|example|fake|mock|demo)`;

/** Countries tried for a number after a personal phone cue when the default country does not read it. */
export const FALLBACK_PHONE_COUNTRIES: readonly string[] = ['GB', 'AU', 'IE', 'CA', 'NZ', 'DE', 'FR', 'NL', 'ES', 'IT'];

/**
 * Street types written before the name (French, Spanish, Italian, Portuguese):
 * "19 Rue des Martyrs", "12 Calle Mayor".
 */
export const PREFIX_STREET_TYPES = String.raw`(?:Rue|Avenue|Boulevard|Bd|Place|Via|Viale|Corso|Calle|Carrer|Avenida|Rua|Travessa|Plaza|Paseo)`;

/** Little words inside a prefixed street name: "Rue des Martyrs", "Calle de la Paz". */
export const PREFIX_STREET_PARTICLES = String.raw`(?:de|des|du|la|le|les|del|della|delle|di|da|do|dos|das|d['’])`;

/** German and Dutch street names end in their type and take the number after: "Hauptstraße 5". */
export const SUFFIX_STREET_TYPES = String.raw`(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|straat|laan|gracht|plein|steeg)`;

/** A UK postcode: "NR4 7PL", "M20 6QT", "SE1 9TG". */
export const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}`;

/** One kind of national identity or tax number that the rule reads, besides the US social security number. */
export interface NationalIdKind {
  /** Country and name, for the data of a finding: `ES-DNI`. */
  id: string;
  /** What the message calls it: "a Spanish DNI number". */
  name: string;
  /**
   * Words before or right after the number that say it is this number
   * (case-insensitive, whole words). A number written without its usual
   * shape is read only after one of them.
   */
  cues: string;
}

/** The national numbers read, by their check and their id. */
export const NATIONAL_IDS = {
  dni: { id: 'ES-DNI', name: 'Spanish DNI number', cues: String.raw`(?:DNI|DNIe|D\.N\.I\.?|NIF|N\.I\.F\.?|documento\s+(?:nacional\s+)?de\s+identidad|carn[eé]\s+de\s+identidad)` },
  nie: { id: 'ES-NIE', name: 'Spanish NIE number', cues: String.raw`(?:NIE|N\.I\.E\.?|TIE|NIF|tarjeta\s+de\s+residencia|n[úu]mero\s+de\s+identidad\s+de\s+extranjero)` },
  nir: {
    id: 'FR-NIR',
    name: 'French social security number (NIR)',
    cues: String.raw`(?:NIR|NSS|INSEE|s[ée]cu|s[ée]curit[ée]\s+sociale|carte\s+vitale|social\s+security(?:\s+number)?)`,
  },
  steuerId: {
    id: 'DE-STEUER-ID',
    name: 'German tax ID (Steuer-ID)',
    cues: String.raw`(?:Steuer-?\s?ID|Steuer-?IdNr\.?|IdNr\.?|Steuer-?\s?Identifikationsnummer|steuerliche\s+Identifikationsnummer|Identifikationsnummer|tax\s+ID)`,
  },
  nif: { id: 'PT-NIF', name: 'Portuguese tax number (NIF)', cues: String.raw`(?:NIF|N\.I\.F\.?|contribuinte|n[úu]mero\s+(?:de\s+identifica[çc][ãa]o\s+)?fiscal)` },
  citizenCard: { id: 'PT-CC', name: 'Portuguese citizen card number', cues: String.raw`(?:CC|cart[ãa]o\s+de\s+cidad[ãa]o|n[úu]mero\s+de\s+documento)` },
  cpf: { id: 'BR-CPF', name: 'Brazilian CPF', cues: String.raw`(?:CPF|C\.P\.F\.?)` },
  ahv: { id: 'CH-AHV', name: 'Swiss AHV/AVS number', cues: String.raw`(?:AHV|AVS|AHV-?Nr\.?|AHV-?Nummer|Sozialversicherungsnummer|num[ée]ro\s+AVS|SSN)` },
  svnr: {
    id: 'AT-SVNR',
    name: 'Austrian social insurance number',
    cues: String.raw`(?:SVNR|SV-?Nr\.?|SV-?Nummer|Sozialversicherungsnummer|Versicherungsnummer|e-?card(?:-?Nummer)?)`,
  },
  belgianNn: {
    id: 'BE-NN',
    name: 'Belgian national register number',
    cues: String.raw`(?:NN|N\.N\.|registre\s+national|num[ée]ro\s+national|rijksregister(?:nummer)?|INSZ|NISS)`,
  },
  cnpj: { id: 'BR-CNPJ', name: 'Brazilian CNPJ', cues: String.raw`(?:CNPJ|C\.N\.P\.J\.?)` },
} as const satisfies Record<string, NationalIdKind>;

/**
 * Numbers that pass their check but are the examples every form, tutorial
 * and validator's README shows: not anyone's.
 */
export const EXAMPLE_NATIONAL_IDS: readonly string[] = [
  '12345678Z', '00000000T', '99999999R', 'X1234567L', 'Y1234567X', 'Z1234567R',
  '123456789', '999999990', '12345678909', '11144477735', '52998224725', '11122233396',
  '86095742719', '12345678995', '000000000ZZ4',
  // The AHV number, the SVNR and the Belgian number of the issuers' own examples.
  '7561234567897', '1237010180', '85073003328',
];

/**
 * What `personal-info` reads in a language besides English (one file per
 * language beside this one: `personal-info-es.ts` ...): its street-address
 * shapes and whose-address cues, its dates of birth, its own-number cues
 * and the regions it is written in. Sources are regular expressions; in an
 * address shape `{NAME}` is a capitalised word of a name and `{TYPE}` the
 * language's street types in lower case, capitalised or in capitals.
 */
export interface PersonalInfoWords {
  /**
   * The regions where the language is written, where a national number
   * written after an own-number cue is tried when no region is set.
   */
  regions: readonly string[];
  /** Words right before a phone number (case-insensitive) that make it the author's own: "mi móvil", "meine Nummer", "appelle-moi au". */
  ownPhone: string;
  /**
   * Words before a phone number in its sentence (case-insensitive) that make it
   * a business's or a helpline's: a clinic, a pizzeria, "pedidos", "ligação
   * gratuita", "Hotline". Their number is public on purpose.
   */
  businessPhone?: string;
  /** Street types, in lower case (`{TYPE}` in the shapes). */
  streetTypes: readonly string[];
  /** The shapes of a street address (case-sensitive), each matching the whole address: street, number, unit, postcode and town. */
  addresses: readonly string[];
  /**
   * Words that look like a street before a number but are not (lower case,
   * compared with the first word of a match): a German "Parkplatz 3",
   * "Sitzplatz 14C", "Ehering" end in a street type.
   */
  notStreets?: readonly string[];
  /** Words in an address's sentence (case-insensitive) that make it the author's own or their family's: "mi dirección", "j'habite", "ich wohne". */
  ownAddress: string;
  /** Words in an address's sentence (case-insensitive) that make it a public place's: a shop, a museum, a polling station, a review. */
  publicAddress: string;
  /** The twelve month names (sources, case-insensitive), January first. */
  months: readonly string[];
  /** A date written out, with `{DAY}`, `{MONTH}` and `{YEAR}`: "14 de marzo de 1991", "12. März 1989". */
  longDate: string;
  /** Words that say a date next to them is a date of birth, whoever's: "fecha de nacimiento", "Geburtsdatum". */
  birthForm: string;
  /** The author's own birth, tested on the clause of the date: "nací", "nasci", "je suis née", "ich bin ... geboren". */
  birthOwn: string;
  /**
   * The words of a birth, whoever's: "nací", "nació", "nasceu", "née",
   * "geboren". The author's family's only with a family word before it
   * (`family`), the author's with `birthOwn`, or opening its clause with
   * the subject left out ("Geboren am 03.07.1990"); else history or news
   * ("Goethe wurde am 28. August 1749 geboren").
   */
  birthOther: string;
  /** The author or their family before a birth: "mi hija", "ma grand-mère", "unser kleiner", "Opa". */
  family: string;
  /** Animals: a pet's birth is no person's. */
  animals: string;
}

/** A birth year before this one is history, whoever's it is (no living family member's). */
export const HISTORY_BEFORE_YEAR = 1900;
