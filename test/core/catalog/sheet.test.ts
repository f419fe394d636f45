import type { SheetGrid } from '../../../src/core/types';
import { catalogFromSheet, findCatalogSheet } from '../../../src/core/catalog/sheet';
import { CoreError } from '../../../src/core/errors';

const sheet: SheetGrid = {
  name: '指标库',
  top: 0,
  left: 0,
  values: [
    ['本单位指标库', null, null, null, null, null],
    ['指标名称', '单位', '目标值', '指标属性', '牵头单位', '配合单位'],
    ['城镇污水处理率', '%', '≥85', '约束性指标', '市住建局', '市生态环境局、市水务局'],
    ['单位GDP能耗', '吨标煤/万元', '≤0.70', '参考性', '市发改委', null],
    [null, null, null, null, null, null],
  ],
};

test('a catalog sheet becomes a validated catalog', () => {
  expect(findCatalogSheet([{ ...sheet, name: 'Sheet1' }, sheet])).toBe(sheet);
  const catalog = catalogFromSheet(sheet);
  expect(catalog.indicators).toHaveLength(2);
  expect(catalog.indicators[0]).toMatchObject({
    id: 'workbook-01',
    name: '城镇污水处理率',
    target: '≥85',
    property: '约束性',
    lead: ['市住建局'],
    coop: ['市生态环境局', '市水务局'],
  });
  expect(catalog.indicators[1]).toMatchObject({ unit: '吨标煤/万元', property: '参考性', coop: [] });
});

test('a catalog sheet with an indicator but no target is rejected, naming the field', () => {
  const bad: SheetGrid = { ...sheet, values: [sheet.values[1], ['城镇污水处理率', '%', null, null, null, null]] };
  expect(() => catalogFromSheet(bad)).toThrow(CoreError);
  expect(() => catalogFromSheet(bad)).toThrow(/indicators\[0\]\.target/);
  expect(() => catalogFromSheet({ ...sheet, values: [['随便']] })).toThrow(/indicators/);
});
