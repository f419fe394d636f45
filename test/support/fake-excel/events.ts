// Worksheet onChanged events (ExcelApi 1.7) for fake-excel: handlers registered at sync, as Office.js
// does, and told of every value change on their sheet — the user's (FakeExcel.edit) and the add-in's own
// writes — after the request that made it, unless runtime.enableEvents is off at that moment.
import type { CellRect } from '../../../src/core/types';
import { rectToA1 } from './addresses';
import { compareVersions } from './client';
import type { FakeSheet } from './state';

/** What Excel.WorksheetChangedEventArgs carries here; triggerSource only from ExcelApi 1.14, as in Excel. */
export interface FakeChangedEventArgs {
  type: 'WorksheetChanged';
  address: string;
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  source: 'Local' | 'Remote';
  worksheetId: string;
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
}

export type FakeChangedHandler = (event: FakeChangedEventArgs) => Promise<unknown> | unknown;

export class FakeEventHub {
  private readonly handlers = new Map<string, Set<FakeChangedHandler>>();
  /** Events delivered so far, for tests. */
  delivered = 0;

  constructor(
    private readonly excelApi: () => string,
    private readonly eventsEnabled: () => boolean,
  ) {}

  add(sheetId: string, handler: FakeChangedHandler): void {
    const set = this.handlers.get(sheetId) ?? new Set();
    set.add(handler);
    this.handlers.set(sheetId, set);
  }

  remove(sheetId: string, handler: FakeChangedHandler): void {
    this.handlers.get(sheetId)?.delete(handler);
  }

  count(sheetId: string): number {
    return this.handlers.get(sheetId)?.size ?? 0;
  }

  /** A change of `rect` on `sheet`; delivered on a later task, as Excel delivers events after the request. */
  changed(sheet: FakeSheet, rect: CellRect, by: 'user' | 'addin', changeType: FakeChangedEventArgs['changeType'] = 'RangeEdited'): void {
    if (!this.eventsEnabled()) return;
    const handlers = [...(this.handlers.get(sheet.id) ?? [])];
    if (handlers.length === 0) return;
    const event: FakeChangedEventArgs = { type: 'WorksheetChanged', address: rectToA1(rect), changeType, source: 'Local', worksheetId: sheet.id };
    if (compareVersions(this.excelApi(), '1.14') >= 0) event.triggerSource = by === 'addin' ? 'ThisLocalAddin' : 'Unknown';
    setTimeout(() => {
      for (const handler of handlers) {
        this.delivered++;
        void Promise.resolve(handler({ ...event })).catch(() => {});
      }
    }, 0);
  }
}
