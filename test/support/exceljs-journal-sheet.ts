// The journal's very hidden sheet read from an exceljs workbook, for ./exceljs-grid (the product
// reads and writes journals through the package in src/hosts/file/package).
import type ExcelJS from 'exceljs';
import type { RawValue } from '../../src/core/types';
import { JOURNAL_MARKER, JOURNAL_SHEET, decodeJournal, type Journal } from '../../src/core/journal';
import { cellRawValue } from '../../src/hosts/file/cells';

function sheetRows(worksheet: ExcelJS.Worksheet): RawValue[][] {
  const rows: RawValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = cellRawValue(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * The workbook's journal, or null when it has none; a damaged one throws CoreError('bad-journal').
 * `sheet` and `marker` name another journal of the same format (the merge journal).
 */
export function readJournal(workbook: ExcelJS.Workbook, file: string, sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Journal | null {
  const worksheet = workbook.getWorksheet(sheet);
  return worksheet ? decodeJournal(sheetRows(worksheet), file, marker) : null;
}
