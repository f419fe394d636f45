// Units as the plans and workbooks spell them: one canonical spelling per unit, and whether a unit
// written beside a value agrees with the unit of its indicator.
import { normalizeText } from '../text';

/** Equivalent spellings, canonical form first. Matched on the normalised, lower-cased text. */
const SPELLINGS: [string, string[]][] = [
  ['m2', ['平方米', '平米', '㎡', 'm²', 'm^2']],
  ['m3', ['立方米', '㎥', 'm³', 'm^3']],
  ['km2', ['平方公里', '平方千米', 'km²', '㎞²']],
  ['km', ['公里', '千米', '㎞']],
  ['hm2', ['公顷', 'hm²', 'ha']],
  ['ug', ['微克', 'μg', 'µg']],
  ['mg', ['毫克']],
  ['l', ['升']],
  ['kg', ['千克', '公斤']],
  ['t', ['吨']],
  ['tce', ['吨标煤', '吨标准煤', '吨标准煤当量']],
  ['kwh', ['千瓦时']],
  ['db', ['分贝', 'db(a)']],
  ['%', ['百分比', '百分之']],
  ['天', ['日']],
];

const SPELLING_TO_CANONICAL: [string, string][] = SPELLINGS.flatMap(([canonical, spellings]) =>
  spellings.map((s): [string, string] => [s.toLowerCase(), canonical]),
).sort((a, b) => b[0].length - a[0].length);

/** One spelling per unit: 平方米, m2 and ㎡ all become `m2`; 微克/立方米 and μg/m³ become `ug/m3`. */
const canonical = new Map<string, string>();

export function canonicalUnit(unit: string): string {
  const hit = canonical.get(unit);
  if (hit !== undefined) return hit;
  if (canonical.size > 10000) canonical.clear();
  const result = canonicalUncached(unit);
  canonical.set(unit, result);
  return result;
}

function canonicalUncached(unit: string): string {
  let s = normalizeText(unit).toLowerCase().replace(/\s+/g, '').replace(/[每]/g, '/');
  s = s.replace(/^\((.*)\)$/, '$1');
  let out = '';
  let i = 0;
  while (i < s.length) {
    const hit = SPELLING_TO_CANONICAL.find(([spelling]) => s.startsWith(spelling, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += s[i];
      i += 1;
    }
  }
  return out;
}

export function isPercentUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  return canonicalUnit(unit) === '%';
}

/** The part before `/`: 平方米 for 平方米/人. */
function numerator(canonical: string): string {
  const slash = canonical.indexOf('/');
  return slash < 0 ? canonical : canonical.slice(0, slash);
}

export type UnitAgreement = 'same' | 'compatible' | 'mismatch';

/**
 * Whether a unit written in a value's text (`11.3平方米`) agrees with the indicator's unit (`平方米/人`):
 * the same unit in another spelling is `same`, its numerator is `compatible`, anything else is `mismatch`
 * (万元 against 元, % against 个百分点).
 */
export function compareUnits(written: string, expected: string): UnitAgreement {
  const a = canonicalUnit(written);
  const b = canonicalUnit(expected);
  if (a === b) return 'same';
  if (a === numerator(b) || numerator(a) === b) return 'compatible';
  return 'mismatch';
}
