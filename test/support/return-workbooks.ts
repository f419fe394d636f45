// Departmental returns and master workbooks built with exceljs for the merge tests and the bench,
// laid out as src/core/returns/format.ts says (RETURN_LAYOUT, the marker in the hidden column).
import ExcelJS from 'exceljs';
import { RETURN_LAYOUT, RETURN_SHEET, STAMP_PROPERTY, encodeReturnMarker, type ReturnMarker, type ReturnStamp } from '../../src/core/returns/format';
import { returnValueHash } from '../../src/core/returns/stamp';
import { writeCustomProperties } from '../../src/hosts/file/custom-properties';
import { gridOf } from './exceljs-grid';

export interface ReturnRowSpec {
  id: string;
  name: string;
  unit?: string;
  target?: string;
  value?: string | number | null;
  previous?: string | number | null;
  note?: string | null;
  /** Number format of the value cell (e.g. '0%'). */
  valueFormat?: string;
}

export interface ReturnSpec {
  department: string;
  catalogId: string;
  catalogVersion?: string | null;
  year?: number;
  person?: string;
  date?: string;
  rows: ReturnRowSpec[];
  /** Stamp the return as checked (with this catalog version); 'tampered' stamps it, then changes a value. */
  stamp?: 'valid' | 'tampered' | 'outdated';
}

export function returnWorkbook(spec: ReturnSpec): { workbook: ExcelJS.Workbook; marker: ReturnMarker } {
  const year = spec.year ?? 2026;
  const { columns, fields, headers } = RETURN_LAYOUT;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(RETURN_SHEET);
  const at = (row: number, col: number) => ws.getCell(row + 1, col + 1);
  const marker: ReturnMarker = {
    version: 1,
    department: spec.department,
    catalogId: spec.catalogId,
    catalogVersion: spec.catalogVersion ?? null,
    year,
    sheet: RETURN_SHEET,
    indicators: spec.rows.map((r, i) => ({ id: r.id, row: RETURN_LAYOUT.firstDataRow + i })),
  };
  at(RETURN_LAYOUT.titleRow, 0).value = `${spec.department}指标填报表`;
  at(RETURN_LAYOUT.titleRow, columns.marker).value = encodeReturnMarker(marker);
  ws.getColumn(columns.marker + 1).hidden = true;
  for (const [key, field] of Object.entries(fields)) {
    at(RETURN_LAYOUT.fieldRow, field.label).value = field.text;
    const input = { unit: spec.department, person: spec.person ?? '李四', phone: '0371-1234567', date: spec.date ?? '2026-03-01' }[key as keyof typeof fields];
    at(RETURN_LAYOUT.fieldRow, field.input).value = input;
  }
  const header = [headers.seq, headers.name, headers.unit, headers.target, headers.property, headers.coop, `${year}年`, `${year - 1}年`, headers.note];
  header.forEach((h, c) => (at(RETURN_LAYOUT.headerRow, c).value = h));
  spec.rows.forEach((r, i) => {
    const row = RETURN_LAYOUT.firstDataRow + i;
    const values = [i + 1, r.name, r.unit ?? '%', r.target ?? '', '约束性', '', r.value ?? null, r.previous ?? null, r.note ?? null];
    values.forEach((v, c) => (at(row, c).value = v));
    if (r.valueFormat) at(row, columns.value).numFmt = r.valueFormat;
  });
  return { workbook, marker };
}

/** The return as .xlsx bytes, with its check stamp in the custom properties when asked. */
export async function returnBytes(spec: ReturnSpec): Promise<Uint8Array> {
  const { workbook, marker } = returnWorkbook(spec);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (!spec.stamp) return bytes;
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const stamp: ReturnStamp = {
    version: 1,
    sheet: RETURN_SHEET,
    catalogId: spec.catalogId,
    catalogVersion: spec.stamp === 'outdated' ? 'old-version' : (spec.catalogVersion ?? null),
    department: spec.department,
    checkedAt: '2026-03-01T08:00:00.000Z',
    counts: { indicators: spec.rows.length, pass: spec.rows.length, fail: 0, review: 0, explained: 0 },
    valueHash: await returnValueHash(gridOf(reread), marker),
  };
  let stamped = bytes;
  if (spec.stamp === 'tampered') {
    const ws = reread.getWorksheet(RETURN_SHEET)!;
    ws.getCell(RETURN_LAYOUT.firstDataRow + 1, RETURN_LAYOUT.columns.note + 1).value = '改过';
    stamped = new Uint8Array((await reread.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return writeCustomProperties(stamped, { [STAMP_PROPERTY]: JSON.stringify(stamp) });
}

/**
 * A master's indicator rows under MASTER_HEADER: sheet rows 3–8 (0-based 2–7); 2025年 is column G (6),
 * 2026年 column H (7); 森林覆盖率 is row 4.
 */
export const MASTER_ROWS: (string | number | null)[][] = [
  [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.2, null, '市工业信息化委', '市统计局', null],
  [2, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, 41, '市发展改革委', null, null],
  [3, '生态环境', '森林覆盖率', '%', '≥60', '约束性', null, null, '市林业局', null, null],
  [4, '生态环境', '空气质量优良天数比例', '%', '≥90', '约束性', null, null, '市生态环境局', null, null],
  [5, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', null, null, '市住房城乡建设局', null, null],
  [6, '生态人居', '生活垃圾无害化处理率', '%', '≥95', '约束性', null, null, '市城管局', null, null],
];

export const MASTER_HEADER = ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '2025年', '2026年', '牵头单位', '配合单位', '备注'];

/** A master workbook: a merged title, the header on row 2, indicator rows from row 3. */
export function masterWorkbook(rows: (string | number | null)[][], sheetName = '指标汇总表'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  ws.getCell('A1').value = '测试市生态文明建设示范市指标汇总表';
  ws.mergeCells('A1:K1');
  ws.addRow(MASTER_HEADER);
  for (const row of rows) ws.addRow(row);
  const notes = workbook.addWorksheet('说明');
  notes.getCell('A1').value = '本工作簿由创建办汇总';
  return workbook;
}
