import { canonicalUnit, compareUnits, isPercentUnit } from '../../../src/core/parse/units';

test.each([
  ['平方米', 'm2'],
  ['㎡', 'm2'],
  ['m²', 'm2'],
  ['立方米', 'm3'],
  ['m³', 'm3'],
  ['微克/立方米', 'ug/m3'],
  ['μg/m³', 'ug/m3'],
  ['ug/m3', 'ug/m3'],
  ['吨标准煤/万元', 'tce/万元'],
  ['吨标煤/万元', 'tce/万元'],
  ['平方米/人', 'm2/人'],
  ['公顷', 'hm2'],
  ['％', '%'],
])('%s is written %s', (unit, canonical) => {
  expect(canonicalUnit(unit)).toBe(canonical);
});

test('agreement between a written unit and the indicator unit', () => {
  expect(compareUnits('㎡', '平方米')).toBe('same');
  expect(compareUnits('m3/万元', '立方米/万元')).toBe('same');
  expect(compareUnits('μg/m³', '微克/立方米')).toBe('same');
  expect(compareUnits('平方米', '平方米/人')).toBe('compatible');
  expect(compareUnits('万元', '元')).toBe('mismatch');
  expect(compareUnits('%', '个百分点')).toBe('mismatch');
  expect(compareUnits('吨', '吨标煤/万元')).toBe('mismatch');
});

test('percent units', () => {
  expect(isPercentUnit('%')).toBe(true);
  expect(isPercentUnit('％')).toBe(true);
  expect(isPercentUnit('个百分点')).toBe(false);
  expect(isPercentUnit(null)).toBe(false);
});
