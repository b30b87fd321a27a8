/**
 * Appends every item to `target`. `target.push(...items)` passes each item
 * as an argument, and more than about 120,000 of them overflow the stack: a
 * hostile file can make that many problems or candidates.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
