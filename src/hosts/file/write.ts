// Writing a workbook file: to a temporary name first, so that a failure never leaves half a file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { writeCustomProperties } from './custom-properties';

export interface WriteOptions {
  /** Custom document properties to set in the written file (exceljs itself writes none). */
  customProperties?: Record<string, string>;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string, options: WriteOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    let bytes: Uint8Array = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    if (options.customProperties && Object.keys(options.customProperties).length > 0) {
      bytes = await writeCustomProperties(bytes, options.customProperties, path);
    }
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}
