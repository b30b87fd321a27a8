import { describe, expect, it } from 'vitest';
import * as businessData from '../rules/data/business-repost.js';
import * as oversharingData from '../rules/data/oversharing.js';
import * as partyData from '../rules/data/party-photo.js';
import { assertNoCaptures, PhraseMatcher, phraseSource, sentenceAround } from '../src/core/phrases.js';

const matcher = new PhraseMatcher(
  [
    { match: '(?:rounds? of|tequila|body) shots', category: 'drinking' },
    { match: 'shots', category: 'shots', requires: ['bar', 'tequila'] },
    { match: 'keg(?:\\s+(?:party|stand)s?)?', category: 'keg', unless: ['lemonade'] },
    { match: 'spare key', category: 'home', requiresInText: ['away'] },
  ],
  [{ category: 'custom', words: ['open bar'] }],
  ['body shots'],
);

const found = (text: string) => matcher.find(text).map((m) => `${m.category}:${m.text}`);

describe('PhraseMatcher', () => {
  it('agrees with the regex engine on which built-in entries capture', () => {
    let checked = 0;
    for (const data of [oversharingData, partyData, businessData]) {
      for (const list of Object.values(data).filter(Array.isArray)) {
        for (const entry of list as { match?: string }[]) {
          if (typeof entry?.match !== 'string') continue;
          const groups = new RegExp(`(?:${entry.match})|`, 'u').exec('')!.length - 1;
          expect(groups, entry.match).toBe(0);
          expect(() => assertNoCaptures(entry.match!)).not.toThrow();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('matches phrases at word boundaries, any case', () => {
    expect(found('Three ROUNDS OF SHOTS at the bar')).toEqual(['drinking:ROUNDS OF SHOTS']);
    expect(found('kegs are not a keg')).toEqual(['keg:keg']);
    expect(found('a kegstand')).toEqual([]);
  });
  it('honours requires and unless in the same sentence', () => {
    expect(found('took shots at the bar')).toEqual(['shots:shots']);
    expect(found('vaccine shots for the puppy')).toEqual([]);
    expect(found('keg party. lemonade later')).toEqual(['keg:keg party']);
    expect(found('a keg of lemonade')).toEqual([]);
  });
  it('tries the later entries at the place where an earlier one was vetoed', () => {
    const m = new PhraseMatcher([
      { match: 'told work I was sick', category: 'told', requires: ['lol'] },
      { match: 'told work', category: 'work' },
      { match: 'sick', category: 'sick' },
    ]);
    const at = (text: string) => m.find(text).map((x) => `${x.category}:${x.text}`);
    expect(at('told work I was sick lol')).toEqual(['told:told work I was sick']);
    // Vetoed (no "lol"): "told work" at the same place, then "sick" later.
    expect(at('told work I was sick')).toEqual(['work:told work', 'sick:sick']);
    // The same with the pre-checks off.
    const plain = new PhraseMatcher([
      { match: 'told work I was sick', category: 'told', requires: ['lol'] },
      { match: 'told work', category: 'work' },
    ], [], [], { prefilter: false });
    expect(plain.find('told work I was sick').map((x) => x.category)).toEqual(['work']);
  });
  it('checks an entry\'s shape case-sensitively on the match, and a refused shape hides no later entry', () => {
    const m = new PhraseMatcher([
      { match: 'at [a-z]+ ns', category: 'school', shape: ['NS$'] },
      { match: 'at [a-z]+', category: 'place' },
    ]);
    const at = (text: string) => m.find(text).map((x) => `${x.category}:${x.text}`);
    expect(at('at Scoil NS today')).toEqual(['school:at Scoil NS']);
    expect(at('at scoil ns today')).toEqual(['place:at scoil']);
  });
  it('honours requiresInText anywhere in the text', () => {
    expect(found('Away all week. The spare key is under the mat')).toEqual(['home:spare key']);
    expect(found('I lost my spare key')).toEqual([]);
  });
  it('adds extra words and drops allowed ones', () => {
    expect(found('an OPEN  bar tonight')).toEqual(['custom:OPEN  bar']);
    expect(found('body shots')).toEqual([]);
  });
  it('treats letters of any script as word characters', () => {
    expect(found('ökeg')).toEqual([]);
  });
  it('rejects capturing groups in list entries', () => {
    expect(() => new PhraseMatcher([{ match: '(a|b)', category: 'x' }])).toThrow(/must not capture/);
    expect(() => assertNoCaptures('x(?<name>y)')).toThrow(/must not capture/);
    expect(() => assertNoCaptures('(?:a|b)(?=c)(?!d)(?<=e)(?<!f)[(]\\(')).not.toThrow();
  });
  it('escapes plain phrases', () => {
    expect(phraseSource(' a.b  c ')).toBe('a\\.b\\s+c');
  });
  it('finds the sentence around a span', () => {
    const text = 'First one. Second one here! Third';
    const s = sentenceAround(text, { start: 18, end: 21 });
    expect(text.slice(s.start, s.end)).toBe(' Second one here');
  });
  it('does not end a sentence at the full stop of an abbreviation', () => {
    const text = 'Zahnarztpraxis Dr. Huber nimmt neue Patienten, Tel. +43 662 555 0190. Echt nett';
    const at = text.indexOf('+43');
    const s = sentenceAround(text, { start: at, end: at + 3 });
    expect(text.slice(s.start, s.end)).toBe('Zahnarztpraxis Dr. Huber nimmt neue Patienten, Tel. +43 662 555 0190');
    // A word that only ends in an abbreviation's letters ("Guitar.") ends its sentence.
    const other = 'I play guitar. Then home';
    const t = sentenceAround(other, { start: 16, end: 20 });
    expect(other.slice(t.start, t.end)).toBe(' Then home');
  });
});
