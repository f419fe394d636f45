// Which catalog a check uses: the one named by --catalog (a built-in id or a JSON file), none, or,
// by default, the workbook's own 指标库 sheet or else the built-in catalog its indicator names match best.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Catalog, WorkbookGrid } from '../core/types';
import { CoreError } from '../core/errors';
import { parseCatalog } from '../core/catalog/load';
import { catalogFromSheet, findCatalogSheet } from '../core/catalog/sheet';
import { suggestCatalog } from '../core/catalog/suggest';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';

/** `--catalog none` checks against the workbook's own targets only. */
export const NO_CATALOG = 'none';

export type CatalogOption = { kind: 'given'; catalog: Catalog } | { kind: 'none' } | { kind: 'auto' };

export type ChosenCatalog =
  | { how: 'given'; catalog: Catalog }
  | { how: 'workbook'; catalog: Catalog; sheet: string }
  | { how: 'suggested'; catalog: Catalog; matched: number }
  | { how: 'none'; catalog: null };

function looksLikePath(value: string): boolean {
  return /\.json$/i.test(value) || /[\\/]/.test(value);
}

/** `label` is the path as the user typed it, for messages. */
async function readCatalogFile(path: string, label: string): Promise<Catalog> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CoreError('bad-input', code === 'ENOENT' ? { file: label, kind: 'missing' } : { file: label, kind: 'unreadable', reason: code ?? String(e) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CoreError('bad-catalog', { source: label, field: '(JSON)', reason: e instanceof Error ? e.message : String(e) });
  }
  return parseCatalog(json, label);
}

export async function resolveCatalogOption(option: string | undefined, cwd: string): Promise<CatalogOption> {
  if (option === undefined) return { kind: 'auto' };
  if (option === NO_CATALOG) return { kind: 'none' };
  const builtIn = findBuiltInCatalog(option);
  if (builtIn) return { kind: 'given', catalog: builtIn };
  if (looksLikePath(option)) return { kind: 'given', catalog: await readCatalogFile(resolve(cwd, option), option) };
  throw new CoreError('unknown-catalog', { id: option });
}

export function chooseCatalog(option: CatalogOption, grid: WorkbookGrid): ChosenCatalog {
  if (option.kind === 'given') return { how: 'given', catalog: option.catalog };
  if (option.kind === 'none') return { how: 'none', catalog: null };
  const sheet = findCatalogSheet(grid.sheets);
  if (sheet) {
    const catalog = catalogFromSheet(sheet);
    if (catalog.indicators.length > 0) return { how: 'workbook', catalog, sheet: sheet.name };
  }
  const suggestion = suggestCatalog(grid, builtInCatalogs);
  return suggestion
    ? { how: 'suggested', catalog: suggestion.catalog, matched: suggestion.matched }
    : { how: 'none', catalog: null };
}
