// What a host must write to a cell, given what the cell holds now: taking the marks of a previous
// check off (from its journal) and putting a new plan's marks on, as one set of per-cell changes.
// A cell marked by both checks is changed once, from its current state straight to its new one,
// and the new journal keeps the state the first check found, so checking twice never stacks marks.
import type { EditPlan } from './types';
import type { Journal, JournalEntry } from './journal';

export type CellValue = JournalEntry['value'];

/** The parts of a cell the tool changes, as a host reads them. */
export interface CellState {
  fill: string | null;
  fontColor: string | null;
  value: CellValue;
  note: string | null;
}

/** A change to one cell; a field that is absent is left as it is. */
export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  fill?: string | null;
  fontColor?: string | null;
  /** A string here is literal text; `{ formula }` puts a formula back. */
  value?: CellValue;
  note?: string | null;
}

export interface CellEdits {
  /** Cells of the previous check that the plan does not touch, put back as they were. */
  restores: CellChange[];
  /** Cells the plan touches, from their current state to the marked one. */
  changes: CellChange[];
  /** The new journal's entries: one per cell the plan touches. */
  entries: JournalEntry[];
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The state the journal says the cell had; its value only while the cell still holds what the tool wrote. */
function journalState(entry: JournalEntry, current: CellState): CellState {
  const keepValue = entry.written === undefined || !sameValue(current.value, entry.written);
  return { fill: entry.fill, fontColor: entry.fontColor, note: entry.note, value: keepValue ? current.value : entry.value };
}

function changeOf(sheet: string, row: number, col: number, current: CellState, wanted: CellState): CellChange | null {
  const change: CellChange = { sheet, row, col };
  let changed = false;
  if (wanted.fill !== current.fill) (change.fill = wanted.fill), (changed = true);
  if (wanted.fontColor !== current.fontColor) (change.fontColor = wanted.fontColor), (changed = true);
  if (wanted.note !== current.note) (change.note = wanted.note), (changed = true);
  if (!sameValue(wanted.value, current.value)) (change.value = wanted.value), (changed = true);
  return changed ? change : null;
}

function isFormula(value: CellValue): boolean {
  return value !== null && typeof value === 'object' && 'formula' in value;
}

/** Looks a cell's current state up; the host must have read every cell the journal or the plan names. */
export type StateLookup = (sheet: string, row: number, col: number) => CellState | undefined;

function stateOf(lookup: StateLookup, sheet: string, row: number, col: number): CellState {
  const state = lookup(sheet, row, col);
  if (!state) throw new Error(`cell state of ${sheet}!R${row + 1}C${col + 1} was not read`);
  return state;
}

/**
 * The changes that take a journal's marks off. Entries whose sheet `exists` says is gone are
 * skipped and counted.
 */
export function restoreChanges(
  journal: Journal,
  current: StateLookup,
  exists: (sheet: string) => boolean = () => true,
): { changes: CellChange[]; restored: number; skipped: number } {
  const changes: CellChange[] = [];
  let restored = 0;
  let skipped = 0;
  for (const entry of journal.entries) {
    if (!exists(entry.sheet)) {
      skipped++;
      continue;
    }
    restored++;
    const state = stateOf(current, entry.sheet, entry.row, entry.col);
    const change = changeOf(entry.sheet, entry.row, entry.col, state, journalState(entry, state));
    if (change) changes.push(change);
  }
  return { changes, restored, skipped };
}

interface Touched {
  sheet: string;
  row: number;
  col: number;
  written?: string | number;
  mark?: { fill: string; font: string; note: string | null };
}

function touchedCells(plan: EditPlan): Map<string, Touched> {
  const touched = new Map<string, Touched>();
  const touch = (sheet: string, row: number, col: number) => {
    const key = cellKey(sheet, row, col);
    let cell = touched.get(key);
    if (!cell) touched.set(key, (cell = { sheet, row, col }));
    return cell;
  };
  for (const w of plan.writes) touch(w.sheet, w.row, w.col).written = w.value;
  for (const m of plan.marks) {
    const colours = plan.palette[m.style];
    touch(m.sheet, m.row, m.col).mark = { fill: colours.fill, font: colours.font, note: m.note };
  }
  return touched;
}

/**
 * Every change that takes the previous check's marks off (when `previous` is given) and puts the
 * plan's marks and writes on, and the journal entries that undo the plan. `current` must know every
 * cell of the plan, and every cell of the previous journal whose sheet still exists.
 */
export function editChanges(plan: EditPlan, current: StateLookup, previous: Journal | null): CellEdits {
  const touched = touchedCells(plan);
  const previousByKey = new Map<string, JournalEntry>();
  for (const entry of previous?.entries ?? []) previousByKey.set(cellKey(entry.sheet, entry.row, entry.col), entry);

  const restores: CellChange[] = [];
  for (const [key, entry] of previousByKey) {
    if (touched.has(key)) continue;
    const state = current(entry.sheet, entry.row, entry.col);
    if (!state) continue; // its sheet is gone
    const change = changeOf(entry.sheet, entry.row, entry.col, state, journalState(entry, state));
    if (change) restores.push(change);
  }

  const changes: CellChange[] = [];
  const entries: JournalEntry[] = [];
  for (const [key, cell] of touched) {
    const state = stateOf(current, cell.sheet, cell.row, cell.col);
    const previousEntry = previousByKey.get(key);
    const original = previousEntry ? journalState(previousEntry, state) : state;
    const wanted: CellState = { ...original };
    // A formula found in the cell now (typed since the plan was made) is never overwritten.
    const written = cell.written !== undefined && !isFormula(state.value) ? cell.written : undefined;
    if (written !== undefined) wanted.value = written;
    if (cell.mark) {
      wanted.fill = cell.mark.fill;
      wanted.fontColor = cell.mark.font;
      if (cell.mark.note !== null) wanted.note = cell.mark.note;
    }
    const change = changeOf(cell.sheet, cell.row, cell.col, state, wanted);
    if (change) changes.push(change);
    entries.push({
      sheet: cell.sheet,
      row: cell.row,
      col: cell.col,
      fill: original.fill,
      fontColor: original.fontColor,
      value: original.value,
      note: original.note,
      ...(written !== undefined ? { written } : {}),
    });
  }
  return { restores, changes, entries };
}
