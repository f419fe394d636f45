// The summary sheet the core laid out (SummarySheetLayout), added to a workbook package as a new
// worksheet in the workbook's own default font, with its print setup. Links are HYPERLINK formulas to
// cells of this workbook.
import type { SummaryCell, SummarySheetLayout } from '../../../core/types';
import { cellAddress, quoteSheetName } from '../../../core/address';
import { wrappedRowHeights } from '../../../core/row-heights';
import type { FileWorkbook } from './file-workbook';
import { newSheetXml, type NewSheetCell } from './new-sheet';
import { PackageError, addSheet, type LocalName } from './workbook-part';

function quotedInFormula(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function linkFormula(cell: SummaryCell & { link: NonNullable<SummaryCell['link']> }): string {
  const text = cell.value === null ? '' : String(cell.value);
  const target = `#${quoteSheetName(cell.link.sheet)}!${cellAddress(cell.link.row, cell.link.col)}`;
  return `HYPERLINK(${quotedInFormula(target)},${quotedInFormula(text)})`;
}

/**
 * Adds the sheet; returns its name. A sheet of that name is replaced only when `ownSheet` says a
 * journal of the tool names it: a user's sheet is never replaced, whatever the layout asks.
 */
export async function writeSummarySheet(workbook: FileWorkbook, layout: SummarySheetLayout, ownSheet = false): Promise<string> {
  if (workbook.hasSheet(layout.name)) {
    if (!(layout.replaces && ownSheet)) throw new PackageError(`a sheet named ${layout.name} exists and is not the tool's`);
    await workbook.removeSheet(layout.name);
  }
  const styles = await workbook.styles();
  const styleIds = new Map(Object.entries(layout.styles).map(([key, style]) => [key, styles.ownStyle(style)]));
  const cells: NewSheetCell[] = layout.cells.map((cell) => ({
    row: cell.row,
    col: cell.col,
    value: cell.value,
    style: cell.style ? (styleIds.get(cell.style) ?? 0) : 0,
    ...(cell.link ? { formula: linkFormula({ ...cell, link: cell.link }) } : {}),
  }));
  const heights = new Map(wrappedRowHeights(layout.cells, layout.styles, layout.widths, layout.merges));
  const xml = newSheetXml({ cells, merges: layout.merges, widths: layout.widths, heights, ...(layout.print ? { print: layout.print } : {}) });
  // The rows printed on every page are the sheet's defined name _xlnm.Print_Titles; it goes with the sheet.
  const titles = layout.print?.titleRows;
  const names: LocalName[] = titles ? [{ name: '_xlnm.Print_Titles', value: `${quoteSheetName(layout.name)}!$${titles.top + 1}:$${titles.bottom + 1}` }] : [];
  await addSheet(workbook.pkg, workbook.book, layout.name, xml, 'visible', names);
  return layout.name;
}
