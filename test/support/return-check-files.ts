// The returns of return-check-fixture.ts as .xlsx workbooks written with exceljs (not under jsdom).
import ExcelJS from 'exceljs';
import { RETURN_LAYOUT, RETURN_SHEET } from '../../src/core/returns/format';
import { cellsOf, type ReturnFixture } from './return-check-fixture';

/** The return as an exceljs workbook (marker column hidden, as `returns make` writes it). */
export function returnWorkbook(fixture: ReturnFixture): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(RETURN_SHEET);
  for (const [row, col, value, format] of cellsOf(fixture)) {
    if (value === null) continue;
    const cell = ws.getCell(row + 1, col + 1);
    cell.value = typeof value === 'object' ? null : value;
    if (format) cell.numFmt = format;
  }
  ws.getColumn(RETURN_LAYOUT.columns.marker + 1).hidden = true;
  return workbook;
}

export async function returnBytes(fixture: ReturnFixture): Promise<Uint8Array> {
  return new Uint8Array((await returnWorkbook(fixture).xlsx.writeBuffer()) as ArrayBuffer);
}
