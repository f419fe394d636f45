// checkWorkbook on real layouts: regional sub-rows, rows that are not indicators, year columns for
// change targets, a header with no rows.
import type { CellRect, RawValue, WorkbookGrid } from '../../src/core/types';
import { checkWorkbook } from '../../src/core/check';
import { CoreError } from '../../src/core/errors';
import { parseCellAddress } from '../../src/core/address';

function rect(range: string): CellRect {
  const [first, last] = range.split(':');
  const a = parseCellAddress(first)!;
  const b = parseCellAddress(last)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function grid(values: RawValue[][], merges: string[] = []): WorkbookGrid {
  return { sheets: [{ name: '自评表', top: 0, left: 0, values, merges: merges.map(rect) }] };
}

const HEADER = ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位'];

describe('regional sub-rows', () => {
  // Label rows under the indicator: the name cell holds the region, the target cell its target.
  const labelled = (script: 'zh' | 'tw'): RawValue[][] => [
    HEADER,
    [1, script === 'zh' ? '森林覆盖率' : '森林覆蓋率', '%', null, 35, '市林业局'],
    [null, script === 'zh' ? '山区' : '山區', null, '≥33', null, null],
    [null, script === 'zh' ? '丘陵地区' : '丘陵地區', null, '≥22', null, null],
    [null, script === 'zh' ? '平原地区' : '平原地區', null, '≥16', null, null],
    [2, '城镇污水处理率', '%', '≥95', 96, '市住建局'],
  ];

  test.each([['zh' as const], ['tw' as const]])('label rows (%s) are never indicators, and lend their targets', (script) => {
    const check = checkWorkbook(grid(labelled(script)), { catalog: null, region: '山区' });
    expect(check.findings).toHaveLength(2);
    expect(check.summary.total).toBe(2);
    const forest = check.findings[0];
    expect(forest.target).toMatch(/山[区區]:≥33;丘陵地[区區]:≥22;平原地[区區]:≥16/);
    expect(forest).toMatchObject({ row: 2, status: 'pass' });
    expect(checkWorkbook(grid(labelled(script)), { catalog: null, region: '山区' }).summary.passRate).toBe(1);
  });

  test('without the region the indicator is review, listing the regional targets, and the sub-rows stay uncounted', () => {
    const check = checkWorkbook(grid(labelled('zh')), { catalog: null });
    expect(check.findings.map((f) => f.status)).toEqual(['review', 'pass']);
    expect(check.findings[0].message).toContain('山区≥33;丘陵地区≥22;平原地区≥16');
    expect(check.summary.totals).toMatchObject({ review: 1, pass: 1, missing: 0 });
  });

  test('a name merged down over rows whose target cells name the region', () => {
    const values: RawValue[][] = [
      HEADER,
      [1, '生活垃圾分类覆盖率', '%', '市≥95', 90, '市城管局'],
      [null, null, null, '县≥85', null, null],
      [2, '城镇污水处理率', '%', '≥95', 96, '市住建局'],
    ];
    const check = checkWorkbook(grid(values, ['B2:B3', 'A2:A3']), { catalog: null, region: '县' });
    expect(check.findings).toHaveLength(2);
    expect(check.findings[0]).toMatchObject({ target: '市≥95;县≥85', status: 'pass' });
    expect(checkWorkbook(grid(values, ['B2:B3', 'A2:A3']), { catalog: null, region: '市' }).findings[0].status).toBe('fail');
  });

  test('levels in sub-rows: 其中 labels and city sizes', () => {
    const values: RawValue[][] = [
      HEADER,
      [1, '城市公共交通出行分担率', '%', null, 62, '市交通运输局'],
      [null, '其中:超、特大城市', null, '≥70', null, null],
      [null, '大城市', null, '≥60', null, null],
      [null, '中小城市', null, '≥50', null, null],
    ];
    expect(checkWorkbook(grid(values), { catalog: null, region: '大城市' }).findings.map((f) => f.status)).toEqual(['pass']);
    expect(checkWorkbook(grid(values), { catalog: null, region: '特大城市' }).findings.map((f) => f.status)).toEqual(['fail']);
  });
});

describe('rows that are not indicators', () => {
  test.each([['合计'], ['小 计'], ['总计'], ['總計'], ['全市合计']])('%s gives no finding', (label) => {
    const values: RawValue[][] = [HEADER, [1, '城镇污水处理率', '%', '≥95', 96, '市住建局'], [null, label, null, null, 96, null]];
    expect(checkWorkbook(grid(values), { catalog: null }).findings).toHaveLength(1);
  });

  test('section rows merged across the table and notes give no finding', () => {
    const values: RawValue[][] = [
      HEADER,
      ['生态经济', null, null, null, null, null],
      [1, '城镇污水处理率', '%', '≥95', 96, '市住建局'],
      ['生態空間', null, null, null, null, null],
      [2, '森林覆盖率', '%', '≥60', 61, '市林业局'],
      [null, '注:数据来源于统计年鉴', null, null, null, null],
      [null, '說明:2023年数据为快报数', null, null, null, null],
    ];
    const check = checkWorkbook(grid(values, ['A2:F2', 'A4:F4']), { catalog: null });
    expect(check.findings.map((f) => [f.name, f.category])).toEqual([
      ['城镇污水处理率', '生态经济'],
      ['森林覆盖率', '生態空間'],
    ]);
  });

  test('a table with headers and no rows is "no indicator rows found", not a clean bill', () => {
    expect(() => checkWorkbook(grid([HEADER]), { catalog: null, source: 'x.xlsx' })).toThrow(CoreError);
    try {
      checkWorkbook(grid([['标题'], HEADER]), { catalog: null, source: 'x.xlsx' });
    } catch (e) {
      expect((e as CoreError).code).toBe('no-table');
      expect((e as CoreError).message).toContain('没有指标行');
      expect((e as CoreError).localized('en')).toContain('no indicator rows found');
    }
  });
});

describe('change targets with year columns', () => {
  test('较2021年增加800万吨 uses the 2021 column; the region is kept for the summary', () => {
    const values: RawValue[][] = [
      ['指标名称', '单位', '目标值', '2021年', '2023年'],
      ['铁路货运量', '万吨', '较2021年增加800万吨', 4100, 5000],
      ['化学需氧量排放量', '吨', '下降10%', 1000, 950],
    ];
    const check = checkWorkbook(grid(values), { catalog: null, region: ' 县 ' });
    expect(check.findings.map((f) => f.status)).toEqual(['pass', 'review']);
    expect(check.region).toBe('县');
    expect(check.summary.region).toBe('县');
  });
});

test('the summary sheet header shows the region the check applied', async () => {
  const { buildSummarySheet } = await import('../../src/core/plan-summary');
  const values: RawValue[][] = [HEADER, [1, '生活垃圾分类覆盖率', '%', '市≥95;县≥85', 90, '市城管局']];
  const check = checkWorkbook(grid(values), { catalog: null, region: '县' });
  const layout = buildSummarySheet(check, { name: '指标汇总', replaces: false, lang: 'zh-CN', checkedAt: '2026-12-01 10:00' });
  expect(layout.cells.some((c) => typeof c.value === 'string' && c.value.includes('适用地区或层级:县'))).toBe(true);
  const without = buildSummarySheet(checkWorkbook(grid(values), { catalog: null }), { name: '指标汇总', replaces: false, lang: 'zh-CN', checkedAt: 'x' });
  expect(without.cells.some((c) => typeof c.value === 'string' && c.value.includes('适用地区'))).toBe(false);
});

test('the same indicator on consecutive rows with values of their own stays one row each (a province sheet sorted by indicator)', () => {
  const values: RawValue[][] = [HEADER];
  for (let i = 0; i < 4; i++) values.push([i + 1, '森林覆盖率', '%', '山区≥60', 61 + i, '县林业局']);
  const repeatedTargetsOnly: RawValue[][] = [HEADER, [1, '森林覆盖率', '%', '山区≥60', 61, null], [null, '森林覆盖率', null, '丘陵≥40', null, null]];
  expect(checkWorkbook(grid(values), { catalog: null, region: '山区' }).findings).toHaveLength(4);
  const folded = checkWorkbook(grid(repeatedTargetsOnly), { catalog: null, region: '丘陵' }).findings;
  expect(folded).toHaveLength(1);
  expect(folded[0]).toMatchObject({ target: '山区≥60;丘陵≥40', status: 'pass' });
});

test('a target relative to an outside figure uses the table\'s column of that figure, in both scripts', () => {
  const values: RawValue[][] = [
    ['指标名称', '单位', '目标值', '全省平均值', '现状值'],
    ['城镇居民人均可支配收入', '元', '高于全省平均水平', 41000, 43000],
    ['農村居民人均可支配收入', '元', '高於全省平均水平', 21000, 20500],
    ['森林覆盖率', '%', '不低于全国平均水平', 24, 30],
  ];
  const check = checkWorkbook(grid(values), { catalog: null });
  expect(check.findings.map((f) => f.status)).toEqual(['pass', 'fail', 'review']);
  expect(check.findings[1].message).toContain('21000');
});

test('a parent target in words points to its sub-rows; a number of its own stays the target', () => {
  const rows = (own: RawValue): RawValue[][] => [
    HEADER,
    [1, '森林覆盖率', '%', own, 35, '市林业局'],
    [null, '山區', null, '≥33', null, null],
    [null, '平原地區', null, '≥16', null, null],
  ];
  expect(checkWorkbook(grid(rows('分区域考核')), { catalog: null, region: '平原' }).findings[0]).toMatchObject({ target: '山區:≥33;平原地區:≥16', status: 'pass' });
  expect(checkWorkbook(grid(rows('≥40')), { catalog: null, region: '平原' }).findings[0]).toMatchObject({ target: '≥40', status: 'fail' });
});

test('a national-standard self-assessment layout: section rows, per-line regional targets, a joined condition, totals', () => {
  const values: RawValue[][] = [
    ['领域', '任务', '序号', '指标名称', '单位', '指标值', '指标属性', '现状值', '达标情况'],
    ['生态空间', null, null, null, null, null, null, null, null],
    ['生态空间', '生态保护', 1, '森林覆盖率', '%', '山区≥60\n丘陵区≥40\n平原区≥18\n高寒区或草原区林草覆盖率≥70', '约束性', 45, '达标'],
    ['生态空间', '生态保护', 2, '生态环境状况指数', null, '≥55,且不降低', '约束性', 58, null],
    ['生态经济', '资源节约', 3, '单位地区生产总值能耗', '吨标准煤/万元', '完成上级规定的目标任务;保持稳定或持续改善', '约束性', '已完成', null],
    ['生态经济', '资源节约', 4, '铁路货运量', '万吨', '较2021年增加800万吨', '预期性', 5200, null],
    [null, null, null, '合计', null, null, null, null, null],
  ];
  const check = checkWorkbook(grid(values, ['A2:I2']), { catalog: null, region: '丘陵' });
  expect(check.findings.map((f) => [f.name, f.status])).toEqual([
    ['森林覆盖率', 'pass'],
    ['生态环境状况指数', 'review'],
    ['单位地区生产总值能耗', 'pass'],
    ['铁路货运量', 'review'],
  ]);
  expect(check.findings[0].issues).toEqual([]);
  expect(check.findings[3].message).toContain('需要基准值');
});
