// Opening a workbook file for the file host: the bytes checked for what they are (a zip package, an
// encrypted or legacy compound file, something else) and opened as a package to be patched.
import { readFile } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { FileWorkbook } from './package/file-workbook';
import { clearMarks } from './apply';
import { useNativeDeflate } from './package/zip';

// In Node, the package's parts are deflated and inflated by zlib (several times fflate's speed).
useNativeDeflate({ deflateRaw: (data) => deflateRawSync(data, { level: 4 }), inflateRaw: (data) => inflateRawSync(data) });

export interface ReadWorkbook {
  workbook: FileWorkbook;
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
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function badInput(file: string, kind: string, reason = ''): CoreError {
  return new CoreError('bad-input', { file, kind, reason });
}

async function readBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(label, 'missing');
    if (code === 'EISDIR') throw badInput(label, 'not-workbook');
    throw badInput(label, 'unreadable', code ?? String(e));
  }
}

/** Opens workbook bytes as a package; `file` names the file in error messages. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) {
    throw badInput(file, isEncryptedPackage(bytes) ? 'encrypted' : 'not-workbook');
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

/** Opens a workbook file as it is; an unusable file is a CoreError('bad-input') that names it as `label`. */
export async function openWorkbook(path: string, label = path): Promise<FileWorkbook> {
  return loadWorkbook(await readBytes(path, label), label);
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

export async function readWorkbook(path: string, label = path): Promise<ReadWorkbook> {
  return readWorkbookBytes(await readBytes(path, label), label);
}
