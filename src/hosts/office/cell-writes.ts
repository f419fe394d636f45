// Queuing per-cell changes: fills and font colours grouped by colour and sent as multi-area ranges
// (address lists under the length limit), values written per run of adjacent cells, notes one by one.
import type { CellChange } from '../../core/cell-edits';
import { cellAddress, rangeAddress } from '../../core/address';
import { rectanglesOf, rectAddress, type CellPosition } from '../../core/cell-areas';
import { addressBatches } from '../../core/batches';
import { MAX_AREAS_ADDRESS_CHARS, OPERATION_OVERHEAD, jsonBytes } from './payload';
import { cellInputOf, type CellInput } from './values';
import type { RequestWriter } from './request-writer';

/** Office.js cannot set a font back to "automatic"; black is what automatic shows and what it reads as. */
export const AUTOMATIC_FONT_COLOR = '#000000';

/** How the notes of the changed cells stand now, to choose between add, change and delete. */
export type CurrentNote = (sheet: string, row: number, col: number) => string | null;

function groupBy<K>(changes: CellChange[], keyOf: (c: CellChange) => K | undefined): Map<K, CellPosition[]> {
  const groups = new Map<K, CellPosition[]>();
  for (const change of changes) {
    const k = keyOf(change);
    if (k === undefined) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push({ row: change.row, col: change.col });
  }
  return groups;
}

/** The worksheet's proxy, made on first use: after a reserve, so that it goes into a request that is sent. */
type SheetProxy = () => Excel.Worksheet;

async function writeAreas(writer: RequestWriter, sheet: SheetProxy, cells: CellPosition[], apply: (areas: Excel.RangeAreas) => void): Promise<void> {
  for (const addresses of addressBatches(rectanglesOf(cells).map(rectAddress), MAX_AREAS_ADDRESS_CHARS)) {
    await writer.reserve(addresses.length + 3 * OPERATION_OVERHEAD);
    apply(sheet().getRanges(addresses));
  }
}

/** Untouched rows between two written cells of a column that are sent as null (left unchanged) to keep one write. */
const VALUE_GAP = 16;
const MAX_VALUE_RUN = 5000;

interface ValueRun {
  col: number;
  top: number;
  via: CellInput['via'];
  /** null: the cell is left as it is (Office.js ignores null in a 2-D array). */
  inputs: (CellInput['input'] | null)[];
}

/** Cells of a column written the same way and close together go in one 2-D write. */
function valueRuns(changes: CellChange[]): ValueRun[] {
  const cells = changes
    .filter((c) => c.value !== undefined)
    .map((c) => ({ row: c.row, col: c.col, ...cellInputOf(c.value!) }))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ValueRun[] = [];
  let run: ValueRun | null = null;
  for (const cell of cells) {
    const gap = run ? cell.row - (run.top + run.inputs.length) : -1;
    if (run && run.col === cell.col && run.via === cell.via && gap >= 0 && gap <= VALUE_GAP && run.inputs.length + gap < MAX_VALUE_RUN) {
      for (let i = 0; i < gap; i++) run.inputs.push(null);
      run.inputs.push(cell.input);
    } else {
      runs.push((run = { col: cell.col, top: cell.row, via: cell.via, inputs: [cell.input] }));
    }
  }
  return runs;
}

async function writeNotes(writer: RequestWriter, sheet: SheetProxy, changes: CellChange[], current: CurrentNote): Promise<void> {
  for (const change of changes) {
    if (change.note === undefined) continue;
    const address = cellAddress(change.row, change.col);
    const before = current(change.sheet, change.row, change.col);
    await writer.reserve(2 * OPERATION_OVERHEAD + jsonBytes(change.note));
    if (change.note === null) {
      if (before !== null) sheet().notes.getItem(address).delete();
    } else if (before === null) {
      sheet().notes.add(address, change.note);
    } else {
      sheet().notes.getItem(address).content = change.note;
    }
  }
}

/**
 * Queues the changes through the writer. `notes` null means the notes API is not there: note changes
 * are left out (the caller reports them as skipped).
 */
export async function writeCellChanges(writer: RequestWriter, changes: CellChange[], notes: CurrentNote | null): Promise<void> {
  const bySheet = new Map<string, CellChange[]>();
  for (const change of changes) {
    if (!bySheet.has(change.sheet)) bySheet.set(change.sheet, []);
    bySheet.get(change.sheet)!.push(change);
  }
  for (const [name, sheetChanges] of bySheet) {
    let proxy: Excel.Worksheet | null = null;
    const sheet: SheetProxy = () => (proxy ??= writer.context.workbook.worksheets.getItem(name));
    for (const [color, cells] of groupBy(sheetChanges, (c) => c.fill)) {
      await writeAreas(writer, sheet, cells, (areas) => (color === null ? areas.format.fill.clear() : (areas.format.fill.color = color)));
    }
    for (const [color, cells] of groupBy(sheetChanges, (c) => c.fontColor)) {
      await writeAreas(writer, sheet, cells, (areas) => (areas.format.font.color = color ?? AUTOMATIC_FONT_COLOR));
    }
    for (const run of valueRuns(sheetChanges)) {
      const matrix = run.inputs.map((input) => [input]);
      await writer.reserve(jsonBytes(matrix) + 2 * OPERATION_OVERHEAD);
      const range = sheet().getRange(rangeAddress(run.top, run.col, run.top + run.inputs.length - 1, run.col));
      if (run.via === 'formulas') range.formulas = matrix;
      else range.values = matrix;
    }
    if (notes) await writeNotes(writer, sheet, sheetChanges, notes);
  }
}
