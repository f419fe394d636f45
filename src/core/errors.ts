// Errors the core raises for unusable input. Each carries a code and the facts a message needs,
// so every host can say it in the user's language in one line.
import type { Lang } from './types';
import { hasMessage, t } from './messages';

export type CoreErrorCode =
  | 'no-table'
  | 'bad-catalog'
  | 'unknown-catalog'
  | 'bad-journal'
  | 'bad-input'
  | 'sheet-protected'
  | 'workbook-protected'
  | 'cell-editing'
  | 'workbook-changed';

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly params: Record<string, string>;

  constructor(code: CoreErrorCode, params: Record<string, string> = {}) {
    super(withoutEmptyFile(t('zh-CN', messageKey(code, params), params), params));
    this.name = 'CoreError';
    this.code = code;
    this.params = params;
  }

  localized(lang: Lang): string {
    return withoutEmptyFile(t(lang, messageKey(this.code, this.params), this.params), this.params);
  }
}

/** A message that begins with the file's name begins with the rest where there is no file (the task pane's workbook). */
function withoutEmptyFile(text: string, params: Record<string, string>): string {
  return 'file' in params && params.file === '' ? text.replace(/^\s*[:：]\s*/, '') : text;
}

/** `bad-input` errors say which kind of bad input through params.kind (missing, not-workbook, …). */
function messageKey(code: CoreErrorCode, params: Record<string, string>): string {
  const specific = `error.${code}.${params.kind}`;
  return params.kind && hasMessage(specific) ? specific : `error.${code}`;
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}
