// The catalog, region and language the user chose in the pane, kept in the workbook's add-in settings so
// that the ribbon commands, which run without the pane, use the same ones.
import type { Lang } from '../core/types';
import type { CatalogRequest } from './jobs';

export const CATALOG_SETTING = 'indicatorCheck.catalog';
/** The region or level whose targets apply (市, 县, 山区, 大城市 …); absent or empty: none chosen. */
export const REGION_SETTING = 'indicatorCheck.region';
/** A region longer than this is not a region's name. */
const MAX_REGION_LENGTH = 40;

/** The stored form: 'auto', 'none' or a built-in catalog id. A catalog loaded from a file is not stored. */
export function catalogSettingOf(request: CatalogRequest): string | null {
  if (request.kind === 'auto' || request.kind === 'none') return request.kind;
  if (request.kind === 'builtin') return request.id;
  return null;
}

export function catalogRequestOf(stored: unknown): CatalogRequest {
  if (stored === 'none') return { kind: 'none' };
  if (typeof stored === 'string' && stored !== 'auto' && /^[a-z0-9-]+$/.test(stored)) return { kind: 'builtin', id: stored };
  return { kind: 'auto' };
}

/** Office's document settings, when the add-in runs inside Office. */
function documentSettings(): Office.Settings | null {
  return typeof Office !== 'undefined' && Office.context?.document?.settings ? Office.context.document.settings : null;
}

export function readCatalogSetting(): CatalogRequest {
  return catalogRequestOf(documentSettings()?.get(CATALOG_SETTING));
}

export function saveCatalogSetting(request: CatalogRequest): void {
  const settings = documentSettings();
  const stored = catalogSettingOf(request);
  if (!settings || stored === null) return;
  settings.set(CATALOG_SETTING, stored);
  settings.saveAsync();
}

/** The stored region as the check takes it: trimmed text, or null for none (anything else stored is ignored). */
export function regionOf(stored: unknown): string | null {
  if (typeof stored !== 'string') return null;
  const region = stored.trim();
  return region && region.length <= MAX_REGION_LENGTH ? region : null;
}

export function readRegionSetting(): string | null {
  return regionOf(documentSettings()?.get(REGION_SETTING));
}

/** Keeps the region in the workbook; an empty one removes the setting. */
export function saveRegionSetting(region: string | null): void {
  const settings = documentSettings();
  if (!settings) return;
  const value = regionOf(region);
  if (value) settings.set(REGION_SETTING, value);
  else settings.remove(REGION_SETTING);
  settings.saveAsync();
}

/** 中文 when Office's display language is Chinese, English otherwise. */
export function officeLanguage(): Lang {
  const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return !display || /^zh/i.test(display) ? 'zh-CN' : 'en';
}
