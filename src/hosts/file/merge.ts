// Writing a merge plan into a workbook package: the merged values and their provenance notes, the
// merge journal (extending a previous merge's), and the consolidation sheet; and taking merges off.
import { MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET } from '../../core/journal';
import type { MergePlan } from '../../core/returns/merge';
import { mergeEdits, undoMergeEdits } from '../../core/returns/merge-journal';
import type { FileWorkbook } from './package/file-workbook';
import { applyCellChanges, cellStates } from './package/cell-changes';
import { clearPackageMarks } from './package/apply-plan';
import { writeSummarySheet } from './package/summary-sheet';
import { refusingLoss } from './apply';

export interface MergeApplied {
  written: number;
  /** Notes cut to Excel's 32,767 characters. */
  trimmed: number;
  consolidationSheet: string;
}

export interface MergeUndone {
  restored: number;
  kept: number;
  skipped: number;
  consolidationSheet: string | null;
}

/**
 * Writes the plan. The marks of a previous check are taken off first (the caller checks the merged
 * workbook again), so the merge journal records the cells as the user had them.
 */
export function applyMergePlan(workbook: FileWorkbook, plan: MergePlan, options: { createdAt?: string } = {}): Promise<MergeApplied> {
  return refusingLoss(workbook, () => writeMerge(workbook, plan, options));
}

async function writeMerge(workbook: FileWorkbook, plan: MergePlan, options: { createdAt?: string }): Promise<MergeApplied> {
  await clearPackageMarks(workbook);
  for (const write of plan.writes) {
    if (!workbook.hasSheet(write.sheet)) throw new Error(`merge plan names sheet "${write.sheet}", which is not in the workbook`);
  }
  const previous = await workbook.readJournal(MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  const states = await cellStates(workbook, plan.writes);
  const edits = mergeEdits(plan, (s, r, c) => states.get(`${s}|${r}|${c}`), previous, null, options.createdAt ?? new Date().toISOString());
  await applyCellChanges(workbook, edits.changes);
  const ownSheet = previous?.summarySheet?.toLowerCase() === plan.consolidation.name.toLowerCase();
  const consolidation = await writeSummarySheet(workbook, { ...plan.consolidation, replaces: plan.consolidation.replaces || ownSheet }, ownSheet);
  await workbook.writeJournal(edits.journal, MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  return { written: plan.writes.length, trimmed: edits.trimmed.length, consolidationSheet: consolidation };
}

/** The notes `cells` hold now (a merged cell's: its provenance, under a note the user had), by "sheet|row|col". */
export async function cellNotes(workbook: FileWorkbook, cells: { sheet: string; row: number; col: number }[]): Promise<Map<string, string | null>> {
  const states = await cellStates(workbook, cells);
  return new Map([...states].map(([key, state]) => [key, state.note]));
}

/** Takes every merge off: cells still holding a merged value get their value and note back. Null without a merge journal. */
export function undoMerge(workbook: FileWorkbook): Promise<MergeUndone | null> {
  return refusingLoss(workbook, () => takeMergeOff(workbook));
}

async function takeMergeOff(workbook: FileWorkbook): Promise<MergeUndone | null> {
  const journal = await workbook.readJournal(MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  if (!journal) return null;
  await clearPackageMarks(workbook);
  const states = await cellStates(workbook, journal.entries);
  const undo = undoMergeEdits(journal, (s, r, c) => states.get(`${s}|${r}|${c}`), null, (sheet) => workbook.hasSheet(sheet));
  await applyCellChanges(workbook, undo.changes);
  if (journal.summarySheet && workbook.hasSheet(journal.summarySheet)) await workbook.removeSheet(journal.summarySheet);
  await workbook.removeSheet(MERGE_JOURNAL_SHEET);
  return { restored: undo.restored, kept: undo.kept, skipped: undo.skipped, consolidationSheet: journal.summarySheet };
}
