import { createDocumentCatalogStore } from '../../src/taskpane/catalog-store';

function fakeSettings(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  const saveAsync = jest.fn();
  const settings = { get: (k: string) => values.get(k), set: (k: string, v: unknown) => values.set(k, v), saveAsync } as unknown as Office.Settings;
  return { values, saveAsync, settings };
}

describe('catalog store', () => {
  it('keeps the choice in the document settings under indicatorCheck.catalog, where the ribbon reads it, and saves them', () => {
    const { values, saveAsync, settings } = fakeSettings();
    const store = createDocumentCatalogStore(() => settings);
    expect(store.load()).toBeNull();
    store.save({ kind: 'builtin', id: 'tangshan-2022' });
    expect(values.get('indicatorCheck.catalog')).toBe('tangshan-2022');
    expect(saveAsync).toHaveBeenCalledTimes(1);
    expect(store.load()).toEqual({ kind: 'builtin', id: 'tangshan-2022' });
    store.save({ kind: 'none' });
    expect(store.load()).toEqual({ kind: 'none' });
  });

  it('does not remember a catalog from a file; an unknown id is read as stored (the pane drops it once the catalogs are loaded)', () => {
    const { values, settings } = fakeSettings({ 'indicatorCheck.catalog': 'gone-2030' });
    const store = createDocumentCatalogStore(() => settings);
    expect(store.load()).toEqual({ kind: 'builtin', id: 'gone-2030' });
    store.save({ kind: 'given', catalog: { id: 'x', title: 'x', indicators: [] } });
    expect(values.get('indicatorCheck.catalog')).toBe('gone-2030');
  });

  it('does nothing outside Office', () => {
    const detached = createDocumentCatalogStore(() => null);
    expect(() => detached.save({ kind: 'none' })).not.toThrow();
    expect(detached.load()).toBeNull();
    expect(createDocumentCatalogStore().load()).toBeNull();
  });
});
