// The Office.js host: reads the open workbook into grids and applies edit plans, with the same undo
// journal as the file host. The task pane and the ribbon commands use it through OfficeHost; every
// decision stays in src/core.
import type { EditPlan } from '../../core/types';
import { OfficeSession, officeSupports, type SupportsSet, type SyncStats } from './session';
import { translateOfficeError } from './errors';
import { readGridIn, type GridRead } from './grid';
import { applyPlanIn, applyRowsIn, type ApplyOptions, type ApplyResult } from './apply';
import type { RowsRead, RowsRequest } from './row-reads';
import type { WorkbookInfo } from './workbook-info';
import type { SheetRows } from '../../core/touched-rows';
import { clearMarksIn, type ClearResult } from './clear';
import { selectCellIn } from './select';
import type { ReturnStamp } from '../../core/returns/format';
// Stamps, merging and return templates are loaded when first used: they are not part of the pane's first load.
import type { MergeOptions, MergeResult, UndoMergeResult } from './merge';
import type { MergePlan } from '../../core/returns/merge';
import type { AddReturnSheetsResult } from './return-template';
import type { ReturnTemplate } from '../../core/returns/template';

export { FIRST_READ_ROWS } from './grid';
export type { GridRead } from './grid';
export type { ApplyOptions, ApplyResult } from './apply';
export type { WorkbookInfo } from './workbook-info';
export type { RowsRead, RowsRequest } from './row-reads';
export type { ClearResult } from './clear';
export type { MergeOptions, MergeResult, UndoMergeResult } from './merge';
export type { AddReturnSheetsResult } from './return-template';
export type { SupportsSet, SyncStats } from './session';
export { officeSupports } from './session';

export interface HostCallOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: SupportsSet;
  /** Told the syncs of the call when it ends, failed or not. */
  onStats?: (stats: SyncStats) => void;
}

/** Runs `work` in a counted session; Excel's cell-edit-mode refusal becomes a localized CoreError. */
async function inSession<T>(context: Excel.RequestContext, options: HostCallOptions, work: (session: OfficeSession) => Promise<T>): Promise<T> {
  const session = new OfficeSession(context, options.isSetSupported ?? officeSupports);
  try {
    return await work(session);
  } catch (e) {
    throw translateOfficeError(e);
  } finally {
    options.onStats?.({ ...session.stats });
  }
}

/** Every worksheet's used range, merges, tables and visibility, and the journal of a previous check. */
export function readWorkbookGrid(context: Excel.RequestContext, options: HostCallOptions = {}): Promise<GridRead> {
  return inSession(context, options, readGridIn);
}

/**
 * Takes a previous check's marks off, applies the plan and writes the journal that undoes it. `read`
 * is the readWorkbookGrid result the plan was made from; nothing is written if the workbook's sheets,
 * protection or notes changed since.
 */
export function applyPlan(context: Excel.RequestContext, plan: EditPlan, read: GridRead, options: HostCallOptions & ApplyOptions = {}): Promise<ApplyResult> {
  return inSession(context, options, (session) => applyPlanIn(session, plan, read, options));
}

/** Some rows' values and number formats, in one request; CoreError('workbook-changed') when the sheets are not those of `since`. */
export async function readRows(context: Excel.RequestContext, requests: readonly RowsRequest[], since: WorkbookInfo, options: HostCallOptions = {}): Promise<RowsRead> {
  // Loaded with the first live re-check, outside the pane's first load.
  const { readRowsIn } = await import('./row-reads');
  return inSession(context, options, (session) => readRowsIn(session, requests, since));
}

/** Like applyPlan for the `touched` rows only: the journal's other entries and the other rows' marks stay as they are. */
export function applyPlanRows(
  context: Excel.RequestContext,
  plan: EditPlan,
  read: GridRead,
  touched: readonly SheetRows[],
  options: HostCallOptions & ApplyOptions = {},
): Promise<ApplyResult> {
  return inSession(context, options, (session) => applyRowsIn(session, plan, read, touched, options));
}

/** Restores every cell the journal recorded and removes the summary sheet and the journal; null when there is none. */
export function clearMarks(context: Excel.RequestContext, options: HostCallOptions = {}): Promise<ClearResult | null> {
  return inSession(context, options, clearMarksIn);
}

/** Activates the sheet and selects the cell (0-based row and column). */
export function selectCell(context: Excel.RequestContext, sheet: string, row: number, col: number, options: HostCallOptions = {}): Promise<void> {
  return inSession(context, options, (session) => selectCellIn(session, sheet, row, col));
}

/** Runs a batch against the workbook: Excel.run in Office. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Excel.run by default; tests give a fake workbook's. */
  run?: BatchRunner;
  isSetSupported?: SupportsSet;
}

export type HostOperation = 'read' | 'apply' | 'clear' | 'select' | 'returns' | 'merge' | 'undoMerge' | 'stamp';

export interface HostStats extends SyncStats {
  operation: HostOperation;
}

/** What the task pane and the ribbon commands call. */
export interface OfficeHost {
  /** Runs a batch of the caller's own against the workbook (the 指标库 sheet written from a plan). */
  run: BatchRunner;
  readGrid(): Promise<GridRead>;
  /** `read` is the readGrid() result the plan was made from. */
  apply(plan: EditPlan, read: GridRead, options?: ApplyOptions): Promise<ApplyResult>;
  /** Some rows as readGrid reads them, in one request; `since` is the workbook as the last apply left it. */
  readRows(requests: readonly RowsRequest[], since: WorkbookInfo): Promise<RowsRead>;
  /**
   * Applies the plan's marks and writes of the `touched` rows only (and its summary sheet), taking
   * off the previous marks of those rows; `read` is the last apply's journal and workbook with the grid the plan was made from.
   */
  applyRows(plan: EditPlan, read: GridRead, touched: readonly SheetRows[], options?: ApplyOptions): Promise<ApplyResult>;
  /** Null when the workbook carries no marks of this tool. */
  clear(): Promise<ClearResult | null>;
  /** 0-based row and column (a finding's `row - 1` and `col`). */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** The return's check stamp (custom property IndicatorCheckStamp); null when none or unreadable. */
  readStamp(): Promise<ReturnStamp | null>;
  /** Writes the check stamp; false when this Excel lacks ExcelApi 1.7. */
  writeStamp(stamp: ReturnStamp): Promise<boolean>;
  /** Removes the check stamp (a return no longer ready). */
  removeStamp(): Promise<void>;
  /** Adds the departmental return templates as protected sheets 填报表-<department>; nothing is written when a name is taken. */
  addReturnSheets(templates: ReturnTemplate[], options?: { password?: string }): Promise<AddReturnSheetsResult>;
  /** Writes a returns merge planned from `read` (the readGrid() result). */
  merge(plan: MergePlan, read: GridRead, options?: MergeOptions): Promise<MergeResult>;
  /** Takes every merge off (撤销合并); null when the workbook carries no merge. */
  undoMerge(): Promise<UndoMergeResult | null>;
  /** Syncs of the last operation, failed ones included. */
  readonly lastStats: HostStats | null;
}

export function createOfficeHost(options: OfficeHostOptions = {}): OfficeHost {
  const run: BatchRunner = options.run ?? ((batch) => Excel.run(batch));
  let lastStats: HostStats | null = null;
  const call = <T>(operation: HostOperation, work: (context: Excel.RequestContext, callOptions: HostCallOptions) => Promise<T>): Promise<T> => {
    lastStats = null;
    const callOptions: HostCallOptions = {
      isSetSupported: options.isSetSupported,
      onStats: (stats) => (lastStats = { operation, ...stats }),
    };
    return run((context) => work(context, callOptions)).catch((e: unknown) => Promise.reject(translateOfficeError(e)));
  };
  return {
    run,
    readGrid: () => call('read', readWorkbookGrid),
    apply: (plan, read, applyOptions) => call('apply', (context, o) => applyPlan(context, plan, read, { ...o, ...applyOptions })),
    readRows: (requests, since) => call('read', (context, o) => readRows(context, requests, since, o)),
    applyRows: (plan, read, touched, applyOptions) =>
      call('apply', (context, o) => applyPlanRows(context, plan, read, touched, { ...o, ...applyOptions })),
    clear: () => call('clear', clearMarks),
    selectCell: (sheet, row, col) => call('select', (context, o) => selectCell(context, sheet, row, col, o)),
    readStamp: () =>
      call('stamp', async (context, o) => {
        const { readStampIn } = await import('./stamp');
        return inSession(context, o, readStampIn);
      }),
    writeStamp: (stamp) =>
      call('stamp', async (context, o) => {
        const { writeStampIn } = await import('./stamp');
        return inSession(context, o, (session) => writeStampIn(session, stamp));
      }),
    removeStamp: () =>
      call('stamp', async (context, o) => {
        const { removeStampIn } = await import('./stamp');
        return inSession(context, o, removeStampIn);
      }),
    merge: (plan, read, mergeOptions) =>
      call('merge', async (context, o) => {
        const { mergeIn } = await import('./merge');
        return inSession(context, o, (session) => mergeIn(session, plan, read, mergeOptions));
      }),
    undoMerge: () =>
      call('undoMerge', async (context, o) => {
        const { undoMergeIn } = await import('./merge');
        return inSession(context, o, undoMergeIn);
      }),
    addReturnSheets: (templates, returnOptions) =>
      call('returns', async (context, o) => {
        const { addReturnSheets } = await import('./return-template');
        return addReturnSheets(context, templates, { ...o, ...returnOptions });
      }),
    get lastStats() {
      return lastStats;
    },
  };
}
