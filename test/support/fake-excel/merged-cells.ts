// Cells covered by a merged area (every cell of it but the top-left). Excel shows only the top-left
// cell's value and note; the fake keeps whatever a request writes into a covered cell, as it keeps
// any write, and counts it in stats.coveredWrites, so that tests can assert a host never does it.
import type { FakeSheet } from './state';
import type { FakeStats } from './client';

export function isCovered(sheet: FakeSheet, row: number, col: number): boolean {
  return sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

/** Counts a write of a value, formula or note into a covered cell; `input` null or undefined writes nothing. */
export function countCoveredWrite(stats: FakeStats, sheet: FakeSheet, row: number, col: number, input: unknown): void {
  if (input !== null && input !== undefined && isCovered(sheet, row, col)) stats.coveredWrites++;
}
