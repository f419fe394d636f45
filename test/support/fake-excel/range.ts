// Range and RangeAreas: values, formulas, number formats, formats, merges, links, selection.
import type { CellRect } from '../../../src/core/types';
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { cellCount, intersect, parseLocalAddress, qualifiedA1, rectToA1, splitSheet, MAX_COLUMNS, MAX_ROWS } from './addresses';
import { readFormula, readValue, readValueType, writeInput } from './cell-input';
import {
  type CellsTarget,
  FakeRangeFormat,
  fillColorOf,
  fillPatternOf,
  fontColorOf,
  writeEachCell,
} from './format';
import { type FakeSheet, type FakeWorkbookState, assertWritable, cellAt, cellForWrite, eachPosition } from './state';
import { FakeDataValidation } from './validation';
import { countCoveredWrite } from './merged-cells';

export interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRect;
}

function live(sheet: FakeSheet): FakeSheet {
  if (sheet.deleted) throw new FakeOfficeError('InvalidObjectPath', `The worksheet '${sheet.name}' was deleted.`);
  return sheet;
}

export function rectWithin(sheet: FakeSheet, local: string): CellRect {
  const rect = parseLocalAddress(local);
  if (!rect) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: address '${local}' on '${sheet.name}'.`);
  return rect;
}

/** A rectangle from an address that may name the sheet; a different sheet is an error. */
export function rectOnSheet(sheet: FakeSheet, address: string): CellRect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw new FakeOfficeError('InvalidArgument', `The address '${address}' is not on the worksheet '${sheet.name}'.`);
  }
  return rectWithin(sheet, local);
}

function matrix<V>(rect: CellRect, read: (row: number, col: number) => V): V[][] {
  if (cellCount(rect) > 5_000_000) {
    throw new FakeOfficeError('InvalidOperation', 'The range has more than 5,000,000 cells; read it in smaller blocks.');
  }
  const rows: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

/** Each entry of a 2D input (or one value for every cell), checked against the range's shape. */
function eachInput(rect: CellRect, input: unknown, name: string, fn: (row: number, col: number, value: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    eachPosition(rect, (r, c) => fn(r, c, input));
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`);
  }
  input.forEach((row: unknown[], i) => row.forEach((value, j) => fn(rect.top + i, rect.left + j, value)));
}

function cellProperties(sheet: FakeSheet, row: number, col: number, options: Record<string, unknown>): Record<string, unknown> {
  const cell = cellAt(sheet, row, col);
  const out: Record<string, unknown> = {};
  if (options.address) out.address = qualifiedA1(sheet.name, { top: row, left: col, bottom: row, right: col });
  const format = options.format as Record<string, Record<string, boolean> | boolean> | undefined;
  if (format) {
    const f: Record<string, unknown> = {};
    const fill = format.fill as Record<string, boolean> | undefined;
    if (fill) f.fill = { ...(fill.color ? { color: fillColorOf(cell) } : {}), ...(fill.pattern ? { pattern: fillPatternOf(cell) } : {}) };
    const font = format.font as Record<string, boolean> | undefined;
    if (font) {
      f.font = {
        ...(font.color ? { color: fontColorOf(cell) } : {}),
        ...(font.bold ? { bold: cell?.font?.bold ?? false } : {}),
        ...(font.italic ? { italic: cell?.font?.italic ?? false } : {}),
      };
    }
    if (format.horizontalAlignment) f.horizontalAlignment = cell?.horizontalAlignment ?? 'General';
    if (format.wrapText) f.wrapText = cell?.wrapText ?? false;
    out.format = f;
  }
  if (options.hyperlink) out.hyperlink = cell?.hyperlink ?? null;
  return out;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format = new FakeRangeFormat(this.context, () => this.cellsTarget(), `${this._path}/format`);
  readonly dataValidation = new FakeDataValidation(this.context, () => this.cellsTarget(), `${this._path}/dataValidation`);

  private cellsTarget(): CellsTarget {
    const { sheet, rect } = this._target();
    return { sheet: live(sheet), rects: [rect] };
  }

  private get state(): FakeWorkbookState {
    return this.context.session.state;
  }

  protected _readers() {
    return {
      address: (t: RangeTarget) => qualifiedA1(live(t.sheet).name, t.rect),
      addressLocal: (t: RangeTarget) => qualifiedA1(live(t.sheet).name, t.rect),
      rowIndex: (t: RangeTarget) => t.rect.top,
      columnIndex: (t: RangeTarget) => t.rect.left,
      rowCount: (t: RangeTarget) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t: RangeTarget) => t.rect.right - t.rect.left + 1,
      cellCount: (t: RangeTarget) => cellCount(t.rect),
      values: (t: RangeTarget) => matrix(t.rect, (r, c) => readValue(cellAt(live(t.sheet), r, c))),
      formulas: (t: RangeTarget) => matrix(t.rect, (r, c) => readFormula(cellAt(live(t.sheet), r, c))),
      numberFormat: (t: RangeTarget) => matrix(t.rect, (r, c) => cellAt(live(t.sheet), r, c)?.numberFormat ?? 'General'),
      valueTypes: (t: RangeTarget) => matrix(t.rect, (r, c) => readValueType(cellAt(live(t.sheet), r, c))),
      hyperlink: (t: RangeTarget) => cellAt(live(t.sheet), t.rect.top, t.rect.left)?.hyperlink ?? null,
      isEntireColumn: (t: RangeTarget) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1,
      isEntireRow: (t: RangeTarget) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1,
      columnHidden: (t: RangeTarget) => columnsOf(t.rect).every((c) => live(t.sheet).hiddenColumns.has(c)),
    };
  }

  protected override _navigations() {
    return { format: this.format, dataValidation: this.dataValidation } as Record<string, FakeClientObject<unknown>>;
  }

  /** True when every column of the range is hidden (ExcelApi 1.2). */
  get columnHidden(): boolean {
    return this._get('columnHidden') as boolean;
  }
  set columnHidden(value: boolean) {
    this._write('columnHidden', value, ({ sheet, rect }) => {
      assertWritable(live(sheet), 'columnHidden');
      for (const c of columnsOf(rect)) {
        if (value) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    }, '1.2');
  }

  get address(): string {
    return this._get('address') as string;
  }
  get rowIndex(): number {
    return this._get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this._get('columnIndex') as number;
  }
  get rowCount(): number {
    return this._get('rowCount') as number;
  }
  get columnCount(): number {
    return this._get('columnCount') as number;
  }
  get cellCount(): number {
    return this._get('cellCount') as number;
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes') as string[][];
  }

  get values(): unknown[][] {
    return this._get('values') as unknown[][];
  }
  set values(input: unknown[][]) {
    this._write('values', input, ({ sheet, rect }) => {
      assertWritable(live(sheet), 'values');
      eachInput(rect, input, 'values', (r, c, v) => {
        countCoveredWrite(this.context.session.stats, sheet, r, c, v);
        writeInput(cellForWrite(sheet, r, c), v);
      });
      this.context.session.events.changed(sheet, rect, 'addin');
    });
  }

  get formulas(): unknown[][] {
    return this._get('formulas') as unknown[][];
  }
  set formulas(input: unknown[][]) {
    this._write('formulas', input, ({ sheet, rect }) => {
      assertWritable(live(sheet), 'formulas');
      eachInput(rect, input, 'formulas', (r, c, v) => {
        countCoveredWrite(this.context.session.stats, sheet, r, c, v);
        writeInput(cellForWrite(sheet, r, c), v);
      });
      this.context.session.events.changed(sheet, rect, 'addin');
    });
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat') as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    this._write('numberFormat', input, ({ sheet, rect }) => {
      assertWritable(live(sheet), 'numberFormat');
      eachInput(rect, input, 'numberFormat', (r, c, v) => {
        if (v === null || v === undefined) return;
        const cell = cellForWrite(sheet, r, c);
        if (v === 'General') delete cell.numberFormat;
        else cell.numberFormat = String(v);
      });
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this._get('hyperlink') as Excel.RangeHyperlink;
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this._write(
      'hyperlink',
      link,
      (t) =>
        writeEachCell({ sheet: live(t.sheet), rects: [t.rect] }, 'hyperlink', (cell) => {
          cell.hyperlink = { ...link };
          const shown = link.textToDisplay ?? (cell.value === undefined ? link.documentReference ?? link.address : undefined);
          if (shown !== undefined) writeInput(cell, `'${shown}`);
        }),
      '1.7',
    );
  }

  private derived(method: string, args: unknown[], compute: (t: RangeTarget) => CellRect | null, nullable = false, api?: string): FakeRange {
    const child = new FakeRange(
      this.context,
      () => {
        const t = this._target();
        const rect = compute(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      `${this._path}/${method}`,
    );
    return this._make(child, method, args, { nullable, api });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], ({ rect }) => checkedRect(rect.top + row, rect.left + column, rect.top + row, rect.left + column));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], ({ rect }) =>
      checkedRect(rect.top, rect.left, rect.bottom + deltaRows, rect.right + deltaColumns), false, '1.3');
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], ({ rect }) =>
      checkedRect(rect.top + rowOffset, rect.left + columnOffset, rect.bottom + rowOffset, rect.right + columnOffset));
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derived('getIntersectionOrNullObject', [other], ({ sheet, rect }) => {
      const otherRect = typeof other === 'string' ? rectOnSheet(sheet, other) : other._target().rect;
      return intersect(rect, otherRect);
    }, true, '1.4');
  }

  getCellProperties(options: Record<string, unknown>) {
    return this._result('getCellProperties', [options], ({ sheet, rect }) => matrix(rect, (r, c) => cellProperties(live(sheet), r, c, options)), '1.9');
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const child = new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, rect } = this._target();
        const rects = live(sheet).merges.filter((m) => intersect(m, rect));
        return rects.length ? { sheet, rects } : null;
      },
      `${this._path}/getMergedAreasOrNullObject`,
    );
    return this._make(child, 'getMergedAreasOrNullObject', [], { nullable: true, api: '1.13' });
  }

  merge(across = false): void {
    this._call('merge', [across], ({ sheet, rect }) => {
      assertWritable(live(sheet), 'merge');
      const rects = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const m of rects) {
        if (m.left === m.right && m.top === m.bottom) continue;
        if (sheet.merges.some((existing) => intersect(existing, m))) {
          throw new FakeOfficeError('InvalidOperation', `Cannot merge ${rectToA1(m)}: it overlaps a merged area.`);
        }
        eachPosition(m, (r, c) => {
          if (r === m.top && c === m.left) return;
          const cell = cellAt(sheet, r, c);
          if (cell) writeInput(cell, '');
        });
        sheet.merges.push(m);
      }
    });
  }

  unmerge(): void {
    this._call('unmerge', [], ({ sheet, rect }) => {
      assertWritable(live(sheet), 'unmerge');
      sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
    });
  }

  select(): void {
    this._call('select', [], ({ sheet, rect }) => {
      if (live(sheet).visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `The worksheet '${sheet.name}' is hidden.`);
      this.state.activeSheetId = sheet.id;
      this.state.selection = { sheet: sheet.name, address: rectToA1(rect) };
    });
  }
}

function columnsOf(rect: CellRect): number[] {
  return Array.from({ length: rect.right - rect.left + 1 }, (_, i) => rect.left + i);
}

function checkedRect(top: number, left: number, bottom: number, right: number): CellRect {
  if (top < 0 || left < 0 || bottom < top || right < left || bottom >= MAX_ROWS || right >= MAX_COLUMNS) {
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format: the range would leave the sheet.');
  }
  return { top, left, bottom, right };
}

export class FakeRangeAreas extends FakeClientObject<CellsTarget> {
  readonly format = new FakeRangeFormat(this.context, () => this._target(), `${this._path}/format`);

  protected _readers() {
    return {
      address: (t: CellsTarget) => t.rects.map((r) => qualifiedA1(live(t.sheet).name, r)).join(', '),
      addressLocal: (t: CellsTarget) => t.rects.map((r) => qualifiedA1(live(t.sheet).name, r)).join(', '),
      areaCount: (t: CellsTarget) => t.rects.length,
      cellCount: (t: CellsTarget) => t.rects.reduce((n, r) => n + cellCount(r), 0),
    };
  }

  protected override _api(): string {
    return '1.9';
  }

  protected override _navigations() {
    return { format: this.format } as Record<string, FakeClientObject<unknown>>;
  }

  get address(): string {
    return this._get('address') as string;
  }
  get areaCount(): number {
    return this._get('areaCount') as number;
  }
  get cellCount(): number {
    return this._get('cellCount') as number;
  }
}
