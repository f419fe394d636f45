// Re-checking after the user edits some rows of a checked workbook: only those rows are read again
// (one request), the same job is planned from the patched grid, and only the rows whose marks or
// writes change are applied (two requests). Null whenever only the full job gives the right result:
// too many rows, a sheet's shape changed, or the workbook's sheets are not as the last apply left them.
import { isCoreError } from '../core/errors';
import { patchGrid } from '../core/row-patch';
import { changedPlanRows, rowCount, unionRows, type SheetRows } from '../core/touched-rows';
import type { WorkbookGrid } from '../core/types';
import type { GridRead, OfficeHost, RowsRequest } from '../hosts/office';
import { planJob, type JobOutcome, type JobSettings } from './jobs';

/** Above this many rows a full re-run is as quick and simpler. */
export const MAX_LIVE_ROWS = 200;

/** Each sheet's edited rows across the sheet's whole width; null when a sheet is not in the grid. */
function rowRequests(grid: WorkbookGrid, edited: readonly SheetRows[]): RowsRequest[] | null {
  const requests: RowsRequest[] = [];
  for (const { sheet, rows } of edited) {
    const found = grid.sheets.find((s) => s.name === sheet);
    const width = found?.values[0]?.length ?? 0;
    if (!found || width === 0) return null;
    requests.push({ sheet, rows, left: found.left, right: found.left + width - 1 });
  }
  return requests;
}

/**
 * `last` is the outcome of the last job or live re-check on this workbook, `edited` the rows edited
 * since (null when they are not known). Settings are the pane's current ones, as for a full re-run.
 */
export async function recheckEditedRows(
  host: OfficeHost,
  last: JobOutcome,
  edited: readonly SheetRows[] | null,
  settings: JobSettings,
  now: Date = new Date(),
): Promise<JobOutcome | null> {
  if (!edited || rowCount(edited) === 0 || rowCount(edited) > MAX_LIVE_ROWS) return null;
  const requests = rowRequests(last.grid, edited);
  if (!requests) return null;
  const { journal, info } = last.applied;
  try {
    const read = await host.readRows(requests, info);
    const grid = patchGrid(last.grid, journal, read.sheets);
    if (!grid) return null;
    const planned = planJob(grid, journal, last.job, settings, now);
    const touched = unionRows(edited, changedPlanRows(last.plan, planned.plan));
    if (rowCount(touched) > MAX_LIVE_ROWS) return null;
    const base: GridRead = { grid, journal, info: read.info };
    const applied = await host.applyRows(planned.plan, base, touched, { createdAt: now.toISOString() });
    return { job: last.job, ...planned, grid, applied };
  } catch (e) {
    if (isCoreError(e) && e.code === 'workbook-changed') return null;
    throw e;
  }
}
