// How well a catalog fits a checked workbook: how many of its indicator rows found their indicator.
// Most rows without one means the catalog chosen is not the workbook's plan (another city's catalog
// gives other targets and other lead departments), which the user should hear before trusting marks.
import type { WorkbookCheck } from '../check';

export interface CatalogFit {
  matched: number;
  rows: number;
  /** Fewer than half of the rows found their indicator. */
  poor: boolean;
}

/** Null without a catalog or without indicator rows. */
export function catalogFit(check: Pick<WorkbookCheck, 'catalog' | 'rows'>): CatalogFit | null {
  if (!check.catalog || check.rows.length === 0) return null;
  const matched = check.rows.filter((r) => r.indicator !== null).length;
  return { matched, rows: check.rows.length, poor: matched * 2 < check.rows.length };
}
