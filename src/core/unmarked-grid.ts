// The grid of a workbook as it was before the tool's last check, from the grid as it is and the
// journal that check left: the values the tool wrote are read as what they replaced, and the summary
// sheet it made is left out. A host that cannot take the marks off before reading (Office.js reads
// the live workbook) gives the core this, so a second check plans the same edits as the first.
import type { RawValue, SheetGrid, WorkbookGrid } from './types';
import type { Journal, JournalEntry } from './journal';
import { sameSheetName } from './excel-limits';

function rawValueOf(value: JournalEntry['value']): RawValue {
  // A formula's result is not in the journal; the cell is read as empty until the formula is back.
  return value !== null && typeof value === 'object' && 'formula' in value ? null : value;
}

/** A cell's value as the core should check it: what the tool replaced while the cell still holds what it wrote. */
export function unmarkedValue(entry: JournalEntry, current: RawValue): RawValue {
  return entry.written !== undefined && current === entry.written ? rawValueOf(entry.value) : current;
}

function withoutWrites(sheet: SheetGrid, entries: JournalEntry[]): SheetGrid {
  let values: RawValue[][] | null = null;
  for (const entry of entries) {
    if (entry.written === undefined) continue;
    const r = entry.row - sheet.top;
    const c = entry.col - sheet.left;
    if (sheet.values[r]?.[c] !== entry.written) continue;
    values ??= sheet.values.map((row) => [...row]);
    values[r][c] = unmarkedValue(entry, entry.written);
  }
  return values ? { ...sheet, values } : sheet;
}

export function unmarkedGrid(grid: WorkbookGrid, journal: Journal): WorkbookGrid {
  const bySheet = new Map<string, JournalEntry[]>();
  for (const entry of journal.entries) {
    if (!bySheet.has(entry.sheet)) bySheet.set(entry.sheet, []);
    bySheet.get(entry.sheet)!.push(entry);
  }
  return {
    ...grid,
    sheets: grid.sheets
      .filter((sheet) => !journal.summarySheet || !sameSheetName(sheet.name, journal.summarySheet))
      .map((sheet) => (bySheet.has(sheet.name) ? withoutWrites(sheet, bySheet.get(sheet.name)!) : sheet)),
  };
}
