import { hash53, normalizePostText } from '../src/core/fingerprint.js';
import { analyze } from '../src/core/post.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { CollectionFinding, RuleOptions } from '../src/core/types.js';
import { hasBrandMarker } from './business-repost.js';

/** Options of `duplicate-post`. */
export interface DuplicatePostOptions extends RuleOptions {
  withinDays: number;
}

/** What the rule keeps of a post: a hash of its normalised text, when it is scheduled, whether it is the business's. */
interface Kept {
  hash: number;
  time: number | undefined;
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
    const normalized = normalizePostText(body.text, body.text.includes('.') ? analyze(body).links : []);
    if (!normalized) return undefined;
    return {
      value: {
        hash: hash53(normalized),
        time: post.date?.getTime(),
        business: post.segments.some((s) => hasBrandMarker(s, config)),
      },
    };
  },
  checkCollection({ posts }) {
    const groups = new Map<number, number[]>();
    posts.forEach((p, i) => {
      const group = groups.get(p.value.hash);
      if (group) group.push(i);
      else groups.set(p.value.hash, [i]);
    });
    const findings: CollectionFinding[] = [];
    const where = (i: number) => `${posts[i]!.file}:${posts[i]!.line}`;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // On one presence: each dated post against the closest earlier one.
      for (const presence of ['professional', 'personal'] as const) {
        const dated = group
          .filter((i) => posts[i]!.presence === presence && posts[i]!.value.time !== undefined)
          .sort((a, b) => posts[a]!.value.time! - posts[b]!.value.time! || a - b);
        for (let k = 1; k < dated.length; k++) {
          const earlier = dated[k - 1]!;
          const later = dated[k]!;
          const gap = posts[later]!.value.time! - posts[earlier]!.value.time!;
          if (gap <= posts[later]!.options.withinDays * DAY_MS) {
            const days = Math.round(gap / DAY_MS);
            findings.push({
              post: later,
              messageId: 'sameText',
              data: {
                days: days === 0 ? 'again the same day' : `again ${days} day${days === 1 ? '' : 's'} later`,
                presence,
                other: where(earlier),
                otherDate: day(posts[earlier]!.value.time),
              },
            });
          }
        }
      }
      // On both presences: the personal copy of the business's text.
      const professional = group.find((i) => posts[i]!.presence === 'professional' && posts[i]!.value.business);
      if (professional !== undefined) {
        for (const i of group) {
          if (posts[i]!.presence === 'personal' && posts[i]!.value.business) {
            findings.push({ post: i, messageId: 'bothPresences', data: { other: where(professional) } });
          }
        }
      }
    }
    return findings;
  },
});
