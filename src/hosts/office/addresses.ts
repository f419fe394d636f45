// Addresses as Office.js returns them (`'自评表'!B3:E6`, lists joined by ", ") back into rectangles.
import type { CellRect } from '../../core/types';
import { parseCellAddress } from '../../core/address';

/** The rectangle of `Sheet!A1:B2`, `A1` or `'My sheet'!A1`; null for anything else (whole rows or columns). */
export function rectOfAddress(address: string): CellRect | null {
  const local = address.slice(address.lastIndexOf('!') + 1).trim();
  const [first, last = first] = local.split(':');
  const start = parseCellAddress(first);
  const end = parseCellAddress(last);
  if (!start || !end) return null;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** The areas of a RangeAreas address. Sheet names may contain commas, so split only after a cell reference. */
export function rectsOfAreas(address: string): CellRect[] {
  return address
    .split(/(?<=\$?[A-Za-z]{1,3}\$?\d+)\s*[,;]\s*/)
    .map(rectOfAddress)
    .filter((rect): rect is CellRect => rect !== null);
}

/** `'自评表'!E4` or `Sheet1!E4` as the sheet name and the cell; null when it is not one cell of a named sheet. */
export function qualifiedCell(address: string): { sheet: string; row: number; col: number } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseCellAddress(address.slice(bang + 1));
  return cell ? { sheet, ...cell } : null;
}
