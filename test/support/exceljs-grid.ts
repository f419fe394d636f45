// An exceljs workbook as the core's grid, for tests that build workbooks with exceljs and check them
// without writing a file: values, number formats, formulas, merges, Excel tables, and the sheets the
// journals say the tool made. (The product reads files with the package reader in src/hosts/file.)
import type ExcelJS from 'exceljs';
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from '../../src/core/types';
import { parseCellAddress } from '../../src/core/address';
import { JOURNAL_MARKER, JOURNAL_SHEET, MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET } from '../../src/core/journal';
import { cellRawValue } from '../../src/hosts/file/cells';
import { readJournal } from './exceljs-journal-sheet';

interface CellEntry {
  row: number;
  col: number;
  value: RawValue;
  format: string | null;
  formula: string | null;
}

/** exceljs's cell type of the covered cells of a merged area. */
const MERGE_CELL_TYPE = 1;

/** The cell's formula without '=' (a shared formula's own, translated by exceljs), or null. */
function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type === MERGE_CELL_TYPE) return null;
  const value = cell.value;
  if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return null;
  const text = cell.formula;
  return typeof text === 'string' && text !== '' ? text.replace(/^=/, '') : null;
}

function cellEntries(worksheet: ExcelJS.Worksheet): CellEntry[] {
  const entries: CellEntry[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellRawValue(cell);
      const formula = formulaOf(cell);
      if ((value === null || value === '') && formula === null) return;
      const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      entries.push({ row: rowNumber - 1, col: colNumber - 1, value: value === '' ? null : value, format, formula });
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
  const formulas: (string | null)[][] = [];
  for (const e of entries) {
    values[e.row - top][e.col - left] = e.value;
    if (e.format) (formats[e.row - top] ??= [])[e.col - left] = e.format;
    if (e.formula) (formulas[e.row - top] ??= [])[e.col - left] = e.formula;
  }
  const merges = mergesOf(worksheet);
  const tables = tablesOf(worksheet);
  return {
    name: worksheet.name,
    top,
    left,
    values,
    formats,
    ...(formulas.length ? { formulas } : {}),
    ...(merges.length ? { merges } : {}),
    ...(tables.length ? { tables } : {}),
    ...(worksheet.state !== 'visible' ? { hidden: true } : {}),
  };
}

/** The tool's own journal sheets, never data. */
const JOURNAL_SHEETS = new Set([JOURNAL_SHEET, MERGE_JOURNAL_SHEET]);

/** The sheets the journals say the tool made (the summary sheet, the consolidation sheet). */
function ownedSheetsOf(workbook: ExcelJS.Workbook): string[] {
  const owned: string[] = [];
  for (const [sheet, marker] of [[JOURNAL_SHEET, JOURNAL_MARKER], [MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER]]) {
    try {
      const name = readJournal(workbook, '', sheet, marker)?.summarySheet;
      if (name) owned.push(name);
    } catch {
      // A damaged journal owns nothing; the operation that needs it reports it.
    }
  }
  return owned;
}

/** Every worksheet but the journals; hidden ones are flagged (the check skips them, sheet names stay known). */
export function gridOf(workbook: ExcelJS.Workbook): WorkbookGrid {
  const owned = ownedSheetsOf(workbook);
  return {
    sheets: workbook.worksheets.filter((ws) => !JOURNAL_SHEETS.has(ws.name)).map(sheetGridOf),
    ...(owned.length ? { ownedSheets: owned } : {}),
  };
}
