// The rows that Excel's reported changes cover, for re-checking only those (loaded with the first
// live re-check, outside the pane's first load).
import { unionRows, type SheetRows } from '../core/touched-rows';
import { UNBOUNDED, rectsOfChange, type ReportedChange } from './changed-cells';

/**
 * The rows the changes cover; null when cells moved, an address cannot be read or names whole rows
 * or columns, or the changes cover more than `limit` rows.
 */
export function rowsOfChanges(changes: readonly ReportedChange[], limit: number): SheetRows[] | null {
  let rows: SheetRows[] = [];
  for (const { sheet, address, reshaped } of changes) {
    if (reshaped) return null;
    const rects = rectsOfChange(address);
    if (!rects) return null;
    for (const rect of rects) {
      if (rect.bottom === UNBOUNDED || rect.right === UNBOUNDED || rect.bottom - rect.top >= limit) return null;
      rows = unionRows(rows, [{ sheet, rows: Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i) }]);
    }
  }
  return rows.reduce((n, s) => n + s.rows.length, 0) > limit ? null : rows;
}
