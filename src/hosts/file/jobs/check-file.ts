// The check job on workbook bytes: read, choose the catalog, check, plan the marks (and with `fill`
// the responsibility columns, with `summary` the summary sheet), patch the package and give the
// checked copy's bytes. No file access: the command line and the web page bring the bytes.
import type { Catalog, EditPlan, Lang } from '../../../core/types';
import { checkWorkbook, type WorkbookCheck } from '../../../core/check';
import { planEdits } from '../../../core/plan';
import { chooseCatalog, type CatalogOption, type ChosenCatalog } from '../../../core/catalog/choose';
import { findReturnMarkers } from '../../../core/returns/format';
import { applyPlan, type ApplyOutcome } from '../apply';
import { readWorkbookBytes } from '../open';
import { shownTime } from '../../../core/shown-time';

export interface CheckFileOptions {
  catalog: CatalogOption;
  /** The catalogs an automatic choice picks from. */
  builtIns: Catalog[];
  lang: Lang;
  fill: boolean;
  /** Add the summary sheet (default true). */
  summary?: boolean;
  markPass?: boolean;
  region?: string | null;
  now: Date;
  /** Called between the steps, for a progress display; awaited (a page running the job itself yields there to paint). */
  onStep?: (step: CheckStep) => void | Promise<void>;
}

export type CheckStep = 'reading' | 'checking' | 'writing';

export interface CheckedFile {
  bytes: Uint8Array;
  chosen: ChosenCatalog;
  check: WorkbookCheck;
  plan: EditPlan;
  applied: ApplyOutcome;
  /** The file had been checked before; its old marks were taken off first. */
  hadMarks: boolean;
  /** The workbook is a departmental return: a department checks it with the return check before sending it. */
  isReturn: boolean;
}

export async function checkFileBytes(input: Uint8Array, file: string, options: CheckFileOptions): Promise<CheckedFile> {
  const { lang } = options;
  await options.onStep?.('reading');
  const { workbook, grid, hadMarks } = await readWorkbookBytes(input, file);
  await options.onStep?.('checking');
  const chosen = chooseCatalog(options.catalog, grid, options.builtIns);
  const check = checkWorkbook(grid, { catalog: chosen.catalog, lang, source: file, region: options.region ?? null });
  const plan = planEdits(grid, check, { lang, fill: options.fill, summary: options.summary ?? true, markPass: options.markPass ?? false, checkedAt: shownTime(options.now) });
  await options.onStep?.('writing');
  const applied = await applyPlan(workbook, plan, grid);
  return { bytes: await workbook.save(), chosen, check, plan, applied, hadMarks, isReturn: findReturnMarkers(grid).length > 0 };
}
