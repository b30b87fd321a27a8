import type { PhraseEntry } from '../../src/core/phrases.js';

/**
 * Spanish word list of the `broadcast-only` rule, beside the English one
 * (broadcast-only.ts): any of these makes a post a conversation. Regex
 * sources matched case-insensitively at word boundaries on the text with
 * its accents folded away ("qué opináis" is "que opinais"). A Spanish
 * question is also one by its "¿" alone, and a mention of someone else
 * counts in any language. Generous, as the English list is: a missing
 * phrase costs a wrong suggestion.
 */
export const CONVERSATION_ES: readonly PhraseEntry[] = [
  // Questions written without their marks.
  { match: '(?:que|como|cual|cuales|quien|quienes|donde|cuando|por que)\\s+(?:opinais|opinan|opinas|pensais|piensan|piensas|os parece|les parece|te parece|preferis|prefieren|prefieres|recomendais|recomiendan|me recomendais|harias|hariais|harian)', category: 'invitation' },
  { match: '(?:alguien|alguno|alguna)\\s+(?:sabe|conoce|tiene|ha|mas|que|se apunta|viene|quiere|me recomienda|puede)', category: 'invitation' },
  { match: '(?:contadme|contadnos|decidme|decidnos|dime|dinos|cuentame|cuentenme|diganme|avisadme|avisame|ayudadme|ayudame|ayudenme)', category: 'invitation' },
  { match: '(?:os|les|te)\\s+leo', category: 'invitation' },
  { match: '(?:en|a)\\s+(?:los|tus|vuestros)\\s+comentarios|(?:dejad|deja|dejen|dejadme|dejame)\\s+(?:un|vuestro|tu|su)?\\s*comentario|comentad|comenta(?:d|dlo|lo)?\\s+(?:abajo|aqui)', category: 'invitation' },
  { match: '(?:comparte|compartid|compartan|comparteme)\\s+(?:tu|vuestra|vuestro|tus|vuestros|con|tambien|en)', category: 'invitation' },
  { match: '(?:etiqueta|etiquetad|menciona|mencionad)\\s+a', category: 'invitation' },
  { match: '(?:se aceptan|acepto|espero|busco)\\s+(?:sugerencias|recomendaciones|consejos|ideas|opiniones)|(?:alguna|algun|alguna)\\s+(?:sugerencia|recomendacion|consejo|idea)', category: 'invitation' },
  { match: '(?:vota|votad|voten|elegid|elige)\\s+(?:por|en|cual|tu|vuestro|el|la)', category: 'invitation' },
  { match: 'me pregunto (?:si|como|que|por que|cual)', category: 'invitation' },
  { match: '(?:vente|veniros|venid|os espero|te espero|nos vemos)\\b', category: 'invitation' },
  // Credits and thanks to someone.
  { match: '(?:gracias|mil gracias|muchas gracias)\\s+(?:a|al|por)', category: 'credit' },
  { match: '(?:foto|fotos|video|texto)\\s+(?:de|por)\\s+@', category: 'credit' },
];
