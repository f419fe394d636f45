// Checking several files in one command: progress on stderr, one failing file reported and the rest
// still checked, each output under a name of its own (said when it had to change), the JSON report
// written once at the end, and the exit code for the whole batch.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { outputTarget, shownPath } from './output-path';
import { writingOutput } from './output-error';
import { say } from './text';

export interface Batch<T> {
  files: string[];
  out: string;
  report?: string;
  lang: Lang;
  /** Checks one file and writes its output to `outPath`; throws for an unusable file. */
  checkOne(file: string, outPath: string): Promise<T>;
  /** The JSON report of the files that could be checked. */
  reportOf(checked: T[]): unknown;
  /** True when the checked files call for exit code 0. */
  allClear(checked: T[]): boolean;
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

export async function runBatch<T>(batch: Batch<T>, io: CliIO): Promise<number> {
  const { files, lang } = batch;
  const outDir = resolve(io.cwd, batch.out);
  const taken = new Set<string>();
  const checked: T[] = [];
  let unusable = false;
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.stderr(say(lang, 'progress', { index: index + 1, count: files.length, file }));
    try {
      const target = outputTarget(outDir, file, taken);
      const out = shownPath(target.path, io.cwd);
      if (target.renamed) io.stdout(say(lang, 'outputClash', { file, out }));
      else if (target.shortened) io.stdout(say(lang, 'outputShortened', { file, out }));
      checked.push(await batch.checkOne(file, target.path));
    } catch (e) {
      io.stderr(errorLine(e, file, lang));
      unusable = true;
    }
  }

  if (batch.report && checked.length > 0) {
    const reportPath = resolve(io.cwd, batch.report);
    try {
      await writingOutput(reportPath, io.cwd, () => writeJson(reportPath, batch.reportOf(checked)));
      io.stdout(say(lang, 'report', { file: shownPath(reportPath, io.cwd) }));
    } catch (e) {
      io.stderr(errorLine(e, '', lang));
      return EXIT_UNUSABLE;
    }
  }
  if (unusable) return EXIT_UNUSABLE;
  return batch.allClear(checked) ? EXIT_OK : EXIT_ERRORS_FOUND;
}
