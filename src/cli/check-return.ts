// `check <return.xlsx>… --return`: a department checks its return (部门填报表) before sending it. Prints
// 可以报送 or what to fix, writes `<out>/<name>.checked.xlsx` with the cells to fix marked, and, when
// the return is ready, the check stamp in the custom property IndicatorCheckStamp.
import { resolve } from 'node:path';
import type { Catalog, Lang } from '../core/types';
import { CoreError } from '../core/errors';
import { t } from '../core/messages';
import { buildReport, type ReportWorkbook } from '../core/report';
import { summarize } from '../core/summary';
import type { ReturnCheck, ReturnCounts, ReturnItem, ReturnVerdict } from '../core/returns/check-return';
import { hintHow } from '../core/returns/return-marks';
import { findBuiltInCatalog } from '../catalogs';
import { readFileBytes, writeAtomically } from '../hosts/file';
import { checkReturnBytes } from '../hosts/file/jobs';
import { resolveCatalogOption } from './catalog-option';
import { runBatch } from './batch';
import { shownPath } from './output-path';
import { EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { writingOutput } from './output-error';
import { MAX_TABLE_ROWS, moreLine } from './terminal';

export interface ReturnCheckCommandOptions {
  catalog?: string;
  out: string;
  report?: string;
  changeFactor?: number;
  region?: string | null;
  lang: Lang;
}

/** A return's part of the JSON report, beside DESIGN §7's fields of its workbook. */
export interface ReturnReport {
  sheet: string;
  department: string;
  catalog: string;
  verdict: ReturnVerdict;
  counts: ReturnCounts;
  stamped: boolean;
  items: ReturnItem[];
}

interface CheckedReturn {
  file: string;
  checks: ReturnCheck[];
  stamped: boolean;
}

function printCheck(check: ReturnCheck, lang: Lang, io: CliIO, report?: string): void {
  const verdict = check.verdict === 'ready' ? t(lang, 'return.ready') : t(lang, 'return.blocked', { blocking: check.items.filter((i) => i.tier === 'blocking').length, hints: check.items.filter((i) => i.tier === 'hint' && !i.explained).length });
  io.stdout(`  ${verdict}`);
  io.stdout(`  ${t(lang, 'return.counts', { ...check.counts })}`);
  const toFix = check.items.filter((i) => i.blocks);
  if (toFix.length === 0) return;
  io.stdout(`  ${t(lang, 'cli.return.fix')}`);
  for (const item of toFix.slice(0, MAX_TABLE_ROWS)) {
    const message = item.tier === 'hint' ? `${item.message}${lang === 'en' ? '; ' : ';'}${hintHow(item, lang)}` : item.message;
    io.stdout(`    ${t(lang, 'cli.return.line', { cell: item.cell, tier: t(lang, `return.tier.${item.tier}`), message })}`);
  }
  if (toFix.length > MAX_TABLE_ROWS) io.stdout(`    ${moreLine(toFix.length - MAX_TABLE_ROWS, lang, report, 'moreItems', 'moreItemsMarked')}`);
}

async function checkReturnFile(file: string, outPath: string, given: Catalog | null, options: ReturnCheckCommandOptions, io: CliIO): Promise<CheckedReturn> {
  const { lang } = options;
  const bytes = await readFileBytes(resolve(io.cwd, file), file);
  const checked = await checkReturnBytes(bytes, file, {
    catalog: given,
    findBuiltIn: findBuiltInCatalog,
    lang,
    changeFactor: options.changeFactor,
    region: options.region ?? null,
    now: new Date(),
  });
  const { checks, stamped } = checked;
  await writingOutput(outPath, io.cwd, () => writeAtomically(outPath, checked.bytes));

  io.stdout(t(lang, 'cli.return.written', { file, out: shownPath(outPath, io.cwd) }));
  for (const check of checks) {
    if (checks.length > 1) io.stdout(`  ${check.sheet}(${check.marker.department})`);
    printCheck(check, lang, io, options.report);
  }
  if (stamped) io.stdout(`  ${t(lang, 'cli.return.stamped')}`);
  io.stdout('');
  return { file, checks, stamped };
}

function returnReportOf(checked: CheckedReturn[]): unknown {
  const catalogIds = new Set(checked.flatMap((c) => c.checks.map((k) => k.catalog.id)));
  const workbooks: (ReportWorkbook & { catalog: string | null; returns: ReturnReport[] })[] = checked.map(({ file, checks, stamped }) => {
    const findings = checks.flatMap((k) => k.workbook.findings);
    const tables = checks.flatMap((k) => k.workbook.tables);
    const [base] = buildReport(null, [{ file, check: { tables, findings, summary: summarize(findings), rows: [], catalog: null } }]).workbooks;
    return {
      ...base,
      catalog: checks.length === 1 ? checks[0].catalog.id : null,
      returns: checks.map((k) => ({
        sheet: k.sheet,
        department: k.marker.department,
        catalog: k.catalog.id,
        verdict: k.verdict,
        counts: k.counts,
        stamped: stamped && k.verdict === 'ready',
        items: k.items,
      })),
    };
  });
  return { schema: 1 as const, catalog: catalogIds.size === 1 ? [...catalogIds][0] : null, workbooks };
}

export async function runReturnCheck(files: string[], options: ReturnCheckCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  let given: Catalog | null = null;
  if (options.catalog !== undefined) {
    try {
      const option = await resolveCatalogOption(options.catalog, io.cwd);
      if (option.kind !== 'given') throw new CoreError('unknown-catalog', { id: options.catalog });
      given = option.catalog;
    } catch (e) {
      io.stderr(errorLine(e, options.catalog, lang));
      return EXIT_UNUSABLE;
    }
  }

  return runBatch<CheckedReturn>(
    {
      files,
      out: options.out,
      report: options.report,
      lang,
      checkOne: (file, outPath) => checkReturnFile(file, outPath, given, options, io),
      reportOf: returnReportOf,
      allClear: (checked) => checked.every((c) => c.checks.every((k) => k.verdict === 'ready')),
    },
    io,
  );
}
