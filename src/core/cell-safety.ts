// Which cells the tool may write (DESIGN §6): a cell covered by a merged area is never written (the
// merge's top-left cell holds its value), a formula cell is never written whatever its result, and a
// fill goes only into a cell that is truly empty. Marks and notes on a merged area go on its top-left.
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from './types';

function isBlank(value: RawValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A sheet's merged areas and formulas, looked up by cell in sheet coordinates (0-based). */
export class SheetSafety {
  /** Merged areas (of more than one cell) by each row they span. */
  private readonly mergesByRow = new Map<number, CellRect[]>();

  constructor(readonly sheet: SheetGrid) {
    for (const merge of sheet.merges ?? []) {
      if (merge.top === merge.bottom && merge.left === merge.right) continue;
      for (let r = merge.top; r <= merge.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(merge);
        else this.mergesByRow.set(r, [merge]);
      }
    }
  }

  /** The merged area the cell is part of (its top-left included), or null. */
  mergeAt(row: number, col: number): CellRect | null {
    for (const merge of this.mergesByRow.get(row) ?? []) if (col >= merge.left && col <= merge.right) return merge;
    return null;
  }

  /** True for a cell inside a merged area other than its top-left: never written. */
  isCovered(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return merge !== null && (merge.top !== row || merge.left !== col);
  }

  /** The cell that holds what the user sees at (row, col): the merge's top-left, or the cell itself. */
  anchorOf(row: number, col: number): { row: number; col: number } {
    const merge = this.mergeAt(row, col);
    return merge ? { row: merge.top, col: merge.left } : { row, col };
  }

  /** The grid's value of the cell itself (null outside the grid). */
  raw(row: number, col: number): RawValue {
    return this.sheet.values[row - this.sheet.top]?.[col - this.sheet.left] ?? null;
  }

  /** The value the user sees: a covered cell shows its merge's top-left value. */
  shown(row: number, col: number): RawValue {
    const anchor = this.anchorOf(row, col);
    return this.raw(anchor.row, anchor.col);
  }

  /** The formula of the cell (without '='), or null. */
  formula(row: number, col: number): string | null {
    const text = this.sheet.formulas?.[row - this.sheet.top]?.[col - this.sheet.left];
    return typeof text === 'string' && text !== '' ? text : null;
  }

  /** The tool may change the cell's value: it is not covered by a merge and holds no formula. */
  isWritable(row: number, col: number): boolean {
    return !this.isCovered(row, col) && this.formula(row, col) === null;
  }

  /** Writable and empty: no value, no formula (whatever its result), not covered by a merge. */
  isTrulyEmpty(row: number, col: number): boolean {
    return this.isWritable(row, col) && isBlank(this.raw(row, col));
  }
}

/** SheetSafety of every sheet of a grid, made when first asked for. */
export class GridSafety {
  private readonly bySheet = new Map<string, SheetSafety>();
  private readonly sheets: Map<string, SheetGrid>;

  constructor(grid: WorkbookGrid) {
    this.sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  }

  /** Null for a sheet the grid does not hold. */
  of(sheet: string): SheetSafety | null {
    const found = this.bySheet.get(sheet);
    if (found) return found;
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    const safety = new SheetSafety(grid);
    this.bySheet.set(sheet, safety);
    return safety;
  }
}
