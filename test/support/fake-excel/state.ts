// The workbook itself, as plain data: sheets of cells with their values and formats, notes, merged
// areas, Excel tables, charts, protection. Proxies read and change it only when a request runs.
import type { CellRect } from '../../../src/core/types';
import { cellAddress } from '../../../src/core/address';
import { FakeOfficeError, protectedSheetError } from './errors';
import { cellCount, parseLocalAddress } from './addresses';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type CellScalar = string | number | boolean | { error: string };

export interface FakeFont {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  underline?: boolean;
  name?: string;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  /** The constant, or a formula's last result; absent when empty. */
  value?: CellScalar;
  /** `=…` for a formula cell. */
  formula?: string;
  /** The cell was typed with Excel's text prefix (a leading apostrophe, not part of the value). */
  textPrefix?: boolean;
  numberFormat?: string;
  /** Solid fill colour '#RRGGBB'; absent: no fill. */
  fill?: string;
  font?: FakeFont;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style: string; color: string }>;
  hyperlink?: FakeHyperlink;
  /** RangeFormat.protection: absent means locked, as every new cell is. */
  locked?: boolean;
  formulaHidden?: boolean;
  dataValidation?: FakeDataValidation;
}

/** Range.dataValidation of one cell, as set through Office.js. */
export interface FakeDataValidation {
  rule?: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface FakeNote {
  content: string;
  author: string;
}

export interface FakeChartSeries {
  name: string;
  values: string;
  categories: string | null;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
  series: FakeChartSeries[];
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Map<string, FakeCell>;
  notes: Map<string, FakeNote>;
  merges: CellRect[];
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Columns hidden through Range.columnHidden. */
  hiddenColumns: Set<number>;
  /** The options of worksheet.protection.protect(), while protected. */
  protectionOptions: Record<string, unknown> | null;
  /** The password given to protect(), while protected; null for none. */
  protectionPassword: string | null;
  charts: FakeChart[];
  /** What was set through worksheet.pageLayout (ExcelApi 1.9), by property; absent until set. */
  pageLayout?: Record<string, unknown>;
  deleted?: boolean;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: CellRect;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  protected: boolean;
  activeSheetId: string | null;
  selection: { sheet: string; address: string } | null;
  nextSheetId: number;
  nextChartId: number;
  /** workbook.properties.custom, by lower-cased key (keys are case-insensitive), in the order added. */
  customProperties: Map<string, FakeCustomProperty>;
  /** Excel outside the web trims custom property keys and values to 255 characters; null: the web. */
  customPropertyLimit: number | null;
}

export interface FakeCustomProperty {
  key: string;
  value: string | number | boolean;
  type: 'String' | 'Number' | 'Float' | 'Boolean' | 'Date';
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const NOTE_AUTHOR = 'Fake User';

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function keyRowCol(k: string): { row: number; col: number } {
  const [row, col] = k.split(',').map(Number);
  return { row, col };
}

export function isEmptyCell(cell: FakeCell | undefined): boolean {
  return !cell || (cell.value === undefined && cell.formula === undefined);
}

export function hasFormatting(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== undefined ||
    cell.fill !== undefined ||
    (cell.font !== undefined && Object.keys(cell.font).length > 0) ||
    cell.horizontalAlignment !== undefined ||
    cell.verticalAlignment !== undefined ||
    cell.wrapText !== undefined ||
    cell.borders !== undefined ||
    cell.locked !== undefined ||
    cell.formulaHidden !== undefined ||
    cell.dataValidation !== undefined
  );
}

export function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  return {
    id: `{S${state.nextSheetId++}}`,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    notes: new Map(),
    merges: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    protectionOptions: null,
    protectionPassword: null,
    charts: [],
  };
}

export function liveSheets(state: FakeWorkbookState): FakeSheet[] {
  return state.sheets.filter((s) => !s.deleted);
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | null {
  const lower = name.toLowerCase();
  return liveSheets(state).find((s) => s.name.toLowerCase() === lower) ?? null;
}

export function sheetByName(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = findSheet(state, name);
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
  return sheet;
}

/** Excel refuses sheet names that are empty, longer than 31 characters or contain : \ / ? * [ ]. */
export function checkSheetName(state: FakeWorkbookState, name: string, except?: FakeSheet): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: sheet name '${name}'.`);
  }
  const existing = findSheet(state, name);
  if (existing && existing !== except) {
    throw new FakeOfficeError('ItemAlreadyExists', `A resource with the same name or identifier already exists: '${name}'.`);
  }
}

export function assertWritable(sheet: FakeSheet, what: string): void {
  if (sheet.deleted) throw new FakeOfficeError('InvalidObjectPath', `The object path '${what}' isn't working for what you're trying to do: the worksheet was deleted.`);
  if (sheet.protected) throw protectedSheetError(`${sheet.name}!${what}`);
}

export function assertStructureWritable(state: FakeWorkbookState): void {
  if (state.protected) {
    throw new FakeOfficeError('AccessDenied', 'The workbook is protected: its structure (sheets) cannot be changed.');
  }
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function cellForWrite(sheet: FakeSheet, row: number, col: number): FakeCell {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) sheet.cells.set(k, (cell = {}));
  return cell;
}

/** Calls fn for every cell position of the rectangle. */
export function eachPosition(rect: CellRect, fn: (row: number, col: number) => void): void {
  if (cellCount(rect) > 2_000_000) {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not iterate over more than 2,000,000 cells in one operation.');
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

/** The bounding rectangle of the cells with a value (valuesOnly) or also with formatting; null when none. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of sheet.cells) {
    if (isEmptyCell(cell) && (valuesOnly || !hasFormatting(cell))) continue;
    const { row, col } = keyRowCol(k);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

// ---------------------------------------------------------------------------------------------
// Seeds and saved workbooks: plain objects, so a workbook can be "saved and reopened" through JSON.

export interface SavedSheet {
  name: string;
  visibility?: Visibility;
  protected?: boolean;
  /** Cells by A1 address. */
  cells?: Record<string, FakeCell>;
  /** Notes by A1 address. */
  notes?: Record<string, FakeNote | string>;
  merges?: string[];
  columnWidths?: Record<string, number>;
  hiddenColumns?: number[];
  protectionOptions?: Record<string, unknown> | null;
  protectionPassword?: string | null;
  charts?: FakeChart[];
}

export interface SavedWorkbook {
  sheets: SavedSheet[];
  tables?: { name: string; sheet: string; range: string }[];
  protected?: boolean;
  /** Custom document properties by key. */
  customProperties?: Record<string, string | number | boolean>;
  /** 255 (desktop, the default) or null (Excel on the web). */
  customPropertyLimit?: number | null;
}

function rectOf(address: string): CellRect {
  const rect = parseLocalAddress(address);
  if (!rect) throw new Error(`fake excel: bad address in seed: ${address}`);
  return rect;
}

export function stateFromSaved(saved: SavedWorkbook): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    tables: [],
    protected: saved.protected ?? false,
    activeSheetId: null,
    selection: null,
    nextSheetId: 1,
    nextChartId: 1,
    customProperties: new Map(),
    customPropertyLimit: saved.customPropertyLimit === undefined ? 255 : saved.customPropertyLimit,
  };
  for (const [name, value] of Object.entries(saved.customProperties ?? {})) {
    const type = typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'Number' : 'Float') : 'String';
    state.customProperties.set(name.toLowerCase(), { key: name, value, type });
  }
  for (const s of saved.sheets) {
    const sheet = newSheet(state, s.name);
    sheet.visibility = s.visibility ?? 'Visible';
    sheet.protected = s.protected ?? false;
    for (const [address, cell] of Object.entries(s.cells ?? {})) {
      const rect = rectOf(address);
      sheet.cells.set(key(rect.top, rect.left), structuredClone(cell));
    }
    for (const [address, note] of Object.entries(s.notes ?? {})) {
      const rect = rectOf(address);
      sheet.notes.set(key(rect.top, rect.left), typeof note === 'string' ? { content: note, author: NOTE_AUTHOR } : { ...note });
    }
    sheet.merges = (s.merges ?? []).map(rectOf);
    for (const [col, width] of Object.entries(s.columnWidths ?? {})) sheet.columnWidths.set(Number(col), width);
    sheet.hiddenColumns = new Set(s.hiddenColumns ?? []);
    sheet.protectionOptions = s.protectionOptions ? { ...s.protectionOptions } : null;
    sheet.protectionPassword = s.protectionPassword ?? null;
    sheet.charts = structuredClone(s.charts ?? []);
    state.nextChartId += sheet.charts.length;
    state.sheets.push(sheet);
  }
  for (const t of saved.tables ?? []) {
    state.tables.push({ name: t.name, sheetId: sheetByName(state, t.sheet).id, rect: rectOf(t.range) });
  }
  state.activeSheetId = liveSheets(state).find((s) => s.visibility === 'Visible')?.id ?? null;
  return state;
}

function a1(rect: CellRect): string {
  const first = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** The workbook as plain data, in a stable order (cells by row, then column). */
export function savedFromState(state: FakeWorkbookState): SavedWorkbook {
  const byPosition = (a: string, b: string) => {
    const p = keyRowCol(a);
    const q = keyRowCol(b);
    return p.row - q.row || p.col - q.col;
  };
  const sheets = liveSheets(state).map((sheet): SavedSheet => {
    const cells: Record<string, FakeCell> = {};
    for (const k of [...sheet.cells.keys()].sort(byPosition)) {
      const cell = sheet.cells.get(k)!;
      if (isEmptyCell(cell) && !hasFormatting(cell) && !cell.hyperlink) continue;
      const { row, col } = keyRowCol(k);
      cells[cellAddress(row, col)] = structuredClone(cell);
    }
    const notes: Record<string, FakeNote> = {};
    for (const k of [...sheet.notes.keys()].sort(byPosition)) {
      const { row, col } = keyRowCol(k);
      notes[cellAddress(row, col)] = { ...sheet.notes.get(k)! };
    }
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.protected,
      cells,
      notes,
      merges: sheet.merges.map(a1),
      columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0])),
      // Left out when at their defaults, so that saved workbooks of tests that never use them stay as they were.
      ...(sheet.hiddenColumns.size > 0 ? { hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b) } : {}),
      ...(sheet.protectionOptions ? { protectionOptions: { ...sheet.protectionOptions } } : {}),
      ...(sheet.protectionPassword !== null ? { protectionPassword: sheet.protectionPassword } : {}),
      charts: structuredClone(sheet.charts),
    };
  });
  const names = new Map(liveSheets(state).map((s) => [s.id, s.name]));
  return {
    sheets,
    tables: state.tables.filter((t) => names.has(t.sheetId)).map((t) => ({ name: t.name, sheet: names.get(t.sheetId)!, range: a1(t.rect) })),
    protected: state.protected,
    ...(state.customProperties.size > 0
      ? { customProperties: Object.fromEntries([...state.customProperties.values()].map((p) => [p.key, p.value])) }
      : {}),
    ...(state.customPropertyLimit !== 255 ? { customPropertyLimit: state.customPropertyLimit } : {}),
  };
}
