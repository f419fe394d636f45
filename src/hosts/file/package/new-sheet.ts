// The worksheet XML of a sheet the tool makes (the summary sheet, its journal): cells, merged areas,
// column widths and row heights, and how it prints (fit to the page's width, the footer).
import type { CellRect, PrintSetup } from '../../../core/types';
import { newCell } from './cell-xml';
import { escapeText } from './xml';
import { footerCode } from '../../../core/print-layout';
import { refOf } from './sheet-patch';

export interface NewSheetCell {
  row: number;
  col: number;
  value: string | number | null;
  style: number;
  formula?: string;
}

export interface NewSheetLayout {
  cells: NewSheetCell[];
  merges?: CellRect[];
  /** Column widths in characters, from column 0. */
  widths?: number[];
  /** Row heights in points, by 0-based row. */
  heights?: Map<number, number>;
  /** Print setup; the rows repeated on every page are a defined name of the workbook (not here). */
  print?: PrintSetup;
}

/** Paper size 9: A4. */
const A4 = 9;

/** The print elements, in the schema's order after mergeCells: printOptions, pageMargins, pageSetup, headerFooter. */
function printXml(print: PrintSetup | undefined): string {
  const margins = `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>`;
  if (!print) return `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  const options: string[] = [];
  if (print.centerHorizontally) options.push('horizontalCentered="1"');
  if (print.gridlines) options.push('gridLines="1"');
  const printOptions = options.length ? `<printOptions ${options.join(' ')}/>` : '';
  const setup = `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>`;
  const footer = `<headerFooter><oddFooter>${escapeText(footerCode(print))}</oddFooter></headerFooter>`;
  return printOptions + margins + setup + footer;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function newSheetXml(layout: NewSheetLayout): string {
  const byRow = new Map<number, NewSheetCell[]>();
  let bottom = 0;
  let right = 0;
  for (const cell of layout.cells) {
    (byRow.get(cell.row) ?? byRow.set(cell.row, []).get(cell.row)!).push(cell);
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.col);
  }
  for (const row of layout.heights?.keys() ?? []) {
    if (!byRow.has(row)) byRow.set(row, []);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b).map((row) => {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const height = layout.heights?.get(row);
    const attributes = height ? ` ht="${height}" customHeight="1"` : '';
    return `<row r="${row + 1}"${attributes}>${cells.map((c) => newCell(refOf(c.row, c.col), c.value, c.style, c.formula)).join('')}</row>`;
  });
  const widths = layout.widths ?? [];
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const merges = layout.merges?.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges
        .map((m) => `<mergeCell ref="${refOf(m.top, m.left)}:${refOf(m.bottom, m.right)}"/>`)
        .join('')}</mergeCells>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    // Fit to page: pageSetup's fitToWidth / fitToHeight scale the print instead of a zoom.
    (layout.print ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : '') +
    `<dimension ref="A1:${refOf(bottom, right)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    merges +
    printXml(layout.print) +
    `</worksheet>`
  );
}
