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
    expect(maskData({ data: { match: 'ABCDEF', category: 'booking' }, sensitive: ['match'] })).toEqual({ match: '••••EF', category: 'booking' });
    expect(maskData({ data: { match: 'x' } })).toEqual({ match: 'x' });
    expect(maskData({ data: { value: 'a@b.com' }, sensitive: ['value'], masked: { value: 'a•••@b.com' } })).toEqual({ value: 'a•••@b.com' });
  });
});
