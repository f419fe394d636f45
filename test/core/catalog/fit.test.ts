// A catalog's fit to a checked workbook: the rows that found their indicator, poor below half.
import { checkWorkbook } from '../../../src/core/check';
import { catalogFit } from '../../../src/core/catalog/fit';
import { findBuiltInCatalog } from '../../../src/catalogs';
import type { WorkbookGrid } from '../../../src/core/types';

function grid(names: string[]): WorkbookGrid {
  const values = [['序号', '指标名称', '单位', '目标值', '现状值'], ...names.map((name, i) => [i + 1, name, '%', '≥60', 70])];
  return { sheets: [{ name: '自评表', top: 0, left: 0, values, formats: [] }] } as unknown as WorkbookGrid;
}

test('the rows that found their indicator; poor when fewer than half did', () => {
  const baoshan = findBuiltInCatalog('baoshan-2017')!;
  const names = baoshan.indicators.slice(0, 4).map((i) => i.name);
  const own = checkWorkbook(grid(names), { catalog: baoshan });
  expect(catalogFit(own)).toEqual({ matched: 4, rows: 4, poor: false });
  const strange = checkWorkbook(grid([...names.slice(0, 1), '某某自定义指标甲', '某某自定义指标乙', '某某自定义指标丙']), { catalog: baoshan });
  expect(catalogFit(strange)).toEqual({ matched: 1, rows: 4, poor: true });
  expect(catalogFit({ ...own, catalog: null })).toBeNull();
});
