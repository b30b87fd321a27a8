import { describe, expect, it } from 'vitest';
import rule, { maskWord, preCheck } from '../../rules/profanity.js';
import type { Rule } from '../../src/core/types.js';
import { runCase, type FixtureCase } from '../support/rule-tester.js';
import { testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

const found = (text: string, more: Partial<FixtureCase> = {}) =>
  runCase(rule as Rule, { text, ...more }).map((f) => f.match);

describe('profanity', () => {
  it('names the reader of each presence and never prints the word', () => {
    const [pro] = runCase(rule as Rule, { text: 'fuck this', presence: 'professional' });
    expect(pro!.message).toBe('"f**k" is profanity; on your professional presence it reads as unprofessional.');
    const [personal] = runCase(rule as Rule, { text: 'fuck this' });
    expect(personal!.message).toBe('"f**k" is profanity; your boss, clients and next interviewer read this too.');
    const [slur] = runCase(rule as Rule, { text: 'what a retard' });
    expect(slur!.message).toBe('"r****d" is a slur; your boss, clients and next interviewer read this too.');
  });

  it('masks in code points, keeping the first and last character', () => {
    expect(maskWord('fuck')).toBe('f**k');
    expect(maskWord('ass')).toBe('a**');
    expect(maskWord('fk')).toBe('f*');
    expect(maskWord('ʃṳ𝒸𝗄')).toBe('ʃ**𝗄');
  });

  it('reports spans in UTF-16 code units of the original text', () => {
    for (const prefix of ['', '😀', '👩‍👩‍👧 ', '𝒸𝒸 ', 'é\u0301 ', '\n\n']) {
      const text = `${prefix}fuuuck and sh1t`;
      const findings = runCase(rule as Rule, { text });
      expect(findings.map((f) => f.match), JSON.stringify(prefix)).toEqual(['fuuuck', 'sh1t']);
      expect(findings[0]!.span).toEqual({ start: prefix.length, end: prefix.length + 6 });
    }
  });

  it('catches obfuscated spellings', () => {
    for (const word of ['sh1t', '$hit', 'sh!t', 'f*ck', 'fuuuuuck', 'FUCK', 'a$$hole', '@$$hole', 'b1tch', 'c0ck', 'аss', 'ƒuck']) {
      expect(found(`oh ${word} again`), word).toEqual([word]);
    }
  });

  it('has a pre-check that never rules out a text obscenity finds a word in', () => {
    const words = ['fuck', 'shit', 'ass', 'bitch', 'cunt', 'dick', 'cock', 'pussy', 'twat', 'nigga', 'fag', 'slut', 'whore', 'prick', 'piss', 'bastard', 'wank', 'boob', 'tits', 'arse', 'cum', 'fk', 'fu', 'fuk', 'gangbang', 'dyke', 'spastic', 'abo', 'hooker'];
    const spellings: Record<string, string[]> = { a: ['@', '4', 'A', 'а', 'Ⓐ'], e: ['3', 'е'], i: ['1', '!', '|', 'і'], o: ['0', 'о', '❤'], s: ['$', '5', 'ѕ'], t: ['7', '†'], c: ['(', 'с', '©'], l: ['/', '|'], g: ['6'], u: ['ü', 'µ'], k: ['к'], f: ['ƒ'] };
    const edges = ['', ' ', 'x', '(', '.', '😀', '#', '\n', '1', '_', '-', 'the '];
    let seed = 1;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const missed: string[] = [];
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      let text = edges[random(edges.length)]!;
      for (const ch of words[random(words.length)]!) {
        const options = spellings[ch];
        const c = options && random(3) === 0 ? options[random(options.length)]! : ch;
        text += (random(5) === 0 ? c.toUpperCase() : c).repeat(random(5) === 0 ? 2 + random(3) : 1);
      }
      text += edges[random(edges.length)]! + (random(2) ? 'ing' : '');
      if (!preCheck.matches(text)) continue;
      matched++;
      if (!preCheck.mayMatch(text)) missed.push(text);
    }
    expect(matched).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('reads every alt text and caption, in segment order', () => {
    const findings = runCase(rule as Rule, {
      text: 'shit',
      media: [{ alt: 'fuck', caption: 'bitch' }, { alt: 'twat' }],
    });
    expect(findings.map((f) => `${f.field}: ${f.match}`)).toEqual([
      'body: shit',
      'media[0].alt: fuck',
      'media[0].caption: bitch',
      'media[1].alt: twat',
    ]);
  });

  it('reports a word once, whatever the number of patterns that match it', () => {
    expect(found('shit shitshit fuckshit')).toEqual(['shit', 'shitshit', 'fuckshit']);
  });

  it('adds extraWords as whole words in the category "custom"', () => {
    expect(found('Damn it, hell no', { options: { extraWords: ['damn', 'hell no'] } })).toEqual(['Damn', 'hell no']);
    expect(found('Hello, Hell’s Kitchen', { options: { extraWords: ['hell'] } })).toEqual(['Hell']);
    expect(found('damnation', { options: { extraWords: ['damn'] } })).toEqual([]);
  });

  it('drops matches covered by allowWords, as whole words, and only those', () => {
    expect(found('ass and asshole', { options: { allowWords: ['ass'] } })).toEqual(['asshole']);
    expect(found('Moby Dick is a dick', { options: { allowWords: ['is a dick'] } })).toEqual([]);
  });

  it('gives the same answer for equal options and for new option objects', () => {
    const options = { extraWords: ['crap'], allowWords: [] };
    expect(found('crap', { options })).toEqual(['crap']);
    expect(found('crap', { options: { ...options } })).toEqual(['crap']);
    expect(found('crap')).toEqual([]);
  });

  it('is a warning on the professional presence and a suggestion on the personal one', () => {
    expect(rule.defaultSeverity.professional).toEqual({ public: 'warning', followers: 'warning', friends: 'warning', private: 'warning' });
    expect(rule.defaultSeverity.personal).toEqual({ public: 'suggestion', followers: 'suggestion', friends: 'suggestion', private: 'suggestion' });
  });

  it('finds nothing in an empty post', () => {
    expect(found('')).toEqual([]);
  });
});
