/**
 * fake-excel: an in-memory Excel workbook that behaves as Office.js does, for testing the Office host.
 *
 * What it models
 * - The request model. Proxy objects queue operations; `context.sync()` sends them as one request
 *   and runs them in order. Properties are readable only after `load()` and the `sync()` that follows
 *   (before that a read throws PropertyNotLoaded, as office.js does); writes land at `sync()`. A
 *   failing operation stops the request there and what ran before it stays done, as in Excel: a
 *   request is not a transaction. `*OrNullObject` methods give null objects with `isNullObject`.
 * - Errors as objects with a `code`: ItemNotFound, ItemAlreadyExists, InvalidArgument,
 *   InvalidOperation, AccessDenied (a write to a protected sheet, a structure change of a protected
 *   workbook), ApiNotFound (an API above the configured ExcelApi version),
 *   InvalidOperationInCellEditMode (every request while `cellEditMode` is on),
 *   Request/ResponsePayloadSizeLimitExceeded (above `payloadLimit`, Excel on the web: 5 MB).
 * - Counting: every `sync()` and, per request, its operations and the JSON byte size of the request
 *   (the queued operations with their payload) and of the response (the loaded values); operations on
 *   notes are counted apart, and so are values, formulas and notes written into cells covered by a
 *   merged area (stats.coveredWrites, see merged-cells.ts).
 * - The objects the host uses: workbook.worksheets (getItem, getItemOrNullObject, add, items,
 *   getActiveWorksheet), worksheet (name, visibility incl. VeryHidden, protection.protected, getRange,
 *   getRangeByIndexes, getCell, getRanges → RangeAreas, getUsedRange(valuesOnly),
 *   getUsedRangeOrNullObject, delete, activate, tables, notes, charts), Range (address, rowIndex,
 *   columnIndex, rowCount, columnCount, values, formulas, numberFormat, valueTypes, hyperlink, format
 *   (fill.color/pattern/clear, font.color/bold/italic/size/underline, alignment, wrapText, borders,
 *   columnWidth), getCell, getResizedRange, getOffsetRange, getIntersectionOrNullObject,
 *   getCellProperties, getMergedAreasOrNullObject, merge, unmerge, select), RangeAreas (address,
 *   areaCount, format), tables (items, getItem, getRange, getHeaderRowRange, getDataBodyRange,
 *   worksheet), notes (the ExcelApi 1.18 API: add, getItem, getItemOrNullObject, items, content,
 *   delete, getLocation), charts (add, title.text, series.getItemAt, setValues, setXAxisValues,
 *   delete, setPosition), workbook.protection.protected, application.suspendScreenUpdatingUntilNextSync,
 *   runtime.enableEvents; Range.dataValidation (ExcelApi 1.8: rule, prompt, errorAlert, ignoreBlanks,
 *   type, clear, with Excel's limits on rules and texts), format.protection.locked/formulaHidden,
 *   Range.columnHidden, worksheet.protection.protect(options, password) / options / unprotect(password)
 *   (see validation.ts). A protected sheet refuses every write, unlocked cells included (Excel would
 *   take values in unlocked cells). workbook.properties.custom (ExcelApi 1.7: add, getItem,
 *   getItemOrNullObject, items, getCount, deleteAll; key, value, type, delete; keys case-insensitive;
 *   keys and values trimmed to 255 characters as outside Excel on the web, unless the saved workbook
 *   says `customPropertyLimit: null`), saved and reopened with the workbook (see properties.ts).
 * - How Excel takes written values (see cell-input.ts): `=…` becomes a formula, `+…`/`-…`/`@…` that
 *   are not numbers too, numeric, percent, boolean and ISO-date text is converted, a leading
 *   apostrophe keeps text as typed; `null` in a values array leaves the cell alone.
 * - What Office.js reports: no fill reads as '#FFFFFF' with pattern 'None', the automatic font colour
 *   as '#000000' (so automatic and explicit black cannot be told apart, as in Excel).
 *
 * - Worksheet onChanged (ExcelApi 1.7, see events.ts): handlers added and removed at sync, told of the
 *   user's edits (`edit`) and of the add-in's own value writes, unless runtime.enableEvents is off;
 *   triggerSource from ExcelApi 1.14. `latencyMs`: every sync waits that long, like a round trip.
 *
 * What it does not model: calculation (a formula written here has no result), styles other than
 * the ones above, other events, undo, comments (threaded), named items, coauthoring.
 */
import type { CellRect } from '../../../src/core/types';
import { parseLocalAddress } from './addresses';
import { type FakeOptions, type FakeStats, type Session, supportsVersion } from './client';
import { readFormula, readValue, writeInput } from './cell-input';
import { fillColorOf, fontColorOf } from './format';
import { FakeRequestContext } from './workbook';
import { FakeEventHub } from './events';
import {
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookState,
  type SavedWorkbook,
  cellAt,
  cellForWrite,
  key,
  savedFromState,
  sheetByName,
  stateFromSaved,
} from './state';

export type { FakeOptions, FakeStats, RequestRecord } from './client';
export type { FakeCell, FakeSheet, SavedWorkbook, SavedSheet, FakeChart } from './state';
export type { FakeChangedEventArgs, FakeChangedHandler } from './events';
export { FakeOfficeError } from './errors';
export { FakeRequestContext } from './workbook';

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A cell as Office.js would report it, for comparing states in tests. */
export interface ObservedCell {
  value: string | number | boolean;
  formula: string | number | boolean;
  numberFormat: string;
  /** null: no fill. */
  fill: string | null;
  fontColor: string;
  note: string | null;
}

export class FakeExcel {
  readonly state: FakeWorkbookState;
  readonly stats: FakeStats = { syncs: 0, requests: [], notesCalls: 0, screenUpdatingSuspended: 0, coveredWrites: 0 };
  private readonly session: Session;

  constructor(workbook: SavedWorkbook = { sheets: [{ name: 'Sheet1' }] }, options: FakeOptions = {}) {
    this.state = stateFromSaved(workbook);
    const resolved: Required<FakeOptions> = {
      payloadLimit: options.payloadLimit ?? null,
      maxAreasAddressLength: options.maxAreasAddressLength ?? 8192,
      excelApi: options.excelApi ?? '1.18',
      latencyMs: options.latencyMs ?? 0,
    };
    this.session = {
      state: this.state,
      options: resolved,
      stats: this.stats,
      cellEditMode: false,
      enableEvents: true,
      supports: (set, version) => set === 'ExcelApi' && supportsVersion(resolved.excelApi, version),
      events: new FakeEventHub(() => resolved.excelApi, () => this.session.enableEvents),
    };
  }

  /** A new request context, as each Excel.run gets one; cast to Excel.RequestContext for host code. */
  newContext(): Excel.RequestContext {
    return new FakeRequestContext(this.session) as unknown as Excel.RequestContext;
  }

  /** Like Excel.run: a fresh context; operations left unsynced at the end are an error here. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = this.newContext();
    const result = await batch(context);
    const pending = (context as unknown as { queueLength(): number }).queueLength?.() ?? 0;
    if (pending > 0) throw new Error(`fake excel: ${pending} operations were queued but never synced`);
    return result;
  }

  /** Office.context.requirements.isSetSupported for this fake. */
  readonly isSetSupported = (name: string, version?: string): boolean => this.session.supports(name, version ?? '1.1');

  set cellEditMode(on: boolean) {
    this.session.cellEditMode = on;
  }
  get cellEditMode(): boolean {
    return this.session.cellEditMode;
  }

  get enableEvents(): boolean {
    return this.session.enableEvents;
  }

  setPayloadLimit(bytes: number | null): void {
    this.session.options.payloadLimit = bytes;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests.length = 0;
    this.stats.notesCalls = 0;
    this.stats.screenUpdatingSuspended = 0;
    this.stats.coveredWrites = 0;
  }

  largestRequestBytes(): number {
    return Math.max(0, ...this.stats.requests.map((r) => r.requestBytes));
  }

  largestResponseBytes(): number {
    return Math.max(0, ...this.stats.requests.map((r) => r.responseBytes));
  }

  /** The workbook as plain, JSON-safe data: "save". `new FakeExcel(saved)` "reopens" it. */
  save(): SavedWorkbook {
    return savedFromState(this.state);
  }

  sheet(name: string): FakeSheet {
    return sheetByName(this.state, name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const rect = this.rect(address);
    return cellAt(this.sheet(sheet), rect.top, rect.left);
  }

  note(sheet: string, address: string): string | null {
    const rect = this.rect(address);
    return this.sheet(sheet).notes.get(key(rect.top, rect.left))?.content ?? null;
  }

  observe(sheet: string, address: string): ObservedCell {
    const cell = this.cell(sheet, address);
    return {
      value: readValue(cell),
      formula: readFormula(cell),
      numberFormat: cell?.numberFormat ?? 'General',
      fill: cell?.fill ?? null,
      fontColor: fontColorOf(cell),
      note: this.note(sheet, address),
    };
  }

  /** Test set-up without requests: writes rows of values from `topLeft`, as typed (see cell-input.ts). */
  setValues(sheet: string, topLeft: string, rows: unknown[][]): void {
    const start = this.rect(topLeft);
    const target = this.sheet(sheet);
    rows.forEach((row, i) => row.forEach((value, j) => writeInput(cellForWrite(target, start.top + i, start.left + j), value)));
  }

  /**
   * The user types `rows` from `topLeft` (as setValues) and Excel tells the sheet's onChanged handlers,
   * unless the add-in turned events off (runtime.enableEvents).
   */
  edit(sheet: string, topLeft: string, rows: unknown[][]): void {
    this.setValues(sheet, topLeft, rows);
    const start = this.rect(topLeft);
    const width = Math.max(1, ...rows.map((row) => row.length));
    this.session.events.changed(this.sheet(sheet), { top: start.top, left: start.left, bottom: start.top + rows.length - 1, right: start.left + width - 1 }, 'user');
  }

  /** How many onChanged handlers are registered on the sheet. */
  changedHandlers(sheet: string): number {
    return this.session.events.count(this.sheet(sheet).id);
  }

  /** Test set-up without requests: merges formatting into a cell. */
  formatCell(sheet: string, address: string, format: Omit<FakeCell, 'value' | 'formula' | 'textPrefix'>): void {
    const rect = this.rect(address);
    Object.assign(cellForWrite(this.sheet(sheet), rect.top, rect.left), structuredClone(format));
  }

  private rect(address: string): CellRect {
    const rect = parseLocalAddress(address);
    if (!rect) throw new Error(`fake excel: bad address ${address}`);
    return rect;
  }
}

export { fillColorOf };

/** The code a request failed with, or 'no error': for tests of the fake's refusals. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
}
