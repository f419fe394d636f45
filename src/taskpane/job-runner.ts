// Runs the pane's jobs one at a time on the host, the planning in the pane's planner (a worker), and
// keeps the last outcome.
import { useCallback, useRef, useState } from 'react';
import type { Job, JobOutcome, JobSettings } from '../addin/jobs';
import type { ReturnJobOutcome } from '../addin/return-job';
import type { Planner } from './planner/planner';
import { runPlannedJob } from './planned-job';
import type { ReportedChange } from './changed-cells';
import type { ClearResult, OfficeHost } from '../hosts/office';
import type { Running } from './components/JobActions';

export function useJobRunner(host: OfficeHost, planner: Planner) {
  const [running, setRunning] = useState<Running | null>(null);
  const [outcome, setShownOutcome] = useState<JobOutcome | null>(null);
  // What a live re-check starts from, readable at once like `busy`.
  const lastOutcome = useRef<JobOutcome | null>(null);
  const setOutcome = useCallback((next: JobOutcome | null) => {
    lastOutcome.current = next;
    setShownOutcome(next);
  }, []);
  // The last check of a departmental return (the workbook held one): shown instead of the findings.
  const [returnOutcome, setReturnOutcome] = useState<ReturnJobOutcome | null>(null);
  // A ref as well as state: change events and clicks arriving in the same tick must see it at once.
  const busy = useRef(false);

  /** Runs `work` unless something is running already; undefined when it did not run. */
  const exclusive = useCallback(async <T>(what: Running, work: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setRunning(what);
    try {
      return await work();
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }, []);

  /**
   * `quiet`: a re-run after an edit, shown as such; with the `changes` since the last run it re-checks
   * only the edited rows when it can, and runs the whole job otherwise.
   */
  const run = useCallback(
    (job: Job, settings: JobSettings, quiet = false, changes?: ReportedChange[]): Promise<JobOutcome | undefined> =>
      exclusive(quiet ? 'recheck' : job, async () => {
        const last = lastOutcome.current;
        if (quiet && changes && last) {
          // Loaded at the first edit after a check: not part of the pane's first load.
          const [{ MAX_LIVE_ROWS, recheckEditedRows }, { rowsOfChanges }] = await Promise.all([import('../addin/live-check'), import('./changed-rows')]);
          const live = await recheckEditedRows(host, last, rowsOfChanges(changes, MAX_LIVE_ROWS), settings);
          if (live) {
            setOutcome(live);
            return live;
          }
        }
        if (job === 'check') {
          // A departmental return is checked as a return (src/addin/return-job.ts), from the same read.
          // Loaded with the first check, outside the pane's first load.
          const [read, { runReturnCheck }] = await Promise.all([host.readGrid(), import('../addin/return-job')]);
          const returned = await runReturnCheck(host, settings, new Date(), read);
          setReturnOutcome(returned);
          const checked = returned ? null : await runPlannedJob(host, planner, 'check', settings, read);
          setOutcome(checked);
          return checked ?? undefined;
        }
        const next = await runPlannedJob(host, planner, job, settings);
        setReturnOutcome(null);
        setOutcome(next);
        return next;
      }),
    [exclusive, host, planner, setOutcome],
  );

  const clear = useCallback(
    (): Promise<ClearResult | null | undefined> =>
      exclusive('clear', async () => {
        const result = await host.clear();
        setOutcome(null);
        setReturnOutcome(null);
        return result;
      }),
    [exclusive, host, setOutcome],
  );

  const isBusy = useCallback(() => busy.current, []);

  return { running, outcome, returnOutcome, run, clear, isBusy };
}
