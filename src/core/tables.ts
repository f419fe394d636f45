// Finding the indicator tables of a sheet (DESIGN §4): header rows, column roles, year columns, extents.
import type { CellRect, ColumnRole, RawValue, SheetGrid, TableLayout, YearColumn } from './types';
import { classifyHeader, looksLikeProperty, mayBeNameHeader, type HeaderMeaning } from './headers';

function isBlank(value: RawValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * A sheet's cells in sheet coordinates, aware of merged areas. Hosts may leave the covered cells of
 * a merge empty or echo the top-left value into them; `own` reads both the same way.
 */
export class SheetCells {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly width: number;
  private readonly covered = new Map<number, CellRect>();
  /** Columns with a covered cell: most lookups never reach the map. */
  private readonly coveredCols: Uint8Array;
  private readonly startingIn = new Map<number, CellRect[]>();

  /** `area` limits the merges indexed to those that meet it (a table's rows), to keep the cost linear. */
  constructor(
    readonly sheet: SheetGrid,
    area?: CellRect,
  ) {
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheet.top + sheet.values.length - 1;
    let width = 0;
    for (const row of sheet.values) if (row && row.length > width) width = row.length;
    this.width = width;
    this.right = sheet.left + width - 1;
    this.coveredCols = new Uint8Array(width);
    const top = Math.max(this.top, area?.top ?? -Infinity);
    const bottom = Math.min(this.bottom, area?.bottom ?? Infinity);
    const left = Math.max(this.left, area?.left ?? -Infinity);
    const right = Math.min(this.right, area?.right ?? Infinity);
    for (const merge of sheet.merges ?? []) {
      if (merge.bottom < top || merge.top > bottom || merge.right < left || merge.left > right) continue;
      if (merge.bottom === merge.top && merge.right === merge.left) continue;
      const list = this.startingIn.get(merge.top);
      if (list) list.push(merge);
      else this.startingIn.set(merge.top, [merge]);
      for (let r = Math.max(merge.top, top); r <= Math.min(merge.bottom, bottom); r++) {
        for (let c = Math.max(merge.left, left); c <= Math.min(merge.right, right); c++) {
          if (r === merge.top && c === merge.left) continue;
          this.covered.set(this.key(r, c), merge);
          this.coveredCols[c - this.left] = 1;
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  /** The grid's value, null outside the grid. */
  raw(row: number, col: number): RawValue {
    return this.sheet.values[row - this.top]?.[col - this.left] ?? null;
  }

  /** The merged area that covers the cell without starting there. */
  coveringMerge(row: number, col: number): CellRect | undefined {
    if (col < this.left || col > this.right || this.coveredCols[col - this.left] === 0) return undefined;
    return this.covered.get(this.key(row, col));
  }

  /** The cell's own value: null for a cell covered by a merge (its value is the merge's top-left cell). */
  own(row: number, col: number): RawValue {
    const value = this.raw(row, col);
    if (isBlank(value)) return null;
    return this.coveringMerge(row, col) ? null : value;
  }

  /** The value shown in the cell: a covered cell shows its merge's top-left value. */
  shown(row: number, col: number): RawValue {
    const merge = this.coveringMerge(row, col);
    return merge ? this.own(merge.top, merge.left) : this.own(row, col);
  }

  /** Merged areas whose top row is `row`. */
  mergesStartingIn(row: number): CellRect[] {
    return this.startingIn.get(row) ?? [];
  }

  format(row: number, col: number): string | null {
    return this.sheet.formats?.[row - this.top]?.[col - this.left] ?? null;
  }

  isEmptyRow(row: number, left: number, right: number): boolean {
    for (let c = Math.max(left, this.left); c <= Math.min(right, this.right); c++) {
      if (this.own(row, c) !== null) return false;
    }
    return true;
  }
}

/** A header spans at most this many rows; a label merged deeper than that is cut there. */
const MAX_HEADER_ROWS = 3;
/** A column without a header between labelled ones (up to this many) still belongs to the table. */
const MAX_INNER_GAP = 2;

interface ColumnMeaning {
  col: number;
  meaning: HeaderMeaning;
  /** For a year cell under a 目标值 / 达标情况 group: the column is that role's, for that year. */
  yearOf?: ColumnRole;
}

interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  meanings: ColumnMeaning[];
}

/** The header rows starting at `row`: one, or more when header cells are merged down or a row of sub-headers follows. */
function headerBottom(cells: SheetCells, row: number, nameCols: number[]): number {
  let bottom = row;
  // Only labels merged down extend the header: a note block merged beside it must not swallow data rows.
  for (const merge of cells.mergesStartingIn(row)) {
    if (merge.bottom > bottom && classifyHeader(cells.own(row, merge.left))) bottom = merge.bottom;
  }
  bottom = Math.min(bottom, row + MAX_HEADER_ROWS - 1, cells.bottom);
  if (bottom === row && row < cells.bottom && isSubHeaderRow(cells, row + 1, nameCols)) bottom = row + 1;
  return bottom;
}

/** A row under a header row that labels columns (2022年 | 2023年, 牵头单位 | 配合单位) and holds no indicator. */
function isSubHeaderRow(cells: SheetCells, row: number, nameCols: number[]): boolean {
  if (nameCols.some((c) => cells.own(row, c) !== null)) return false;
  let labels = 0;
  let others = 0;
  for (let c = cells.left; c <= cells.right; c++) {
    const value = cells.own(row, c);
    if (value === null) continue;
    if (classifyHeader(value)) labels++;
    else others++;
  }
  return labels > 0 && labels >= others;
}

/**
 * Each header column's labels from top to bottom, a merged cell giving its label to every column and
 * row it covers. An empty cell above labelled sub-headers, right of a group label, continues that group
 * (a group written without merging: `现状值 | ` over `2022年 | 2023年`).
 */
function headerLabels(cells: SheetCells, top: number, bottom: number): Map<number, RawValue[]> {
  const labels = new Map<number, RawValue[]>();
  const labelAt = (r: number, c: number): RawValue => {
    const merge = cells.coveringMerge(r, c);
    if (merge && merge.top >= top) return cells.own(merge.top, merge.left);
    return cells.own(r, c);
  };
  for (let c = cells.left; c <= cells.right; c++) {
    const column: RawValue[] = [];
    for (let r = top; r <= bottom; r++) column.push(labelAt(r, c));
    if (column.some((v) => v !== null)) labels.set(c, column);
  }
  for (let i = 0; i < bottom - top; i++) {
    for (const [c, column] of labels) {
      const before = labels.get(c - 1);
      const labelledBelow = column.slice(i + 1).some((v) => v !== null);
      if (column[i] === null && labelledBelow && before && before[i] !== null && before.slice(i + 1).some((v) => v !== null)) {
        column[i] = before[i];
      }
    }
  }
  return labels;
}

/** A column's meaning: its lowest label that means something, read in the light of the group above it. */
function columnMeaning(col: number, column: RawValue[]): ColumnMeaning | null {
  const meanings = column.map(classifyHeader);
  for (let i = meanings.length - 1; i >= 0; i--) {
    const meaning = meanings[i];
    if (!meaning) continue;
    if (meaning.kind === 'year') {
      const group = meanings.slice(0, i).reverse().find((m) => m?.kind === 'role');
      if (group?.kind === 'role' && group.yearsBelow !== 'year') return { col, meaning, yearOf: group.yearsBelow };
    }
    return { col, meaning };
  }
  return null;
}

interface Segment {
  left: number;
  right: number;
  meanings: ColumnMeaning[];
}

/** Runs of labelled columns; an empty column separates two tables side by side. */
function segments(labels: Map<number, RawValue[]>): Segment[] {
  const result: Segment[] = [];
  const cols = [...labels.keys()].sort((a, b) => a - b);
  for (const col of cols) {
    const meaning = columnMeaning(col, labels.get(col)!);
    const last = result[result.length - 1];
    if (last && last.right === col - 1) {
      last.right = col;
      if (meaning) last.meanings.push(meaning);
    } else {
      result.push({ left: col, right: col, meanings: meaning ? [meaning] : [] });
    }
  }
  return result;
}

/** DESIGN §4: at least two cells name roles, one of them the indicator name. */
function isIndicatorHeader(meanings: ColumnMeaning[]): boolean {
  return meanings.length >= 2 && meanings.some((m) => m.meaning.kind === 'role' && m.meaning.role === 'name');
}

/** Segments that are tables, with the unlabelled-gap fragments of each merged into it. */
function tablesOfSegments(found: Segment[]): Segment[] {
  const tables = found.filter((s) => isIndicatorHeader(s.meanings));
  for (const fragment of found) {
    if (tables.includes(fragment) || fragment.meanings.length === 0) continue;
    const host = tables.find((t) => fragment.left - t.right - 1 <= MAX_INNER_GAP && fragment.left > t.right)
      ?? tables.find((t) => t.left - fragment.right - 1 <= MAX_INNER_GAP && fragment.right < t.left);
    if (!host) continue;
    host.left = Math.min(host.left, fragment.left);
    host.right = Math.max(host.right, fragment.right);
    host.meanings.push(...fragment.meanings);
  }
  return tables;
}

function headerBlocksAt(cells: SheetCells, row: number): HeaderBlock[] {
  const nameCols: number[] = [];
  for (let c = cells.left; c <= cells.right; c++) {
    const value = cells.own(row, c);
    if (mayBeNameHeader(value)) {
      const meaning = classifyHeader(value);
      if (meaning?.kind === 'role' && meaning.role === 'name') nameCols.push(c);
    }
  }
  if (nameCols.length === 0) return [];
  const bottom = headerBottom(cells, row, nameCols);
  return tablesOfSegments(segments(headerLabels(cells, row, bottom))).map((s) => ({
    top: row,
    bottom,
    left: s.left,
    right: s.right,
    meanings: s.meanings.sort((a, b) => a.col - b.col),
  }));
}

function rowMayHoldHeader(cells: SheetCells, row: number): boolean {
  const values = cells.sheet.values[row - cells.top];
  if (!values) return false;
  for (const value of values) if (mayBeNameHeader(value)) return true;
  return false;
}

function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}

interface Columns {
  columns: Partial<Record<ColumnRole, number>>;
  yearColumns: YearColumn[];
  /** Columns headed 类型, to be told apart as property or category by their cells. */
  typeColumns: number[];
}

/** Roles and year columns of a header; the first column of a role wins. */
function columnsOf(meanings: ColumnMeaning[]): Columns {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const yearColumns: YearColumn[] = [];
  const typeColumns: number[] = [];
  const latestPerRole = new Map<ColumnRole, YearColumn>();
  for (const { col, meaning, yearOf } of meanings) {
    if (meaning.kind === 'year') {
      if (!yearOf) {
        yearColumns.push({ col, year: meaning.year });
        continue;
      }
      const latest = latestPerRole.get(yearOf);
      if (!latest || meaning.year > latest.year) latestPerRole.set(yearOf, { col, year: meaning.year });
    } else if (meaning.orCategory) {
      typeColumns.push(col);
    } else if (columns[meaning.role] === undefined) {
      columns[meaning.role] = col;
    }
  }
  // 目标值 over 2020年 | 2025年: the last target is the one to meet.
  for (const [role, { col }] of latestPerRole) if (columns[role] === undefined) columns[role] = col;
  yearColumns.sort((a, b) => a.year - b.year || a.col - b.col);
  return { columns, yearColumns, typeColumns };
}

/** How many data cells of a 类型 column are read to tell a property column from a category column. */
const TYPE_SAMPLE_ROWS = 50;

/**
 * 类型 is the property when its cells read 约束性/预期性…, or when the table already has a category
 * column; otherwise the category. A table that already has both ignores it.
 */
function placeTypeColumns(cells: SheetCells, table: TableLayout, typeColumns: number[]): void {
  for (const col of typeColumns) {
    const { columns } = table;
    let propertyLike = false;
    const last = Math.min(table.lastRow, table.firstRow + TYPE_SAMPLE_ROWS - 1);
    for (let r = table.firstRow; r <= last && !propertyLike; r++) propertyLike = looksLikeProperty(cells.own(r, col));
    let role: ColumnRole | null = null;
    if (columns.property === undefined && (propertyLike || columns.category !== undefined)) role = 'property';
    else if (columns.category === undefined) role = 'category';
    if (role) columns[role] = col;
  }
}

function layoutOf(sheet: SheetGrid, block: HeaderBlock, lastRow: number, excelTable?: string): { layout: TableLayout; typeColumns: number[] } {
  const { columns, yearColumns, typeColumns } = columnsOf(block.meanings);
  const roleCols = block.meanings.map((m) => m.col);
  const layout: TableLayout = {
    sheet: sheet.name,
    headerTop: block.top,
    headerBottom: block.bottom,
    firstRow: block.bottom + 1,
    lastRow,
    left: excelTable === undefined ? Math.min(...roleCols) : block.left,
    right: block.right,
    columns,
    yearColumns,
    ...(excelTable !== undefined ? { excelTable } : {}),
  };
  return { layout, typeColumns };
}

/** Excel tables (ListObjects) whose header row is an indicator header: their extent is given. */
function excelTableBlocks(cells: SheetCells, sheet: SheetGrid): { block: HeaderBlock; name: string; bottom: number }[] {
  const result: { block: HeaderBlock; name: string; bottom: number }[] = [];
  for (const table of sheet.tables ?? []) {
    const left = Math.max(table.left, cells.left);
    const right = Math.min(table.right, cells.right);
    if (table.top < cells.top || table.top > cells.bottom || left > right) continue;
    const meanings: ColumnMeaning[] = [];
    for (let c = left; c <= right; c++) {
      const meaning = classifyHeader(cells.own(table.top, c));
      if (meaning) meanings.push({ col: c, meaning });
    }
    if (!isIndicatorHeader(meanings)) continue;
    const block = { top: table.top, bottom: table.top, left: table.left, right: table.right, meanings };
    result.push({ block, name: table.name, bottom: Math.min(table.bottom, cells.bottom) });
  }
  return result;
}

/**
 * The indicator tables of a sheet, top to bottom and left to right. A table's data rows run from
 * under its header to the row before the first fully empty row of its columns, or before the next
 * header over its columns; an Excel table's rows are the Excel table's.
 */
export function findTables(sheet: SheetGrid): TableLayout[] {
  const cells = new SheetCells(sheet);
  const excel = excelTableBlocks(cells, sheet);
  const insideExcelTable = (block: HeaderBlock) =>
    excel.some(({ block: e, bottom }) => block.top >= e.top && block.top <= bottom && overlaps(block, e));

  const plain: HeaderBlock[] = [];
  for (let row = cells.top; row <= cells.bottom; row++) {
    if (!rowMayHoldHeader(cells, row)) continue;
    for (const block of headerBlocksAt(cells, row)) {
      const inHeaderAbove = plain.some((p) => row <= p.bottom && overlaps(block, p));
      if (!inHeaderAbove && !insideExcelTable(block)) plain.push(block);
    }
  }

  const starts = new Map<number, { left: number; right: number }[]>();
  const addStart = (row: number, extent: { left: number; right: number }) => {
    const list = starts.get(row);
    if (list) list.push(extent);
    else starts.set(row, [extent]);
  };
  for (const block of plain) addStart(block.top, block);
  for (const { block } of excel) addStart(block.top, block);

  const tables: TableLayout[] = [];
  for (const block of plain) {
    let row = block.bottom + 1;
    let nextHeader = false;
    for (; row <= cells.bottom; row++) {
      nextHeader = starts.get(row)?.some((s) => overlaps(s, block)) ?? false;
      if (nextHeader || cells.isEmptyRow(row, block.left, block.right)) break;
    }
    // A header directly over another header is a heading of it, not a table of its own.
    if (row === block.bottom + 1 && nextHeader) continue;
    const { layout, typeColumns } = layoutOf(sheet, block, row - 1);
    placeTypeColumns(cells, layout, typeColumns);
    tables.push(layout);
  }
  for (const { block, name, bottom } of excel) {
    const { layout, typeColumns } = layoutOf(sheet, block, bottom, name);
    placeTypeColumns(cells, layout, typeColumns);
    tables.push(layout);
  }
  return tables.sort((a, b) => a.headerTop - b.headerTop || a.left - b.left);
}
