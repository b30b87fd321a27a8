import type { Positioning } from '../core/types.js';

/** The template every positioning statement fills in. */
export const POSITIONING_TEMPLATE = 'I am a/an <role> in <field> for <audience>';
export const POSITIONING_EXAMPLE = 'I am a veterinarian in animal rescue for families ready to adopt';

// "I am a|an <role> in <field> for <audience>", any case, optional final
// period. The role is the shortest text before " in ", the field the
// shortest before " for ": "a designer in residence in Berlin" reads as
// role "designer", field "residence in Berlin".
const STATEMENT = /^\s*i(?:\s+am|['’]m)\s+an?\s+(.+?)\s+in\s+(.+?)\s+for\s+(.+?)\s*\.?\s*$/isu;

/** The three slots of a statement, or undefined when it does not fit the template. */
export function parsePositioning(statement: string): Positioning | undefined {
  const m = STATEMENT.exec(statement);
  if (!m) return undefined;
  const [, role, field, audience] = m as unknown as [string, string, string, string];
  return { statement: statement.trim(), role: role.trim(), field: field.trim(), audience: audience.trim() };
}
