// A workbook file opened as its package: the sheets read into the core's grid, and the edits the file
// host makes, each patching only the parts it touches. The same code runs in Node and in a browser.
import type { RawValue, SheetGrid, WorkbookGrid } from '../../../core/types';
import { JOURNAL_MARKER, JOURNAL_SHEET, MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET, decodeJournal, encodeJournal, type Journal } from '../../../core/journal';
import { parseRangeRef } from './cell-ref';
import { newSheetXml } from './new-sheet';
import { readSheetNotes, type SheetNotes } from './notes';
import { contentTypeOf, readRelationships } from './rels';
import { readSharedStrings } from './shared-strings';
import { patchSheetXml, type SheetPatch } from './sheet-patch';
import { readSheetXml, type ReadSheet } from './sheet-read';
import { StyleSheet } from './styles';
import { PackageError, addSheet, readWorkbookPart, removeSheet, type SheetEntry, type WorkbookPart } from './workbook-part';
import { parseXml } from './xml';
import { XlsxPackage } from './zip';

export type WorkbookFormat = 'xlsx' | 'xlsm';

const MACRO_WORKBOOK_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const JOURNAL_SHEETS = new Set([JOURNAL_SHEET, MERGE_JOURNAL_SHEET]);

export class FileWorkbook {
  private readonly sheetCache = new Map<string, ReadSheet>();
  private stylesSheet: StyleSheet | null = null;
  private sharedStrings: string[] | null = null;

  private constructor(
    readonly pkg: XlsxPackage,
    readonly book: WorkbookPart,
    readonly format: WorkbookFormat,
    /** The file as the user named it, for messages. */
    readonly file: string,
  ) {}

  /** Throws PackageError for a zip that is not a workbook. */
  static async open(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
    const pkg = await XlsxPackage.open(bytes);
    const book = await readWorkbookPart(pkg);
    const type = await contentTypeOf(pkg, book.path);
    return new FileWorkbook(pkg, book, type === MACRO_WORKBOOK_TYPE ? 'xlsm' : 'xlsx', file);
  }

  get sheets(): SheetEntry[] {
    return this.book.sheets;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.book.sheets.find((s) => s.name === name) ?? this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  hasSheet(name: string): boolean {
    return this.sheet(name) !== undefined;
  }

  async styles(): Promise<StyleSheet> {
    if (!this.stylesSheet) {
      const xml = this.book.stylesPart ? await this.pkg.text(this.book.stylesPart) : null;
      if (xml === null) throw new PackageError('workbook has no style sheet');
      this.stylesSheet = new StyleSheet(xml);
    }
    return this.stylesSheet;
  }

  /** Writes the appended styles into the package and starts a fresh style sheet from them. */
  async flushStyles(): Promise<void> {
    if (this.stylesSheet?.changed && this.book.stylesPart) this.pkg.setText(this.book.stylesPart, this.stylesSheet.result());
    this.stylesSheet = null;
  }

  private async strings(): Promise<string[]> {
    if (!this.sharedStrings) this.sharedStrings = readSharedStrings(this.book.sharedStringsPart ? await this.pkg.text(this.book.sharedStringsPart) : null);
    return this.sharedStrings;
  }

  async sheetXml(name: string): Promise<string> {
    const entry = this.sheet(name);
    if (!entry?.part) throw new PackageError(`sheet ${name} is not a worksheet`);
    const xml = await this.pkg.text(entry.part);
    if (xml === null) throw new PackageError(`sheet ${name} has no part ${entry.part}`);
    return xml;
  }

  async readSheet(name: string): Promise<ReadSheet> {
    const cached = this.sheetCache.get(name);
    if (cached) return cached;
    const styles = await this.styles();
    const read = readSheetXml(await this.sheetXml(name), { sharedStrings: await this.strings(), formats: styles.formats, date1904: this.book.date1904 });
    this.sheetCache.set(name, read);
    return read;
  }

  /** Patches a sheet at the positions its last read recorded. */
  async patchSheet<T>(name: string, patch: SheetPatch<T>): Promise<void> {
    const entry = this.sheet(name)!;
    const read = await this.readSheet(entry.name);
    this.pkg.setText(entry.part!, patchSheetXml(await this.sheetXml(entry.name), read, patch));
    this.sheetCache.delete(entry.name);
  }

  /** Drops what was read of a sheet whose part was changed. */
  forget(name: string): void {
    this.sheetCache.delete(name);
  }

  async notes(name: string): Promise<SheetNotes> {
    const entry = this.sheet(name)!;
    return readSheetNotes(this.pkg, entry.part!, (await this.readSheet(name)).legacyDrawingRelId);
  }

  private async tablesOf(entry: SheetEntry, read: ReadSheet): Promise<SheetGrid['tables']> {
    if (read.tableRelIds.length === 0) return undefined;
    const rels = await readRelationships(this.pkg, entry.part!);
    const tables: NonNullable<SheetGrid['tables']> = [];
    for (const id of read.tableRelIds) {
      const rel = rels.find((r) => r.id === id);
      const xml = rel ? await this.pkg.text(rel.part) : null;
      if (!xml) continue;
      const root = parseXml(xml);
      const rect = root.attributes.ref ? parseRangeRef(root.attributes.ref) : null;
      if (rect) tables.push({ name: root.attributes.displayName ?? root.attributes.name ?? '', ...rect });
    }
    return tables.length ? tables : undefined;
  }

  async sheetGrid(entry: SheetEntry): Promise<SheetGrid> {
    const read = await this.readSheet(entry.name);
    const { cells } = read;
    const used = (i: number) => (cells.value[i] !== null && cells.value[i] !== '') || cells.formula.has(i);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    let any = false;
    for (let i = 0; i < cells.count; i++) {
      if (!used(i)) continue;
      any = true;
      const row = cells.row[i];
      const col = cells.col[i];
      if (row < top) top = row;
      if (col < left) left = col;
      if (row > bottom) bottom = row;
      if (col > right) right = col;
    }
    if (!any) [top, left] = [0, 0];
    const width = right - left + 1;
    const values: RawValue[][] = [];
    for (let r = top; r <= bottom; r++) values.push(new Array<RawValue>(width).fill(null));
    const formats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    for (let i = 0; i < cells.count; i++) {
      if (!used(i)) continue;
      const r = cells.row[i] - top;
      const c = cells.col[i] - left;
      values[r][c] = cells.value[i];
      const format = cells.format(i);
      if (format) (formats[r] ??= [])[c] = format;
      const formula = cells.formula.get(i);
      if (formula !== undefined) (formulas[r] ??= [])[c] = formula;
    }
    const tables = await this.tablesOf(entry, read);
    return {
      name: entry.name,
      top,
      left,
      values,
      formats,
      ...(formulas.length ? { formulas } : {}),
      ...(read.merges.length ? { merges: read.merges } : {}),
      ...(tables ? { tables } : {}),
      ...(entry.state !== 'visible' ? { hidden: true } : {}),
    };
  }

  /** Every worksheet but the journals, with the sheets the journals say the tool made. */
  async grid(): Promise<WorkbookGrid> {
    const sheets: SheetGrid[] = [];
    for (const entry of this.book.sheets) {
      if (!entry.part || JOURNAL_SHEETS.has(entry.name)) continue;
      sheets.push(await this.sheetGrid(entry));
    }
    const owned = new Set<string>();
    for (const [sheet, marker] of [[JOURNAL_SHEET, JOURNAL_MARKER], [MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER]]) {
      const journal = await this.readJournal(sheet, marker);
      if (journal?.summarySheet && this.hasSheet(journal.summarySheet)) owned.add(this.sheet(journal.summarySheet)!.name);
    }
    return { sheets, ...(owned.size ? { ownedSheets: [...owned] } : {}) };
  }

  /** A journal sheet's rows of values. */
  private async rowsOf(name: string): Promise<RawValue[][]> {
    const rows: RawValue[][] = [];
    for (const cell of (await this.readSheet(name)).cells.all()) (rows[cell.row] ??= [])[cell.col] = cell.value;
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  }

  async readJournal(sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<Journal | null> {
    const entry = this.sheet(sheet);
    if (!entry?.part) return null;
    return decodeJournal(await this.rowsOf(entry.name), this.file, marker);
  }

  async writeJournal(journal: Journal, sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<void> {
    await this.removeSheet(sheet);
    const rows = encodeJournal(journal, marker);
    const cells = rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value, style: 0 })));
    await this.addSheet(sheet, newSheetXml({ cells }), 'veryHidden');
  }

  async addSheet(name: string, xml: string, state: SheetEntry['state'] = 'visible'): Promise<void> {
    await addSheet(this.pkg, this.book, name, xml, state);
  }

  async removeSheet(name: string): Promise<void> {
    const entry = this.sheet(name);
    if (!entry) return;
    await removeSheet(this.pkg, this.book, entry.name);
    this.sheetCache.delete(entry.name);
  }

  async save(): Promise<Uint8Array> {
    await this.flushStyles();
    return this.pkg.save();
  }
}

export { PackageError };
