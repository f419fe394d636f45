// Hand-made workbooks and edit plans for the Office host's tests: an indicator sheet of any length
// with the user's own formatting, notes and formulas on some cells, and a plan that marks every row.
import type { Catalog, CellMark, CellWrite, EditPlan, MarkStyle, SummaryCell, SummarySheetLayout } from '../../../src/core/types';
import { PALETTE } from '../../../src/core/plan';
import { cellAddress } from '../../../src/core/address';
import { FakeExcel, type FakeCell, type FakeOptions, type ObservedCell, type SavedWorkbook } from '../../support/fake-excel';

export { PALETTE };

export const SHEET = '自评表';
/** Columns (0-based): 序号, 指标名称, 单位, 目标值, 现状值, 牵头单位, 达标情况. */
export const COL = { seq: 0, name: 1, unit: 2, target: 3, value: 4, lead: 5, status: 6 };
/** Data rows start on the fourth row (0-based 3), under a merged title and the header. */
export const FIRST_ROW = 3;
const STYLES: MarkStyle[] = ['bad', 'neutral', 'missing', 'invalid', 'good'];

/**
 * An indicator sheet with `rows` data rows. The first rows carry the user's own formatting, a note,
 * a formula and a date; every other row leaves 牵头单位 empty.
 */
export function indicatorWorkbook(rows: number): SavedWorkbook {
  const cells: Record<string, FakeCell> = {
    A1: { value: '2023年生态文明建设示范市指标自评表', font: { bold: true, size: 16 } },
    A3: { value: '序号' },
    B3: { value: '指标名称' },
    C3: { value: '单位' },
    D3: { value: '目标值' },
    E3: { value: '现状值' },
    F3: { value: '牵头单位' },
    G3: { value: '达标情况' },
  };
  for (let i = 0; i < rows; i++) {
    const r = FIRST_ROW + i;
    cells[cellAddress(r, COL.seq)] = { value: i + 1 };
    cells[cellAddress(r, COL.name)] = { value: `森林覆盖率${i + 1}` };
    cells[cellAddress(r, COL.unit)] = { value: '%' };
    cells[cellAddress(r, COL.target)] = { value: '≥40' };
    cells[cellAddress(r, COL.value)] = { value: 0.385 + (i % 7) / 100, numberFormat: '0.0%' };
    if (i % 2 === 1) cells[cellAddress(r, COL.lead)] = { value: '市林业局' };
  }
  // The user's own formatting, notes, a formula and a date on the first rows.
  Object.assign(cells[cellAddress(FIRST_ROW, COL.value)], { fill: '#FFFF00', font: { color: '#FF0000', bold: true } });
  cells[cellAddress(FIRST_ROW + 1, COL.value)] = { formula: '=0.3+0.1', value: 0.4, numberFormat: '0.0%', font: { color: '#0000FF' } };
  cells[cellAddress(FIRST_ROW + 2, COL.value)] = { value: 45000, numberFormat: 'yyyy/m/d', fill: '#D9D9D9' };
  return {
    sheets: [
      {
        name: SHEET,
        cells,
        notes: { [cellAddress(FIRST_ROW, COL.value)]: '原有批注:数据来自统计年鉴', [cellAddress(FIRST_ROW + 2, COL.lead)]: '待确认' },
        merges: ['A1:G1'],
      },
      { name: '说明', cells: { A1: { value: '填报说明' } } },
      { name: '旧表', visibility: 'Hidden', cells: { A1: { value: '旧数据' } } },
    ],
    tables: [],
  };
}

/** A catalog for the indicators 森林覆盖率1…n of indicatorWorkbook: every one led by 市林业局. */
export function forestCatalog(rows: number): Catalog {
  return {
    id: 'forest-test',
    title: '测试指标库',
    version: '1',
    indicators: Array.from({ length: rows }, (_, i) => ({
      id: `f-${i + 1}`,
      name: `森林覆盖率${i + 1}`,
      category: ['生态经济', '生态环境', '生态生活'][i % 3],
      unit: '%',
      target: '≥40',
      direction: 'higher' as const,
      property: '约束性',
      lead: ['市林业局'],
      coop: [],
      sourceText: `森林覆盖率${i + 1}≥40%`,
    })),
  };
}

export function newFake(rows: number, options: FakeOptions = {}): FakeExcel {
  return new FakeExcel(indicatorWorkbook(rows), { maxAreasAddressLength: 8000, ...options });
}

/** Marks every value cell (styles in turn, notes on all but 'good'); writes the empty 牵头单位 cells and a status. */
export function indicatorPlan(rows: number, options: { summary?: SummarySheetLayout | null } = {}): EditPlan {
  const marks: CellMark[] = [];
  const writes: CellWrite[] = [];
  for (let i = 0; i < rows; i++) {
    const row = FIRST_ROW + i;
    const style = STYLES[i % STYLES.length];
    marks.push({ sheet: SHEET, row, col: COL.value, style, note: style === 'good' ? null : `未达标:目标≥40%,现状${38 + (i % 7)}%,差${2 - (i % 3)}个百分点(约束性)` });
    if (i % 2 === 0) writes.push({ sheet: SHEET, row, col: COL.lead, value: i === 0 ? '=SUM(A1)' : i === 2 ? '+86 123' : '市生态环境局', reason: 'lead' });
    if (i % 5 === 0) writes.push({ sheet: SHEET, row, col: COL.status, value: '未达标', reason: 'status' });
  }
  return { marks, writes, summary: options.summary === undefined ? summaryLayout(rows) : options.summary, palette: PALETTE };
}

/** A summary like the core's: title, totals, a category table with its chart, and the failing list with links. */
export function summaryLayout(rows: number, name = '指标汇总', replaces = false): SummarySheetLayout {
  const cells: SummaryCell[] = [];
  const put = (row: number, col: number, value: SummaryCell['value'], style?: string, link?: SummaryCell['link']) =>
    cells.push({ row, col, value, ...(style ? { style } : {}), ...(link ? { link } : {}) });
  put(0, 0, '指标核查汇总', 'title');
  put(1, 0, '=1+1 不是公式', 'meta');
  ['序号', '领域', '指标总数', '达标', '未达标', '达标率'].forEach((h, c) => put(3, c, h, 'header'));
  const categories = ['生态经济', '生态环境', '生态生活'];
  categories.forEach((category, i) => {
    put(4 + i, 0, i + 1, 'number');
    put(4 + i, 1, category, 'text');
    put(4 + i, 2, 10, 'number');
    put(4 + i, 3, 6 + i, 'number');
    put(4 + i, 4, 4 - i, 'bad');
    put(4 + i, 5, (6 + i) / 10, 'percent');
  });
  const listTop = 9;
  ['序号', '指标名称', '目标值', '现状值', '位置'].forEach((h, c) => put(listTop, c, h, 'header'));
  let row = listTop + 1;
  for (let i = 0; i < rows; i += 3) {
    put(row, 0, row - listTop, 'number');
    put(row, 1, `森林覆盖率${i + 1}`, 'text');
    put(row, 2, '≥40', 'text');
    put(row, 3, '-38.5', 'text');
    put(row, 4, `${SHEET}!${cellAddress(FIRST_ROW + i, COL.value)}`, 'link', { sheet: SHEET, row: FIRST_ROW + i, col: COL.value });
    row++;
  }
  put(row + 1, 0, '本表由指标核查助手生成,重新生成时将被替换。', 'meta');
  return {
    name,
    replaces,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }, { top: 1, left: 0, bottom: 1, right: 5 }],
    widths: [6, 34, 14, 14, 16, 12],
    styles: {
      title: { bold: true, fontSize: 16 },
      meta: { italic: true, fontColor: '#595959' },
      header: { bold: true, fill: '#D9E1F2', border: true, horizontal: 'center', vertical: 'middle', wrap: true },
      text: { border: true, vertical: 'top', wrap: true },
      number: { border: true, horizontal: 'right' },
      percent: { border: true, horizontal: 'right', numberFormat: '0.0%' },
      link: { border: true, fontColor: '#0563C1', underline: true },
      bad: { border: true, fill: '#FFC7CE', fontColor: '#9C0006', horizontal: 'right' },
    },
    chart: { title: '按领域', top: 4, bottom: 6, labelCol: 1, passCol: 3, failCol: 4 },
  };
}

/** Every cell a plan touches, as Office.js would report it now. */
export function snapshot(fake: FakeExcel, plan: EditPlan): Map<string, ObservedCell> {
  const cells = new Map<string, ObservedCell>();
  for (const { sheet, row, col } of [...plan.marks, ...plan.writes]) {
    cells.set(`${sheet}!${cellAddress(row, col)}`, fake.observe(sheet, cellAddress(row, col)));
  }
  return cells;
}

/**
 * The saved workbook with the automatic font colour and explicit black taken as the same (Office.js
 * can set only the latter and reads both as '#000000').
 */
export function comparable(saved: SavedWorkbook): SavedWorkbook {
  const copy = structuredClone(saved);
  for (const sheet of copy.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells ?? {})) {
      if (cell.font?.color === '#000000') delete cell.font.color;
      if (cell.font && Object.keys(cell.font).length === 0) delete cell.font;
      if (Object.keys(cell).length === 0) delete sheet.cells![address];
    }
  }
  return copy;
}
