// A cheap fingerprint of a grid's sheets and values (FNV-1a over names and cells), to tell whether a
// workbook read for a job is the one the automatic catalog choice was just made for.
import type { WorkbookGrid } from '../../core/types';

export function gridFingerprint(grid: WorkbookGrid): string {
  let hash = 0x811c9dc5;
  let cells = 0;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const sheet of grid.sheets) {
    add(`${sheet.name}|${sheet.top}|${sheet.left}|${sheet.hidden ? 1 : 0}`);
    for (const row of sheet.values) {
      for (const value of row) {
        add(value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : `${typeof value}:${value}`);
        cells++;
      }
      add('\n');
    }
  }
  add((grid.ownedSheets ?? []).join('|'));
  return `${(hash >>> 0).toString(16)}:${cells}`;
}
