import { PhraseMatcher } from '../src/core/phrases.js';
import { defineRule, perOptions, severities } from '../src/core/rule.js';
import type { Finding } from '../src/core/types.js';
import { PARTY_PHRASES } from './data/party-photo.js';

/** Options of `party-photo`. */
export type PartyPhotoOptions = {
  extraWords: string[];
  allowWords: string[];
};

/** The matcher for some options, compiled once. */
const matcherFor = perOptions(
  (options: PartyPhotoOptions) =>
    new PhraseMatcher([...PARTY_PHRASES], [{ category: 'custom', words: options.extraWords ?? [] }], options.allowWords ?? []),
);

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
