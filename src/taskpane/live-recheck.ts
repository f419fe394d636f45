// Live re-evaluation: after a check, edits to the checked tables run the last job again (debounced),
// so that a mark disappears when its cell is fixed and the list follows. The re-run is told every
// change reported on the watched sheets since the last one, so it can re-check just those rows.
import { useEffect, useRef } from 'react';
import type { TableLayout } from '../core/types';
import type { ChangeWatcher } from './change-watcher';
import { changeTouchesTables, checkedSheets, type ReportedChange } from './changed-cells';

export const RECHECK_DELAY_MS = 800;

export interface LiveRecheckOptions {
  watcher: ChangeWatcher;
  /** The tables of the last check; none (after a clear, before a check) stops watching. */
  tables: TableLayout[];
  isBusy(): boolean;
  /** `changes`: every change on the watched sheets since the last re-check was started. */
  recheck(changes: ReportedChange[]): void;
  delayMs?: number;
}

export function useLiveRecheck({ watcher, tables, isBusy, recheck, delayMs = RECHECK_DELAY_MS }: LiveRecheckOptions): void {
  const latest = useRef({ tables, isBusy, recheck });
  latest.current = { tables, isBusy, recheck };
  // Subscriptions follow the set of sheets, not every new outcome: a re-run keeps the same handlers.
  const sheetsKey = checkedSheets(tables).join('\u0000');

  useEffect(() => {
    const sheets = sheetsKey ? sheetsKey.split('\u0000') : [];
    if (sheets.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    // Edits outside the tables, or during a job, start no re-check but are re-read by the next one.
    let pending: ReportedChange[] = [];

    const onChange = (sheet: string, address: string, reshaped = false) => {
      if (ended) return;
      pending.push({ sheet, address, reshaped });
      // Our own writes run with events off; an edit arriving during a job starts nothing all the same.
      if (latest.current.isBusy()) return;
      if (!changeTouchesTables(latest.current.tables, sheet, address)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (ended || latest.current.isBusy()) return;
        const changes = pending;
        pending = [];
        latest.current.recheck(changes);
      }, delayMs);
    };

    watcher.watch(sheets, onChange).then(
      (stopWatching) => {
        if (ended) void stopWatching().catch(() => {});
        else stop = stopWatching;
      },
      // Without change events the pane still works, only without live updates.
      () => {},
    );

    return () => {
      ended = true;
      if (timer) clearTimeout(timer);
      void stop?.().catch(() => {});
    };
  }, [watcher, sheetsKey, delayMs]);
}
