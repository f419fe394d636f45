import { patchGrid } from '../../src/core/row-patch';
import { changedPlanRows } from '../../src/core/touched-rows';
import { PALETTE } from '../../src/core/plan';
import type { EditPlan, WorkbookGrid } from '../../src/core/types';
import type { Journal } from '../../src/core/journal';

// Rows 1–3 (0-based) of columns B–D; D is 牵头单位.
const grid: WorkbookGrid = {
  sheets: [
    {
      name: '自评表',
      top: 1,
      left: 1,
      values: [
        ['指标名称', '现状值', '牵头单位'],
        ['森林覆盖率', 38, null],
        ['污水处理率', 90, '市水务局'],
      ],
      formats: [[], [null, '0.0', null], []],
    },
  ],
};

const journal: Journal = {
  version: 1,
  createdAt: '',
  summarySheet: null,
  entries: [{ sheet: '自评表', row: 2, col: 3, fill: null, fontColor: null, value: null, note: null, written: '市林业局' }],
};

const used = (bottom: number) => ({ top: 1, left: 1, bottom, right: 3 });

describe('patching the checked grid with rows read again', () => {
  it('puts the rows in, a value the tool wrote and the cell still holds read as what it replaced', () => {
    const patched = patchGrid(grid, journal, [
      { sheet: '自评表', left: 1, used: used(3), rows: [{ row: 2, values: ['森林覆盖率', 41, '市林业局'], formats: [null, null, null] }] },
    ]);
    expect(patched!.sheets[0].values[1]).toEqual(['森林覆盖率', 41, null]);
    expect(patched!.sheets[0].formats![1]).toEqual([]);
    expect(patched!.sheets[0].values[2]).toEqual(['污水处理率', 90, '市水务局']);
    // The user typed over the tool's value: theirs counts.
    const typed = patchGrid(grid, journal, [
      { sheet: '自评表', left: 1, used: used(3), rows: [{ row: 2, values: ['森林覆盖率', 38, '市自然资源局'], formats: [null, '0.0', null] }] },
    ]);
    expect(typed!.sheets[0].values[1][2]).toBe('市自然资源局');
  });

  it('grows the sheet by a row typed under it; refuses when the used range shows other changes', () => {
    const row = { row: 4, values: ['生态文明制度', '推进', null], formats: [null, null, null] };
    expect(patchGrid(grid, journal, [{ sheet: '自评表', left: 1, used: used(4), rows: [row] }])!.sheets[0].values).toHaveLength(4);
    // Rows inserted somewhere: the sheet is longer than the rows read explain.
    expect(patchGrid(grid, journal, [{ sheet: '自评表', left: 1, used: used(5), rows: [row] }])).toBeNull();
    expect(patchGrid(grid, journal, [{ sheet: '自评表', left: 1, used: { ...used(3), right: 4 }, rows: [] }])).toBeNull();
    expect(patchGrid(grid, journal, [{ sheet: '附表', left: 1, used: used(3), rows: [] }])).toBeNull();
  });
});

describe('rows whose edits change between two plans', () => {
  const plan = (marks: EditPlan['marks'], writes: EditPlan['writes'] = []): EditPlan => ({ marks, writes, summary: null, palette: PALETTE });
  it('finds marks added, removed or changed, and writes', () => {
    const before = plan(
      [
        { sheet: 'A', row: 1, col: 2, style: 'bad', note: 'x' },
        { sheet: 'A', row: 2, col: 2, style: 'bad', note: 'x' },
        { sheet: 'A', row: 3, col: 2, style: 'bad', note: 'x' },
      ],
      [{ sheet: 'A', row: 5, col: 3, value: '市林业局', reason: 'lead' }],
    );
    const after = plan(
      [
        { sheet: 'A', row: 1, col: 2, style: 'bad', note: 'x' },
        { sheet: 'A', row: 3, col: 2, style: 'bad', note: 'y' },
        { sheet: 'B', row: 4, col: 2, style: 'missing', note: null },
      ],
      [{ sheet: 'A', row: 5, col: 3, value: '市林业局', reason: 'lead' }],
    );
    expect(changedPlanRows(before, after)).toEqual([
      { sheet: 'A', rows: [2, 3] },
      { sheet: 'B', rows: [4] },
    ]);
  });
});
