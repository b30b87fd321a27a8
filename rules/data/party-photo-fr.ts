import type { PartyEntryEs } from './party-photo-es.js';

/**
 * French word list of the `party-photo` rule (each entry about the author, as the Spanish ones: someone else's, even the family's, night out is not the author's party photo), beside the English and Spanish
 * ones, in the same categories. Regex sources (no capturing groups) matched
 * case-insensitively at word boundaries on the text with its accents folded
 * away ("bourré" is "bourre", "gueule de bois" is one phrase); an apostrophe
 * is `['’]`. The French reading weighs each match (src/core/cue-lists.ts):
 * "j'ai pas la gueule de bois" is denied, "on se met une cuite ce soir ?"
 * asked, "mes potes étaient bourrés" someone else's, a film's title a title.
 * The key words take elongations ("bourréééé": `e+`). Near-misses are as
 * important as the words: "bien cuite" is a steak, "bourré de talent" and
 * "ça me saoule" are no drinking, "ivre de joie" is a figure, a "tir au
 * but" and a vaccine are no shot, the "fête de la musique" and "prendre un
 * verre" are not listed at all, the "trou noir" of astronomy needs a night
 * out around it.
 */
export type PartyEntryFr = PartyEntryEs;

const A = "['’]";
/** Figures of speech: drunk on joy, love, power; stuffed with talent; annoyed ("ça me saoule"). */
const FIGURATIVE = [
  'ivres? (?:de|d[\'’]) ?(?:joie|bonheur|rage|colere|fatigue|amour|liberte|vitesse|puissance|pouvoir|soleil|musique)',
  'bourre+s? (?:de|d[\'’]|a craquer)',
  'bourre (?:le|la|les|mon|ma|mes|son|sa|ses|un|une|des|ton|ta|tes) (?!gueule)',
  '(?:me|te|nous|vous|m[\'’]|t[\'’]|ca|ça|tu|il|elle) (?:saoul|soul)\\p{L}*',
  '(?:saoule|soule)e?s? (?:par|de)',
];
/** The morning after what is no night out. */
const NOT_HANGOVER = ['lendemain de veille (?:de|d[\'’])', 'gueule de bois (?:electorale|politique|post-?electorale|sportive|de la defaite|des elections|du brexit|du bac|boursiere|economique)', 'langue de bois'];
/** Drink that is no night out. */
const SOFT = ['cafe', 'the\\b', 'eau', 'jus', 'soda', 'coca', 'lait', 'smoothie', 'tisane', 'infusion', 'sans alcool', 'gingembre', 'vitamines?', 'curcuma', 'wheatgrass', 'citron'];
const MANY = '(?:[3-9]|\\d{2,}|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trop de|plein de|mille|je sais (?:pas|plus) combien de|un nombre incalculable de)';
const DRINKS = '(?:verres|bieres|binouzes|pintes|demis|mojitos|ti-?punchs|cocktails|bouteilles|shots|shooters|pastis|vodkas|tequilas|whiskys|whiskies|rhums|jagers?|jagerbombs?|spritz|canettes|godets|coupes de champagne|litres)';
/** A copula or an intensifier before a word that is drunk only then ("complètement torché", "on était pétés"). */
const STATE = '(?:suis|es|est|etais|etait|etions|etaient|sommes|etes|sont|ete|complement|completement|totalement|grave|trop|bien|vraiment|tellement|carrement|a moitie|deja|encore|finie?s?|rentree?s?|chuis|jsuis|on etait|j[\'’]etais)';

export const PARTY_PHOTO_FR: readonly PartyEntryFr[] = [
  // drunk
  { category: 'drunk', match: '(?:bourre+s?|bourrees+|pompettes?|emechee?s?|saoule?s?|saouls|murgee?s?|se (?:bourrer|cuiter|murger|saouler|torcher)|(?:se |me |m[\'’]|on s[\'’]|s[\'’]|on se |je me |nous nous )?(?:bourre|bourrer|bourrait|bourrais) la (?:gueule|tronche)|(?:un|avec un) coup dans le nez|ronde?s? comme une queue de pelle|(?:encore )?(?:chaud|chaude|chauds|chaudes|saoule?s?|soule?s?|bourree?s?|pompettes?|paquetee?s?) de la veille|cuites? (?:memorable|monumentale|historique|epique|legendaire|de l.annee|du siecle|d.hier|de samedi|de vendredi|d.anthologie)|plein comme une (?:barrique|outre|huitre)|bourree? comme (?:un|une) \\w+|(?:petee?s?|torchee?s?|dechiree?s?|defoncee?s?|bourree?s?|pintee?s?|arrachee?s?) comme (?:jamais|pas permis|des coings|des porcs|des malades|des trous)|(?:petee?s?|torchee?s?|dechiree?s?|defoncee?s?|bourree?s?|pintee?s?|arrachee?s?|fracassee?s?|murgee?s?) (?:a la|au|aux|a l[\'’]) ?(?:vodka|tequila|biere|bieres|rhum|whisky|vin|rose|champagne|gin|pastis|ricard|jager|punch|sangria|mojitos?|shots?|absinthe|alcool|binouze)|comas? ethyliques?|(?:se |on s[\'’]est |je me suis |me suis )pintee?s?|fait comme un rat)', unless: FIGURATIVE, base: 0.85, about: 'self' },
  { category: 'drunk', match: `${STATE}\\s+(?:(?:completement|totalement|grave|trop|bien|vraiment|tellement)\\s+)?(?:torchee?s?|petee?s?|dechiree?s?|defoncee?s?|fracassee?s?|arrachee?s?|beurree?s?|ronde?s?|ivres?|explosee?s?|murgee?s?|raides? morte?s?|ivres? morte?s?|paquetee?s?)`, unless: [...FIGURATIVE, '(?:telephone|ecran|jean|pantalon|route|voiture|velo|genou|cheville|dos|pneu|chaussure|porte|vitre|machine|ordi|pc|batterie|frigo|canape)s?', 'ronde?s? (?:comme une? (?:bille|ballon|boule)|et)', 'de rire', 'de fatigue', 'par la fatigue', 'par le boulot', 'par le travail'], requiresInText: ['hier|soir|soiree|nuit|apero|alcool|biere|vodka|tequila|rhum|whisky|vin|champagne|pinte|verres?|bar|boite|fete|teuf|mariage|anniv|bu|picole|tise|du mat|a [2-7] ?h|🍺|🍻|🍷|🥂|🍾|🥃|🍸|🍹|🥴|🤮'], base: 0.8, about: 'self' },
  { category: 'drunk', match: `(?:${'(?:j' + A + '|on|nous|je)'}\\s*(?:a|ai|avons|avait|avais)\\s+)?(?:beaucoup\\s+)?trop bu|(?:j${A}ai|jai|on a|nous avons|j${A}avais|on avait)\\s+(?:tellement|tant|grave|vraiment trop|bien trop|beaucoup trop) (?:bu|picole|tise|bois)\\b|(?:se |me |m${A}|on s${A}est |je me suis |s${A}est )(?:mise?s? (?:minables?|une race|une mine|une murge|une cuite|une caisse)|(?:pris|pri) une (?:mine|murge|cuite|caisse|race))|(?:pris|mis|tenait|tenais|avait pris|avais pris|pogne|virer) une (?:bonne |grosse |belle |sacree |sacre |de ces |maudite |mechante |sale |osti de |criss de |calice de |tabarnak de )?(?:cuite|murge|mine|caisse|race|brosse)|(?:grosse|belle|maudite|mechante|bonne|sacree|osti de|criss de) brosse|(?:fini|finie|finir|termine|terminee|finit) en (?:cuite|beuverie|murge)|(?:une|la|grosse|belle|sacree|bonne|ma|notre|leur|nos|quelle|de ces) cuites?|sur la brosse|prendre une brosse`, unless: ['bien cuite', 'trop cuite', 'brosse (?:a|à) (?:dents|cheveux|chaussures|ongles|wc|toilettes|plancher|vaisselle)', 'mine (?:de|d[\'’]) (?:rien|crayon|charbon|sel|or)', 'bonne mine', 'sale mine', 'petite mine', 'mine (?:reposee|fatiguee|superbe|radieuse)', 'une race de (?:chien|chat|cheval|vache)', 'caisse (?:enregistreuse|d[\'’]epargne|de retraite|automatique|a outils|de resonance|claire)', 'bu (?:d[\'’]eau|de the|de cafe|de tisane|de jus|de lait|de coca|de soda)'], base: 0.85, about: 'self' },
  // A plan, in the present or the infinitive ("on se met une cuite ce soir"), is less sure than a night told: asked or wished it stays below the floor.
  { category: 'drunk', match: `(?:prendre|mettre|met|mets|prend|prends|tenir|tient) une (?:bonne |grosse |belle |sacree |sacre |de ces )?(?:cuite|murge|mine|caisse|race|brosse)`, unless: ['bien cuite', 'trop cuite', 'brosse (?:a|à) (?:dents|cheveux|chaussures)', 'mine (?:de|d[\'’]) (?:rien|crayon|charbon|sel|or)', 'bonne mine', 'sale mine', 'petite mine', 'mine (?:reposee|fatiguee|superbe|radieuse)', 'une race de (?:chien|chat|cheval|vache)', 'caisse (?:enregistreuse|d[\'’]epargne|de retraite|automatique|a outils|de resonance|claire)'], base: 0.75, about: 'self' },

  // hangover
  { category: 'hangover', match: `(?:la )?tete dans le (?:cul|seau|pate|gaz|coaltar)|en pls`, requiresInText: ['soiree|hier soir|cuite|bu|alcool|apero|fete|teuf|vodka|tequila|rhum|whisky|biere|vin|rose|shots?|bar|boite|🍺|🍻|🥴|🤢'], unless: ['boulot', 'taf', 'partiels?', 'examens?', 'bebe', 'nuit blanche a bosser', 'insomnie', 'rire'], base: 0.8, about: 'self' },
  { category: 'hangover', match: `(?:gueules? de bois|gdb|mal aux cheveux|lendemains? de veille|(?:chu|chus|chui|chuis|je suis|jsuis) (?:encore |full |ben |tellement )?maganee? (?:de|d['’]hier|depuis|apres)|lendemain de (?:cuite|soiree|fete|teuf|brosse)|lendemains de (?:cuite|soiree|fete)|mal de bloc|la casquette du lendemain|decuver|decuve|decuvee?|decuvais|en train de decuver)`, unless: NOT_HANGOVER, base: 0.85, about: 'self' },

  // shots
  { category: 'shots', match: `(?:tournees? de (?:shots|shooters|tequila|vodka|jager|jagers|jagerbombs?|rhum|mezcal|sambuca|get|gets|ti-?punchs?)|shots? de (?:tequila|vodka|jager|jagermeister|rhum|mezcal|whisky|absinthe|sambuca|get 27|get|schnaps|limoncello|poire|manzana)|shooters? de (?:tequila|vodka|jager|rhum|whisky|absinthe)|jagerbombs?|jager ?bombs?)`, unless: SOFT.map((s) => `(?:shots?|shooters?) (?:de|d[\'’]) ?${s}`), base: 0.8, about: 'self' },
  { category: 'shots', match: `${MANY}\\s+(?:shots|shooters|tequilas|jagers|jagerbombs|vodkas|tequila paf|tequilas paf|petits verres)`, unless: [...SOFT.map((s) => `(?:shots?|shooters?) (?:de|d[\'’]) ?${s}`), 'vaccins?', 'piqures?', 'injections?', 'doses?', 'tirs?', 'photos?', 'penaltys?', 'but'], base: 0.85, about: 'self' },
  { category: 'shots', match: `(?:shots?|shooters?)(?=[^.!?\\n]{0,30}(?:🥃|tequila|vodka|jager|rhum|bar|boite|soiree|apero|cuite))`, unless: [...SOFT.map((s) => `(?:shots?|shooters?) (?:de|d[\'’]) ?${s}`), 'vaccins?', 'piqures?', 'photos?', 'tirs?', 'penalty', 'basket', 'shoot'], base: 0.75, about: 'self' },

  // drinking: heavy drinking, not a glass with dinner.
  { category: 'drinking', match: `(?:guindailles?|guindailler|guindaille|guindaillait|guindailleurs?|guindailleuses?|(?:enchaine|enchainer|enchaines|enchainait|enchainant) les (?:mojitos|shots|verres|bieres|pintes|cocktails|aperos|tequilas|vodkas|spritz|ti-?punchs|godets|binouzes|jagers?)|binge drinking|open bar|beuveries?|picole|picoler|picolait|picolais|picolent|picolent|on a picole|j${A}ai picole|tise|tiser|on a tise|j${A}ai tise|boire comme (?:un trou|des trous)|bu comme (?:un trou|des trous|des trous)|(?:un |quelques |deux |trois )?verres? de trop|l${A}apero (?:a|qui a) (?:degenere|degenerer)|(?:apero|aperos|soiree|soirees) qui (?:degenere|degenerent|a degenere|ont degenere)|soiree (?:tres |bien |tres bien )?arrosee|(?:apres-?ski|apero|repas|diner|dej|dejeuner|bbq|barbecue|mariage|anniv|afterwork|reveillon|pot(?: de depart)?|brunch|pique-nique|week-end|weekend|fin de soiree)s? (?:tres |bien |super |hyper |copieusement |tres bien )?arrosee?s?|${MANY}\\s+litres (?:de|d${A})\\s*(?:biere|vin|rose|sangria|punch|mojito|cidre|pastis)|(?:\\d+|deux|trois|quatre|cinq|six) bouteilles? (?:de [\\p{L}]+ )?(?:a|pour) (?:\\d|deux|trois|quatre|cinq|nous deux|nous trois)\\b|bien arrosee?s?|nuit arrosee|jusqu${A}a plus soif|rouler sous la table)`, unless: ['picole (?:pas|jamais|plus)', 'tise (?:de|d[\'’]) (?:the|camomille|verveine)', 'open bar (?:de|a) (?:bonbons|pizzas?|cafe|crepes|the|jus)', 'plantes? bien arrosees?', 'jardin'], base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:bu|bois|boit|buvait|buvais|pris|descendu|descendus|enchaine|enchaines|siffle|siffles|vide|vides|on s${A}est fait|on s${A}est envoye|je me suis envoye|s${A}est envoye|on en est a|on en etait a|j${A}en suis a|j${A}en etais a|on a fini)\\s+(?:genre\\s+|au moins\\s+|facile\\s+|plus de\\s+|pas loin de\\s+)?${MANY}\\s+${DRINKS}`, unless: SOFT, base: 0.85, about: 'self' },
  { category: 'drinking', match: `(?:descendu|siffle|vide|bu|fini|sifflé|enchaine)\\s+(?:une|la|deux|trois|toute la|une demi-)\\s*bouteilles?(?:\\s+(?:de|d${A})\\s*\\w+)?(?:\\s+(?:a|à)\\s+(?:deux|trois|moi tout seul|moi toute seule|nous deux))?`, unless: SOFT, requires: ['(?:a|à) (?:deux|trois|moi tout seul|moi toute seule|nous deux)|vodka|whisky|rhum|tequila|gin|pastis|champagne|ricard|rose|rouge|vin|seule?s?'], base: 0.8, about: 'self' },

  { category: 'drinking', match: `(?:cul[- ]sec|(?:boire|bu|bois|boit|buvant|buvait|descendre|descendu) (?:une |la |sa |ma )?(?:bouteille|biere|binouze|vodka|rhum|tequila|pinte)?\\s*au goulot|entouree?s? de (?:bouteilles|canettes|cadavres)(?: vides)?|cadavres de bouteilles)`, unless: SOFT, base: 0.8, about: 'self' },
  { category: 'drunk', match: `(?:j${A}ai|jai|on a|il a|elle a|en|fini par|finie? par) (?:vomi|gerbe|degueule|vomissant|gerbant|degueulant|vomir|gerber)`, requiresInText: ['soiree|apero|bu|biere|vodka|tequila|rhum|whisky|alcool|shots?|cuite|bourre|bar|boite|teuf|integration|aperos|mojitos?|cocktails?|verres|vin|rose|champagne|gin|spritz|pastis|ricard|pintes?|binouzes?|guindailles?|bieres|shooters?|🍺|🍻|🥴|🍷|🥂|🍸|🍹'], unless: ['gastro', 'malade', 'enceinte', 'bebe', 'grossesse', 'nausee', 'mal de mer', 'voiture', 'bateau', 'avion', 'intoxication'], base: 0.8, about: 'self' },

  { category: 'drinking', match: `trop (?:de|d${A})\\s*(?:vin|bieres?|binouzes?|pintes?|verres|shots|shooters|cocktails|mojitos|aperos|tequilas?|vodkas?|rhum|whisky|champagne|rose|alcool|spritz|ricard|pastis|gin|ti-?punchs?|jagers?)`, requiresInText: ['hier|soir|nuit|tete|ce matin|gueule|lendemain|vomi|🤕|🤢|🥴|🤮'], unless: SOFT.map((x) => `trop (?:de|d[\'’]) ?${x}`), base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:apero|aperos|apero dinatoire|soiree arrosee|beuverie|happy hour)\\s+(?:qui a |qui s${A}est |a )?(?:fini|termine|dure|duree|prolonge)\\s+(?:a|jusqu${A}a)\\s+(?:[2-9]|1\\d) ?h`, base: 0.8, about: 'self' },
  { category: 'drinking', match: `(?:apres|au bout de|rendue? a|rendus a|on en est a)\\s+${MANY}\\s+${DRINKS}`, unless: SOFT, base: 0.8, about: 'self' },

  // drinking-game
  { category: 'drinking-game', match: `(?:beer ?pong|biere[- ]pong|jeux? (?:d${A}alcool|a boire|de beuverie)|(?:jouer|joue|jouait|jouer|partie|une partie|le jeu du|jeu du) (?:au |a )?(?:je n${A}ai jamais|j${A}ai jamais|kings? cup|flip cup|roi des pintes|picolo)|kings? cup|flip ?cup|picolo)`, base: 0.85, about: 'self' },

  // blackout: its phrases say "rien" and "pas" themselves; a denial does not undo them.
  { category: 'blackout', match: `(?:(?:je me souviens|je me rappelle|je m${A}en souviens|me souviens|me rappelle|chuis|je sais) (?:de |d${A})?(?:rien|plus rien|pas de la fin|pas comment je suis rentree?|pas comment on est rentres)|aucun souvenir (?:de|d${A}) ?(?:la fin de|hier|cette nuit|la soiree|comment)|(?:des |quelques |gros |de gros )?trous (?:dans (?:ma|la|notre) (?:soiree|nuit|memoire)|de memoire de (?:la soiree|hier))|trou noir|black-?out total|reveillee? (?:dans la baignoire|par terre|sur le carrelage|sur le canape (?:de|d${A}|du)|chez je sais pas qui|habillee?|tout habillee?))`, requiresInText: ['hier|soiree|soir|nuit|fete|teuf|bars?|boite|bourre|cuite|verres|bu|biere|vodka|tequila|rhum|whisky|vin|alcool|shots?|apero|🍺|🍻|🥴'], unless: ['espace', 'galaxie', 'astronom\\p{L}*', 'nasa', 'telescope', 'reseau', 'electrique', 'edf', 'coupure'], base: 0.8, about: 'self', denied: 'keeps' },

  // wild-night
  { category: 'wild-night', match: `(?:grosse teuf|teuf de (?:ouf|malade|folie)|on a (?:fait la )?teufe?|teufer|(?:fait|faire|on a fait) la (?:bringue|nouba|bamboula|foire|java|fiesta)|la bringue|soiree de (?:ouf|malade|folie|fou|dingue)|nuit de (?:folie|ouf|malade)|(?:rentree?s?|rentre|fini|finis|termine|couchee?s?|couche) (?:a|à) (?:[4-9]|cinq|six|sept|huit) ?h(?:eures)?(?: \\d\\d)? du mat(?:in)?|jusqu${A}(?:a|à) (?:[5-9]|cinq|six|sept|huit) ?h(?:eures)? du mat(?:in)?|fini au petit matin|(?:en boite|en club) jusqu${A}(?:a|à|au)|after (?:chez|jusqu${A}(?:a|au)|au|a la|a l${A}\\w+)|(?:ca|la soiree|l${A}anniv|l${A}enterrement de vie de (?:garcon|jeune fille)) (?:a|qui a) (?:degenere|degenerer))`, unless: ['fete de la musique', 'fete des (?:voisins|meres|peres|ecoles)', 'kermesse', 'boulot|taf|travail|bureau|dossier|bebe|biberon|tetee|coliques|insomnie'], base: 0.75, about: 'self' },

  // bar-crawl
  { category: 'bar-crawl', match: `(?:tournee des (?:bars|grands-ducs|grands ducs|pubs|troquets|rades)|de bar en bar|(?:fait|faire|on a fait) (?:tous )?les bars|bar ?crawl|pub ?crawl)`, base: 0.8, about: 'self' },

  // keg
  { category: 'keg', match: `(?:futs? de (?:biere|binouze)|tireuse (?:a|à) biere|kegger)`, unless: ['brasserie artisanale', 'vente', 'prix', 'promo', 'location pro', 'consigne'], base: 0.75, about: 'self' },
];

/** Drinking verbs a negation reaches a drink through: "j'ai pas bu une goutte", "jamais pris un shot". */
export const PARTY_CARRIERS_FR: readonly string[] = ['bu', 'bois', 'boire', 'buvons', 'pris', 'prendre', 'touché', 'goûté', 'commandé', 'siroté', 'avalé', 'fini', 'enchaîné'];
