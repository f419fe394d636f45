// Merging returns into a master with merged and formula cells, on the in-memory Excel: a covered cell
// and a formula cell are never written, even when overwriting, and 撤销合并 gives the workbook back.
import type { Catalog } from '../../../src/core/types';
import { parseCatalog } from '../../../src/core/catalog/load';
import { findReturnMarkers } from '../../../src/core/returns/format';
import { planMerge, type ReturnInput } from '../../../src/core/returns/merge';
import { createOfficeHost } from '../../../src/hosts/office';
import { gridOf } from '../../support/exceljs-grid';
import { FakeExcel, type FakeCell, type SavedWorkbook } from '../../support/fake-excel';
import { MASTER_HEADER, returnWorkbook, type ReturnSpec } from '../../support/return-workbooks';
import { testCatalog } from '../../cli/fixtures';
import { comparable } from './fixtures';

const SHEET = '汇总表';
const catalog: Catalog = parseCatalog(testCatalog, 'test');

/** 森林覆盖率 (row 5): its 2026 cell H5 is covered by H4:H5 (41 shown), its 2025 cell G5 is a formula with an empty result. */
function masterSaved(): SavedWorkbook {
  const rows = [
    [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.2, null, '市工业信息化委'],
    [2, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, 41, '市发展改革委'],
    [3, '生态环境', '森林覆盖率', '%', '≥60', '约束性', null, null, '市林业局'],
    [4, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', null, null, '市住房城乡建设局'],
  ];
  const cells: Record<string, FakeCell> = {};
  const letters = 'ABCDEFGHIJK';
  cells.A1 = { value: '指标汇总表' };
  MASTER_HEADER.forEach((h, c) => (cells[`${letters[c]}2`] = { value: h }));
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (cells[`${letters[c]}${r + 3}`] = { value: v })));
  cells.G5 = { formula: '=IF(G3="","",G3*0)', value: '' };
  return { sheets: [{ name: SHEET, cells, merges: ['H4:H5'] }] };
}

function input(spec: ReturnSpec): ReturnInput {
  const grid = gridOf(returnWorkbook(spec).workbook);
  return { file: `${spec.department}.xlsx`, grid, marker: findReturnMarkers(grid)[0], stampState: 'unchecked' };
}

it('never writes a covered or formula cell of the master, overwrite or not; 撤销合并 gives it back exactly', async () => {
  const fake = new FakeExcel(masterSaved());
  const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
  const before = comparable(fake.save());
  const read = await host.readGrid();
  const returns = [
    input({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }] }),
    input({ department: '市住房城乡建设局', catalogId: 'test-city', rows: [{ id: 't-05', name: '城镇污水处理率', value: 90 }] }),
  ];
  const plan = planMerge(read.grid, returns, catalog, { overwrite: true, lang: 'zh-CN', now: '2026-03-05 10:00' });
  expect(plan.conflicts.map((c) => [c.row, c.col, c.locked])).toEqual(expect.arrayContaining([[4, 7, 'merged'], [4, 6, 'formula']]));
  await host.merge(plan, read, { createdAt: '2026-03-05T02:00:00.000Z' });

  expect(fake.observe(SHEET, 'H4').value).toBe(41);
  expect(fake.observe(SHEET, 'H5')).toMatchObject({ value: '', formula: '', note: null });
  expect(fake.cell(SHEET, 'G5')?.formula).toBe('=IF(G3="","",G3*0)');
  expect(fake.observe(SHEET, 'G5').note).toBeNull();
  expect(fake.observe(SHEET, 'H6').value).toBe(90);
  expect(fake.stats.coveredWrites).toBe(0);

  expect(await host.undoMerge()).toMatchObject({ restored: 1, kept: 0 });
  expect(comparable(fake.save())).toEqual(before);
});
