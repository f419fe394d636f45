// Writing the departments' return templates, which the tool makes from nothing with exceljs (their
// data validations and sheet protection): there is no user's package to keep. The feedback files are
// written by the package writer (./jobs/new-workbook).
import type ExcelJS from 'exceljs';
import { writeCustomProperties } from './custom-properties';
import { writeAtomically, type WriteOptions } from './write';

/** A workbook the tool made from nothing, through exceljs; custom properties set in its package. */
export async function writeNewWorkbook(workbook: ExcelJS.Workbook, path: string, options: WriteOptions = {}): Promise<void> {
  let bytes: Uint8Array = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (options.customProperties && Object.keys(options.customProperties).length > 0) {
    bytes = await writeCustomProperties(bytes, options.customProperties, path);
  }
  await writeAtomically(path, bytes);
}
