// Remembers the pane's catalog choice in the document's settings, where the ribbon commands read it.
import type { CatalogRequest } from '../addin/jobs';
import { CATALOG_SETTING_KEY, catalogRequestFromSetting, catalogSettingValue } from '../addin/catalog-setting';
import { findBuiltInCatalog } from '../catalogs';

export interface CatalogStore {
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
      const stored = settings()?.get(CATALOG_SETTING_KEY);
      return catalogRequestFromSetting(stored, (id) => findBuiltInCatalog(id) !== undefined);
    },
    save(request) {
      const store = settings();
      const value = catalogSettingValue(request);
      if (!store || value === null) return;
      store.set(CATALOG_SETTING_KEY, value);
      // Settings live in memory until saved into the document; losing this only loses the default.
      store.saveAsync(() => {});
    },
  };
}
