// Writing a workbook file: to a temporary name first, so that a failure never leaves half a file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const bytes = await workbook.xlsx.writeBuffer();
    await writeFile(temporary, new Uint8Array(bytes as ArrayBuffer));
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}
