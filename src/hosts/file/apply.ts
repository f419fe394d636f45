// Applying an edit plan to an exceljs workbook, with the undo journal, and taking the marks off again.
import type ExcelJS from 'exceljs';
import type { EditPlan, MarkStyle, WorkbookGrid } from '../../core/types';
import type { Journal, JournalEntry } from '../../core/journal';
import { CoreError } from '../../core/errors';
import {
  argbOf,
  excelValueOf,
  fillColorOf,
  hexOf,
  journalValueOf,
  noteText,
  rawValueOf,
  setNote,
  solidFill,
} from './cells';
import { readJournal, removeJournal, writeJournal } from './journal-sheet';
import { writeSummarySheet } from './summary-sheet';

/**
 * What the file host keeps in JournalEntry.hostRecord for a marked cell: its fill, its font and its
 * note exactly as exceljs has them (null: the cell had none), the only parts of a cell a mark changes.
 * A cell whose value alone was written keeps `{}`: its formatting is left alone when restored.
 */
interface HostRecord {
  fill?: ExcelJS.Fill | null;
  font?: Partial<ExcelJS.Font> | null;
  note?: ExcelJS.Comment | string | null;
}

export interface ApplyOptions {
  /** The journal's time stamp (ISO); now by default. */
  createdAt?: string;
}

export interface ClearResult {
  restored: number;
  /** Entries whose sheet no longer exists. */
  skipped: number;
  summarySheet: string | null;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function journalEntryOf(sheet: string, row: number, col: number, cell: ExcelJS.Cell): JournalEntry {
  return {
    sheet,
    row,
    col,
    fill: fillColorOf(cell.fill),
    fontColor: hexOf(cell.font?.color),
    value: journalValueOf(cell),
    note: noteText(cell.note),
  };
}

function parseHostRecord(text: string | undefined): HostRecord | null {
  if (!text) return null;
  try {
    const record = JSON.parse(text) as HostRecord;
    return record && typeof record === 'object' ? record : null;
  } catch {
    return null;
  }
}

/** Fill and font colour from the portable fields, for a journal another host wrote. */
function restoreColours(cell: ExcelJS.Cell, entry: JournalEntry): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (entry.fill) style.fill = solidFill(entry.fill);
  else delete style.fill;
  const font: Partial<ExcelJS.Font> = { ...style.font };
  if (entry.fontColor) font.color = { argb: argbOf(entry.fontColor) };
  else delete font.color;
  style.font = font;
  cell.style = style;
  setNote(cell, entry.note);
}

/** The cell's current style with the recorded fill and font put back. */
function styleWith(current: Partial<ExcelJS.Style> | undefined, record: HostRecord): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { ...current };
  for (const part of ['fill', 'font'] as const) {
    const recorded = record[part];
    if (recorded === null) delete style[part];
    else if (recorded !== undefined) (style as Record<string, unknown>)[part] = structuredClone(recorded);
  }
  return style;
}

function restoreEntry(cell: ExcelJS.Cell, entry: JournalEntry): void {
  const record = parseHostRecord(entry.hostRecord);
  if (record) {
    if (record.fill !== undefined || record.font !== undefined) cell.style = styleWith(cell.style, record);
    if (record.note !== undefined) setNote(cell, record.note);
  } else {
    restoreColours(cell, entry);
  }
  // A value the tool wrote goes back only while it is still there: a correction typed since is kept.
  if (entry.written !== undefined && rawValueOf(cell.value) === entry.written) {
    cell.value = excelValueOf(entry.value);
  }
}

/** Keeps the workbook's active tab on a sheet that still exists after sheets were removed. */
function keepActiveTabValid(workbook: ExcelJS.Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if (view.activeTab !== undefined && view.activeTab >= count) view.activeTab = 0;
  }
}

/**
 * Puts back every cell the journal recorded, deletes the summary sheet it names and the journal.
 * Returns null when the workbook carries no journal (it was never checked).
 */
export function clearMarks(workbook: ExcelJS.Workbook, file = ''): ClearResult | null {
  const journal = readJournal(workbook, file);
  if (!journal) return null;
  let restored = 0;
  let skipped = 0;
  for (const entry of journal.entries) {
    const worksheet = workbook.getWorksheet(entry.sheet);
    if (!worksheet) {
      skipped++;
      continue;
    }
    restoreEntry(worksheet.getCell(entry.row + 1, entry.col + 1), entry);
    restored++;
  }
  const summary = journal.summarySheet ? workbook.getWorksheet(journal.summarySheet) : undefined;
  if (summary) workbook.removeWorksheet(summary.id);
  removeJournal(workbook);
  keepActiveTabValid(workbook);
  return { restored, skipped, summarySheet: journal.summarySheet };
}

/**
 * A cell's style with a mark's fill and font colour. Cells that shared a style share the marked one
 * too: exceljs then writes each distinct style once, instead of once per marked cell.
 */
class MarkedStyles {
  private readonly cache = new Map<Partial<ExcelJS.Style>, Map<MarkStyle, Partial<ExcelJS.Style>>>();
  private readonly unstyled: Partial<ExcelJS.Style> = {};

  constructor(private readonly palette: EditPlan['palette']) {}

  of(style: Partial<ExcelJS.Style> | undefined, mark: MarkStyle): Partial<ExcelJS.Style> {
    const base = !style || Object.keys(style).length === 0 ? this.unstyled : style;
    let byMark = this.cache.get(base);
    if (!byMark) this.cache.set(base, (byMark = new Map()));
    let marked = byMark.get(mark);
    if (!marked) {
      const colours = this.palette[mark];
      marked = { ...base, fill: solidFill(colours.fill), font: { ...base.font, color: { argb: argbOf(colours.font) } } };
      byMark.set(mark, marked);
    }
    return marked;
  }
}

/** Rejects a plan made for another workbook before anything is written. */
function checkPlanFits(workbook: ExcelJS.Workbook, plan: EditPlan, grid: WorkbookGrid): void {
  const known = new Set(grid.sheets.map((s) => s.name));
  for (const { sheet } of [...plan.marks, ...plan.writes]) {
    if (!known.has(sheet) || !workbook.getWorksheet(sheet)) {
      throw new CoreError('bad-input', { file: '', reason: `edit plan names sheet "${sheet}", which is not in the workbook` });
    }
  }
}

/**
 * Writes the plan: marks (fill, font colour, note), responsibility cells, the summary sheet, and the
 * journal that undoes all of it. A journal already in the workbook is restored first.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: EditPlan, grid: WorkbookGrid, options: ApplyOptions = {}): void {
  clearMarks(workbook);
  checkPlanFits(workbook, plan, grid);

  const touched = new Map<string, { cell: ExcelJS.Cell; entry: JournalEntry; record: HostRecord }>();
  const touch = (sheet: string, row: number, col: number) => {
    const key = cellKey(sheet, row, col);
    let found = touched.get(key);
    if (!found) {
      const cell = workbook.getWorksheet(sheet)!.getCell(row + 1, col + 1);
      found = { cell, entry: journalEntryOf(sheet, row, col, cell), record: {} };
      touched.set(key, found);
    }
    return found;
  };

  const markedStyles = new MarkedStyles(plan.palette);
  for (const write of plan.writes) {
    const { cell, entry } = touch(write.sheet, write.row, write.col);
    cell.value = write.value; // a string stays text in exceljs, whatever it begins with
    entry.written = write.value;
  }
  for (const mark of plan.marks) {
    const { cell, record } = touch(mark.sheet, mark.row, mark.col);
    // Writes change values only, so the style and note here are still the user's own.
    if (record.fill === undefined) record.fill = cell.style?.fill ?? null;
    if (record.font === undefined) record.font = cell.style?.font ?? null;
    if (record.note === undefined) record.note = cell.note ?? null;
    cell.style = markedStyles.of(cell.style, mark.style);
    if (mark.note !== null) cell.note = mark.note;
  }
  const entries = [...touched.values()].map(({ entry, record }) => ({ ...entry, hostRecord: JSON.stringify(record) }));

  const summarySheet = plan.summary ? writeSummarySheet(workbook, plan.summary).name : null;
  const journal: Journal = {
    version: 1,
    createdAt: options.createdAt ?? new Date().toISOString(),
    summarySheet,
    entries,
  };
  writeJournal(workbook, journal);
}
