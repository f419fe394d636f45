// What an error bar says: the core's localized message, which says what to do; for an Excel too old
// for an API the job needs, which Excel it takes; otherwise a generic one.
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import type { Translate } from './strings';

/** Office.js's code when the host lacks an API (its requirement set is above what this Excel supports). */
const API_NOT_FOUND = 'ApiNotFound';

export function errorText(error: unknown, lang: Lang, tr: Translate): string {
  if (isCoreError(error)) return error.localized(lang);
  const message = (error instanceof Error ? error.message : String(error)).replace(/[。.]\s*$/, '');
  if ((error as { code?: unknown } | null)?.code === API_NOT_FOUND) return tr('error.apiMissing', { message });
  return tr('error.generic', { message });
}
