// Splitting long lists into batches under a size limit: address lists for Excel's multi-area
// ranges (whose address strings fail somewhere above ~8,200 characters), and requests that must
// stay under a payload limit.

/**
 * Groups items in order so that the sizes in each group add up to at most `budget`. An item larger
 * than the budget on its own gets a group of its own: it cannot be split here.
 */
export function packBySize<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Joins addresses with `separator` into strings of at most `maxChars` characters each (an address
 * longer than that on its own is returned alone).
 */
export function addressBatches(addresses: readonly string[], maxChars = 8000, separator = ','): string[] {
  return packBySize(addresses, (a) => a.length + separator.length, maxChars + separator.length).map((group) =>
    group.join(separator),
  );
}
