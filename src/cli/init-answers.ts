import { positioningProblem } from '../config/positioning.js';
import { BRAND_PATTERNS } from '../config/schema.js';

/** A blank of a positioning statement: "I am a <role> in <field> for <for>". */
export type Slot = 'role' | 'field' | 'for';

/** A brand marker list, comma-separated in an answer. */
export type BrandList = 'names' | 'handles' | 'hashtags' | 'domains';

const EXAMPLES: Record<Slot, string> = { role: 'veterinarian', field: 'animal rescue', for: 'families ready to adopt' };

/** Comma-separated text as a list, without blanks. */
export function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * An answer without the words the question already says, so they are not
 * written twice: "I am a baker" or "I'm a baker" for the role (its article
 * is kept: "a UX designer"), "in Leeds" for the field, "for locals" for the
 * audience.
 */
export function slotText(slot: Slot, answer: string): string {
  const text = answer.trim();
  if (slot === 'role') return text.replace(/^(?:i\s+am|i['’]m)(?:\s+|$)/i, '');
  if (slot === 'field') return text.replace(/^in(?:\s+|$)/i, '');
  return text.replace(/^for(?:\s+|$)/i, '');
}

/** The role with an article before it, unless it has one: "a baker", "an editor", "the founder of a bakery". */
export function withArticle(role: string): string {
  if (/^(?:an?|the)\s/i.test(role)) return role;
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

/** The positioning statement of three answers (in any of the forms `slotText` takes). */
export function statementOf(role: string, field: string, audience: string): string {
  return `I am ${withArticle(slotText('role', role))} in ${slotText('field', field)} for ${slotText('for', audience)}`;
}

const LINE_BREAK = /[\u0000-\u001f\u007f\u2028\u2029]/u;

/** What is wrong with an answer for a blank of a statement; undefined when it will do. */
export function slotProblem(slot: Slot, answer: string | undefined): string | undefined {
  if (!answer?.trim()) return 'Please fill in this blank.';
  if (LINE_BREAK.test(answer)) return 'Write it on one line.';
  const text = slotText(slot, answer);
  const bare = slot === 'role' ? text.replace(/^(?:an?|the)(?:\s+|$)/i, '') : text;
  if (!/[\p{L}\p{N}]/u.test(bare)) {
    const after = slot === 'role' ? '"I am a"' : slot === 'field' ? '"in"' : '"for"';
    return `Write the ${slot === 'for' ? 'audience' : slot} itself after ${after}, such as ${EXAMPLES[slot]}.`;
  }
  return undefined;
}

/** What is wrong with the statement three answers make; undefined when it fits the template. */
export function statementProblem(role: string, field: string, audience: string): string | undefined {
  const statement = statementOf(role, field, audience);
  const problem = positioningProblem(statement);
  return problem === undefined ? undefined : `"${statement}" does not fit the template: ${problem}.`;
}

/** What is wrong with one marker of a brand list; undefined when it will do. */
function markerProblem(kind: Exclude<BrandList, 'names'>, item: string): string | undefined {
  if (new RegExp(BRAND_PATTERNS[kind], 'u').test(item)) return undefined;
  if (kind === 'handles') {
    if (/\s/.test(item)) return `"${item}" has a space: a handle is one word, such as @happypaws.`;
    if (/^@@/.test(item)) return `"${item}" has two @ at the start: write one, such as @happypaws.`;
    return `"${item}" is not a handle: letters, digits and _ after one @, such as @happypaws (or @name@server.social on Mastodon).`;
  }
  if (kind === 'hashtags') {
    if (/\s/.test(item)) return `"${item}" has a space: a hashtag is one word, such as #AdoptDontShop.`;
    return `"${item}" has more than one #: write one at the start, such as #AdoptDontShop.`;
  }
  const scheme = /^[a-z][a-z0-9+.-]*:\/+/i.exec(item);
  const rest = scheme ? item.slice(scheme[0].length) : item;
  const host = rest.split('/')[0]!;
  if (scheme && new RegExp(BRAND_PATTERNS.domains, 'u').test(host)) {
    return `"${item}": write the domain alone, without "${scheme[0]}"${rest.includes('/') ? ' and the path' : ''}: ${host}.`;
  }
  if (rest.includes('/') && new RegExp(BRAND_PATTERNS.domains, 'u').test(host)) return `"${item}": write the domain alone, without the path: ${host}.`;
  if (/\s/.test(item)) return `"${item}" has a space: a domain is one word, such as happypaws.org.`;
  return `"${item}" is not a domain: write one such as happypaws.org.`;
}

/** What is wrong with a comma-separated list of brand markers; undefined when it will do (an empty one does). */
export function brandProblem(kind: BrandList, answer: string | undefined): string | undefined {
  if (answer && LINE_BREAK.test(answer)) return 'Write it on one line.';
  if (kind === 'names') return undefined;
  for (const item of list(answer)) {
    const problem = markerProblem(kind, item);
    if (problem) return problem;
  }
  return undefined;
}
