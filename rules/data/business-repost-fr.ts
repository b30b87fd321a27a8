import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * French cues of the `business-repost` rule, beside the English and Spanish
 * ones, in the same groups: classic promotional phrases, words that promote
 * only next to the brand, offers next to a brand, and asks. Regex sources
 * (no capturing groups) matched case-insensitively at word boundaries on the
 * text with its accents folded away ("réduction" is "reduction"); an
 * apostrophe is `['’]`. Reposts ("RT @", "via @") are read in any language.
 */

/** Promotional phrases: anywhere in a post with a strong brand marker. */
export const PROMOTION_PHRASES_FR: readonly PhraseEntry[] = [
  { match: '-?\\d{1,2}\\s?%\\s+(?:de\\s+)?(?:reduction|remise|rabais|reduc|promo)|-\\d{1,2}\\s?%\\s+(?:sur|chez|en boutique|en magasin|a la boutique|sur le site)', category: 'discount' },
  { match: '(?:code promo|code de reduction|code reduc|bon de reduction|coupon de reduction)', category: 'discount' },
  { match: '(?:livraison|livraisons)\\s+(?:gratuite|offerte)s?|frais de port (?:offerts|gratuits)|(?:1|un) achete(?:e)?\\s*=\\s*(?:1|un) offert|deux pour le prix d[\'’]un|le deuxieme a -?\\d{2}\\s?%', category: 'discount' },
  { match: 'offres? (?:exclusives?|speciales?|limitees?|de lancement|flash)|prix (?:special|speciaux|casses?|choc|mini|imbattables?)|soldes d[\'’](?:ete|hiver)|black friday|cyber monday|ventes? privees?|vente flash', category: 'discount' },
  { match: '(?:seulement|uniquement)\\s+(?:aujourd[\'’]hui|ce week-end|ce weekend|jusqu[\'’](?:a|au) (?:dimanche|samedi|vendredi|demain|la fin du mois|\\d{1,2}))|pour une duree limitee|dans la limite des stocks(?: disponibles)?|(?:dernieres|plus que \\d+) places|places limitees|(?:ne le |ne )?ratez pas (?:ca|cette|notre|nos|l[\'’]occasion)|a ne pas manquer|depechez-vous|ne tardez pas', category: 'urgency' },
  { match: '(?:reservez|commandez|achetez|inscrivez-vous|abonnez-vous|profitez|venez decouvrir|decouvrez|foncez)\\s+(?:vite|des maintenant|maintenant|des aujourd[\'’]hui|ici|sur|en ligne|votre|vos|la|le|les|nos|notre)', category: 'urgency' },
  { match: 'lien (?:en|dans (?:la|ma|notre)) bio|infos? (?:et (?:reservations?|inscriptions?) )?(?:en|dans la) bio|plus d[\'’]infos? sur (?:notre site|le site|notre page)|toutes les infos (?:sur|en)', category: 'urgency' },
  { match: '(?:billets|places|entrees|tickets)\\s+(?:deja\\s+)?(?:en vente|disponibles|dispo)|billetterie (?:ouverte|en ligne)|(?:en vente|ouverture de la billetterie) (?:des maintenant|ici)', category: 'tickets' },
];

/** Words that promote only in the sentence of a strong brand marker: "nouveau", "promo". */
export const PROMOTION_WORDS_NEAR_BRAND_FR: readonly PhraseEntry[] = [
  { match: 'promos?|promotions?|soldes|reductions?|remises?|nouveautes?|lancement|(?:jeu-)?concours|a gagner|gratuite?s?|offerte?s?', category: 'discount' },
  { match: '(?:enfin |deja |desormais )?disponibles?|dispo|vient de sortir|tout juste sortie?|nous ouvrons|on ouvre|grande ouverture|inauguration|(?:nouvelle|nouveau) (?:collection|gamme|boutique|produit|calendrier)', category: 'urgency' },
];

/** Offers next to a brand marker (a price, a free thing): weaker evidence, when no phrase is there. */
export const PROMOTION_CUES_NEAR_BRAND_FR: readonly PhraseEntry[] = [
  { match: '(?:des|a partir de|seulement|pour seulement|a seulement|pour)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euros|eur)', category: 'price' },
  { match: '\\d+(?:[.,]\\d+)?\\s?(?:€|euros)\\s+(?:la|le|l[\'’]|par|pour)\\s*(?:nuit|personne|seance|mois|entree|consultation|piece|unite|kit|calendrier|exemplaire)', category: 'price' },
];

/** Asks to book, share or spread the word. */
export const PROMOTION_ASKS_FR: readonly PhraseEntry[] = [
  { match: 'rendez-vous sur (?:vite |des maintenant |maintenant |des aujourd[\'’]hui |ici |en ligne |votre |vos |la |le |les |nos |notre |le site |notre site |[\\w-]+\\.(?:org|com|fr|be|ch|ca|net)\\b)|adoptez(?:-les|-le|-la|-moi| les| le| la| moi)?(?! (?:une|un|la|le|cette|ce) (?:posture|attitude|strategie|routine|habitude|methode|reflexe|look|style|position))\\b|adoptez au lieu d[\'’]acheter|n[\'’]achetez pas,? adoptez', unless: ['rt @\\w+', 'via @\\w+'], category: 'call to action' },
  { match: '(?:reservez|prenez|reserve|prends)\\s+(?:votre|vos|ton|ta|tes)\\s+(?:rendez-vous|rdv|place|places|table|creneau|seance)', category: 'call to action' },
  { match: '(?:partagez|partage|rt|retweetez)\\s+(?:svp|s[\'’]il vous plait|s[\'’]il te plait|un max|autour de vous|massivement)|(?:merci de|n[\'’]hesitez pas a) (?:partager|faire tourner|relayer)|faites (?:tourner|passer)|un partage (?:svp|aide|compte)|(?:chaque|un) partage compte|pour la visibilite', category: 'ask to share' },
  { match: '(?:faites|fais|faire) un don|donnez (?:ce que vous pouvez|un peu|genereusement)|chaque (?:euro|don) (?:compte|nourrit|aide|sauve)|soutenez(?:-nous| nous| notre| l[\'’]association| le refuge)|participez a (?:la|notre) cagnotte|(?:notre|la) cagnotte (?:est|pour)', category: 'call to action' },
  { match: '(?:partagez|faites tourner|faites passer)\\s*!|(?:on |nous )?(?:cherche|cherchons|recherche|recherchons|recrute|recrutons)\\s+(?:des |de nouveaux |de nouvelles |activement des |toujours des )?(?:benevoles|familles d[\'’]accueil|adoptants|volontaires|parrains|marraines|donateurs)|(?:devenez|deviens|devenir) (?:benevole|famille d[\'’]accueil|parrain|marraine|adoptant)', category: 'call to action' },
  { match: '(?:inscrivez-vous|inscris-toi|inscrivez vous)\\s*(?:!|sur|ici|en ligne|via|des maintenant|par|vite|nombreux|comme (?:benevoles?|famille d[\'’]accueil|parrain|marraine|adoptant|donateur))|inscriptions? (?:sur|ici|en ligne|via|ouvertes)|(?:rejoignez|rejoins)(?:-nous| nous| notre equipe| l[\'’]equipe| l[\'’]aventure)\\s+(?:comme|en tant que|!)|journees? portes? ouvertes?', category: 'call to action' },
  { match: '(?:pub|publicite) (?:ehontee|assumee|gratuite)|autopromo|auto-promo|petit coup de pub|(?:le boulot|mon taf|ma boite|mon employeur) m[\'’]a demande de (?:partager|poster|publier)', category: 'plug' },
];

/** Words that say a post is no advertisement: "c'est pas de la pub, je suis juste fière". */
export const NOT_AN_AD_FR = String.raw`(?:(?:ce\s+n['’]est|c['’]est)\s+pas\s+(?:de\s+la\s+pub|une\s+pub|sponsoris[ée]e?|sponso)|pas\s+de\s+pub|non\s+sponsoris[ée]e?|pas\s+sponso(?:ris[ée]e?)?)`;
