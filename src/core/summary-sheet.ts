// The sheets this tool makes (summary, consolidation): their shared look, their names, and
// recognising them by the workbook's hidden record, so that they are replaced (and never checked as data).
import type { CellStyle, SheetGrid, WorkbookGrid } from './types';
import { fitSheetName, sameSheetName, sheetNameKey } from './excel-limits';

/**
 * True when a hidden record of the workbook (the check journal's summary sheet, the merge journal's
 * consolidation sheet: WorkbookGrid.ownedSheets) says the tool made the sheet. Visible text never
 * makes a sheet the tool's: a user's own sheet is never replaced, deleted or skipped as ours.
 */
export function isOwnedSheet(grid: WorkbookGrid, name: string): boolean {
  return (grid.ownedSheets ?? []).some((owned) => sameSheetName(owned, name));
}

/** A sheet the tool made (see isOwnedSheet): never checked as data. */
export function isOwnSummarySheet(sheet: SheetGrid, grid: WorkbookGrid): boolean {
  return isOwnedSheet(grid, sheet.name);
}

/** The cell styles of every sheet the tool makes; each adds its own where it needs more. */
export const SHEET_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16 },
  meta: { italic: true, fontColor: '#595959' },
  section: { bold: true, fontSize: 12, fontColor: '#1F4E78' },
  header: { bold: true, fill: '#D9E1F2', border: true, horizontal: 'center', vertical: 'middle', wrap: true },
  text: { border: true, vertical: 'top', wrap: true },
  number: { border: true, horizontal: 'right', vertical: 'top' },
  link: { border: true, fontColor: '#0563C1', underline: true, vertical: 'top' },
  note: { italic: true, fontColor: '#595959' },
};

/**
 * `base`, or `base(2)` … when the user has a sheet of that name (names compared without case, each at
 * most 31 characters): a sheet this tool made, by the workbook's hidden record, is replaced.
 */
export function ownSheetName(grid: WorkbookGrid, base: string): { name: string; replaces: boolean } {
  const byName = new Map(grid.sheets.map((s) => [sheetNameKey(s.name), s]));
  for (let i = 1; ; i++) {
    const name = fitSheetName(base, i === 1 ? '' : `(${i})`);
    const existing = byName.get(sheetNameKey(name));
    if (!existing) return { name, replaces: false };
    if (isOwnedSheet(grid, existing.name)) return { name: existing.name, replaces: true };
  }
}
