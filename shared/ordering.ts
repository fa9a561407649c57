import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order keys (fractional indexing): an item between `before` and `after` gets a key that sorts
 * between theirs, so a move rewrites one row, never the whole column. Keys compare as plain
 * strings by code unit (SQLite's BINARY collation does the same), never with localeCompare.
 */
export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

export function compareKeys(a: { position: string; id: string }, b: { position: string; id: string }): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  // Two clients can place a card at the same spot at once; the id keeps the order stable.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where `item` goes in a list sorted by `compareKeys` (binary search): before the first that sorts after it. */
export function indexInOrder<T extends { position: string; id: string }>(sorted: readonly T[], item: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareKeys(sorted[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where an item lands when it is put right after `afterId` (or first, when `afterId` is null). */
export function keyAfter<T extends { id: string; position: string }>(
  sortedSiblings: readonly T[],
  afterId: string | null,
): string {
  if (afterId === null) return keyBetween(null, sortedSiblings[0]?.position ?? null);
  const index = sortedSiblings.findIndex((s) => s.id === afterId);
  const before = sortedSiblings[index];
  if (!before) throw new Error(`keyAfter: ${afterId} is not among the siblings`);
  return keyBetween(before.position, sortedSiblings[index + 1]?.position ?? null);
}

/** `n` keys in order between `before` and `after`: a multi-card move rewrites only the moved rows. */
export function keysBetween(before: string | null, after: string | null, n: number): string[] {
  return generateNKeysBetween(before, after, n);
}

/** True when `key` is an order key the core could have handed out. */
export function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
