// The add-in's jobs — check, fill the responsibility columns, build the summary sheet, clear — run on
// an OfficeHost. Shared by the task pane and the ribbon commands so that both do exactly the same.
import type { Catalog, EditPlan, Lang, WorkbookGrid } from '../core/types';
import type { Journal } from '../core/journal';
import { CoreError } from '../core/errors';
import { checkWorkbook, type WorkbookCheck } from '../core/check';
import { planEdits } from '../core/plan';
import { chooseCatalog, type CatalogOption, type ChosenCatalog } from '../core/catalog/choose';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
import type { ApplyResult, ClearResult, GridRead, OfficeHost } from '../hosts/office';
import { shownTime } from '../core/shown-time';

export type Job = 'check' | 'fill' | 'summary';

/** The catalog the user picked: automatic, a built-in one by id, one loaded from a JSON file, or none. */
export type CatalogRequest =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'builtin'; id: string }
  | { kind: 'given'; catalog: Catalog };

export interface JobSettings {
  lang: Lang;
  catalog: CatalogRequest;
  /** Mark passing values green too. */
  markPass: boolean;
  /** With 填写责任单位: also replace responsibility cells that disagree with the catalog. */
  overwriteResponsibility: boolean;
  /** The region or level whose target applies where a target differs by region (市, 县 …). */
  region?: string | null;
}

/** A job planned from a grid: the catalog, the check and the edits. */
export interface PlannedJob {
  chosen: ChosenCatalog;
  check: WorkbookCheck;
  plan: EditPlan;
}

export interface JobOutcome extends PlannedJob {
  job: Job;
  /** The grid checked: the workbook without the tool's marks. */
  grid: WorkbookGrid;
  applied: ApplyResult;
}

export const DEFAULT_SETTINGS: JobSettings = {
  lang: 'zh-CN',
  catalog: { kind: 'auto' },
  markPass: false,
  overwriteResponsibility: false,
};

function catalogOption(request: CatalogRequest): CatalogOption {
  switch (request.kind) {
    case 'auto':
    case 'none':
      return { kind: request.kind };
    case 'given':
      return { kind: 'given', catalog: request.catalog };
    case 'builtin': {
      const catalog = findBuiltInCatalog(request.id);
      if (!catalog) throw new CoreError('unknown-catalog', { id: request.id });
      return { kind: 'given', catalog };
    }
  }
}

/** What the previous check left in the workbook, so that a later job keeps it rather than undoing it. */
function previousWork(journal: Journal | null): { filled: boolean; summary: boolean } {
  return {
    filled: !!journal?.entries.some((e) => e.written !== undefined),
    summary: !!journal?.summarySheet,
  };
}

/**
 * Checks the grid and plans the job's edits. Each job re-applies the whole state: a check after a
 * fill keeps the filled cells, a fill after a summary keeps the summary sheet (as `journal` says).
 */
export function planJob(grid: WorkbookGrid, journal: Journal | null, job: Job, settings: JobSettings, now: Date): PlannedJob {
  const chosen = chooseCatalog(catalogOption(settings.catalog), grid, builtInCatalogs);
  const check = checkWorkbook(grid, { catalog: chosen.catalog, lang: settings.lang, region: settings.region ?? null });
  const previous = previousWork(journal);
  const fill = job === 'fill' || previous.filled;
  if (job === 'fill' && !chosen.catalog) throw new CoreError('bad-input', { file: '', kind: 'fill-needs-catalog' });
  const plan = planEdits(grid, check, {
    lang: settings.lang,
    fill: fill && !!chosen.catalog,
    overwriteResponsibility: settings.overwriteResponsibility,
    markPass: settings.markPass,
    summary: job === 'summary' || previous.summary,
    checkedAt: formatCheckedAt(now),
  });
  return { chosen, check, plan };
}

/** Reads the workbook, checks it and applies the plan. `given`: the workbook as already read for this job. */
export async function runJob(host: OfficeHost, job: Job, settings: JobSettings, now: Date = new Date(), given?: GridRead): Promise<JobOutcome> {
  const read = given ?? (await host.readGrid());
  const planned = planJob(read.grid, read.journal, job, settings, now);
  const applied = await host.apply(planned.plan, read, { createdAt: now.toISOString() });
  return { job, ...planned, grid: read.grid, applied };
}

export function clearJob(host: OfficeHost): Promise<ClearResult | null> {
  return host.clear();
}

/** 2026-11-23 14:05, in local time: shown on the summary sheet. */
/** How the time a job ran is shown on the sheets it writes (the same as the file host's jobs). */
export const formatCheckedAt = shownTime;
