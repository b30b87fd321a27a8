import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * French word list of the `broadcast-only` rule, beside the English and
 * Spanish ones: any of these makes a post a conversation. Regex sources
 * matched case-insensitively at word boundaries on the text with its
 * accents folded away ("qu'en pensez-vous" is one phrase typed with or
 * without accents); an apostrophe is `['’]`. A question mark and a mention
 * of someone else count in any language. Generous, as the English list is:
 * a missing phrase costs a wrong suggestion.
 */
export const CONVERSATION_FR: readonly PhraseEntry[] = [
  // Questions written without their marks.
  { match: 'qu[\'’]en (?:pensez-vous|pensez vous|penses-tu|penses tu|dites-vous|dis-tu)|(?:vous en pensez|t[\'’]en penses|tu en penses) quoi|(?:votre|ton) avis|vos avis|(?:que|qu[\'’]est-ce que) (?:vous en pensez|tu en penses)|(?:vous|tu) (?:preferez|preferes|recommandez|recommandes|conseillez|conseilles|feriez|ferais) quoi', category: 'invitation' },
  { match: 'est-ce que (?:vous|tu|quelqu[\'’]un|qqn|on)|(?:quelqu[\'’]un|qqn|quelqu un) (?:sait|connait|a deja|a une|aurait|veut|vient|peut|pourrait|me conseille|me recommande|d[\'’]entre vous)|des (?:idees|conseils|recommandations|suggestions|avis)', category: 'invitation' },
  { match: 'dites-(?:moi|nous)|dis-(?:moi|nous)|racontez-(?:moi|nous)|raconte-(?:moi|nous)|aidez-(?:moi|nous)|aide-(?:moi|nous)|conseillez-(?:moi|nous)|prevenez-(?:moi|nous)|ecrivez-(?:moi|nous)', category: 'invitation' },
  { match: '(?:en|dans les|dans vos|en) commentaires?|(?:laissez|laisse|mettez|mets)(?:-moi|-nous)? (?:un|vos|ton|votre) (?:commentaire|avis|mot|petit mot)|commentez', category: 'invitation' },
  { match: '(?:partagez|partage)(?:-nous)? (?:vos|ton|votre|tes) (?:photos|histoires|experiences|souvenirs|astuces|conseils|idees)', category: 'invitation' },
  { match: '(?:identifiez|identifie|taguez|tague|mentionnez|mentionne) (?:un|une|vos|tes|la|le|les|quelqu[\'’]un)', category: 'invitation' },
  { match: '(?:votez|vote|choisissez|choisis) (?:pour|entre|votre|ton|la|le|en)|sondage', category: 'invitation' },
  { match: 'je me demande (?:si|comment|pourquoi|ce que|quel|quelle)|(?:je suis|on est) (?:preneur|preneuse|preneurs) (?:de|d[\'’])', category: 'invitation' },
  { match: '(?:venez|viens|on vous attend|je vous attend|je vous attends|on t[\'’]attend|au plaisir de vous voir|a tres vite|rejoignez-nous|rejoins-nous)\\b', category: 'invitation' },
  // Credits and thanks to someone.
  { match: '(?:merci|grand merci|un grand merci|mille mercis|merci beaucoup)\\s+(?:a|au|aux|pour|de)', category: 'credit' },
  { match: '(?:photo|photos|video|texte|credit)\\s*(?:de|par|:)\\s*@', category: 'credit' },
];
