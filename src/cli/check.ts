// `check <file.xlsx>…`: read, check, mark, write `<out>/<name>.checked.xlsx`, print a short table.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { checkWorkbook, type WorkbookCheck } from '../core/check';
import { planEdits } from '../core/plan';
import { buildReport } from '../core/report';
import { applyPlan, readWorkbook, writeWorkbook } from '../hosts/file';
import { chooseCatalog, resolveCatalogOption, type ChosenCatalog } from './catalog-option';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { failingTable, totalsLine } from './terminal';
import { say } from './text';

export interface CheckCommandOptions {
  catalog?: string;
  out: string;
  report?: string;
  fill: boolean;
  lang: Lang;
}

interface CheckedFile {
  file: string;
  check: WorkbookCheck;
  catalog: ChosenCatalog;
}

/**
 * `<out>/<name>.<suffix>.xlsx`; a second file of the same name in one batch gets `<name>-2.<suffix>.xlsx`.
 * A `.checked` already in the name is dropped for the other suffixes (`x.checked.xlsx` clears to `x.cleared.xlsx`).
 */
export function outputPath(outDir: string, file: string, taken: Set<string>, suffix = 'checked'): string {
  let name = basename(file, extname(file));
  if (suffix !== 'checked') name = name.replace(/\.checked$/, '') || name;
  for (let i = 1; ; i++) {
    const candidate = resolve(outDir, `${i === 1 ? name : `${name}-${i}`}.${suffix}.xlsx`);
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function catalogLine(chosen: ChosenCatalog, lang: Lang): string {
  switch (chosen.how) {
    case 'given':
      return say(lang, 'catalogGiven', { id: chosen.catalog.id, title: chosen.catalog.title });
    case 'workbook':
      return say(lang, 'catalogWorkbook', { sheet: chosen.sheet, count: chosen.catalog.indicators.length });
    case 'suggested':
      return say(lang, 'catalogSuggested', { id: chosen.catalog.id, title: chosen.catalog.title, matched: chosen.matched });
    case 'none':
      return say(lang, 'catalogNone');
  }
}

async function checkFile(
  file: string,
  outPath: string,
  options: CheckCommandOptions,
  catalogOption: Awaited<ReturnType<typeof resolveCatalogOption>>,
  io: CliIO,
): Promise<CheckedFile> {
  const { lang } = options;
  const { workbook, grid, hadMarks } = await readWorkbook(resolve(io.cwd, file), file);
  const catalog = chooseCatalog(catalogOption, grid);
  const check = checkWorkbook(grid, { catalog: catalog.catalog, lang, source: file });
  const plan = planEdits(grid, check, { lang, fill: options.fill, summary: true, checkedAt: timestamp(new Date()) });
  applyPlan(workbook, plan, grid);
  await writeWorkbook(workbook, outPath);

  io.stdout(say(lang, 'written', { file, out: shownPath(outPath, io.cwd) }));
  io.stdout(`  ${catalogLine(catalog, lang)}${hadMarks ? ` ${say(lang, 'previousMarks')}` : ''}`);
  io.stdout(`  ${totalsLine(check.summary, lang)}`);
  if (plan.writes.length > 0) io.stdout(`  ${say(lang, 'filled', { count: plan.writes.length })}`);
  for (const line of failingTable(check.summary.failing, lang)) io.stdout(`  ${line}`);
  io.stdout('');
  return { file, check, catalog };
}

/** The report's catalog: the one every workbook used, else null (each workbook names its own). */
function reportCatalogId(checked: CheckedFile[]): string | null {
  const ids = new Set(checked.map((c) => c.catalog.catalog?.id ?? null));
  return ids.size === 1 ? [...ids][0] : null;
}

async function writeReport(path: string, checked: CheckedFile[]): Promise<void> {
  const report = buildReport(reportCatalogId(checked), checked);
  const workbooks = report.workbooks.map((wb, i) => ({ ...wb, catalog: checked[i].catalog.catalog?.id ?? null }));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify({ ...report, workbooks }, null, 2)}\n`, 'utf8');
}

export async function runCheck(files: string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  let catalogOption;
  try {
    catalogOption = await resolveCatalogOption(options.catalog, io.cwd);
  } catch (e) {
    io.stderr(errorLine(e, options.catalog ?? '', lang));
    return EXIT_UNUSABLE;
  }

  const outDir = resolve(io.cwd, options.out);
  const taken = new Set<string>();
  const checked: CheckedFile[] = [];
  let unusable = false;
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.stderr(say(lang, 'progress', { index: index + 1, count: files.length, file }));
    const outPath = outputPath(outDir, file, taken);
    try {
      checked.push(await checkFile(file, outPath, options, catalogOption, io));
    } catch (e) {
      io.stderr(errorLine(e, file, lang));
      unusable = true;
    }
  }

  if (options.report && checked.length > 0) {
    const reportPath = resolve(io.cwd, options.report);
    try {
      await writeReport(reportPath, checked);
      io.stdout(say(lang, 'report', { file: shownPath(reportPath, io.cwd) }));
    } catch (e) {
      io.stderr(errorLine(e, options.report, lang));
      return EXIT_UNUSABLE;
    }
  }
  if (unusable) return EXIT_UNUSABLE;
  const errorsFound = checked.some((c) => c.check.findings.some((f) => f.severity === 'error'));
  return errorsFound ? EXIT_ERRORS_FOUND : EXIT_OK;
}
