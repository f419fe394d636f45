// What the page's error line says: the core's localized message (the pane's errorText), or that a
// chosen file could not be read, in the user's language, on one line.
import type { Lang } from '../core/types';
import { errorText } from '../taskpane/error-text';
import { paneStrings } from '../taskpane/strings';
import { FileReadError } from './read-file';
import { webStrings } from './web-strings';

export function webErrorText(error: unknown, lang: Lang): string {
  if (error instanceof PageMessage) return error.message;
  if (error instanceof FileReadError) return webStrings(lang)('error.read', { file: error.file, detail: error.detail });
  return errorText(error, lang, paneStrings(lang)).replace(/\s*\n\s*/g, ' ');
}

/** A message the page itself gives, already in the user's language (a file still to choose). */
export class PageMessage extends Error {
  override name = 'PageMessage';
}
