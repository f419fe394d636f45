// The built-in catalog of seed 001 (唐山市创建国家生态文明建设示范市2022年度工作方案), checked against the schema
// and against the plan text it was made from.
import { readFileSync } from 'fs';
import { join } from 'path';
import { catalogSchema } from '../../src/core/catalog/schema';
import { parseCatalog } from '../../src/core/catalog/load';
import { matchIndicator } from '../../src/core/catalog/match';
import { nameKey, normalizeText } from '../../src/core/text';

interface Indicator {
  id: string;
  name: string;
  aliases?: string[];
  category?: string | null;
  unit?: string | null;
  target: string;
  direction?: 'higher' | 'lower' | null;
  property?: string | null;
  year?: number | null;
  lead: string[];
  coop: string[];
  sourceText: string;
  note?: string | null;
}

const json: unknown = JSON.parse(readFileSync(join(__dirname, '../../src/catalogs/tangshan-2022.json'), 'utf8'));
const catalog = json as { id: string; title: string; source: string; indicators: Indicator[] };

function byId(id: string): Indicator {
  const found = catalog.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The fields a spot check compares, so that a whole indicator is asserted at once. */
function essentials(i: Indicator) {
  return {
    name: i.name,
    target: i.target,
    unit: i.unit ?? null,
    direction: i.direction ?? null,
    property: i.property ?? null,
    year: i.year ?? null,
    lead: i.lead,
    coop: i.coop,
  };
}


test('the catalog passes the schema', () => {
  const result = catalogSchema.safeParse(json);
  if (!result.success) console.error(JSON.stringify(result.error.issues, null, 2));
  expect(result.success).toBe(true);
});

test('top-level fields', () => {
  expect(catalog.id).toBe('tangshan-2022');
  expect(catalog.title).toBe('唐山市创建国家生态文明建设示范市2022年度工作方案');
  expect(catalog.source).toBe('001_72ac9cf26d93c402.txt');
  expect(json).toMatchObject({ issuer: '唐山市人民政府办公室', issued: '2022-04-15', version: '1' });
});

test('indicator count and ids in the plan order', () => {
  // The plan states no count. Its 38 numbered tasks (三、主要任务) give 60 indicators: each 确保… clause or
  // stated threshold, one indicator per measure when a clause names several (优良天数比例和PM2.5浓度下降幅度,
  // 满意度和参与度, …), and, for a paragraph with its own lead department that sets no threshold, the
  // requirements it states (离任审计, 河湖长制/林长制/流域长制, 负债表, 名录制度 …).
  expect(catalog.indicators).toHaveLength(60);
  catalog.indicators.forEach((indicator, i) => expect(indicator.id).toBe(`ts-${String(i + 1).padStart(2, '0')}`));
});

test('the plan names no property and no cooperating department', () => {
  for (const indicator of catalog.indicators) {
    expect(indicator.property ?? null).toBeNull();
    expect(indicator.coop).toEqual([]);
    expect(indicator.lead.length).toBeGreaterThan(0);
  }
});

test('spot checks of whole indicators', () => {
  expect(essentials(byId('ts-01'))).toEqual({
    name: '地方党政干部实绩考核评分标准中生态文明建设工作所占的比例',
    target: '≥20', unit: '%', direction: 'higher', property: null, year: null,
    lead: ['市委组织部'], coop: [],
  });
  // Eleven lead departments, abbreviated as the plan writes them.
  expect(essentials(byId('ts-13'))).toEqual({
    name: '规划环评执行率', target: '100%', unit: '%', direction: 'higher', property: null, year: null,
    lead: ['市生态环境局', '市发改委', '市工信局', '市自然资源和规划局', '市农业农村局', '市交通局', '市文旅局',
      '市水利局', '市住建局', '市城管执法局', '市港航局'],
    coop: [],
  });
  // One clause, two indicators.
  expect(essentials(byId('ts-17'))).toEqual({
    name: 'PM2.5浓度下降幅度', target: '完成国家及省定考核目标任务并保持稳定或持续改善', unit: null,
    direction: 'higher', property: null, year: null, lead: ['市生态环境局'], coop: [],
  });
  expect(byId('ts-16').name).toBe('优良天数比例');
  expect(byId('ts-16').sourceText).toBe(byId('ts-17').sourceText);
  // 全域无劣Ⅴ类和黑臭水体: two absences, the 按职责牵头 list repeated on each.
  for (const [id, name] of [['ts-19', '劣Ⅴ类水体'], ['ts-20', '黑臭水体']] as const) {
    expect(essentials(byId(id))).toEqual({
      name, target: '无', unit: null, direction: 'lower', property: null, year: null,
      lead: ['市生态环境局', '市水利局', '市城管执法局'], coop: [],
    });
  }
  // 不低于平原地区18%目标值: the plain-area standard applied to the whole city.
  expect(essentials(byId('ts-25'))).toEqual({
    name: '林草覆盖率', target: '≥18', unit: '%', direction: 'higher', property: null, year: null,
    lead: ['市自然资源和规划局'], coop: [],
  });
  expect(byId('ts-25').note).toContain('平原');
  // A water-use intensity: lower is better, and the note warns about 保持稳定.
  expect(essentials(byId('ts-36'))).toEqual({
    name: '单位地区生产总值用水量', target: '达到省级考核要求并保持稳定或持续改善', unit: null, direction: 'lower',
    property: null, year: null, lead: ['市水利局'], coop: [],
  });
  expect(byId('ts-36').note).toContain('不高于上年');
  // A 下降率 is higher-is-better.
  expect(essentials(byId('ts-37'))).toEqual({
    name: '单位国内生产总值建设用地使用面积下降率', target: '≥4.5', unit: '%', direction: 'higher',
    property: null, year: null, lead: ['市自然资源和规划局'], coop: [],
  });
  // 达到15平方米/人: a bare number, so the direction is required.
  expect(essentials(byId('ts-48'))).toEqual({
    name: '城镇人均公园绿地面积', target: '15', unit: '平方米/人', direction: 'higher', property: null, year: null,
    lead: ['市城管执法局'], coop: [],
  });
  // 到2022年底…达到92%以上; the 2025 target is only in the note.
  expect(essentials(byId('ts-49'))).toEqual({
    name: '城镇新建绿色建筑占城镇新建建筑的比例', target: '≥92', unit: '%', direction: 'higher', property: null,
    year: 2022, lead: ['市住房和城乡建设局'], coop: [],
  });
  expect(byId('ts-49').note).toContain('2025');
  // Names are the plan's, converted character by character (公共運輸 → 公共运输); the mainland word is an alias.
  expect(essentials(byId('ts-51'))).toEqual({
    name: '城市公共运输出行分担率', target: '≥60', unit: '%', direction: 'higher', property: null, year: null,
    lead: ['市城管执法局', '市交通运输局'], coop: [],
  });
  expect(byId('ts-51').sourceText).toBe('確保城市公共運輸出行分擔率不低於60%');
  expect(byId('ts-51').aliases).toContain('城市公共交通出行分担率');
  // 共享腳踏車 stays 脚踏车 (not the Taiwan-to-mainland 自行车, which is an alias).
  expect(byId('ts-50').name).toBe('共享脚踏车150米半径覆盖面积');
  expect(byId('ts-50').aliases).toContain('共享自行车150米半径覆盖面积');
  // 每年至少组织2次.
  expect(essentials(byId('ts-57'))).toEqual({
    name: '每年组织生态文明专题培训或网路培训', target: '≥2', unit: '次', direction: 'higher', property: null,
    year: null, lead: ['市委组织部', '市生态环境局'], coop: [],
  });
  // 满意度和参与度均不低于80%: two indicators with the same seven lead departments.
  const publicLead = ['市生态环境局', '市委宣传部', '市发展改革委', '市自然资源和规划局', '市水利局', '市教育局', '市农业农村局'];
  expect(essentials(byId('ts-59'))).toEqual({
    name: '公众对生态文明建设的满意度', target: '≥80', unit: '%', direction: 'higher', property: null, year: null,
    lead: publicLead, coop: [],
  });
  expect(essentials(byId('ts-60'))).toEqual({
    name: '公众对生态文明建设的参与度', target: '≥80', unit: '%', direction: 'higher', property: null, year: null,
    lead: publicLead, coop: [],
  });
});

test('written fields are already Simplified and half-width; sourceText keeps the Traditional original', () => {
  for (const indicator of catalog.indicators) {
    const fields = [indicator.name, indicator.target, indicator.category ?? '', indicator.unit ?? '', indicator.note ?? '',
      ...(indicator.aliases ?? []), ...indicator.lead, ...indicator.coop];
    for (const field of fields) expect(normalizeText(field)).toBe(field);
    expect(indicator.sourceText.length).toBeLessThanOrEqual(300);
    expect(indicator.sourceText).not.toMatch(/\n/);
  }
  expect(byId('ts-01').sourceText).toContain('黨政幹部');
});

test('names and aliases are unambiguous, and common spellings match', () => {
  const owner = new Map<string, string>();
  for (const indicator of catalog.indicators) {
    for (const name of [indicator.name, ...(indicator.aliases ?? [])]) {
      const key = nameKey(name);
      expect([key, owner.get(key) ?? indicator.id]).toEqual([key, indicator.id]);
      owner.set(key, indicator.id);
    }
  }
  const parsed = parseCatalog(json, 'tangshan-2022.json');
  for (const [name, id] of [
    ['空气质量优良天数比例', 'ts-16'],
    ['河长制', 'ts-05'],
    ['公共交通出行分担率', 'ts-51'],
    ['共享腳踏車150米半徑覆蓋面積', 'ts-50'],
    ['共享自行车150米半径覆盖面积', 'ts-50'],
    ['城市公共運輸出行分擔率', 'ts-51'],
    ['單位地區生產總值用水量', 'ts-36'],
    ['生态环境状况指数', 'ts-24'],
  ] as const) {
    expect(matchIndicator(name, parsed)?.indicator.id).toBe(id);
  }
});
