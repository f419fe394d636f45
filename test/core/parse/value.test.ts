import fc from 'fast-check';
import type { ParsedValue, RawValue } from '../../../src/core/types';
import { isDateFormat, isLiteralPercentFormat, isPercentFormat, parseValue, serialToIsoDate } from '../../../src/core/parse/value';

const cases: [RawValue, string | null, ParsedValue][] = [
  [85, null, { kind: 'number', value: 85, text: '85' }],
  [0.85, '0.0%', { kind: 'number', value: 85, percent: true, text: '85%' }],
  [0.7, '0%', { kind: 'number', value: 70, percent: true, text: '70%' }],
  [0.853, '0.00%;[Red]-0.00%', { kind: 'number', value: 85.3, percent: true, text: '85.3%' }],
  // a quoted "%" shows the sign without scaling: the stored number is already the percentage
  [0.85, '0.00"%"', { kind: 'number', value: 0.85, percent: true, text: '0.85%' }],
  [85, '0.0"%"', { kind: 'number', value: 85, percent: true, text: '85%' }],
  [85, '0.0\\%', { kind: 'number', value: 85, percent: true, text: '85%' }],
  [45000, 'yyyy-mm-dd', { kind: 'date', text: '2023-03-15' }],
  [45000, 'yyyy"年"m"月"d"日"', { kind: 'date', text: '2023-03-15' }],
  [12.5, '#,##0.00_);[Red](#,##0.00)', { kind: 'number', value: 12.5, text: '12.5' }],
  [3, '0.0E+00', { kind: 'number', value: 3, text: '3' }],
  ['85%', null, { kind: 'number', value: 85, unit: '%', percent: true, text: '85%' }],
  ['８５％', null, { kind: 'number', value: 85, unit: '%', percent: true, text: '85%' }],
  ['８５', null, { kind: 'number', value: 85, text: '85' }],
  ['50,000', null, { kind: 'number', value: 50000, text: '50,000' }],
  ['1,234.5万元', null, { kind: 'number', value: 1234.5, unit: '万元', text: '1,234.5万元' }],
  ['11.3平方米', null, { kind: 'number', value: 11.3, unit: '平方米', text: '11.3平方米' }],
  ['32 微克/立方米', null, { kind: 'number', value: 32, unit: '微克/立方米', text: '32 微克/立方米' }],
  [' 72.5 ', null, { kind: 'number', value: 72.5, text: '72.5' }],
  ['-3.2', null, { kind: 'number', value: -3.2, text: '-3.2' }],
  ['约85%', null, { kind: 'number', value: 85, unit: '%', percent: true, text: '约85%' }],
  ['約85%', null, { kind: 'number', value: 85, unit: '%', percent: true, text: '约85%' }],
  ['85%左右', null, { kind: 'number', value: 85, unit: '%', percent: true, text: '85%左右' }],
  ["'92.5", null, { kind: 'number', value: 92.5, text: '92.5' }],
  ['’92.5%', null, { kind: 'number', value: 92.5, unit: '%', percent: true, text: '92.5%' }],
  ['1.2万', null, { kind: 'number', value: 1.2, unit: '万', text: '1.2万' }],
  ['1.2萬噸', null, { kind: 'number', value: 1.2, unit: '万吨', text: '1.2万吨' }],
  ['5‰', null, { kind: 'number', value: 0.5, unit: '%', percent: true, text: '5‰' }],
  ['是', null, { kind: 'answer', yes: true, text: '是' }],
  ['已完成', null, { kind: 'answer', yes: true, text: '已完成' }],
  ['已建立', null, { kind: 'answer', yes: true, text: '已建立' }],
  ['已划定', null, { kind: 'answer', yes: true, text: '已划定' }],
  ['達標', null, { kind: 'answer', yes: true, text: '达标' }],
  ['√', null, { kind: 'answer', yes: true, text: '√' }],
  ['否', null, { kind: 'answer', yes: false, text: '否' }],
  ['未完成', null, { kind: 'answer', yes: false, text: '未完成' }],
  ['不符合', null, { kind: 'answer', yes: false, text: '不符合' }],
  ['无', null, { kind: 'answer', yes: true, absence: true, text: '无' }],
  ['未发生', null, { kind: 'answer', yes: true, absence: true, text: '未发生' }],
  [true, null, { kind: 'answer', yes: true, text: 'TRUE' }],
  ['不适用', null, { kind: 'na', text: '不适用' }],
  ['不涉及', null, { kind: 'na', text: '不涉及' }],
  ['N/A', null, { kind: 'na', text: 'N/A' }],
  ['/', null, { kind: 'na', text: '/' }],
  ['—', null, { kind: 'na', text: '—' }],
  ['－', null, { kind: 'na', text: '-' }],
  ['-', null, { kind: 'na', text: '-' }],
  ['待核实', null, { kind: 'empty', text: '待核实' }],
  ['待定', null, { kind: 'empty', text: '待定' }],
  ['暂无', null, { kind: 'empty', text: '暂无' }],
  ['暫無數據', null, { kind: 'empty', text: '暂无数据' }],
  ['待统计', null, { kind: 'empty', text: '待统计' }],
  ['待公佈', null, { kind: 'empty', text: '待公布' }],
  ['未統計', null, { kind: 'empty', text: '未统计' }],
  [{ error: '#DIV/0!' }, null, { kind: 'error', text: '#DIV/0!' }],
  ['#N/A', null, { kind: 'error', text: '#N/A' }],
  [{ date: '2023-05-01T00:00:00.000Z' }, null, { kind: 'date', text: '2023-05-01' }],
  ['2023-05-01', null, { kind: 'date', text: '2023-05-01' }],
  ['2023年5月', null, { kind: 'date', text: '2023年5月' }],
  [null, null, { kind: 'empty' }],
  ['', null, { kind: 'empty' }],
  ['   ', null, { kind: 'empty' }],
  ['待统计局核定', null, { kind: 'text', text: '待统计局核定' }],
  ['85(2022年)', null, { kind: 'text', text: '85(2022年)' }],
];

test.each(cases)('%p with format %p', (raw, format, expected) => {
  expect(parseValue(raw, format)).toEqual(expected);
});

test('number formats', () => {
  expect(isPercentFormat('0.0%')).toBe(true);
  expect(isPercentFormat('0.0"%"')).toBe(false);
  expect(isLiteralPercentFormat('0.0"%"')).toBe(true);
  expect(isLiteralPercentFormat('0.0%')).toBe(false);
  expect(isLiteralPercentFormat('0.00')).toBe(false);
  expect(isPercentFormat('General')).toBe(false);
  expect(isDateFormat('yyyy-mm-dd')).toBe(true);
  expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
  expect(isDateFormat('General')).toBe(false);
  expect(isDateFormat('#,##0.00 "元"')).toBe(false);
  expect(isDateFormat('[Red]0.00')).toBe(false);
  expect(serialToIsoDate(1)).toBe('1899-12-31');
});

test('the value parser never throws', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean(), fc.constant(null)),
      fc.option(fc.string()),
      (raw, format) => {
        parseValue(raw as RawValue, format);
      },
    ),
    { numRuns: 3000 },
  );
});

test('a number written as text reads as that number', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
      expect(parseValue(String(n))).toMatchObject({ kind: 'number', value: n });
      expect(parseValue(n.toLocaleString('en-US'))).toMatchObject({ kind: 'number', value: n });
    }),
  );
});
