// Evaluating a change target (DESIGN §3: `下降10%`, `较2021年增加800万吨`, `年均增长15%以上`,
// `增长5个百分点`). A change is never a level: it is compared when the value column is itself a change
// (下降率, 增长率, 降幅, 增量 …), or when the table gives the baseline (a 基准值/基期值 column, or the year
// column the target names); otherwise it needs a person, and the message says a baseline is needed.
import type { IndicatorRow, ParsedValue, Threshold } from './types';
import { parseValue } from './parse/value';
import { conversionFactor } from './parse/unit-scale';
import { isPercentUnit } from './parse/units';
import { nameKey } from './text';
import { roundNoise } from './format';

export type ChangeThreshold = Extract<Threshold, { kind: 'change' }>;

/** A name or header that says the value is a change (单位GDP能耗下降率, 增幅, 年均增长). */
const CHANGE_NAME = /(下降|降低|减少|削减|增长|增加|提高|提升|上升)(率|幅度|量|比例|百分点)?$|降幅|增幅|增量|增速|(下降|降低|增长)(率|幅度)/;

export function valueIsChange(row: IndicatorRow): boolean {
  return row.valueHeader !== undefined || CHANGE_NAME.test(nameKey(row.name));
}

export interface ChangeBaseline {
  value: number;
  /** The baseline's year, when known (a year column, or the year the target names). */
  year?: number;
  /** Where it came from, for the message: the named year's column, or a 基准值 column. */
  from: 'year' | 'column';
}

/**
 * The baseline the table gives for this row, or null: the year column the target names, else a
 * 基准值/基期值 column (taken to hold the named year's figure when the target names one).
 */
export function baselineOf(threshold: ChangeThreshold, row: IndicatorRow): ChangeBaseline | null {
  const column = threshold.baseYear === undefined ? undefined : row.years?.find((y) => y.year === threshold.baseYear);
  if (column) {
    const parsed = parseValue(column.value, column.format);
    return parsed.kind === 'number' ? { value: parsed.value, year: column.year, from: 'year' } : null;
  }
  if (row.previous?.baseline) {
    const parsed = parseValue(row.previous.value, row.previous.format);
    if (parsed.kind !== 'number') return null;
    return { value: parsed.value, from: 'column', ...(threshold.baseYear !== undefined ? { year: threshold.baseYear } : {}) };
  }
  return null;
}

export type ChangeOutcome =
  /** `achieved` in the target's terms; `needed`: the level the value had to reach, in the row's unit. */
  | { kind: 'achieved'; achieved: number; unit: string; needed: number }
  | { kind: 'review'; reason: 'baseline-zero' | 'years-unknown' | 'unit' };

/**
 * The change achieved from the baseline to the value, in the target's terms: % relative to the
 * baseline (compounded per year for 年均), 个百分点 as a difference, any other unit as a difference in
 * that unit. Positive in the target's direction (a fall is positive for 下降). With it, the level the
 * target asked for, so that a gap is told in the row's own unit.
 */
export function achievedChange(
  threshold: ChangeThreshold,
  value: Extract<ParsedValue, { kind: 'number' }>,
  baseline: ChangeBaseline,
  rowUnit: string | null,
  valueYear: number | undefined,
): ChangeOutcome {
  const sign = threshold.way === 'down' ? -1 : 1;
  const unit = threshold.unit ?? (isPercentUnit(rowUnit) ? '个百分点' : '%');
  let years = 1;
  if (threshold.annual) {
    const span = baseline.year !== undefined && valueYear !== undefined ? valueYear - baseline.year : null;
    if (!span || span <= 0) return { kind: 'review', reason: 'years-unknown' };
    years = span;
  }
  if (isPercentUnit(unit)) {
    if (baseline.value <= 0) return { kind: 'review', reason: 'baseline-zero' };
    const ratio = (value.value / baseline.value) ** (1 / years);
    const needed = baseline.value * (1 + (sign * threshold.value) / 100) ** years;
    return { kind: 'achieved', achieved: roundNoise(sign * (ratio - 1) * 100), unit: '%', needed: roundNoise(needed) };
  }
  // 个百分点, or an amount: the difference, in the target's unit when it is another than the row's.
  const factor = unit === '个百分点' || !rowUnit ? 1 : conversionFactor(rowUnit, unit);
  if (factor === null) return { kind: 'review', reason: 'unit' };
  const difference = ((value.value - baseline.value) * factor) / years;
  const needed = baseline.value + (sign * threshold.value * years) / factor;
  return { kind: 'achieved', achieved: roundNoise(sign * difference), unit, needed: roundNoise(needed) };
}
