import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Portuguese word list of the `broadcast-only` rule (Brazilian and
 * European), beside the English and Spanish ones (broadcast-only.ts,
 * broadcast-only-es.ts): any of these makes a post a conversation. Regex
 * sources matched case-insensitively at word boundaries on the text with
 * its accents folded away ("o que vocês acham" is "o que voces acham");
 * written without accents. A question mark and a mention of someone else
 * count in any language. Generous, as the English list is: a missing
 * phrase costs a wrong suggestion.
 */
export const CONVERSATION_PT: readonly PhraseEntry[] = [
  // Questions written without their marks.
  { match: '(?:o que|que|qual|quais|como|quem|onde|quando|por que|porque)\\s+(?:(?:voces|vcs|vces|voce|vc|tu)\\s+)?(?:acham|achas|acha|preferem|preferes|prefere|recomendam|recomendas|fariam|farias|faria|pensam|pensas|sugerem|sugeres|escolheriam|escolherias)', category: 'invitation' },
  { match: 'alguem\\s+(?:ai\\s+|aqui\\s+)?(?:sabe|conhece|tem|quer|vem|recomenda|pode|ja|mais|topa|alinha|indica)', category: 'invitation' },
  { match: '(?:me contem|contem-me|contem-nos|me digam|digam-me|diz-me|me diz|me avisem|avisem-me|me ajudem|ajudem-me|me indiquem|indiquem-me|opinem)', category: 'invitation' },
  { match: '(?:nos|aqui nos) comentarios|(?:deixa|deixem|deixe|deixa ai|deixem ai)\\s+(?:um|o seu|a sua|o teu|a tua|seu|sua|vosso|vossa)?\\s*comentario|comentem|comenta ai|responde ai|respondam', category: 'invitation' },
  { match: '(?:compartilhem|compartilha|compartilhe|partilhem|partilha|partilhe)\\s+(?:a sua|o seu|a tua|o teu|as suas|os seus|sua|seu|tambem|com|aqui)', category: 'invitation' },
  { match: '(?:marquem|marque|marca ai|marca|identifiquem|identifica)\\s+(?:um|uma|o|a|alguem|quem|aquel[ea])', category: 'invitation' },
  { match: '(?:aceito|aceitam-se|aceitamos|espero|quero)\\s+(?:sugestoes|recomendacoes|dicas|ideias|opinioes)|(?:alguma|algum)\\s+(?:sugestao|recomendacao|dica|ideia)', category: 'invitation' },
  { match: '(?:votem|vota|vote|escolham|escolhe)\\s+(?:no|na|em|qual|o seu|a sua|o teu|a tua|seu|sua)', category: 'invitation' },
  { match: '(?:me pergunto|pergunto-me|fico a pensar) (?:se|como|o que|por que|qual)', category: 'invitation' },
  { match: '(?:venham|aparecam|vem tambem|bora|te espero|vos espero|espero voces|espero-vos|esperamos voces|esperamos-vos|nos vemos|ate la)\\b', category: 'invitation' },
  // Credits and thanks to someone.
  { match: '(?:obrigad[oa]s?|muito obrigad[oa]|muitissimo obrigad[oa]|valeu|agradeco|agradecemos)\\s+(?:a|ao|aos|as|pel[oa]s?|pela|galera|pessoal|malta|todos|todas)', category: 'credit' },
  { match: '(?:foto|fotos|video|texto)\\s+(?:de|por|do|da)\\s+@', category: 'credit' },
];
