/**
 * Data of the `hashtag-overuse` rule.
 */

/**
 * A hashtag that is only hex digits of a colour's length (`#fff`, `#ff0000`,
 * `#1da1f2cc`). `analyze()` counts it, rightly for platforms (`#fab` and
 * `#cafe` are hashtags), so the rule decides: it does not count when it has a
 * digit, is one repeated letter (`#fff`, `#EEEEEE`), or the text talks about
 * colours.
 */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Words that make a hex-looking hashtag a colour code. */
export const COLOUR_CONTEXT = /(?<![\p{L}\p{N}_])(?:colou?rs?|hex|css|rgba?|palette|background|font|shade)(?![\p{L}\p{N}_])/iu;
