// Where the command line writes, so that tests can run it in-process and read what it said; the
// folder relative paths are taken from; one line for every failure.
import { dirname, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import { OutputWriteError, outputFailureLine } from './output-error';
import { say } from './text';

export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  /** The directory relative paths are taken from (the process's by default). */
  cwd: string;
}

/**
 * The folder the user ran the command in. npm runs scripts from the project's root and gives the
 * user's folder in INIT_CWD; that is taken only while the process runs where npm put it (the folder
 * of npm_package_json), so that a process started elsewhere with an inherited INIT_CWD keeps its own.
 */
export function invocationDir(env: NodeJS.ProcessEnv, cwd: string): string {
  const { INIT_CWD: initCwd, npm_package_json: packageJson } = env;
  if (!initCwd || !packageJson) return cwd;
  return resolve(dirname(packageJson)) === resolve(cwd) ? resolve(initCwd) : cwd;
}

/**
 * Writes lines to a stream until it breaks: a reader that goes away (`| head -1`, EPIPE) or any other
 * write error ends the output quietly, and the command goes on with its files.
 */
export function lineWriter(stream: NodeJS.WritableStream): (line: string) => void {
  let broken = false;
  let watching = false;
  return (line) => {
    if (!watching) {
      watching = true;
      stream.on('error', () => {
        broken = true;
      });
    }
    if (broken) return;
    try {
      stream.write(`${line}\n`);
    } catch {
      broken = true;
    }
  };
}

export const processIO: CliIO = {
  stdout: lineWriter(process.stdout),
  stderr: lineWriter(process.stderr),
  cwd: invocationDir(process.env, process.cwd()),
};

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

/** One line for any failure, naming the file; never a stack trace. A failed output names the output and why. */
export function errorLine(error: unknown, file: string, lang: Lang): string {
  if (error instanceof OutputWriteError) return outputFailureLine(error, file, lang);
  if (isCoreError(error)) {
    const message = error.localized(lang).replace(/\s*\n\s*/g, ' ');
    return file && !message.includes(file) ? `${file}: ${message}` : message;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return say(lang, 'internalError', { file: file || '-', reason: reason.split('\n')[0] });
}
