// The merge journal: what each cell a merge wrote held before (value and note), in the journal
// format of ../journal.ts but in a sheet of its own (MERGE_JOURNAL_SHEET). Merged values are the
// user's data: taking check marks off never touches them; 撤销合并 (undo merge) puts the cells back.
//
// Where a check journal is in the workbook too, a merged cell's note becomes part of what that
// journal must restore: its entry's note is updated, so that 清除标记 keeps the provenance note.
import type { RawValue, TrimmedText } from '../types';
import { fitCellText } from '../excel-limits';
import type { Journal, JournalEntry } from '../journal';
import { cellKey, type CellChange } from '../cell-edits';
import type { MergePlan } from './merge';
import { noteWithProvenance } from './merge-values';

/** The parts of a cell a merge changes, as a host reads them. */
export interface MergeCellState {
  value: JournalEntry['value'];
  note: string | null;
}

export type MergeStateLookup = (sheet: string, row: number, col: number) => MergeCellState | undefined;

export interface MergeEdits {
  /** Values and notes to write. */
  changes: CellChange[];
  /** The merge journal after this merge: a previous merge's entries kept, new cells added. */
  journal: Journal;
  /** The check journal with the merged cells' notes updated; null when there is none. */
  checkJournal: Journal | null;
  /** Notes cut to Excel's 32,767 characters (ending in …). */
  trimmed: TrimmedText[];
}

function sameValue(a: RawValue | { formula: string } | string | number, b: RawValue | { formula: string } | string | number): boolean {
  return a === b || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function byCell(journal: Journal | null): Map<string, JournalEntry> {
  return new Map((journal?.entries ?? []).map((e) => [cellKey(e.sheet, e.row, e.col), e]));
}

/**
 * The writes of a merge plan with their journal. `current` must know every written cell; its note is
 * the note the user sees. A cell a previous merge wrote keeps its first entry (what the user had),
 * with `written` updated, so one undo takes every merge off.
 */
export function mergeEdits(
  plan: Pick<MergePlan, 'writes' | 'consolidation'>,
  current: MergeStateLookup,
  previousMerge: Journal | null,
  checkJournal: Journal | null,
  createdAt: string,
): MergeEdits {
  const mergeEntries = byCell(previousMerge);
  const checkEntries = byCell(checkJournal);
  const patchedCheck = new Map<string, JournalEntry>();
  const changes: CellChange[] = [];
  const trimmed: TrimmedText[] = [];
  for (const write of plan.writes) {
    const key = cellKey(write.sheet, write.row, write.col);
    const state = current(write.sheet, write.row, write.col);
    if (!state) throw new Error(`cell state of ${write.sheet}!R${write.row + 1}C${write.col + 1} was not read`);
    const checkEntry = checkEntries.get(key);
    // Under a check mark the user's own note is the one the check journal keeps.
    const userNote = checkEntry ? checkEntry.note : state.note;
    const composed = fitCellText(noteWithProvenance(userNote, write.note));
    if (composed.trimmed) trimmed.push({ sheet: write.sheet, row: write.row, col: write.col, kind: 'note' });
    const note = composed.text;
    changes.push({ sheet: write.sheet, row: write.row, col: write.col, value: write.value, ...(note !== state.note ? { note } : {}) });
    if (checkEntry) patchedCheck.set(key, { ...checkEntry, note });
    const earlier = mergeEntries.get(key);
    mergeEntries.set(
      key,
      earlier
        ? { ...earlier, written: write.value }
        : { sheet: write.sheet, row: write.row, col: write.col, fill: null, fontColor: null, value: state.value, note: userNote, written: write.value },
    );
  }
  return {
    changes,
    journal: { version: 1, createdAt, summarySheet: plan.consolidation.name, entries: [...mergeEntries.values()] },
    checkJournal: checkJournal && { ...checkJournal, entries: checkJournal.entries.map((e) => patchedCheck.get(cellKey(e.sheet, e.row, e.col)) ?? e) },
    trimmed,
  };
}

export interface UndoMergeEdits {
  changes: CellChange[];
  /** Cells put back. */
  restored: number;
  /** Cells changed by hand since the merge: left as they are. */
  kept: number;
  /** Entries whose sheet is gone. */
  skipped: number;
  checkJournal: Journal | null;
}

/**
 * The changes that take every merge off: each cell still holding the merged value gets its value and
 * note back; a cell edited since is kept. `current` must know every entry's cell whose sheet exists.
 */
export function undoMergeEdits(
  journal: Journal,
  current: MergeStateLookup,
  checkJournal: Journal | null,
  exists: (sheet: string) => boolean = () => true,
): UndoMergeEdits {
  const checkEntries = byCell(checkJournal);
  const patchedCheck = new Map<string, JournalEntry>();
  const changes: CellChange[] = [];
  let restored = 0;
  let kept = 0;
  let skipped = 0;
  for (const entry of journal.entries) {
    if (!exists(entry.sheet)) {
      skipped++;
      continue;
    }
    const state = current(entry.sheet, entry.row, entry.col);
    if (!state) throw new Error(`cell state of ${entry.sheet}!R${entry.row + 1}C${entry.col + 1} was not read`);
    if (entry.written === undefined || !sameValue(state.value, entry.written)) {
      kept++;
      continue;
    }
    restored++;
    const change: CellChange = { sheet: entry.sheet, row: entry.row, col: entry.col, value: entry.value };
    if (state.note !== entry.note) change.note = entry.note;
    changes.push(change);
    const key = cellKey(entry.sheet, entry.row, entry.col);
    const checkEntry = checkEntries.get(key);
    if (checkEntry) patchedCheck.set(key, { ...checkEntry, note: entry.note });
  }
  return {
    changes,
    restored,
    kept,
    skipped,
    checkJournal: checkJournal && { ...checkJournal, entries: checkJournal.entries.map((e) => patchedCheck.get(cellKey(e.sheet, e.row, e.col)) ?? e) },
  };
}
