// Live re-evaluation: after a check, edits to the checked tables run the last job again (debounced),
// so that a mark disappears when its cell is fixed and the list follows.
import { useEffect, useRef } from 'react';
import type { TableLayout } from '../core/types';
import type { ChangeWatcher } from './change-watcher';
import { changeTouchesTables, checkedSheets } from './changed-cells';

export const RECHECK_DELAY_MS = 800;

export interface LiveRecheckOptions {
  watcher: ChangeWatcher;
  /** The tables of the last check; none (after a clear, before a check) stops watching. */
  tables: TableLayout[];
  isBusy(): boolean;
  recheck(): void;
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

    const onChange = (sheet: string, address: string) => {
      // Our own writes run with events off; anything arriving during a job is ignored all the same.
      if (ended || latest.current.isBusy()) return;
      if (!changeTouchesTables(latest.current.tables, sheet, address)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (!ended && !latest.current.isBusy()) latest.current.recheck();
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
