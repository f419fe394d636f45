// Reading an .xlsx file into the core's grid: values, number formats, merges, Excel tables.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { parseCellAddress } from '../../core/address';
import { JOURNAL_SHEET } from '../../core/journal';
import { cellRawValue } from './cells';
import { clearMarks } from './apply';

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
  /** True when the file had been checked before and its marks were taken off in memory first. */
  hadMarks: boolean;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file signature of legacy .xls files and of password-protected .xlsx files. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** A password-protected .xlsx is a compound file with an EncryptionInfo stream (its name is UTF-16). */
function isEncryptedPackage(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function badInput(file: string, kind: string, reason = ''): CoreError {
  return new CoreError('bad-input', { file, kind, reason });
}

async function readBytes(path: string, label: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(label, 'missing');
    if (code === 'EISDIR') throw badInput(label, 'not-workbook');
    throw badInput(label, 'unreadable', code ?? String(e));
  }
}

/** Loads workbook bytes; `file` names the file in error messages. */
export async function loadWorkbook(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) {
    throw badInput(file, isEncryptedPackage(bytes) ? 'encrypted' : 'not-workbook');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw badInput(file, 'not-workbook');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw badInput(file, 'unreadable', e instanceof Error ? e.message : String(e));
  }
  if (workbook.worksheets.length === 0) throw badInput(file, 'not-workbook');
  return workbook;
}

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

/** Every worksheet but the journal; hidden ones are flagged (the check skips them, sheet names stay known). */
export function gridOf(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.filter((ws) => ws.name !== JOURNAL_SHEET).map(sheetGridOf) };
}

/**
 * Opens a workbook file as it is; an unusable file is a CoreError('bad-input') that names it as
 * `label` (the path as the user typed it, by default the path itself).
 */
export async function openWorkbook(path: string, label = path): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readBytes(path, label), label);
}

/**
 * Reads a workbook file for a check. A workbook checked before is first put back as it was (in
 * memory only), so that a new check neither stacks marks nor takes the old marks for the user's formatting.
 */
export async function readWorkbook(path: string, label = path): Promise<ReadWorkbook> {
  const workbook = await openWorkbook(path, label);
  const hadMarks = clearMarks(workbook, label) !== null;
  return { workbook, grid: gridOf(workbook), hadMarks };
}
