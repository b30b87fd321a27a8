import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../src/core/native-regexp.js';

describe('lazyRegExp', () => {
  it('builds and compiles its pattern only when first asked, then reuses it', () => {
    let built = 0;
    const pattern = lazyRegExp(() => {
      built++;
      return 'shots?';
    }, 'iu');
    expect(built).toBe(0);
    const first = pattern();
    expect(built).toBe(1);
    expect(first.test('Vaccine SHOTS today')).toBe(true);
    expect(pattern()).toBe(first);
    expect(built).toBe(1);
  });
});
