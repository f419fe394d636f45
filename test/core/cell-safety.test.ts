// Which cells the tool may write: merged areas and formulas, looked up in sheet coordinates.
import { GridSafety, SheetSafety } from '../../src/core/cell-safety';
import type { SheetGrid } from '../../src/core/types';

const sheet: SheetGrid = {
  name: 'S',
  top: 1,
  left: 1,
  values: [
    ['市住建局', null, 5],
    [null, '', null],
  ],
  formulas: [[], [null, null, 'IF(A1="","",1)']],
  // B2:B3 down, D2:E2 across (outside the values' columns).
  merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 3, bottom: 1, right: 4 }, { top: 5, left: 5, bottom: 5, right: 5 }],
};

test('a covered cell is never writable and shows its top-left value; the top-left is writable', () => {
  const s = new SheetSafety(sheet);
  expect(s.isCovered(2, 1)).toBe(true);
  expect(s.isCovered(1, 1)).toBe(false);
  expect(s.anchorOf(2, 1)).toEqual({ row: 1, col: 1 });
  expect(s.shown(2, 1)).toBe('市住建局');
  expect(s.isWritable(2, 1)).toBe(false);
  expect(s.isWritable(1, 1)).toBe(true);
  // Outside the grid's values, a merge still covers.
  expect(s.isCovered(1, 4)).toBe(true);
  expect(s.isTrulyEmpty(1, 4)).toBe(false);
  // A one-cell "merge" covers nothing.
  expect(s.isCovered(5, 5)).toBe(false);
});

test('a formula cell is never empty nor writable, whatever its result', () => {
  const s = new SheetSafety(sheet);
  expect(s.formula(2, 3)).toBe('IF(A1="","",1)');
  expect(s.raw(2, 3)).toBeNull();
  expect(s.isWritable(2, 3)).toBe(false);
  expect(s.isTrulyEmpty(2, 3)).toBe(false);
  expect(s.isTrulyEmpty(2, 2)).toBe(true);
  expect(s.isTrulyEmpty(1, 3)).toBe(false);
});

test('GridSafety knows the sheets of its grid only', () => {
  const grid = new GridSafety({ sheets: [sheet] });
  expect(grid.of('S')).toBe(grid.of('S'));
  expect(grid.of('T')).toBeNull();
});
