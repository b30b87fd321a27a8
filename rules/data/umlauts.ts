/**
 * German spelling without umlauts: a regex source of a German word list,
 * written with its umlauts, made to read the word written with them or
 * typed without them ("überzogen", "ueberzogen", "uberzogen"), and "ß" as
 * "ss" ("Straße", "Strasse"). The lists are matched on the text with its
 * accents folded away (src/core/cue-lists.ts: "ü" is read "u"), so each
 * umlaut becomes "ue" or "u". Write no umlaut inside a character class.
 */
export function umlauts(source: string): string {
  return source
    .replace(/ä/g, '(?:ae|a)')
    .replace(/ö/g, '(?:oe|o)')
    .replace(/ü/g, '(?:ue|u)')
    .replace(/ß/g, '(?:ß|ss)');
}
