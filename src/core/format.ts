// Numbers as people write them in a one-line note: no float noise, no trailing zeros.

/** Rounds away binary noise (0.7 * 100 → 70) while keeping every digit a person typed. */
export function roundNoise(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

export function formatNumber(n: number, maxDecimals = 4): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(roundNoise(n).toFixed(maxDecimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
