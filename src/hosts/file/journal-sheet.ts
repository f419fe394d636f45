// The journal's very hidden sheet in an exceljs workbook.
import type ExcelJS from 'exceljs';
import type { RawValue } from '../../core/types';
import { JOURNAL_SHEET, decodeJournal, encodeJournal, type Journal } from '../../core/journal';
import { cellRawValue } from './cells';

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

/** The workbook's journal, or null when it has none; a damaged one throws CoreError('bad-journal'). */
export function readJournal(workbook: ExcelJS.Workbook, file: string): Journal | null {
  const worksheet = workbook.getWorksheet(JOURNAL_SHEET);
  return worksheet ? decodeJournal(sheetRows(worksheet), file) : null;
}

export function removeJournal(workbook: ExcelJS.Workbook): void {
  const worksheet = workbook.getWorksheet(JOURNAL_SHEET);
  if (worksheet) workbook.removeWorksheet(worksheet.id);
}

export function writeJournal(workbook: ExcelJS.Workbook, journal: Journal): void {
  removeJournal(workbook);
  const worksheet = workbook.addWorksheet(JOURNAL_SHEET, { state: 'veryHidden' });
  for (const row of encodeJournal(journal)) worksheet.addRow(row);
}
