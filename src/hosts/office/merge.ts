// Merging departmental returns into the open workbook: the merged values (as text, never formulas,
// through values.ts) with their provenance notes, the merge journal in its own very hidden sheet,
// the consolidation sheet; and 撤销合并, which takes every merge off. Protected sheets are refused
// before anything is written. A check journal in the workbook keeps its marks; its entries for the
// merged cells get the new notes, so that 清除标记 never reverts what the merge wrote.
import { CoreError } from '../../core/errors';
import { JOURNAL_MARKER, JOURNAL_SHEET, MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET, decodeJournal, type Journal } from '../../core/journal';
import { cellKey } from '../../core/cell-edits';
import type { MergePlan } from '../../core/returns/merge';
import { mergeEdits, undoMergeEdits, type MergeCellState } from '../../core/returns/merge-journal';
import { queueWorkbookInfo, readWorkbookInfo, refuseChanged, type WorkbookInfo } from './workbook-info';
import { JOURNAL_READ_ROWS, deleteSheet, writeJournalSheet } from './journal-sheet';
import { readSheets } from './sheet-reader';
import { readCellStates } from './cell-states';
import { writeCellChanges } from './cell-writes';
import { writeSummarySheet } from './summary-sheet';
import { refuseProtected } from './protection';
import { RequestWriter } from './request-writer';
import { rawValueOf } from './values';
import type { GridRead } from './grid';
import type { OfficeSession } from './session';

export interface MergeOptions {
  /** The merge journal's time stamp (ISO); now by default. */
  createdAt?: string;
}

export interface MergeResult {
  written: number;
  consolidationSheet: string;
  /** The notes API (ExcelApi 1.18) is not there: the provenance notes were not written. */
  notesSkipped: boolean;
  /** Notes and texts cut to Excel's 32,767 characters (ending in …). */
  trimmed: number;
}

export interface UndoMergeResult {
  restored: number;
  /** Cells changed by hand since the merge, left as they are. */
  kept: number;
  skipped: number;
  consolidationSheet: string | null;
  notesSkipped: boolean;
}

/** The journals named, read in one request; a sheet that is not there gives null. */
async function readJournals(session: OfficeSession, info: WorkbookInfo, wanted: { sheet: string; marker: string }[]): Promise<(Journal | null)[]> {
  const present = wanted.filter((w) => info.hasSheet(w.sheet));
  const blocks = present.length
    ? await readSheets(session, present.map((w) => ({ name: w.sheet, withFormats: false, firstRows: JOURNAL_READ_ROWS })))
    : new Map();
  return wanted.map((w) => {
    const block = blocks.get(w.sheet);
    return block ? decodeJournal(block.values.map((row: unknown[]) => row.map((v) => rawValueOf(v, null))), '', w.marker) : null;
  });
}

function stateLookup(states: Map<string, { value: MergeCellState['value']; note: string | null }>) {
  return (sheet: string, row: number, col: number): MergeCellState | undefined => {
    const state = states.get(cellKey(sheet, row, col));
    return state && { value: state.value, note: state.note };
  };
}

/** Rewrites a journal sheet with updated entries (delete, then write again). */
async function rewriteJournal(writer: RequestWriter, journal: Journal, sheet: string, marker: string, exists: boolean): Promise<void> {
  if (exists) await deleteSheet(writer, sheet, true);
  await writeJournalSheet(writer, journal, sheet, marker);
}

/** `read` is the readWorkbookGrid result the plan was made from. */
export async function mergeIn(session: OfficeSession, plan: MergePlan, read: GridRead, options: MergeOptions = {}): Promise<MergeResult> {
  const { info } = read;
  const known = new Set(read.grid.sheets.map((s) => s.name));
  for (const { sheet } of plan.writes) {
    if (!known.has(sheet) || !info.hasSheet(sheet)) throw new CoreError('bad-input', { file: '', reason: `merge plan names sheet "${sheet}", which is not in the workbook` });
  }
  const consolidation = plan.consolidation;
  if (!consolidation.replaces && info.hasSheet(consolidation.name)) {
    throw new CoreError('bad-input', { file: '', reason: `a sheet named "${consolidation.name}" already exists` });
  }
  refuseProtected(info, plan.writes.map((w) => w.sheet), true);

  const hasMergeJournal = info.hasSheet(MERGE_JOURNAL_SHEET);
  const [previousMerge] = hasMergeJournal ? await readJournals(session, info, [{ sheet: MERGE_JOURNAL_SHEET, marker: MERGE_JOURNAL_MARKER }]) : [null];
  let infoNow: WorkbookInfo | null = null;
  const states = await readCellStates(session, plan.writes, info.noteCount, () => {
    const readInfo = queueWorkbookInfo(session);
    return () => (infoNow = readInfo());
  });
  refuseChanged(info, infoNow!);
  const edits = mergeEdits(plan, stateLookup(states), previousMerge, read.journal, options.createdAt ?? new Date().toISOString());
  const notesSupported = info.noteCount !== null;

  const writer = new RequestWriter(session);
  try {
    // The journals first: if a request fails half-way, 撤销合并 still finds every cell it changed.
    const patched = edits.checkJournal;
    if (patched && read.journal && info.hasJournal && patched.entries.some((e, i) => e !== read.journal!.entries[i])) {
      await rewriteJournal(writer, patched, JOURNAL_SHEET, JOURNAL_MARKER, true);
    }
    await rewriteJournal(writer, edits.journal, MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER, hasMergeJournal);
    await writeCellChanges(writer, edits.changes, notesSupported ? (s, r, c) => states.get(cellKey(s, r, c))?.note ?? null : null);
    await writeSummarySheet(writer, session, consolidation, consolidation.replaces && info.hasSheet(consolidation.name));
    await writer.finish(info.enableEvents);
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return { written: plan.writes.length, consolidationSheet: consolidation.name, notesSkipped: !notesSupported, trimmed: edits.trimmed.length + (plan.trimmed?.length ?? 0) };
}

/** Takes every merge off; null when the workbook carries no merge journal. */
export async function undoMergeIn(session: OfficeSession): Promise<UndoMergeResult | null> {
  const info = await readWorkbookInfo(session);
  if (!info.hasSheet(MERGE_JOURNAL_SHEET)) return null;
  const [journal, checkJournal] = await readJournals(session, info, [
    { sheet: MERGE_JOURNAL_SHEET, marker: MERGE_JOURNAL_MARKER },
    { sheet: JOURNAL_SHEET, marker: JOURNAL_MARKER },
  ]);
  const entries = journal!.entries.filter((e) => info.hasSheet(e.sheet));
  refuseProtected(info, entries.map((e) => e.sheet), true);
  const states = await readCellStates(session, entries, info.noteCount);
  const undo = undoMergeEdits(journal!, stateLookup(states), checkJournal, info.hasSheet);
  const notesSupported = info.noteCount !== null;
  const consolidation = journal!.summarySheet && info.hasSheet(journal!.summarySheet) ? journal!.summarySheet : null;

  const writer = new RequestWriter(session);
  try {
    if (checkJournal && undo.checkJournal && undo.checkJournal.entries.some((e, i) => e !== checkJournal.entries[i])) await rewriteJournal(writer, undo.checkJournal, JOURNAL_SHEET, JOURNAL_MARKER, true);
    await writeCellChanges(writer, undo.changes, notesSupported ? (s, r, c) => states.get(cellKey(s, r, c))?.note ?? null : null);
    if (consolidation) await deleteSheet(writer, consolidation, false);
    await deleteSheet(writer, MERGE_JOURNAL_SHEET, true);
    await writer.finish(info.enableEvents);
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return { restored: undo.restored, kept: undo.kept, skipped: undo.skipped, consolidationSheet: journal!.summarySheet, notesSkipped: !notesSupported };
}
