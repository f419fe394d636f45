// Evaluating one indicator row against its target (DESIGN §3): statuses, severities, gaps, issues, messages.
import fc from 'fast-check';
import type { CatalogIndicator, CatalogMatch, IndicatorRow, RawValue } from '../../src/core/types';
import { evaluateRow, parseClaim, severityOf } from '../../src/core/evaluate';
import { splitDepartments } from '../../src/core/departments';

function row(fields: Partial<IndicatorRow> & { value: RawValue }): IndicatorRow {
  return { sheet: '自评表', row: 4, name: '城镇污水处理率', nameCol: 2, valueCol: 7, ...fields };
}

const zh = { lang: 'zh-CN' as const, mode: 'normal' as const };

function indicator(fields: Partial<CatalogIndicator>): CatalogIndicator {
  return { id: 'x-01', name: '城镇污水处理率', target: '≥85', unit: '%', lead: ['市住建局'], coop: [], sourceText: 's', ...fields };
}

function exact(i: CatalogIndicator): CatalogMatch {
  return { indicator: i, kind: 'exact', confidence: 1 };
}

describe('numeric thresholds', () => {
  test('≥ passes at equality, > fails at equality', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: 80 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '>80', unit: '%', value: 80 }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: '≤0.70', unit: '吨标煤/万元', name: '单位GDP能耗', value: 0.7 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '<35', unit: '微克/立方米', name: 'PM2.5年均浓度', value: 35 }), null, zh).status).toBe('fail');
  });

  test('a failing binding indicator is an error with the gap in percentage points and the DESIGN note', () => {
    const f = evaluateRow(row({ target: '≥80%', unit: '%', property: '约束性', value: 72 }), null, zh);
    expect(f).toMatchObject({ status: 'fail', severity: 'error', gap: 8, cell: 'H5', row: 5, property: '约束性' });
    expect(f.message).toBe('未达标:目标≥80%,现状72%,差8个百分点(约束性)');
  });

  test('a failing guiding indicator is a warning; unknown property is an error', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', property: '参考性', value: 70 }), null, zh).severity).toBe('warning');
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: 70 }), null, zh).severity).toBe('error');
  });

  test('a percent-formatted cell is read ×100', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 0.85, valueFormat: '0.0%' }), null, zh);
    expect(f).toMatchObject({ status: 'pass', value: 85 });
  });

  test('a fraction against a percentage target without a % format is unit-suspect', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 0.85 }), null, zh);
    expect(f).toMatchObject({ status: 'review', severity: 'warning', issues: ['unit-suspect'] });
  });

  test('a range, with the gap to the nearest bound', () => {
    expect(evaluateRow(row({ target: '60~80', unit: '%', value: 70 }), null, zh).status).toBe('pass');
    const low = evaluateRow(row({ target: '60~80', unit: '%', value: 55 }), null, zh);
    expect(low).toMatchObject({ status: 'fail', gap: 5 });
    expect(evaluateRow(row({ target: '60~80', unit: '%', value: 81.5 }), null, zh).gap).toBe(1.5);
  });

  test('a bare number takes its direction from the catalog, then the name; unknown is review', () => {
    expect(evaluateRow(row({ target: '95', unit: '%', value: 96 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '单位GDP能耗', target: '0.7', unit: '吨标煤/万元', value: 0.8 }), null, zh).status).toBe('fail');
    const lowerByCatalog = exact(indicator({ name: '某某指标', direction: 'lower', target: '10', unit: '个' }));
    expect(evaluateRow(row({ name: '某某指标', value: 8 }), lowerByCatalog, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '某某指标', target: '10', unit: '个', value: 8 }), null, zh).status).toBe('review');
  });

  test('text values with units, thousands separators and full-width digits', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: '８５％' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '人均公园绿地面积', target: '≥11.3', unit: '平方米/人', value: '11.3平方米' }), null, zh).status).toBe('pass');
    const mismatch = evaluateRow(row({ name: '财政投入', target: '≥5000', unit: '元', value: '6000吨' }), null, zh);
    expect(mismatch).toMatchObject({ status: 'review', issues: ['unit-mismatch'] });
  });

  test('a compound target fails on its number and is review otherwise', () => {
    const t = '≥80,且无危险废物排放';
    expect(evaluateRow(row({ target: t, unit: '%', value: 70 }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: t, unit: '%', value: 90 }), null, zh).status).toBe('review');
  });
});

describe('missing, invalid, not applicable', () => {
  test('empty is missing: a warning normally, an error in a return check', () => {
    expect(evaluateRow(row({ target: '≥80', value: null }), null, zh)).toMatchObject({ status: 'missing', severity: 'warning' });
    expect(evaluateRow(row({ target: '≥80', value: '  ' }), null, { ...zh, mode: 'return' })).toMatchObject({
      status: 'missing',
      severity: 'error',
    });
  });

  test('errors, dates and stray text are invalid', () => {
    expect(evaluateRow(row({ target: '≥80', value: { error: '#DIV/0!' } }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: { date: '2023-05-01' } }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: 45000, valueFormat: 'yyyy-mm-dd' }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: '待统计局核定' }), null, zh).status).toBe('invalid');
  });

  test('不适用 is na, with severity info', () => {
    expect(evaluateRow(row({ target: '≥80', value: '不适用' }), null, zh)).toMatchObject({ status: 'na', severity: 'info' });
  });
});

describe('trends, qualitative, regional, external', () => {
  test('不降低 compares with the previous value; without one it is review', () => {
    const previous = { col: 6, value: 60 as RawValue };
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 61, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 60, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 59, previous }), null, zh)).toMatchObject({ status: 'fail', gap: 1 });
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 59 }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '不增加', value: 59, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '高于上年', value: 60, previous }), null, zh).status).toBe('fail');
  });

  test('qualitative targets: yes passes, no fails, anything else is review', () => {
    expect(evaluateRow(row({ target: '达到考核要求', value: '已完成' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '建立', value: '否' }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: '达到考核要求', value: '正在推进' }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '未发生', value: '无' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '建立', value: '无' }), null, zh).status).toBe('review');
  });

  test('a per-level target needs the level; with it, the applying part decides', () => {
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, { ...zh, region: '县' }).status).toBe('pass');
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, { ...zh, region: '市' }).status).toBe('fail');
  });

  test('a target relative to an outside figure is review', () => {
    expect(evaluateRow(row({ target: '高于全省平均水平', value: 90 }), null, zh).status).toBe('review');
  });
});

describe('catalog issues', () => {
  test('the workbook target wins, and a different catalog target is target-mismatch', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 82 }), exact(indicator({ target: '≥85' })), zh);
    expect(f.status).toBe('pass');
    expect(f.issues).toContain('target-mismatch');
    expect(f.message).toContain('≥85');
    const same = evaluateRow(row({ target: '≥85%', unit: '%', value: 90 }), exact(indicator({ target: '≥85' })), zh);
    expect(same.issues).toEqual([]);
  });

  test('without a target column the catalog target and unit apply', () => {
    const f = evaluateRow(row({ value: 80 }), exact(indicator({})), zh);
    expect(f).toMatchObject({ status: 'fail', target: '≥85', unit: '%', gap: 5, indicatorId: 'x-01', lead: ['市住建局'] });
  });

  test('a fuzzy match and a lead that disagrees are reported', () => {
    const fuzzy: CatalogMatch = { indicator: indicator({}), kind: 'fuzzy', confidence: 0.7 };
    const f = evaluateRow(row({ name: '城市污水处理率', lead: '市水利局', value: 90 }), fuzzy, zh);
    expect(f.issues).toEqual(expect.arrayContaining(['fuzzy-match', 'lead-mismatch']));
    expect(f.message).toContain('是否指"城镇污水处理率"');
    expect(evaluateRow(row({ lead: '市住建局、市水利局', value: 90 }), exact(indicator({})), zh).issues).toEqual([]);
  });

  test('a claimed 达标 that the numbers contradict is status-mismatch', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', status: '达标', value: 70 }), null, zh);
    expect(f.status).toBe('fail');
    expect(f.issues).toEqual(['status-mismatch']);
    expect(evaluateRow(row({ target: '≥80', unit: '%', status: '√', value: 90 }), null, zh).issues).toEqual([]);
    expect(evaluateRow(row({ target: '≥80', unit: '%', status: '未达标', value: 90 }), null, zh).issues).toEqual(['status-mismatch']);
  });
});

test('English messages', () => {
  const f = evaluateRow(row({ target: '≥80', unit: '%', property: '约束性', value: 72 }), null, { ...zh, lang: 'en' });
  expect(f.message).toBe('Fail: target ≥80%, actual 72%, short by 8 percentage points (binding)');
});

test('helpers: departments, claims, severity', () => {
  expect(splitDepartments('市自然资源和规划局、市生态环境局按职责牵头')).toEqual(['市自然资源和规划局', '市生态环境局']);
  expect(splitDepartments('市发改委,市统计局')).toEqual(['市发改委', '市统计局']);
  expect(parseClaim('基本达标')).toBe('pass');
  expect(parseClaim('×')).toBe('fail');
  expect(parseClaim('N/A')).toBe('na');
  expect(parseClaim('见说明')).toBeNull();
  expect(severityOf('review', '约束性', 'return')).toBe('warning');
  expect(severityOf('pass', null, 'normal')).toBe('info');
});

// DESIGN §3 as it now reads: each rule in Simplified and in Traditional script.
describe('regions and levels', () => {
  const cityCounty = ['≥95%(城市);≥85%(县)', '≥95%(城市)；≥85%(縣)'];
  test.each(cityCounty)('%s: the part the setting names decides', (target) => {
    expect(evaluateRow(row({ target, unit: '%', value: 90 }), null, { ...zh, region: '县' }).status).toBe('pass');
    expect(evaluateRow(row({ target, unit: '%', value: 90 }), null, { ...zh, region: '縣城' }).status).toBe('pass');
    expect(evaluateRow(row({ target, unit: '%', value: 90 }), null, { ...zh, region: '市' }).status).toBe('fail');
  });

  test('without a region, or with one that names no part, the row is review and lists the regional targets', () => {
    const none = evaluateRow(row({ target: '≥95%(城市);≥85%(县)', unit: '%', value: 90 }), null, zh);
    expect(none).toMatchObject({ status: 'review', severity: 'warning' });
    expect(none.message).toContain('城市≥95%;县≥85%');
    const other = evaluateRow(row({ target: '≥95%(城市);≥85%(县)', unit: '%', value: 90 }), null, { ...zh, region: '山区' });
    expect(other.status).toBe('review');
    expect(other.message).toContain('"山区"不在其中');
  });

  test.each([['山区≥33\n丘陵地区≥22\n平原地区≥16'], ['山區≥33\n丘陵地區≥22\n平原地區≥16']])('parts on separate lines of one cell: %s', (target) => {
    const hill = { ...zh, region: '丘陵' };
    expect(evaluateRow(row({ name: '森林覆盖率', target, unit: '%', value: 25 }), null, hill).status).toBe('pass');
    expect(evaluateRow(row({ name: '森林覆盖率', target, unit: '%', value: 20 }), null, hill)).toMatchObject({ status: 'fail', gap: 2 });
  });

  test('levels by city size', () => {
    const target = '超、特大城市≥70;大城市≥60;中小城市≥50';
    expect(evaluateRow(row({ target, unit: '%', value: 65 }), null, { ...zh, region: '特大城市' }).status).toBe('fail');
    expect(evaluateRow(row({ target, unit: '%', value: 65 }), null, { ...zh, region: '大城市' }).status).toBe('pass');
    expect(evaluateRow(row({ target, unit: '%', value: 55 }), null, { ...zh, region: '小城市' }).status).toBe('pass');
  });

  test.each([['东部地区≥70%、中部地区≥65%、西部地区≥60%,且不低于2015年水平'], ['東部地區≥70%、中部地區≥65%、西部地區≥60%,且不低於2015年水平']])(
    'east, central, west with a joined condition: %s',
    (target) => {
      const west = { ...zh, region: '西部' };
      expect(evaluateRow(row({ target, unit: '%', value: 55 }), null, west).status).toBe('fail');
      const met = evaluateRow(row({ target, unit: '%', value: 61 }), null, west);
      expect(met.status).toBe('review');
      expect(met.message).toContain('不低于2015年水平');
    },
  );
});

describe('change targets', () => {
  test.each([['下降10%'], ['下降10％']])('%s without a baseline is review saying a baseline is needed', (target) => {
    const f = evaluateRow(row({ name: '化学需氧量排放量', target, unit: '吨', value: 900 }), null, zh);
    expect(f.status).toBe('review');
    expect(f.message).toContain('需要基准值');
  });

  test('a value column that is itself a change is compared directly', () => {
    expect(evaluateRow(row({ name: '单位GDP能耗下降率', target: '下降15%', unit: '%', value: 16 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '單位GDP能耗下降率', target: '下降15%', unit: '%', value: 14 }), null, zh)).toMatchObject({ status: 'fail', gap: 1 });
  });

  const years = (base: number, now: number, baseYear = 2021, nowYear = 2023) => ({
    valueYear: nowYear,
    years: [
      { year: baseYear, col: 5, value: base as RawValue },
      { year: nowYear, col: 6, value: now as RawValue },
    ],
  });

  test.each([['较2021年增加800万吨'], ['較2021年增加800萬噸']])('%s is compared with the 2021 column', (target) => {
    const ok = evaluateRow(row({ name: '铁路货运量', target, unit: '万吨', value: 5000, ...years(4100, 5000) }), null, zh);
    expect(ok.status).toBe('pass');
    expect(ok.message).toContain('2021年4100万吨');
    const short = evaluateRow(row({ name: '铁路货运量', target, unit: '万吨', value: 4800, ...years(4100, 4800) }), null, zh);
    expect(short).toMatchObject({ status: 'fail', gap: 100 });
  });

  test('a relative fall against a 基准值 column; 年均 compounds over the years between', () => {
    const baseline = { col: 4, value: 100 as RawValue, baseline: true };
    expect(evaluateRow(row({ name: '化学需氧量排放量', target: '下降10%', unit: '吨', value: 89, previous: baseline }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '化学需氧量排放量', target: '下降10%', unit: '吨', value: 91, previous: baseline }), null, zh)).toMatchObject({
      status: 'fail',
      gap: 1,
    });
    // Last year's value is not a baseline for a change over the plan.
    const lastYear = { col: 4, value: 100 as RawValue, year: 2022 };
    expect(evaluateRow(row({ name: '化学需氧量排放量', target: '下降10%', unit: '吨', value: 89, previous: lastYear }), null, zh).status).toBe('review');
    const annual = { name: '集装箱铁水联运量', target: '在2020年基础上年均增长15%以上', unit: '万标箱' };
    expect(evaluateRow(row({ ...annual, value: 160, ...years(100, 160, 2020, 2023) }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ ...annual, value: 150, ...years(100, 150, 2020, 2023) }), null, zh).status).toBe('fail');
  });

  test('增长5个百分点 is a difference of percentages', () => {
    const baseline = { col: 4, value: 40 as RawValue, baseline: true };
    expect(evaluateRow(row({ name: '城镇化水平', target: '增长5个百分点', unit: '%', value: 45.5, previous: baseline }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '城镇化水平', target: '增長5個百分點', unit: '%', value: 44, previous: baseline }), null, zh)).toMatchObject({
      status: 'fail',
      gap: 1,
    });
  });
});

describe('direction', () => {
  const higher = indicator({ id: 'h', name: '细颗粒物达标天数比例', direction: 'higher', target: '32', unit: '微克/立方米' });
  test.each([['PM2.5年均浓度'], ['細顆粒物(PM2.5)年均濃度']])('a lower-is-better word in %s beats a similarity match', (name) => {
    const fuzzy: CatalogMatch = { indicator: higher, kind: 'fuzzy', confidence: 0.62 };
    expect(evaluateRow(row({ name, target: '达到32', unit: '微克/立方米', value: 33 }), fuzzy, zh).status).toBe('fail');
    expect(evaluateRow(row({ name, target: '達到32', unit: '微克/立方米', value: 31 }), fuzzy, zh).status).toBe('pass');
  });

  test('an exact or alias match keeps the catalog direction over the name', () => {
    const lowerRate = indicator({ name: '重污染天数比例', direction: 'lower', target: '5', unit: '%' });
    expect(evaluateRow(row({ name: '重污染天数比例', value: 6 }), exact(lowerRate), zh).status).toBe('fail');
    const oddlyHigher = indicator({ name: '某某浓度', direction: 'higher', target: '10', unit: '个' });
    expect(evaluateRow(row({ name: '某某浓度', value: 12 }), { indicator: oddlyHigher, kind: 'alias', confidence: 1 }, zh).status).toBe('pass');
  });
});

describe('qualitative levels and outside figures', () => {
  test.each([['达到优良水平'], ['達到優良水平']])('%s is qualitative: a yes-answer passes', (target) => {
    expect(evaluateRow(row({ name: '生态环境质量', target, value: '是' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '生态环境质量', target, value: '否' }), null, zh).status).toBe('fail');
  });

  test.each([['不低于2015年水平'], ['不低於2015年水平']])('%s keeps its words, and uses the 2015 column when there is one', (target) => {
    const f = evaluateRow(row({ name: '湿地面积', target, unit: '万亩', value: 4.8 }), null, zh);
    expect(f.status).toBe('review');
    expect(f.message).toContain('不低于2015年水平');
    const years = [{ year: 2015, col: 5, value: 4.7 as RawValue }, { year: 2023, col: 6, value: 4.8 as RawValue }];
    expect(evaluateRow(row({ name: '湿地面积', target, unit: '万亩', value: 4.8, years, valueYear: 2023 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '湿地面积', target, unit: '万亩', value: 4.6, years, valueYear: 2023 }), null, zh).status).toBe('fail');
  });

  test('全国平均 names an outside figure', () => {
    expect(evaluateRow(row({ target: '高于全国平均', value: 90 }), null, zh).status).toBe('review');
  });
});

describe('values', () => {
  test.each([['1.2万吨'], ['1.2萬噸'], ['1.2万']])('%s in a 吨 row is 12,000 吨, with unit-converted', (value) => {
    const f = evaluateRow(row({ name: '秸秆综合利用量', target: '≥10000', unit: '吨', value }), null, zh);
    expect(f).toMatchObject({ status: 'pass', issues: ['unit-converted'] });
    expect(f.message).toContain('12000吨');
  });

  test('money, area and a row unit unlike the target unit convert', () => {
    expect(evaluateRow(row({ name: '生态环保投入', target: '≥5000', unit: '元', value: '0.6万元' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '湿地面积', target: '≥4.7万亩', unit: '公顷', value: 3000 }), null, zh)).toMatchObject({
      status: 'fail',
      issues: ['unit-converted'],
    });
    expect(evaluateRow(row({ name: '湿地面积', target: '≥4.7万亩', unit: '公顷', value: 3200 }), null, zh).status).toBe('pass');
  });

  test.each([['/'], ['—'], ['－'], ['-']])('%s alone is 不适用', (value) => {
    expect(evaluateRow(row({ target: '≥80', value }), null, zh).status).toBe('na');
  });

  test.each([['待核实'], ['待定'], ['暂无'], ['暂无数据'], ['暫無數據'], ['待统计'], ['待公布'], ['未統計']])('%s is missing with its text quoted', (value) => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value }), null, zh);
    expect(f.status).toBe('missing');
    expect(f.message).toMatch(/"(待核实|待定|暂无|暂无数据|待统计|待公布|未统计)"/);
  });

  test('a quoted "%" format is not scaled and not a suspect fraction', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: 85, valueFormat: '0.0"%"' }), null, zh)).toMatchObject({ status: 'pass', value: 85 });
  });

  test.each([['约85%'], ['約85%'], ['85%左右'], ["'85"], ['’85%']])('%s reads 85', (value) => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value }), null, zh)).toMatchObject({ status: 'pass', value: 85 });
  });

  test('a placeholder unit is no unit in the message', () => {
    const f = evaluateRow(row({ name: '某某系数', target: '≥0.5', unit: '—', value: 0.48 }), null, zh);
    expect(f.message).toBe('未达标:目标≥0.5,现状0.48,差0.02');
    expect(f.unit).toBeNull();
  });
});

test('a failing change gives its gap in the row\'s unit: how far from the level the change asked for', () => {
  const baseline = { col: 4, value: 200 as RawValue, baseline: true };
  const f = evaluateRow(row({ name: '化学需氧量排放量', target: '下降10%', unit: '吨', value: 185, previous: baseline }), null, zh);
  expect(f).toMatchObject({ status: 'fail', gap: 5 });
  expect(f.message).toBe('未达标:目标下降10%,基准值200吨,现状185吨,下降7.5%,差5吨');
  expect(evaluateRow(row({ name: '化学需氧量排放量', target: '下降10%', unit: '吨', value: 185, previous: baseline }), null, { ...zh, lang: 'en' }).message).toBe(
    'Fail: target 下降10%, baseline 200吨, actual 185吨, down 7.5%, short by 5 吨',
  );
});

test('evaluating never throws, whatever the row holds', () => {
  const piece = fc.constantFrom('≥', '≤', '95', '85%', '山区', '县', '\n', ';', '下降', '较2021年', '增加', '万吨', '吨', '待核实', '—', "'", '约', '全省平均', '水平', '且', '无', '是', '');
  const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  const cell = fc.oneof(text, fc.double(), fc.constant(null), fc.boolean()) as fc.Arbitrary<RawValue>;
  fc.assert(
    fc.property(text, text, text, cell, cell, fc.option(text), (name, target, unit, value, base, region) => {
      const f = evaluateRow(
        row({ name, target, unit, value, previous: { col: 5, value: base, baseline: true }, years: [{ year: 2021, col: 6, value: base }], valueYear: 2023 }),
        null,
        { ...zh, region },
      );
      expect(typeof f.message).toBe('string');
    }),
    { numRuns: 3000 },
  );
});
