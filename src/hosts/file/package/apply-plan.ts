// Writing an edit plan into a workbook package: marks (a copy of the cell's style with the mark's fill
// and font colour, a note), responsibility cells, the summary sheet and the journal that undoes it
// all; and taking the marks off again. Only the cells the plan names change in their sheets.
import type { CellRect, EditPlan, MarkStyle, RawValue, WorkbookGrid } from '../../../core/types';
import { JOURNAL_SHEET, type Journal, type JournalEntry } from '../../../core/journal';
import { CoreError } from '../../../core/errors';
import { cellWithValue, restyledCell, styleOf, valueCell } from './cell-xml';
import type { FileWorkbook } from './file-workbook';
import { fingerprint } from './hash';
import { patchSheetNotes, type NoteChange } from './notes';
import { refOf, type CellSource } from './sheet-patch';
import type { ReadCell } from './sheet-read';
import type { SheetCells } from './sheet-cells';
import { truncateStyles, type StyleRecord, type StylesBaseline } from './styles';
import { writeSummarySheet } from './summary-sheet';

/** What the journal keeps of a cell (JournalEntry.hostRecord): its XML before and as written, its note before. */
export interface CellRecord {
  /** The cell's element before the tool (absent: the sheet had none). */
  c?: string;
  /** A fingerprint of the cell's element as the tool wrote it. */
  w: string;
  /** The cell's style index before, and as written (absent: 0). */
  cs?: number;
  ws?: number;
  /** The mark's fill and font colour, to recognise the mark after another program renumbered the styles. */
  mk?: [string, string];
  /** The note's element before (null: none); absent when the tool did not touch the note. */
  n?: string | null;
  /** 1 when the tool added the note's drawing shape. */
  sa?: 1;
}

/** What the journal keeps of the package (Journal.hostRecord). */
export interface PackageRecord {
  styles: { baseline: StylesBaseline; written: string; originals: Record<string, StyleRecord> };
  /** Rows whose `spans` the tool widened, with the value before, by sheet. */
  spans?: Record<string, Record<string, string>>;
}

export interface ApplyOptions {
  createdAt?: string;
}

export interface ApplyOutcome {
  /** Notes not written because the cell has a threaded comment. */
  notesSkipped: number;
}

export interface ClearResult {
  restored: number;
  skipped: number;
  summarySheet: string | null;
}

interface CellWork {
  write?: EditPlan['writes'][number];
  mark?: EditPlan['marks'][number];
}

function groupBySheet(plan: EditPlan): Map<string, Map<number, Map<number, CellWork>>> {
  const sheets = new Map<string, Map<number, Map<number, CellWork>>>();
  const at = (sheet: string, row: number, col: number): CellWork => {
    const rows = sheets.get(sheet) ?? sheets.set(sheet, new Map()).get(sheet)!;
    const cols = rows.get(row) ?? rows.set(row, new Map()).get(row)!;
    return cols.get(col) ?? cols.set(col, {}).get(col)!;
  };
  for (const write of plan.writes) at(write.sheet, write.row, write.col).write = write;
  for (const mark of plan.marks) at(mark.sheet, mark.row, mark.col).mark = mark;
  return sheets;
}

/** Excel's column count: row × COLUMNS + column is a cell's number. */
const COLUMNS = 16384;

function cellsByKey(cells: SheetCells, wanted: Map<number, Map<number, unknown>>): Map<number, ReadCell> {
  return cells.pick(wanted);
}

function journalValue(cell: ReadCell | undefined): RawValue | { formula: string } {
  if (!cell) return null;
  if (cell.formula !== null) return { formula: cell.formula };
  return cell.value;
}

/**
 * The core never plans a value into a formula cell or a cell covered by a merge (DESIGN §6); a plan
 * that does is refused here too, before anything is written, rather than trusted.
 */
function refuseUnsafeWrites(sheet: string, rows: Map<number, Map<number, CellWork>>, cells: Map<number, ReadCell>, merges: CellRect[]): void {
  for (const [row, cols] of rows) {
    for (const [col, work] of cols) {
      if (!work.write) continue;
      if (cells.get(row * COLUMNS + col)?.formula != null) throw new Error(`${sheet}!${refOf(row, col)} holds a formula and is never written`);
      if (merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) {
        throw new Error(`${sheet}!${refOf(row, col)} is covered by a merged area and is never written`);
      }
    }
  }
}

/** Writes the plan. A journal already in the package is undone first, so marks never stack. */
export async function applyPlanToPackage(workbook: FileWorkbook, plan: EditPlan, grid: WorkbookGrid, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  await clearPackageMarks(workbook);
  const known = new Set(grid.sheets.map((s) => s.name));
  for (const { sheet } of [...plan.marks, ...plan.writes]) {
    if (!known.has(sheet) || !workbook.hasSheet(sheet)) {
      throw new CoreError('bad-input', { file: workbook.file, reason: `edit plan names sheet "${sheet}", which is not in the workbook` });
    }
  }
  const styles = await workbook.styles();
  const baseline = styles.baseline();
  const entries: JournalEntry[] = [];
  const originals: Record<string, StyleRecord> = {};
  const spans: Record<string, Record<string, string>> = {};
  let notesSkipped = 0;

  for (const [sheet, rows] of groupBySheet(plan)) {
    const read = await workbook.readSheet(sheet);
    const cells = cellsByKey(read.cells, rows);
    refuseUnsafeWrites(sheet, rows, cells, read.merges);
    const notes = await workbook.notes(sheet);
    // The notes first: a new drawing must be linked from the sheet in the same patch as the cells.
    const noteChanges = new Map<string, NoteChange>();
    for (const [row, cols] of rows) {
      for (const [col, work] of cols) {
        const ref = refOf(row, col);
        if (!work.mark || work.mark.note === null) continue;
        if (notes.threaded.has(ref)) notesSkipped++;
        else noteChanges.set(ref, { kind: 'set', text: work.mark.note });
      }
    }
    const part = workbook.sheet(sheet)!.part!;
    const outcome = await patchSheetNotes(workbook.pkg, part, notes, noteChanges);
    const coloursOf = new Map<number, { fill: string | null; font: string | null }>();

    const rewrite = (work: CellWork, source: CellSource | null, ref: string, row: number, col: number): string => {
      const original = styleOf(source);
      const style = work.mark ? styles.marked(original, plan.palette[work.mark.style as MarkStyle]) : original;
      const xml = work.write ? valueCell(source, ref, work.write.value, style) : restyledCell(source, ref, style);
      const colours = coloursOf.get(original) ?? coloursOf.set(original, styles.colours(original)).get(original)!;
      const note = notes.notes.get(ref);
      const record: CellRecord = { w: fingerprint(xml) };
      if (source) record.c = source.xml;
      if (original) record.cs = original;
      if (style) record.ws = style;
      if (work.mark) {
        const mark = plan.palette[work.mark.style as MarkStyle];
        record.mk = [mark.fill, mark.font];
        originals[original] ??= styles.describe(original);
      }
      if (noteChanges.has(ref)) record.n = note ? note.xml : null;
      if (outcome.shapesAdded.has(ref)) record.sa = 1;
      entries.push({
        sheet,
        row,
        col,
        fill: colours.fill,
        fontColor: colours.font,
        value: journalValue(cells.get(row * COLUMNS + col)),
        note: note ? note.text : null,
        ...(work.write ? { written: work.write.value } : {}),
        hostRecord: JSON.stringify(record),
      });
      return xml;
    };
    const spansChanged = new Map<number, string>();
    await workbook.patchSheet(sheet, { cells: rows, rewrite, addLegacyDrawing: outcome.addLegacyDrawing, spansChanged });
    if (spansChanged.size) spans[sheet] = Object.fromEntries([...spansChanged].map(([row, value]) => [String(row), value]));
  }

  let summarySheet: string | null = null;
  if (plan.summary) summarySheet = await writeSummarySheet(workbook, plan.summary);
  await workbook.flushStyles();
  const stylesText = workbook.book.stylesPart ? ((await workbook.pkg.text(workbook.book.stylesPart)) ?? '') : '';
  const packageRecord: PackageRecord = { styles: { baseline, written: fingerprint(stylesText), originals }, ...(Object.keys(spans).length ? { spans } : {}) };
  const journal: Journal = {
    version: 1,
    createdAt: options.createdAt ?? new Date().toISOString(),
    summarySheet,
    hostRecord: JSON.stringify(packageRecord),
    entries,
  };
  await workbook.writeJournal(journal);
  return { notesSkipped };
}

function parseRecord<T>(text: string | undefined): T | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as T;
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** The value of a cell as the journal compares it with what the tool wrote. */
function writtenValueIn(read: ReadCell | undefined): string | number | null {
  const value = read?.value;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/**
 * Puts back every cell the journal recorded, deletes the summary sheet it names and the journal, and
 * takes the appended styles off when the style sheet is still as the tool left it. Null without a journal.
 */
export async function clearPackageMarks(workbook: FileWorkbook): Promise<ClearResult | null> {
  const journal = await workbook.readJournal();
  if (!journal) return null;
  const packageRecord = parseRecord<PackageRecord>(journal.hostRecord);
  let restored = 0;
  let skipped = 0;
  const bySheet = new Map<string, JournalEntry[]>();
  for (const entry of journal.entries) (bySheet.get(entry.sheet) ?? bySheet.set(entry.sheet, []).get(entry.sheet)!).push(entry);

  for (const [sheet, sheetEntries] of bySheet) {
    if (!workbook.hasSheet(sheet)) {
      skipped += sheetEntries.length;
      continue;
    }
    const styles = await workbook.styles();
    const read = await workbook.readSheet(sheet);
    const wanted = new Map<number, Map<number, JournalEntry>>();
    for (const e of sheetEntries) (wanted.get(e.row) ?? wanted.set(e.row, new Map()).get(e.row)!).set(e.col, e);
    const cells = cellsByKey(read.cells, wanted);
    const notes = await workbook.notes(sheet);
    const noteChanges = new Map<string, NoteChange>();
    const addedRows = new Set<number>();
    const records = new Map<JournalEntry, CellRecord | null>();
    for (const e of sheetEntries) {
      const record = parseRecord<CellRecord>(e.hostRecord);
      records.set(e, record);
      const ref = refOf(e.row, e.col);
      if (record && record.c === undefined) addedRows.add(e.row);
      if (record && 'n' in record) noteChanges.set(ref, { kind: 'restore', xml: record.n ?? null, shapeAdded: record.sa === 1 });
      else if (!record && e.note !== (notes.notes.get(ref)?.text ?? null)) {
        noteChanges.set(ref, e.note === null ? { kind: 'restore', xml: null, shapeAdded: false } : { kind: 'set', text: e.note });
      }
    }
    const rewrite = (entry: JournalEntry, source: CellSource | null, ref: string, row: number, col: number): string | null => {
      restored++;
      if (!source) return null;
      const record = records.get(entry) ?? null;
      if (record && fingerprint(source.xml) === record.w) return record.c ?? '';
      // The cell was changed since (or the journal is another host's): put back what is still the tool's.
      const current = cells.get(row * COLUMNS + col);
      const valueBack = entry.written !== undefined && writtenValueIn(current) === entry.written;
      let style = styleOf(source);
      if (record?.mk) {
        // Still showing the mark: the style the cell had, made again from its description.
        const now = styles.colours(style);
        const original = packageRecord?.styles?.originals?.[String(record.cs ?? 0)];
        if (now.fill === record.mk[0] && now.font === record.mk[1]) style = original ? styles.fromRecord(original) : styles.recoloured(style, entry.fill, entry.fontColor);
      } else if (!record) style = styles.recoloured(style, entry.fill, entry.fontColor);
      if (valueBack) return cellWithValue(source, ref, entry.value, style);
      return style === styleOf(source) ? null : restyledCell(source, ref, style);
    };
    const outcome = await patchSheetNotes(workbook.pkg, workbook.sheet(sheet)!.part!, notes, noteChanges);
    const setSpans = new Map(Object.entries(packageRecord?.spans?.[sheet] ?? {}).map(([row, value]) => [Number(row), value]));
    await workbook.patchSheet(sheet, { cells: wanted, rewrite, dropEmptyRows: addedRows, removeLegacyDrawing: outcome.removeLegacyDrawing, setSpans });
  }

  if (journal.summarySheet && workbook.hasSheet(journal.summarySheet)) await workbook.removeSheet(journal.summarySheet);
  await workbook.removeSheet(JOURNAL_SHEET);
  await workbook.flushStyles();
  const stylesPart = workbook.book.stylesPart;
  if (packageRecord?.styles && stylesPart) {
    const text = (await workbook.pkg.text(stylesPart)) ?? '';
    if (fingerprint(text) === packageRecord.styles.written) workbook.pkg.setText(stylesPart, truncateStyles(text, packageRecord.styles.baseline));
  }
  return { restored, skipped, summarySheet: journal.summarySheet };
}
