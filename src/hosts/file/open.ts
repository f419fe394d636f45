// Opening workbook bytes for the file host, without Node: the bytes checked for what they are (a zip
// package, an encrypted or legacy compound file, something else) and opened as a package to be
// patched. The command line reads the bytes from disk (./read), the web page from the file chooser.
import type { WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { FileWorkbook } from './package/file-workbook';
import { clearMarks } from './apply';

export interface ReadWorkbook {
  workbook: FileWorkbook;
  grid: WorkbookGrid;
  /** True when the file had been checked before and its marks were taken off in memory first. */
  hadMarks: boolean;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file signature of legacy .xls files and of password-protected .xlsx files. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" as UTF-16LE: the stream a password-protected .xlsx has in its compound file. */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

export function badInput(file: string, kind: string, reason = ''): CoreError {
  return new CoreError('bad-input', { file, kind, reason });
}

/** Opens workbook bytes as a package; `file` names the file in error messages. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) {
    throw badInput(file, contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'legacy-workbook');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw badInput(file, 'not-workbook');
  let workbook: FileWorkbook;
  try {
    workbook = await FileWorkbook.open(bytes, file);
  } catch (e) {
    throw badInput(file, 'unreadable', e instanceof Error ? e.message : String(e));
  }
  if (!workbook.sheets.some((s) => s.part)) throw badInput(file, 'not-workbook');
  return workbook;
}

/** The grid of an opened workbook; a part that cannot be read is the file's fault, said so. */
export async function gridOfWorkbook(workbook: FileWorkbook): Promise<WorkbookGrid> {
  try {
    return await workbook.grid();
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw badInput(workbook.file, 'unreadable', e instanceof Error ? e.message : String(e));
  }
}

/**
 * Reads a workbook for a check. A workbook checked before is first put back as it was (in memory
 * only), so that a new check neither stacks marks nor takes the old marks for the user's formatting.
 */
export async function readWorkbookBytes(bytes: Uint8Array, label: string): Promise<ReadWorkbook> {
  const workbook = await loadWorkbook(bytes, label);
  const hadMarks = (await clearMarks(workbook)) !== null;
  return { workbook, grid: await gridOfWorkbook(workbook), hadMarks };
}
