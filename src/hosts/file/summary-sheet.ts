// Writing the summary sheet the core laid out (SummarySheetLayout) into an exceljs workbook (the
// feedback files, made from nothing): cells in a named CJK font, and the sheet's print setup.
import type ExcelJS from 'exceljs';
import type { CellStyle, PrintSetup, SummaryCell, SummarySheetLayout } from '../../core/types';
import { cellAddress, quoteSheetName } from '../../core/address';
import { argbOf, solidFill } from './cells';
import { wrappedRowHeights } from '../../core/row-heights';
import { footerCode } from '../../core/print-layout';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/**
 * The font of every cell of a workbook the tool makes from nothing: named, so that a program without
 * the default font of the writer (Calibri) does not fall back to a serif one for Chinese text.
 */
export const NEW_WORKBOOK_FONT: Partial<ExcelJS.Font> = { name: '宋体', family: 3, charset: 134, size: 11 };

export function excelStyleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    ...NEW_WORKBOOK_FONT,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.fontSize ? { size: style.fontSize } : {}),
    ...(style.fontColor ? { color: { argb: argbOf(style.fontColor) } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  return {
    font,
    ...(Object.keys(alignment).length ? { alignment } : {}),
    ...(style.fill ? { fill: solidFill(style.fill) } : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    ...(style.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
  };
}

function quotedInFormula(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A link to a cell of another sheet, as a HYPERLINK formula: exceljs writes its own internal
 * hyperlinks with an external relationship as well, which Excel follows to a file that does not exist.
 */
function linkValue(cell: SummaryCell & { link: NonNullable<SummaryCell['link']> }): ExcelJS.CellFormulaValue {
  const text = cell.value === null ? '' : String(cell.value);
  const target = `#${quoteSheetName(cell.link.sheet)}!${cellAddress(cell.link.row, cell.link.col)}`;
  return { formula: `HYPERLINK(${quotedInFormula(target)},${quotedInFormula(text)})`, result: text, date1904: false };
}

/** The core's print setup as exceljs has it: A4, fitted, the rows repeated on every page, the footer. */
export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    horizontalCentered: print.centerHorizontally,
    showGridLines: print.gridlines,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.top + 1}:${print.titleRows.bottom + 1}` } : {}),
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: footerCode(print) };
}

export function writeSummarySheet(workbook: ExcelJS.Workbook, layout: SummarySheetLayout): ExcelJS.Worksheet {
  if (layout.replaces) {
    const existing = workbook.getWorksheet(layout.name);
    if (existing) workbook.removeWorksheet(existing.id);
  }
  const worksheet = workbook.addWorksheet(layout.name);
  const styles = new Map(Object.entries(layout.styles).map(([key, style]) => [key, excelStyleOf(style)]));
  for (const cell of layout.cells) {
    const target = worksheet.getCell(cell.row + 1, cell.col + 1);
    if (cell.link) target.value = linkValue({ ...cell, link: cell.link });
    else target.value = cell.value;
    const style = cell.style ? styles.get(cell.style) : undefined;
    if (style) target.style = style;
  }
  for (const m of layout.merges) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  layout.widths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  for (const [row, height] of wrappedRowHeights(layout.cells, layout.styles, layout.widths, layout.merges)) {
    worksheet.getRow(row + 1).height = height;
  }
  if (layout.print) applyPrintSetup(worksheet, layout.print);
  return worksheet;
}
