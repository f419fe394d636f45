// `clear <file.xlsx>`: takes the marks of a checked workbook off and writes `<out>/<name>.cleared.xlsx`.
import { resolve } from 'node:path';
import type { Lang } from '../core/types';
import { readFileBytes, writeAtomically } from '../hosts/file';
import { clearFileBytes } from '../hosts/file/jobs';
import { outputPath, shownPath } from './output-path';
import { EXIT_OK, EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { say } from './text';
import { writingOutput } from './output-error';

export interface ClearCommandOptions {
  out: string;
  lang: Lang;
}

export async function runClear(file: string, options: ClearCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  try {
    const cleared = await clearFileBytes(await readFileBytes(resolve(io.cwd, file), file), file);
    if (!cleared) {
      io.stdout(say(lang, 'nothingToClear', { file }));
      return EXIT_OK;
    }
    const outPath = outputPath(resolve(io.cwd, options.out), file, new Set(), 'cleared');
    await writingOutput(outPath, io.cwd, () => writeAtomically(outPath, cleared.bytes));
    const { result } = cleared;
    const summary = result.summarySheet ? say(lang, 'clearedSummary', { sheet: result.summarySheet }) : '';
    io.stdout(say(lang, 'cleared', { file, restored: result.restored, summary, out: shownPath(outPath, io.cwd) }));
    if (result.skipped > 0) io.stdout(say(lang, 'clearedSkipped', { skipped: result.skipped }).trim());
    return EXIT_OK;
  } catch (e) {
    io.stderr(errorLine(e, file, lang));
    return EXIT_UNUSABLE;
  }
}
