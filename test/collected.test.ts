import { describe, expect, it } from 'vitest';
import { CollectedStore, type CollectedRow } from '../src/core/collected.js';

function row(i: number, value: unknown, extra: Partial<CollectedRow> = {}): CollectedRow {
  return {
    file: `posts/${i % 3}.csv`,
    post: i,
    presence: i % 2 ? 'personal' : 'professional',
    time: i % 5 === 0 ? undefined : Date.UTC(2027, 0, 1) + i * 60_000,
    line: i + 2,
    column: (i % 7) + 1,
    endLine: i + 3,
    endColumn: (i % 11) + 1,
    field: i % 4 ? 'body' : 'alt[0]',
    options: { maxPerWeek: i % 2 },
    value,
    severity: (['suggestion', 'warning', 'error'] as const)[i % 3]!,
    key: `key-${i % 3}`,
    textHash: 2 ** 52 + i * 7919,
    ...extra,
  };
}

describe('CollectedStore', () => {
  it('gives back every row it was given, across chunk boundaries', () => {
    const store = new CollectedStore<unknown, Record<string, unknown>, string>();
    const optionSets = [{ maxPerWeek: 0 }, { maxPerWeek: 1 }];
    const rows: CollectedRow[] = [];
    // Row 7 spans more lines than a Uint16 holds.
    for (let i = 0; i < 40_000; i++) {
      const r = row(i, { hash: i * 31 - 5, time: i % 5 === 0 ? undefined : i, business: i % 3 === 0, tag: i % 2 ? 'a' : 'b', none: null }, { options: optionSets[i % 2]!, key: `key-${i % 3}`, ...(i === 7 ? { endLine: 70_000 } : {}) });
      rows.push(r);
      store.push(r, i % 1000 === 0 ? `extra ${i}` : undefined);
    }
    expect(store.length).toBe(40_000);
    for (const i of [0, 1, 7, 16_383, 16_384, 16_385, 32_767, 32_768, 39_999]) {
      expect(store.row(i)).toEqual(rows[i]);
      expect(store.options(i)).toBe(optionSets[i % 2]);
      expect(store.extra(i)).toBe(i % 1000 === 0 ? `extra ${i}` : undefined);
    }
    // An explicit undefined stays a key with the value undefined.
    expect(Object.hasOwn(store.value(0) as object, 'time')).toBe(true);
  });

  it('keeps values that are not flat records as they are', () => {
    const store = new CollectedStore();
    const nested = { list: [1, 2], inner: { a: 1 } };
    class Custom {
      n = 1;
    }
    const custom = new Custom();
    store.push(row(0, nested));
    store.push(row(1, 42));
    store.push(row(2, 'text'));
    store.push(row(3, custom));
    store.push(row(4, undefined));
    store.push(row(5, { flat: -0, nan: Number.NaN, big: 2 ** 53 - 1 }));
    expect(store.value(0)).toBe(nested);
    expect(store.value(1)).toBe(42);
    expect(store.value(2)).toBe('text');
    expect(store.value(3)).toBe(custom);
    expect(store.value(4)).toBeUndefined();
    expect(store.time(4)).toBe(Date.UTC(2027, 0, 1) + 4 * 60_000);
    expect(store.time(5)).toBeUndefined();
    expect(store.value(5)).toEqual({ flat: -0, nan: Number.NaN, big: 2 ** 53 - 1 });
    expect(Object.is((store.value(5) as { flat: number }).flat, -0)).toBe(true);
  });

  it('reads like an array through at() and iteration, with dates', () => {
    const store = new CollectedStore();
    for (let i = 0; i < 6; i++) store.push(row(i, { i }));
    expect(store.at(6)).toBeUndefined();
    expect(store.at(-7)).toBeUndefined();
    expect(store.at(1.5)).toBeUndefined();
    expect(store.at(-1)?.post).toBe(5);
    const first = store.at(0)!;
    expect(first.date).toBeUndefined();
    expect(store.at(1)!.date).toEqual(new Date(Date.UTC(2027, 0, 1) + 60_000));
    expect([...store].map((p) => p.value)).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ i })));
    expect(first).toEqual({ file: 'posts/0.csv', post: 0, presence: 'professional', date: undefined, line: 2, column: 1, options: { maxPerWeek: 0 }, value: { i: 0 } });
  });

  it('keeps rows whose records have different keys apart', () => {
    const store = new CollectedStore();
    store.push(row(0, { a: 1 }));
    store.push(row(1, { b: true }));
    store.push(row(2, {}));
    expect(store.value(0)).toEqual({ a: 1 });
    expect(store.value(1)).toEqual({ b: true });
    expect(store.value(2)).toEqual({});
  });

  it('orders posts by file path, then place in the file, whatever order they came in', () => {
    const store = new CollectedStore();
    const at = (file: string, post: number) => row(post, {}, { file, post });
    store.push(at('b.csv', 1));
    store.push(at('a.csv', 7));
    store.push(at('b.csv', 0));
    store.push(at('a.csv', 2));
    const byOrder = [0, 1, 2, 3].sort((x, y) => store.order(x) - store.order(y)).map((i) => `${store.at(i)!.file}#${store.at(i)!.post}`);
    expect(byOrder).toEqual(['a.csv#2', 'a.csv#7', 'b.csv#0', 'b.csv#1']);
    // A file added later takes its place among the others.
    store.push(at('a0.csv', 0));
    expect(store.order(4)).toBeLessThan(store.order(2));
    expect(store.order(4)).toBeGreaterThan(store.order(1));
  });
});
