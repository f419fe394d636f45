// Converting a value between units of one quantity (DESIGN §3, "Values"): multipliers (万, 亿) and the
// units of money, mass, area, volume and length (元/万元/亿元, 吨/万吨, 平方米/平方公里/公顷/亩).
import { canonicalUnit } from './units';

/** A base unit per quantity, and each unit's size in it. */
const SIZES: Record<string, { base: string; size: number }> = {
  元: { base: '元', size: 1 },
  t: { base: 't', size: 1 },
  kg: { base: 't', size: 0.001 },
  tce: { base: 'tce', size: 1 },
  m2: { base: 'm2', size: 1 },
  km2: { base: 'm2', size: 1e6 },
  hm2: { base: 'm2', size: 1e4 },
  亩: { base: 'm2', size: 10000 / 15 },
  m3: { base: 'm3', size: 1 },
  l: { base: 'm3', size: 0.001 },
  米: { base: 'm', size: 1 },
  m: { base: 'm', size: 1 },
  km: { base: 'm', size: 1000 },
  kwh: { base: 'kwh', size: 1 },
};

const MULTIPLIERS: [string, number][] = [
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

interface Scaled {
  base: string;
  size: number;
}

/** A known unit's base and size; an own property only (a unit may be any text, `__proto__` too). */
function sizeOf(unit: string): { base: string; size: number } | undefined {
  return Object.prototype.hasOwnProperty.call(SIZES, unit) ? SIZES[unit] : undefined;
}

/** `万吨` → t × 10⁴; `万` alone → '' × 10⁴ (the other side's unit); `人` → 人 × 1. */
function scaleOf(part: string): Scaled {
  let rest = part;
  let size = 1;
  for (let again = true; again; ) {
    again = false;
    for (const [word, factor] of MULTIPLIERS) {
      if (rest.startsWith(word) && !sizeOf(rest)) {
        size *= factor;
        rest = rest.slice(word.length);
        again = true;
        break;
      }
    }
  }
  const known = sizeOf(rest);
  return known ? { base: known.base, size: size * known.size } : { base: rest, size };
}

function split(unit: string): [string, string | null] {
  const c = canonicalUnit(unit);
  const slash = c.indexOf('/');
  return slash < 0 ? [c, null] : [c.slice(0, slash), c.slice(slash + 1)];
}

/** The factor from one side to the other; a bare multiplier takes the other side's unit. */
function partFactor(from: string, to: string): number | null {
  const a = scaleOf(from);
  const b = scaleOf(to);
  if (a.base === '' || b.base === '' || a.base === b.base) return a.size / b.size;
  return null;
}

/**
 * How many `to` one `from` is (1 万吨 = 10000 吨: 10000), or null when the two cannot convert
 * (万元 against 吨, % against 个百分点). A unit written without the denominator of the other
 * (平方米 for 平方米/人) converts on its numerator.
 */
export function conversionFactor(from: string, to: string): number | null {
  if (canonicalUnit(from) === canonicalUnit(to)) return 1;
  const [fromTop, fromBottom] = split(from);
  const [toTop, toBottom] = split(to);
  if (fromTop === '%' || toTop === '%') return null;
  const top = partFactor(fromTop, toTop);
  if (top === null) return null;
  if (fromBottom === null || toBottom === null) return fromBottom === toBottom || fromBottom === null ? top : null;
  const bottom = partFactor(fromBottom, toBottom);
  return bottom === null ? null : top / bottom;
}
