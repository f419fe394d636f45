// applyPlan: takes the marks of a previous check off and puts the plan's on, with the undo journal,
// in two requests for an ordinary workbook: the state of every cell to touch, and the writes (more
// only when a request would pass the payload limit). What the workbook is and the previous journal
// come from the grid read the plan was made from; the first request makes sure they still hold.
import type { EditPlan, WorkbookGrid } from '../../core/types';
import { CoreError } from '../../core/errors';
import { JOURNAL_SHEET, type Journal } from '../../core/journal';
import { cellKey, editChanges } from '../../core/cell-edits';
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
  summarySheet: string | null;
  chart: boolean;
  /** A previous check's marks were taken off first. */
  replacedPrevious: boolean;
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
  if (summary && !summary.replaces && info.hasSheet(summary.name) && summary.name !== freed) {
    throw new CoreError('bad-input', { file: '', reason: `a sheet named "${summary.name}" already exists` });
  }
}

function cellsOf(plan: EditPlan, previous: Journal | null, info: WorkbookInfo): CellRef[] {
  const previousCells = (previous?.entries ?? []).filter((e) => info.hasSheet(e.sheet));
  return [...previousCells, ...plan.writes, ...plan.marks].map(({ sheet, row, col }) => ({ sheet, row, col }));
}

/** `read` is the grid read the plan was made from (readWorkbookGrid). */
export async function applyPlanIn(session: OfficeSession, plan: EditPlan, read: GridRead, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { info, journal: previous, grid } = read;
  const previousSummary = previous?.summarySheet && info.hasSheet(previous.summarySheet) ? previous.summarySheet : null;
  checkPlanFits(info, plan, grid, previousSummary);
  const cells = cellsOf(plan, previous, info);
  refuseProtected(info, cells.map((c) => c.sheet), true);

  const notesSupported = info.noteCount !== null;
  let infoNow: WorkbookInfo | null = null;
  const states = await readCellStates(session, cells, info.noteCount, () => {
    const readInfo = queueWorkbookInfo(session);
    return () => (infoNow = readInfo());
  });
  refuseChanged(info, infoNow!);
  const { restores, changes, entries } = editChanges(plan, (s, r, c) => states.get(cellKey(s, r, c)), previous);
  const currentNote = notesSupported ? (s: string, r: number, c: number) => states.get(cellKey(s, r, c))?.note ?? null : null;

  const writer = new RequestWriter(session);
  let chart = false;
  try {
    // Order matters if a request fails half-way: the old marks go and the old journal with them,
    // then the new journal is in place before any new mark, so "清除标记" can always undo what is there.
    await writeCellChanges(writer, restores, currentNote);
    if (previousSummary) await deleteSheet(writer, previousSummary, false);
    if (info.hasJournal) await deleteSheet(writer, JOURNAL_SHEET, true);
    const summarySheet = plan.summary?.name ?? null;
    await writeJournalSheet(writer, { version: 1, createdAt: options.createdAt ?? new Date().toISOString(), summarySheet, entries });
    await writeCellChanges(writer, changes, currentNote);
    if (plan.summary) {
      const replace = plan.summary.replaces && info.hasSheet(plan.summary.name) && plan.summary.name !== previousSummary;
      chart = (await writeSummarySheet(writer, session, plan.summary, replace)).chart;
    }
    await writer.finish(info.enableEvents);
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return {
    marked: plan.marks.length,
    written: plan.writes.length,
    notesSkipped: !notesSupported,
    summarySheet: plan.summary?.name ?? null,
    chart,
    replacedPrevious: previous !== null,
  };
}
