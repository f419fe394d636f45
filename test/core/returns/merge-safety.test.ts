// returns merge and the master's merged and formula cells (DESIGN §6): a covered cell is never
// written and reads as its merge's top-left, a formula cell is never written whatever its result.
import type { Catalog, CellRect, WorkbookGrid } from '../../../src/core/types';
import { parseCatalog } from '../../../src/core/catalog/load';
import { findReturnMarkers } from '../../../src/core/returns/format';
import { planMerge, type ReturnInput } from '../../../src/core/returns/merge';
import { mergeEdits } from '../../../src/core/returns/merge-journal';
import { MAX_CELL_TEXT } from '../../../src/core/excel-limits';
import { gridOf } from '../../support/exceljs-grid';
import { testCatalog } from '../../cli/fixtures';
import { MASTER_ROWS as MASTER, masterWorkbook, returnWorkbook, type ReturnSpec } from '../../support/return-workbooks';

const catalog: Catalog = parseCatalog(testCatalog, 'test');
const OPTIONS = { overwrite: false, lang: 'zh-CN' as const, now: '2026-03-05 10:00' };


function master(merges: CellRect[] = [], formulas: { row: number; col: number; text: string }[] = []): WorkbookGrid {
  const grid = gridOf(masterWorkbook(MASTER));
  const sheet = grid.sheets[0];
  sheet.merges = [...(sheet.merges ?? []), ...merges];
  const shaped: (string | null)[][] = [];
  for (const f of formulas) (shaped[f.row - sheet.top] ??= [])[f.col - sheet.left] = f.text;
  if (formulas.length) sheet.formulas = Array.from(shaped, (r) => r ?? []);
  return grid;
}

function input(spec: ReturnSpec): ReturnInput {
  const grid = gridOf(returnWorkbook(spec).workbook);
  return { file: `${spec.department}.xlsx`, grid, marker: findReturnMarkers(grid)[0], stampState: 'unchecked' };
}

const forestry = (value: number, previous: number | null = null) =>
  input({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value, previous }] });
const air = (value: number) => input({ department: '市生态环境局', catalogId: 'test-city', rows: [{ id: 't-04', name: '空气质量优良天数比例', value }] });

describe('planMerge and merged master cells', () => {
  it("never writes a covered cell; it holds its merge's value, a differing return stays a conflict even when overwriting", () => {
    // H4:H5: 第三产业's 41 is shown over 森林覆盖率's 2026 cell.
    const grid = master([{ top: 3, left: 7, bottom: 4, right: 7 }]);
    for (const overwrite of [false, true]) {
      const plan = planMerge(grid, [forestry(62.5)], catalog, { ...OPTIONS, overwrite });
      expect(plan.writes.filter((w) => w.col === 7)).toEqual([]);
      expect(plan.conflicts).toEqual([expect.objectContaining({ row: 4, col: 7, kind: 'master', master: 41, chosen: null, locked: 'merged' })]);
      // The covered row shows a value: it is not listed as empty.
      expect(plan.stillEmpty.map((e) => e.name)).not.toContain('森林覆盖率');
    }
    // Without the merge the same return is written.
    expect(planMerge(master(), [forestry(62.5)], catalog, OPTIONS).writes.map((w) => [w.row, w.col])).toEqual([[4, 7]]);
  });

  it("a covered cell under an empty top-left is a value with no place; the top-left itself is filled when truly empty", () => {
    // H5:H6: 森林覆盖率's cell is the top-left, 空气质量's is covered.
    const grid = master([{ top: 4, left: 7, bottom: 5, right: 7 }]);
    const plan = planMerge(grid, [forestry(62.5), air(92)], catalog, OPTIONS);
    expect(plan.writes.map((w) => [w.row, w.col, w.value])).toEqual([[4, 7, 62.5]]);
    expect(plan.unplaced).toEqual([expect.objectContaining({ department: '市生态环境局', reason: 'merged-cell' })]);
    const texts = plan.consolidation.cells.map((c) => c.value);
    expect(texts).toContain('汇总表中该单元格被合并单元格覆盖(不是合并区域的左上角),不能写入,请手工填写');
  });

  it('never writes a formula cell, whatever its result, and never lists it as empty', () => {
    const grid = master([], [{ row: 4, col: 7, text: 'IF(G5="","",G5)' }]);
    for (const overwrite of [false, true]) {
      const plan = planMerge(grid, [forestry(62.5)], catalog, { ...OPTIONS, overwrite });
      expect(plan.writes.filter((w) => w.row === 4 && w.col === 7)).toEqual([]);
      expect(plan.conflicts).toEqual([expect.objectContaining({ row: 4, col: 7, kind: 'master', master: null, chosen: null, locked: 'formula' })]);
      expect(plan.consolidation.cells.map((c) => c.value)).toContain('该单元格是公式,未覆盖,请核实公式或其数据来源');
    }
  });

  it("a composed note longer than Excel's limit is cut with … and said", () => {
    const plan = planMerge(master(), [forestry(62.5)], catalog, OPTIONS);
    const long = 'x'.repeat(MAX_CELL_TEXT);
    const edits = mergeEdits(plan, () => ({ value: null, note: long }), null, null, '2026-03-05T10:00:00Z');
    expect(edits.changes[0].note).toHaveLength(MAX_CELL_TEXT);
    expect(edits.changes[0].note!.endsWith('…')).toBe(true);
    expect(edits.trimmed).toEqual([{ sheet: plan.writes[0].sheet, row: 4, col: 7, kind: 'note' }]);
  });
});
