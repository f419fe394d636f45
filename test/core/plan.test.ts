import type { Catalog, RawValue, SummaryCell, WorkbookGrid } from '../../src/core/types';
import { checkWorkbook } from '../../src/core/check';
import { planEdits, summarySheetName } from '../../src/core/plan';
import { buildReport } from '../../src/core/report';
import { CoreError } from '../../src/core/errors';
import { t } from '../../src/core/messages';

const catalog: Catalog = {
  id: 'demo-catalog',
  title: '示范方案',
  indicators: [
    { id: 'd-01', name: '城镇污水处理率', target: '≥85', unit: '%', direction: 'higher', property: '约束性', category: '生态环境', lead: ['市住建局'], coop: ['市生态环境局'], sourceText: 's' },
    { id: 'd-02', name: '单位GDP能耗', target: '≤0.70', unit: '吨标煤/万元', direction: 'lower', property: '约束性', category: '生态经济', lead: ['市发改委'], coop: [], sourceText: 's' },
    { id: 'd-03', name: '森林覆盖率', target: '≥40', unit: '%', direction: 'higher', property: '参考性', category: '生态空间', lead: ['市林业局'], coop: [], sourceText: 's' },
    { id: 'd-04', name: '生态环境保护制度', target: '建立', unit: null, property: '约束性', category: '生态制度', lead: ['市生态环境局'], coop: [], sourceText: 's' },
  ],
};

// A title row, then the table: 序号 | 指标名称 | 单位 | 目标值 | 现状值 | 牵头单位 | 配合单位 | 达标情况
function workbook(): WorkbookGrid {
  const values: RawValue[][] = [
    ['某市生态文明建设示范市指标自评表', null, null, null, null, null, null, null],
    ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位', '配合单位', '达标情况'],
    [1, '城镇污水处理率', '%', '≥85', 0.8, null, null, '达标'],
    [2, '单位GDP能耗', '吨标煤/万元', '≤0.70', 0.65, '市发改委', null, null],
    [3, '森林覆盖率', '%', '≥40', null, null, null, null],
    [4, '=HYPERLINK("x")', '%', '≥10', 20, null, null, null],
    [5, '生态环境保护制度', null, '建立', '是', null, null, null],
  ];
  const formats = values.map((r, i) => r.map((_, c) => (i === 2 && c === 4 ? '0.0%' : null)));
  return {
    sheets: [{ name: '自评表', top: 0, left: 0, values, formats, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] }],
  };
}

test('a workbook check evaluates every row, with the catalog filling what the table lacks', () => {
  const check = checkWorkbook(workbook(), { catalog });
  expect(check.tables).toHaveLength(1);
  expect(check.findings.map((f) => [f.name, f.status])).toEqual([
    ['城镇污水处理率', 'fail'],
    ['单位GDP能耗', 'pass'],
    ['森林覆盖率', 'missing'],
    ['=HYPERLINK("x")', 'pass'],
    ['生态环境保护制度', 'pass'],
  ]);
  const sewage = check.findings[0];
  expect(sewage).toMatchObject({ cell: 'E3', value: 80, gap: 5, severity: 'error', indicatorId: 'd-01', issues: ['status-mismatch'] });
  expect(check.summary.totals).toMatchObject({ pass: 3, fail: 1, missing: 1 });
  expect(check.summary.passRate).toBeCloseTo(3 / 5);
});

test('the plan marks failing and missing cells with a note, and fills only empty cells', () => {
  const grid = workbook();
  const check = checkWorkbook(grid, { catalog });
  const plan = planEdits(grid, check, { fill: true, checkedAt: '2026-11-23 09:00' });
  expect(plan.marks).toEqual([
    { sheet: '自评表', row: 2, col: 4, style: 'bad', note: expect.stringContaining('未达标:目标≥85%,现状80%,差5个百分点(约束性)') },
    { sheet: '自评表', row: 4, col: 4, style: 'missing', note: expect.stringContaining('未填报') },
  ]);
  const writes = plan.writes.map((w) => [w.row, w.col, w.value, w.reason]);
  expect(writes).toEqual(
    expect.arrayContaining([
      [2, 5, '市住建局', 'lead'],
      [2, 6, '市生态环境局', 'coop'],
      [3, 7, '达标', 'status'],
      [4, 5, '市林业局', 'lead'],
    ]),
  );
  // 市发改委 was typed by the user and 达标 was claimed: neither is overwritten.
  expect(writes.find((w) => w[0] === 3 && w[1] === 5)).toBeUndefined();
  expect(writes.find((w) => w[0] === 2 && w[1] === 7)).toBeUndefined();
  expect(planEdits(grid, check, {}).writes).toEqual([]);
  expect(planEdits(grid, check, { markPass: true }).marks.filter((m) => m.style === 'good')).toHaveLength(3);
});

function cellText(cells: SummaryCell[], row: number): (string | number | null)[] {
  return cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col).map((c) => c.value);
}

test('the summary sheet holds the totals, the groups and the failing list with links', () => {
  const grid = workbook();
  const check = checkWorkbook(grid, { catalog });
  const summary = planEdits(grid, check, { checkedAt: '2026-11-23 09:00' }).summary!;
  expect(summary.name).toBe('指标汇总');
  expect(summary.replaces).toBe(false);
  const texts = summary.cells.map((c) => c.value);
  expect(texts).toContain('指标核查汇总');
  expect(texts).toContain('按领域');
  expect(texts).toContain('按牵头单位');
  const totalsHeader = summary.cells.find((c) => c.value === '指标总数')!;
  expect(cellText(summary.cells, totalsHeader.row + 1)).toEqual([5, 3, 1, 0, 1, 0, 0, 0.6]);
  const link = summary.cells.find((c) => c.link)!;
  expect(link).toMatchObject({ value: '自评表!E3', link: { sheet: '自评表', row: 2, col: 4 } });
  expect(summary.chart).toMatchObject({ labelCol: 1, passCol: 3, failCol: 4 });
  // The workbook's text goes in as it is: the core never makes a formula of it.
  expect(texts).not.toContain(undefined);
  expect(summary.cells.every((c) => !('formula' in c))).toBe(true);
  expect(texts[texts.length - 1]).toBe(t('zh-CN', 'summary.marker'));
});

test('a summary sheet is ours only by the hidden record: replaced and not checked then; a user sheet of that name is kept, footer or not', () => {
  const grid = workbook();
  const check = checkWorkbook(grid, { catalog });
  const layout = planEdits(grid, check, {}).summary!;
  const asGrid = (name: string) => {
    const values: RawValue[][] = [];
    for (const c of layout.cells) (values[c.row] ??= [])[c.col] = c.value;
    for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
    return { name, top: 0, left: 0, values };
  };
  const withOurs: WorkbookGrid = { sheets: [...grid.sheets, asGrid('指标汇总')], ownedSheets: ['指标汇总'] };
  expect(summarySheetName(withOurs, 'zh-CN')).toEqual({ name: '指标汇总', replaces: true });
  expect(checkWorkbook(withOurs, { catalog }).findings).toHaveLength(5);
  // The same sheet, footer sentence and all, without the record: the user's.
  const withUsers: WorkbookGrid = { sheets: [...grid.sheets, asGrid('指标汇总')] };
  expect(summarySheetName(withUsers, 'zh-CN')).toEqual({ name: '指标汇总(2)', replaces: false });
  expect(summarySheetName(grid, 'en')).toEqual({ name: 'Indicator Summary', replaces: false });
});

test('sheet names are compared without case, and the record names ours in any case', () => {
  const grid = workbook();
  const user = { name: 'indicator summary', top: 0, left: 0, values: [['my own notes']] };
  expect(summarySheetName({ sheets: [...grid.sheets, user] }, 'en')).toEqual({ name: 'Indicator Summary(2)', replaces: false });
  expect(summarySheetName({ sheets: [...grid.sheets, user], ownedSheets: ['Indicator Summary'] }, 'en')).toEqual({ name: 'indicator summary', replaces: true });
});

test('the report follows DESIGN §7', () => {
  const check = checkWorkbook(workbook(), { catalog });
  const report = buildReport('demo-catalog', [{ file: 'x.xlsx', check }]);
  expect(report).toMatchObject({ schema: 1, catalog: 'demo-catalog' });
  const wb = report.workbooks[0];
  expect(wb.tables[0]).toMatchObject({ sheet: '自评表', headerRow: 2, columns: { name: 'B', target: 'D', value: 'E', lead: 'F' } });
  expect(wb.findings).toHaveLength(5);
  expect(wb.findings[0]).toMatchObject({ sheet: '自评表', row: 3, cell: 'E3', name: '城镇污水处理率', indicatorId: 'd-01', target: '≥85', value: 80, unit: '%', status: 'fail', severity: 'error', gap: 5 });
  expect(wb.totals).toEqual({ pass: 3, fail: 1, review: 0, missing: 1, invalid: 0, na: 0 });
});

test('a workbook without an indicator table is an error that names the file', () => {
  const grid: WorkbookGrid = { sheets: [{ name: 'Sheet1', top: 0, left: 0, values: [['随便写点什么'], [1, 2, 3]] }] };
  expect(() => checkWorkbook(grid, { catalog: null, source: 'a.xlsx' })).toThrow(CoreError);
  expect(() => checkWorkbook(grid, { catalog: null, source: 'a.xlsx' })).toThrow(/a\.xlsx/);
});

test('responsibility cells that differ are overwritten only when asked', () => {
  const grid = workbook();
  grid.sheets[0].values[3][5] = '市统计局';
  const check = checkWorkbook(grid, { catalog });
  const keep = planEdits(grid, check, { fill: true }).writes;
  expect(keep.find((w) => w.row === 3 && w.col === 5)).toBeUndefined();
  const replace = planEdits(grid, check, { fill: true, overwriteResponsibility: true }).writes;
  expect(replace.find((w) => w.row === 3 && w.col === 5)).toMatchObject({ value: '市发改委', reason: 'lead' });
  expect(replace.find((w) => w.row === 2 && w.col === 7)).toBeUndefined();
});
