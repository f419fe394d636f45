// An error carried from the job worker to the page: a CoreError as its code and facts (so that the page
// says it in the user's language), anything else as its message.
import { CoreError, isCoreError, type CoreErrorCode } from '../../core/errors';

export interface TransferredError {
  core: { code: CoreErrorCode; params: Record<string, string> } | null;
  message: string;
}

export function transferError(error: unknown): TransferredError {
  if (isCoreError(error)) return { core: { code: error.code, params: { ...error.params } }, message: error.message };
  return { core: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the page: a CoreError when it was one. */
export function reviveError(error: TransferredError): Error {
  return error.core ? new CoreError(error.core.code, error.core.params) : new Error(error.message);
}
