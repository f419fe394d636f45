// Whether an edit reported by Excel's onChanged event can change the outcome of the last check.
import type { CellRect, TableLayout } from '../core/types';
import { columnIndex } from '../core/address';

export const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** One part of an address: `B7` / `$B$7` (a cell), `7` (a whole row), `B` (a whole column). */
function parsePart(part: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** The rectangles of `A1`, `A1:C4`, `3:5`, `B:D` or a comma-separated list; a sheet prefix is ignored. */
export function rectsOfChange(address: string): CellRect[] | null {
  const rects: CellRect[] = [];
  for (const area of address.split(',')) {
    const local = area.slice(area.lastIndexOf('!') + 1);
    const [first, last = first] = local.split(':');
    const a = parsePart(first);
    const b = parsePart(last);
    if (!a || !b) return null;
    rects.push({
      top: a.row ?? 0,
      bottom: b.row ?? UNBOUNDED,
      left: a.col ?? 0,
      right: b.col ?? UNBOUNDED,
    });
  }
  return rects;
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * True when the change touches a checked table on `sheet`: its header, its rows, or the row just
 * under it (typing a new indicator there extends the table). An address that cannot be read counts
 * as touching, so that the list is never left stale.
 */
export function changeTouchesTables(tables: TableLayout[], sheet: string, address: string): boolean {
  const onSheet = tables.filter((t) => t.sheet === sheet);
  if (onSheet.length === 0) return false;
  const rects = rectsOfChange(address);
  if (!rects) return true;
  return onSheet.some((t) => {
    const area = { top: t.headerTop, bottom: t.lastRow + 1, left: t.left, right: t.right };
    return rects.some((r) => overlaps(r, area));
  });
}

/** The sheets that hold checked tables, in order and without repeats. */
export function checkedSheets(tables: TableLayout[]): string[] {
  return [...new Set(tables.map((t) => t.sheet))];
}

/** A change Excel reported: the range `address` on `sheet`. */
export interface ReportedChange {
  sheet: string;
  address: string;
  /** Cells moved (inserted or deleted rows, columns or cells). */
  reshaped?: boolean;
}
