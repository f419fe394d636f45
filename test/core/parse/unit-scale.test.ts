// Converting values between units of one quantity: multipliers, money, mass, area; what cannot convert.
import fc from 'fast-check';
import { conversionFactor } from '../../../src/core/parse/unit-scale';

test.each([
  ['万吨', '吨', 10000],
  ['萬噸', '吨', 10000],
  ['万', '吨', 10000],
  ['亿元', '万元', 10000],
  ['万元', '元', 10000],
  ['公顷', '亩', 15],
  ['平方公里', '公顷', 100],
  ['万亩', '亩', 10000],
  ['平方米', '平方米/人', 1],
  ['万元/亩', '元/亩', 10000],
  ['千克', '吨', 0.001],
  ['吨标煤/万元', '吨标准煤/万元', 1],
])('1 %s is %s %s', (from, to, factor) => {
  expect(conversionFactor(from, to)).toBeCloseTo(factor, 9);
});

test.each([
  ['万元', '吨'],
  ['%', '个百分点'],
  ['吨', '吨标煤/万元'],
  ['个', '家'],
])('%s and %s do not convert', (from, to) => {
  expect(conversionFactor(from, to)).toBeNull();
});

test('never throws, on any pair of strings', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const f = conversionFactor(a, b);
      expect(f === null || Number.isFinite(f)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('a unit named like an object property is no known unit (found by the property test)', () => {
  expect(conversionFactor('', '__proto__')).not.toBeNaN();
  expect(Number.isFinite(conversionFactor('__proto__', '吨') ?? 0)).toBe(true);
  expect(Number.isFinite(conversionFactor('constructor', 'toString') ?? 0)).toBe(true);
});
