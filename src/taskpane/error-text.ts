// What an error bar says: the core's localized message, which says what to do, or a generic one.
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import type { Translate } from './strings';

export function errorText(error: unknown, lang: Lang, tr: Translate): string {
  if (isCoreError(error)) return error.localized(lang);
  const message = error instanceof Error ? error.message : String(error);
  return tr('error.generic', { message: message.replace(/[。.]\s*$/, '') });
}
