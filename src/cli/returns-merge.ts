// `returns merge <master.xlsx> <returns…|dir>`: consolidates departmental returns into a copy of the
// master workbook (`<out>/<master>.merged.xlsx`) with provenance notes, the merge journal, the
// consolidation sheet and the summary sheet rebuilt; with --feedback, one feedback workbook per
// department with failing or empty indicators. Exit 0, 1 with conflicts left, 2 for unusable input.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { Option, type Command } from 'commander';
import type { Catalog, Lang, WorkbookGrid } from '../core/types';
import { checkWorkbook } from '../core/check';
import { CoreError } from '../core/errors';
import { planEdits } from '../core/plan';
import { chooseCatalog as chooseWith } from '../core/catalog/choose';
import { STAMP_PROPERTY, decodeStamp, findReturnMarkers } from '../core/returns/format';
import { stampStateOf } from '../core/returns/stamp';
import {
  departmentsWithFeedback,
  feedbackFor,
  feedbackSheet,
  openConflicts,
  planMerge,
  whereOf,
  type MergePlan,
  type ReturnInput,
} from '../core/returns/merge';
import { displayText } from '../core/returns/merge-values';
import { applyPlan, gridOfWorkbook, loadWorkbook, readWorkbook, writeNewWorkbook, writeWorkbook } from '../hosts/file';
import { writingOutput } from './output-error';
import { applyMergePlan, cellNotes } from '../hosts/file/merge';
import { composeMarkNotes } from '../core/returns/merge-notes';
import { writeSummarySheet } from '../hosts/file/summary-sheet';
import { readCustomProperties } from '../hosts/file/custom-properties';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
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

interface ReadReturn {
  file: string;
  grid: WorkbookGrid;
  bytes: Uint8Array;
  markers: ReturnType<typeof findReturnMarkers>;
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

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
  const read: ReadReturn[] = [];
  const skipped: string[] = [];
  for (const [index, file] of files.entries()) {
    progress.update(index, file);
    try {
      const bytes = await readFile(resolve(io.cwd, file)).catch((e: NodeJS.ErrnoException) => {
        throw new CoreError('bad-input', e.code === 'ENOENT' ? { file, kind: 'missing' } : { file, kind: 'unreadable', reason: e.code ?? String(e) });
      });
      const workbook = await loadWorkbook(bytes, file);
      const grid = await gridOfWorkbook(workbook);
      const markers = findReturnMarkers(grid);
      if (markers.length === 0) skipped.push(mergeSay(lang, 'notReturn', { file }));
      else read.push({ file, grid, bytes: new Uint8Array(bytes), markers });
    } catch (e) {
      skipped.push(mergeSay(lang, 'unreadable', { reason: errorLine(e, file, lang) }));
    }
  }
  progress.update(files.length, '');
  progress.finish();
  for (const line of skipped) io.stderr(line);
  return read;
}

/** --catalog when given; else the built-in catalog the returns were made from; else the master's own choice. */
function mergeCatalog(option: CatalogOption, masterGrid: WorkbookGrid, returns: ReadReturn[]): Catalog | null {
  if (option.kind !== 'auto') return chooseWith(option, masterGrid, builtInCatalogs).catalog;
  const ids = new Set(returns.flatMap((r) => r.markers.map((m) => m.catalogId)));
  const fromReturns = ids.size === 1 ? findBuiltInCatalog([...ids][0]) : undefined;
  return fromReturns ?? chooseWith(option, masterGrid, builtInCatalogs).catalog;
}

async function returnInputs(returns: ReadReturn[], catalog: Catalog | null): Promise<ReturnInput[]> {
  const inputs: ReturnInput[] = [];
  for (const r of returns) {
    const properties = await readCustomProperties(r.bytes, r.file).catch(() => ({}) as Record<string, string>);
    const stamp = decodeStamp(properties[STAMP_PROPERTY]);
    for (const marker of r.markers) {
      const stampState = catalog ? await stampStateOf(stamp, r.grid, marker, catalog) : stamp ? 'outdated-catalog' : 'unchecked';
      // The provenance notes name the file, not where it was on this machine.
      inputs.push({ file: basename(r.file), grid: r.grid, marker, stampState });
    }
  }
  return inputs;
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

/** `<out>/<master>.merged.xlsx`; a master that is itself a merged or checked copy keeps its first name. */
export function mergedPath(outDir: string, master: string): string {
  const name = basename(master, extname(master)).replace(/(\.(checked|merged))+$/, '') || basename(master, extname(master));
  return resolve(outDir, fittedFileName(name, '.merged.xlsx'));
}

/** A department's name as part of a file name: characters Windows refuses are replaced. */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').trim() || '_';
}

async function writeFeedback(outDir: string, check: ReturnType<typeof checkWorkbook>, plan: MergePlan, lang: Lang, now: string, io: CliIO): Promise<void> {
  for (const department of departmentsWithFeedback(check, plan)) {
    const items = feedbackFor(department, check, plan, lang);
    const workbook = new ExcelJS.Workbook();
    writeSummarySheet(workbook, feedbackSheet(department, items, lang, now));
    const path = resolve(outDir, fittedFileName(`反馈-${fileSafe(department)}`, '.xlsx'));
    await writingOutput(path, io.cwd, () => writeNewWorkbook(workbook, path));
    io.stdout(`  ${mergeSay(lang, 'feedback', { file: shownPath(path, io.cwd) })}`);
  }
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
    masterRead = await readWorkbook(resolve(io.cwd, master), master);
  } catch (e) {
    io.stderr(errorLine(e, master, lang));
    return EXIT_UNUSABLE;
  }
  const returns = await readReturns(await returnFiles(returnArgs, io.cwd, master), io, lang);
  if (returns.length === 0) {
    io.stderr(mergeSay(lang, 'noReturns'));
    return EXIT_UNUSABLE;
  }

  const now = new Date();
  const shownNow = timestamp(now);
  const outDir = resolve(io.cwd, options.out);
  const outPath = mergedPath(outDir, master);
  try {
    const { workbook, grid } = masterRead;
    const catalog = mergeCatalog(catalogOption, grid, returns);
    const inputs = await returnInputs(returns, catalog);
    const plan = planMerge(grid, inputs, catalog, { overwrite: options.overwrite, lang, now: shownNow });
    const applied = await applyMergePlan(workbook, plan, { createdAt: now.toISOString() });

    const merged = await gridOfWorkbook(workbook);
    const check = checkWorkbook(merged, { catalog, lang, source: master });
    // A cell the check marks keeps its note (where a merged value came from, this merge's or an
    // earlier one's; the user's own), the verdict under it.
    const checked = planEdits(merged, check, { lang, summary: true, checkedAt: shownNow });
    const notes = await cellNotes(workbook, checked.marks);
    const edits = composeMarkNotes(checked, (s, r, c) => notes.get(`${s}|${r}|${c}`));
    await applyPlan(workbook, edits, merged, { createdAt: now.toISOString() });
    await writingOutput(outPath, io.cwd, () => writeWorkbook(workbook, outPath));

    io.stdout(mergeSay(lang, 'written', { master, out: shownPath(outPath, io.cwd) }));
    io.stdout(`  ${catalog ? mergeSay(lang, 'catalog', { id: catalog.id, title: catalog.title }) : mergeSay(lang, 'noCatalog')}`);
    printOutcome(plan, io, lang, applied.trimmed);
    if (options.feedback) await writeFeedback(outDir, check, plan, lang, shownNow, io);
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
