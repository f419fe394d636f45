// The edit plan never writes a merged-over or formula cell, marks a merged value on its top-left,
// and cuts texts to Excel's limit, saying so (DESIGN §6).
import type { Catalog, RawValue, SheetGrid, WorkbookGrid } from '../../src/core/types';
import { checkWorkbook } from '../../src/core/check';
import { planEdits } from '../../src/core/plan';
import { MAX_CELL_TEXT } from '../../src/core/excel-limits';

const catalog: Catalog = {
  id: 'demo',
  title: '示范方案',
  indicators: [
    { id: 'a', name: '城镇污水处理率', target: '≥85', unit: '%', direction: 'higher', property: '约束性', lead: ['市住建局'], coop: ['市生态环境局'], sourceText: 's' },
    { id: 'b', name: '农村污水处理率', target: '≥60', unit: '%', direction: 'higher', property: '约束性', lead: ['市住建局'], coop: [], sourceText: 's' },
    { id: 'c', name: '森林覆盖率', target: '≥40', unit: '%', direction: 'higher', property: '约束性', lead: ['市林业局'], coop: [], sourceText: 's' },
  ],
};

// 序号 | 指标名称 | 单位 | 目标值 | 现状值 | 牵头单位 | 配合单位 | 达标情况, data in rows 2–4 (0-based)
function sheet(rows: RawValue[][], extra: Partial<SheetGrid> = {}): WorkbookGrid {
  return {
    sheets: [
      {
        name: '自评表',
        top: 0,
        left: 0,
        values: [['自评表', null, null, null, null, null, null, null], ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位', '配合单位', '达标情况'], ...rows],
        ...extra,
      },
    ],
  };
}

const ROWS: RawValue[][] = [
  [1, '城镇污水处理率', '%', '≥85', 80, null, null, null],
  [2, '农村污水处理率', '%', '≥60', 70, null, null, null],
  [3, '森林覆盖率', '%', '≥40', 45, null, null, null],
];

function plan(grid: WorkbookGrid, overwrite = false) {
  return planEdits(grid, checkWorkbook(grid, { catalog }), { fill: true, overwriteResponsibility: overwrite });
}

function writesAt(grid: WorkbookGrid, col: number, overwrite = false) {
  return plan(grid, overwrite).writes.filter((w) => w.col === col).map((w) => [w.row, w.value]);
}

test('a filled merge is left alone: its covered cells are never written', () => {
  const rows = ROWS.map((r) => [...r]);
  rows[0][5] = '市住建局';
  const grid = sheet(rows, { merges: [{ top: 2, left: 5, bottom: 4, right: 5 }] });
  // Rows 3 and 4 are covered by the merge that row 2's cell heads: none of the three is written.
  expect(writesAt(grid, 5, false)).toEqual([]);
  expect(writesAt(grid, 5, true)).toEqual([]);
});

test("an empty merge's top-left is filled only when every row it spans wants the same", () => {
  const same = sheet(ROWS, { merges: [{ top: 2, left: 5, bottom: 3, right: 5 }] });
  expect(writesAt(same, 5)).toEqual([[2, '市住建局'], [4, '市林业局']]);
  const differing = sheet(ROWS, { merges: [{ top: 2, left: 5, bottom: 4, right: 5 }] });
  expect(writesAt(differing, 5)).toEqual([]);
});

test('a cell covered by a merge across columns belongs to the first column: not filled for the other role', () => {
  // 牵头单位 and 配合单位 merged in row 2: the 配合单位 cell is covered.
  const grid = sheet(ROWS, { merges: [{ top: 2, left: 5, bottom: 2, right: 6 }] });
  const writes = plan(grid).writes.filter((w) => w.row === 2);
  expect(writes.map((w) => [w.col, w.reason])).toEqual([[5, 'lead'], [7, 'status']]);
});

test('a formula cell is never written, whatever its result, even when overwriting', () => {
  const rows = ROWS.map((r) => [...r]);
  rows[0][7] = null; // =IF(E3="","",…) with an empty result
  rows[1][5] = '市统计局'; // a formula whose result differs from the catalog
  const formulas: (string | null)[][] = [[], [], [null, null, null, null, null, null, null, 'IF(E3="","",IF(E3>=85,"达标","未达标"))'], [null, null, null, null, null, 'VLOOKUP(B4,部门!A:B,2,FALSE)']];
  const grid = sheet(rows, { formulas });
  const writes = plan(grid, true).writes;
  expect(writes.find((w) => w.row === 2 && w.col === 7)).toBeUndefined();
  expect(writes.find((w) => w.row === 3 && w.col === 5)).toBeUndefined();
  // The same cells without their formulas are filled.
  const plain = plan(sheet(rows), true).writes;
  expect(plain.find((w) => w.row === 2 && w.col === 7)).toBeDefined();
  expect(plain.find((w) => w.row === 3 && w.col === 5)).toMatchObject({ value: '市住建局' });
});

test("a value merged over two rows is marked once, on the merge's top-left, with both notes", () => {
  const rows = ROWS.map((r) => [...r]);
  rows[1][4] = null; // covered: the value is row 2's 50, shown over both rows
  rows[0][4] = 50;
  const grid = sheet(rows, { merges: [{ top: 2, left: 4, bottom: 3, right: 4 }] });
  const marks = planEdits(grid, checkWorkbook(grid, { catalog }), {}).marks;
  expect(marks.filter((m) => m.col === 4 && m.row === 3)).toEqual([]);
  const top = marks.filter((m) => m.col === 4 && m.row === 2);
  expect(top).toHaveLength(1);
  expect(top[0].style).toBe('bad');
  expect(top[0].note!.split('\n').length).toBeGreaterThanOrEqual(2);
});

test("texts longer than Excel's 32,767 characters are cut with … and listed in the plan", () => {
  const rows = ROWS.map((r) => [...r]);
  rows[0][1] = `城镇污水处理率${'很长的说明'.repeat(7000)}`;
  rows[0][3] = '≥85';
  const grid = sheet(rows);
  const edits = planEdits(grid, checkWorkbook(grid, { catalog: null }), {});
  const long = edits.summary!.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('城镇污水处理率很长'));
  expect(long.length).toBeGreaterThan(0);
  for (const c of long) {
    expect((c.value as string).length).toBe(MAX_CELL_TEXT);
    expect((c.value as string).endsWith('…')).toBe(true);
  }
  expect(edits.trimmed?.length).toBe(long.length);
  expect(edits.trimmed![0]).toMatchObject({ sheet: '指标汇总', kind: 'value' });
  for (const m of edits.marks) expect((m.note ?? '').length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(planEdits(sheet(ROWS), checkWorkbook(sheet(ROWS), { catalog }), {}).trimmed).toBeUndefined();
});
