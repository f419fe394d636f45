// The hard parts of reading targets out of a plan, each on a small text written for the test.
import { extractCatalog } from '../../../src/core/extract/extract';
import { catalogSchema } from '../../../src/core/catalog/schema';
import { builtInCatalogs } from '../../../src/catalogs';
import type { CatalogIndicator } from '../../../src/core/types';

function extract(text: string): CatalogIndicator[] {
  return extractCatalog([{ name: 'plan.txt', text }]).catalog.indicators;
}

function only(text: string): CatalogIndicator {
  const found = extract(text);
  expect(found).toHaveLength(1);
  return found[0];
}

const brief = (i: CatalogIndicator) => [i.name, i.target, i.year];

describe('numbers that are scope, not targets', () => {
  test.each([
    '到2021年,全面关停20蒸吨/小时以下燃气锅炉。',
    '年出栏1000头以上的规模养猪场全部配套粪污处理设施。',
    '对日处理能力50吨以上的污水处理设施开展监测。',
    '亩均税收3万元以下企业实施整治提升。',
    '在全国168个重点城市空气质量排名中稳步前移。',
  ])('%s', (text) => {
    expect(extract(text)).toEqual([]);
  });
  test('beside a target in the same sentence', () => {
    const found = extract('到2021年,淘汰20蒸吨/小时以下燃煤锅炉,城市集中供热普及率达到85%以上。');
    expect(found.map(brief)).toEqual([['城市集中供热普及率', '达到85%以上', 2021]]);
  });
  test('dates, PM2.5, document numbers and plan periods give no target', () => {
    expect(extract('依据《某规划(2021-2025年)》(某政发〔2021〕12号),2021年3月1日起实施,重点治理PM2.5和PM10。')).toEqual([]);
  });
});

describe('values before or inside the name', () => {
  test('水质100%达到或优于Ⅲ类', () => {
    const i = only('到2023年,全县地表水考核断面水质100%达到或优于Ⅲ类。');
    expect(brief(i)).toEqual(['地表水考核断面水质达到或优于Ⅲ类比例', '100%', 2023]);
  });
  test('80%的乡镇达到…', () => {
    const i = only('力争75%以上的乡镇达到省级生态乡镇建设标准。');
    expect(i.name).toBe('达到省级生态乡镇建设标准的乡镇比例');
    expect(i.target).toBe('75%以上');
  });
  test('name and value with nothing between (危险废物安全处置率100%)', () => {
    expect(brief(only('3.医疗废物无害化处置率100%。'))).toEqual(['医疗废物无害化处置率', '100%', null]);
  });
});

describe('分别 and 均', () => {
  test('分别 spreads the values over the names, 以上 over all', () => {
    const found = extract('到2022年,城镇、农村污水处理率分别达到95%、70%以上。');
    expect(found.map((i) => [i.name, i.target])).toEqual([
      ['城镇污水处理率', '达到95%以上'],
      ['农村污水处理率', '达到70%以上'],
    ]);
  });
  test('均 gives each name the same target', () => {
    const found = extract('群众对生态环境的满意度和知晓度均不低于85%。');
    expect(found.map((i) => [i.name, i.target])).toEqual([
      ['群众对生态环境的满意度', '不低于85%'],
      ['群众对生态环境的知晓度', '不低于85%'],
    ]);
  });
  test('城乡 with 分别 and two amounts', () => {
    const found = extract('到2025年,城乡居民人均可支配收入分别达到60000元和30000元。');
    expect(found.map((i) => [i.name, i.target])).toEqual([
      ['城镇居民人均可支配收入', '达到60000元'],
      ['农村居民人均可支配收入', '达到30000元'],
    ]);
  });
});

describe('the year of a target', () => {
  test('到2020年 governs until 到2022年 takes over', () => {
    const found = extract('——水环境。到2020年,饮用水水源地水质达标率达到100%,黑臭水体消除比例达到90%;到2022年,黑臭水体消除比例达到100%。');
    expect(found.map((i) => [i.name, i.year])).toEqual([
      ['饮用水水源地水质达标率', 2020],
      ['黑臭水体消除比例', 2020],
      ['黑臭水体消除比例', 2022],
    ]);
  });
  test('the plan horizon in another paragraph and a baseline year are not the year', () => {
    const found = extract('力争到2025年底,各项指标达到国家考核要求。\n1.单位地区生产总值能耗比2020年下降13.5%。\n2.森林覆盖率≥60%。');
    expect(found.map((i) => [i.name, i.target, i.year])).toEqual([
      ['单位地区生产总值能耗下降率', '比2020年下降13.5%', null],
      ['森林覆盖率', '≥60%', null],
    ]);
  });
});

describe('changes versus levels', () => {
  test('下降, 年均增长 and 增加 are changes, with their baseline', () => {
    const found = extract('到2025年,单位GDP二氧化碳排放在2020年基础上下降18%,快递包装回收量年均增长10%以上,公交客运量较2020年增加500万人次。');
    expect(found.map((i) => [i.name, i.target, i.direction])).toEqual([
      ['单位GDP二氧化碳排放下降率', '在2020年基础上下降18%', 'higher'],
      ['快递包装回收量年均增长率', '年均增长10%以上', 'higher'],
      ['公交客运量', '较2020年增加500万人', 'higher'],
    ]);
  });
  test('a level word after a change word is a level (提高到)', () => {
    expect(only('湿地保护率提高到55%以上。').target).toBe('提高到55%以上');
  });
});

describe('one item with two indicators', () => {
  test('each with its own block', () => {
    const found = extract('7.城镇污水处理率≥90%(约束性指标)。(责任单位:县住建局;配合单位:县环保局);工业用水重复率≥85%(参考性指标)。(责任单位:县工信局;配合单位:县水利局)');
    expect(found.map((i) => [i.name, i.property, i.lead, i.coop])).toEqual([
      ['城镇污水处理率', '约束性', ['县住建局'], ['县环保局']],
      ['工业用水重复率', '参考性', ['县工信局'], ['县水利局']],
    ]);
  });
  test('sharing one block', () => {
    const found = extract('8.草原综合植被盖度年增量≥0.5个百分点、林地面积年增幅≥0.1%(约束性指标)。(责任单位:县林草局;配合单位:县自然资源局)');
    expect(found.map((i) => [i.name, i.unit, i.lead])).toEqual([
      ['草原综合植被盖度年增量', '个百分点', ['县林草局']],
      ['林地面积年增幅', '%', ['县林草局']],
    ]);
  });
  test('a block on the next line covers the item above it', () => {
    const found = extract('(二)资源节约\n1.单位地区生产总值用水量≤40立方米/万元。\n责任单位:县水利局,县发改委\n2.秸秆综合利用率≥95%。\n责任单位:县农业农村局');
    expect(found.map((i) => [i.name, i.lead, i.category])).toEqual([
      ['单位地区生产总值用水量', ['县水利局', '县发改委'], '资源节约'],
      ['秸秆综合利用率', ['县农业农村局'], '资源节约'],
    ]);
  });
});

describe('a block on a line of its own', () => {
  test('before the items of its section, when none of them has a block after it', () => {
    const found = extract('(一)水环境\n牵头单位:县生态环境局\n1.断面水质优良比例≥90%。\n2.黑臭水体消除比例≥95%。\n(二)大气环境\n3.优良天数比例≥85%。');
    expect(found.map((i) => [i.name, i.lead])).toEqual([
      ['断面水质优良比例', ['县生态环境局']],
      ['黑臭水体消除比例', ['县生态环境局']],
      ['优良天数比例', []],
    ]);
  });
  test('after an item with no target, the next item keeps its own block', () => {
    const found = extract('3.加强宣传工作。\n责任单位:县委宣传部\n4.公众满意度≥85%。\n责任单位:县统计局');
    expect(found.map((i) => [i.name, i.lead])).toEqual([['公众满意度', ['县统计局']]]);
  });
});

describe('department lists', () => {
  test('、 inside parentheses and 按职责牵头', () => {
    const i = only('确保城镇生活垃圾无害化处理率达到100%。(牵头单位:各县(市、区)人民政府、市城管局按职责牵头)');
    expect(i.lead).toEqual(['各县(市、区)人民政府', '市城管局']);
  });
  test('分别牵头 without a label', () => {
    expect(only('到2025年,农膜回收率达到85%以上。(市农业农村局、市生态环境局分别牵头)').lead).toEqual(['市农业农村局', '市生态环境局']);
  });
});

describe('the same target restated later', () => {
  test('is one indicator, with the block of the first', () => {
    const found = extract('3.第三产业增加值占GDP比重≥45%(指导性指标)。(责任单位:县发改局)\n四、保障措施\n调整产业结构,确保第三产业增加值占GDP比重不低于45%。');
    expect(found).toHaveLength(1);
    expect(found[0].lead).toEqual(['县发改局']);
  });
  test('a different value for the same name and year is kept and marked', () => {
    const found = extract('1.森林覆盖率≥60%。\n2.确保森林覆盖率不低于62%。');
    expect(found).toHaveLength(2);
    expect(found[1].note).toMatch(/置信度低/);
  });
});

describe('Traditional script', () => {
  test('reads as Simplified, with the exact text as written', () => {
    const text = '12、確保城市生活污水集中收集率不低於70%。(牽頭單位:市住房和城鄉建設局、市水利局按職責牽頭)';
    const i = only(text);
    expect([i.name, i.target, i.lead]).toEqual(['城市生活污水集中收集率', '不低于70%', ['市住房和城乡建设局', '市水利局']]);
    expect(text).toContain(i.sourceText);
    expect(i.sourceText).toBe('確保城市生活污水集中收集率不低於70%');
  });
});

describe('the draft', () => {
  test('is valid against the catalog schema, with ids and a note on what is doubtful', () => {
    const result = extractCatalog([{ name: 'Plan-2025.txt', text: '1.优良天数比例≥85%。\n2.占比提升到55%。' }]);
    expect(catalogSchema.safeParse(result.catalog).success).toBe(true);
    expect(result.catalog.id).toBe('plan-2025');
    expect(result.catalog.indicators.map((i) => i.id)).toEqual(['plan-2025-01', 'plan-2025-02']);
    expect(result.confidence.map((c) => c.level)).toEqual(['high', 'low']);
    expect(result.catalog.indicators.map((i) => i.note)).toEqual(['置信度高', '置信度低:名称取自上文']);
  });
  test('every sourceText is the plan as written', () => {
    const text = '一、目标\n1.森林覆盖率≥ 60 %(约束性指标)。\n2.到2020年,城区、农村垃圾分类覆盖面分别达到90%、80%以上。';
    for (const i of extract(text)) expect(text).toContain(i.sourceText);
  });
  test('reads the text, never a built-in catalog: a built-in sentence with another value gives that value', () => {
    const builtIn = builtInCatalogs.find((c) => c.id === 'baoshan-2017')!.indicators[0];
    const text = builtIn.sourceText.replace('6000', '7200');
    const i = only(text);
    expect(i.target).toContain('7200');
    expect(i.lead).toEqual([]);
  });
  test('a text with no target gives no indicator', () => {
    expect(extract('加强组织领导,明确责任分工,形成工作合力。')).toEqual([]);
  });
});

describe('phrasings of other plans', () => {
  test('the year written after the name, twice', () => {
    const found = extract('城市空气质量优良天数比率2021年要达到88%,2025年要达到90%。');
    expect(found.map((i) => [i.name, i.target, i.year])).toEqual([
      ['城市空气质量优良天数比率', '达到88%', 2021],
      ['城市空气质量优良天数比率', '达到90%', 2025],
    ]);
  });
  test('a share of something named between the level word and the number', () => {
    const i = only('生态保护红线面积达到全县国土面积的30%。');
    expect([i.name, i.target]).toEqual(['生态保护红线面积', '达到30%']);
    expect(i.note).toMatch(/限定语/);
  });
  test('及 joins one name when nothing spreads the target', () => {
    expect(only('受污染耕地及建设用地安全利用率达到95%左右。').name).toBe('受污染耕地及建设用地安全利用率');
  });
  test('将 and 得到 around the value', () => {
    expect(only('城区人均公园绿地将达15平方米。').name).toBe('城区人均公园绿地');
    expect(only('到2030年,80%以上的水土流失区得到治理。').name).toBe('得到治理的水土流失区比例');
  });
  test('分别 over Latin names, and over changes', () => {
    expect(extract('到2025年,PM2.5和PM10年均浓度分别控制在35、70微克/立方米以内。').map((i) => [i.name, i.target])).toEqual([
      ['PM2.5年均浓度', '控制在35微克/立方米以内'],
      ['PM10年均浓度', '控制在70微克/立方米以内'],
    ]);
    expect(extract('化学需氧量、氨氮排放总量分别下降10%、12%。').map((i) => i.target)).toEqual(['下降10%', '下降12%']);
  });
  test('其中 names a part of the indicator before it', () => {
    expect(extract('城市生活垃圾回收利用率达到35%以上,其中县城达到30%以上。').map((i) => i.name)).toEqual([
      '城市生活垃圾回收利用率',
      '县城生活垃圾回收利用率',
    ]);
  });
  test('名称:目标, circled numbers, and a year in parentheses after the value', () => {
    expect(extract('(3)城镇污水处理率:≥95%(约束性)').map((i) => [i.name, i.target, i.property])).toEqual([['城镇污水处理率', '≥95%', '约束性']]);
    expect(extract('①森林覆盖率达到65%以上;②湿地保护率不低于50%。').map((i) => i.name)).toEqual(['森林覆盖率', '湿地保护率']);
    expect(only('城镇生活垃圾无害化处理率≥95%(2025年)。').year).toBe(2025);
  });
  test('a block after the sentence on the same line, labelled or in brackets', () => {
    expect(only('1.森林覆盖率≥60%。责任单位:县林业局;配合单位:县自然资源局').lead).toEqual(['县林业局']);
    expect(only('4.规划环评执行率100%。【责任单位】县生态环境局').lead).toEqual(['县生态环境局']);
    const i = only('3.地表水水质优良比例≥90%。\n责任单位:县生态环境局    配合单位:县水利局、县住建局');
    expect([i.lead, i.coop]).toEqual([['县生态环境局'], ['县水利局', '县住建局']]);
  });
  test('a heading 约束性指标 gives the property of the items under it', () => {
    expect(extract('(一)约束性指标\n1.森林覆盖率≥60%。\n(二)预期性指标\n2.城镇化率≥55%。').map((i) => i.property)).toEqual(['约束性', '预期性']);
  });
  test('an amount after a verb that makes something is a target, without a year too', () => {
    expect(extract('新建雨污分流管网12公里,新增绿道30公里。').map((i) => [i.name, i.target])).toEqual([
      ['新建雨污分流管网', '12公里'],
      ['新增绿道', '30公里'],
    ]);
    expect(extract('全县现有污水管网120公里。')).toEqual([]);
  });
  test('a target per region, thousands separators, a change against last year', () => {
    const regional = only('城市污水处理率≥95%(市)、≥85%(县)。');
    expect([regional.name, regional.target, regional.note]).toEqual(['城市污水处理率', '市≥95%;县≥85%', '置信度高']);
    expect(only('1.农村居民人均可支配收入达到50,000元以上。').target).toBe('达到50,000元以上');
    expect(only('森林覆盖率比上年提高2个百分点。').target).toBe('比上年提高2个百分点');
    expect(extract('基本农田保护面积保持在2500亩以上。').map((i) => i.name)).toEqual(['基本农田保护面积']);
  });
});
