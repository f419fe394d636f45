// A failure while writing an output file: it names the output and the real cause (no permission,
// disk full, the file open in Excel …), never the input, which is not to blame.
import { isCoreError } from '../core/errors';
import type { Lang } from '../core/types';
import { shownPath } from './output-path';
import { say } from './text';

export class OutputWriteError extends Error {
  constructor(
    /** The output as shown to the user. */
    readonly shown: string,
    override readonly cause: unknown,
  ) {
    super(`cannot write ${shown}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Runs `write`; whatever it throws (but the core's own refusals) becomes an OutputWriteError naming `path`. */
export async function writingOutput<T>(path: string, cwd: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isCoreError(e) || e instanceof OutputWriteError) throw e;
    throw new OutputWriteError(shownPath(path, cwd), e);
  }
}

const CAUSES: Record<string, string> = {
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EBUSY: 'busy',
  ENAMETOOLONG: 'nameTooLong',
  ENOTDIR: 'notFolder',
  EEXIST: 'notFolder',
  EISDIR: 'isFolder',
  ENOENT: 'noFolder',
  EMFILE: 'tooManyFiles',
};

/** The cause in words, with the system's code. */
function causeText(cause: unknown, lang: Lang): string {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const key = code ? CAUSES[code] : undefined;
  if (key) return `${say(lang, `outputCause.${key}`)}(${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n')[0];
}

export function outputFailureLine(error: OutputWriteError, input: string, lang: Lang): string {
  return say(lang, input ? 'outputFailed' : 'outputFailedNoInput', { out: error.shown, reason: causeText(error.cause, lang), file: input });
}
