// The change a row achieved against its baseline, in the target's terms, and where the baseline comes from.
import type { IndicatorRow, RawValue } from '../../src/core/types';
import { parseThreshold } from '../../src/core/parse/threshold';
import { achievedChange, baselineOf, valueIsChange, type ChangeThreshold } from '../../src/core/evaluate-change';

function change(text: string): ChangeThreshold {
  const t = parseThreshold(text);
  if (t?.kind !== 'change') throw new Error(`${text} is not a change`);
  return t;
}

function row(fields: Partial<IndicatorRow>): IndicatorRow {
  return { sheet: 's', row: 1, name: '化学需氧量排放量', nameCol: 0, valueCol: 3, value: null, ...fields };
}

const number = (value: number) => ({ kind: 'number' as const, value, text: String(value) });

test('a value column or a name that is itself a change', () => {
  expect(valueIsChange(row({ name: '单位GDP能耗下降率' }))).toBe(true);
  expect(valueIsChange(row({ name: '能源消耗总量年均增长' }))).toBe(true);
  expect(valueIsChange(row({ name: '化学需氧量排放量', valueHeader: '降幅' }))).toBe(true);
  expect(valueIsChange(row({ name: '化学需氧量排放量' }))).toBe(false);
});

test('the baseline: the year column the target names, else a 基准值 column, never last year\'s value', () => {
  const years = [{ year: 2021, col: 4, value: 4100 as RawValue }, { year: 2023, col: 5, value: 5000 as RawValue }];
  expect(baselineOf(change('较2021年增加800万吨'), row({ years }))).toEqual({ value: 4100, year: 2021, from: 'year' });
  expect(baselineOf(change('较2019年增加800万吨'), row({ years }))).toBeNull();
  const baseline = { col: 2, value: 100 as RawValue, baseline: true };
  expect(baselineOf(change('下降10%'), row({ previous: baseline }))).toEqual({ value: 100, from: 'column' });
  expect(baselineOf(change('下降10%'), row({ previous: { col: 2, value: 100, year: 2022 } }))).toBeNull();
  expect(baselineOf(change('下降10%'), row({ previous: { ...baseline, value: '待定' } }))).toBeNull();
});

test('relative, compounded, in points, in another unit', () => {
  expect(achievedChange(change('下降10%'), number(85), { value: 100, from: 'column' }, '吨', undefined)).toEqual({
    kind: 'achieved', achieved: 15, unit: '%', needed: 90,
  });
  const annual = achievedChange(change('年均增长15%以上'), number(121), { value: 100, year: 2021, from: 'year' }, '万标箱', 2023);
  expect(annual).toMatchObject({ kind: 'achieved', unit: '%', needed: 132.25 });
  expect((annual as { achieved: number }).achieved).toBeCloseTo(10, 6);
  expect(achievedChange(change('增长5个百分点'), number(46), { value: 40, from: 'column' }, '%', undefined)).toEqual({
    kind: 'achieved', achieved: 6, unit: '个百分点', needed: 45,
  });
  // 800万吨 against a row kept in 吨.
  expect(achievedChange(change('较2021年增加800万吨'), number(50_000_000), { value: 41_000_000, year: 2021, from: 'year' }, '吨', 2023)).toEqual({
    kind: 'achieved', achieved: 900, unit: '万吨', needed: 49_000_000,
  });
});

test('what cannot be computed is a reason to review', () => {
  expect(achievedChange(change('下降10%'), number(5), { value: 0, from: 'column' }, '吨', undefined)).toEqual({ kind: 'review', reason: 'baseline-zero' });
  expect(achievedChange(change('年均增长15%以上'), number(5), { value: 4, from: 'column' }, '个', undefined)).toEqual({ kind: 'review', reason: 'years-unknown' });
  expect(achievedChange(change('较2021年增加800万吨'), number(5), { value: 4, year: 2021, from: 'year' }, '万元', 2023)).toEqual({ kind: 'review', reason: 'unit' });
});
