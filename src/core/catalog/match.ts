// Matching a workbook's indicator name to a catalog indicator: the normalised name, then the aliases,
// then a similarity score (a weak match is reported as such). The work is done by the catalog's
// name index (name-index.ts), built once per catalog.
import type { Catalog, CatalogMatch } from '../types';
import { nameKey } from '../text';
import { bigrams, dice } from './bigrams';
import { matchName, nameIndexOf } from './name-index';

export { FUZZY_THRESHOLD, cleanIndicatorName, nameIndexOf, matchName, type NameIndex } from './name-index';

/** Dice similarity of character bigrams of two names' keys, 0…1. */
export function similarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  return dice(bigrams(ka), bigrams(kb));
}

export function matchIndicator(name: string, catalog: Catalog): CatalogMatch | null {
  return matchName(nameIndexOf(catalog), name);
}
