import type { PhraseEntry } from '../../src/core/phrases.js';
import { umlauts } from './umlauts.js';

/**
 * German word list of the `broadcast-only` rule, beside the English and the
 * Spanish ones (broadcast-only.ts, broadcast-only-es.ts): any of these makes
 * a post a conversation. Regex sources matched case-insensitively at word
 * boundaries on the text with its umlauts folded away, written with them
 * (`umlauts`: "erzählt" and "erzaehlt" alike). A question mark and a
 * mention of someone else count in any language. Generous, as the English
 * list is: a missing phrase costs a wrong suggestion.
 */
const RAW: readonly PhraseEntry[] = [
  // Questions written without their mark.
  { match: '(?:was|wie|welche[rns]?|wer|wo|wann|warum)\\s+(?:\\p{L}+\\s+)?(?:meint|denkt|haltet|findet|sagt|würdet|nehmt|empfehlt|bevorzugt|wählt|seht)\\s+ihr', category: 'invitation' },
  { match: '(?:was|wie|welche[rns]?)\\s+(?:meinen|denken|halten|finden|würden|empfehlen)\\s+sie', category: 'invitation' },
  { match: '(?:kennt|weiß|hat|sucht|mag|will|braucht)\\s+(?:hier\\s+)?(?:jemand|wer|einer|irgendwer)|(?:habt|kennt|wisst|wollt|macht)\\s+ihr', category: 'invitation' },
  { match: '(?:erzählt|verratet|sagt|schreibt|zeigt|schickt)\\s+(?:mir|uns)|erzählt mal|lasst (?:es )?(?:mich|uns) wissen|meldet euch|schreibt (?:es )?(?:gern |gerne )?in die kommentare', category: 'invitation' },
  { match: '(?:in den|in die)\\s+kommentare(?:n)?|(?:lasst|hinterlasst)\\s+(?:mir |uns )?(?:einen|euren|gern einen|gerne einen)\\s+kommentar|kommentiert (?:gern|gerne|fleißig|unten)', category: 'invitation' },
  { match: '(?:teilt|zeigt)\\s+(?:eure|euren|eures|uns eure|uns euren)|(?:markiert|taggt|verlinkt)\\s+(?:eure|euren|jemanden|einen|die|den)', category: 'invitation' },
  { match: '(?:tipps|empfehlungen|vorschläge|ideen|meinungen|erfahrungen)\\s+(?:gesucht|willkommen|erwünscht|gern gesehen)|(?:freue mich|freuen uns|bin gespannt|sind gespannt)\\s+(?:auf|über)\\s+(?:eure|euren|eure)', category: 'invitation' },
  { match: '(?:stimmt|stimmen)\\s+(?:ab|mit)|(?:abstimmen|umfrage)\\s+(?:in der|in den|unten)', category: 'invitation' },
  { match: 'ich frage mich,? (?:ob|wie|was|warum|welche)', category: 'invitation' },
  { match: '(?:kommt|komm)\\s+(?:vorbei|mit|doch)|wir sehen uns|(?:wir )?freuen uns auf euch|ich freue mich auf euch|bis (?:dann|später|morgen),? ihr', category: 'invitation' },
  // Credits and thanks to someone.
  { match: '(?:danke|vielen dank|herzlichen dank|ein großes danke(?:schön)?|dankeschön)\\s+(?:an|für|fürs)', category: 'credit' },
  { match: '(?:foto|fotos|bild|bilder|video|text)\\s+(?:von|by)\\s+@', category: 'credit' },
];

export const CONVERSATION_DE: readonly PhraseEntry[] = RAW.map((e) => ({ ...e, match: umlauts(e.match) }));
