import { describe, expect, it } from 'vitest';
import { PhraseMatcher, type PhraseEntry } from '../src/core/phrases.js';
import { requiredLiterals } from '../src/core/required-literals.js';
import * as businessData from '../rules/data/business-repost.js';
import * as oversharingData from '../rules/data/oversharing.js';
import * as partyData from '../rules/data/party-photo.js';
import { realTweets } from './support/real-posts.js';
import { loadCases } from './support/rule-tester.js';

describe('requiredLiterals', () => {
  it.each([
    ['keg stand', ['keg stand']],
    ['(?:rounds? of|tequila|body) shots', [' shots']],
    ['keg(?:\\s+(?:party|stand)s?)?', ['keg']],
    ['hung\\s*over', ['hung']],
    ['(?:beer|wine)\\s+pong', ['beer', 'wine']],
    ['(?:be|wi)\\s+pong', ['pong']],
    ['(?:beer|wine)', ['beer', 'wine']],
    ["don'?t remember", ['t remember']],
    ['so+ drunk', [' drunk']],
    ['e\\-mail', ['e-mail']],
    ['(?<=x)party', ['party']],
  ])('%s -> %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([['\\d{3}-\\d{4}'], ['[A-Z]{6}'], ['(?:ab|\\d+)'], ['a?b?c?'], ['(?:keg)?'], ['.+ party'.replace(' party', '')], ['\\p{L}+']])(
    'knows nothing of %s',
    (source) => {
      expect(requiredLiterals(source)).toBeUndefined();
    },
  );
});

/** Every list of phrase entries in the built-in rule data. */
function builtInLists(): PhraseEntry[][] {
  return [oversharingData, partyData, businessData].flatMap((data) =>
    Object.values(data).filter((v): v is PhraseEntry[] => Array.isArray(v) && v.every((e) => typeof e?.match === 'string')),
  );
}

describe('the pre-check never changes what a matcher finds', () => {
  const texts: string[] = [];
  for (const id of ['oversharing', 'party-photo', 'business-repost']) {
    for (const side of ['fire', 'pass'] as const) {
      for (const c of loadCases(id, side)) texts.push(c.text, ...(c.media ?? []).flatMap((m) => [m.alt ?? '', m.caption ?? '']));
    }
  }
  texts.push(...realTweets());

  it('on every fixture text and every real tweet', () => {
    const lists = builtInLists();
    expect(lists.length).toBeGreaterThan(3);
    expect(texts.length).toBeGreaterThan(500);
    for (const list of lists) {
      const fast = new PhraseMatcher(list);
      const full = new PhraseMatcher(list, [], [], { prefilter: false });
      for (const text of texts) expect(fast.find(text), text).toEqual(full.find(text));
    }
  });

  it('with letters that case-fold to ASCII, and literals that are prefixes of others in other buckets', () => {
    // Nine entries: the ninth lands in a second bucket, so the two buckets' literals overlap at one place.
    // At "rumble" the one search reports the longest literal, "rumble"; the second bucket's "rum" must still let it through.
    const list = [
      { match: 'rumble', category: 'a', unless: ['veto'] },
      ...Array.from({ length: 7 }, (_, i) => ({ match: `filler${i}`, category: 'a' })),
      { match: 'rum\\w*', category: 'b' },
    ];
    expect(new PhraseMatcher(list).find('rumble veto').map((m) => m.category)).toEqual(['b']);
    for (const text of ['RUM', 'a rum punch', 'RUMBLE', 'rumble veto and rum', '\u017fhot', 'rum\u017f']) {
      const fast = new PhraseMatcher(list);
      const full = new PhraseMatcher(list, [], [], { prefilter: false });
      expect(fast.find(text), text).toEqual(full.find(text));
    }
    const shots = [{ match: 'shots', category: 'shots' }, { match: 'keg', category: 'keg' }];
    // U+017F (long s) and U+212A (Kelvin sign) match s and k under /iu.
    expect(new PhraseMatcher(shots).find('\u017fhots at the \u212Aeg').map((m) => m.category)).toEqual(['shots', 'keg']);
  });

  it('with extra words from the config', () => {
    const extra = [{ category: 'custom', words: ['e-mail blast', 'open bar', 'ab'] }];
    const fast = new PhraseMatcher([{ match: 'keg', category: 'keg' }], extra);
    expect(fast.find('An E-mail  blast and an open bar, ab!').map((m) => m.text)).toEqual(['E-mail  blast', 'open bar', 'ab']);
  });
});

describe('the literals worked out at build time', () => {
  it('are what requiredLiterals gives for every pattern of the built-in lists', async () => {
    // @ts-ignore: written by scripts/build-literals.mjs (npm test builds first).
    const built = (await import('../dist/src/core/literals.generated.js')).default as Map<string, string[] | null>;
    const sources = builtInLists().flat().map((e) => e.match);
    expect(built.size).toBeGreaterThan(200);
    for (const source of sources) expect(built.has(source), source).toBe(true);
    for (const [source, literals] of built) expect(literals, source).toEqual(requiredLiterals(source) ?? null);
  });
});
