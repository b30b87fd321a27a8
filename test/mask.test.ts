import { describe, expect, it } from 'vitest';
import { maskData, maskValue } from '../src/core/mask.js';

describe('maskValue', () => {
  it.each([
    ['555-123-4567', '•••-•••-••67'],
    ['XKJ4PL', '••••PL'],
    ['12 Elm St', '•• ••• St'],
    ['ab1', '•••'],
    ['my address is 12 Elm St', '•• ••••••• •• •• ••• St'],
  ])('%s -> %s', (value, masked) => {
    expect(maskValue(value)).toBe(masked);
  });
  it('masks only the named keys', () => {
    expect(maskData({ match: 'ABCDEF', category: 'booking' }, ['match'])).toEqual({ match: '••••EF', category: 'booking' });
    expect(maskData({ match: 'x' }, undefined)).toEqual({ match: 'x' });
  });
});
