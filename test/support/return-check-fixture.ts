// Departmental returns for the return-check tests, laid out as RETURN_LAYOUT says: as a grid for the
// core and as the in-memory Office workbook; return-check-files.ts writes them as .xlsx files.
import type { RawValue, WorkbookGrid } from '../../src/core/types';
import { RETURN_LAYOUT, RETURN_SHEET, encodeReturnMarker, type ReturnMarker } from '../../src/core/returns/format';
import { cellAddress } from '../../src/core/address';
import type { FakeCell, SavedWorkbook } from './fake-excel';

export interface ReturnRow {
  id: string;
  name: string;
  unit: string | null;
  target: string;
  property: string | null;
  value?: RawValue;
  previous?: RawValue;
  note?: string | null;
  /** Number format of the value cell ('0%' …). */
  valueFormat?: string;
}

export interface ReturnFixture {
  department?: string;
  catalogId?: string;
  catalogVersion?: string | null;
  year?: number;
  person?: string | null;
  date?: string | null;
  rows: ReturnRow[];
}

/** Rows of baoshan-2017 as its catalog has them, with values that pass. */
export function baoshanRows(): ReturnRow[] {
  return [
    { id: 'bs-01', name: '农民年人均纯收入', unit: '元/人', target: '≥6000', property: '约束性', value: 7200, previous: 6800 },
    { id: 'bs-02', name: '第三产业占GDP比例', unit: '%', target: '≥40', property: '指导性', value: 42, previous: 41 },
    { id: 'bs-03', name: '单位GDP能耗', unit: '吨标煤/万元', target: '≤1.1', property: '约束性', value: 0.9, previous: 0.95 },
    { id: 'bs-07', name: '受保护地区占国土面积比例', unit: '%', target: '≥15', property: '约束性', value: 18, previous: 17.5 },
    { id: 'bs-12a', name: '城市污水集中处理率', unit: '%', target: '≥85', property: '约束性', value: 90, previous: 88 },
  ];
}

export function markerOf(fixture: ReturnFixture): ReturnMarker {
  return {
    version: 1,
    department: fixture.department ?? '市环境保护局',
    catalogId: fixture.catalogId ?? 'baoshan-2017',
    catalogVersion: fixture.catalogVersion === undefined ? '1' : fixture.catalogVersion,
    year: fixture.year ?? 2026,
    sheet: RETURN_SHEET,
    indicators: fixture.rows.map((r, i) => ({ id: r.id, row: RETURN_LAYOUT.firstDataRow + i })),
  };
}

/** The return sheet's cells: [row, col, value, number format?]. */
export function cellsOf(fixture: ReturnFixture): [number, number, RawValue, string?][] {
  const { titleRow, fieldRow, headerRow, firstDataRow, fields, columns, headers } = RETURN_LAYOUT;
  const year = fixture.year ?? 2026;
  const department = fixture.department ?? '市环境保护局';
  const cells: [number, number, RawValue, string?][] = [
    [titleRow, 0, `${year}年度生态文明建设示范创建指标填报表(${department})`],
    [titleRow, columns.marker, encodeReturnMarker(markerOf(fixture))],
  ];
  const inputs: Record<keyof typeof fields, RawValue> = {
    unit: department,
    person: fixture.person === undefined ? '李四' : fixture.person,
    phone: '0875-2123456',
    date: fixture.date === undefined ? '2026-03-01' : fixture.date,
  };
  for (const [key, field] of Object.entries(fields) as [keyof typeof fields, (typeof fields)[keyof typeof fields]][]) {
    cells.push([fieldRow, field.label, field.text], [fieldRow, field.input, inputs[key]]);
  }
  const header = [headers.seq, headers.name, headers.unit, headers.target, headers.property, headers.coop, `${year}年`, `${year - 1}年`, headers.note];
  header.forEach((h, c) => cells.push([headerRow, c, h]));
  fixture.rows.forEach((r, i) => {
    const row = firstDataRow + i;
    cells.push(
      [row, columns.seq, i + 1],
      [row, columns.name, r.name],
      [row, columns.unit, r.unit],
      [row, columns.target, r.target],
      [row, columns.property, r.property],
      [row, columns.coop, '市统计局'],
      [row, columns.value, r.value ?? null, r.valueFormat],
      [row, columns.previous, r.previous ?? null],
      [row, columns.note, r.note ?? null],
    );
  });
  return cells;
}

/** The return as a workbook grid the way the hosts read it (used range from A1). */
export function returnGrid(fixture: ReturnFixture): WorkbookGrid {
  const cells = cellsOf(fixture);
  const height = Math.max(...cells.map(([r]) => r)) + 1;
  const width = RETURN_LAYOUT.columns.marker + 1;
  const values: RawValue[][] = Array.from({ length: height }, () => Array<RawValue>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: height }, () => Array<string | null>(width).fill(null));
  for (const [row, col, value, format] of cells) {
    values[row][col] = value;
    if (format) formats[row][col] = format;
  }
  return { sheets: [{ name: RETURN_SHEET, top: 0, left: 0, values, formats }] };
}

/** The return as the in-memory Office workbook's saved form (test/support/fake-excel). */
export function returnSavedWorkbook(fixture: ReturnFixture, options: { protectedSheet?: boolean } = {}): SavedWorkbook {
  const cells: Record<string, FakeCell> = {};
  for (const [row, col, value, format] of cellsOf(fixture)) {
    if (value === null || typeof value === 'object') continue;
    cells[cellAddress(row, col)] = { value, ...(format ? { numberFormat: format } : {}) };
  }
  return {
    sheets: [{ name: RETURN_SHEET, cells, hiddenColumns: [RETURN_LAYOUT.columns.marker], protected: options.protectedSheet ?? false }],
  };
}
