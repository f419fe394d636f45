// A job as src/addin/jobs.ts's runJob does it — read the workbook, plan, apply — with the planning
// done by the pane's planner (a worker), so that the pane stays responsive while a big sheet is checked.
import type { Job, JobOutcome, JobSettings } from '../addin/jobs';
import type { GridRead, OfficeHost } from '../hosts/office';
import type { Planner } from './planner/planner';

export async function runPlannedJob(host: OfficeHost, planner: Planner, job: Job, settings: JobSettings, given?: GridRead, now: Date = new Date()): Promise<JobOutcome> {
  const read = given ?? (await host.readGrid());
  const planned = await planner.plan(read.grid, read.journal, job, settings, now);
  const applied = await host.apply(planned.plan, read, { createdAt: now.toISOString() });
  return { job, ...planned, grid: read.grid, applied };
}
