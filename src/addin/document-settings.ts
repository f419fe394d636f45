// The catalog and language the user chose in the pane, kept in the workbook's add-in settings so that
// the ribbon commands, which run without the pane, use the same ones.
import type { Lang } from '../core/types';
import type { CatalogRequest } from './jobs';

export const CATALOG_SETTING = 'indicatorCheck.catalog';

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

/** 中文 when Office's display language is Chinese, English otherwise. */
export function officeLanguage(): Lang {
  const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return !display || /^zh/i.test(display) ? 'zh-CN' : 'en';
}
