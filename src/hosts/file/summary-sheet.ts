// Cell styles and print setup for the exceljs workbooks the tool makes from nothing (the return
// templates): cells in a named CJK font, and a sheet's print setup.
import type ExcelJS from 'exceljs';
import type { CellStyle, PrintSetup } from '../../core/types';
import { argbOf, solidFill } from './cells';
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
