// Writing the summary sheet the core laid out (SummarySheetLayout): values, styles grouped into
// multi-area ranges, merges, column widths, links back to the source cells, a native chart of the
// category table, and the print setup where Excel has the page layout API.
import type { CellStyle, PrintSetup, SummaryCell, SummarySheetLayout } from '../../core/types';
import { cellAddress, columnLetter, quoteSheetName, rangeAddress } from '../../core/address';
import { rectanglesOf, rectAddress } from '../../core/cell-areas';
import { addressBatches, packBySize } from '../../core/batches';
import { literalText } from '../../core/excel-text';
import { MAX_AREAS_ADDRESS_CHARS, OPERATION_OVERHEAD, PAYLOAD_BUDGET, jsonBytes } from './payload';
import { deleteSheet } from './journal-sheet';
import type { RequestWriter } from './request-writer';
import type { OfficeSession } from './session';

const BORDER_COLOR = '#BFBFBF';
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Excel column widths are in characters of the default font; Office.js sets them in points (7 px a character, 5 px padding). */
export function pointsOfWidth(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = 'Single';
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const index of BORDERS) {
      const border = format.borders.getItem(index);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
    }
  }
}

function inputOf(value: SummaryCell['value']): string | number {
  if (value === null) return '';
  return typeof value === 'string' ? literalText(value) : value;
}

async function writeValues(writer: RequestWriter, sheet: Excel.Worksheet, cells: SummaryCell[]): Promise<void> {
  if (cells.length === 0) return;
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  const matrix: (string | number)[][] = Array.from({ length: bottom + 1 }, () => new Array<string | number>(right + 1).fill(''));
  for (const cell of cells) matrix[cell.row][cell.col] = inputOf(cell.value);
  let top = 0;
  for (const rows of packBySize(matrix, (row) => jsonBytes(row), PAYLOAD_BUDGET / 2)) {
    await writer.reserve(jsonBytes(rows) + 2 * OPERATION_OVERHEAD);
    sheet.getRange(rangeAddress(top, 0, top + rows.length - 1, right)).values = rows;
    top += rows.length;
  }
}

async function writeStyles(writer: RequestWriter, sheet: Excel.Worksheet, layout: SummarySheetLayout): Promise<void> {
  const cellsByStyle = new Map<string, { row: number; col: number }[]>();
  for (const cell of layout.cells) {
    if (!cell.style || !layout.styles[cell.style]) continue;
    if (!cellsByStyle.has(cell.style)) cellsByStyle.set(cell.style, []);
    cellsByStyle.get(cell.style)!.push(cell);
  }
  for (const [name, cells] of cellsByStyle) {
    const style = layout.styles[name];
    const rects = rectanglesOf(cells);
    for (const addresses of addressBatches(rects.map(rectAddress), MAX_AREAS_ADDRESS_CHARS)) {
      await writer.reserve(addresses.length + 20 * OPERATION_OVERHEAD);
      applyStyle(sheet.getRanges(addresses).format, style);
    }
    // RangeAreas has no numberFormat: it goes on each rectangle.
    if (style.numberFormat) {
      for (const rect of rects) {
        const formats = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<string>(rect.right - rect.left + 1).fill(style.numberFormat!));
        await writer.reserve(jsonBytes(formats) + 2 * OPERATION_OVERHEAD);
        sheet.getRange(rectAddress(rect)).numberFormat = formats;
      }
    }
  }
}

async function writeLinks(writer: RequestWriter, sheet: Excel.Worksheet, cells: SummaryCell[]): Promise<void> {
  for (const cell of cells) {
    if (!cell.link) continue;
    const hyperlink: Excel.RangeHyperlink = {
      documentReference: `${quoteSheetName(cell.link.sheet)}!${cellAddress(cell.link.row, cell.link.col)}`,
      textToDisplay: cell.value === null ? '' : String(cell.value),
    };
    await writer.reserve(jsonBytes(hyperlink) + 2 * OPERATION_OVERHEAD);
    sheet.getRange(cellAddress(cell.row, cell.col)).hyperlink = hyperlink;
  }
}

/** A clustered column chart of passing and failing indicators per category, beside the tables. */
async function writeChart(writer: RequestWriter, session: OfficeSession, sheet: Excel.Worksheet, layout: SummarySheetLayout): Promise<boolean> {
  const chart = layout.chart;
  if (!chart || !session.supports('1.1') || chart.top < 1) return false;
  const { top, bottom, labelCol, passCol, failCol } = chart;
  await writer.reserve(12 * OPERATION_OVERHEAD + jsonBytes(chart.title));
  const made = sheet.charts.add('ColumnClustered', sheet.getRange(rangeAddress(top - 1, labelCol, bottom, failCol)), 'Columns');
  made.title.text = chart.title;
  // Only the pass and fail columns are series; the columns between them (total, …) go (ExcelApi 1.7).
  if (session.supports('1.7') && labelCol < passCol && passCol < failCol) {
    for (let col = failCol - 1; col > labelCol; col--) {
      if (col !== passCol) made.series.getItemAt(col - labelCol - 1).delete();
    }
  }
  const left = layout.widths.length + 1;
  made.setPosition(cellAddress(top - 1, left), cellAddress(top + 14, left + 7));
  return true;
}

async function writeWidths(writer: RequestWriter, sheet: Excel.Worksheet, widths: number[]): Promise<void> {
  for (let col = 0; col < widths.length; col++) {
    await writer.reserve(2 * OPERATION_OVERHEAD);
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = pointsOfWidth(widths[col]);
  }
}

/**
 * The sheet's print setup (ExcelApi 1.9, Worksheet.pageLayout): landscape A4 fitted to the page's
 * width, the rows printed on every page, the footer. False where Excel has no page layout API: the
 * sheet is made without it.
 */
export async function writePrintSetup(writer: RequestWriter, session: OfficeSession, sheet: Excel.Worksheet, print: PrintSetup | undefined): Promise<boolean> {
  if (!print || !session.supports('1.9')) return false;
  await writer.reserve(10 * OPERATION_OVERHEAD + jsonBytes(print));
  const layout = sheet.pageLayout;
  layout.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.centerHorizontally = print.centerHorizontally;
  layout.printGridlines = print.gridlines;
  // 0 pages: as many as needed (Excel's "automatic").
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = print.footer.left;
  footer.rightFooter = print.footer.right;
  return true;
}

/** Adds the summary sheet (deleting the tool's old one first when `replace`); true when a chart was made. */
export async function writeSummarySheet(writer: RequestWriter, session: OfficeSession, layout: SummarySheetLayout, replace: boolean): Promise<{ chart: boolean }> {
  if (replace) await deleteSheet(writer, layout.name, false);
  await writer.reserve(OPERATION_OVERHEAD);
  const sheet = writer.context.workbook.worksheets.add(layout.name);
  await writeValues(writer, sheet, layout.cells);
  await writeStyles(writer, sheet, layout);
  for (const merge of layout.merges) {
    await writer.reserve(2 * OPERATION_OVERHEAD);
    sheet.getRange(rectAddress(merge)).merge(false);
  }
  await writeWidths(writer, sheet, layout.widths);
  await writeLinks(writer, sheet, layout.cells);
  await writePrintSetup(writer, session, sheet, layout.print);
  return { chart: await writeChart(writer, session, sheet, layout) };
}
