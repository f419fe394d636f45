// Sets of cells as few rectangles as possible, so that a host can address them in short lists.
import type { CellRect } from './types';
import { rangeAddress } from './address';

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Covers exactly the given cells with rectangles: runs of consecutive rows in a column first (marks
 * sit mostly in one column), then side-by-side runs with the same rows joined into one rectangle.
 * Duplicates are ignored. The result is ordered by column, then row.
 */
export function rectanglesOf(cells: readonly CellPosition[]): CellRect[] {
  const rowsByCol = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let rows = rowsByCol.get(col);
    if (!rows) rowsByCol.set(col, (rows = new Set()));
    rows.add(row);
  }
  const rects: CellRect[] = [];
  /** The rectangle that ends in the previous column, by its row span. */
  let open = new Map<string, CellRect>();
  let previousCol = -2;
  for (const col of [...rowsByCol.keys()].sort((a, b) => a - b)) {
    const rows = [...rowsByCol.get(col)!].sort((a, b) => a - b);
    const next = new Map<string, CellRect>();
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const top = rows[start];
      const bottom = rows[i - 1];
      const span = `${top}:${bottom}`;
      const extendable = col === previousCol + 1 ? open.get(span) : undefined;
      if (extendable) {
        extendable.right = col;
        next.set(span, extendable);
      } else {
        const rect = { top, left: col, bottom, right: col };
        rects.push(rect);
        next.set(span, rect);
      }
      start = i;
    }
    open = next;
    previousCol = col;
  }
  return rects.sort((a, b) => a.left - b.left || a.top - b.top);
}

export function rectAddress(rect: CellRect): string {
  return rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
}
