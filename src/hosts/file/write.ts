// Writing a workbook file: to a short temporary name beside it first, so that a failure never leaves
// half a file. A checked workbook is its patched package (workbooks the tool makes from nothing are
// written in ./template-and-feedback-files).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileWorkbook } from './package/file-workbook';
import { setPackageProperties } from './package/custom-properties';

export interface WriteOptions {
  /** Custom document properties to set in the written file. */
  customProperties?: Record<string, string>;
}

export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A short name: a long file name plus a suffix could pass the file system's 255 bytes.
  const temporary = join(dirname(path), `.ic-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

export async function writeWorkbook(workbook: FileWorkbook, path: string, options: WriteOptions = {}): Promise<void> {
  if (options.customProperties && Object.keys(options.customProperties).length > 0) {
    await setPackageProperties(workbook.pkg, options.customProperties);
  }
  await writeAtomically(path, await workbook.save());
}
