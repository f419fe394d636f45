// A workbook's package compared part by part and cell by cell, for the tests that assert that a
// written copy differs from its input only by what the tool meant to write (the file host's
// nothing-lost tests and the web page's browser tests).
import JSZip from 'jszip';
import type { FileWorkbook } from '../../src/hosts/file';

/** Every part of the package (no folder entries), by name. */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) result.set(name, Buffer.from(await entry.async('uint8array')));
  return result;
}

/** Every cell of a sheet: value, formula and its whole style resolved through the style sheet, by A1 reference. */
export async function sheetCells(workbook: FileWorkbook, sheet: string): Promise<Map<string, string>> {
  const styles = await workbook.styles();
  const cells = new Map<string, string>();
  const columnName = (col: number) => String.fromCharCode(65 + col);
  for (const c of (await workbook.readSheet(sheet)).cells.all()) {
    cells.set(`${columnName(c.col)}${c.row + 1}`, JSON.stringify({ value: c.value, formula: c.formula, style: styles.describe(c.style) }));
  }
  return cells;
}

/** The notes of a sheet, text by A1 reference. */
export async function sheetNotes(workbook: FileWorkbook, sheet: string): Promise<Map<string, string>> {
  const notes = await workbook.notes(sheet);
  return new Map([...notes.notes].map(([ref, n]) => [ref, n.text]));
}
