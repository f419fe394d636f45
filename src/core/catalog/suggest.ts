// Choosing the catalog a workbook was made from: the one whose indicators its tables name best.
// Each distinct name is matched once per catalog (through the catalog's name index), weighed by how
// often the workbook writes it.
import type { Catalog, SheetGrid, TableLayout, WorkbookGrid } from '../types';
import { findTables } from '../tables';
import { isOwnSummarySheet } from '../summary-sheet';
import { isCatalogSheet } from './sheet';
import { matchName, nameIndexOf } from './name-index';

export interface CatalogSuggestion {
  catalog: Catalog;
  /** Indicator names of the workbook that matched the catalog (fuzzy ones included). */
  matched: number;
  /** Share of the workbook's indicator names matched, fuzzy matches counting half: 0…1. */
  score: number;
}

/** Below this share of names the workbook is not taken to follow the catalog. */
export const MIN_SUGGESTION_SCORE = 0.3;
/** Two matching names can be chance; a catalog needs more to be chosen for a larger table. */
const MIN_MATCHED = 3;

function addNamesOfTable(sheet: SheetGrid, table: TableLayout, counts: Map<string, number>): void {
  const col = table.columns.name;
  if (col === undefined) return;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const value = sheet.values[row - sheet.top]?.[col - sheet.left];
    if (typeof value === 'string' && value.trim() !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
}

/** Each distinct indicator name in the workbook's tables (from the sheets a check reads), with how often it occurs. */
export function indicatorNameCounts(grid: WorkbookGrid): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sheet of grid.sheets) {
    if (sheet.hidden || isOwnSummarySheet(sheet, grid) || isCatalogSheet(sheet)) continue;
    for (const table of findTables(sheet)) addNamesOfTable(sheet, table, counts);
  }
  return counts;
}

/** The distinct indicator names of the workbook, in the order they first occur. */
export function indicatorNames(grid: WorkbookGrid): string[] {
  return [...indicatorNameCounts(grid).keys()];
}

function scoreCatalog(names: Map<string, number>, total: number, catalog: Catalog): { matched: number; exact: number; score: number } {
  const index = nameIndexOf(catalog);
  let matched = 0;
  let exact = 0;
  let weight = 0;
  for (const [name, count] of names) {
    const match = matchName(index, name);
    if (!match) continue;
    matched += count;
    if (match.kind === 'fuzzy') {
      weight += 0.5 * count;
    } else {
      exact += count;
      weight += count;
    }
  }
  return { matched, exact, score: total ? weight / total : 0 };
}

/**
 * The catalog that fits the workbook best, or null when none fits: too few of the workbook's names
 * match any catalog. Ties go to more exact matches, then to the catalog listed first.
 */
export function suggestCatalog(grid: WorkbookGrid, catalogs: Catalog[]): CatalogSuggestion | null {
  const names = indicatorNameCounts(grid);
  let total = 0;
  for (const count of names.values()) total += count;
  if (total === 0) return null;
  const needed = Math.min(MIN_MATCHED, total);
  let best: (CatalogSuggestion & { exact: number }) | null = null;
  for (const catalog of catalogs) {
    const { matched, exact, score } = scoreCatalog(names, total, catalog);
    if (score < MIN_SUGGESTION_SCORE || matched < needed) continue;
    if (!best || score > best.score || (score === best.score && exact > best.exact)) {
      best = { catalog, matched, score, exact };
    }
  }
  return best && { catalog: best.catalog, matched: best.matched, score: Math.round(best.score * 1000) / 1000 };
}
