// The workbooks the browser suite opens: an indicator table whose rows pass, fail, are missing, need
// review or do not apply (the 保山市 catalog matches it); the same table grown to thousands of rows;
// a header-only table; a sheet with no table.
import type { SavedWorkbook } from '../../support/fake-excel';

export const SHEET = '自评表';
export const HEADER = ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位'];

/** Header on row 1, data on rows 2–10; the value column is E. */
export const ROWS: unknown[][] = [
  HEADER,
  [1, '农民年人均纯收入', '元/人', '≥6000', 6800, '市农业局'], // pass
  [2, '第三产业占GDP比例', '%', '≥40', 38.5, '市发展改革委'], // fail, 指导性 → warning
  [3, '单位GDP能耗', '吨标煤/万元', '≤1.1', 1.3, '市工业信息化委'], // fail, 约束性 → error
  [4, '城市污水集中处理率', '%', '≥85', null, '市住房城乡建设局'], // missing
  [5, '城镇生活垃圾无害化处理率', '%', '≥80', 92, '市住房城乡建设局'], // pass
  [6, '生态文明制度建设', '—', '有序推进', '正在推进', '市发展改革委'], // review
  [7, '城镇人均公共绿地面积', 'm2/人', '≥10', 8.5, '市住房城乡建设局'], // fail
  [8, '空气环境质量', '—', '达到功能区标准', '不适用', '市环境保护局'], // n/a
  [9, '林地面积增幅', '%', '≥0.05', 0.03, '市林业局'], // fail, a fuzzy match of 林地面积年增幅
];

/** Rows to put into sheets when the page loads, by sheet name (written as typed, see FakeExcel.setValues). */
export type SheetRows = Record<string, unknown[][]>;

export interface ShimWorkbook {
  workbook: SavedWorkbook;
  rows: SheetRows;
}

export function indicatorWorkbook(options: { protectedSheet?: boolean } = {}): ShimWorkbook {
  return {
    workbook: { sheets: [{ name: SHEET, protected: options.protectedSheet ?? false }, { name: '说明' }] },
    rows: { [SHEET]: ROWS, 说明: [['填报说明']] },
  };
}

/** `count` indicator rows under the header, the 9 rows above repeated with varied values (about 60% listed). */
export function bigRows(count: number): unknown[][] {
  const body = ROWS.slice(1);
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < count; i++) {
    const [, name, unit, target, value, lead] = body[i % body.length];
    const varied = typeof value === 'number' ? Math.round(value * (0.85 + ((i * 7) % 30) / 100) * 100) / 100 : value;
    rows.push([i + 1, name, unit, target, varied, lead]);
  }
  return rows;
}

export function bigWorkbook(count: number): ShimWorkbook {
  return { workbook: { sheets: [{ name: SHEET }] }, rows: { [SHEET]: bigRows(count) } };
}

export function headerOnlyWorkbook(): ShimWorkbook {
  return { workbook: { sheets: [{ name: SHEET }] }, rows: { [SHEET]: [HEADER] } };
}

export function noTableWorkbook(): ShimWorkbook {
  return { workbook: { sheets: [{ name: 'Sheet1' }] }, rows: { Sheet1: [['会议纪要'], ['2026年11月30日'], ['出席:市水利局、市林业局']] } };
}
