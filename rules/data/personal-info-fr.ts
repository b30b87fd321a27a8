/**
 * French words of `personal-info` (France, Belgium, Switzerland, Canada):
 * street addresses as they are written there ("12 rue des Lilas, 75011
 * Paris", "3 bis avenue ...", "bd", "allée", "impasse", "chemin"), dates
 * of birth ("née le 3 avril 1992"), own-number cues ("mon numéro",
 * "appelle-moi au") and the regions French is written in.
 */
import type { PersonalInfoWords } from './personal-info.js';

export const PERSONAL_INFO_FR: PersonalInfoWords = {
  regions: ['FR', 'BE', 'CH', 'CA'],
  ownPhone: String.raw`(?:(?:num[eé]ro|num|t[eé]l|t[eé]l[eé]phone|portable|mobile|gsm|natel|cell|cellulaire)\s+(?:perso|personnel|priv[eé])\s*:?|(?:nouveau|nouvel|mon|ma)\s+(?:num[eé]ro|num|t[eé]l|portable|gsm|natel|cell|mobile)(?!(?:\s+de\s+t[eé]l[eé]phone)?\s+(?:de\s+la|du|de\s+l['’]|des|de|d['’])\s*(?!moi|mon|ma|nous|notre)\p{L})[^\d\n]{0,90}?(?:c['’]est\s+le|c['’]est|le\s+voici|le\s+voil[aà]|voici|voil[aà]|note[zr]?)\s*:?|(?:mon|ma)\s+(?:nouveau\s+|nouvelle\s+)?(?:num[eé]ro|numero|num|portable|port|mobile|mob|cell|cellulaire|phone|06|07|tel|t[eé]l[eé]phone|t[eé]l\.?|gsm|natel|fixe|whatsapp|ligne)(?:\s+(?:perso|personnel|priv[eé]))?|(?:appelle|appelez|appelle[sz]|textez|texte|[eé]cris|[eé]crivez|envoie|envoyez|bipe|joignez|contacte[zs]?|contacter|whatsappez|whatsappe|sms)[-\s]?moi(?:\s+(?:un\s+)?(?:sms|texto|message|whatsapp))?(?:\s+(?:au|sur\s+le|sur))?|nouveau\s+(?:num[eé]ro|gsm|portable|natel|t[eé]l[eé]phone)(?!(?:\s+de\s+t[eé]l[eé]phone)?\s+(?:de\s+la|du|de\s+l['’]|des|de|d['’])\s*(?!moi|mon|ma|nous|notre)\p{L})|num[eé]ro\s+a\s+chang[eé]|(?:(?:j['’]\s?ai|jai|j\s+ai|on\s+a|nous\s+avons)\s+(?:enfin\s+|encore\s+)?|^\s*)chang[eé]\s+de\s+(?:num[eé]ro|num|portable|natel|gsm|t[eé]l[eé]phone|t[eé]l|cell|mobile)|(?:natel|gsm|portable)\s+a\s+chang[eé]|(?:je\s+suis\s+)?joignable\s+au)`,
  businessPhone: String.raw`(?:appele[rz]?\s+(?:le|la|l['’])|num[eé]ro\s+(?:vert|gratuit)|appel\s+gratuit|service\s+client|commandes?|r[eé]servations?|rendez-vous|urgences|samu|sos|clinique|cabinet|pizzeria|pharmacie|boulangerie|restaurant|garage|magasin|boutique|h[oô]tel|h[oô]pital|dentiste|v[eé]t[eé]rinaire|bureau|entreprise|mairie|pr[eé]fecture|[eé]cole|coll[eè]ge|lyc[eé]e|cr[eè]che|la\s+poste|gare|banque|mutuelle|assurance|agence|standard|accueil|secr[eé]tariat|association|asso|club|cantine|m[eé]diath[eè]que|biblioth[eè]que|commissariat|gendarmerie|taxi|plombier|serrurier|salon|institut|soci[eé]t[eé]|magasin|SAV|h[oô]tel)`,
  streetTypes: [
    'rue', 'avenue', 'av.', 'bd', 'bd.', 'boulevard', 'blvd', 'allée', 'allee', 'impasse', 'imp.', 'chemin', 'ch.', 'place', 'pl.', 'quai',
    'cours', 'route', 'rte', 'passage', 'square', 'sentier', 'villa', 'cité', 'résidence', 'rond-point', 'faubourg', 'montée', 'ruelle',
    'promenade', 'esplanade', 'hameau', 'lotissement', 'chaussée', 'voie', 'rang',
  ],
  addresses: [
    String.raw`\d{1,4}(?:\s?(?:bis|ter|quater|[A-D](?![\p{L}\p{N}])))?,?\s+{TYPE}\s+(?:(?:de\s+la|de\s+l['’]|de|des|du|d['’]|la|le|les|l['’]|aux|au)\s*)?{NAME}(?:[\s-]+(?:(?:de\s+la|de|des|du|d['’]|la|le|les|l['’]|et|sur|aux)\s*)?{NAME}){0,3}(?:,?\s+\d{4,5}(?![\p{N}])(?:\s+{NAME}(?:[\s-]+(?:(?:sur|sous|en|le|la|les)[\s-]+)?{NAME}){0,2}(?:\s+(?:\d{1,2}(?:e|er|ème|eme)|Cedex))?)?)?`,
    // The street before the number, as Switzerland and Belgium write it ("chemin des Vignes 8, 1009 Pully", "Rue de la Loi 16, 1000 Bruxelles"): only with the postcode and the town after it.
    String.raw`{TYPE}\s+(?:(?:de\s+la|de\s+l['’]|de|des|du|d['’]|la|le|les|l['’]|aux|au)\s*)?{NAME}(?:[\s-]+(?:(?:de\s+la|de|des|du|d['’]|la|le|les|l['’]|et|sur|aux)\s*)?{NAME}){0,3}\s+\d{1,4}(?:\s?(?:bis|ter|[a-dA-D](?![\p{L}\p{N}])))?,?\s+\d{4,5}(?![\p{N}])\s+{NAME}(?:[\s-]+{NAME}){0,2}`,
    // The street first with the mailbox or unit, as Belgium writes it without the postcode ("Rue des Tilleuls 38, boîte 2", "avenue Louise 12 bte 4").
    String.raw`{TYPE}\s+(?:(?:de\s+la|de\s+l['’]|de|des|du|d['’]|la|le|les|l['’]|aux|au)\s*)?{NAME}(?:[\s-]+(?:(?:de\s+la|de|des|du|d['’]|la|le|les|l['’]|et|sur|aux)\s*)?{NAME}){0,3}\s+\d{1,4}(?:\s?(?:bis|ter|[a-dA-D](?![\p{L}\p{N}])))?,?\s+(?:bo[iî]te|bte|bt|bus)\.?\s*\d{1,3}`,
    // Typed all in lower case ("12 rue des lilas 75011 paris"): only with a five-digit postcode and a town after the street, which a street name's capital would otherwise vouch for.
    String.raw`\d{1,4}(?:\s?(?:bis|ter))?,?\s+{TYPE}\s+(?:(?:de\s+la|de\s+l['’]|de|des|du|d['’]|la|le|les|l['’]|aux|au)\s*)?\p{Ll}[\p{L}'’-]+(?:[\s-]+\p{L}[\p{L}'’-]*){0,3}?,?\s+\d{5}(?![\p{N}])\s+(?!(?:euros?|eur|balles|dollars|francs|fois|km|kms|m2|metres|habitants|personnes|ans|vues|likes|followers|abonn[eé]s|votes|points|exemplaires|pas)(?![\p{L}]))\p{L}[\p{L}-]+`,
  ],
  ownAddress: String.raw`(?:(?:mon|ma|notre)\s+(?:nouvelle\s+|nouvel\s+)?(?:adresse|appart|appartement|maison|domicile|logement|studio)|nouvelle\s+adresse|adresse\s+(?:perso|personnelle)|j['’]habite|on\s+habite|nous\s+habitons|j['’]ai\s+d[eé]m[eé]nag[eé]|on\s+a\s+d[eé]m[eé]nag[eé]|nous\s+avons\s+d[eé]m[eé]nag[eé]|d[eé]m[eé]nagement|chez\s+moi|chez\s+nous|sonnez\s+chez|renvoyer\s+[aà]|envoyer\s+[aà]|envoyez(?:-moi)?|livreur|livreuse|colis|cr[eé]maill[eè]re|venez)`,
  publicAddress: String.raw`(?:magasin|boutique|mus[eé]e|bar|restaurant|resto|caf[eé]|brasserie|boulangerie|p[aâ]tisserie|pizzeria|librairie|march[eé]|th[eé][aâ]tre|cin[eé]ma|h[oô]tel|h[oô]pital|clinique|pharmacie|stade|galerie|expo|exposition|concert|festival|salon|[eé]cole|coll[eè]ge|lyc[eé]e|universit[eé]|[eé]glise|biblioth[eè]que|m[eé]diath[eè]que|mairie|bureau\s+de\s+vote|bureau|si[eè]ge|cabinet|salle|ouvert|ouverte|ouvre|meilleur|meilleure|je\s+recommande|manif|manifestation|rassemblement|rdv|rendez-vous|afterwork|after-work)`,
  months: ['janvier', 'f[eé]vrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'ao[uû]t', 'septembre', 'octobre', 'novembre', 'd[eé]cembre'],
  longDate: String.raw`{DAY}(?:er)?\s+{MONTH}\s+{YEAR}`,
  birthForm: String.raw`(?:(?:mon|ma)\s+(?:anniv|annif|anniversaire|date\s+d['’]anniversaire)\s+(?:c['’]est\s+|est\s+|tombe\s+|:\s*)?(?:le\s+)?|date\s+de\s+naissance(?:\s+(?:de|du|d['’])\s*(?:mon\s+|ma\s+|notre\s+)?\p{L}+)?|DDN)`,
  birthOwn: String.raw`(?:(?:je\s+suis|j['’]suis|jsuis|chuis|moi\s+je\s+suis)\s+(?:n[eé]e?(?!\p{L})|du(?=\s+\d|\s*$))|(?:anniv|anniversaire|annif)\s+(?:à|a)\s+moi|^[^\p{L}]*\d{2}\s+(?:ans|balais|piges|bougies)\s+(?:aujourd['’]hui|demain|ce\s+jour)|j['’]ai\s+\d{2}\s+ans|n[eé]e?\s+le\s+[^,.!?\n]{4,25}?\s+(?:à|a|vers)\s+\d{1,2}\s?h\s?\d{0,2}|\d[,.]\d{1,3}\s?kg|\d{2}\s?cm|maternit[eé])`,
  birthOther: String.raw`(?:n[eé]e?s?|venue?\s+au\s+monde|(?:je\s+suis|j['’]suis|jsuis|chuis)\s+du(?=\s+\d|\s*$))`,
  family: String.raw`(?:(?:mon|ma|mes|notre|nos)\s+(?:\p{L}+\s+)?(?:fils|fille|filles|b[eé]b[eé]|enfant|enfants|petit|petite|grand-m[eè]re|grand-p[eè]re|grands-parents|m[eè]re|p[eè]re|maman|papa|fr[eè]re|s[oœ]ur|mari|femme|copain|copine|neveu|ni[eè]ce|cousin|cousine|tante|oncle|petit-fils|petite-fille|mamie|papi|papy|m[eé]m[eé]|p[eé]p[eé])|mamie|papi|papy|m[eé]m[eé]|p[eé]p[eé])`,
  animals: String.raw`(?:chiens?|chienne|chiot|chats?|chatte|chaton|chatons|animal|port[eé]e|adoption|refuge|🐶|🐕|🐱|🐈|🐾)`,
};
