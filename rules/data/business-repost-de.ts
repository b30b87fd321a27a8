import type { PhraseEntry } from '../../src/core/phrases.js';
import { umlauts } from './umlauts.js';

/**
 * German cues of the `business-repost` rule, beside the English and the
 * Spanish ones (business-repost.ts, business-repost-es.ts), in its groups:
 * classic promotional phrases, words that promote only next to the brand,
 * offers next to a brand, and asks. Regex sources (no capturing groups)
 * matched case-insensitively at word boundaries on the text with its
 * umlauts folded away; written with their umlauts, each reads "ü", "ue"
 * and "u" alike (`umlauts`). Reposts ("RT @", "via @") are read in any
 * language.
 */

const both = (entries: readonly PhraseEntry[]): PhraseEntry[] => entries.map((e) => ({ ...e, match: umlauts(e.match) }));

/** Promotional phrases: anywhere in a post with a strong brand marker. */
export const PROMOTION_PHRASES_DE: readonly PhraseEntry[] = both([
  { match: '\\d{1,2}\\s?%\\s+(?:rabatt|nachlass|reduziert|off|günstiger|sparen)|(?:rabatt|nachlass)\\s+von\\s+\\d{1,2}\\s?%|-\\d{1,2}\\s?%\\s+auf', category: 'discount' },
  { match: '(?:rabatt|gutschein|aktions|promo)-?(?:code|coupon)|(?:mit dem )?code\\s+[a-z0-9]{4,}\\s+(?:sparen|gibt es|bekommt|erhaltet)', category: 'discount' },
  { match: '(?:versandkostenfrei|kostenloser versand|gratis versand|versand gratis|2\\s?für\\s?1|zwei für eins|3\\s?für\\s?2)', category: 'discount' },
  { match: '(?:exklusives?|limitiertes?|einmaliges?|sonder|super|spar)-?angebot|angebot der woche|nur für kurze zeit|black friday|cyber monday|sommerschlussverkauf|winterschlussverkauf|schnäppchen\\p{L}*|sale\\s+bis', category: 'discount' },
  { match: '(?:nur|lediglich)\\s+(?:noch\\s+)?(?:heute|bis (?:sonntag|freitag|samstag|morgen|ende des monats|monatsende)|dieses wochenende|für kurze zeit|solange der vorrat reicht)|solange der vorrat reicht|(?:nur noch|letzte) (?:wenige )?(?:plätze|tickets|karten|exemplare)|begrenzte plätze|nicht verpassen|schnell sein lohnt sich|zugreifen', category: 'urgency' },
  { match: '(?:jetzt|gleich|schnell|sofort)\\s+(?:\\p{L}+\\s+){0,4}?(?:buchen|bestellen|sichern|anmelden|bewerben|zugreifen|kaufen|vorbeikommen|abonnieren|reservieren|spenden|mitmachen|vereinbaren)|jetzt (?:\\p{L}*termin|tickets|karten|platz|plätze|tisch)\\b|(?:sichert|sichere|holt|hol) (?:euch|dir) (?:jetzt |noch )?(?:dein|deinen|deine|euer|eure|euren|ein|einen|eine|die|das|den|tickets|karten)|(?:meldet|melde|meld|tragt|trag|schreibt|schreib) (?:euch|dich) (?:jetzt|gleich|schnell|noch heute|sofort|ab sofort)(?=[^.!?\\n]{0,80}?\\s(?:an|ein)(?![\\p{L}\\p{N}]))|(?:jetzt|gleich|einfach|schnell)\\s+(?:pate|patin|pat\\*in|pat:in|mitglied|fördermitglied|gassigeher\\p{L}*|pflegestelle|pflegefamilie|unterstützer\\p{L}*|spender\\p{L}*)\\s+werden|(?:anmeldung|anmeldungen|infos und anmeldung)\\s+(?:auf|unter|über)(?=\\s+(?:[\\p{L}@#\\d-]+\\.)+\\p{L}{2,})', category: 'urgency' },
  // Recruiting for the business: "Ehrenamtliche gesucht! Meldet euch an auf happypaws.org/mitmachen", "Pflegestellen gesucht".
  { match: '(?:ehrenamtliche|freiwillige|helfer(?:innen)?|pflegestellen|pflegefamilien|gassigeher(?:innen)?|paten|volunteers?)\\s+(?:dringend\\s+)?gesucht|(?:sucht|suchen|sueched|suechet|suechid|suecht|sueche|suche)\\s+(?:\\p{L}+\\s+){0,2}?(?:ehrenamtliche|freiwillige|helfer(?:innen)?|pflegestellen|pflegefamilien|pflegifamilie[n]?|pflegiplätz|pflegeplätze|gassigeher(?:innen)?|gassigänger\\p{L}*|paten|gotte|götti|volunteers?)\\b|meldet euch (?:\\p{L}+\\s+){0,2}?an(?=\\s+(?:auf|unter|über|bei)\\s)|(?:meldet|mäldet)\\s+euch\\s+(?:uf|bi)(?=\\s+(?:[\\p{L}@#]+\\.)+\\p{L}{2,})|(?:jetzt|einfach)\\s+mitmachen', category: 'call to action' },
  // A countdown and a membership sold: "Nur noch 3 Tage: Patenschaft abschließen und Kalender sichern", "Adoptiert statt kauft!".
  { match: '(?:nur noch|noch|nur)\\s+(?:\\d+|zwei|drei|vier|fünf|sechs|sieben)\\s+tage(?=\\s*(?::|!|bis|lang|zeit))|letzte chance|(?:aktion|angebot|verlosung|gewinnspiel)\\s+endet|(?:patenschaft|mitgliedschaft|fördermitgliedschaft|abo|newsletter)\\s+(?:\\p{L}+\\s+){0,4}?(?:abschließen|übernehmen|sichern|abonnieren|bestellen)|adoptiert statt (?:kauft|zu kaufen|kaufen)', category: 'urgency' },
  { match: 'link in (?:der )?bio|(?:mehr )?infos? (?:und tickets |und anmeldung )?(?:unter|im link|in der bio|auf unserer (?:website|webseite|seite))', category: 'urgency' },
  { match: '(?:tickets|karten|eintrittskarten)\\s+(?:gibt es |sind )?(?:ab sofort |jetzt )?(?:erhältlich|verfügbar|im vorverkauf|an der abendkasse)|vorverkauf (?:läuft|startet|hat begonnen)', category: 'tickets' },
]);

/** Words that promote only in the sentence of a strong brand marker: "neu", "Angebot". */
export const PROMOTION_WORDS_NEAR_BRAND_DE: readonly PhraseEntry[] = both([
  { match: 'angebote?|aktion|rabatt|rabatte|gutschein|gewinnspiel|verlosung|verlosen|gratis|kostenlos|reduziert', category: 'discount' },
  // The animals as the ad's own words: "Unsere Fellnasen warten auf euch bei @happypaws"; a gift sold: "Wer noch ein Weihnachtsgeschenk sucht".
  { match: '(?:warten|wartet)\\s+(?:\\p{L}+\\s+)?auf\\s+(?:euch|dich|ihr neues zuhause|ein zuhause)|wer noch (?:ein|nach einem) \\p{L}*geschenk sucht|geschenkidee|das perfekte geschenk', category: 'urgency' },
  // The bare ask closing its clause next to the brand: "die haben grad 2 Welpen, meldet euch!!".
  { match: '(?:meldet|mäldet|melde|meld) (?:euch|dich)(?:\\s+(?:schnell|gleich|jetzt|bei ihnen|bei denen))?(?=\\s*(?:!|$|[🐶🐕🐱🐈🐾💛❤️🙏]))', category: 'urgency' },
  { match: 'eintritt frei|freier eintritt|kommt (?:alle )?vorbei|schaut (?:alle )?vorbei|wir freuen uns auf euch|save the date', category: 'urgency' },
  { match: 'ab sofort (?:erhältlich|verfügbar|bei uns)|jetzt neu|brandneu|neu im (?:shop|sortiment)|große eröffnung|neueröffnung|wir eröffnen', category: 'urgency' },
]);

/** Offers next to a brand marker (a price, a free thing): weaker evidence, when no phrase is there. */
export const PROMOTION_CUES_NEAR_BRAND_DE: readonly PhraseEntry[] = both([
  { match: '(?:ab|für nur|nur|schon ab)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur)', category: 'price' },
  { match: '\\d+(?:[.,]\\d+)?\\s?(?:€|euro)\\s+(?:pro|die|das|je)\\s+(?:nacht|person|stunde|monat|ticket|termin|sitzung)', category: 'price' },
]);

/** Asks to book, share or spread the word. */
export const PROMOTION_ASKS_DE: readonly PhraseEntry[] = both([
  { match: '(?:bucht|buche|reserviert|reserviere|vereinbart|vereinbare|sichert|sichere)\\s+(?:euch|dir)?\\s*(?:jetzt\\s+)?(?:euren|deinen|einen|eure|deine|einen)\\s+(?:termin|tisch|platz|slot)', category: 'call to action' },
  { match: '(?:bitte\\s+)?(?:teilen|teilt|teile|rt|retweeten|weitersagen)\\s+(?:bitte|erwünscht|ausdrücklich erwünscht)|bitte (?:teilen|teilt|weiterleiten|rt)|teilen erwünscht|jeder share (?:hilft|zählt)|jedes teilen hilft', category: 'ask to share' },
  // A donation asked for with a deadline or an amount, or a reward for it: "Spendet bis 31.12. an Happy Paws Rescue und kriegt unseren Kalender", "Ab 20 € Spende gibt es unsere Tasse". The verb alone is the match: the brand after it is no part of the ask.
  { match: '(?:spendet|spende|unterstützt|unterstütze)\\s+(?:jetzt|hier|uns|über)|jetzt spenden|(?:unterstützt|helft)(?=\\s+(?:[\\p{L}@#.]+\\s+){0,4}?mit\\s+(?:einer|eurer|deiner)\\s+spende)|(?<=^|[^\\p{L}\\s]\\s*|(?:bitte|jetzt|also|leute|ihr|doch|einfach|gern|gerne|und)\\s+)(?:spendet\\s+(?:[\\p{L}\\d.,€@#_/-]+\\s+){0,5}?(?:auf|über|unter|an|bei)|(?:spendet|unterstützt)(?=\\s+(?:[\\p{L}\\d.,€@#_/-]+\\s+){0,8}?(?:und|&)\\s+(?:kriegt|bekommt|erhaltet|gewinnt|kriegst|bekommst|erhältst)))|(?:ab|für|mit)\\s+(?:einer\\s+spende\\s+(?:von|ab)\\s+)?\\d+\\s?(?:€|euro)\\s+(?:spende\\s+)?(?:gibt es|gibt.s|bekommt ihr|kriegt ihr|erhaltet ihr)|jeder euro (?:zählt|hilft)|helft uns,? (?:\\p{L}+ )?(?:zu erreichen|zu sammeln)', category: 'call to action' },
  { match: 'schamlose (?:eigen)?werbung|werbung in eigener sache|(?:die )?firma (?:will|möchte),? dass (?:ich|wir) (?:das )?(?:teile|poste|teilen)', category: 'plug' },
]);

/** Words that say a post is no advertisement: "keine Werbung, bin nur stolz". */
export const NOT_AN_AD_DE = umlauts(String.raw`(?:keine\s+werbung|nicht\s+gesponsert|unbezahlt\s+und\s+unbeauftragt|keine\s+kooperation|ohne\s+kooperation)`);
