// The region setting kept in the workbook: what is stored, read back as the check takes it.
import { REGION_SETTING, readRegionSetting, regionOf, saveRegionSetting } from '../../src/addin/document-settings';

test('a stored region is trimmed text; anything else is none', () => {
  expect(regionOf(' 县 ')).toBe('县');
  expect(regionOf('')).toBeNull();
  expect(regionOf('   ')).toBeNull();
  expect(regionOf(12)).toBeNull();
  expect(regionOf(undefined)).toBeNull();
  expect(regionOf('x'.repeat(41))).toBeNull();
});

test('saved in and read from the document settings', () => {
  const store = new Map<string, unknown>();
  const settings = {
    get: (k: string) => store.get(k),
    set: (k: string, v: unknown) => void store.set(k, v),
    remove: (k: string) => void store.delete(k),
    saveAsync: jest.fn(),
  };
  (globalThis as unknown as { Office: unknown }).Office = { context: { document: { settings } } };
  try {
    saveRegionSetting(' 山区 ');
    expect(store.get(REGION_SETTING)).toBe('山区');
    expect(readRegionSetting()).toBe('山区');
    saveRegionSetting('');
    expect(store.has(REGION_SETTING)).toBe(false);
    expect(readRegionSetting()).toBeNull();
    expect(settings.saveAsync).toHaveBeenCalledTimes(2);
  } finally {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  }
});
