// The sheets this tool makes (summary, consolidation): their shared look, their names, and
// recognising them, so that they are replaced (and never checked as data).
import type { CellStyle, SheetGrid, WorkbookGrid } from './types';
import { t } from './messages';

const MARKERS = [t('zh-CN', 'summary.marker'), t('en', 'summary.marker')];

export function isOwnSummarySheet(sheet: SheetGrid): boolean {
  // The marker is the last line of the sheet; look from the bottom.
  for (let r = sheet.values.length - 1; r >= 0 && r >= sheet.values.length - 5; r--) {
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && MARKERS.includes(v)) return true;
  }
  return false;
}

/** The cell styles of every sheet the tool makes; each adds its own where it needs more. */
export const SHEET_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16 },
  meta: { italic: true, fontColor: '#595959' },
  section: { bold: true, fontSize: 12, fontColor: '#1F4E78' },
  header: { bold: true, fill: '#D9E1F2', border: true, horizontal: 'center', vertical: 'middle', wrap: true },
  text: { border: true, vertical: 'top', wrap: true },
  number: { border: true, horizontal: 'right' },
  link: { border: true, fontColor: '#0563C1', underline: true },
  note: { italic: true, fontColor: '#595959' },
};

/**
 * `base`, or `base(2)` … when the user has a sheet of that name (compared without case, as Excel
 * does): only a sheet a hidden record says this tool made (grid.ownedSheets) is replaced.
 */
export function ownSheetName(grid: WorkbookGrid, base: string): { name: string; replaces: boolean } {
  const taken = new Set(grid.sheets.map((s) => s.name.toLowerCase()));
  const owned = new Set((grid.ownedSheets ?? []).map((s) => s.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}(${i})`;
    const key = name.toLowerCase();
    if (owned.has(key)) return { name, replaces: true };
    if (!taken.has(key)) return { name, replaces: false };
  }
}
