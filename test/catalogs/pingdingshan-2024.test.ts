// The built-in catalog pingdingshan-2024, made by hand from seed 004
// (平顶山市人民政府办公室关于加强平顶山市生态环境治理体系现代化建设的实施意见, 平政办〔2024〕8号).
import { catalogFile } from './catalog-file';

const SEED = '004_e2055a4ddb3d5305.txt';
const { parsed, indicator } = catalogFile('pingdingshan-2024');
const catalog = parsed.success ? parsed.data : null;

/** The fields a check relies on, for comparing whole indicators. */
function core(id: string) {
  const { name, target, unit, direction, property, lead, coop } = indicator(id);
  return { name, target, unit, direction, property, lead, coop };
}

const ECO = '市生态环境局';

test('the catalog passes the schema', () => {
  if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
  expect(parsed.success).toBe(true);
});

test('id, source and the number of indicators', () => {
  expect(catalog?.id).toBe('pingdingshan-2024');
  expect(catalog?.source).toBe(SEED);
  expect(catalog?.issuer).toBe('平顶山市人民政府办公室');
  expect(catalog?.issued).toBe('2024-03-21');
  // The plan states no count: it is a list of 28 tasks, not an indicator table. Counted from the text:
  // 一、治理目标 gives 11 (2025: 十四五 quality and reduction targets split in two, PM2.5, 优良天数, 重污染天数,
  // 168-city ranking, Ⅲ类水体, 劣V类水体 and 县级黑臭水体 split in two, 受污染耕地; 2027: PM2.5), and the tasks with a
  // threshold or a checkable result give 25 — item 6: 1, 7: 2, 8: 5, 9: 4, 10: 2 (the rest repeats 治理目标),
  // 11: 5, 12: 4, 18: 2. Items 1–5, 13–17 and 19–28 set no threshold. 11 + 25 = 36.
  expect(catalog?.indicators).toHaveLength(36);
  expect(catalog?.indicators.map((i) => i.id)).toEqual(Array.from({ length: 36 }, (_, i) => `pds-${String(i + 1).padStart(2, '0')}`));
});

test('治理目标: comparators from 低于, 达到, 控制在…以下; air goals led by 市生态环境局 (item 6), with a note', () => {
  expect(core('pds-03')).toEqual({
    name: 'PM2.5浓度', target: '<41', unit: '微克/立方米', direction: 'lower', property: null, lead: [ECO], coop: [],
  });
  expect(indicator('pds-03').year).toBe(2025);
  expect(indicator('pds-03').note).toContain('第6项');
  expect(core('pds-04')).toEqual({
    name: '空气质量优良天数比例', target: '75', unit: '%', direction: 'higher', property: null, lead: [ECO], coop: [],
  });
  expect(core('pds-05')).toEqual({
    name: '重度及以上污染天数比例', target: '≤1', unit: '%', direction: 'lower', property: null, lead: [ECO], coop: [],
  });
  expect(indicator('pds-03').category).toBe('治理目标');
});

test('the 2027 PM2.5 goal is its own indicator: a bare number with direction lower', () => {
  expect(core('pds-11')).toEqual({
    name: 'PM2.5浓度', target: '35', unit: '微克/立方米', direction: 'lower', property: null, lead: [ECO], coop: [],
  });
  expect(indicator('pds-11').year).toBe(2027);
});

test('退出后50名 of 168 cities becomes a rank ≤118, with the source wording in the note', () => {
  expect(core('pds-06')).toEqual({
    name: '全国168个重点城市空气质量排名', target: '≤118', unit: '名', direction: 'lower', property: null,
    lead: [ECO], coop: [],
  });
  expect(indicator('pds-06').note).toContain('退出后50名');
  expect(indicator('pds-06').sourceText).toContain('退出后50名');
});

test('劣V类水体 and 黑臭水体: split, listed once, departments from item 10', () => {
  const lead = ['市城市管理局', '市住房和城乡建设局', ECO];
  expect(core('pds-08')).toEqual({ name: '劣V类水体', target: '基本消除', unit: null, direction: 'lower', property: null, lead, coop: [] });
  expect(core('pds-09')).toEqual({
    name: '县级城市及县城建成区黑臭水体', target: '基本消除', unit: null, direction: 'lower', property: null, lead, coop: [],
  });
  expect(core('pds-24')).toEqual({
    name: '较大面积农村黑臭水体', target: '基本消除', unit: null, direction: 'lower', property: null, lead, coop: [],
  });
  const names = (catalog?.indicators ?? []).map((i) => i.name);
  expect(names.filter((n) => n === '劣V类水体')).toHaveLength(1);
  expect(indicator('pds-08').note).toContain('第10项');
});

test('goals without a department keep empty arrays', () => {
  expect(core('pds-10')).toEqual({
    name: '受污染耕地安全利用率', target: '95', unit: '%', direction: 'higher', property: null, lead: [], coop: [],
  });
  expect(core('pds-07')).toEqual({
    name: '省控地表水Ⅲ类水体比例', target: '77.8', unit: '%', direction: 'higher', property: null, lead: [], coop: [],
  });
});

test('item 8: 超过 becomes >, and 分别执行65%、72% is split into two qualitative targets', () => {
  const lead = ['市发展改革委', '市工业和信息化局', '市住房和城乡建设局'];
  expect(core('pds-17')).toEqual({ name: '新能源消费比重', target: '>30', unit: '%', direction: 'higher', property: null, lead, coop: [] });
  expect(core('pds-18')).toEqual({
    name: '新建居住建筑节能标准', target: '全面执行65%节能标准', unit: null, direction: null, property: null, lead, coop: [],
  });
  expect(core('pds-19')).toEqual({
    name: '新建公共建筑节能标准', target: '全面执行72%节能标准', unit: null, direction: null, property: null, lead, coop: [],
  });
  expect(indicator('pds-15').note).toContain('分别牵头');
});

test('item 9: a target relative to 2021, and 公铁、铁水 split with the same threshold', () => {
  expect(core('pds-21')).toEqual({
    name: '铁路货运量(含发送和到达)', target: '较2021年增加800万吨', unit: '万吨', direction: 'higher', property: null,
    lead: ['市交通运输局'], coop: [],
  });
  expect(indicator('pds-21').note).toContain('增加量');
  expect(core('pds-22')).toMatchObject({ target: '≥15', unit: '%', direction: 'higher', lead: ['市交通运输局'] });
  expect(core('pds-23')).toEqual({
    name: '集装箱铁水联运量年均增长率', target: '≥15', unit: '%', direction: 'higher', property: null,
    lead: ['市交通运输局'], coop: [],
  });
});

test('item 11: a range, a bare count with its unit, and 以上', () => {
  const lead = ['市水利局', '市林业局', ECO];
  expect(core('pds-26')).toEqual({ name: '示范性美丽河湖', target: '1~2', unit: '个', direction: 'higher', property: null, lead, coop: [] });
  expect(core('pds-27')).toEqual({ name: '幸福河湖', target: '28', unit: '条(座)', direction: 'higher', property: null, lead, coop: [] });
  expect(core('pds-30')).toEqual({ name: '重点河流断面达标率', target: '≥90', unit: '%', direction: 'higher', property: null, lead, coop: [] });
});

test('item 12: 分别达到43%、83%以上 split in two', () => {
  const lead = ['市农业农村局', ECO];
  expect(core('pds-31')).toEqual({ name: '农药化肥综合利用率', target: '≥43', unit: '%', direction: 'higher', property: null, lead, coop: [] });
  expect(core('pds-32')).toEqual({ name: '畜禽粪污综合利用率', target: '≥83', unit: '%', direction: 'higher', property: null, lead, coop: [] });
  expect(core('pds-34')).toEqual({ name: '农村生活污水治理率', target: '52', unit: '%', direction: 'higher', property: null, lead, coop: [] });
});

test('item 18: 通过 验收, and a trend without a number; a company as lead', () => {
  const lead = [ECO, '平煤神马集团'];
  expect(core('pds-35')).toEqual({ name: '省级“无废城市”验收', target: '通过', unit: null, direction: null, property: null, lead, coop: [] });
  expect(indicator('pds-35').year).toBe(2025);
  expect(core('pds-36')).toEqual({ name: '固体废物回填比例', target: '逐步提高', unit: null, direction: 'higher', property: null, lead, coop: [] });
  expect(indicator('pds-36').category).toBe('健全生态环境治理监管体系');
});

test('the plan states no property for any indicator', () => {
  for (const i of catalog?.indicators ?? []) expect(i.property).toBeNull();
});
