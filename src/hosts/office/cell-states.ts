// The current state of the cells a check touches (fill, font colour, value, note). Cells are read in
// runs of nearby rows per column: one range with its values and formulas, and getCellProperties for
// the formats. For many cells, notes are listed from the workbook's note collection, by index with
// their location (most cells have no note); for a few cells, each one's note is looked up.
import type { CellState } from '../../core/cell-edits';
import { cellKey } from '../../core/cell-edits';
import { cellAddress, rangeAddress } from '../../core/address';
import { OPERATION_OVERHEAD } from './payload';
import { readInPacks, type FirstRequestLoads } from './packed-requests';
import { qualifiedCell } from './addresses';
import { journalValueOf } from './values';
import type { OfficeSession } from './session';

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Rows between two touched cells of a column that are read too, rather than starting a new range. */
const RUN_GAP = 8;
const MAX_RUN_ROWS = 4000;
/** Response bytes of one cell: values, formulas and its fill and font in getCellProperties, with a typical value. */
const CELL_READ_BYTES = 160;
/** A note by index: getItemAt, its content, getLocation and its address. */
const NOTE_READ_BYTES = 4 * OPERATION_OVERHEAD + 100;

interface Run {
  kind: 'run';
  sheet: string;
  col: number;
  top: number;
  bottom: number;
}

interface NoteAt {
  kind: 'note';
  index: number;
}

/** The note of one cell, looked up by its address. */
interface NoteOf {
  kind: 'cellNote';
  sheet: string;
  row: number;
  col: number;
}

const PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true }, font: { color: true } } };

function runsOf(cells: readonly CellRef[]): Run[] {
  const rowsBySheetCol = new Map<string, { sheet: string; col: number; rows: Set<number> }>();
  for (const { sheet, row, col } of cells) {
    const k = `${sheet}\u0000${col}`;
    if (!rowsBySheetCol.has(k)) rowsBySheetCol.set(k, { sheet, col, rows: new Set() });
    rowsBySheetCol.get(k)!.rows.add(row);
  }
  const runs: Run[] = [];
  for (const { sheet, col, rows } of rowsBySheetCol.values()) {
    let run: Run | null = null;
    for (const row of [...rows].sort((a, b) => a - b)) {
      if (run && row - run.bottom <= RUN_GAP && row - run.top < MAX_RUN_ROWS) run.bottom = row;
      else runs.push((run = { kind: 'run', sheet, col, top: row, bottom: row }));
    }
  }
  return runs;
}

/** Listing every note costs four operations a note; looking a cell up costs one: the cheaper is taken. */
function noteItems(cells: readonly CellRef[], noteCount: number | null): (NoteAt | NoteOf)[] {
  if (cells.length === 0 || !noteCount) return [];
  if (cells.length < 4 * noteCount) {
    const distinct = new Map(cells.map((c) => [cellKey(c.sheet, c.row, c.col), c]));
    return [...distinct.values()].map(({ sheet, row, col }) => ({ kind: 'cellNote', sheet, row, col }));
  }
  return Array.from({ length: noteCount }, (_, index) => ({ kind: 'note', index }));
}

/**
 * Reads every cell's state. `noteCount` is the number of notes in the workbook (from
 * readWorkbookInfo); null when the notes API is not there, and then every note reads as null.
 * `withFirst` goes into the first request, which is made even when there is no cell to read.
 */
export async function readCellStates(
  session: OfficeSession,
  cells: readonly CellRef[],
  noteCount: number | null,
  withFirst?: FirstRequestLoads,
): Promise<Map<string, CellState>> {
  const items: (Run | NoteAt | NoteOf)[] = [...runsOf(cells), ...noteItems(cells, noteCount)];
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => sheets.get(name) ?? sheets.set(name, session.context.workbook.worksheets.getItem(name)).get(name)!;

  const states = new Map<string, CellState>();
  const notes = new Map<string, string>();
  await readInPacks(
    session,
    items,
    (item) => (item.kind === 'run' ? (item.bottom - item.top + 1) * CELL_READ_BYTES + 3 * OPERATION_OVERHEAD : NOTE_READ_BYTES),
    (item) => {
      if (item.kind === 'cellNote') {
        const note = sheetOf(item.sheet).notes.getItemOrNullObject(cellAddress(item.row, item.col)).load('content');
        return () => {
          if (!note.isNullObject) notes.set(cellKey(item.sheet, item.row, item.col), note.content);
        };
      }
      if (item.kind === 'note') {
        const note = session.context.workbook.notes.getItemAt(item.index).load('content');
        const location = note.getLocation().load('address');
        return () => {
          const cell = qualifiedCell(location.address);
          if (cell) notes.set(cellKey(cell.sheet, cell.row, cell.col), note.content);
        };
      }
      const range = sheetOf(item.sheet).getRange(rangeAddress(item.top, item.col, item.bottom, item.col)).load('values,formulas');
      const properties = range.getCellProperties(PROPERTIES);
      return () => {
        for (let i = 0; i <= item.bottom - item.top; i++) {
          const format = properties.value[i][0].format;
          states.set(cellKey(item.sheet, item.top + i, item.col), {
            fill: format?.fill?.pattern === 'None' ? null : (format?.fill?.color ?? null),
            fontColor: format?.font?.color ?? null,
            value: journalValueOf(range.formulas[i][0], range.values[i][0]),
            note: null,
          });
        }
      };
    },
    withFirst,
  );
  // Only the touched cells are returned; the rows between them were read to save ranges.
  const result = new Map<string, CellState>();
  for (const { sheet, row, col } of cells) {
    const k = cellKey(sheet, row, col);
    result.set(k, { ...states.get(k)!, note: notes.get(k) ?? null });
  }
  return result;
}
