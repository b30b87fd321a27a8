import type { OversharingCategory } from './oversharing.js';
import type { OversharingEntryEs } from './oversharing-es.js';

/**
 * French word list of the `oversharing` rule, beside the English and Spanish
 * ones. Each entry is a regex source (no capturing groups) matched
 * case-insensitively at word boundaries on the text with its accents folded
 * away: write "chimio", "decouvert", "ecole" (an accent written here is
 * folded too); an apostrophe is `['’]` (both are typed), and "j'ai" is also
 * typed "jai" and "j ai". The reading layer's French cues weigh every match
 * (src/core/cue-lists.ts): "j'ai pas de cancer" is denied, "si on divorce"
 * a condition, "la chimio de ma chienne" someone else's. French writes its
 * subjects, so the entries hold them where they say whose it is: "je suis à
 * découvert", "on part en vacances", "mon patron est un con".
 */

/** A French entry of a category: the shape of the Spanish ones. */
export interface OversharingEntryFr extends OversharingEntryEs {
  category: OversharingCategory;
}

/** An apostrophe as typed. */
const A = "['’]";
/** "j'ai", "jai", "j ai". */
const JAI = `(?:j${A} ?ai|jai|j ai)`;
/** "je suis", "j'suis", "jsuis", "chuis". */
const JESUIS = `(?:je suis|j${A} ?suis|jsuis|chuis|chui|chu|chus|suis)`;
/** A date of birth ends with a year of the living (19xx, 20xx or two digits): "Victor Hugo est né le 26 février 1802" is history. */
const NOT_HISTORY = '(?:(?:^|\\D)(?:19|20)\\d\\d|(?:^|\\D)\\d\\d)$';
const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv\\.?|fevr?\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|dec\\.?)';
const DAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|(?:1er|\\d{1,2})\\s+${MONTH}\\s+\\d{4})`;
const CHILD = '(?:fils|fille|filles|enfants?|gamins?|gamines?|gosses?|loulous?|loulou|petits?|petites?|grande?|grands|bebes?|puce|poussins?|jumeaux|jumelles|aine|ainee|cadette?|benjamine?|minots?|bout de chou|titou|gars|garcon|fiston|fifille|ptit|ptite|p.tit|p.tite|cocotte|choupette|bambin|marmots?|coco|cocos|ti-gars|crapauds?|cocos)';
const PARTNER = '(?:mari|mec|copain|homme|femme|copine|meuf|compagnon|compagne|conjointe?|epoux|epouse|fiancee?|cheri|cherie|ex|chum|blonde|moitie|douce|jules|gars)';
const STREET = '(?:rue|avenue|av\\.?|bd|boulevard|bvd|allee|impasse|chemin|place|route|quai|cours|square|residence|lotissement|lieu-dit|faubourg|fbg|passage|villa|cite)';
const SCHOOL = '(?:ecole|maternelle|creche|college|lycee|groupe scolaire|primaire|elementaire|micro-creche|halte-garderie|athenee|institut|polyvalente|ecole secondaire|ecole communale|ecole primaire|garderie|cpe|cycle d.orientation)';
/** A school's name: the match ends with a capitalised word ("école Jules Ferry", "maternelle des Tilleuls"), not "l'école du quartier". */
const NAMED = "(?:\\s|['’])\\p{Lu}[\\p{L}-]*$";
/** Where people go on holiday, as "on part ___" says it. */
const PLACE =
  "(?:dans le (?:sud|midi|sud-ouest|nord|jura|var|gard|lot|perigord)|dans les (?:alpes|pyrenees|vosges|landes|iles|antilles|caraibes)|chez (?:mes|nos) (?:parents|beaux-parents|grands-parents)|en (?:ardeche|savoie|auvergne|alsace|dordogne|floride|gaspesie|republique dominicaine|grece|espagne|italie|portugal|corse|bretagne|croatie|thailande|irlande|ecosse|islande|norvege|sicile|sardaigne|guadeloupe|martinique|tunisie|egypte|turquie|californie|floride|asie|australie|normandie|provence|vendee|camping|amoureux)|au (?:portugal|maroc|mexique|japon|canada|bresil|pays basque|vietnam|senegal|soleil|ski|camping|vert)|aux (?:antilles|baleares|canaries|maldives|etats-unis|seychelles)|a (?:bali|rome|barcelone|lisbonne|londres|new york|madrid|venise|berlin|amsterdam|prague|marrakech|la reunion|l['’]etranger|la plage|la campagne|l['’]ile de re|biarritz|nice))";
const AWAY_WORDS = ['sud', 'semaines', 'semaine', 'chalet', 'gite', 'airbnb', 'hotel', 'week-?end', 'loue', 'jusqu[\'’]a', 'absents?', 'decolle', 'vacances', 'voyage', 'partis', 'parties', 'partie', 'plage', 'avion', 'aeroport', 'valises?', 'croisiere', 'sejour', 'road ?trip', 'bali', 'thailande', 'grece', 'mer', 'montagne', 'ski', 'camping', 'vol'];
const AWAY = `(?:${AWAY_WORDS.join('|')})`;
/** What a boss or a job is called when it is complained about. */
const INSULT =
  '(?:con|conne|connard|connasse|abruti|abrutie|incompetente?|nulle?|nul a chier|tyran|imbecile|cretine?|idiote?|toxique|pervers narcissique|enfoiree?|psychopathe|tocard|tocarde|bouffon|bouffonne|guignol|cauchemar|une plaie|un boulet|debile|naze|relou|insupportable|une ordure|une ordure|un porc|porc|gros porc|ordure|salaud|salopard|enfoire|batard|raclure|charogne|vipere|sadique|facho|gros lourd|rapiat|radin|une peau de vache|un negrier|une negriere|un tortionnaire|invivable|minable|raciste|un gros con|une grosse conne|un mytho|une mytho|clown|une clowne|epais|epaisse|cave|twit|nono|niaiseux|niaiseuse|un malade mental|une malade mentale|incapable|un incapable|une incapable|branleur|branleuse|feignasse|manipulateur|manipulatrice|harceleur|harceleuse|teube|cinglee?|ignoble|hypocrite|arrogante?|meprisante?|imbuvable|un dictateur|une dictatrice|une catastrophe|une calamite|un pervers|une perverse|lourde?|penible|mechante?|gros nul|grosse nulle|d.une (?:incompetence|nullite|betise|connerie|mediocrite|mauvaise foi|mechancete|lachete|hypocrisie|arrogance)(?: (?:rare|crasse|totale|sans nom|incroyable|abyssale|sans limite))?)';
/** Advice and warnings about a risk are not the risk: "ne publiez jamais votre carte d'embarquement". */
const ADVICE = ['ne publiez', 'ne postez', 'ne partagez', 'jamais publier', 'ne jamais', 'conseil', 'attention', 'arnaque', 'escroquerie', 'voleurs', 'police', 'gendarmerie'];
/** A cause, a campaign or research is no one's diagnosis: "la course contre le cancer", "Octobre rose". */
const CAUSE = ['contre le', 'contre la', 'recherche', 'course', 'marche', 'octobre rose', 'movember', 'journee mondiale', 'journee internationale', 'sensibilisation', 'fondation', 'association', 'ligue', 'telethon', 'dons?\\b', 'campagne', 'depistage gratuit', 'depistage (?:du|de la|des|organise)', 'collecte'];
/** A star sign is no diagnosis: "je suis cancer ascendant lion". */
const ZODIAC = ['signe', 'ascendant', 'horoscope', 'astro', 'zodiaque', 'belier', 'gemeaux', 'lion', 'vierge', 'balance', 'scorpion', 'sagittaire', 'capricorne', 'verseau', 'poissons'];
/** A public event's address is public: "RDV au 12 rue Nationale, entrée libre". */
const PUBLIC = ['rdv', 'rendez-vous', 'salle', 'bar', 'musee', 'gare', 'mairie', 'expo', 'exposition', 'concert', 'cinema', 'theatre', 'eglise', 'inscriptions?', 'entree libre', 'billetterie', 'marche'];
/** A business's address is public: "notre nouvelle adresse" of a shop. */
const BUSINESS = ['boutique', 'magasin', 'cabinet', 'atelier', 'restaurant', 'resto', 'salon', 'agence', 'bureaux', 'clinique', 'local', 'horaires', 'ouvert', 'ouverture', 'showroom', 'refuge', 'permanence'];

export const OVERSHARING_FR: readonly OversharingEntryFr[] = [
  // travel: the home empty, and until when.
  { category: 'travel', match: `(?:la|notre|ma|mon|l${A}) ?(?:maison|baraque|appart|appartement|apart|logement|chalet|condo|bicoque) (?:est|sera|reste|restera|va etre|va rester|restera|sera donc) (?:donc |completement |totalement |toute |tout )?(?:vide|seule|sans personne|inoccupee?|deserte)`, unless: [`(?:maison|appart\\p{L}*|baraque|logement|chalet|condo) (?:de|du|des|d${A})\\s*(?:(?:ma|mon|mes|la|le|les|notre|nos)\\s+)?(?:voisine?s?|potes?|amie?s?|collegues?|cousine?s?|oncle|tante|copine|copain|patron|patronne)`, `(?:sa|son|leur) (?:maison|appart\\p{L}*)`], base: 0.9, about: 'anyone', denied: 'keeps' },
  { category: 'travel', match: `(?:il n${A}y (?:a|aura) personne|y (?:a|aura) personne|personne ne sera|personne) (?:a la maison|chez (?:nous|moi)|a l${A}appart|dans la maison|dans l${A}appart)`, requiresInText: [AWAY, `jusqu${A}(?:au|a|en)`, `du \\d{1,2} au \\d{1,2}`, DAY, MONTH], base: 0.85, denied: 'keeps' },
  {
    category: 'travel',
    match: `(?:on part|on s${A}en va|on s${A}envole|on decolle|nous partons|je pars|on se barre|on file|on sera|nous serons|je serai|(?:toute la famille|tout le monde) (?:part|sera|est)|on est)\\s+(?:en vacances|en voyage|en weekend|en week-end|en croisiere|au ski|a la mer|a la montagne|au soleil|loin|absents?|partis|${PLACE})(?:\\s+(?:jusqu${A}(?:au|a|en)|du|pour|pendant|tout|toute|deux|trois|quinze|dix|une|\\d+)\\b[\\w ’']{0,24})?`,
    // A home someone keeps is not empty: "la maison sera gardée par mes parents".
    unless: ['gardee?', 'garde la maison', 'gardent la maison', 'home-?sitters?', 'house-?sitters?', 'reste a la maison', 'restent a la maison', 'dort a la maison'],
    requires: [`jusqu${A}(?:au|a|en)|semaines?|quinze jours|quinzaine|tout le mois|tout (?:l${A})?(?:ete|aout|juillet)|du \\d+ au \\d+|${DAY}|${MONTH}|demain|\\d`],
    base: 0.85,
  },
  { category: 'travel', match: `(?:absents?|absentes?|partis|parties|pas la|loin) (?:jusqu${A}(?:au|a) (?:${DAY}\\s*)?\\d{1,2}|du \\d{1,2} au \\d{1,2}|jusqu${A}(?:a|au) ${DAY}|pendant (?:deux|trois|quatre|\\d+) semaines)`, base: 0.85 },
  { category: 'travel', match: `(?:on rentre|nous rentrons|je rentre|retour|de retour|on revient|je reviens)\\s+(?:a la maison\\s+)?(?:le\\s+)?(?:${DAY}(?:\\s+\\d{1,2})?|\\d{1,2}(?:\\s+${MONTH})?)`, requiresInText: [AWAY], base: 0.8 },
  { category: 'travel', match: `(?:(?:l${A}|notre |mon |ma |la )?(?:appart|appartement|maison|baraque) (?:vide|sans personne)|(?:le )?code (?:de la |du |de |d${A})?(?:boite a cles?|boite a clefs?|boite a cle|boite aux cles|cadenas|boitier(?: a cles?)?|keybox|key box|boite a code)\\s*(?:c${A}est|est|=|:)?\\s*(?:le\\s+)?\\d{3,6})`, requiresInText: [AWAY, `jusqu${A}(?:au|a|en)`, `du \\d{1,2} au \\d{1,2}`, 'si jamais', 'besoin', 'courrier', 'plantes', 'chat', 'arroser'], unless: ['a louer', 'a vendre', 'location', 'demenagement', 'cartons'], base: 0.85 },
  { category: 'travel', match: `(?:les|la|nos|mes|ma|notre|une|le double de la|un double des?) (?:cles?|clefs?)(?: de secours| de rechange| de la maison| de l${A}appart| du chalet| de la porte)? (?:sont |est |se trouve |se trouvent |reste |sera |seront )?(?:toujours |encore )?(?:(?:cachee?s?|planquee?s?|posee?s?|laissee?s?|glissee?s?|mise?s?|rangee?s?|deposee?s?) )?(?:sous le paillasson|sous le tapis|sous (?:le|un) pot|dans (?:le|un) pot|sous la (?:pierre|brique|jardiniere|plante)|dans la (?:boite a lait|boite aux lettres|jardiniere|gouttiere|cabane|niche)|dans la boite|derriere (?:le|la) \\w+|chez (?:la|le) voisine?|a (?:la|le) voisine?|sur le (?:compteur|cadre de la porte|rebord))`, base: 0.9 },

  // booking: what lets a stranger find, change or cancel a trip.
  // booking, placed before the next entry (which a code of digits only fails): a confirmation or reservation number in digits only, with a trip around it ("n° de confirmation 55829134" of a hotel); an order number is no trip.
  { category: 'booking', match: `(?:numero|n°|no|num|code|ref(?:erence)?) (?:de |d${A})?(?:confirmation|reservation|resa|dossier|booking)\\s*(?:c${A}est\\s*|est\\s*|:\\s*)?\\d{6,12}`, requiresInText: ['hotel|vol|avion|billet|train|sncf|tgv|airbnb|booking|sejour|voyage|croisiere|location|camping|gite|on arrive|check-?in|booke|bookee|reserve'], unless: ['commande', 'colis', 'livraison', 'suivi', 'sav', 'service client', 'remboursement'], base: 0.85 },
  { category: 'booking', match: `(?:reference|code|numero|n°|num) (?:de )?(?:reservation|resa|dossier|booking|billet|confirmation)(?:\\s+(?:airbnb|booking(?:\\.com)?|sncf|air france|easyjet|ryanair|ouigo|expedia|abritel|transavia|vueling|du vol|du train|de l${A}hotel|hotel))?\\s*(?:c${A}est\\s*|est\\s*|:\\s*)?[a-z0-9]{5,10}`, shape: ['[A-Z0-9]{5,10}$', '(?:\\d\\D*[A-Z]|[A-Z]\\D*\\d|^[^\\d]*$|[A-Z]{2}\\d{3,})'], base: 0.9 },
  { category: 'booking', match: `(?:ma|mes|notre|nos|la|les) cartes? d${A}embarquement`, unless: ADVICE, base: 0.85 },
  { category: 'booking', match: '(?:(?:tgv|train|ouigo|ter|intercites|inoui|eurostar|thalys)\\s+(?:n°\\s?)?\\d{3,5}\\s*,?\\s+)?(?:voiture|wagon|vagon)\\s+\\d{1,2}\\s*,?\\s+(?:place|siege)\\s+\\d{1,3}', base: 0.85 },
  // The words before the number: the number itself is personal-info's.
  { category: 'booking', match: `(?:e-?ticket|e-?billet|billets?|numero de billet)(?=[^.!?\\n]{0,15}?(?:n°|numero|num|no)\\s*:?\\s*\\d[\\d ]{6,}\\d)`, base: 0.85 },
  { category: 'booking', match: '(?:vol|le vol|(?:ryanair|easyjet|air france|transavia|vueling|lufthansa|klm|swiss|brussels airlines|air canada|air transat|volotea|wizz ?air|iberia|tap|royal air maroc|corsair|air caraibes|french bee|air austral|emirates|qatar|turkish|ita|british airways))\\s+[a-z]{2}\\s?\\d{3,4}', shape: ['[A-Z]{2}\\s?\\d{3,4}$'], base: 0.8 },
  { category: 'booking', match: '(?:siege|place|sieges|places) \\d{1,2}[a-f]\\b', shape: ['\\d[A-F]$'], requires: ['vol|avion|embarquement|rang|hublot|couloir|ryanair|easyjet|air france|transavia|vueling|lufthansa|klm|swiss|brussels airlines|air canada|air transat|volotea|wizz ?air|iberia|tap|royal air maroc|corsair|air caraibes|french bee|air austral|emirates|qatar|turkish|ita|british airways'], base: 0.75 },
  { category: 'booking', match: '(?:chambre|chbre|ch\\.) (?:n°\\s?|numero |no )?\\d{2,4}', requires: ['hotel|auberge|residence|on loge|on dort|je loge|je dors|descendus?'], base: 0.8 },

  // birthdate: a full date of birth.
  // A date of birth of someone famous ("Victor Hugo est né le 26 février 1802") has no "je" in its sentence.
  { category: 'birthdate', match: `(?:${JESUIS} )?nee? le ${DATE}`, shape: [NOT_HISTORY], requires: [`\\b(?:je|j${A}|moi|suis|chuis|jsuis|ma|mon)\\b`], base: 0.9, about: 'self' },
  { category: 'birthdate', match: `(?:ma )?date de naissance(?: c${A}est| est|:)?\\s*:?\\s*(?:le )?${DATE}`, base: 0.9, about: 'self' },
  { category: 'birthdate', match: `${JESUIS} (?:du|de) ${DATE}`, base: 0.8, about: 'self' },
  { category: 'birthdate', match: `(?:aujourd${A}hui|ce)\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH},?\\s+(?:${JAI}|je fete mes|je souffle mes)\\s+\\d{2}\\s+(?:ans|bougies)|${JAI}\\s+\\d{2}\\s+ans\\s+aujourd${A}hui,?\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}`, base: 0.8, about: 'self' },
  { category: 'birthdate', match: `(?:j${A}aurai|j${A}ai eu|je fete mes|je souffle mes)\\s+\\d{2}\\s+(?:ans|bougies)\\s+(?:le\\s+)?\\d{1,2}\\s+${MONTH}`, base: 0.75, about: 'self' },

  // child-school: where a child is, by name of the school, the class, the time.
  {
    category: 'child-school',
    match: `(?:mon|ma|mes|notre|nos)\\s+${CHILD}\\b[^.!?\\n]{0,60}?\\b${SCHOOL}\\s+(?:(?:maternelle|primaire|elementaire|publique|privee)\\s+)?(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    base: 0.9,
  },
  {
    category: 'child-school',
    match: `\\b${SCHOOL}\\s+(?:(?:maternelle|primaire|elementaire|publique|privee)\\s+)?(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    // A school's own event is public: "le collège Victor-Hugo organise une kermesse".
    unless: ['organise', 'organisent', 'recrute', 'recrutent', 'portes ouvertes', 'inscriptions'],
    requires: [`(?:mon|ma|mes|notre|nos) ${CHILD}|rentree|(?:petite|moyenne|grande) section|\\b(?:cp|ce1|ce2|cm1|cm2|6e|6eme|sixieme)\\b|(?:entre|rentre) en|\\d(?:e|eme|ere) (?:primaire|maternelle)|classe de (?:m\\.?|mme|mr|madame|monsieur|la maitresse)|maitresse|kermesse|spectacle de fin d${A}annee|sortie d${A}ecole|la sortie de l${A}ecole|nounou|je (?:la|le|les) recupere|je (?:la|le|les) depose`],
    base: 0.85,
  },
  {
    category: 'child-school',
    match: `(?:je recupere|je depose|on recupere|on depose|j${A}emmene|je vais chercher|on va chercher)\\s+(?:ma|mon|mes|la|le|les)\\s+${CHILD}\\b[^.!?\\n]{0,40}?\\ba\\s+\\d{1,2}\\s?h\\s?\\d{0,2}`,
    requires: [SCHOOL],
    base: 0.8,
  },
  {
    category: 'child-school',
    match: `\\ben (?:cp|ce1|ce2|cm1|cm2|\\d(?:e|eme|ere) (?:primaire|maternelle)|(?:petite|moyenne|grande) section)(?:\\s+[a-d])?\\s+(?:a|au)\\s+(?:l${A}ecole\\s+|la maternelle\\s+|le college\\s+)?[a-z][\\w-]+`,
    shape: [NAMED],
    base: 0.85,
    about: 'anyone',
  },
  { category: 'child-school', match: `(?:mon|ma|notre)\\s+${CHILD}\\b[^.!?\\n]{0,30}?\\b(?:en|entre en|rentre en|fait sa rentree en)\\s+(?:cp|ce1|ce2|cm1|cm2|petite section|moyenne section|grande section)\\b[^.!?\\n]{0,30}?\\bclasse de (?:m\\.?|mme|mr|madame|monsieur)\\s+\\w+`, base: 0.85 },

  // home-address: the author's own street and number.
  {
    category: 'home-address',
    match: `(?:j${A}habite|jhabite|on habite|nous habitons|bienvenue chez (?:nous|moi),?|j${A}ai emmenage|on a emmenage|nous avons emmenage|on vient d${A}emmenager|je viens d${A}emmenager|(?:(?:ma|notre) )?(?:nouvelle )?adresse(?: c${A}est| est|:)?|chez (?:moi|nous) c${A}est|on est|je suis)\\s*:?\\s*(?:au\\s+|a\\s+|le\\s+)?\\d{1,4}(?:\\s?(?:bis|ter|b))?,?\\s+${STREET}\\s+[^,.!?\\n]{2,40}`,
    unless: [...BUSINESS, ...PUBLIC],
    base: 0.9,
    about: 'self',
  },
  { category: 'home-address', match: `(?:j${A}habite|on habite|nous habitons|chez (?:moi|nous) c${A}est)\\s+(?:au\\s+)?\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+${STREET}`, base: 0.9, about: 'self' },
  {
    category: 'home-address',
    match: `(?:j${A}habite|jhabite|on habite|nous habitons|on vit|je vis|chez (?:moi|nous) c${A}est|(?:notre |mon )?nouvel appart|(?:notre |ma )?nouvelle maison|(?:notre |mon )?nouveau chez (?:nous|moi))[^.!?\\n]{0,60}?\\b${STREET}\\s+(?:(?:de la|de l${A}|des|du|de|d${A})\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    unless: BUSINESS,
    base: 0.85,
    about: 'self',
  },
  {
    category: 'home-address',
    match: `\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+${STREET}\\s+[^,.!?\\n]{2,40}?,?\\s+\\d{5}\\s+[a-z][\\w-]+`,
    unless: [...BUSINESS, ...PUBLIC],
    base: 0.8,
    about: 'anyone',
  },
  { category: 'home-address', match: `(?:(?:le|mon|notre) )?(?:digicode|code (?:de la porte|d${A}entree|de l${A}immeuble|du portail))\\s*(?:c${A}est|est|:)?\\s*(?:le\\s+)?\\d{3,5}[a-z]?\\b`, base: 0.85, about: 'anyone' },
  { category: 'home-address', match: `(?:venez|passez|rdv|rendez-vous|la fete est|la soiree est|ca se passe)\\s+(?:a la maison|chez (?:moi|nous))[^.!?\\n]{0,20}?\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+${STREET}\\s+\\w+`, base: 0.85, about: 'self' },

  // health: a diagnosis, a treatment, a test, a medicine.
  { category: 'health', match: '(?:chimio|chimiotherapie|radiotherapie|radiotherapies|dialyse|biopsie|irm|mammographie|coloscopie|antidepresseurs?|anxiolytiques?|xanax|lexomil|prozac|sertraline|seroplex|deroxat|insuline|psychiatre|methadone|immunotherapie|curietherapie)', unless: CAUSE, base: 0.85 },
  {
    category: 'health',
    match: '(?:cancer|tumeur|leucemie|lymphome|diabete|epilepsie|endometriose|fibromyalgie|depression|burn-?out|burn out|sclerose en plaques|lupus|tdah|bipolaire|trouble bipolaire|troubles? alimentaires?|anorexie|boulimie|hernie discale|avc|infarctus|fausse couche|fausse-couche|fiv|crises? d[\'’]angoisse|attaques? de panique|crises? de panique|covid long|vih|seropositi(?:f|ve)|maladie de crohn)',
    unless: [...CAUSE, ...ZODIAC, 'depression (?:atlantique|tropicale|meteo|sur)', 'meteo', 'anticyclone', 'burn-?out (?:des|du|de la|de l|chez les)'],
    base: 0.85,
  },
  // "Ma mère a commencé sa chimio": "sa" is the family's, as the subject says.
  { category: 'health', match: `(?:ma|mon|notre) (?:mere|maman|pere|papa|soeur|frere|fils|fille|mari|femme|homme|copain|copine|grand-mere|grand-pere|mamie|papi|papy|belle-mere|beau-pere)\\s+(?:a commence|commence|entame|a entame|termine|a termine|suit|reprend|a repris|fait|a fait|attaque|debute|a debute|finit|a fini)\\s+(?:sa|son|ses)\\s+(?:premiere\\s+|derniere\\s+|\\d+e\\s+)?(?:seances? de\\s+|cure de\\s+)?(?:chimio|chimiotherapie|radiotherapie|rayons|radios|dialyse|immunotherapie)`, base: 0.85 },
  { category: 'health', match: `(?:on m${A}a|on vient de me|le medecin m${A}a|le neurologue m${A}a|l${A}oncologue m${A}a) (?:diagnostique|detecte|trouve|annonce)|${JAI} ete diagnostiquee?|${JESUIS} diagnostiquee?`, base: 0.9 },
  { category: 'health', match: `(?:je me fais operer|je vais me faire operer|je me suis fait operer|${JESUIS} operee?|${JESUIS} hospitalisee?|${JESUIS} (?:encore |toujours )?(?:a l${A}hopital|aux urgences|en soins intensifs|en reanimation)|je sors de l${A}hopital|je sors des urgences|je rentre a l${A}hopital)`, base: 0.85 },
  { category: 'health', match: `(?:${JESUIS}|je suis mise?|je me suis mise?)\\s+(?:en )?(?:arret maladie|arret de travail|arret)\\s+(?:pour|a cause d${A}un|a cause d${A}une|a cause du|a cause de la)\\s+(?:burn-?out|burn out|depression|dos|hernie|anxiete|angoisses|epuisement)`, base: 0.85 },
  { category: 'health', match: `(?:je vois|je vais chez|j${A}ai rdv chez|rdv chez|je consulte|je commence|je reprends|je suis suivie? par)\\s+(?:(?:mon|ma|le|la|un|une)\\s+)?(?:psy|psychiatre|psychologue|oncologue|cancerologue|addictologue|therapie|therapeute)`, base: 0.8, about: 'self' },
  { category: 'health', match: `${JESUIS} enceinte|(?:mon|le) test de grossesse (?:est )?positif`, base: 0.8, about: 'self' },

  // money: trouble, debt, the pay itself.
  { category: 'money', match: `(?:${JESUIS}|on est|nous sommes|je me retrouve|encore|toujours|deja|me voila)\\s+(?:encore\\s+|toujours\\s+|deja\\s+)?a decouvert`, base: 0.9, denied: 'keeps' },
  { category: 'money', match: `(?:a decouvert (?:de|depuis)\\s+(?:\\d|deux|trois|quatre|une semaine|un mois|des semaines)|(?:mon compte|le compte|je passe|on passe|je suis passee?|on est passes) a decouvert)`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:${JESUIS}|on est|nous sommes|je me retrouve|j${A}suis)\\s+(?:completement\\s+|totalement\\s+|encore\\s+|trop\\s+)?(?:ruinee?s?|dans le rouge|endettee?s?|sans un rond|sans un sou|sans une thune|interdite? bancaire|fichee? a la banque de france|en surendettement)`, base: 0.85, denied: 'keeps' },
  // Broke until payday is money trouble; "je suis fauchée" alone is most often a joke about a purchase.
  { category: 'money', match: `(?:${JESUIS}|on est|chu|chus|j${A}suis)\\s+(?:completement\\s+|encore\\s+|trop\\s+)?(?:fauchee?s?|a sec|cassee?s?|pauvres?)\\s+(?:jusqu${A}(?:a|au)\\s+(?:la (?:paye|paie|fin du mois)|le \\d{1,2}|\\d{1,2}|${DAY}))`, base: 0.85 },
  { category: 'money', match: `(?:pu|plus|pas) une cenne|(?:${JESUIS}|chu|chus) (?:casse|cassee)\\s+(?:jusqu|ben raide|comme un clou)`, base: 0.85, denied: 'keeps' },
  { category: 'money', match: `\\d[\\d\\s.,]*?\\s*(?:k|€|euros?|balles)\\s+de (?:decouvert|dettes?)|avis d${A}expulsion|(?:procedure|menace) d${A}expulsion|\\d+ mois de loyers? (?:en retard|impayes?)|loyers? impayes?|(?:un |encore un |mon )?credit conso(?:mmation)? pour (?:payer|finir|les courses|le loyer)|fichee? (?:a|à) la banque de france|interdite? bancaire|comment (?:je vais|on va) (?:payer|faire pour payer) (?:le|mon|notre|les|la)`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:je (?:ne )?sais pas|je (?:ne )?vois pas|aucune idee de) comment (?:je vais |on va )?(?:payer|regler|rembourser) (?:le|mon|notre|les|la|mes|nos)`, base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'money', match: `(?:mon|le) salaire(?: net| brut)?\\s*(?:c${A}est|est de|est|de|:|=)\\s*\\d[\\d\\s.,]*?\\s*(?:k|€|euros?|eur|balles|e\\b)`, base: 0.9, about: 'self' },
  { category: 'money', match: `(?:je gagne|je touche|je suis payee?|on me paie|je me fais|je palpe)\\s+(?:que\\s+|seulement\\s+|a peine\\s+|moins de\\s+|plus de\\s+)?\\d[\\d\\s.,]*?\\s*(?:(?:k|€|euros?|eur|balles)(?:\\s+(?:net|nets|brut|bruts|par mois|/mois|de l${A}heure|par an))?|net|nets|brut|bruts|par mois|/mois)`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:je dois|on doit|j${A}ai|jai|on a)\\s+\\d[\\d\\s.,]*?\\s*(?:k|€|euros?|balles)\\s+de (?:dettes?|credit|credits)|(?:mes|nos) dettes?|(?:un|mon) dossier de surendettement|l${A}huissier (?:est passe|a frappe|vient)|(?:ma|la) carte (?:a ete |est )?(?:refusee|bloquee)`, unless: ['etat', 'pays', 'france', 'publique', 'gouvernement', 'ministre', 'bug', 'panne', 'peage', 'sans contact', 'terminal', 'erreur', 'piratee?', 'fraude', 'code (?:faux|errone)', 'a l[\'’]etranger'], base: 0.85, about: 'self' },
  { category: 'money', match: `(?:(?:j${A}|j |je n${A})arrive (?:pas|plus) a (?:payer|boucler)|(?:on|je) (?:n${A})?arrive (?:pas|plus) a (?:payer|boucler)|impossible de payer) (?:(?:le|mon|notre|la|les|mes|nos) )?(?:loyer|fins? de mois|factures?|credit|pret)`, base: 0.85, denied: 'keeps' },
  { category: 'money', match: `(?:plus un rond|pas un rond|plus une thune|pas une thune|pas un centime) (?:sur (?:mon|le) compte|jusqu${A}a la fin du mois|avant le \\d+)`, base: 0.85, denied: 'keeps' },

  // relationship: separations, infidelity, custody.
  { category: 'relationship', match: `(?:on divorce|nous divorcons|on va divorcer|on est en train de divorcer|on se separe|nous nous separons|on s${A}est separes|on s${A}est quittes|on vient de se separer|je me separe|je divorce|je vais divorcer|je suis en train de divorcer)`, unless: ['(?:divorce|divorcons|separe|separons|quitte) (?:pas|jamais|point)\\b', '\\bsi (?:je|j[\'’]|on|nous|un jour)\\b', '(?:separe|separons) (?:de|des|du|d[\'’]) ?(?:vieux|vieilles|nos|mes|notre|ma|mon|la voiture|l[\'’]appart|la maison|meubles|affaires|vetements|jouets|livres|\\d)(?! ?(?:mari|femme|copain|copine|compagnon|compagne|conjointe?|epou\\p{L}*|chum|blonde|homme|mec)\\b)', 'telephone', 'portable', 'smartphone', 'reseaux', 'instagram', 'facebook', 'tiktok', 'twitter', 'sucre', 'chocolat', 'regime', 'salle de sport', 'netflix'], base: 0.85 },
  { category: 'relationship', match: `(?:mon|notre) divorce|les papiers du divorce|procedure de divorce|avocate? (?:pour le|du|de mon) divorce|garde alternee|la garde (?:de (?:mes|nos) |des )enfants|juge aux affaires familiales|\\bjaf\\b`, unless: ['film', 'livre', 'serie', 'telephone', 'portable', 'facebook', 'instagram', 'reseaux', 'avec le', 'avec la'], base: 0.85 },
  { category: 'relationship', match: `(?:(?:mon|ma) ${PARTNER}\\s+)?m${A}a (?:quittee?|larguee?|plaquee?|ghostee?)|(?:mon|ma) ${PARTNER}\\s+m${A}a (?:trompee?|lachee?)`, unless: ['telephone', 'portable', 'voiture', 'bus', 'train', 'ordi', 'wifi'], base: 0.9, about: 'anyone' },
  { category: 'relationship', match: `(?:mon|ma) ${PARTNER} (?:me trompe|me quitte|me largue|couche avec|a une maitresse|a un amant|a demande le divorce)|(?:il|elle) (?:me trompe|m${A}a trompee?|m${A}a quittee?|m${A}a largue|m${A}a larguee)|${JAI} ete trompee?|(?:mon|ma) ex (?:continue de m${A}(?:envoyer|ecrire|appeler|harceler|texter|suivre)|n${A}arrete pas de m${A}(?:envoyer|ecrire|appeler|harceler|texter|suivre)|me harcele|me relance|m${A}envoie encore|me menace)|celibataire depuis (?:hier|ce matin|cette semaine|aujourd${A}hui|ce week-end|\\d+ jours)|je (?:l${A}ai|lai) trompee?`, base: 0.9, about: 'anyone' },

  // confidential: work not yet public.
  {
    category: 'confidential',
    match: `(?:c${A}est (?:encore )?confidentiel|info(?:rmation)? confidentielle|sous (?:nda|accord de confidentialite|clause de confidentialite|embargo)|(?:j${A}ai|jai) signe (?:un nda|une clause de confidentialite|un accord de confidentialite)|(?:c${A}est |ce n${A}est |c${A}est pas |pas )encore officiel|pas encore annonce|avant l${A}annonce officielle|avant que ce soit (?:officiel|annonce|public)|ne le (?:repetez|dites) (?:pas|a personne)|(?:le )?dites (?:le )?(?:pas|a personne)|gardez ca pour vous|motus et bouche cousue|ca reste entre nous)`,
    unless: ['rt @\\w+'],
    base: 0.85,
    about: 'anyone',
    denied: 'keeps',
  },
  { category: 'confidential', match: `(?:plan social|pse|plan de licenciements?|vague de licenciements?|licenciements? (?:prevus|a venir)|(?:ils|on|la direction|la boite) (?:va|vont) (?:licencier|virer|fermer|delocaliser|supprimer \\d+ postes)|on (?:va etre|sera) rachetes?|nous (?:allons etre|serons) rachetes?|le rachat (?:de la boite|par)|la fusion avec)`, requires: [`pas encore|avant (?:l${A}annonce|que|qu${A}|noel|les fetes|la (?:reunion|communication|publication|com))|personne ne sait|personne (?:n${A})?est au courant|pas (?:encore )?au courant|apprendr\\p{L}*|(?:savent|sait) (?:pas|rien)|en interne|secret|chut|officiel\\p{L}*|annonc\\p{L}*|entre nous|🤫`], unless: ['rt @\\w+', 'le pdg (?:de|d[\'’]|du)', 'selon', 'a annonce', 'ont annonce', 'vient d[\'’]annoncer', 'viennent d[\'’]annoncer', 'dans la presse', 'aux infos', 'les echos', 'bfm', 'franceinfo', 'le parisien', 'ouest-france'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: `(?:notre|mon|le|la) (?:magasin|usine|agence|site|bureau|boutique|entrepot|antenne|filiale|service)(?: de [a-z]+)? (?:ferme|va fermer|fermera|ferme ses portes|va disparaitre|est vendue?)`, requires: [`pas encore|avant (?:l${A}annonce|que|qu${A}|noel|les fetes|la (?:reunion|communication|publication|com))|personne ne sait|en interne|secret|chut|officiel\\p{L}*|annonc\\p{L}*|qu${A}en|entre nous|🤫`], unless: ['rt @\\w+'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: `personne (?:ne le sait|n${A}est au courant|ne sait)(?: encore| pour l${A}instant)?|(?:c${A}est |ca reste )?entre nous`, requiresInText: ['client|boite|agence|direction|equipe|contrat|projet|boulot|taf|entreprise|collegues?|bureau|magasin|chiffres|resultats|\\bca\\b|trimestre|t[1-4]|rachat|licenci\\p{L}*|plan social|fusion|budget'], unless: ['rt @\\w+'], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: `(?:les )?(?:chiffres|resultats)(?: du t[1-4]| trimestriels| annuels)? (?:sortent|sortiront|tombent|sont publies|seront publies)(?: que| qu${A}| seulement)?\\s+(?:le|en|dans|la semaine|lundi|mardi|mercredi|jeudi|vendredi)`, requires: ['avant|pas encore|secret|fuite|en interne|chut|entre nous|officiel\\p{L}*|🤫'], unless: ['rt @\\w+'], base: 0.8, about: 'anyone' },
  { category: 'confidential', match: '(?:les )?resultats (?:trimestriels|du trimestre|annuels|semestriels) (?:sont|seront|vont etre|vont)', requires: ['avant|pas encore|secret|fuite|en interne|chut|officiel'], unless: ['rt @\\w+'], base: 0.8, about: 'anyone' },

  // badge-id: an ID shown.
  { category: 'badge-id', match: `(?:photo de )?(?:ma|mon)(?: nouvelle| nouveau)?\\s+(?:carte d${A}identite|cni|carte vitale|carte de sejour|titre de sejour|badge(?: d${A}acces| pro| employe| de stagiaire| d${A}entreprise)?|carte pro(?:fessionnelle)?|carte d${A}employe|accreditation|carte soleil|carte d${A}assurance maladie|carte de residen(?:ce|t)|carte d${A}etudiante?|carte etudiante|carte de presse|permis de travail|permis [bc]\\b|carte eid)`, unless: [...ADVICE, 'oublie', 'perdu', 'paume', 'marche (?:pas|plus)', 'desactive', 'refuse', 'renouveler', 'a renouveler'], base: 0.85, about: 'self' },
  { category: 'badge-id', match: `(?:photo de )?mon(?: nouveau)?\\s+(?:passeport|permis de conduire|permis)`, requires: ['photo|voici|voila|regardez|nouveau|tout neuf|recu|arrive|enfin|📸|numero|rose'], unless: [...ADVICE, 'oublie', 'perdu', 'vole', 'renouveler', 'renouvellement', 'examen', 'code', 'eu mon permis', 'passe mon permis', 'rate', 'permis de construire'], base: 0.8, about: 'self' },
  { category: 'badge-id', match: `(?:numero de (?:secu|securite sociale|passeport|cni|carte d${A}identite)|mon nir)`, base: 0.4, about: 'self' },

  // boss-complaint: the boss or the job, run down in public.
  { category: 'boss-complaint', match: `(?:mon|ma|le|la|notre)\\s+(?:patron|patronne|chef|cheffe|boss|manager|manageuse|n\\+1|n\\+2|superieur|superieure|responsable|directeur|directrice|dirlo|dg|pdg)\\s+(?:est|c${A}est|reste|est vraiment|est vraiment|est juste|est encore|etait|a toujours ete|est toujours)\\s+(?:(?:vraiment|juste|completement|trop|tellement|hyper|super|grave|franchement|carrement|tres|si|tjrs|toujours|encore|une fois de plus)\\s+)*(?:un\\s+|une\\s+)?(?:vrai\\s+|vraie\\s+|gros\\s+|grosse\\s+|sacre\\s+|sacree\\s+)?${INSULT}`, base: 0.9, about: 'anyone' },
  { category: 'boss-complaint', match: `(?:je hais|je deteste|j${A} ?deteste|jdeteste|j${A} ?hais|jhais|(?:chu|chus|chui|chuis|je suis|jsuis|j${A}suis)\\s+(?:tellement\\s+|trop\\s+|ben\\s+)?(?:tannee?|ecoeuree?|degoutee?|blasee?|saoulee?|dego) (?:de|d${A})|tannee? de|ecoeuree? de|j${A}en peux plus de|jen peux plus de|j${A}en ai marre de|jen ai marre de|j en ai marre de|ras le bol de|ras-le-bol de|marre de|je supporte plus|je supporte pas|j${A}en ai ras le bol de|vivement que je quitte)\\s+(?:mon|ma|ce|cette|le|la)\\s+(?:boulot|taf|taff|travail|job|jobine|emploi|poste|patron|patronne|chef|cheffe|boss|manager|entreprise|boite|bureau|open space|n\\+1|direction)`, base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: `(?:mon|ce|cette|ma)\\s+(?:boulot|taf|taff|job|jobine|travail|entreprise|boite)\\s+(?:c${A}est|est)\\s+(?:vraiment\\s+|juste\\s+|tellement\\s+|trop\\s+)?(?:de la merde|de la marde|poche|la merde|une merde|l${A}enfer|un enfer|une prison|pourrie?|nulle?|une blague|un bagne|toxique|un cauchemar|une secte)`, base: 0.85, about: 'anyone' },
  { category: 'boss-complaint', match: `(?:mon|ma|notre)\\s+(?:patron|patronne|chef|cheffe|boss|manager|n\\+1|n\\+2|responsable|superieure?)\\s+(?:qui\\s+)?(?:(?:s${A}attribue|vole|pique|recupere|signe|presente)\\s+(?:encore\\s+|toujours\\s+)?(?:mon|mes)\\s+(?:travail|projets?|idees?|dossiers?|boulot|resultats|taf|rapports?|presentations?|slides)|me harcele|me pourrit la vie|me gueule dessus|me crie dessus|me prend pour (?:un|une) (?:con|conne|idiot|idiote|chien|esclave)|sait rien faire|ne sait rien faire|comprend rien|ne comprend rien|n${A}y connait rien|y connait rien|s${A}attribue (?:encore |toujours )?mon travail|s${A}attribue (?:encore |toujours )?mes (?:idees|dossiers|resultats)|pique mes idees|vole mes idees|me traite comme)`, base: 0.85, about: 'anyone', denied: 'keeps' },

  { category: 'boss-complaint', match: `(?:traitee?|traites|traitees) comme (?:une? )?(?:moins que rien|merde|chien|chienne|esclave|serpillieres?|larbin) par (?:mon|ma|la|le|notre) (?:chef|cheffe|patron|patronne|boss|manager|n\\+1|responsable|direction|boite)|(?:quelle|cette|ma|une) (?:boite|entreprise|job|taf|boulot) de (?:merde|marde|tares|nazes|fous)`, base: 0.85, about: 'anyone', denied: 'keeps' },

  // sick-skip: a day off work on a false excuse.
  { category: 'sick-skip', match: `(?:(?:un |mon |l${A}|cet )?arret (?:maladie|de travail)? ?(?:bidon|de complaisance|pipeau|fictif)|faux arret(?: maladie)?|(?:je me suis|je me suis fait|jme suis|jme suis fait|j${A}me suis|j${A}me suis fait|jme fais|me suis|je me fais|je vais me faire|me faire|s${A}est fait|on s${A}est fait) (?:fait )?porter (?:pales?|malades?)|porte pales?|portee pale|(?:j${A}ai |jai )?(?:calle|caller|callee) malade)`, base: 0.85, about: 'self' },
  { category: 'sick-skip', match: `(?:m${A}a fait|m${A}a donne|m${A}a file|m${A}a mis en|j${A}ai eu|j${A}ai|jai|je me suis fait|je me suis mise? en) (?:un )?arret(?: maladie| de travail)?(?: de \\d+ jours?| d${A}une semaine)?\\s+(?:alors que|sans etre|mais)`, requires: [`alors que (?:je (?:vais|suis|me sens)|j${A}ai|jai|j${A}suis)|sans etre malade|pas malade|(?:tres|super|trop|parfaitement) bien|en pleine forme|plage|vacances|concert|festival|match`], base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'sick-skip', match: `(?:j${A}ai|jai|je l${A}ai|j${A}ai|on a) (?:appele|prevenu|dit a|ecrit a|envoye un message a|texte)\\s+(?:le boulot|le taf|le bureau|mon chef|ma cheffe|mon boss|mon patron|ma patronne|mon manager|ma manager|mon n\\+1|le travail)\\s+(?:en disant |pour dire )?(?:que |qu${A})?(?:(?:j${A}etais|je suis|j${A}suis|jetais|j etais)\\s+(?:malade|crevee?|mourante?|a l${A}agonie|au fond du lit|cloue au lit|clouee au lit|fievreuse?|grippee?)|(?:j${A}avais|j${A}ai|javais|jai)\\s+(?:une gastro|la gastro|la grippe|de la fievre|le covid|une migraine|une angine|une intoxication alimentaire|un rdv medical|un deces))`, requires: ['plage|gueule de bois|concert|match|festival|mdr|lol|ptdr|en vrai|en realite|mais|😂|🤫|😇|😎|shopping|soleil|canap\\p{L}*|serie|netflix|piscine|sieste|terrasse|soldes'], base: 0.85, denied: 'keeps' },
  { category: 'sick-skip', match: `(?:(?:j${A}ai|jai) (?:invente|pretexte|simule|fait croire a|raconte)|(?:j${A}ai|jai) dit que)[^.!?\\n]{0,50}?pour (?:ne )?pas (?:bosser|travailler|aller (?:bosser|travailler|au (?:boulot|taf|travail|bureau)))|(?:trop |grosse |une )?(?:la )?gueule de bois pour (?:aller )?(?:bosser|travailler|aller au (?:boulot|taf|travail|bureau))`, base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'sick-skip', match: `(?:je fais|j${A}ai fait|jai fait|faire) semblant d${A}etre (?:malade|grippee?|fievreuse?)|(?:je simule|j${A}ai simule) (?:une grippe|une gastro|une migraine|la maladie)`, base: 0.9 },
  { category: 'sick-skip', match: `(?:(?:je suis |chuis |suis )?pas allee? (?:bosser|travailler|au boulot|au taf|au bureau|au travail)|(?:j${A}ai|jai) seche (?:le boulot|le taf|le bureau|le travail)|je seche (?:le boulot|le taf|le bureau|le travail))\\s+(?:parce que|pcq|car|a cause de|avec|vu)\\s+(?:j${A}avais\\s+|jai\\s+|j${A}ai\\s+|la\\s+|une\\s+|ma\\s+)?(?:gueule de bois|cuite|la flemme|flemme|soleil|match|concert|trop bu|trop fait la fete|soiree)`, base: 0.85, denied: 'keeps' },
  // travel, generalised: a departure with its length ("on décolle samedi pour 3 semaines", "partis dans le Sud deux semaines"), away somewhere until a date ("jsuis à Montréal jusqu'au 3 janvier").
  {
    category: 'travel',
    match: `(?:on|je|nous|j${A}|toute la famille) ?(?:part|pars|partons|decolle|decollons|s${A}envole|m${A}envole|nous envolons|s${A}en va|m${A}en vais|file|se tire|se casse|se barre|prend l${A}avion|prends l${A}avion|s${A}en va)\\s+(?:(?:${DAY}|demain|ce soir|ce week-end|cette nuit|le \\d{1,2}(?:\\s+${MONTH})?|a l${A}aube|tot demain)\\s+)?(?:(?:en|au|aux|a|dans le|dans les)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+)?(?:(?:pour|pendant)\\s+)?(?:\\d+|deux|trois|quatre|cinq|six|dix|quinze|une|un)\\s+(?:semaines?|jours|mois|nuits)`,
    unless: ['gardee?', 'home-?sitters?', 'house-?sitters?', 'reste a la maison', 'restent a la maison', 'dort a la maison', 'boulot|taf|mission|deplacement pro|formation|seminaire|conference|salon pro', '\\bsi (?:on|je|j[\'’]|nous)\\b', 'quand (?:on|je|nous)'],
    base: 0.85,
  },
  { category: 'travel', match: `(?:partis|parties|partie|parti)\\s+(?:${PLACE}|[\\p{L}-]+\\s+)?\\s*(?:pour\\s+|pendant\\s+)?(?:\\d+|deux|trois|quatre|quinze|dix|une|un)\\s+(?:semaines?|mois|jours)`, base: 0.85 },
  {
    category: 'travel',
    match: `(?:${JESUIS}|on est|on sera|nous sommes|je serai|nous serons)\\s+(?:a|au|aux|en|dans le|dans les)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:jusqu${A}(?:au|a)\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})(?!\\s?h)(?:\\s+${MONTH})?|jusqu${A}(?:a|au)\\s+${DAY}|jusqu${A}(?:a|en)\\s+${MONTH}|pour (?:deux|trois|quatre|\\d+) semaines)`,
    unless: ['boulot', 'bureau', 'taf', 'hopital', 'urgences', 'clinique', 'reunion', 'formation', 'h\\d', '\\dh'],
    requiresInText: [`personne|vide|vacances|voyage|sejour|semaines|plage|squatter|la maison|chez (?:nous|moi)|🌴|✈️|🏖️|☀️`],
    base: 0.8,
  },
  // booking: a file code with no "numéro" before it ("dossier TXQ8RK", "PNR: K7QX2M").
  { category: 'booking', match: `(?:dossier|pnr|ref(?:erence)?|code (?:de )?confirmation|confirmation|code)\\s*(?:n°\\s*|no\\s*)?:?\\s*[a-z0-9]{6}\\b`, shape: ['[A-Z0-9]{6}$', '\\d', '[A-Z]{2}'], requiresInText: ['billet|vol|train|sncf|tgv|ouigo|avion|resa|reservation|voyage|hotel|air|easyjet|ryanair|transavia|vueling|ouigo|pnr|eurostar|thalys|airbnb|booking'], base: 0.9 },

  // birthdate: the subject left out at the start ("Née le 14 mars 1991 à Lyon ..."), an age on a day ("mes 40 ans le 21 juin", "je vais avoir 30 ans le 17 juin").
  { category: 'birthdate', match: `nee? le ${DATE}`, shape: [NOT_HISTORY], requiresInText: ['^[\\s\\p{P}\\p{S}]*nee? le'], base: 0.85, about: 'self' },
  {
    category: 'birthdate',
    match: `(?:mes|j${A}aurai|jaurai|je vais avoir|jvais avoir|j${A}vais avoir|je fete mes|je vais feter mes|on fete mes|je souffle mes|pour mes)\\s+\\d{2}\\s+(?:ans|balais|piges|berges|bougies|printemps|tours)\\s+(?:le|ce)\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}`,
    base: 0.8,
    about: 'self',
  },

  // child-school: a grade and a named school for a child ("Chloé est en 5e B au collège Victor-Hugo", "sa 1re année à l'école Saint-Jean").
  {
    category: 'child-school',
    match: `\\b(?:en|sa|son|fait sa|commence sa|finit sa|a fini sa|de la|dans la|dans sa|de sa|deleguee? de(?: la)?|en classe de)\\s+(?:cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme|seconde|\\d(?:e|eme|ere|re) (?:annee|primaire|maternelle|secondaire)|(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme) (?:annee|primaire|maternelle|secondaire)|secondaire \\d|(?:petite|moyenne|grande) section|maternelle|premiere primaire)(?:\\s+[a-f1-9]\\b)?[^.!?\\n]{0,25}?\\b(?:a|au|a la|a l${A}|chez)\\s*(?:${SCHOOL}\\s+)(?:(?:royale?|communale?|primaire|maternelle|elementaire|publique|privee|libre|catholique|internationale?|secondaire|fondamentale?)\\s+)*(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    // The teacher's class is no child's: "je suis prof de la 4e B au collège Victor-Hugo".
    unless: ['profs?', 'professeure?s?', 'enseignante?s?', 'j[\'’]enseigne', 'surveillante?s?', 'instit\\p{L}*', 'atsem', 'aed', 'cpe', 'remplacante?', 'ma classe', 'mes eleves'],
    base: 0.85,
    about: 'anyone',
  },
  {
    category: 'child-school',
    match: `\\b${SCHOOL}\\s+(?:(?:royale?|communale?|primaire|maternelle|elementaire|publique|privee|libre|catholique|internationale?|secondaire|fondamentale?)\\s+)*(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    unless: ['bureau de vote', 'vote', 'elections?', 'scrutin', 'kermesse de la ville'],
    requiresInText: [`(?:mon|ma|mes|notre|nos) ${CHILD}|premier jour (?:de|d${A}|pour|a|en)|parents-profs|reunion parents|bulletin|heures? de colle|groupe \\d|avec (?:mme|m\\.|madame|monsieur)|prof principale?|sa (?:maitresse|classe|prof)|\\d(?:e|eme|ere|re) (?:annee|primaire|secondaire)|(?:premiere|deuxieme|troisieme) (?:annee|primaire|secondaire)|\\ben (?:cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|\\de [a-f])\\b|\\b(?:cp|ce1|ce2|cm1|cm2)\\b`],
    base: 0.85,
  },

  // home-address: the street before the number (Switzerland, Belgium: "Chemin des Vignes 27, 1009 Pully"); a number and street with a door or a floor; a precise description.
  {
    category: 'home-address',
    match: `(?:(?:(?:ma|notre) )?nouvelle adresse|on a emmenage|j${A}ai emmenage|nous avons emmenage|on habite|j${A}habite|nous habitons|chez (?:moi|nous) c${A}est)\\s*(?:!|:|,|\\.)?\\s*(?:au |a |le )?${STREET}\\s+(?:(?:de la|de l${A}|des|du|de|d${A})\\s*)?[a-z][\\w-]+(?:\\s+[a-z][\\w-]+){0,2}\\s+\\d{1,4}[a-z]?\\b`,
    unless: [...BUSINESS, ...PUBLIC],
    base: 0.9,
    about: 'self',
  },
  {
    category: 'home-address',
    match: `\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+${STREET}\\s+[^,.!?\\n]{2,40}?(?=,?\\s+(?:\\d+(?:e|eme|er)|premier|dernier|rez-de-chaussee|rdc)\\s*etage|,?\\s+(?:porte|bat(?:iment)?|appt?|appartement|escalier|interphone|digicode)\\b)`,
    unless: [...BUSINESS, 'rdv', 'rendez-vous', 'salle', 'bar', 'musee', 'gare', 'mairie', 'expo', 'concert', 'cinema', 'theatre', 'eglise'],
    base: 0.85,
    about: 'self',
  },
  {
    category: 'home-address',
    match: `(?:c${A}est |chez (?:moi|nous) c${A}est |j${A}habite |on habite )?(?:la|notre|ma|le|mon) (?:maison|baraque|porte|immeuble|residence|bloc|duplex|triplex|chalet|petite maison) (?:jaune|bleue|rouge|verte|blanche|grise|rose|noire|orange|violette|en brique|en bois|avec (?:les|le|la|des) [\\p{L}]+ [\\p{L}]+)\\s+(?:au coin de|a l${A}angle de|en face de|juste a cote de|a cote de|au bout de|tout au bout de) (?:la |l${A}|du |de la )?${STREET}`,
    requiresInText: ['chez (?:moi|nous)|j[\'’]habite|on habite|livreur|livreuse|colis|sonnez|uber|deliveroo|facteur|venez|crémaillère|cremaillere'],
    unless: ['a vendre', 'a louer', 'en vente', 'agence', 'visite', 'annonce'],
    base: 0.85,
    about: 'self',
  },
  {
    category: 'home-address',
    match: `(?:${JESUIS}|on est|j${A}habite|jhabite|on habite|nous habitons|on vit|je vis|chez (?:moi|nous) c${A}est)\\s+(?:juste\\s+)?(?:au-?dessus|au dessus|en face|a cote|derriere|juste a cote)\\s+(?:de la|du|de l${A}|des)\\s+[\\p{L}-]+(?:\\s+(?:${STREET}|de la|du|des)\\s*[\\p{L}-]+){0,3}`,
    requires: ['etage|sonnez|interphone|porte|rdc|digicode|boite aux lettres|code'],
    base: 0.85,
    about: 'self',
  },

  // money: an overdraft with its figure, broke until a date with no "je" ("fauché jusqu'au virement du 5"), a maxed-out card, a bare pay figure ("1450 net par mois").
  { category: 'money', match: `(?:un |mon |notre |en |a )?decouvert (?:de|d${A}environ|de plus de|de presque)\\s+(?:\\d[\\d\\s.,]*\\s*(?:k|€|euros?|balles|\\$|piasses)|\\d+(?:[.,]\\d+)?\\s?k)`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:fauchee?s?|a sec|cassee?s?|sans un rond|sans un sou|a zero|dans le rouge|raides?|sur la paille|dans la (?:deche|mouise|galere|panade)(?: (?:totale|complete|la plus totale))?)\\s+(?:comme les bles\\s+)?jusqu${A}(?:a|au|a la)\\s+(?:la (?:paye|paie|fin du mois)|(?:prochain |prochaine )?(?:virement|paye|paie|salaire|bourse|apl|caf|rsa|chomage|cheque)(?:\\s+du\\s+\\d{1,2})?|le \\d{1,2}|\\d{1,2}|${DAY}|fin du mois)`, base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'money', match: `(?:ma|mes|notre|nos) cartes? (?:de credit|bleues?|visa|mastercard|de debit)? ?(?:est|sont|a ete|ont ete) (?:pleines?|au max(?:imum)?|a la limite|maxees?|full|bloquees?|refusees?)|(?:j${A}ai|jai|on a) (?:maxe|explose|atteint) (?:ma|mes|notre|nos) (?:cartes?|limite|plafond|marge de credit)|(?:ma )?marge de credit (?:est )?(?:pleine|au max|maxee)`, unless: ['bug', 'panne', 'peage', 'sans contact', 'terminal', 'erreur', 'piratee?', 'fraude', 'code (?:faux|errone)', 'a l[\'’]etranger', 'expiree?', 'sms', 'validation'], base: 0.85, about: 'self' },
  { category: 'money', match: `(?:^|[\\s(])\\d[\\d\\s.,]{1,7}\\s*(?:€|euros?|e|balles)?\\s*(?:net|nets|brut|bruts)\\s*(?:par mois|/mois|mensuels?|par an|/an|de l${A}heure|/h|pour \\d+\\s?h)`, unless: ['loyer', 'coute', 'prix', 'abonnement', 'offre', 'annonce', 'poste a pourvoir', 'recrute', 'recrutons', 'moyenne', 'moyen', 'smic est', 'cherche', 'propose', 'ministre', 'deputes?', 'pdg'], base: 0.8, about: 'self' },
  { category: 'money', match: `(?:premier|mon|ma|notre) (?:salaire|paye|paie|fiche de paie|remuneration|taux horaire)(?: net| brut)?\\s*(?::|=|c${A}est|est de)\\s*\\d[\\d\\s.,]*\\s*(?:k|€|euros?|eur|balles|e\\b|\\$|brut|net)`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:paye|payee|payes|payees|je touche|je gagne|on me donne)\\s+(?:que\\s+|seulement\\s+|a peine\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:€|euros?|\\$|piasses|balles)\\s*(?:brut |net )?(?:de l${A}heure|/h|par heure|l${A}heure)`, base: 0.85, about: 'self' },

  // relationship: divorced as a state, the end said ("Thomas et moi c'est fini après 6 ans"), left for someone, a partner who cheated ("il me trompait").
  { category: 'relationship', match: `(?:${JESUIS}\\s+)?(?:officiellement\\s+)?divorcee?s?\\s+(?:depuis (?:ce matin|hier|aujourd${A}hui|cette semaine|peu|\\d+ (?:jours|semaines|mois))|ce matin|aujourd${A}hui|hier)|divorce (?:signe|prononce|acte|finalise|officialise|termine|enfin fini)|(?:de nouveau|a nouveau|re)\\s*celibataire|celibataire (?:a nouveau|de nouveau|a \\d{2} ans)`, unless: ['telephone', 'portable', 'facebook', 'instagram', 'reseaux', 'sucre', 'chocolat', 'ma pote', 'ma soeur', 'mon frere', 'ma copine', 'mon ami', 'mon pote'], base: 0.85 },
  { category: 'relationship', match: `(?:[\\p{L}-]+ et moi|lui et moi|elle et moi|nous deux|entre (?:nous|lui et moi|elle et moi)),? c${A}est (?:fini|termine|fini pour de bon|bel et bien fini)`, requires: [`apres \\d+ ans|apres (?:deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt) ans|ans (?:de|d${A}) (?:couple|relation|mariage|vie commune)|\\d+ ans ensemble|💔|me trompait|m${A}a trompee?`], base: 0.85 },
  { category: 'relationship', match: `(?:il|elle|mon ${PARTNER}|ma ${PARTNER}) (?:me trompait(?! avec (?:la |le |ma |mon |sa |son )?(?:playstation|ps5|xbox|console|boulot|travail|netflix|foot|frigo|telephone|portable))|me trompe depuis|me trompait depuis|m${A}a laissee? pour|m${A}a quittee? pour|m${A}a remplacee? par|m${A}a dompee?|m${A}a dumpee?|m${A}a laissee?|m${A}a jetee?|m${A}a sacre la|m${A}a crisse la)`, unless: ['telephone', 'portable', 'voiture', 'bus', 'train', 'ordi', 'wifi', 'batterie', 'chargeur', 'frigo'], base: 0.9, about: 'anyone' },

  // confidential: a takeover, a closure by the company, results before they are out, the speaker's own "I'm not supposed to say".
  { category: 'confidential', match: `(?:on se fait racheter|on va se faire racheter|on vient de se faire racheter|on s${A}est fait racheter|(?:ma|notre|la) (?:boite|entreprise|societe|start-?up|agence) (?:se fait racheter|va se faire racheter|va etre rachetee|est rachetee|fusionne avec|va fusionner)|on fusionne avec|on va fusionner avec)`, requires: [`pas encore|avant (?:l${A}annonce|que|qu${A}|noel|les fetes|la (?:reunion|communication|publication|com))|personne ne sait|personne le sait|en interne|secret|chut|officiel\\p{L}*|annonc\\p{L}*|entre nous|🤫|🤐`], unless: ['rt @\\w+'], base: 0.85, about: 'anyone' },
  { category: 'confidential', match: `(?:ma|notre|la) (?:boite|entreprise|societe|direction|groupe|boss) (?:ferme|va fermer|fermera|delocalise|va delocaliser|supprime|va supprimer|revend|licencie|va licencier|vire|va virer)\\b`, requires: [`pas encore|avant (?:l${A}annonce|que|qu${A}|noel|les fetes|la (?:reunion|communication|publication|com))|personne ne sait|personne le sait|en interne|secret|chut|officiel\\p{L}*|annonc\\p{L}*|entre nous|censee?|🤫|🤐`], unless: ['rt @\\w+'], base: 0.85, about: 'anyone' },
  { category: 'confidential', match: `(?:je suis |chuis |jsuis |chu )?(?:pas|ne suis pas) (?:censee?|supposee?) (?:le |en |vous le |te le )?(?:dire|parler|raconter)|je (?:ne )?devrais pas (?:le |en |vous le )?(?:dire|parler|raconter)|(?:j${A}ai|jai) pas le droit (?:de|d${A}) (?:le dire|en parler)|vous (?:l${A}avez|lavez) pas entendu de moi|c${A}est pas moi qui (?:vous )?(?:l${A}ai|lai) dit`, requiresInText: ['client|boite|agence|direction|equipe|contrat|projet|boulot|taf|entreprise|collegues?|bureau|magasin|usine|site|chiffres|resultats|trimestre|rachat|licenci\\p{L}*|plan social|fusion|postes|ferme'], unless: ['rt @\\w+'], base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: `personne (?:ne )?le sait(?: encore)?|personne (?:n${A}est |est )?au courant|personne (?:ne )?sait (?:encore|rien)`, requiresInText: ['client|boite|agence|direction|equipe|contrat|projet|boulot|taf|entreprise|collegues?|bureau|magasin|chiffres|resultats|trimestre|rachat|licenci\\p{L}*|plan social|fusion|budget'], unless: ['rt @\\w+'], base: 0.8, about: 'anyone', denied: 'keeps' },
  { category: 'confidential', match: `(?:les )?(?:chiffres|resultats|ventes)(?: du (?:t[1-4]|q[1-4]|trimestre|semestre|mois)| trimestriels| annuels| semestriels)? (?:sont|seront|vont etre|s${A}annoncent)? ?(?:catastrophiques|mauvais|pourris|horribles|desastreux|en chute(?: libre)?|en baisse|sous les previsions|sous l${A}objectif|excellents|records?|a -?\\d+ ?%)|-\\d+ ?% (?:vs|par rapport aux|sous les|en dessous des) (?:previsions|objectifs|budget|attentes)`, requires: ['avant|pas encore|publication|annonce|officiel\\p{L}*|en interne|chut|fuite|secret|🤫|🤐|que la semaine|qu[\'’]en'], unless: ['rt @\\w+'], base: 0.8, about: 'anyone' },

  // badge-id: a photo of an ID described in the alt ("photo du permis de conduire rose tenu à la main").
  { category: 'badge-id', match: `photo (?:de|du|de la|d${A}une?|d${A})\\s*(?:mon |ma |mes )?(?:nouveau |nouvelle )?(?:permis(?: de conduire)?|passeport|carte d${A}identite|carte nationale d${A}identite|cni|titre de sejour|carte de sejour|badge(?: d${A}entreprise| d${A}acces| pro)?|carte vitale|carte d${A}etudiant|carte etudiante|carte soleil|carte d${A}assurance maladie|carte de residence)`, unless: [...ADVICE, 'permis de construire', 'photo d[\'’]identite pour', 'faire (?:la|une) photo'], base: 0.85, about: 'self' },

  // boss-complaint: the boss or the job doing something to the author ("ma job me tue", "ma boss m'a encore engueulée"), or not caring ("mon boss s'en câlisse").
  { category: 'boss-complaint', match: `(?:mon|ma)\\s+(?:boulot|taf|taff|job|jobine|travail|boite|patron|patronne|chef|cheffe|boss|manager|n\\+1|n\\+2|superieure?|responsable|direction|dirlo)\\s+(?:me|m${A})\\s*(?:a\\s+)?(?:encore\\s+|toujours\\s+|une fois de plus\\s+|meme\\s+)?(?:tue|tuer|bouffe|detruit|rend (?:malade|folle?|dingue|chevre|zinzin)|saoule|soule|gonfle|casse les (?:couilles|pieds|bonbons)|pourrit la vie|fait chier|fait vomir|degoute|epuise|deprime|use|tape sur (?:le systeme|les nerfs)|emmerde|harcele|crie dessus|gueule dessus|hurle dessus|engueulee?|humiliee?|humilie|rabaisse|rabaissee?|traite comme|ignore|refuse (?:mes|encore mes) conges|(?:a )?refuse mes conges)`, unless: ['de rire', 'mdr de', 'adore', 'trop drole', 'trop marrante?'], base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: `(?:mon|ma)\\s+(?:patron|patronne|chef|cheffe|boss|manager|n\\+1|responsable|direction)\\s+s${A}en (?:fout|fiche|tape|bat les couilles|calisse|crisse|contrecrisse|branle|balance)`, base: 0.85, about: 'anyone' },

  // sick-skip: a leave taken for leisure, an excuse invented for tomorrow, a voice put on over the phone.
  { category: 'sick-skip', match: `(?:arret|conge) (?:maladie|de travail)\\s+(?:pour|et (?:je pars|direction|hop|go))\\s+(?:aller\\s+)?(?:au ski|a la plage|en vacances|au festival|au concert|au match|a disney|en week-?end|partir|profiter|bronzer|la plage|le ski|les pistes|faire la fete|a la mer)|(?:arret|conge) (?:maladie|de travail)[^.!?\\n]{0,30}(?:ni vu ni connu|direction (?:la plage|le ski|les pistes|la mer))|certif(?:icat)?(?: medical)? (?:bidon|de complaisance|pipeau|fictif)`, base: 0.9, about: 'self' },
  { category: 'sick-skip', match: `(?:je vais|jvais|j${A}vais|j${A}ai|jai|je vais leur|je vais lui) (?:dire|raconter|pretexter|faire croire|inventer)\\s+(?:a mon chef |a ma cheffe |au boulot |au taf |au bureau )?(?:que |qu${A})?(?:j${A}ai|jai|j${A}avais|javais|je suis|chuis|jsuis|j${A}etais)\\s+(?:une gastro|la gastro|la grippe|malade|de la fievre|le covid|une migraine|une angine|une intox|un rdv medical|un enterrement|un deces|mal au dos|une rage de dents|crevee?|mourante?)[^.!?\\n]{0,40}?pour (?:aller|pouvoir aller|partir|faire la|voir|profiter|sortir|rester (?:au lit|a la maison|chez moi|tranquille)|(?:ne )?pas (?:aller|bosser|travailler|venir|me lever))`, base: 0.9, about: 'self', denied: 'keeps' },
  { category: 'sick-skip', match: `(?:(?:j${A}ai|jai|on a)\\s+)?(?:appele|prevenu|telephone a|ecrit a|texte)\\s+(?:le boulot|le taf|le bureau|mon chef|ma cheffe|mon boss|ma boss|mon patron|ma patronne|mon manager|ma manager|mon n\\+1|le travail|la boite)(?:\\s+(?:a|ce matin a|ce matin|hier soir|hier)\\s*(?:\\d{1,2}\\s?h\\s?\\d{0,2})?)?\\s+(?:en toussant|en reniflant|avec une (?:voix|petite voix) (?:de mourante?|cassee|enrouee|de malade)|en faisant (?:la|une) (?:voix|petite voix)|en simulant|(?:en disant |pour dire |pour (?:leur|lui) dire )(?:que |qu${A})?(?:(?:j${A}etais|je suis|j${A}suis|jetais|j etais)\\s+(?:malade|crevee?|mourante?|grippee?)|(?:j${A}avais|j${A}ai|javais|jai)\\s+(?:une gastro|la gastro|la grippe|de la fievre|le covid|une migraine|une angine)))`, requiresInText: ['plage|gueule de bois|concert|match|festival|mdr|lol|ptdr|en vrai|en realite|ca passe|netflix|😂|🤫|😇|😎|pistes|ski|shopping|soleil|canap\\p{L}*|serie|piscine|sieste|terrasse|soldes'], base: 0.85, about: 'self', denied: 'keeps' },
  // travel: a departure on a date with the return date ("on s'envole pour Tokyo le 3, retour le 24").
  { category: 'travel', match: `(?:on|je|nous|j${A}) ?(?:part|pars|partons|decolle|decollons|s${A}envole|m${A}envole|s${A}en va|m${A}en vais|file|se tire|se barre)\\s+(?:pour|en|au|aux|a|dans le)\\s+[\\p{L}' -]{2,25}?\\s+(?:le \\d{1,2}(?:\\s+${MONTH})?|${DAY}|demain|ce week-end)[^.!?\\n]{0,15}?(?:retour|on rentre|je rentre|de retour|on revient|je reviens)\\s+(?:le\\s+)?(?:\\d{1,2}|${DAY})`, unless: ['boulot', 'formation', 'seminaire', 'mission', 'deplacement pro', '\\bsi (?:on|je|j[\'’]|nous)\\b'], base: 0.85 },
  // money: what is left on the account, a negative balance, a loan to get by.
  { category: 'money', match: `(?:(?:j${A}ai|jai|il me reste|il nous reste|on a)\\s+)?(?:plus que|seulement|a peine|que)\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euros?|balles|\\$|piasses)\\s+(?:sur (?:mon|le|notre) compte|pour finir le mois|pour (?:tout )?le mois|jusqu${A}(?:a|au))`, base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'money', match: `(?:a )?(?:moins |-)\\s?\\d+(?:\\s*(?:€|euros?|balles))?\\s+sur (?:mon|le|notre) compte|(?:mon|notre) compte (?:est )?a (?:moins|-)\\s?\\d+`, base: 0.85, about: 'self' },
  { category: 'money', match: `(?:pris|prendre|fait|faire|demande|demander|contracte)\\s+(?:un|encore un|un autre|un deuxieme|un petit)\\s+(?:credit|pret|pret conso|credit conso|micro-credit|mini-credit|credit revolving)\\s+pour\\s+(?:payer|finir|les courses|le loyer|bouffer|manger|vivre|tenir|boucler)`, unless: ['etat', 'gouvernement', 'pays', 'france', 'ville', 'mairie', 'commune', 'club', 'entreprise', 'boite', 'societe'], base: 0.85, about: 'self' },
  // relationship: a divorce under way, a custody fight with the ex.
  { category: 'relationship', match: `(?:en instance de divorce|en plein divorce|en procedure de divorce|en train de divorcer|en pleine separation)|(?:mon|ma) ex (?:refuse|ne veut pas|veut pas|veut plus|m${A}empeche|menace) (?:de )?(?:me (?:rendre|laisser voir|ramener|confier) |de voir |que je voie )?(?:les|mes|nos) (?:enfants|gosses|petits|filles|fils|loulous|minots)`, unless: ['ma pote', 'ma soeur', 'mon frere', 'ma copine est', 'mon ami', 'mon pote'], base: 0.85, about: 'self' },
  // sick-skip: the leave and where the author is instead, a false note, skipping work.
  { category: 'sick-skip', match: `(?:arret|conge) (?:maladie|de travail)[^.!?\\n]{0,40}?(?:mais|alors que|et)\\s+(?:je suis|jsuis|chuis|chu|on est|me voila|me voici|direction)\\s+(?:a la plage|au ski|sur les pistes|en terrasse|au soleil|a la mer|en vacances|au festival|au concert|au match|a disney|au bord de la piscine|a la piscine|au bar|en week-?end)`, base: 0.9, about: 'self' },
  { category: 'sick-skip', match: `faux (?:certif(?:icat)?(?: medical)?|mot du (?:medecin|doc)|justificatif)|(?:j${A}ai |jai |on a )?seche (?:le boulot|le taf|le taff|le bureau|le travail|la job|le job|la boite|la job)`, base: 0.85, about: 'self' },
  { category: 'health', match: `(?:ma|mon|notre) (?:mere|maman|pere|papa|soeur|frere|fils|fille|mari|femme|homme|copain|copine|grand-mere|grand-pere|mamie|papi|papy|belle-mere|beau-pere|bebe|petit|petite)\\s+(?:a ete|vient d${A}etre|s${A}est fait|va se faire|doit se faire|se fait)\\s+(?:operee?|greffee?|amputee?|poser (?:un|une) \\p{L}+|enlever (?:la|le|les|un|une) \\p{L}+|operer)\\s+(?:du|de la|des|d${A}|de l${A}|de|en urgence)\\s*\\p{L}+`, base: 0.85 },
  // health, by class: surgery done to the author, a stay in hospital with its length, leaving a ward, a named treatment or test, a specialist seen, fertility care, more diagnoses.
  { category: 'health', match: `(?:on m${A}a|ils m${A}ont|le chirurgien m${A}a|le medecin m${A}a|on vient de me)\\s+(?:enleve|retire|opere|ote|greffe|pose|implante|amputee?|recousu|plâtre|platre)\\s+(?:(?:de |d${A}|du |des )?(?:la|le|les|l${A}|un|une|mon|ma|mes|deux|trois)\\s*)\\p{L}+`, unless: ['sterilet', 'dent', 'dents', 'plombage', 'appareil dentaire', 'bagues'], base: 0.85, about: 'self' },
  { category: 'health', match: `(?:j${A}ai ete|jai ete|j${A}ai été|${JESUIS}|je viens d${A}etre)\\s+(?:operee?|hospitalisee?|greffee?|amputee?|intubee?|internee?|placee? en hp)\\b`, base: 0.85, about: 'self' },
  { category: 'health', match: `(?:\\d+|deux|trois|quatre|cinq|six|dix|quinze)\\s+(?:jours|semaines|nuits|mois)\\s+(?:d${A}hosto|d${A}hopital|a l${A}hopital|a l${A}hosto|en hp|en hopital psy(?:chiatrique)?|en psychiatrie|en reanimation|en rea|aux soins intensifs|en clinique psy)`, base: 0.85, about: 'self' },
  { category: 'health', match: `(?:sortie?s?|je sors|je suis sortie?|enfin sortie?|rentree? a la maison apres)\\s+(?:de l${A}|du |de la |des )?(?:hosto|hopital|hp|psychiatrie|clinique psy(?:chiatrique)?|reanimation|rea|soins intensifs|urgences)\\b(?:\\s+apres\\s+(?:\\d+|deux|trois|quatre|cinq|dix|quinze)\\s+(?:jours|semaines|mois))?`, base: 0.85, about: 'self' },
  { category: 'health', match: `(?:tentative de suicide|\\bune ts\\b|idees suicidaires|pensees suicidaires|je me scarifie|scarifications?|automutilation|crise (?:suicidaire|psychotique)|episode (?:depressif|maniaque|psychotique)|hopital psychiatrique)`, unless: [...CAUSE, 'prevention', '3114', 'numero', 'appelez'], base: 0.85 },
  { category: 'health', match: `(?:levothyrox|lithium|depakine|abilify|zoloft|effexor|laroxyl|tramadol|morphine|subutex|ritaline|concerta|quetiapine|olanzapine|risperdal|valium|temesta|stilnox|zolpidem|lamictal|keppra|humira|methotrexate|tamoxifene|herceptin|truvada|prep)\\b`, unless: [...CAUSE, 'penurie', 'rupture de stock', 'prix', 'scandale'], base: 0.85 },
  { category: 'health', match: `sous traitement (?:pour|contre) (?:mon|ma|mes|une?|le|la|l${A}|des) ?[\\p{L}-]+|(?:ma|mon) (?:therapie|psy|psychiatre|psychologue|therapeute|oncologue|traitement(?: de fond)?)\\b`, unless: ['traitement de texte', 'traitement des donnees', 'psy de (?:ma|mon|sa|son)', 'ma psy de', 'emission', 'podcast'], base: 0.8, about: 'self' },
  { category: 'health', match: `(?:rdv|rendez-vous|consultation|j${A}ai rdv|je vois|je vais voir)\\s+(?:avec|chez)?\\s*(?:l${A}|le |la |mon |ma |un |une )?(?:oncologue|psychiatre|cancerologue|cardiologue|neurologue|addictologue|chirurgien|chirurgienne|gastro-enterologue|endocrinologue|endocrino|rhumatologue|hematologue|nephrologue|pneumologue|neurochirurgien|anesthesiste)`, base: 0.8, about: 'self' },
  { category: 'health', match: `(?:\\bpma\\b|transferts? d${A}embryons?|stimulation ovarienne|inseminations?|ponctions? d${A}ovocytes|parcours (?:pma|fiv)|bebe eprouvette)|(?:scanner|irm) (?:cerebral|thoracique|abdominal|du (?:genou|dos|cerveau|crane|thorax|ventre|bassin)|de la (?:hanche|colonne|tete))|(?:ponction lombaire|electroencephalogramme|\\beeg\\b|endoscopie|fibroscopie|gastroscopie|scintigraphie|holter)`, unless: CAUSE, base: 0.85 },
  { category: 'health', match: `(?:ulceres?|hypothyroidie|hyperthyroidie|hashimoto|basedow|polyarthrite|spondylarthrite|maladie de (?:parkinson|lyme|hashimoto|basedow|charcot|horton)|cirrhose|hepatite [bc]|mucoviscidose|schizophrenie|schizophrene|insuffisance (?:renale|cardiaque|respiratoire)|embolie pulmonaire|phlebite|meningite|appendicite|calculs? renaux|colique nephretique|kyste|nodules?|polypes?|sepsis|septicemie|seropo|hernie|tendinite chronique|syndrome de (?:cushing|sjogren|ehlers-danlos|asperger)|sopk|spondylarthropathie|psoriasis|sclerose|alzheimer|parkinson|maladie de charcot|\\bsla\\b|myopathie|drepanocytose|hemophilie|spina bifida|cancer du \\p{L}+|tumeur au \\p{L}+)\\b`, unless: [...CAUSE, ...ZODIAC, 'mon chat', 'ma chatte', 'mon chien', 'ma chienne', 'du chat', 'du chien'], base: 0.8 },
  // child-school: a child by name at a named school ("Zoé est à la crèche Les Petits Loups"), picked up there ("je récupère Lucas à 16h30 devant l'école Pasteur").
  {
    category: 'child-school',
    match: `(?!(?:elle|il|on|je|tu|nous|vous|ils|elles|ca|cela|qui|ce|monde|prof|maitresse|directrice|directeur)\\b)[\\p{L}-]+ (?:est|va|entre|rentre|commence|fait sa rentree|a fait sa rentree|a commence) (?:(?:a|au|a la|a l${A}|chez|dans)\\s*)(?:la |le |l${A})?${SCHOOL}\\s+(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: ['^\\p{Lu}\\p{Ll}', NAMED],
    unless: ['prof', 'professeur', 'maitresse', 'directrice', 'directeur', 'institutrice', 'instituteur', 'atsem', 'surveillant', 'animatrice', 'bureau de vote', 'vote'],
    base: 0.8,
    about: 'anyone',
  },
  {
    category: 'child-school',
    match: `(?:je recupere|je depose|on recupere|on depose|j${A}emmene|je vais chercher|on va chercher)\\s+[\\p{L}-]+\\s+(?:a\\s+\\d{1,2}\\s?h\\s?\\d{0,2}\\s+)?(?:devant|a|au|a la sortie de)\\s+(?:l${A}|la |le )?${SCHOOL}\\s+(?:(?:de la|de l${A}|des|du|de|d${A}|la|le|les|l${A}|saint|sainte|st|ste)\\s*)?[a-z][\\w-]+`,
    shape: [NAMED],
    base: 0.8,
    about: 'anyone',
  },
  // confidential: an announcement still to come ("la direction va annoncer la fermeture du site").
  { category: 'confidential', match: `(?:la direction|ils|on|la boite|le groupe|la dg|le pdg|mon patron|ma boite|notre boite) (?:va|vont|compte|comptent|doit|doivent|devrait|devraient) (?:annoncer|officialiser|communiquer) (?:la fermeture|un plan social|des licenciements|\\d+ licenciements|le rachat|la fusion|la vente|la suppression|la delocalisation|le demenagement|un pse|des suppressions)`, unless: ['rt @\\w+'], base: 0.85, about: 'anyone' },
  // travel: on holiday until a date, the subject left out ("en vacances jusqu'au 20"); away for the whole month.
  { category: 'travel', match: `en (?:vacances|voyage|conges|vadrouille|road ?trip|croisiere)\\s+(?:jusqu${A}(?:au|a)\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})(?!\\s?h)|jusqu${A}(?:a|au)\\s+${DAY}|jusqu${A}(?:a|en)\\s+${MONTH}|du \\d{1,2} au \\d{1,2}|pour (?:deux|trois|quatre|\\d+) semaines|tout le mois)`, base: 0.85, about: 'self' },
  { category: 'travel', match: `(?:absents?|absentes?|partis|parties|pas la)\\s+(?:tout le mois(?: (?:de|d${A}) ?${MONTH})?|tout l${A}ete|tout (?:le mois d${A})?aout|toute la semaine(?: prochaine)?|pendant (?:tout )?le mois(?: (?:de|d${A}) ?${MONTH})?)`, base: 0.85 },
  // birthdate: the date before the age ("le 14 juillet j'aurai 40 ans").
  { category: 'birthdate', match: `le (?:1er|\\d{1,2}) ${MONTH},?\\s+(?:j${A}aurai|jaurai|je vais avoir|je fete mes|je souffle mes|ca fera|ça fera)\\s+\\d{2}\\s+(?:ans|bougies|balais|piges|berges)`, base: 0.8, about: 'self' },
  // money: living on benefits with the figure.
  { category: 'money', match: `(?:je touche|je suis au|on vit avec|on vit du|je vis avec|je vis du|on touche|je survis avec)\\s+(?:le |du |l${A}|les )?(?:chomage|rsa|smic|minimum vieillesse|aah|apl|allocs?|pole emploi|france travail|bs|aide sociale)`, requires: ['\\d+\\s*(?:€|euros?|balles|\\$|piasses)|depuis \\d+ mois|galere|pas assez'], base: 0.8, about: 'self' },
  // relationship: "c'est fini avec Julien", "on a rompu", separated as a state.
  { category: 'relationship', match: `c${A}est (?:fini|termine) (?:avec [\\p{L}-]+|entre nous)`, requires: [`apres \\d+ ans|apres (?:deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt) ans|\\d+ ans (?:a la poubelle|de ma vie|gaches?|foutus|de couple|ensemble)|💔|me trompait|m${A}a trompee?|rupture|larguee?|quittee?`], base: 0.85 },
  { category: 'relationship', match: `(?:on a|nous avons|j${A}ai|jai|on vient de|je viens de) rompu(?! avec (?:le|la|les|l${A}|ce|cette|un|une)\\b)(?! avec (?:mon|ma|mes) (?!${PARTNER}\\b))|(?:ma|notre) rupture|rupture (?:hier|ce matin|difficile|douloureuse|compliquee)`, unless: ['sucre', 'chocolat', 'cafe', 'tabac', 'clope', 'reseaux', 'instagram', 'facebook', 'tiktok', 'netflix', 'rupture de stock', 'rupture conventionnelle', 'rupture de contrat', 'rupture des ligaments', 'rupture du tendon', 'rupture d[\'’]anevrisme'], base: 0.85, about: 'self' },
  { category: 'relationship', match: `(?:officiellement |on est |nous sommes |${JESUIS} )?separee?s?\\s+(?:depuis (?:hier|ce matin|aujourd${A}hui|${DAY}|\\d+ (?:jours|semaines|mois)|cette semaine|peu)|officiellement)`, unless: ['ma pote', 'ma soeur', 'mon frere', 'mes parents', 'mon ami', 'mon pote', 'siamois', 'jumeaux'], base: 0.85, about: 'self' },
  // confidential: layoffs to come with the staff not knowing.
  { category: 'confidential', match: `(?:ils|on|la direction|la boite|ma boite|le groupe) (?:va|vont) (?:licencier|virer|supprimer|degager|lourder) (?:\\d+|des|plein de|la moitie|un tiers|un quart) (?:personnes|salaries|collegues|postes|gens|employes)`, requires: [`personne (?:ne )?(?:le )?sait|personne (?:n${A})?est au courant|pas (?:encore )?au courant|(?:savent|sait) (?:pas|rien)|apprendr\\p{L}*|pas encore|avant (?:l${A}annonce|que ce soit)|en interne|secret|chut|entre nous|🤫|🤐`], unless: ['rt @\\w+'], base: 0.85, about: 'anyone' },
  // boss-complaint: the job or boss "me prend pour sa secrétaire", "ce taf me bouffe".
  { category: 'boss-complaint', match: `(?:mon|ma)\\s+(?:patron|patronne|chef|cheffe|boss|manager|n\\+1|n\\+2|responsable|superieure?)\\s+me prend pour (?:sa|son|un|une|le|la) [\\p{L}-]+|(?:ce|cette)\\s+(?:boulot|taf|taff|job|jobine|boite|travail)\\s+(?:me|m${A})\\s*(?:tue|bouffe|detruit|rend (?:malade|folle?|dingue|chevre)|saoule|soule|gonfle|epuise|deprime|use|vide|pourrit la vie|fait chier)`, unless: ['de rire', 'adore'], base: 0.85, about: 'anyone' },
  // sick-skip: what was said to work, or will be ("j'ai dit que j'étais malade 😂", "je vais appeler pour dire que je suis malade, trop beau dehors"), a leave taken to go out.
  { category: 'sick-skip', match: `(?:(?:j${A}ai|jai) dit|je vais (?:appeler|ecrire|envoyer un (?:texto|sms|message))(?: au (?:boulot|taf|bureau)| a mon (?:chef|boss|patron|manager))?\\s+pour dire|jvais (?:appeler|dire))\\s+(?:au (?:boulot|taf|bureau)\\s+|a mon (?:chef|boss|patron|manager)\\s+|a ma (?:cheffe|boss|patronne|manager)\\s+)?(?:que |qu${A})?(?:j${A}etais|jetais|je suis|chuis|jsuis|j${A}avais|javais|j${A}ai|jai)\\s+(?:malade|grippee?|la gastro|une gastro|de la fievre|mourante?|crevee?|le covid|une migraine|une angine)`, requiresInText: ['plage|gueule de bois|concert|match|festival|mdr|lol|ptdr|en vrai|en realite|netflix|😂|🤣|🤫|😇|😎|pistes|ski|shopping|soleil|beau dehors|trop beau|canap\\p{L}*|serie|piscine|sieste|terrasse|soldes|pas bosse|pas travaille|pas alle'], base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'sick-skip', match: `(?:je me suis|jme suis|j${A}me suis|me suis|je vais me)\\s+(?:mise?|mettre)\\s+en arret(?: maladie)?\\s+pour\\s+(?:aller|partir|voir|profiter|faire|le concert|le match|le festival)`, base: 0.9, about: 'self' },
  // birthdate: "moi c'est le 30/06/1985" in a talk of birthdays or signs.
  { category: 'birthdate', match: `moi,? c${A}est le ${DATE}`, requiresInText: ['anniv|naissance|\\bnee?\\b|ascendant|signe|astro|bougies|\\bans\\b'], base: 0.8, about: 'self' },
  // confidential: the management hiding it ("la direction cache ça").
  { category: 'confidential', match: `(?:la direction|la dg|le patron|la boite|le groupe|nos chefs|les chefs) (?:cache|cachent|planque|planquent|ne dit rien|dit rien|ne disent rien|disent rien|garde (?:ca|ça) (?:secret|pour elle|pour eux)|nous ment|ment aux salaries|etouffe l${A}affaire)`, requiresInText: ['\\bca\\b|chiffre d[\'’]affaires|perdre|perte|plan social|licenci\\p{L}*|fermer|fermeture|rachat|fusion|postes|client|contrat|resultats|budget|%'], unless: ['rt @\\w+'], base: 0.85, about: 'anyone' },
  // Second round (train-2), by class.
  // birthdate: the birthday's date with the age coming ("ma fête c'est le 22 octobre pis j'vais avoir 30 ans", "mon anniv c'est le 12 juillet, 40 ans cette année").
  { category: 'birthdate', match: `(?:ma fete|mon anniv(?:ersaire)?|mon annif|mon bday|mon birthday|ma date d${A}anniv(?:ersaire)?)\\s*(?:c${A}est|est|tombe|:)?\\s*(?:le\\s+)?(?:${DAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}`, requires: [`\\d{2}\\s+(?:ans|balais|piges|berges|bougies|printemps)|(?:trentaine|quarantaine|cinquantaine|soixantaine)`], unless: ['\\bsa fete\\b', '\\bson anniv'], base: 0.8, about: 'self' },
  { category: 'birthdate', match: `le (?:1er|\\d{1,2}) ${MONTH},?\\s+(?:(?:pis|et|puis)\\s+)?(?:j${A}vais avoir|jvais avoir|je vais avoir|j${A}aurai|jaurai|je fete mes|je souffle mes|j${A}ai|jai|j ai)\\s+\\d{2}\\s+(?:ans|bougies|balais|piges|berges)(?!\\s+(?:de|d${A}|que|qu${A}))`, base: 0.8, about: 'self' },
  // birthdate: a decade turned on a date ("le 17 novembre je passe la quarantaine", "je passe le cap des 50 ans le 3 mai").
  { category: 'birthdate', match: `le (?:1er|\\d{1,2}) ${MONTH},?\\s+(?:je passe|je vais passer|jvais passer|j${A}entre dans|j${A}attaque|je franchis|je fete|on fete)\\s+(?:le cap (?:de la |des )?|la |mes )?(?:trentaine|quarantaine|cinquantaine|soixantaine|\\d{2} ans)|(?:je passe|je vais passer|j${A}entre dans|je franchis)\\s+(?:le cap (?:de la |des )?|la )?(?:trentaine|quarantaine|cinquantaine|soixantaine|\\d{2} ans)\\s+le (?:1er|\\d{1,2}) ${MONTH}`, base: 0.8, about: 'self' },
  // home-address: a precise description by a landmark ("la maison bleue juste après la boulangerie sur la place de l'église"), for someone to find it.
  {
    category: 'home-address',
    match: `(?:la|notre|ma|le|mon) (?:maison|baraque|porte|immeuble|residence|chalet|petite maison|batisse|longere|ferme|mas) (?:jaune|bleue|rouge|verte|blanche|grise|rose|noire|orange|violette|en brique|en bois|en pierre|au portail [\\p{L}]+|aux volets [\\p{L}]+|avec (?:les|le|la|des) [\\p{L}]+ [\\p{L}]+)\\s+(?:juste\\s+|pile\\s+|tout\\s+)?(?:apres|avant|au coin de|a l${A}angle de|en face de|a cote de|au bout de|au fond de|derriere|pres de|au-dessus de|au dessus de|en haut de|en bas de)\\s+(?:la |l${A}|le |du |de la |des )?(?:${STREET}|boulangerie|pharmacie|eglise|mairie|poste|tabac|bar-tabac|gare|rond-point|ecole|superette|epicerie|boucherie|station|garage|cafe|lavoir|fontaine|feu|stop|pont|carrefour|terrain de foot|salle des fetes)`,
    requiresInText: ['chez (?:moi|nous)|j[\'’]habite|on habite|livreurs?|livreuses?|colis|sonnez|uber|deliveroo|facteur|venez|me trouvent|nous trouver|me trouver|cremaillere|c[\'’]est la maison'],
    unless: ['a vendre', 'a louer', 'en vente', 'agence', 'visite', 'annonce'],
    base: 0.85,
    about: 'self',
  },
  // money: a debt plan filed ("dossier de surendettement déposé à la Banque de France").
  { category: 'money', match: `dossier de surendettement (?:depose|accepte|refuse|recevable|en cours|valide)|(?:deposer|depose|deposé|monter|fait|faire) (?:un |mon |notre )?dossier de surendettement|(?:${JESUIS}|on est|nous sommes) en (?:procedure de )?surendettement`, unless: ['etat', 'pays', 'publique', 'gouvernement', 'ministre', 'selon', 'menages francais', 'les francais'], base: 0.85, about: 'self' },
  // badge-id: an ID document shown ("je vous mets la page photo", "recto de la carte nationale d'identité", "nouvelle carte d'identité, regardez cette tête").
  { category: 'badge-id', match: `(?:recto|verso|page photo|scan|photocopie) (?:de la |du |de mon |de ma |d${A}une |d${A}un |de l${A})?(?:nouvelle |nouveau )?(?:carte (?:nationale )?d${A}identite|cni|passeport|permis(?: de conduire)?|titre de sejour|carte de sejour|badge|carte vitale|carte de residen(?:ce|t))`, unless: [...ADVICE, 'permis de construire'], base: 0.85, about: 'self' },
  { category: 'badge-id', match: `(?:je vous (?:mets|montre|poste|partage|balance)|voici|voila|regardez|en photo)\\s+(?:la |ma )?(?:page photo|page d${A}identite|le recto|la bete|la photo du (?:passeport|permis))`, requiresInText: [`passeport|permis|carte d${A}identite|cni|titre de sejour|carte de sejour|badge`], unless: ADVICE, base: 0.8, about: 'self' },
  { category: 'badge-id', match: `(?:nouvelle carte d${A}identite|nouveau passeport|nouveau permis(?: de conduire)?|nouvelle cni|nouveau titre de sejour|nouveau badge)`, requiresInText: ['photo|regardez|voila|voici|la tete|cette tete|📸|recto|verso'], unless: [...ADVICE, 'permis de construire', 'demande', 'rdv', 'rendez-vous', 'delai', 'attente', 'perdu', 'vole'], base: 0.8, about: 'self' },
  // boss-complaint: the boss treating the staff like dirt ("notre patron nous traite comme des chiens"); leaving the company soon ("vivement que je me barre de cette boîte").
  { category: 'boss-complaint', match: `(?:mon|ma|notre|nos)\\s+(?:patron|patronne|chef|cheffe|boss|manager|n\\+1|n\\+2|responsable|direction|chefs|patrons|managers)\\s+(?:me|nous)\\s+(?:traite|traitent|prend|prennent|parle|parlent)\\s+(?:comme (?:des |un |une |de la )?(?:chiens?|merde|esclaves?|moins que rien|larbins?|serpillieres?|gamins?|debiles?|idiots?|cons?|robots?|pions?|betail|dechets?)|pour (?:des|un|une) (?:cons?|idiots?|esclaves?|larbins?|debiles?|chiens?))`, base: 0.85, about: 'anyone', denied: 'keeps' },
  { category: 'boss-complaint', match: `vivement que je (?:me barre|me casse|me tire|parte|quitte|demissionne|me sauve|decampe)\\s+(?:de |d${A})?(?:cette|ma|ce|mon|la|le) (?:boite|taf|taff|boulot|job|jobine|entreprise|travail|bureau|enfer|bagne)`, base: 0.85, about: 'self' },
  // sick-skip: an excuse made up to skip a piece of work ("j'ai inventé un rdv chez le dentiste pour sécher la réunion").
  { category: 'sick-skip', match: `(?:(?:j${A}ai|jai|on a)\\s+)?(?:invente|pretexte|simule|fait croire a|raconte|bidonne)\\s+[^.!?\\n]{0,50}?pour (?:secher|zapper|eviter|esquiver|louper|sauter|echapper a|ne pas aller a|pas aller a|pas aller au|ne pas aller au|pas venir a|pas venir au)\\s+(?:la|le|l${A}|les|ma|mon)\\s*(?:reunion|boulot|taf|taff|bureau|travail|seminaire|formation|service|garde|astreinte|permanence|job|conf call|visio|point|team building|journee|inventaire|entretien annuel)`, base: 0.85, about: 'self', denied: 'keeps' },
  // travel: the departure day and the return day, the place left out ("on part le 4, on rentre le 21").
  { category: 'travel', match: `(?:on part|je pars|nous partons|on decolle|on s${A}en va|depart|on s${A}envole)\\s+(?:le \\d{1,2}(?:\\s+${MONTH})?|${DAY}|demain)[^.!?\\n]{0,30}?(?:on rentre|je rentre|nous rentrons|retour|de retour|on revient|je reviens)\\s+(?:le\\s+)?(?:\\d{1,2}|${DAY})`, unless: ['boulot', 'formation', 'seminaire', 'mission', 'deplacement pro', '\\bsi (?:on|je|j[\'’]|nous)\\b', 'colis', 'livraison'], base: 0.85 },
  // money: rent owed and eviction by the landlord ("le proprio veut nous expulser, 3 loyers de retard").
  { category: 'money', match: `(?:\\d+|deux|trois|quatre|cinq|six) loyers? (?:de retard|en retard|impayes?)|(?:le|la|notre|mon|ma) (?:proprio|proprietaire|bailleur|bailleuse|agence|regie|locateur) (?:veut|va|menace de|essaie de|a lance la procedure pour) (?:nous|me) (?:expulser|mettre dehors|foutre dehors|virer)|(?:on va etre|on est|je vais etre|on se fait|je me fais|nous allons etre) (?:expulsee?s?|mise?s? dehors|mis a la porte)`, unless: ['ma pote', 'ma soeur', 'mon frere', 'ma voisine', 'mon voisin', 'mes voisins', 'selon', 'loi', 'treve hivernale (?:commence|debute)'], base: 0.85, about: 'self' },
  // confidential: the company to be sold, closed or bought, said before the staff are told ("la boîte va être vendue, on l'apprendra officiellement en mars").
  { category: 'confidential', match: `(?:ma|notre|la) (?:boite|entreprise|societe|start-?up|agence|usine|filiale|boutique|enseigne) (?:va etre|sera|vont etre|est en train d${A}etre|doit etre) (?:vendue|rachetee|fermee|liquidee|delocalisee|demantelee|cedee|restructuree|fusionnee)`, requires: [`pas encore|avant (?:l${A}annonce|que|qu${A})|personne ne sait|personne le sait|en interne|secret|chut|officiel\\p{L}*|annonc\\p{L}*|apprendr\\p{L}*|entre nous|🤫|🤐`], unless: ['rt @\\w+', 'selon', 'presse', 'journal', 'infos'], base: 0.85, about: 'anyone' },
  // health: treatments of chronic conditions by their class ("le cardio veut me mettre sous statines").
  { category: 'health', match: `(?:sous|mettre sous|mis sous|mise sous|je prends des|je prends de la|traitement (?:aux|par))\\s+(?:statines?|metformine|anticoagulants?|betabloquants?|beta-bloquants?|neuroleptiques?|antipsychotiques?|antiepileptiques?|somniferes?|corticoides?|cortisone|hormones thyroidiennes|hormonotherapie|immunosuppresseurs?|antiretroviraux|regulateurs? de l${A}humeur|thymoregulateurs?)`, unless: [...CAUSE, 'mon chat', 'ma chatte', 'mon chien', 'ma chienne', 'le chat', 'le chien'], base: 0.8 },
  // relationship: asking for the divorce; the ex making life hell.
  { category: 'relationship', match: `(?:je demande|j${A}ai demande|jai demande|je vais demander|on a demande|il a demande|elle a demande|il me demande|elle me demande|il veut|elle veut) le divorce|(?:mon|ma) ex (?:me pourrit la vie|me fait vivre un enfer|me rend la vie impossible|refuse de payer la pension|(?:ne )?(?:paie|paye) (?:plus|pas) la pension|me traine au tribunal|m${A}a trainee? au tribunal)`, unless: ['\\bsi (?:je|j[\'’]|on|il|elle)\\b', 'ma pote', 'ma soeur', 'mon frere', 'mon ami', 'mon pote', 'film', 'serie'], base: 0.85, about: 'anyone' },
  // sick-skip: a false excuse told at work to get a day ("j'ai dit au boulot que ma grand-mère était morte pour avoir mon vendredi"); a fake appointment.
  { category: 'sick-skip', match: `(?:j${A}ai|jai|on a) (?:dit|raconte|fait croire|pretendu|ecrit|explique) (?:au (?:boulot|taf|bureau|travail)|a (?:mon|ma) (?:chef|cheffe|boss|patron|patronne|manager|n\\+1|rh|prof|responsable))\\s+(?:que |qu${A})[^.!?\\n]{0,60}?(?:malade|morte?|deces|enterrement|gastro|grippe|fievre|rdv medical|dentiste|panne|fuite d${A}eau|degat des eaux|covid|urgence|accident)[^.!?\\n]{0,40}?pour (?:avoir|pouvoir|aller|partir|prendre|poser|sortir|rester|profiter|gratter|me (?:barrer|tirer|casser)|(?:ne )?pas (?:venir|bosser|travailler|aller))`, base: 0.85, about: 'self', denied: 'keeps' },
  { category: 'sick-skip', match: `faux (?:rdv|rendez-vous)(?: medical| chez (?:le|la) (?:medecin|dentiste|kine|docteur))?|faux (?:deces|enterrement|malaise)|fausse (?:excuse|gastro|grippe|urgence|panne|fievre)|(?:journee|conge|jour|absence) (?:pour )?enfant malade(?=[^.!?\\n]{0,40}(?:alors qu|pas malade|va (?:tres |super |tres tres )?bien|en pleine forme|mdr|lol|ptdr|😂|🤫|😎))`, unless: ['\\bsi (?:je|j[\'’]|on)\\b'], base: 0.85, about: 'self', denied: 'keeps' },
  // money: a utility cut off, bills that could not be paid, a consumer loan for the groceries.
  { category: 'money', match: `(?:on m${A}a|ils m${A}ont|ils nous ont|on nous a|edf m${A}a|edf nous a|engie m${A}a|engie nous a) coupe (?:l${A}electricite|le courant|le gaz|l${A}eau|le chauffage)|(?:(?:j${A}ai|jai|on a|nous avons) pas pu|(?:je|on) (?:n${A})?(?:a |ai )?(?:pas pu|peux pas|peux plus|peut pas|peut plus|pourra pas|pourrai pas)) payer (?:la|le|les|mon|ma|mes|notre|nos) (?:facture|factures|loyer|credit|edf|electricite|cantine|assurance|impots|traites|mensualites)|(?:pret|credit|mini-credit|micro-credit)(?: conso)? (?:chez (?:cofidis|sofinco|cetelem|floa|younited|oney|la banque|ma banque) )?pour (?:payer|finir|boucler) (?:les courses|le loyer|le mois|les factures|la bouffe|a manger|les fins de mois)`, unless: ['en ligne', 'site', 'appli', 'bug', 'sans contact', 'par carte', 'ma pote', 'ma soeur', 'mon frere', 'mes voisins', 'panne', 'travaux', 'orage', 'tempete'], base: 0.85, about: 'self', denied: 'keeps' },
  // birthdate: the age and the day with the subject left out, opening the post ("40 ans le 2 août, je fais une fête").
  { category: 'birthdate', match: `\\d{2}\\s+(?:ans|balais|piges|berges|bougies)\\s+(?:le|ce)\\s+(?:${DAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}`, requiresInText: ['^[\\s\\p{P}\\p{S}]*\\d{2}\\s+(?:ans|balais|piges|berges|bougies)\\s+(?:le|ce)\\b'], base: 0.75, about: 'self' },
  // badge-id: the work badge shown ("badge de la boîte en photo").
  { category: 'badge-id', match: `(?:mon |le |ma |nouveau )?badge (?:de la boite|de l${A}entreprise|d${A}acces|pro|du boulot|du taf|d${A}employee?|du bureau|de stagiaire|du chantier|de l${A}hopital|de l${A}usine)`, requiresInText: ['photo|📸|voila|voici|regardez|tout neuf|nouveau|premier jour|fiere?'], unless: [...ADVICE, 'oublie', 'perdu', 'vole', 'marche pas', 'bug'], base: 0.8, about: 'self' },
  // home-address: the floor and the number ("on est au 3e étage du 45 boulevard Voltaire").
  { category: 'home-address', match: `(?:on est|je suis|${JESUIS}|j${A}habite|jhabite|on habite|nous habitons|nous sommes|on vit|je vis|c${A}est)\\s+au\\s+(?:\\d{1,2}(?:e|eme|er|ème)|premier|dernier|rez-de-chaussee|rdc)(?:\\s+etage)?\\s+(?:du|au)\\s+\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+${STREET}\\s+[\\p{L}-]+`, unless: [...BUSINESS, ...PUBLIC], base: 0.85, about: 'self' },
];
