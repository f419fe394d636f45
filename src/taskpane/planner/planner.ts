// Where the pane's heavy work runs: in a worker when the browser has one (the pane stays responsive on
// big sheets), else on the main thread after giving the browser a moment to paint (jsdom, old webviews).
// Either way the results are those of the core's chooseCatalog and src/addin/jobs.ts's planJob.
import type { WorkbookGrid } from '../../core/types';
import type { Journal } from '../../core/journal';
import type { ChosenCatalog } from '../../core/catalog/choose';
import type { Job, JobSettings, PlannedJob } from '../../addin/jobs';

export interface Planner {
  /** What the automatic catalog choice picks in this grid. */
  chooseAuto(grid: WorkbookGrid): Promise<ChosenCatalog>;
  plan(grid: WorkbookGrid, journal: Journal | null, job: Job, settings: JobSettings, now: Date): Promise<PlannedJob>;
}

/** Lets the browser paint and handle input before a long piece of work on the main thread. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** On the main thread; the core loads with the first use. */
export const inlinePlanner: Planner = {
  async chooseAuto(grid) {
    await yieldToBrowser();
    const [{ chooseCatalog }, { builtInCatalogs }] = await Promise.all([import('../../core/catalog/choose'), import('../../catalogs')]);
    return chooseCatalog({ kind: 'auto' }, grid, builtInCatalogs);
  },
  async plan(grid, journal, job, settings, now) {
    await yieldToBrowser();
    const { planJob } = await import('../../addin/jobs');
    return planJob(grid, journal, job, settings, now);
  },
};

/** The worker itself failed (its script did not load or crashed), as opposed to the work failing in it. */
export class PlannerUnavailable extends Error {}

/**
 * A planner that starts a worker when first used and falls back to the main thread when the browser
 * has no workers, the worker cannot start or it fails later (then the request is done again here).
 * `start` makes the worker (worker-planner.ts by default).
 */
export function createPlanner(start: () => Promise<Planner | null> = defaultStart): Planner {
  let chosen: Promise<Planner> | null = null;
  const planner = () => (chosen ??= start().then((p) => p ?? inlinePlanner, () => inlinePlanner));
  const attempt = async <T>(work: (p: Planner) => Promise<T>): Promise<T> => {
    try {
      return await work(await planner());
    } catch (error) {
      if (!(error instanceof PlannerUnavailable)) throw error;
      chosen = Promise.resolve(inlinePlanner);
      return work(inlinePlanner);
    }
  };
  return {
    chooseAuto: (grid) => attempt((p) => p.chooseAuto(grid)),
    plan: (...args) => attempt((p) => p.plan(...args)),
  };
}

async function defaultStart(): Promise<Planner | null> {
  if (typeof Worker === 'undefined') return null;
  const { startWorkerPlanner } = await import('./worker-planner');
  return startWorkerPlanner();
}
