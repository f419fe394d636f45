// The files the page offers for download: a workbook keeps its kind (.xlsm for a macro workbook), the
// merge gives one .zip.
import { isMacroWorkbook } from '../../hosts/file/jobs/output-name';
import type { OutputFile } from './protocol';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';
export const ZIP = 'application/zip';

export function workbookOutput(name: string, bytes: Uint8Array): OutputFile {
  return { name, mime: isMacroWorkbook(name) ? XLSM : XLSX, bytes };
}

/** The name with its last extension replaced: `总表.merged.xlsx` → `总表.merged.zip`. */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}
