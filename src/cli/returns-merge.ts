// `returns merge <master.xlsx> <returns…|dir>`: consolidates departmental returns into a copy of the
// master workbook (`<out>/<master>.merged.xlsx`) with provenance notes, the merge journal, the
// consolidation sheet and the summary sheet rebuilt; with --feedback, one feedback workbook per
// department with failing or empty indicators. Exit 0, 1 with conflicts left, 2 for unusable input.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang } from '../core/types';
import { openConflicts, whereOf, type MergePlan } from '../core/returns/merge';
import { displayText } from '../core/returns/merge-values';
import { readFileBytes, readWorkbookBytes, writeAtomically } from '../hosts/file';
import { mergeIntoWorkbook, outputName, readReturnBytes, type FileBytes, type ReadReturn } from '../hosts/file/jobs';
import { writingOutput } from './output-error';
import { builtInCatalogs } from '../catalogs';
import { resolveCatalogOption, type CatalogOption } from './catalog-option';
import { fittedFileName, shownPath } from './output-path';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNUSABLE, errorLine, processIO, type CliIO } from './io';
import { lineProgress, terminalProgress, type Progress } from './progress';
import { alignColumns, fitWidth } from './terminal';
import { mergeSay } from './returns-merge-text';

export interface MergeCommandOptions {
  out: string;
  catalog?: string;
  overwrite: boolean;
  feedback: boolean;
  lang: Lang;
}

/** Lines of a list printed in full before "… n more". */
const LIST_LIMIT = 20;

/** The files named: a directory stands for every .xlsx in it (Excel's ~$ lock files left out), in name order. */
async function returnFiles(args: string[], cwd: string, master: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => join(arg, n)));
    } else {
      files.push(arg);
    }
  }
  const masterPath = resolve(cwd, master);
  return [...new Set(files)].filter((f) => resolve(cwd, f) !== masterPath);
}

function progressFor(io: CliIO, total: number, lang: Lang): Progress {
  const title = mergeSay(lang, 'reading');
  if (io === processIO && process.stderr.isTTY) return terminalProgress(total, (text) => process.stderr.write(text), title);
  return lineProgress(total, (line) => io.stderr(line), title);
}

async function readReturns(files: string[], io: CliIO, lang: Lang): Promise<ReadReturn[]> {
  const progress = progressFor(io, files.length, lang);
  const skipped: string[] = [];
  const read: FileBytes[] = [];
  for (const file of files) {
    try {
      read.push({ name: file, bytes: await readFileBytes(resolve(io.cwd, file), file) });
    } catch (e) {
      skipped.push(mergeSay(lang, 'unreadable', { reason: errorLine(e, file, lang) }));
    }
  }
  const { returns, skipped: notUsed } = await readReturnBytes(read, (done, file) => progress.update(done, file));
  progress.finish();
  for (const s of notUsed) {
    skipped.push(s.reason === 'not-return' ? mergeSay(lang, 'notReturn', { file: s.file }) : mergeSay(lang, 'unreadable', { reason: errorLine(s.error, s.file, lang) }));
  }
  for (const line of skipped) io.stderr(line);
  return returns;
}

function listOrNone(items: string[], lang: Lang): string {
  return items.length ? items.join('、') : mergeSay(lang, 'none');
}

function printOutcome(plan: MergePlan, io: CliIO, lang: Lang, notesTrimmed = 0): void {
  io.stdout(`  ${mergeSay(lang, 'returned', { count: new Set(plan.returned.map((r) => r.department)).size, list: listOrNone([...new Set(plan.returned.map((r) => r.department))], lang) })}`);
  const missing = plan.missing.map((m) => (m.blank ? mergeSay(lang, 'blank', { department: m.department }) : m.department));
  io.stdout(`  ${mergeSay(lang, 'missing', { count: plan.missing.length, list: listOrNone(missing, lang) })}`);
  if (plan.explained.length > 0) io.stdout(`  ${mergeSay(lang, 'explained', { count: plan.explained.length })}`);
  io.stdout(`  ${mergeSay(lang, 'merged', { count: plan.writes.length, unchanged: plan.unchanged })}`);
  if (plan.conflicts.length > 0) {
    io.stdout(`  ${mergeSay(lang, 'conflicts', { count: plan.conflicts.length, open: openConflicts(plan).length })}`);
    const rows = plan.conflicts.slice(0, LIST_LIMIT).map((c) => [
      fitWidth(c.name, 30),
      whereOf(c),
      displayText(c.master),
      fitWidth(c.offers.map((o) => `${o.department}:${displayText(o.value)}`).join(';'), 40),
      c.chosen ? mergeSay(lang, 'taken', { department: c.chosen.department }) : mergeSay(lang, c.locked === 'merged' ? 'keptMerged' : c.locked === 'formula' ? 'keptFormula' : 'kept'),
    ]);
    for (const line of alignColumns(rows)) io.stdout(`    ${line}`);
    if (plan.conflicts.length > LIST_LIMIT) io.stdout(`  ${mergeSay(lang, 'more', { count: plan.conflicts.length - LIST_LIMIT })}`);
  }
  if (plan.unplaced.length > 0) io.stdout(`  ${mergeSay(lang, 'unplaced', { count: plan.unplaced.length })}`);
  const trimmed = (plan.trimmed?.length ?? 0) + notesTrimmed;
  if (trimmed) io.stdout(`  ${mergeSay(lang, 'trimmed', { count: trimmed })}`);
  io.stdout(`  ${mergeSay(lang, 'empty', { count: plan.stillEmpty.length })}`);
  const empty = plan.stillEmpty.slice(0, LIST_LIMIT).map((e) => [fitWidth(e.name, 30), whereOf(e), fitWidth(e.lead.join('、'), 30)]);
  for (const line of alignColumns(empty)) io.stdout(`    ${line}`);
  if (plan.stillEmpty.length > LIST_LIMIT) io.stdout(`  ${mergeSay(lang, 'more', { count: plan.stillEmpty.length - LIST_LIMIT })}`);
}

/** `<out>/<master>.merged.xlsx` (`.xlsm` for a macro workbook); a master that is itself a merged or checked copy keeps its first name. */
export function mergedPath(outDir: string, master: string): string {
  const name = outputName(master, 'merged');
  const tail = name.slice(name.lastIndexOf('.merged.'));
  return resolve(outDir, fittedFileName(name.slice(0, -tail.length), tail));
}


export async function runReturnsMerge(master: string, returnArgs: string[], options: MergeCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  let catalogOption: CatalogOption;
  try {
    catalogOption = await resolveCatalogOption(options.catalog, io.cwd);
  } catch (e) {
    io.stderr(errorLine(e, options.catalog ?? '', lang));
    return EXIT_UNUSABLE;
  }
  let masterRead;
  try {
    masterRead = await readWorkbookBytes(await readFileBytes(resolve(io.cwd, master), master), master);
  } catch (e) {
    io.stderr(errorLine(e, master, lang));
    return EXIT_UNUSABLE;
  }
  const returns = await readReturns(await returnFiles(returnArgs, io.cwd, master), io, lang);
  if (returns.length === 0) {
    io.stderr(mergeSay(lang, 'noReturns'));
    return EXIT_UNUSABLE;
  }

  const outDir = resolve(io.cwd, options.out);
  const outPath = mergedPath(outDir, master);
  try {
    const merged = await mergeIntoWorkbook(master, masterRead, returns, {
      catalog: catalogOption,
      builtIns: builtInCatalogs,
      overwrite: options.overwrite,
      feedback: options.feedback,
      lang,
      now: new Date(),
    });
    await writingOutput(outPath, io.cwd, () => writeAtomically(outPath, merged.bytes));
    const { catalog, plan } = merged;
    io.stdout(mergeSay(lang, 'written', { master, out: shownPath(outPath, io.cwd) }));
    io.stdout(`  ${catalog ? mergeSay(lang, 'catalog', { id: catalog.id, title: catalog.title }) : mergeSay(lang, 'noCatalog')}`);
    printOutcome(plan, io, lang, merged.notesTrimmed);
    for (const { name, bytes } of merged.feedback) {
      const path = resolve(outDir, fittedFileName(name.replace(/\.xlsx$/, ''), '.xlsx'));
      await writingOutput(path, io.cwd, () => writeAtomically(path, bytes));
      io.stdout(`  ${mergeSay(lang, 'feedback', { file: shownPath(path, io.cwd) })}`);
    }
    return openConflicts(plan).length > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
  } catch (e) {
    io.stderr(errorLine(e, master, lang));
    return EXIT_UNUSABLE;
  }
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages and the sheets / 输出语言').choices(['zh-CN', 'en']).default('zh-CN');
}

/** Adds `merge` to the `returns` command group. */
export function addMergeCommand(group: Command, io: CliIO, setExit: (code: number) => void): Command {
  return group
    .command('merge')
    .description('merge departmental returns into a copy of the master workbook: <out>/<master>.merged.xlsx with provenance notes, the consolidation sheet (汇总情况) and the summary sheet (指标汇总)')
    .argument('<master>', 'the master workbook (.xlsx); it is never modified')
    .argument('<returns...>', 'returns (.xlsx) or folders of returns')
    .option('--out <dir>', 'directory for the merged workbook and the feedback workbooks', 'merged')
    .option('--catalog <id|path.json>', 'built-in catalog id or a catalog JSON file; default: the catalog the returns were made from')
    .option('--overwrite', 'replace master values that differ from the returns (and settle disagreeing returns by the lead department)', false)
    .option('--feedback', 'also write 反馈-<department>.xlsx for each department with indicators that fail, are empty, need review or differ from the master (its own value and the cell in its return)', false)
    .addOption(langOption())
    .action(async (master: string, returns: string[], opts: MergeCommandOptions) => {
      setExit(await runReturnsMerge(master, returns, opts, io));
    });
}
