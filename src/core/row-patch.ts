// The grid of a checked workbook with some rows read again: what a live re-check plans from, instead
// of reading the whole workbook. The rows are unmarked as unmarkedGrid does (a value the tool wrote
// and the cell still holds counts as what it replaced), and the patch is refused (null) when the
// sheet's used range shows a change the rows do not explain (rows inserted or deleted, a row emptied
// at the end): then only a full read gives the right grid.
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from './types';
import type { Journal, JournalEntry } from './journal';
import { unmarkedValue } from './unmarked-grid';

export interface RowValues {
  /** 0-based. */
  row: number;
  values: RawValue[];
  /** Number formats worth keeping (null for General), as in SheetGrid.formats. */
  formats: (string | null)[];
  /** Formulas without '=' (null for a constant), as in SheetGrid.formulas; absent when not read. */
  formulas?: (string | null)[];
}

export interface SheetRowValues {
  sheet: string;
  /** The column of each row's first value. */
  left: number;
  rows: RowValues[];
  /** The sheet's used range (values only) when the rows were read; null for a blank sheet. */
  used: CellRect | null;
}

function sameRect(a: CellRect | null, b: CellRect): boolean {
  return !!a && a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function patchSheet(sheet: SheetGrid, read: SheetRowValues, written: Map<string, JournalEntry>): SheetGrid | null {
  const width = sheet.values[0]?.length ?? 0;
  if (width === 0 || read.left !== sheet.left) return null;
  const values = [...sheet.values];
  const formats = [...(sheet.formats ?? [])];
  const formulas = [...(sheet.formulas ?? [])];
  let anyFormula = !!sheet.formulas;
  for (const { row, values: rowValues, formats: rowFormats, formulas: rowFormulas } of read.rows) {
    const r = row - sheet.top;
    if (r < 0 || rowValues.length !== width) return null;
    while (values.length < r) values.push(new Array<RawValue>(width).fill(null));
    while (formats.length < r) formats.push([]);
    values[r] = rowValues.map((value, c) => {
      const entry = written.get(`${row},${sheet.left + c}`);
      return entry ? unmarkedValue(entry, value) : value;
    });
    formats[r] = rowFormats.some((f) => f !== null) ? rowFormats : [];
    if (rowFormulas) {
      while (formulas.length < r) formulas.push([]);
      const some = rowFormulas.some((f) => f !== null);
      formulas[r] = some ? rowFormulas : [];
      anyFormula ||= some;
    }
  }
  const bounds = { top: sheet.top, left: sheet.left, bottom: sheet.top + values.length - 1, right: sheet.left + width - 1 };
  if (!sameRect(read.used, bounds)) return null;
  return { ...sheet, values, formats, ...(anyFormula ? { formulas } : {}) };
}

/** `grid` is the grid the last check was made from (unmarked), `journal` the one in the workbook now. */
export function patchGrid(grid: WorkbookGrid, journal: Journal | null, reads: readonly SheetRowValues[]): WorkbookGrid | null {
  const sheets = [...grid.sheets];
  for (const read of reads) {
    const i = sheets.findIndex((s) => s.name === read.sheet);
    if (i < 0) return null;
    const written = new Map<string, JournalEntry>();
    for (const e of journal?.entries ?? []) if (e.sheet === read.sheet && e.written !== undefined) written.set(`${e.row},${e.col}`, e);
    const patched = patchSheet(sheets[i], read, written);
    if (!patched) return null;
    sheets[i] = patched;
  }
  return { ...grid, sheets };
}
