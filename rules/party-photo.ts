import { PhraseMatcher } from '../src/core/phrases.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Finding } from '../src/core/types.js';
import { PARTY_PHRASES } from './data/party-photo.js';

/** Options of `party-photo`. */
export type PartyPhotoOptions = {
  extraWords: string[];
  allowWords: string[];
};

/** One matcher per distinct options object, compiled on first use. */
const byOptions = new WeakMap<PartyPhotoOptions, PhraseMatcher>();
/** The same matcher for equal word lists held by different objects. */
const byKey = new Map<string, PhraseMatcher>();

function matcherFor(options: PartyPhotoOptions): PhraseMatcher {
  let matcher = byOptions.get(options);
  if (matcher) return matcher;
  const extra = options.extraWords ?? [];
  const allow = options.allowWords ?? [];
  const key = JSON.stringify([extra, allow]);
  matcher = byKey.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher([...PARTY_PHRASES], [{ category: 'custom', words: extra }], allow);
    // Configs hold a handful of option sets; a caller inventing new ones per post must not grow this forever.
    if (byKey.size >= 64) byKey.clear();
    byKey.set(key, matcher);
  }
  byOptions.set(options, matcher);
  return matcher;
}

/**
 * Drinking and partying in a post or its alt texts and captions: keg stands,
 * rounds of shots, hangovers, blackout nights, bar crawls, drinking games.
 */
export default defineRule<PartyPhotoOptions>({
  id: 'party-photo',
  description: 'Reports drinking and partying (keg stands, rounds of shots, hangovers, bar crawls) in a post and its alt texts and captions.',
  messages: {
    partying: '"{match}" reads as partying ({category}); a boss, client or interviewer may read it.',
  },
  options: {
    extraWords: {
      type: 'string[]',
      default: [],
      description: 'More words or phrases to report as partying (whole words, any case; category "custom").',
    },
    allowWords: {
      type: 'string[]',
      default: [],
      description: 'Words or phrases whose matches are never reported, e.g. "wine tasting" for a wine business.',
    },
  },
  defaultSeverity: severities({
    professional: 'error',
    personal: { public: 'error', default: 'warning' },
  }),
  check({ post, options }) {
    const matcher = matcherFor(options);
    const findings: Finding[] = [];
    for (const segment of post.segments) {
      for (const m of matcher.find(segment.text)) {
        findings.push({
          messageId: 'partying',
          field: segment.field,
          span: { start: m.start, end: m.end },
          data: { match: m.text, category: m.category },
        });
      }
    }
    return findings;
  },
});
