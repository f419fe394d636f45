import { catalogFile } from './catalog-file';

const { parsed, catalog, indicator } = catalogFile('baoshan-2017');

test('the catalog passes the schema', () => {
  if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
  expect(parsed.success).toBe(true);
});

test('top-level fields', () => {
  expect(catalog()).toMatchObject({
    id: 'baoshan-2017',
    title: '保山市申报创建省级生态文明市工作方案',
    issuer: '中共保山市委办公室、保山市人民政府办公室',
    issued: '2017-03-27',
    source: '003_1ebf203d13308b2c.txt',
    version: '1',
  });
});

test('indicator count: 18 建设指标 items as 22 indicators, plus 6 基本条件', () => {
  // The plan (二、工作任务及分工) states "6项基本条件,18项建设指标", and the headings count the items
  // 发展生态经济(5 项) + 生态环境保护(11 项) + 社会进步(2 项) = 18. Items 4, 6, 12 and 14 each hold two
  // indicators with their own thresholds, so the 18 items give 22 indicators (bs-04a/b, bs-06a/b,
  // bs-12a/b, bs-14a/b). All 6 基本条件 name departments, so they are included as bs-b1 … bs-b6.
  // Item 14's second indicator joins another quantity with 且 (无危险废物排放): its own indicator, bs-14c.
  const ids = catalog().indicators.map((i) => i.id);
  const building = ids.filter((id) => /^bs-\d{2}[ab]?$/.test(id));
  expect(ids.filter((id) => /^bs-\d{2}c$/.test(id))).toEqual(['bs-14c']);
  const items = new Set(building.map((id) => id.slice(0, 5)));
  expect(items.size).toBe(18);
  expect(building).toHaveLength(22);
  expect(ids.filter((id) => /^bs-b\d$/.test(id))).toEqual(['bs-b1', 'bs-b2', 'bs-b3', 'bs-b4', 'bs-b5', 'bs-b6']);
  expect(ids).toHaveLength(29);
});

test('ids follow the plan item numbers', () => {
  expect(indicator('bs-02').name).toBe('第三产业占GDP比例');
  expect(indicator('bs-03').name).toBe('单位GDP能耗');
  expect(indicator('bs-05').name).toBe('应当实施强制性清洁生产审核企业通过评估或验收的比例');
  expect(indicator('bs-18').name).toBe('公众对环境的满意率');
  const cats = catalog().indicators.map((i) => i.category);
  expect(cats.filter((c) => c === '发展生态经济')).toHaveLength(6); // 5 items, item 4 split
  expect(cats.filter((c) => c === '生态环境保护')).toHaveLength(15); // 11 items, items 6, 12, 14 split, 14's 且 quantity
  expect(cats.filter((c) => c === '社会进步')).toHaveLength(2);
  expect(cats.filter((c) => c === '基本条件')).toHaveLength(6);
});

test('bs-03 单位GDP能耗 is the DESIGN §5 example', () => {
  expect(indicator('bs-03')).toMatchObject({
    name: '单位GDP能耗',
    aliases: ['单位地区生产总值能耗'],
    category: '发展生态经济',
    unit: '吨标煤/万元',
    target: '≤1.1',
    direction: 'lower',
    property: '约束性',
    year: null,
    lead: ['市工业信息化委'],
    coop: ['市发展改革委', '市环境保护局', '市统计局'],
    sourceText: '单位GDP 能耗≤1.1 吨标煤/万元(约束性指标)',
  });
});

test('item 4 is two indicators with their own departments', () => {
  expect(indicator('bs-04a')).toMatchObject({
    name: '单位工业增加值新鲜水耗',
    unit: 'm3/万元',
    target: '≤30',
    direction: 'lower',
    property: '约束性',
    lead: ['市工业信息化委'],
    coop: ['市水务局', '市统计局', '市环境保护局'],
  });
  expect(indicator('bs-04b')).toMatchObject({
    name: '农业灌溉水有效利用系数',
    unit: null,
    target: '≥0.50',
    direction: 'higher',
    property: '约束性',
    lead: ['市水务局'],
    coop: ['市农业局', '市统计局'],
  });
});

test('item 6 shares its property and departments between its two indicators', () => {
  const shared = { property: '约束性', lead: ['市林业局'], coop: ['市国土资源局', '市统计局'], category: '生态环境保护' };
  expect(indicator('bs-06a')).toMatchObject({ ...shared, name: '森林覆盖率年增量', unit: '个百分点', target: '≥0.3', direction: 'higher' });
  expect(indicator('bs-06b')).toMatchObject({ ...shared, name: '林地面积年增幅', unit: '%', target: '≥0.05', direction: 'higher' });
});

test('100% targets and the one 牵头单位 item', () => {
  expect(indicator('bs-05')).toMatchObject({ unit: '%', target: '100%', direction: 'higher', property: '约束性', lead: ['市环境保护局'], coop: ['市工业信息化委'] });
  expect(indicator('bs-11')).toMatchObject({
    name: '集中式饮用水源地水质达标率',
    unit: '%',
    target: '100%',
    direction: 'higher',
    property: '约束性',
    lead: ['生态市创建办'],
    coop: ['市水务局', '市住房城乡建设局', '市林业局', '市国土资源局', '市卫生计生委'],
  });
});

test('qualitative targets keep the plan wording', () => {
  expect(indicator('bs-08')).toMatchObject({ name: '空气环境质量', unit: null, target: '达到功能区标准', direction: null, property: '约束性', lead: ['市环境保护局'], coop: ['市住房城乡建设局', '市公安局', '市工业信息化委'] });
  expect(indicator('bs-09')).toMatchObject({ name: '水环境质量', target: '达到功能区标准,过境河流省控以上断面水质不降低', property: '约束性' });
  expect(indicator('bs-10')).toMatchObject({
    name: '主要污染物排放',
    unit: null,
    target: '完成总量控制目标和任务',
    direction: 'lower',
    property: '约束性',
    lead: ['市环境保护局'],
    coop: ['市工业信息化委', '市住房城乡建设局', '市发展改革委'],
  });
});

test('item 14: the second indicator is graded on its number; its 且 condition is an indicator of its own', () => {
  expect(indicator('bs-14a')).toMatchObject({ name: '城镇生活垃圾无害化处理率', unit: '%', target: '≥80', lead: ['市住房城乡建设局'], coop: ['市环境保护局'] });
  const b = indicator('bs-14b');
  expect(b).toMatchObject({
    name: '工业固体废物处置利用率',
    unit: null,
    target: '≥80',
    direction: 'higher',
    property: '约束性',
    lead: ['市环境保护局'],
    coop: ['市工业信息化委', '市统计局'],
  });
  expect(b.note).toContain('单位');
  expect(indicator('bs-14c')).toMatchObject({ name: '危险废物排放', target: '无', property: '约束性', lead: ['市环境保护局'] });
});

test('item 12 splits its departments per indicator', () => {
  expect(indicator('bs-12a')).toMatchObject({ name: '城市污水集中处理率', unit: '%', target: '≥85', lead: ['市住房城乡建设局'], coop: ['市环境保护局'] });
  expect(indicator('bs-12b')).toMatchObject({ name: '工业用水重复率', unit: '%', target: '≥80', lead: ['市工业信息化委'], coop: ['市水务局', '市发展改革委', '市环境保护局'] });
});

test('指导性 indicators and the strict > of 满意率', () => {
  expect(indicator('bs-02')).toMatchObject({ unit: '%', target: '≥40', direction: 'higher', property: '指导性', lead: ['市发展改革委'], coop: ['市商务局', '市统计局'] });
  expect(indicator('bs-17')).toMatchObject({ name: '城镇化水平', target: '≥40', property: '指导性' });
  expect(indicator('bs-18')).toMatchObject({
    unit: '%',
    target: '>90',
    direction: 'higher',
    property: '指导性',
    lead: ['市统计局'],
    coop: ['市委宣传部', '市文化广电新闻出版局', '市环境保护局', '市住房城乡建设局', '市教育局', '市工业信息化委'],
  });
});

test('基本条件: no property, departments expanded, 80% of counties as a bare number', () => {
  for (const i of catalog().indicators.filter((x) => x.category === '基本条件')) {
    expect(i.property ?? null).toBeNull();
    expect(i.lead.length).toBeGreaterThan(0);
  }
  expect(indicator('bs-b2')).toMatchObject({
    lead: ['市委组织部', '生态市创建办'],
    coop: ['各县(市、区)党委', '各县(市、区)政府', '各园区党工委', '各园区管委会', '市创建领导小组成员单位'],
  });
  expect(indicator('bs-b4')).toMatchObject({ unit: '%', target: '80', direction: 'higher', lead: ['各县(市、区)政府'], coop: ['市创建领导小组成员单位'] });
  expect(indicator('bs-b5')).toMatchObject({ name: '生态环境质量', target: '达到优良水平', direction: null });
});

test('targets carry no unit and every bare-number target has a direction', () => {
  for (const i of catalog().indicators) {
    expect(i.target).not.toMatch(/元|吨|m3|m2|个百分点|平方米|立方米/);
    if (/^\d+(\.\d+)?$/.test(i.target)) expect(i.direction).not.toBeNull();
    expect(i.sourceText.length).toBeLessThanOrEqual(300);
    expect(i.sourceText).not.toMatch(/\n/);
  }
});
