import type { Positioning } from '../core/types.js';

/** The template every positioning statement fills in. */
export const POSITIONING_TEMPLATE = 'I am a/an <role> in <field> for <audience>';
export const POSITIONING_EXAMPLE = 'I am a veterinarian in animal rescue for families ready to adopt';

// How a statement opens: "I am", "I'm" (straight or curly apostrophe), and
// "We are" / "We're" for a team's or a business's account.
const SUBJECT = String.raw`(?:i\s+am|i['’]m|we\s+are|we['’]re)`;
// The article before the role, when there is one: "a", "an", "the"; "I am
// head of marketing ..." has none. It is not part of the role slot.
const ARTICLE = String.raw`(?:(?:an?|the)\s+)?`;

// "<subject> [a|an|the] <role> in <field> for <audience>", any case, an
// optional comma before "in" and "for", an optional final period. The role
// is the shortest text before " in ", the field the shortest before " for ":
// "a designer in residence in Berlin" reads as role "designer", field
// "residence in Berlin".
const STATEMENT = new RegExp(String.raw`^\s*${SUBJECT}\s+${ARTICLE}(.+?),?\s+in\s+(.+?),?\s+for\s+(.+?)\s*\.?\s*$`, 'isu');

/** A slot says something: a letter or a digit, and not only an article. */
function isFilled(slot: string): boolean {
  return /[\p{L}\p{N}]/u.test(slot) && !/^(?:an?|the)$/i.test(slot);
}

/** The three slots of a statement, or undefined when it does not fit the template. */
export function parsePositioning(statement: string): Positioning | undefined {
  const m = STATEMENT.exec(statement);
  if (!m) return undefined;
  const [role, field, audience] = (m.slice(1) as [string, string, string]).map((s) => s.trim()) as [string, string, string];
  if (![role, field, audience].every(isFilled)) return undefined;
  return { statement: statement.trim(), role, field, audience };
}

/**
 * Why a statement does not fit the template, in a few words, for the error
 * message; undefined when it fits.
 */
export function positioningProblem(statement: string): string | undefined {
  if (parsePositioning(statement)) return undefined;
  const opening = new RegExp(String.raw`^\s*${SUBJECT}\s+(.*)$`, 'isu').exec(statement);
  if (!opening) return 'it should start with "I am" (or "I\'m")';
  const rest = opening[1]!;
  const inAt = /\s+in\s+/isu.exec(` ${rest}`);
  if (!inAt) return 'it has no "in <field>" part';
  const role = ` ${rest}`.slice(0, inAt.index).replace(/^\s*(?:an?|the)\b/i, '');
  if (!isFilled(role)) return 'the <role> before "in" is missing';
  const afterIn = ` ${rest}`.slice(inAt.index + inAt[0].length);
  const forAt = /\s+for\s+/isu.exec(` ${afterIn}`);
  if (!forAt) return 'it has no "for <audience>" part after "in <field>"';
  if (!isFilled(` ${afterIn}`.slice(0, forAt.index))) return 'the <field> between "in" and "for" is missing';
  return 'the <audience> after "for" is missing';
}
