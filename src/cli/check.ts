// `check <file.xlsx>…`: read, check, mark, write `<out>/<name>.checked.xlsx`, print a short table.
import { resolve } from 'node:path';
import type { Lang } from '../core/types';
import type { WorkbookCheck } from '../core/check';
import { buildReport } from '../core/report';
import { catalogFit } from '../core/catalog/fit';
import { builtInCatalogs } from '../catalogs';
import { readFileBytes, writeAtomically } from '../hosts/file';
import { checkFileBytes } from '../hosts/file/jobs';
import { resolveCatalogOption, type ChosenCatalog } from './catalog-option';
import { EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { runBatch } from './batch';
import { shownPath } from './output-path';
import { failingTable, totalsLine } from './terminal';
import { say } from './text';
import { writingOutput } from './output-error';

export interface CheckCommandOptions {
  catalog?: string;
  out: string;
  report?: string;
  fill: boolean;
  /** --region: the region or level whose target applies (市, 县, 山区 …). */
  region?: string;
  lang: Lang;
}

interface CheckedFile {
  file: string;
  check: WorkbookCheck;
  catalog: ChosenCatalog;
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
  const bytes = await readFileBytes(resolve(io.cwd, file), file);
  const checked = await checkFileBytes(bytes, file, { catalog: catalogOption, builtIns: builtInCatalogs, lang, fill: options.fill, region: options.region ?? null, now: new Date() });
  const { chosen: catalog, check, plan, applied, hadMarks } = checked;
  await writingOutput(outPath, io.cwd, () => writeAtomically(outPath, checked.bytes));

  io.stdout(say(lang, 'written', { file, out: shownPath(outPath, io.cwd) }));
  io.stdout(`  ${catalogLine(catalog, lang)}${hadMarks ? ` ${say(lang, 'previousMarks')}` : ''}`);
  const fit = catalogFit(check);
  if (fit?.poor) io.stdout(`  ${say(lang, 'poorFit', { matched: fit.matched, rows: fit.rows })}`);
  io.stdout(`  ${totalsLine(check.summary, lang)}`);
  if (plan.writes.length > 0) io.stdout(`  ${say(lang, 'filled', { count: plan.writes.length })}`);
  if (plan.trimmed?.length) io.stdout(`  ${say(lang, 'trimmed', { count: plan.trimmed.length })}`);
  if (applied.notesSkipped > 0) io.stdout(`  ${say(lang, 'threadedKept', { count: applied.notesSkipped })}`);
  for (const line of failingTable(check.summary.failing, lang, { report: options.report })) io.stdout(`  ${line}`);
  io.stdout('');
  return { file, check, catalog };
}

/** The report's catalog: the one every workbook used, else null (each workbook names its own). */
function reportCatalogId(checked: CheckedFile[]): string | null {
  const ids = new Set(checked.map((c) => c.catalog.catalog?.id ?? null));
  return ids.size === 1 ? [...ids][0] : null;
}

function reportOf(checked: CheckedFile[]): unknown {
  const report = buildReport(reportCatalogId(checked), checked);
  const workbooks = report.workbooks.map((wb, i) => ({ ...wb, catalog: checked[i].catalog.catalog?.id ?? null }));
  return { ...report, workbooks };
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

  return runBatch<CheckedFile>(
    {
      files,
      out: options.out,
      report: options.report,
      lang,
      checkOne: (file, outPath) => checkFile(file, outPath, options, catalogOption, io),
      reportOf,
      allClear: (checked) => !checked.some((c) => c.check.findings.some((f) => f.severity === 'error')),
    },
    io,
  );
}
