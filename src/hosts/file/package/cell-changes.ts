// Generic changes to cells of a workbook package (a value, a note, a fill and font colour), as the
// core's CellChange describes them: used where a journal of portable values is put back (returns
// merge and its undo). Each touched sheet is patched once, cell by cell.
import type { CellChange, CellState } from '../../../core/cell-edits';
import type { RawValue } from '../../../core/types';
import { cellWithValue, restyledCell, styleOf } from './cell-xml';
import type { FileWorkbook } from './file-workbook';
import { patchSheetNotes, type NoteChange } from './notes';
import { refOf, type CellSource } from './sheet-patch';

/** What each cell of `cells` holds now (value as the journal keeps it, note text, colours), by "sheet|row|col". */
export async function cellStates(workbook: FileWorkbook, cells: { sheet: string; row: number; col: number }[]): Promise<Map<string, CellState>> {
  const states = new Map<string, CellState>();
  const bySheet = new Map<string, Set<string>>();
  for (const c of cells) (bySheet.get(c.sheet) ?? bySheet.set(c.sheet, new Set()).get(c.sheet)!).add(`${c.row},${c.col}`);
  for (const [sheet, wanted] of bySheet) {
    if (!workbook.hasSheet(sheet)) continue;
    const styles = await workbook.styles();
    const read = await workbook.readSheet(sheet);
    const notes = await workbook.notes(sheet);
    const found = new Map([...read.cells.all()].filter((c) => wanted.has(`${c.row},${c.col}`)).map((c) => [`${c.row},${c.col}`, c]));
    for (const key of wanted) {
      const [row, col] = key.split(',').map(Number);
      const cell = found.get(key);
      const colours = styles.colours(cell?.style ?? 0);
      const value: RawValue | { formula: string } = cell ? (cell.formula !== null ? { formula: cell.formula } : cell.value) : null;
      states.set(`${sheet}|${row}|${col}`, { value, note: notes.notes.get(refOf(row, col))?.text ?? null, fill: colours.fill, fontColor: colours.font });
    }
  }
  return states;
}

export async function applyCellChanges(workbook: FileWorkbook, changes: CellChange[]): Promise<void> {
  const bySheet = new Map<string, CellChange[]>();
  for (const c of changes) (bySheet.get(c.sheet) ?? bySheet.set(c.sheet, []).get(c.sheet)!).push(c);
  for (const [sheet, sheetChanges] of bySheet) {
    const styles = await workbook.styles();
    const notes = await workbook.notes(sheet);
    const noteChanges = new Map<string, NoteChange>();
    const cells = new Map<number, Map<number, CellChange>>();
    for (const change of sheetChanges) {
      const ref = refOf(change.row, change.col);
      if (change.note !== undefined) {
        const existing = notes.notes.get(ref);
        if (change.note === null) {
          if (existing) noteChanges.set(ref, { kind: 'restore', xml: null, shapeAdded: true });
        } else if (!notes.threaded.has(ref)) noteChanges.set(ref, { kind: 'set', text: change.note });
      }
      if (change.value === undefined && change.fill === undefined && change.fontColor === undefined) continue;
      (cells.get(change.row) ?? cells.set(change.row, new Map()).get(change.row)!).set(change.col, change);
    }
    const rewrite = (change: CellChange, source: CellSource | null, ref: string): string => {
      let style = styleOf(source);
      if (change.fill !== undefined || change.fontColor !== undefined) {
        const now = styles.colours(style);
        style = styles.recoloured(style, change.fill !== undefined ? change.fill : now.fill, change.fontColor !== undefined ? change.fontColor : now.font);
      }
      return change.value !== undefined ? cellWithValue(source, ref, change.value, style) : restyledCell(source, ref, style);
    };
    const part = workbook.sheet(sheet)!.part!;
    const outcome = await patchSheetNotes(workbook.pkg, part, notes, noteChanges);
    await workbook.patchSheet(sheet, { cells, rewrite, addLegacyDrawing: outcome.addLegacyDrawing, removeLegacyDrawing: outcome.removeLegacyDrawing });
  }
}
