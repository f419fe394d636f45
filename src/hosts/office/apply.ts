// applyPlan: takes the marks of a previous check off and puts the plan's on, with the undo journal,
// in two requests for an ordinary workbook: the state of every cell to touch, and the writes (more
// only when a request would pass the payload limit). applyRowsIn does the same for some rows only.
// What the workbook is and the previous journal come from the grid read the plan was made from (or
// the last apply's result); the first request makes sure they still hold.
import type { EditPlan, WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { JOURNAL_SHEET, type Journal, type JournalEntry } from '../../core/journal';
import { inRows, type SheetRows } from '../../core/touched-rows';
import { cellKey, editChanges } from '../../core/cell-edits';
import { sameSheetName } from '../../core/excel-limits';
import { OPERATION_OVERHEAD } from './payload';
import { queueWorkbookInfo, refuseChanged, type WorkbookInfo } from './workbook-info';
import { writeJournalSheet, deleteSheet } from './journal-sheet';
import type { GridRead } from './grid';
import { readCellStates, type CellRef } from './cell-states';
import { writeCellChanges } from './cell-writes';
import { writeSummarySheet } from './summary-sheet';
import { refuseProtected } from './protection';
import { RequestWriter } from './request-writer';
import type { OfficeSession } from './session';

export interface ApplyOptions {
  /** The journal's time stamp (ISO); now by default. */
  createdAt?: string;
}

export interface ApplyResult {
  marked: number;
  written: number;
  /** The notes API (ExcelApi 1.18) is not there: no note was read or written. */
  notesSkipped: boolean;
  /** Notes and texts cut to Excel's 32,767 characters (ending in …). */
  trimmed: number;
  summarySheet: string | null;
  chart: boolean;
  /** A previous check's marks were taken off first. */
  replacedPrevious: boolean;
  /** The journal now in the workbook, and the workbook as it is after the writes: what the next apply starts from. */
  journal: Journal;
  info: WorkbookInfo;
}

/** Rejects a plan made for another workbook, and a summary name that is taken, before anything is written. */
function checkPlanFits(info: WorkbookInfo, plan: EditPlan, grid: WorkbookGrid, freed: string | null): void {
  const known = new Set(grid.sheets.map((s) => s.name));
  for (const { sheet } of [...plan.marks, ...plan.writes]) {
    if (!known.has(sheet) || !info.hasSheet(sheet)) {
      throw new CoreError('bad-input', { file: '', reason: `edit plan names sheet "${sheet}", which is not in the workbook` });
    }
  }
  const summary = plan.summary;
  if (summary && !summary.replaces && info.hasSheet(summary.name) && !(freed && sameSheetName(summary.name, freed))) {
    throw new CoreError('bad-input', { file: '', reason: `a sheet named "${summary.name}" already exists` });
  }
}

/** Rows an apply is limited to; the journal's entries elsewhere stay as they are. */
type RowScope = (sheet: string, row: number) => boolean;

/** The plan's marks and writes within the scope. */
function scopedPlan(plan: EditPlan, scope: RowScope | null): EditPlan {
  if (!scope) return plan;
  return { ...plan, marks: plan.marks.filter((m) => scope(m.sheet, m.row)), writes: plan.writes.filter((w) => scope(w.sheet, w.row)) };
}

/** The previous journal split into the entries this apply takes off and the ones it keeps. */
function splitJournal(previous: Journal | null, info: WorkbookInfo, scope: RowScope | null): { replaced: Journal | null; kept: JournalEntry[] } {
  if (!previous) return { replaced: null, kept: [] };
  const live = previous.entries.filter((e) => info.hasSheet(e.sheet));
  if (!scope) return { replaced: { ...previous, entries: live }, kept: [] };
  return {
    replaced: { ...previous, entries: live.filter((e) => scope(e.sheet, e.row)) },
    kept: live.filter((e) => !scope(e.sheet, e.row)),
  };
}

function cellsOf(plan: EditPlan, replaced: Journal | null): CellRef[] {
  return [...(replaced?.entries ?? []), ...plan.writes, ...plan.marks].map(({ sheet, row, col }) => ({ sheet, row, col }));
}

/** `read` is the grid read the plan was made from (readWorkbookGrid). */
export function applyPlanIn(session: OfficeSession, plan: EditPlan, read: GridRead, options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyIn(session, plan, read, null, options);
}

/**
 * Applies the plan to the touched rows only: the journal's entries of those rows are taken off and
 * the plan's marks and writes of those rows put on; the summary sheet is rebuilt when the plan has one.
 */
export function applyRowsIn(session: OfficeSession, plan: EditPlan, read: GridRead, touched: readonly SheetRows[], options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyIn(session, plan, read, inRows(touched), options);
}

/** Loads of the workbook after the writes, into the last write request. */
const INFO_LOAD_BYTES = 6 * OPERATION_OVERHEAD;

async function applyIn(session: OfficeSession, fullPlan: EditPlan, read: GridRead, scope: RowScope | null, options: ApplyOptions): Promise<ApplyResult> {
  const { info, journal: previous, grid } = read;
  const previousSummary = previous?.summarySheet && info.hasSheet(previous.summarySheet) ? previous.summarySheet : null;
  checkPlanFits(info, fullPlan, grid, previousSummary);
  const plan = scopedPlan(fullPlan, scope);
  const { replaced, kept } = splitJournal(previous, info, scope);
  const cells = cellsOf(plan, replaced);
  refuseProtected(info, cells.map((c) => c.sheet), true);

  const notesSupported = info.noteCount !== null;
  let infoNow: WorkbookInfo | null = null;
  const states = await readCellStates(session, cells, info.noteCount, () => {
    const readInfo = queueWorkbookInfo(session);
    return () => (infoNow = readInfo());
  });
  refuseChanged(info, infoNow!);
  const { restores, changes, entries } = editChanges(plan, (s, r, c) => states.get(cellKey(s, r, c)), replaced);
  const currentNote = notesSupported ? (s: string, r: number, c: number) => states.get(cellKey(s, r, c))?.note ?? null : null;
  const summarySheet = fullPlan.summary?.name ?? null;
  const journal: Journal = { version: 1, createdAt: options.createdAt ?? new Date().toISOString(), summarySheet, entries: [...kept, ...entries] };

  const writer = new RequestWriter(session);
  let chart = false;
  let infoAfter: WorkbookInfo;
  try {
    // Order matters if a request fails half-way: the old marks go and the old journal with them,
    // then the new journal is in place before any new mark, so "清除标记" can always undo what is there.
    await writeCellChanges(writer, restores, currentNote);
    if (previousSummary) await deleteSheet(writer, previousSummary, false);
    if (info.hasJournal) await deleteSheet(writer, JOURNAL_SHEET, true);
    await writeJournalSheet(writer, journal);
    await writeCellChanges(writer, changes, currentNote);
    if (fullPlan.summary) {
      const replace = fullPlan.summary.replaces && info.hasSheet(fullPlan.summary.name) && !(previousSummary && sameSheetName(fullPlan.summary.name, previousSummary));
      chart = (await writeSummarySheet(writer, session, fullPlan.summary, replace)).chart;
    }
    // The journal and summary sheets are new sheets now: the next operation compares against these.
    await writer.reserve(INFO_LOAD_BYTES);
    const readInfo = queueWorkbookInfo(session);
    await writer.finish(info.enableEvents);
    infoAfter = readInfo();
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return {
    marked: fullPlan.marks.length,
    written: fullPlan.writes.length,
    notesSkipped: !notesSupported,
    trimmed: fullPlan.trimmed?.length ?? 0,
    summarySheet,
    chart,
    replacedPrevious: previous !== null,
    journal,
    info: infoAfter,
  };
}
