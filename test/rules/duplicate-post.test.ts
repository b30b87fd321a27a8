import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-post.js';
import { normalizePostText } from '../../src/core/fingerprint.js';
import { testScheduleFixtures } from '../support/rule-tester.js';

testScheduleFixtures(rule);

describe('normalizePostText', () => {
  it('drops links, case and extra white space', () => {
    const text = '  Hello\n\nWORLD https://x.com/a ';
    expect(normalizePostText(text, [{ start: text.indexOf('https'), end: text.indexOf('https') + 15 }])).toBe('hello world');
  });
});

describe('duplicate-post', () => {
  it('reports nothing per post: it is a collection rule', () => {
    expect(rule.check({} as never)).toEqual([]);
  });
});
