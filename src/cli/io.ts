// Where the command line writes, so that tests can run it in-process and read what it said.
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import { say } from './text';

export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  /** The directory relative paths are taken from (the process's by default). */
  cwd: string;
}

export const processIO: CliIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

/** One line for any failure, naming the file; never a stack trace. */
export function errorLine(error: unknown, file: string, lang: Lang): string {
  if (isCoreError(error)) {
    const message = error.localized(lang).replace(/\s*\n\s*/g, ' ');
    return file && !message.includes(file) ? `${file}: ${message}` : message;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return say(lang, 'internalError', { file: file || '-', reason: reason.split('\n')[0] });
}
