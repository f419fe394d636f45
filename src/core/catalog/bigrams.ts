// Character bigrams of a name key and the Dice similarity of two bigram multisets: the measure
// behind a fuzzy catalog match.

/** The bigram multiset of a key; a one-character key is its own single gram. */
export function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  if (!/[\ud800-\udfff]/.test(key)) {
    // No surrogate pairs: a character is a code unit.
    if (key.length === 1) grams.set(key, 1);
    for (let i = 0; i + 1 < key.length; i++) {
      const g = key.slice(i, i + 2);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
    return grams;
  }
  const chars = [...key];
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function gramTotal(grams: Map<string, number>): number {
  let total = 0;
  for (const n of grams.values()) total += n;
  return total;
}

/** Dice similarity of two bigram multisets, 0…1. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = gramTotal(a) + gramTotal(b);
  if (total === 0) return 0;
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return (2 * common) / total;
}
