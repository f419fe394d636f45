// Range formats: fill, font, alignment, borders and column width, for a Range or a RangeAreas.
import type { CellRect } from '../../../src/core/types';
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { type FakeCell, type FakeSheet, DEFAULT_COLUMN_WIDTH, assertWritable, cellAt, cellForWrite, eachPosition } from './state';
import { FakeFormatProtection } from './validation';

/** The cells a format object stands for: one rectangle for a Range, several for a RangeAreas. */
export interface CellsTarget {
  sheet: FakeSheet;
  rects: CellRect[];
}

export function eachCell(target: CellsTarget, fn: (cell: FakeCell | undefined, row: number, col: number) => void): void {
  for (const rect of target.rects) eachPosition(rect, (r, c) => fn(cellAt(target.sheet, r, c), r, c));
}

export function writeEachCell(target: CellsTarget, what: string, fn: (cell: FakeCell, row: number, col: number) => void): void {
  assertWritable(target.sheet, what);
  for (const rect of target.rects) eachPosition(rect, (r, c) => fn(cellForWrite(target.sheet, r, c), r, c));
}

/** The value all cells agree on, or null (Office.js reads a mixed range's format as null). */
export function uniform<V>(target: CellsTarget, read: (cell: FakeCell | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  let mixed = false;
  eachCell(target, (cell) => {
    const v = read(cell);
    if (first) (value = v), (first = false);
    else if (v !== value) mixed = true;
  });
  return mixed ? null : value;
}

export const fillColorOf = (cell: FakeCell | undefined): string => cell?.fill ?? '#FFFFFF';
export const fillPatternOf = (cell: FakeCell | undefined): string => (cell?.fill ? 'Solid' : 'None');
export const fontColorOf = (cell: FakeCell | undefined): string => cell?.font?.color ?? '#000000';

function normalizedColor(value: unknown): string {
  const text = String(value);
  const named: Record<string, string> = { red: '#FF0000', white: '#FFFFFF', black: '#000000', yellow: '#FFFF00', orange: '#FFA500' };
  if (named[text.toLowerCase()]) return named[text.toLowerCase()];
  const m = /^#?([0-9a-f]{6})$/i.exec(text);
  if (!m) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: colour '${text}'.`);
  return `#${m[1].toUpperCase()}`;
}

export class FakeRangeFill extends FakeClientObject<CellsTarget> {
  protected _readers() {
    return {
      color: (t: CellsTarget) => uniform(t, fillColorOf),
      pattern: (t: CellsTarget) => uniform(t, fillPatternOf),
    };
  }

  get color(): string {
    return this._get('color') as string;
  }
  set color(value: string) {
    this._write('color', value, (t) => {
      const color = normalizedColor(value);
      writeEachCell(t, 'format/fill/color', (cell) => (cell.fill = color));
    });
  }

  get pattern(): string {
    return this._get('pattern') as string;
  }

  clear(): void {
    this._call('clear', [], (t) => writeEachCell(t, 'format/fill/clear', (cell) => delete cell.fill));
  }
}

type FontKey = 'color' | 'bold' | 'italic' | 'size' | 'name' | 'underline';

const FONT_DEFAULTS = { bold: false, italic: false, size: 11, name: 'Calibri' };

export class FakeRangeFont extends FakeClientObject<CellsTarget> {
  protected _readers() {
    return {
      color: (t: CellsTarget) => uniform(t, fontColorOf),
      bold: (t: CellsTarget) => uniform(t, (c) => c?.font?.bold ?? FONT_DEFAULTS.bold),
      italic: (t: CellsTarget) => uniform(t, (c) => c?.font?.italic ?? FONT_DEFAULTS.italic),
      size: (t: CellsTarget) => uniform(t, (c) => c?.font?.size ?? FONT_DEFAULTS.size),
      name: (t: CellsTarget) => uniform(t, (c) => c?.font?.name ?? FONT_DEFAULTS.name),
      underline: (t: CellsTarget) => uniform(t, (c) => (c?.font?.underline ? 'Single' : 'None')),
    };
  }

  private setFont(name: FontKey, value: unknown, apply: (cell: FakeCell) => void): void {
    this._write(name, value, (t) => writeEachCell(t, `format/font/${name}`, (cell) => apply(cell)));
  }

  get color(): string {
    return this._get('color') as string;
  }
  set color(value: string) {
    this.setFont('color', value, (cell) => (cell.font = { ...cell.font, color: normalizedColor(value) }));
  }
  get bold(): boolean {
    return this._get('bold') as boolean;
  }
  set bold(value: boolean) {
    this.setFont('bold', value, (cell) => (cell.font = { ...cell.font, bold: !!value }));
  }
  get italic(): boolean {
    return this._get('italic') as boolean;
  }
  set italic(value: boolean) {
    this.setFont('italic', value, (cell) => (cell.font = { ...cell.font, italic: !!value }));
  }
  get size(): number {
    return this._get('size') as number;
  }
  set size(value: number) {
    this.setFont('size', value, (cell) => (cell.font = { ...cell.font, size: value }));
  }
  get name(): string {
    return this._get('name') as string;
  }
  set name(value: string) {
    this.setFont('name', value, (cell) => (cell.font = { ...cell.font, name: value }));
  }
  get underline(): string {
    return this._get('underline') as string;
  }
  set underline(value: string) {
    this.setFont('underline', value, (cell) => (cell.font = { ...cell.font, underline: value !== 'None' }));
  }
}

const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

/** The cell sides a border index draws, for a cell at (row, col) of rect. */
function sidesOf(index: string, rect: CellRect, row: number, col: number): string[] {
  switch (index) {
    case 'EdgeTop':
      return row === rect.top ? ['top'] : [];
    case 'EdgeBottom':
      return row === rect.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === rect.left ? ['left'] : [];
    case 'EdgeRight':
      return col === rect.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > rect.top ? ['top'] : []), ...(row < rect.bottom ? ['bottom'] : [])];
    case 'InsideVertical':
      return [...(col > rect.left ? ['left'] : []), ...(col < rect.right ? ['right'] : [])];
    default:
      return [];
  }
}

interface BorderTarget {
  cells: CellsTarget;
  index: string;
}

export class FakeRangeBorder extends FakeClientObject<BorderTarget> {
  protected _readers() {
    const first = (t: BorderTarget) => {
      const rect = t.cells.rects[0];
      const side = sidesOf(t.index, rect, rect.top, rect.left)[0] ?? sidesOf(t.index, rect, rect.bottom, rect.right)[0];
      return side ? cellAt(t.cells.sheet, rect.top, rect.left)?.borders?.[side] : undefined;
    };
    return {
      sideIndex: (t: BorderTarget) => t.index,
      style: (t: BorderTarget) => first(t)?.style ?? 'None',
      color: (t: BorderTarget) => first(t)?.color ?? '#000000',
    };
  }

  private setSide(name: 'style' | 'color', value: string): void {
    this._write(name, value, (t) => {
      for (const rect of t.cells.rects) {
        assertWritable(t.cells.sheet, `format/borders/${name}`);
        eachPosition(rect, (r, c) => {
          for (const side of sidesOf(t.index, rect, r, c)) {
            const cell = cellForWrite(t.cells.sheet, r, c);
            const current = cell.borders?.[side] ?? { style: 'Continuous', color: '#000000' };
            cell.borders = { ...cell.borders, [side]: { ...current, [name]: name === 'color' ? normalizedColor(value) : value } };
          }
        });
      }
    });
  }

  get style(): string {
    return this._get('style') as string;
  }
  set style(value: string) {
    this.setSide('style', value);
  }
  get color(): string {
    return this._get('color') as string;
  }
  set color(value: string) {
    this.setSide('color', value);
  }
}

export class FakeRangeBorderCollection extends FakeClientObject<CellsTarget> {
  protected _readers() {
    return {};
  }

  getItem(index: string): FakeRangeBorder {
    if (!BORDER_SIDES.includes(index)) throw new FakeOfficeError('InvalidArgument', `Unknown border index '${index}'.`);
    return this._make(
      new FakeRangeBorder(this.context, () => ({ cells: this._target(), index }), `${this._path}/getItem(${index})`),
      'getItem',
      [index],
    );
  }
}

export class FakeRangeFormat extends FakeClientObject<CellsTarget> {
  readonly fill = new FakeRangeFill(this.context, () => this._target(), `${this._path}/fill`);
  readonly font = new FakeRangeFont(this.context, () => this._target(), `${this._path}/font`);
  readonly borders = new FakeRangeBorderCollection(this.context, () => this._target(), `${this._path}/borders`);
  readonly protection: FakeFormatProtection = new FakeFormatProtection(this.context, () => this._target(), `${this._path}/protection`);

  protected _readers() {
    return {
      columnWidth: (t: CellsTarget) => t.sheet.columnWidths.get(t.rects[0].left) ?? DEFAULT_COLUMN_WIDTH,
      horizontalAlignment: (t: CellsTarget) => uniform(t, (c) => c?.horizontalAlignment ?? 'General'),
      verticalAlignment: (t: CellsTarget) => uniform(t, (c) => c?.verticalAlignment ?? 'Bottom'),
      wrapText: (t: CellsTarget) => uniform(t, (c) => c?.wrapText ?? false),
    };
  }

  protected override _navigations() {
    return { fill: this.fill, font: this.font, borders: this.borders, protection: this.protection } as Record<string, FakeClientObject<unknown>>;
  }

  get columnWidth(): number {
    return this._get('columnWidth') as number;
  }
  set columnWidth(value: number) {
    this._write('columnWidth', value, (t) => {
      assertWritable(t.sheet, 'format/columnWidth');
      for (const rect of t.rects) for (let c = rect.left; c <= rect.right; c++) t.sheet.columnWidths.set(c, value);
    });
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment') as string;
  }
  set horizontalAlignment(value: string) {
    this._write('horizontalAlignment', value, (t) => writeEachCell(t, 'format/horizontalAlignment', (cell) => (cell.horizontalAlignment = value)));
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment') as string;
  }
  set verticalAlignment(value: string) {
    this._write('verticalAlignment', value, (t) => writeEachCell(t, 'format/verticalAlignment', (cell) => (cell.verticalAlignment = value)));
  }
  get wrapText(): boolean {
    return this._get('wrapText') as boolean;
  }
  set wrapText(value: boolean) {
    this._write('wrapText', value, (t) => writeEachCell(t, 'format/wrapText', (cell) => (cell.wrapText = value)));
  }
}
