import { PhraseMatcher, sentenceAround, type PhraseMatch } from '../src/core/phrases.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Finding, RuleOptions } from '../src/core/types.js';
import { CATEGORY_GATES, CATEGORY_REASONS, CUSTOM_CATEGORY, OVERSHARING_ENTRIES } from './data/oversharing.js';

/** Options of the `oversharing` rule. */
export interface OversharingOptions extends RuleOptions {
  extraWords: string[];
  allowWords: string[];
}

/** Case-sensitive checks of each list entry, compiled once; `undefined` when an entry has none. */
const SHAPES: (RegExp[] | undefined)[] = OVERSHARING_ENTRIES.map((e) => e.shape?.map((s) => new RegExp(s, 'u')));

/** The gate of each gated category, compiled once. */
const GATES = new Map(Object.entries(CATEGORY_GATES).map(([category, source]) => [category, new RegExp(source, 'iu')]));

/** A matcher and, when it holds a gated category, the gate a text must pass first. */
interface Group {
  gate?: RegExp;
  matcher: PhraseMatcher;
}

/**
 * V8 stops optimising a regular expression whose source passes 20 KB (it can
 * then no longer skip quickly to where a match may start, and runs several
 * times slower), so the ungated entries are split into matchers of at most
 * this many characters of source each.
 */
const MAX_SOURCE_PER_MATCHER = 12_000;

/**
 * The list entries are handed to the matchers under their index, so that a
 * match leads back to its entry (and its shape checks), while extra words
 * keep the category `custom`. Gated categories get a matcher each; the rest,
 * with the extra words, share as few matchers as the size limit allows.
 */
function compile(options: OversharingOptions): Group[] {
  const allow = options.allowWords ?? [];
  const asPhrase = (i: number) => {
    const { shape: _shape, ...e } = OVERSHARING_ENTRIES[i]!;
    return { ...e, category: String(i) };
  };
  const chunks: number[][] = [[]];
  let size = 0;
  OVERSHARING_ENTRIES.forEach((e, i) => {
    if (GATES.has(e.category)) return;
    if (size + e.match.length > MAX_SOURCE_PER_MATCHER && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(i);
    size += e.match.length;
  });
  const groups: Group[] = chunks.map((chunk, n) => ({
    matcher: new PhraseMatcher(
      chunk.map(asPhrase),
      n === 0 ? [{ category: CUSTOM_CATEGORY, words: options.extraWords ?? [] }] : [],
      allow,
    ),
  }));
  for (const [category, gate] of GATES) {
    const entries = OVERSHARING_ENTRIES.flatMap((e, i) => (e.category === category ? [asPhrase(i)] : []));
    groups.push({ gate, matcher: new PhraseMatcher(entries, [], allow) });
  }
  return groups;
}

/** The matchers for some options, compiled once. */
const groupsFor = perOptions(compile);

/** Categories whose matched text is itself the identifying detail: masked in reports unless --no-mask. */
const SENSITIVE_CATEGORIES = new Set<string>(['booking', 'birthdate', 'home-address', 'child-school']);

/** The category of a match: its entry's, or `custom` for extra words. */
function categoryOf(m: PhraseMatch): string {
  return m.category === CUSTOM_CATEGORY ? m.category : OVERSHARING_ENTRIES[Number(m.category)]!.category;
}

/**
 * The matches of all groups in one text, left to right, without overlaps
 * (the earlier, then the longer, wins), and one per category and sentence:
 * "Flying to Cancun for a week, the house will be empty" is one overshare,
 * reported by the entry that comes first in the list.
 */
function matchesIn(text: string, groups: Group[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const { gate, matcher } of groups) {
    if (gate && !gate.test(text)) continue;
    for (const m of matcher.find(text)) {
      if (m.category !== CUSTOM_CATEGORY && SHAPES[Number(m.category)]?.some((shape) => !shape.test(m.text))) continue;
      found.push(m);
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  const apart = found.filter((m) => {
    if (m.start < end) return false;
    end = m.end;
    return true;
  });
  const priority = (m: PhraseMatch) => (m.category === CUSTOM_CATEGORY ? Infinity : Number(m.category));
  const best = new Map<string, PhraseMatch>();
  for (const m of apart) {
    const key = `${sentenceAround(text, m).start} ${categoryOf(m)}`;
    const kept = best.get(key);
    if (!kept || priority(m) < priority(kept)) best.set(key, m);
  }
  const keep = new Set(best.values());
  return apart.filter((m) => keep.has(m));
}

export default defineRule<OversharingOptions>({
  id: 'oversharing',
  description: 'Flags personal details that should not be public: travel plans, IDs, health, money, work secrets and more.',
  messages: {
    overshare: 'Oversharing ({category}): "{match}" {reason}.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description: 'More words or phrases to flag as oversharing (whole words, any case; category "custom").',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Words or phrases whose matches are never reported.',
    },
  },
  defaultSeverity: severities({
    professional: { public: 'error', default: 'warning' },
    personal: { public: 'error', default: 'warning' },
  }),
  // personal-info owns identifiers (an address, a date of birth, an SSN):
  // where it reports one, the situation around it is not reported again.
  yieldsTo: ['personal-info'],
  check({ post, options }) {
    const groups = groupsFor(options);
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      for (const m of matchesIn(segment.text, groups)) {
        const category = categoryOf(m) as keyof typeof CATEGORY_REASONS;
        findings.push({
          messageId: 'overshare',
          field: segment.field,
          span: { start: m.start, end: m.end },
          data: { category, match: m.text.replace(/\s+/g, ' '), reason: CATEGORY_REASONS[category] },
          ...(SENSITIVE_CATEGORIES.has(category) ? { sensitive: ['match'] } : {}),
        });
      }
    }
    return findings;
  },
});
