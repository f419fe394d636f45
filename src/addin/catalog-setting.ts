// The catalog choice as it is remembered in the document's settings, so that the ribbon commands use
// the catalog the task pane chose. Only choices that can be made again without the pane are kept:
// automatic, none, or a built-in catalog by id (a catalog loaded from a file is not).
import type { CatalogRequest } from './jobs';

export const CATALOG_SETTING_KEY = 'indicatorCheck.catalog';

/** 'auto', 'none' or a built-in catalog's id; null for a choice that is not remembered. */
export function catalogSettingValue(request: CatalogRequest): string | null {
  switch (request.kind) {
    case 'auto':
    case 'none':
      return request.kind;
    case 'builtin':
      return request.id;
    case 'given':
      return null;
  }
}

/** The request a stored value stands for; null when the value is absent or names no known catalog. */
export function catalogRequestFromSetting(value: unknown, isBuiltIn: (id: string) => boolean): CatalogRequest | null {
  if (typeof value !== 'string') return null;
  if (value === 'auto' || value === 'none') return { kind: value };
  return isBuiltIn(value) ? { kind: 'builtin', id: value } : null;
}
