// What a department may enter in a return's value cells: a number with bounds that no real value
// breaks, or 是/否 for a qualitative target; and in its 填报日期 field, a date. The hosts turn the rule into Excel's data validation.
import type { CatalogIndicator } from '../types';
import { normalizeText } from '../text';
import { parseThreshold } from '../parse/threshold';
import { isPercentUnit } from '../parse/units';

export type EntryRule =
  /** A decimal number; a null bound is open. Both bounds null: any number. */
  | { kind: 'decimal'; min: number | null; max: number | null }
  /** One of the items (是 / 否), offered in a drop-down. */
  | { kind: 'list'; items: string[] }
  /** A date from 1 January of the year `from` to 31 December of the year `to` (the 填报日期 field). */
  | { kind: 'date'; from: number; to: number };

export const YES_NO = ['是', '否'];

/** A reduction (下降率, 降低幅度): at most 100%, negative when the thing grew. */
const REDUCTION = /下降|降低|减少|削减|减排/;
/** A growth or change (增长率, 增幅, 变化率, 年增量): negative when the thing shrank. */
const CHANGE = /增长|增幅|增速|增量|增加(?!值)|提高|上升|变化|变动|幅度/;
/** A rate that can pass 100% (a plan over-fulfilled). */
const OVER_HUNDRED = /完成率|完成比例|执行率|超额|倍/;
/** Names of measured quantities: a number is expected even under a worded target. */
const QUANTITY = /率|比例|比重|占比|浓度|指数|幅度|面积|长度|数量|总量|用量|用水量|能耗|排放量|天数|人数|个数|收入|产值|增加值|投资|(?<!质)量$|[数值]$/;

/** Percentage points (个百分点): a change of a percentage, between −100 and 100. */
function isPercentagePoints(unit: string | null | undefined): boolean {
  return !!unit && /百分点/.test(normalizeText(unit));
}

function isPermille(unit: string | null | undefined): boolean {
  return !!unit && /‰|千分/.test(normalizeText(unit));
}

/** True when the indicator is answered with 是/否 rather than a number. */
function isQualitative(indicator: CatalogIndicator): boolean {
  const threshold = parseThreshold(indicator.target);
  const worded = threshold === null || threshold.kind === 'qualitative' || threshold.kind === 'trend';
  if (!worded) return false;
  const name = normalizeText(indicator.name).replace(/\s+/g, '');
  return !indicator.unit?.trim() && !QUANTITY.test(name);
}

/** The entry rule of an indicator's value and previous-year cells. */
export function entryRuleOf(indicator: CatalogIndicator): EntryRule {
  if (isQualitative(indicator)) return { kind: 'list', items: YES_NO };
  const name = normalizeText(indicator.name).replace(/\s+/g, '');
  const { unit } = indicator;
  if (isPercentagePoints(unit)) return { kind: 'decimal', min: -100, max: 100 };
  const scale = isPermille(unit) ? 1000 : isPercentUnit(unit) ? 100 : null;
  if (scale !== null) {
    // Reduction rate: (old − new) / old ≤ 100%; growth rate: (new − old) / old ≥ −100%.
    if (OVER_HUNDRED.test(name)) return { kind: 'decimal', min: 0, max: null };
    if (REDUCTION.test(name)) return { kind: 'decimal', min: null, max: scale };
    if (CHANGE.test(name)) return { kind: 'decimal', min: -scale, max: null };
    return { kind: 'decimal', min: 0, max: scale };
  }
  // An amount changed (增加800万吨, 森林蓄积量增量) may be negative; counts and amounts may not.
  if (CHANGE.test(name) || REDUCTION.test(name)) return { kind: 'decimal', min: null, max: null };
  return { kind: 'decimal', min: 0, max: null };
}

/** How a host writes a decimal rule: Excel has no "any number", so an open rule is a very wide range. */
export const OPEN_BOUND = 1e15;

export type DecimalCondition =
  | { operator: 'between'; formula1: number; formula2: number }
  | { operator: 'greaterThanOrEqual'; formula1: number }
  | { operator: 'lessThanOrEqual'; formula1: number };

export function decimalCondition(rule: { min: number | null; max: number | null }): DecimalCondition {
  const { min, max } = rule;
  if (min !== null && max === null) return { operator: 'greaterThanOrEqual', formula1: min };
  if (min === null && max !== null) return { operator: 'lessThanOrEqual', formula1: max };
  return { operator: 'between', formula1: min ?? -OPEN_BOUND, formula2: max ?? OPEN_BOUND };
}
