/**
 * The learned layer as the rules use it: what the English model reads in a
 * post where a rule's own reading found nothing of that label. A call
 * counts when its probability reaches `LEARNED_MIN` (chosen by
 * leave-one-set-out cross-validation, PRECISION.md) and its anchor word is
 * meant literally and about the author (the reading layer's cues). Pure.
 */
import { learnedEnglish } from '../../../rules/data/learned-en.js';
import type { Post, Segment } from '../types.js';
import { learnedCalls, type LearnedCall } from './model.js';

export { learnedCalls } from './model.js';
export type { LearnedCall, ModelData } from './model.js';

/** The least probability a learned call needs to become a finding. */
export const LEARNED_MIN = 0.7;

/** Whether a segment is read as English (no language said, or `en`). */
const isEnglish = (segment: Segment): boolean => segment.lang === undefined || segment.lang === 'en';

/**
 * The labels whose learned calls become findings: those where, measured by
 * leave-one-set-out cross-validation (PRECISION.md), the model adds recall
 * to the rules at LEARNED_MIN for at most as many new false alarms as
 * posts found, and keeps every near-miss fixture of the rules' tests quiet.
 * Left out: party-photo, booking, birthdate, money and boss-complaint, where
 * it found as many wrong posts as right ones ("my boss is amazing", "drinking
 * coffee since 6am") or added nothing.
 */
export const LEARNED_LABELS: ReadonlySet<string> = new Set(['oversharing/travel', 'oversharing/child-school', 'oversharing/home-address', 'oversharing/health',
  'oversharing/relationship', 'oversharing/confidential', 'oversharing/badge-id', 'oversharing/sick-skip']);

/**
 * Labels about the author alone: a relative's illness, break-up or sick day
 * is not the author's to hide (a child's school is, and a family's trip
 * empties the author's house too).
 */
const AUTHOR_ONLY = new Set(['oversharing/health', 'oversharing/relationship', 'oversharing/sick-skip']);

/**
 * Whether a call may become a finding: its anchor read literally (not
 * denied, asked, wished, quoted, a title or news, nor about someone else),
 * about the author where the label is the author's alone, and an address
 * only where the place does not open to the public.
 */
export function stands(call: LearnedCall): boolean {
  if (!LEARNED_LABELS.has(call.label) || !call.literal) return false;
  if (AUTHOR_ONLY.has(call.label) && call.cues.about === 'family') return false;
  // A place that opens is a business's, not a home ("our new place at 123 Main St opens Saturday").
  if (call.label === 'oversharing/home-address' && OPENING.test(call.sentence)) return false;
  return true;
}

const OPENING = /\b(?:opens|opening|now open|open(?:ed)? (?:on|from|at|today|tomorrow|this))\b/i;

/** A learned call placed in its segment. */
export interface LearnedFinding extends LearnedCall {
  segment: Segment;
}

/**
 * The calls of the English model on the English segments of a post whose
 * label starts with `prefix` (`oversharing/`, `party-photo`), that reach
 * `LEARNED_MIN` and read literally, strongest first.
 */
export function learnedFindings(post: Post, prefix: string): LearnedFinding[] {
  const segments = post.segments.filter(isEnglish).filter((s) => /\p{L}/u.test(s.text));
  if (!segments.length) return [];
  return learnedCalls(segments.map((s) => s.text), learnedEnglish(), LEARNED_MIN)
    .filter((c) => c.label.startsWith(prefix) && stands(c))
    .sort((a, b) => b.probability - a.probability)
    .map((c) => ({ ...c, segment: segments[c.text]! }));
}

/** A finding's cues for a learned call: `learned`, the word that weighed most as its trigger, then the others. */
export function learnedCues(call: LearnedCall): string[] {
  const [first, ...rest] = call.words;
  return ['learned', ...(first ? [`trigger:${first}`] : []), ...rest.map((w) => `learned:${w}`)];
}
