import { catalogFile } from './catalog-file';

const { parsed, catalog, indicator } = catalogFile('lishui-liandu-2018');

const noDepartments = { property: null, lead: [], coop: [] };

test('the catalog passes the schema', () => {
  if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
  expect(parsed.success).toBe(true);
});

test('top-level fields', () => {
  expect(catalog()).toMatchObject({
    id: 'lishui-liandu-2018',
    title: '莲都区生态文明示范创建行动实施方案',
    issuer: '丽水市莲都区人民政府办公室',
    issued: '2018-12-12', // the date under the notice (落款); the page lists 发布日期 2018-12-17
    source: '002_6b9292b81aacdb14.txt',
    version: '1',
  });
});

test('indicator count: 48 from the 具体目标 list, 34 quantified targets from the task sections', () => {
  // The plan has no indicator table and states no count. Our count:
  // - 一(二)主要目标, "具体目标如下": the eight "——" paragraphs give 48 indicators (ll-01 … ll-48). A target
  //   that has both a 2020 and a 2022 value is two indicators; sentences that join two indicators
  //   (饮用水水源地 + 交接断面, 城乡居民收入, 城区/农村覆盖面) are split. Statements with no measurable
  //   object or end state (空气质量稳步改善, 土壤环境安全得到基本保障, 自然生态系统稳定性有效提升,
  //   乡村振兴排头兵效应初步显现, 公共服务均等化水平明显提升 …) are not indicators.
  // - 二 … 九 (the tasks): every target with a number to reach, with 全部/所有, or with a trend word
  //   (生态保护红线 不降低/不减少/不改变) gives 34 more (ll-49 … ll-82). Numbers that only define a class
  //   (10蒸吨/小时以下燃煤锅炉, 存栏500头以上) are not targets.
  const ids = catalog().indicators.map((i) => i.id);
  expect(ids).toHaveLength(82);
  expect(ids).toEqual(Array.from({ length: 82 }, (_, i) => `ll-${String(i + 1).padStart(2, '0')}`));

  const count = (category: string) => catalog().indicators.filter((i) => i.category === category).length;
  expect(count('空气环境质量')).toBe(3);
  expect(count('水环境质量')).toBe(5);
  expect(count('土壤环境质量')).toBe(5);
  expect(count('固废污染防治')).toBe(6);
  expect(count('生态保护建设')).toBe(6);
  expect(count('绿色生产生活')).toBe(13);
  expect(count('绿色发展成效')).toBe(4);
  expect(count('乡村振兴战略')).toBe(6);
  expect(count('大力推进绿色发展,推动形成绿色生产生活方式')).toBe(3);
  expect(count('坚决打赢蓝天保卫战,稳步改善环境空气质量')).toBe(2);
  expect(count('高标准推进“五水共治”,持续提升水环境质量')).toBe(22);
  expect(count('着力落实“净土”行动,有效遏制土壤污染趋势')).toBe(1);
  expect(count('加大生态保护与修复力度,促进人与自然和谐共生')).toBe(6);
});

test('the plan names no departments and states no indicator property', () => {
  for (const i of catalog().indicators) expect(i).toMatchObject(noDepartments);
});

test('ll-01 PM2.5: a bare number on a concentration is lower-is-better', () => {
  expect(indicator('ll-01')).toMatchObject({
    name: '市区细颗粒物(PM2.5)年均浓度',
    aliases: ['细颗粒物(PM2.5)年均浓度', 'PM2.5年均浓度'],
    category: '空气环境质量',
    unit: '微克/立方米',
    target: '32',
    direction: 'lower',
    year: 2020,
    ...noDepartments,
    sourceText: '到2020年,市区细颗粒物(PM2.5)年均浓度达到32微克/立方米',
  });
});

test('ll-07 / ll-08: one 100%-达标 sentence holds two indicators', () => {
  const shared = { category: '水环境质量', unit: '%', target: '100%', direction: 'higher', year: 2020, ...noDepartments };
  expect(indicator('ll-07')).toMatchObject({ name: '县级以上饮用水水源地水质达标率', ...shared });
  expect(indicator('ll-08')).toMatchObject({ name: '跨行政区域河流交接断面水质达标率', ...shared });
  expect(indicator('ll-07').sourceText).toBe(indicator('ll-08').sourceText);
});

test('ll-10 … ll-13: 2020 and 2022 values of the same indicators', () => {
  expect(indicator('ll-10')).toMatchObject({ name: '受污染耕地安全利用率', target: '≥92', unit: '%', year: 2020 });
  expect(indicator('ll-11')).toMatchObject({ name: '污染地块安全利用率', target: '≥92', unit: '%', year: 2020 });
  expect(indicator('ll-12')).toMatchObject({ name: '污染地块安全利用率', target: '≥93', unit: '%', year: 2022 });
  expect(indicator('ll-13')).toMatchObject({ name: '受污染耕地安全利用率', target: '≥93', unit: '%', year: 2022 });
});

test('ll-16 危险废物规范化管理达标率: 达到95% is a bare number', () => {
  expect(indicator('ll-16')).toMatchObject({
    name: '危险废物规范化管理达标率',
    category: '固废污染防治',
    unit: '%',
    target: '95',
    direction: 'higher',
    year: 2020,
    ...noDepartments,
  });
});

test('ll-26 能源消耗总量年均增长: 不超过 is ≤, lower-is-better', () => {
  expect(indicator('ll-26')).toMatchObject({
    name: '能源消耗总量年均增长',
    category: '绿色生产生活',
    unit: '%',
    target: '≤2.6',
    direction: 'lower',
    year: 2020,
    ...noDepartments,
    sourceText: '到2020年,能源消耗总量年均增长不超过2.6%',
  });
});

test('ll-27 单位GDP能耗下降率 is higher-is-better; ll-33 单位GDP能耗 is a 2022 trend', () => {
  expect(indicator('ll-27')).toMatchObject({
    name: '单位GDP能耗下降率',
    aliases: ['单位地区生产总值能耗下降率', '单位GDP能耗降低率'],
    unit: '%',
    target: '15.5',
    direction: 'higher',
    year: 2020,
    ...noDepartments,
    sourceText: '单位GDP能耗在2015年基础上下降15.5%',
  });
  expect(indicator('ll-27').note).toContain('2015年');
  expect(indicator('ll-33')).toMatchObject({
    name: '单位GDP能耗',
    aliases: ['单位地区生产总值能耗'],
    unit: null,
    target: '进一步下降',
    direction: 'lower',
    year: 2022,
  });
});

test('ll-29 / ll-30: 分别达到90%、80%以上 reads 以上 for both', () => {
  const shared = { category: '绿色生产生活', unit: '%', direction: 'higher', year: 2020, ...noDepartments };
  expect(indicator('ll-29')).toMatchObject({ name: '城区生活垃圾分类覆盖面', target: '≥90', ...shared });
  expect(indicator('ll-30')).toMatchObject({ name: '农村生活垃圾分类覆盖面', target: '≥80', ...shared });
  expect(indicator('ll-29').note).toContain('以上');
});

test('ll-38: 资源化利用率基本达100% keeps 100% and explains 基本 in the note', () => {
  expect(indicator('ll-38')).toMatchObject({
    name: '城乡生活垃圾资源化利用率',
    unit: '%',
    target: '100%',
    direction: 'higher',
    year: 2022,
    sourceText: '资源化利用率基本达100%',
  });
  expect(indicator('ll-38').note).toContain('基本');
});

test('ll-39 … ll-42: 城乡居民收入 split into 城镇 and 农村, for 2020 and 2022', () => {
  const shared = { category: '绿色发展成效', unit: '元', direction: 'higher', ...noDepartments };
  expect(indicator('ll-39')).toMatchObject({ name: '城镇居民人均可支配收入', target: '50000', year: 2020, ...shared });
  expect(indicator('ll-40')).toMatchObject({ name: '农村居民人均可支配收入', target: '24000', year: 2020, ...shared });
  expect(indicator('ll-41')).toMatchObject({ name: '城镇居民人均可支配收入', target: '57700', year: 2022, ...shared });
  expect(indicator('ll-42')).toMatchObject({ name: '农村居民人均可支配收入', target: '33400', year: 2022, ...shared });
});

test('ll-48 村集体经济总收入: 10万元以上 in 万元', () => {
  expect(indicator('ll-48')).toMatchObject({
    name: '村集体经济总收入',
    category: '乡村振兴战略',
    unit: '万元',
    target: '≥10',
    direction: 'higher',
    year: 2020,
    ...noDepartments,
    sourceText: '村集体经济总收入都达到10万元以上',
  });
});

test('ll-50 / ll-61: the same 2018 task appears twice, written 25家 and 25家以上', () => {
  expect(indicator('ll-50')).toMatchObject({ name: '整治“低散乱”企业(作坊)', unit: '家', target: '25', year: 2018 });
  expect(indicator('ll-61')).toMatchObject({ name: '整治“低散乱”企业(作坊)', unit: '家', target: '≥25', year: 2018 });
  expect(indicator('ll-61').note).toContain('ll-50');
});

test('ll-58 and ll-78: a qualitative target and a trend target from the task sections', () => {
  expect(indicator('ll-58')).toMatchObject({
    name: '镇(街道)“污水零直排区”创建',
    unit: null,
    target: '所有镇(街道)完成',
    direction: null,
    year: 2022,
    ...noDepartments,
  });
  expect(indicator('ll-78')).toMatchObject({
    name: '生态保护红线面积',
    category: '加大生态保护与修复力度,促进人与自然和谐共生',
    unit: null,
    target: '不减少',
    direction: 'higher',
    year: null,
    ...noDepartments,
  });
});

test('every sourceText is a single trimmed line of at most 300 characters', () => {
  for (const i of catalog().indicators) {
    expect(i.sourceText).not.toMatch(/\n/);
    expect(i.sourceText).toBe(i.sourceText.trim());
    expect(i.sourceText.length).toBeLessThanOrEqual(300);
  }
});
