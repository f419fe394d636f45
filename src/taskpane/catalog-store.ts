// Remembers the pane's catalog choice in the document's settings, in the form the ribbon commands
// read (src/addin/document-settings.ts).
import type { CatalogRequest } from '../addin/jobs';
import { CATALOG_SETTING, catalogRequestOf, catalogSettingOf } from '../addin/document-settings';

export interface CatalogStore {
  /** Null when nothing usable is stored. */
  load(): CatalogRequest | null;
  save(request: CatalogRequest): void;
}

/** Office.context.document.settings, or null outside Office (tests, a plain browser). */
function documentSettings(): Office.Settings | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.document?.settings ?? null;
}

export function createDocumentCatalogStore(settings: () => Office.Settings | null = documentSettings): CatalogStore {
  return {
    load() {
      const stored = settings()?.get(CATALOG_SETTING);
      if (stored === undefined || stored === null) return null;
      // A built-in id from another version of the add-in is dropped once the catalogs are loaded (catalog-choice.ts).
      return catalogRequestOf(stored);
    },
    save(request) {
      const store = settings();
      const value = catalogSettingOf(request);
      if (!store || value === null) return;
      store.set(CATALOG_SETTING, value);
      // Settings live in memory until saved into the document; losing this only loses the default.
      store.saveAsync(() => {});
    },
  };
}
