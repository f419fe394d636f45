// What the web page's downloads are compared with: the input, part by part (only the parts the job
// may write differ, the parts it adds are exactly those expected), and the same job run in Node on
// the same bytes by the file host, cell by cell, so that the page is held to the command line.
import assert from 'node:assert/strict';
import { loadWorkbook } from '../../../src/hosts/file/open';
import { packageParts, sheetCells, sheetNotes } from '../../support/package-parts';

export interface PartChanges {
  /** Parts that may differ from the input. */
  mayChange: string[];
  /** Parts the job adds, exactly. */
  added: string[];
}

/** Every part of `input` is in `output`, byte-identical unless it may change; the parts added are `added`. */
export async function assertParts(input: Uint8Array, output: Uint8Array, expected: PartChanges, label = ''): Promise<void> {
  const before = await packageParts(input);
  const after = await packageParts(output);
  const mayChange = new Set(expected.mayChange);
  const missing = [...before.keys()].filter((name) => !after.has(name));
  assert.deepEqual(missing, [], `${label}: parts of the input missing from the download`);
  const changed = [...before].filter(([name, bytes]) => !mayChange.has(name) && !after.get(name)!.equals(bytes)).map(([name]) => name);
  assert.deepEqual(changed, [], `${label}: parts that should be byte-identical to the input`);
  const added = [...after.keys()].filter((name) => !before.has(name)).sort();
  assert.deepEqual(added, [...expected.added].sort(), `${label}: parts added`);
}

/** A time as the tool shows it (2026-03-01 08:00), masked: the page and Node ran a few seconds apart. */
const maskTimes = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?Z?)?/g, '<time>');

/** Every cell (value, formula, style) and note of the named sheets, times masked. */
export async function workbookCells(bytes: Uint8Array, sheets?: string[]): Promise<Record<string, Record<string, string>>> {
  const workbook = await loadWorkbook(bytes, 'download.xlsx');
  const names = sheets ?? workbook.sheets.map((s) => s.name).filter((name) => !name.startsWith('_IndicatorCheck'));
  const result: Record<string, Record<string, string>> = {};
  for (const name of names) {
    const cells: Record<string, string> = {};
    for (const [ref, cell] of await sheetCells(workbook, name)) cells[ref] = maskTimes(cell);
    for (const [ref, note] of await sheetNotes(workbook, name)) cells[`${ref} note`] = maskTimes(note);
    result[name] = cells;
  }
  return result;
}

export async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  return (await loadWorkbook(bytes, 'download.xlsx')).sheets.map((s) => s.name);
}

/** The value of one cell ('自评表', 'E4'), null when empty. */
export async function cellValue(bytes: Uint8Array, sheet: string, ref: string): Promise<unknown> {
  const cells = await sheetCells(await loadWorkbook(bytes, 'download.xlsx'), sheet);
  const cell = cells.get(ref);
  return cell === undefined ? null : (JSON.parse(cell) as { value: unknown }).value;
}

export async function notesOf(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  return sheetNotes(await loadWorkbook(bytes, 'download.xlsx'), sheet);
}

/** The fill colour (ARGB) of a cell, null when it has none. */
export async function fillOf(bytes: Uint8Array, sheet: string, ref: string): Promise<string | null> {
  const cell = (await sheetCells(await loadWorkbook(bytes, 'download.xlsx'), sheet)).get(ref);
  if (!cell) return null;
  const fill = (JSON.parse(cell) as { style: { fill?: string } }).style.fill ?? '';
  return /<fgColor rgb="([0-9A-F]{8})"/i.exec(fill)?.[1] ?? null;
}

/** The whole numbers in a line of text ('已核查7项指标：达标3项，未达标4项' → [7, 3, 4]). */
export const numbersIn = (text: string): number[] => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
