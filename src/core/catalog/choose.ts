// Which catalog a check uses: one the user named, none, the workbook's own 指标库 sheet, or by
// default that sheet, else the built-in catalog whose indicators the workbook's names match best.
import type { Catalog, WorkbookGrid } from '../types';
import { CoreError } from '../errors';
import { catalogFromSheet, findCatalogSheet } from './sheet';
import { suggestCatalog } from './suggest';

export type CatalogOption = { kind: 'given'; catalog: Catalog } | { kind: 'none' } | { kind: 'auto' } | { kind: 'workbook' };

export type ChosenCatalog =
  | { how: 'given'; catalog: Catalog }
  | { how: 'workbook'; catalog: Catalog; sheet: string }
  | { how: 'suggested'; catalog: Catalog; matched: number }
  | { how: 'none'; catalog: null };

export function chooseCatalog(option: CatalogOption, grid: WorkbookGrid, builtIns: Catalog[]): ChosenCatalog {
  if (option.kind === 'given') return { how: 'given', catalog: option.catalog };
  if (option.kind === 'none') return { how: 'none', catalog: null };
  const sheet = findCatalogSheet(grid.sheets);
  if (sheet) {
    const catalog = catalogFromSheet(sheet);
    if (catalog.indicators.length > 0) return { how: 'workbook', catalog, sheet: sheet.name };
  }
  if (option.kind === 'workbook') throw new CoreError('bad-input', { file: '', kind: 'no-catalog-sheet' });
  const suggestion = suggestCatalog(grid, builtIns);
  return suggestion
    ? { how: 'suggested', catalog: suggestion.catalog, matched: suggestion.matched }
    : { how: 'none', catalog: null };
}
