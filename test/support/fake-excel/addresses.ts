// A1 addresses as Excel takes and gives them: cells, ranges, whole rows and columns, sheet-qualified.
import type { CellRect } from '../../../src/core/types';
import { cellAddress, columnIndex } from '../../../src/core/address';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Excel quotes a sheet name in an address unless it is letters, digits, underscores and dots. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function rectToA1(rect: CellRect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    return `${cellAddress(0, rect.left).replace(/\d+$/, '')}:${cellAddress(0, rect.right).replace(/\d+$/, '')}`;
  }
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

export function qualifiedA1(sheet: string, rect: CellRect): string {
  return sheetPrefix(sheet) + rectToA1(rect);
}

/** Splits `'My sheet'!A1:B2` into the sheet name (or null) and the address part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

type Corner = { row: number | null; col: number | null };

function parseCorner(part: string): Corner | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if ((col !== null && col >= MAX_COLUMNS) || (row !== null && (row < 0 || row >= MAX_ROWS))) return null;
  return { row, col };
}

/** `A1`, `A1:B2`, `A:C`, `3:5` (no sheet name) as a rectangle; null when it is not an address. */
export function parseLocalAddress(local: string): CellRect | null {
  const [first, last = first, extra] = local.split(':');
  if (extra !== undefined) return null;
  const a = parseCorner(first);
  const b = parseCorner(last);
  if (!a || !b) return null;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  if (a.row === null && local.indexOf(':') < 0) return null; // a bare column letter is a name, not an address
  if (a.col === null && local.indexOf(':') < 0) return null;
  const top = a.row ?? 0;
  const bottom = b.row ?? MAX_ROWS - 1;
  const left = a.col ?? 0;
  const right = b.col ?? MAX_COLUMNS - 1;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const rect = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
}

export function cellCount(rect: CellRect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}
