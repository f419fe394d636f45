// Reading an .xlsx file into the core's grid: values, number formats, merges, Excel tables.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { clearMarks } from './apply';
import { gridOf } from './grid';

export { gridOf, sheetGridOf } from './grid';

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
