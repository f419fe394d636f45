// The built-in catalog hebi-baoshan-2019, made by hand from seed 000 (宝山循环经济产业集聚区创建国家生态文明建设示范市实施方案).
import { parseThreshold } from '../../src/core/parse/threshold';
import { catalogFile } from './catalog-file';

const SEED = '000_186cd92d9a7c59ec.txt';
const { parsed, indicator } = catalogFile('hebi-baoshan-2019');
const catalog = parsed.success ? parsed.data : null;

/** The fields a check relies on, for comparing whole indicators. */
function core(id: string) {
  const { name, target, unit, direction, property, lead, coop } = indicator(id);
  return { name, target, unit, direction, property, lead, coop };
}

test('the catalog passes the schema', () => {
  if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
  expect(parsed.success).toBe(true);
});

test('id, source and the number of indicators', () => {
  expect(catalog?.id).toBe('hebi-baoshan-2019');
  expect(catalog?.source).toBe(SEED);
  expect(catalog?.issued).toBe('2019-02-22');
  // The plan states no count of its own (its "35项指标" are the national system's). Counted from
  // 三、重点任务及分工: 18 items under (一)…(九) — (一)1, (二)3, (三)4, (四)3 (the third numbered "18."),
  // (五)1, (六)2, (九)4 — and the two items (三)1 and (三)2 each split into three: 18 + 2 + 2 = 22.
  // One indicator per measurable quantity: (二)1 and (二)2 join a second quantity with 且 (hb-02b, hb-03b),
  // and (二)1's body states a numeric target of its own (hb-02c): 25.
  expect(catalog?.indicators).toHaveLength(25);
  const numbered = Array.from({ length: 22 }, (_, i) => `hb-${String(i + 1).padStart(2, '0')}`);
  expect(catalog?.indicators.map((i) => i.id)).toEqual([...numbered.slice(0, 2), 'hb-02b', 'hb-02c', 'hb-03', 'hb-03b', ...numbered.slice(3)]);
});

test('万元地区生产总值能耗: graded on its number, the 且 quantity its own indicator, unit slip noted', () => {
  expect(core('hb-02')).toEqual({
    name: '万元地区生产总值能耗',
    target: '≤0.70',
    unit: '吨标煤',
    direction: 'lower',
    property: null,
    lead: ['发展改革规划局'],
    coop: [],
  });
  expect(indicator('hb-02').aliases).toEqual(expect.arrayContaining(['单位地区生产总值能耗', '单位GDP能耗']));
  expect(indicator('hb-02').note).toContain('吨标煤/万元');
  expect(core('hb-02b')).toEqual({
    name: '能源消耗总量', target: '不超过控制目标值', unit: null, direction: 'lower', property: null, lead: ['发展改革规划局'], coop: [],
  });
  // The body's 确保全市万元工业增加值能耗年均下降5%左右 is a change target.
  expect(core('hb-02c')).toMatchObject({ name: '万元工业增加值能耗', target: '年均下降5%左右', lead: ['发展改革规划局'] });
  expect(parseThreshold(indicator('hb-02c').target)).toMatchObject({ kind: 'change', way: 'down', value: 5, annual: true });
});

test('万元地区生产总值用水量: the source\'s ≥ is kept, direction lower, the doubt in the note', () => {
  expect(core('hb-03')).toEqual({
    name: '万元地区生产总值用水量',
    target: '≥70',
    unit: '立方米',
    direction: 'lower',
    property: null,
    lead: ['发展改革规划局', '宝山环保分局'],
    coop: [],
  });
  expect(indicator('hb-03').note).toMatch(/“≥”疑为“≤”/);
  expect(indicator('hb-03').note).toContain('立方米/万元');
  expect(core('hb-03b')).toMatchObject({ name: '用水总量', target: '不超过控制目标值', lead: ['发展改革规划局', '宝山环保分局'] });
});

test('环境空气质量 is split into three indicators with the same department', () => {
  expect(core('hb-05')).toEqual({
    name: '环境空气质量', target: '不降低且达到考核要求', unit: null, direction: null, property: null,
    lead: ['宝山环保分局'], coop: [],
  });
  expect(core('hb-06')).toEqual({
    name: '优良天数比例', target: '≥85', unit: '%', direction: 'higher', property: null,
    lead: ['宝山环保分局'], coop: [],
  });
  expect(indicator('hb-06').aliases).toEqual(expect.arrayContaining(['空气质量优良天数比例', '环境空气质量优良率']));
  expect(core('hb-07')).toEqual({
    name: '严重污染天数', target: '基本消除', unit: null, direction: 'lower', property: null,
    lead: ['宝山环保分局'], coop: [],
  });
  for (const id of ['hb-05', 'hb-06', 'hb-07']) expect(indicator(id).category).toBe('环境质量改善');
});

test('地表水环境质量 is split into three, each with both responsible units', () => {
  const lead = ['宝山环保分局', '建设服务局'];
  expect(core('hb-08')).toEqual({
    name: '地表水环境质量', target: '不降低且达到考核要求', unit: null, direction: null, property: null, lead, coop: [],
  });
  expect(core('hb-09')).toEqual({
    name: '水质达到或优于III类比例', target: '≥75', unit: '%', direction: 'higher', property: null, lead, coop: [],
  });
  expect(indicator('hb-09').aliases).toContain('水质达到或优于Ⅲ类比例');
  expect(core('hb-10')).toEqual({
    name: '劣V类水体', target: '基本消除', unit: null, direction: 'lower', property: null, lead, coop: [],
  });
});

test('qualitative targets: 划定并遵守, 达到考核要求, 建立, 未发生', () => {
  expect(core('hb-01')).toEqual({
    name: '生态保护红线', target: '划定并遵守', unit: null, direction: null, property: null,
    lead: ['宝山环保分局', '建设服务局'], coop: [],
  });
  expect(core('hb-12')).toEqual({
    name: '主要污染物总量减排', target: '达到考核要求', unit: null, direction: null, property: null,
    lead: ['宝山环保分局', '发展改革规划局'], coop: [],
  });
  expect(core('hb-17')).toEqual({
    name: '生态环境损害责任追究制度', target: '建立', unit: null, direction: null, property: null,
    lead: ['综合办公室', '纪检监察室'], coop: [],
  });
  expect(core('hb-15')).toEqual({
    name: '重、特大突发环境事件', target: '未发生', unit: null, direction: 'lower', property: null,
    lead: ['宝山环保分局'], coop: [],
  });
  expect(indicator('hb-15').category).toBe('环境风险防范');
  expect(indicator('hb-15').note).toContain('18.');
});

test('exactly 100% and three responsible units', () => {
  expect(core('hb-13')).toEqual({
    name: '危险废物安全处置率', target: '100%', unit: '%', direction: 'higher', property: null,
    lead: ['宝山环保分局', '建设服务局', '综合执法局'], coop: [],
  });
});

test('the plan\'s own grouping; a year only where the item states one', () => {
  expect(core('hb-16')).toEqual({
    name: '政府绿色采购比例', target: '≥80', unit: '%', direction: 'higher', property: null,
    lead: ['财政局'], coop: [],
  });
  expect(indicator('hb-16').category).toBe('人居环境改善');
  expect(core('hb-20')).toEqual({
    name: '公众对生态文明知识知晓度', target: '≥80', unit: '%', direction: 'higher', property: null,
    lead: ['综合办公室', '宝山环保分局'], coop: [],
  });
  expect(indicator('hb-20').category).toBe('观念意识普及');
  // Only 生态保护红线 states its own year ("确保在2023年年底前完成生态红线划定"); the plan-wide "力争到2023年底"
  // of 二、工作目标 is not copied onto every indicator. The plan states no 约束性/参考性.
  expect(indicator('hb-01').year).toBe(2023);
  for (const i of catalog?.indicators ?? []) {
    if (i.id !== 'hb-01') expect(i.year).toBeNull();
    expect(i.property).toBeNull();
  }
});
