import type { TableLayout } from '../../src/core/types';
import { changeTouchesTables, checkedSheets, rectsOfChange } from '../../src/taskpane/changed-cells';
import { rowsOfChanges } from '../../src/taskpane/changed-rows';

// Header on row 3 (0-based 2), data rows 4–10, columns B–G.
const table: TableLayout = {
  sheet: '自评表', headerTop: 2, headerBottom: 2, firstRow: 3, lastRow: 9, left: 1, right: 6,
  columns: { name: 2, value: 5 }, yearColumns: [],
};

describe('changed cells', () => {
  it('reads the addresses onChanged reports: cells, ranges, whole rows and columns', () => {
    expect(rectsOfChange('E4')).toEqual([{ top: 3, bottom: 3, left: 4, right: 4 }]);
    expect(rectsOfChange("'自评表'!$B$3:C5")).toEqual([{ top: 2, bottom: 4, left: 1, right: 2 }]);
    expect(rectsOfChange('5:7')?.[0]).toMatchObject({ top: 4, bottom: 6, left: 0 });
    expect(rectsOfChange('D:D')?.[0]).toMatchObject({ top: 0, left: 3, right: 3 });
    expect(rectsOfChange('nonsense!?')).toBeNull();
  });

  it('tells edits in a checked table (header to the row below it) from edits elsewhere', () => {
    const touches = (sheet: string, address: string) => changeTouchesTables([table], sheet, address);
    expect(touches('自评表', 'F6')).toBe(true);
    expect(touches('自评表', 'C3')).toBe(true); // the header
    expect(touches('自评表', 'C11')).toBe(true); // a new row under the table
    expect(touches('自评表', 'C12')).toBe(false);
    expect(touches('自评表', 'A1')).toBe(false);
    expect(touches('自评表', 'H5')).toBe(false);
    expect(touches('自评表', '6:6')).toBe(true);
    expect(touches('自评表', 'A1:Z100')).toBe(true);
    expect(touches('说明', 'F6')).toBe(false);
    expect(touches('自评表', '#REF!')).toBe(true); // unreadable: re-check rather than go stale
    expect(checkedSheets([table, { ...table, headerTop: 20 }, { ...table, sheet: '附表' }])).toEqual(['自评表', '附表']);
  });

  it('gives the rows of the changes since the last re-check, or null when only a full re-run will do', () => {
    const changes = [
      { sheet: '自评表', address: 'E5' },
      { sheet: '自评表', address: 'B4:C6' },
      { sheet: '附表', address: 'A2' },
    ];
    expect(rowsOfChanges(changes, 200)).toEqual([
      { sheet: '自评表', rows: [3, 4, 5] },
      { sheet: '附表', rows: [1] },
    ]);
    expect(rowsOfChanges([{ sheet: '自评表', address: '5:5' }], 200)).toBeNull();
    expect(rowsOfChanges([{ sheet: '自评表', address: 'D:D' }], 200)).toBeNull();
    expect(rowsOfChanges([{ sheet: '自评表', address: 'B5:D5', reshaped: true }], 200)).toBeNull();
    expect(rowsOfChanges([{ sheet: '自评表', address: 'A1:A201' }], 200)).toBeNull();
    expect(rowsOfChanges([{ sheet: '自评表', address: 'A1:A200' }], 200)?.[0].rows).toHaveLength(200);
    expect(rowsOfChanges([{ sheet: '自评表', address: 'A1:A150' }, { sheet: '附表', address: 'A1:A51' }], 200)).toBeNull();
  });
});
