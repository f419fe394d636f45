// Writing a merge plan into an exceljs workbook: the merged values and their provenance notes, the
// merge journal (extending a previous merge's), and the consolidation sheet; and taking merges off.
import type ExcelJS from 'exceljs';
import type { CellChange } from '../../core/cell-edits';
import { MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET } from '../../core/journal';
import type { MergePlan } from '../../core/returns/merge';
import { mergeEdits, undoMergeEdits, type MergeCellState } from '../../core/returns/merge-journal';
import { excelValueOf, journalValueOf, noteText, setNote } from './cells';
import { readJournal, removeJournal, writeJournal } from './journal-sheet';
import { writeSummarySheet } from './summary-sheet';
import { clearMarks } from './apply';

export interface MergeApplied {
  written: number;
  consolidationSheet: string;
}

export interface MergeUndone {
  restored: number;
  kept: number;
  skipped: number;
  consolidationSheet: string | null;
}

function stateOf(workbook: ExcelJS.Workbook, sheet: string, row: number, col: number): MergeCellState | undefined {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) return undefined;
  const cell = worksheet.getCell(row + 1, col + 1);
  return { value: journalValueOf(cell), note: noteText(cell.note) };
}

function applyChanges(workbook: ExcelJS.Workbook, changes: CellChange[]): void {
  for (const change of changes) {
    const cell = workbook.getWorksheet(change.sheet)!.getCell(change.row + 1, change.col + 1);
    // A string stays text in exceljs, whatever it begins with.
    if (change.value !== undefined) cell.value = excelValueOf(change.value);
    if (change.note !== undefined) setNote(cell, change.note);
  }
}

/**
 * Writes the plan. The marks of a previous check are taken off first (the caller checks the merged
 * workbook again), so the merge journal records the cells as the user had them.
 */
export function applyMergePlan(workbook: ExcelJS.Workbook, plan: MergePlan, options: { createdAt?: string; file?: string } = {}): MergeApplied {
  clearMarks(workbook, options.file);
  for (const write of plan.writes) {
    if (!workbook.getWorksheet(write.sheet)) throw new Error(`merge plan names sheet "${write.sheet}", which is not in the workbook`);
  }
  const previous = readJournal(workbook, options.file ?? '', MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  const edits = mergeEdits(plan, (s, r, c) => stateOf(workbook, s, r, c), previous, null, options.createdAt ?? new Date().toISOString());
  applyChanges(workbook, edits.changes);
  const consolidation = writeSummarySheet(workbook, plan.consolidation);
  writeJournal(workbook, edits.journal, MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  return { written: plan.writes.length, consolidationSheet: consolidation.name };
}

/** Takes every merge off: cells still holding a merged value get their value and note back. Null without a merge journal. */
export function undoMerge(workbook: ExcelJS.Workbook, file = ''): MergeUndone | null {
  const journal = readJournal(workbook, file, MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER);
  if (!journal) return null;
  clearMarks(workbook, file);
  const undo = undoMergeEdits(journal, (s, r, c) => stateOf(workbook, s, r, c), null, (sheet) => !!workbook.getWorksheet(sheet));
  applyChanges(workbook, undo.changes);
  const consolidation = journal.summarySheet ? workbook.getWorksheet(journal.summarySheet) : undefined;
  if (consolidation) workbook.removeWorksheet(consolidation.id);
  removeJournal(workbook, MERGE_JOURNAL_SHEET);
  return { restored: undo.restored, kept: undo.kept, skipped: undo.skipped, consolidationSheet: journal.summarySheet };
}
