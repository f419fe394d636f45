import { catalogRequestFromSetting, catalogSettingValue } from '../../src/addin/catalog-setting';
import { createDocumentCatalogStore } from '../../src/taskpane/catalog-store';
import { builtInCatalogs } from '../../src/catalogs';

const isBuiltIn = (id: string) => builtInCatalogs.some((c) => c.id === id);

describe('catalog setting', () => {
  it('keeps auto, none and built-in ids; a file catalog is not remembered', () => {
    expect(catalogSettingValue({ kind: 'auto' })).toBe('auto');
    expect(catalogSettingValue({ kind: 'none' })).toBe('none');
    expect(catalogSettingValue({ kind: 'builtin', id: 'baoshan-2017' })).toBe('baoshan-2017');
    expect(catalogSettingValue({ kind: 'given', catalog: builtInCatalogs[0] })).toBeNull();
    expect(catalogRequestFromSetting('baoshan-2017', isBuiltIn)).toEqual({ kind: 'builtin', id: 'baoshan-2017' });
    expect(catalogRequestFromSetting('none', isBuiltIn)).toEqual({ kind: 'none' });
    expect(catalogRequestFromSetting('gone-2030', isBuiltIn)).toBeNull();
    expect(catalogRequestFromSetting(undefined, isBuiltIn)).toBeNull();
  });

  it('stores the choice in the document settings under indicatorCheck.catalog and saves them', () => {
    const values = new Map<string, unknown>();
    const saveAsync = jest.fn();
    const settings = { get: (k: string) => values.get(k), set: (k: string, v: unknown) => values.set(k, v), saveAsync } as unknown as Office.Settings;
    const store = createDocumentCatalogStore(() => settings);
    store.save({ kind: 'builtin', id: 'tangshan-2022' });
    expect(values.get('indicatorCheck.catalog')).toBe('tangshan-2022');
    expect(saveAsync).toHaveBeenCalledTimes(1);
    expect(store.load()).toEqual({ kind: 'builtin', id: 'tangshan-2022' });
    // Outside Office (no document) it does nothing and remembers nothing.
    const detached = createDocumentCatalogStore(() => null);
    expect(() => detached.save({ kind: 'none' })).not.toThrow();
    expect(detached.load()).toBeNull();
    expect(createDocumentCatalogStore().load()).toBeNull();
  });
});
