// An exceljs workbook as the core's grid: values, number formats, merges, Excel tables. No Node
// imports, so that the task pane can read return files in the browser with the same code.
import type ExcelJS from 'exceljs';
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from '../../core/types';
import { parseCellAddress } from '../../core/address';
import { JOURNAL_SHEET, MERGE_JOURNAL_SHEET } from '../../core/journal';
import { cellRawValue } from './cells';

interface CellEntry {
  row: number;
  col: number;
  value: RawValue;
  format: string | null;
}

function cellEntries(worksheet: ExcelJS.Worksheet): CellEntry[] {
  const entries: CellEntry[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellRawValue(cell);
      if (value === null || value === '') return;
      const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      entries.push({ row: rowNumber - 1, col: colNumber - 1, value, format });
    });
  });
  return entries;
}

function mergesOf(worksheet: ExcelJS.Worksheet): CellRect[] {
  // exceljs keeps merges by master address; reading worksheet.model instead would serialise the whole sheet.
  const merges = (worksheet as unknown as { _merges: Record<string, { model: CellRect }> })._merges;
  return Object.values(merges).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}

function rectOfRange(range: string): CellRect | null {
  const [first, last = first] = range.split(':');
  const start = parseCellAddress(first);
  const end = parseCellAddress(last);
  if (!start || !end) return null;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function tablesOf(worksheet: ExcelJS.Worksheet): ({ name: string } & CellRect)[] {
  const tables: ({ name: string } & CellRect)[] = [];
  for (const entry of worksheet.getTables()) {
    // A loaded table keeps its area in tableRef; a table added in code keeps it in ref.
    const table = (Array.isArray(entry) ? entry[0] : entry) as unknown as { name?: string; table?: { name?: string; tableRef?: string; ref?: string } };
    const model = table.table;
    const rect = model?.tableRef ? rectOfRange(model.tableRef) : null;
    if (model && rect) tables.push({ name: model.name ?? table.name ?? '', ...rect });
  }
  return tables;
}

export function sheetGridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const entries = cellEntries(worksheet);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const e of entries) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.col);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.col);
  }
  if (entries.length === 0) [top, left] = [0, 0];
  const width = right - left + 1;
  const values: RawValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<RawValue>(width).fill(null));
  const formats: (string | null)[][] = [];
  for (const e of entries) {
    values[e.row - top][e.col - left] = e.value;
    if (e.format) (formats[e.row - top] ??= [])[e.col - left] = e.format;
  }
  const merges = mergesOf(worksheet);
  const tables = tablesOf(worksheet);
  return {
    name: worksheet.name,
    top,
    left,
    values,
    formats,
    ...(merges.length ? { merges } : {}),
    ...(tables.length ? { tables } : {}),
    ...(worksheet.state !== 'visible' ? { hidden: true } : {}),
  };
}

/** The tool's own journal sheets, never data. */
const JOURNAL_SHEETS = new Set([JOURNAL_SHEET, MERGE_JOURNAL_SHEET]);

/** Every worksheet but the journals; hidden ones are flagged (the check skips them, sheet names stay known). */
export function gridOf(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.filter((ws) => !JOURNAL_SHEETS.has(ws.name)).map(sheetGridOf) };
}
