import { describe, expect, it } from 'vitest';
import rule from '../../rules/party-photo.js';
import type { Rule } from '../../src/core/types.js';
import { runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

const found = (text: string, options?: Record<string, unknown>) =>
  runCase(rule as Rule, { text, options }).map((f) => `${f.data?.category}: ${f.match}`);

describe('party-photo', () => {
  it('quotes the match and names the reader', () => {
    const [finding] = runCase(rule as Rule, { text: 'Five rounds of shots and a keg stand' });
    expect(finding!.message).toBe(
      '"Five rounds of shots" reads as partying (shots); a boss, client or interviewer may read it.',
    );
  });

  it('reads every alt text and caption, in segment order', () => {
    const findings = runCase(rule as Rule, {
      text: 'Pub crawl recap',
      media: [{ alt: 'me doing a keg stand', caption: 'so hungover' }, { alt: 'beer pong table' }],
    });
    expect(findings.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'body: Pub crawl',
      'media[0].alt: keg stand',
      'media[0].caption: hungover',
      'media[1].alt: beer pong',
    ]);
  });

  it('adds extraWords as whole words in the category "custom"', () => {
    expect(found('Open bar all night', { extraWords: ['open bar'] })).toEqual(['custom: Open bar']);
    expect(found('reopen bar stools', { extraWords: ['open bar'] })).toEqual([]);
  });

  it('drops matches covered by allowWords, and only those', () => {
    const text = 'Wine crawl downtown, then beer pong';
    expect(found(text)).toEqual(['bar-crawl: Wine crawl', 'drinking-game: beer pong']);
    expect(found(text, { allowWords: ['wine crawl'] })).toEqual(['drinking-game: beer pong']);
  });

  it('compiles once per options object and gives the same answer for equal options', () => {
    const options = { extraWords: ['open bar'], allowWords: [] };
    expect(found('open bar', options)).toEqual(['custom: open bar']);
    expect(found('open bar', { ...options })).toEqual(['custom: open bar']);
    expect(found('open bar')).toEqual([]);
  });

  it('is an error on the professional presence and on a public personal one, a warning otherwise', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'error', followers: 'error', friends: 'error', private: 'error' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'error', followers: 'warning', friends: 'warning', private: 'warning' });
  });

  it('finds nothing in an empty post', () => {
    expect(found('')).toEqual([]);
  });
});
