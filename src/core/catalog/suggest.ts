// Choosing the catalog a workbook was made from: the one whose indicators its tables name best.
import type { Catalog, SheetGrid, TableLayout, WorkbookGrid } from '../types';
import { findTables } from '../tables';
import { isOwnSummarySheet } from '../summary-sheet';
import { isCatalogSheet } from './sheet';
import { matchIndicator } from './match';

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

function namesOfTable(sheet: SheetGrid, table: TableLayout): string[] {
  const col = table.columns.name;
  if (col === undefined) return [];
  const names: string[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const value = sheet.values[row - sheet.top]?.[col - sheet.left];
    if (typeof value === 'string' && value.trim() !== '') names.push(value);
  }
  return names;
}

/** The indicator names in the workbook's tables, from the sheets a check reads. */
export function indicatorNames(grid: WorkbookGrid): string[] {
  const names: string[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.hidden || isOwnSummarySheet(sheet, grid) || isCatalogSheet(sheet)) continue;
    for (const table of findTables(sheet)) names.push(...namesOfTable(sheet, table));
  }
  return names;
}

function scoreCatalog(names: string[], catalog: Catalog): { matched: number; exact: number; score: number } {
  let matched = 0;
  let exact = 0;
  let weight = 0;
  for (const name of names) {
    const match = matchIndicator(name, catalog);
    if (!match) continue;
    matched++;
    if (match.kind === 'fuzzy') {
      weight += 0.5;
    } else {
      exact++;
      weight += 1;
    }
  }
  return { matched, exact, score: names.length ? weight / names.length : 0 };
}

/**
 * The catalog that fits the workbook best, or null when none fits: too few of the workbook's names
 * match any catalog. Ties go to more exact matches, then to the catalog listed first.
 */
export function suggestCatalog(grid: WorkbookGrid, catalogs: Catalog[]): CatalogSuggestion | null {
  const names = indicatorNames(grid);
  if (names.length === 0) return null;
  const needed = Math.min(MIN_MATCHED, names.length);
  let best: (CatalogSuggestion & { exact: number }) | null = null;
  for (const catalog of catalogs) {
    const { matched, exact, score } = scoreCatalog(names, catalog);
    if (score < MIN_SUGGESTION_SCORE || matched < needed) continue;
    if (!best || score > best.score || (score === best.score && exact > best.exact)) {
      best = { catalog, matched, score, exact };
    }
  }
  return best && { catalog: best.catalog, matched: best.matched, score: Math.round(best.score * 1000) / 1000 };
}
