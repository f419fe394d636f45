// The pane's planning worker: catalog matching, evaluation and edit planning (src/addin/jobs.ts's
// planJob, the core's chooseCatalog) run here, off the pane's main thread, so that a sheet of thousands
// of rows never freezes the pane. Loaded by worker-planner.ts.
import { planJob } from '../../addin/jobs';
import { chooseCatalog } from '../../core/catalog/choose';
import { builtInCatalogs } from '../../catalogs';
import type { ChosenCatalog } from '../../core/catalog/choose';
import type { JobSettings } from '../../addin/jobs';
import type { WorkbookGrid } from '../../core/types';
import { gridFingerprint } from './grid-fingerprint';
import { sendError, type PlanRequest, type PlanResponse } from './protocol';

/** The last automatic choice, by the grid it was made for: a check right after the pane opened reuses it. */
let lastChoice: { fingerprint: string; chosen: ChosenCatalog } | null = null;

function autoChoice(grid: WorkbookGrid): ChosenCatalog {
  const fingerprint = gridFingerprint(grid);
  if (lastChoice?.fingerprint !== fingerprint) lastChoice = { fingerprint, chosen: chooseCatalog({ kind: 'auto' }, grid, builtInCatalogs) };
  return lastChoice.chosen;
}

/** The automatic choice made once: the job is planned with the catalog it picked, and reports it as automatic. */
function planAuto(grid: WorkbookGrid, request: Extract<PlanRequest, { kind: 'plan' }>) {
  const chosen = autoChoice(grid);
  const settings: JobSettings = { ...request.settings, catalog: chosen.catalog ? { kind: 'given', catalog: chosen.catalog } : { kind: 'none' } };
  return { ...planJob(grid, request.journal, request.job, settings, new Date(request.now)), chosen };
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<PlanRequest>) => void) | null; postMessage(message: PlanResponse): void };

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === 'choose') {
      scope.postMessage({ id: request.id, ok: true, chosen: autoChoice(request.grid) });
    } else {
      const planned =
        request.settings.catalog.kind === 'auto'
          ? planAuto(request.grid, request)
          : planJob(request.grid, request.journal, request.job, request.settings, new Date(request.now));
      scope.postMessage({ id: request.id, ok: true, planned });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: sendError(error) });
  }
};
