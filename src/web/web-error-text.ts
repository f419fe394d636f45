// What the page's error line says: the core's localized message (the pane's errorText), or that a
// chosen file could not be read, in the user's language, on one line.
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import { errorText } from '../taskpane/error-text';
import { paneStrings } from '../taskpane/strings';
import { FileReadError } from './read-file';
import { webStrings } from './web-strings';

export function webErrorText(error: unknown, lang: Lang): string {
  if (error instanceof PageMessage) return error.message;
  if (error instanceof FileReadError) return webStrings(lang)('error.read', { file: error.file, detail: error.detail });
  // The core says this one in the command line's words (returns make, --return): the page has its own tabs.
  if (isCoreError(error) && error.code === 'bad-input' && error.params.kind === 'not-a-return') return webStrings(lang)('error.notReturn', { file: error.params.file ?? '' });
  return errorText(error, lang, paneStrings(lang)).replace(/\s*\n\s*/g, ' ');
}

/** A message the page itself gives, already in the user's language (a file still to choose). */
export class PageMessage extends Error {
  override name = 'PageMessage';
}
