// Which catalog a check uses: the one named by --catalog (a built-in id or a JSON file), none, or,
// by default, the workbook's own 指标库 sheet or else the built-in catalog its indicator names match best.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Catalog, WorkbookGrid } from '../core/types';
import { CoreError } from '../core/errors';
import { parseCatalogText } from '../core/catalog/load';
import { chooseCatalog as chooseWith, type CatalogOption, type ChosenCatalog } from '../core/catalog/choose';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';

/** `--catalog none` checks against the workbook's own targets only. */
export const NO_CATALOG = 'none';

export type { CatalogOption, ChosenCatalog };

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
  return parseCatalogText(text, label);
}

export async function resolveCatalogOption(option: string | undefined, cwd: string): Promise<CatalogOption> {
  if (option === undefined) return { kind: 'auto' };
  if (option === NO_CATALOG) return { kind: 'none' };
  const builtIn = findBuiltInCatalog(option);
  if (builtIn) return { kind: 'given', catalog: builtIn };
  if (looksLikePath(option)) return { kind: 'given', catalog: await readCatalogFile(resolve(cwd, option), option) };
  throw new CoreError('unknown-catalog', { id: option });
}

/** The catalog for this workbook, the built-in ones offered when none was named. */
export function chooseCatalog(option: CatalogOption, grid: WorkbookGrid): ChosenCatalog {
  return chooseWith(option, grid, builtInCatalogs);
}
