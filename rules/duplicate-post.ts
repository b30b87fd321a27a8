import { normalizedTextHash } from '../src/core/fingerprint.js';
import { analyze } from '../src/core/post.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { CollectionFinding, RuleOptions } from '../src/core/types.js';
import { hasBrandMarker } from './business-repost.js';

/** Options of `duplicate-post`. */
export interface DuplicatePostOptions extends RuleOptions {
  withinDays: number;
}

/** What the rule keeps of a post: a hash of its normalised text, and whether it is the business's (the engine keeps its date). */
interface Kept {
  hash: number;
  business: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function day(time: number | undefined): string {
  return time === undefined ? 'no date' : new Date(time).toISOString().slice(0, 10);
}

/**
 * The same post scheduled twice: the same text (case, spacing and links
 * aside) within a few days on one presence, or the business's text on both
 * presences. It looks at the whole run; each duplicate names the other.
 */
export default defineRule<DuplicatePostOptions, Kept>({
  id: 'duplicate-post',
  description: 'Reports the same text scheduled twice within a few days on one presence, or the business\'s text on both presences.',
  messages: {
    sameText: 'The same text is scheduled {days} on the {presence} presence at {other} ({otherDate}): followers see it twice.',
    bothPresences:
      'The same business text is scheduled on the professional presence at {other}: reposting everything the business does spams friends and family.',
  },
  options: {
    withinDays: {
      type: 'number',
      default: 3,
      minimum: 0,
      description: 'Two posts of one presence with the same text are reported when they are scheduled at most this many days apart. Posts without a date are not compared.',
    },
  },
  defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
  check: () => [],
  summarize({ post, config }) {
    const body = post.segments[0];
    if (!body) return undefined;
    const hash = normalizedTextHash(body.text, body.text.includes('.') ? analyze(body).links : []);
    if (hash === undefined) return undefined;
    return {
      value: {
        hash,
        business: post.segments.some((s) => hasBrandMarker(s, config)),
      },
    };
  },
  checkCollection({ posts }) {
    // Columns of what was kept, and the posts ordered by text hash, so that
    // posts with the same text are neighbours: no map of a million groups.
    const n = posts.length;
    const hashes = new Float64Array(n);
    const times = new Float64Array(n);
    const business = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const kept = posts.value(i);
      hashes[i] = kept.hash;
      times[i] = posts.time(i) ?? Number.NaN;
      business[i] = kept.business ? 1 : 0;
    }
    // Ties are broken by file path and place in the file, not by the order the files came in.
    const place = Float64Array.from(hashes.keys(), (i) => posts.order(i));
    const order = Uint32Array.from(hashes.keys()).sort((a, b) => hashes[a]! - hashes[b]! || place[a]! - place[b]! || a - b);
    const findings: CollectionFinding[] = [];
    const where = (i: number) => {
      const post = posts.at(i)!;
      return `${post.file}:${post.line}`;
    };
    for (let start = 0, end = 1; start < n; start = end, end = start + 1) {
      while (end < n && hashes[order[end]!] === hashes[order[start]!]) end++;
      if (end - start < 2) continue;
      const group = Array.from(order.subarray(start, end));
      // On one presence: each dated post against the closest earlier one.
      for (const presence of ['professional', 'personal'] as const) {
        const dated = group
          .filter((i) => posts.presence(i) === presence && !Number.isNaN(times[i]!))
          .sort((a, b) => times[a]! - times[b]! || place[a]! - place[b]! || a - b);
        for (let k = 1; k < dated.length; k++) {
          const earlier = dated[k - 1]!;
          const later = dated[k]!;
          const gap = times[later]! - times[earlier]!;
          if (gap <= posts.options(later).withinDays * DAY_MS) {
            const days = Math.round(gap / DAY_MS);
            findings.push({
              post: later,
              messageId: 'sameText',
              data: {
                days: days === 0 ? 'again the same day' : `again ${days} day${days === 1 ? '' : 's'} later`,
                presence,
                other: where(earlier),
                otherDate: day(times[earlier]),
              },
              related: [earlier],
            });
          }
        }
      }
      // On both presences: the personal copy of the business's text.
      const professional = group.find((i) => posts.presence(i) === 'professional' && business[i]);
      if (professional !== undefined) {
        for (const i of group) {
          if (posts.presence(i) === 'personal' && business[i]) {
            findings.push({ post: i, messageId: 'bothPresences', data: { other: where(professional) }, related: [professional] });
          }
        }
      }
    }
    return findings;
  },
});
