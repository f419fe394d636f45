import fc from 'fast-check';
import type { Threshold } from '../../../src/core/types';
import { formatThreshold, parseThreshold } from '../../../src/core/parse/threshold';

// Phrasings as they occur in the five plans (../shared/seeds), in catalog form and in the plans' own words.
const cases: [string, Threshold][] = [
  // symbols
  ['≥80%', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
  ['≥85', { kind: 'compare', op: '>=', value: 85 }],
  ['≤0.70', { kind: 'compare', op: '<=', value: 0.7 }],
  ['>5', { kind: 'compare', op: '>', value: 5 }],
  ['<35', { kind: 'compare', op: '<', value: 35 }],
  ['>=90', { kind: 'compare', op: '>=', value: 90 }],
  ['<=1.1', { kind: 'compare', op: '<=', value: 1.1 }],
  ['≧95%', { kind: 'compare', op: '>=', value: 95, unit: '%' }],
  ['≥ 80 %', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
  ['≥８０％', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
  ['≥-5', { kind: 'compare', op: '>=', value: -5 }],
  ['≥6000 元/人(约束性指标)', { kind: 'compare', op: '>=', value: 6000, unit: '元/人' }],
  ['≤1.1 吨标煤/万元(约束性指标)', { kind: 'compare', op: '<=', value: 1.1, unit: '吨标煤/万元' }],
  ['≤30m3/万元', { kind: 'compare', op: '<=', value: 30, unit: 'm3/万元' }],
  ['≥10m2/人', { kind: 'compare', op: '>=', value: 10, unit: 'm2/人' }],
  ['≥0.3 个百分点', { kind: 'compare', op: '>=', value: 0.3, unit: '个百分点' }],
  ['≥70万元/亩', { kind: 'compare', op: '>=', value: 70, unit: '万元/亩' }],
  ['≥3.0%(约束性指标)', { kind: 'compare', op: '>=', value: 3, unit: '%' }],
  ['≥40%(指导性指标)', { kind: 'compare', op: '>=', value: 40, unit: '%' }],
  ['≥0.50(约束性指标)', { kind: 'compare', op: '>=', value: 0.5 }],
  // words before the number
  ['不低于40%', { kind: 'compare', op: '>=', value: 40, unit: '%' }],
  ['不低於80%', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
  ['不少于3万亩', { kind: 'compare', op: '>=', value: 3, unit: '万亩' }],
  ['不小于60', { kind: 'compare', op: '>=', value: 60 }],
  ['至少2个', { kind: 'compare', op: '>=', value: 2, unit: '个' }],
  ['大于等于95%', { kind: 'compare', op: '>=', value: 95, unit: '%' }],
  ['不高于0.5', { kind: 'compare', op: '<=', value: 0.5 }],
  ['不超过2.6%', { kind: 'compare', op: '<=', value: 2.6, unit: '%' }],
  ['年均增长不超过2.6%', { kind: 'change', way: 'up', op: '<=', value: 2.6, unit: '%', annual: true, text: '年均增长不超过2.6%' }],
  ['不大于15', { kind: 'compare', op: '<=', value: 15 }],
  ['大于90', { kind: 'compare', op: '>', value: 90 }],
  ['高于80%', { kind: 'compare', op: '>', value: 80, unit: '%' }],
  ['超过50', { kind: 'compare', op: '>', value: 50 }],
  ['低于41微克/立方米', { kind: 'compare', op: '<', value: 41, unit: '微克/立方米' }],
  ['小于35', { kind: 'compare', op: '<', value: 35 }],
  ['確保生態環境狀況指數(EI)不低於55', { kind: 'compare', op: '>=', value: 55 }],
  ['確保單位國內生產總值建設用地使用面積下降率不低於4.5%', { kind: 'compare', op: '>=', value: 4.5, unit: '%' }],
  // words after the number
  ['95%以上', { kind: 'compare', op: '>=', value: 95, unit: '%' }],
  ['80%及以上', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
  ['50以下', { kind: 'compare', op: '<=', value: 50 }],
  ['35微克/立方米以内', { kind: 'compare', op: '<=', value: 35, unit: '微克/立方米' }],
  ['达到92%以上', { kind: 'compare', op: '>=', value: 92, unit: '%' }],
  ['达60%以上', { kind: 'compare', op: '>=', value: 60, unit: '%' }],
  ['稳定在76%以上', { kind: 'compare', op: '>=', value: 76, unit: '%' }],
  ['提高到50%以上', { kind: 'compare', op: '>=', value: 50, unit: '%' }],
  ['控制在1%以下', { kind: 'compare', op: '<=', value: 1, unit: '%' }],
  ['控制在35以内', { kind: 'compare', op: '<=', value: 35 }],
  ['控制在0.7吨标煤/万元以下', { kind: 'compare', op: '<=', value: 0.7, unit: '吨标煤/万元' }],
  ['控制在1.2', { kind: 'compare', op: '<=', value: 1.2 }],
  ['到2020年达到95%以上', { kind: 'compare', op: '>=', value: 95, unit: '%' }],
  // changes (DESIGN §3): never a level
  ['较2015年下降15%', { kind: 'change', way: 'down', op: '>=', value: 15, unit: '%', baseYear: 2015, text: '较2015年下降15%' }],
  ['集装箱公铁、铁水联运量年均增长15%以上', { kind: 'change', way: 'up', op: '>=', value: 15, unit: '%', annual: true, text: '集装箱公铁、铁水联运量年均增长15%以上' }],
  ['下降10%', { kind: 'change', way: 'down', op: '>=', value: 10, unit: '%', text: '下降10%' }],
  ['在2015年基础上下降15.5%', { kind: 'change', way: 'down', op: '>=', value: 15.5, unit: '%', baseYear: 2015, text: '在2015年基础上下降15.5%' }],
  ['較2021年增加800萬噸', { kind: 'change', way: 'up', op: '>=', value: 800, unit: '万吨', baseYear: 2021, text: '较2021年增加800万吨' }],
  ['增長5個百分點', { kind: 'change', way: 'up', op: '>=', value: 5, unit: '个百分点', text: '增长5个百分点' }],
  ['年均增长15%以上', { kind: 'change', way: 'up', op: '>=', value: 15, unit: '%', annual: true, text: '年均增长15%以上' }],
  ['下降率不低于4.5%', { kind: 'compare', op: '>=', value: 4.5, unit: '%' }],
  ['PM2.5年均浓度≤35', { kind: 'compare', op: '<=', value: 35 }],
  // 100% alone, bare numbers
  ['100%', { kind: 'compare', op: '=', value: 100, unit: '%' }],
  ['達到100%', { kind: 'compare', op: '=', value: 100, unit: '%' }],
  ['达到95', { kind: 'bare', value: 95 }],
  ['95', { kind: 'bare', value: 95 }],
  ['达到32微克/立方米', { kind: 'bare', value: 32, unit: '微克/立方米' }],
  ['達到15平方米/人', { kind: 'bare', value: 15, unit: '平方米/人' }],
  ['提升到55%', { kind: 'bare', value: 55, unit: '%' }],
  ['達到92%', { kind: 'bare', value: 92, unit: '%' }],
  // ranges
  ['60~80', { kind: 'range', min: 60, max: 80 }],
  ['60-80%', { kind: 'range', min: 60, max: 80, unit: '%' }],
  ['60%~80%', { kind: 'range', min: 60, max: 80, unit: '%' }],
  ['6.5至8.5', { kind: 'range', min: 6.5, max: 8.5 }],
  ['控制在1~3个', { kind: 'range', min: 1, max: 3, unit: '个' }],
  // compound
  ['≥80,且无危险废物排放', { kind: 'compare', op: '>=', value: 80, extra: '且无危险废物排放' }],
  ['工业固体废物处置利用率≥80,且无危险废物排放(约束性指标)', { kind: 'compare', op: '>=', value: 80, extra: '且无危险废物排放' }],
  ['≤0.70吨标煤,且能源消耗总量不超过控制', { kind: 'compare', op: '<=', value: 0.7, unit: '吨标煤', extra: '且能源消耗总量不超过控制' }],
  ['不低于4.7万亩(不包括水稻田)', { kind: 'compare', op: '>=', value: 4.7, unit: '万亩' }],
  // trends
  ['不降低', { kind: 'trend', op: '>=', text: '不降低' }],
  ['不下降', { kind: 'trend', op: '>=', text: '不下降' }],
  ['保持稳定', { kind: 'trend', op: '>=', text: '保持稳定' }],
  ['只增不减', { kind: 'trend', op: '>=', text: '只增不减' }],
  ['面积不减少', { kind: 'trend', op: '>=', text: '面积不减少' }],
  ['不增加', { kind: 'trend', op: '<=', text: '不增加' }],
  ['只减不增', { kind: 'trend', op: '<=', text: '只减不增' }],
  ['高于上年', { kind: 'trend', op: '>', text: '高于上年' }],
  ['逐年提高', { kind: 'trend', op: '>', text: '逐年提高' }],
  ['逐年下降', { kind: 'trend', op: '<', text: '逐年下降' }],
  ['低于上年', { kind: 'trend', op: '<', text: '低于上年' }],
  ['不低于上年水平', { kind: 'trend', op: '>=', text: '不低于上年水平' }],
  // qualitative
  ['达到考核要求', { kind: 'qualitative', text: '达到考核要求', absence: false }],
  ['建立', { kind: 'qualitative', text: '建立', absence: false }],
  ['完成上级下达任务', { kind: 'qualitative', text: '完成上级下达任务', absence: false }],
  ['未发生', { kind: 'qualitative', text: '未发生', absence: true }],
  ['逐步降低', { kind: 'qualitative', text: '逐步降低', absence: false }],
  ['达到功能区标准(约束性指标)', { kind: 'qualitative', text: '达到功能区标准', absence: false }],
  ['無重大環境污染事件', { kind: 'qualitative', text: '无重大环境污染事件', absence: true }],
  ['杜绝重特大生态破坏事件', { kind: 'qualitative', text: '杜绝重特大生态破坏事件', absence: true }],
  ['达到国家二级标准', { kind: 'qualitative', text: '达到国家二级标准', absence: false }],
  ['全面执行65%节能标准', { kind: 'qualitative', text: '全面执行65%节能标准', absence: false }],
  ['达到功能区标准,过境河流省控以上断面水质不降低', { kind: 'qualitative', text: '达到功能区标准,过境河流省控以上断面水质不降低', absence: false }],
  ['確保生態保護紅線面積不減少、功能不降低、性質不改變', { kind: 'qualitative', text: '确保生态保护红线面积不减少、功能不降低、性质不改变', absence: false }],
  // per region or level
  ['市≥95;县≥85', { kind: 'regional', parts: [
    { region: '市', threshold: { kind: 'compare', op: '>=', value: 95 } },
    { region: '县', threshold: { kind: 'compare', op: '>=', value: 85 } },
  ] }],
  ['城市≥95%,县城≥85%', { kind: 'regional', parts: [
    { region: '城市', threshold: { kind: 'compare', op: '>=', value: 95, unit: '%' } },
    { region: '县城', threshold: { kind: 'compare', op: '>=', value: 85, unit: '%' } },
  ] }],
  ['山区≥60;丘陵≥40;平原≥18', { kind: 'regional', parts: [
    { region: '山区', threshold: { kind: 'compare', op: '>=', value: 60 } },
    { region: '丘陵', threshold: { kind: 'compare', op: '>=', value: 40 } },
    { region: '平原', threshold: { kind: 'compare', op: '>=', value: 18 } },
  ] }],
  ['城区:100%;农村:99%以上', { kind: 'regional', parts: [
    { region: '城区', threshold: { kind: 'compare', op: '=', value: 100, unit: '%' } },
    { region: '农村', threshold: { kind: 'compare', op: '>=', value: 99, unit: '%' } },
  ] }],
  ['≥95%(城市);≥85%(县)', { kind: 'regional', parts: [
    { region: '城市', threshold: { kind: 'compare', op: '>=', value: 95, unit: '%' } },
    { region: '县', threshold: { kind: 'compare', op: '>=', value: 85, unit: '%' } },
  ] }],
  ['≥95%(城市)；≥85%(縣)', { kind: 'regional', parts: [
    { region: '城市', threshold: { kind: 'compare', op: '>=', value: 95, unit: '%' } },
    { region: '县', threshold: { kind: 'compare', op: '>=', value: 85, unit: '%' } },
  ] }],
  ['山区≥33\n丘陵地区≥22\n平原地区≥16', { kind: 'regional', parts: [
    { region: '山区', threshold: { kind: 'compare', op: '>=', value: 33 } },
    { region: '丘陵地区', threshold: { kind: 'compare', op: '>=', value: 22 } },
    { region: '平原地区', threshold: { kind: 'compare', op: '>=', value: 16 } },
  ] }],
  ['山區≥33\r\n丘陵地區≥22', { kind: 'regional', parts: [
    { region: '山区', threshold: { kind: 'compare', op: '>=', value: 33 } },
    { region: '丘陵地区', threshold: { kind: 'compare', op: '>=', value: 22 } },
  ] }],
  ['市≥95;县(市、区)≥85', { kind: 'regional', parts: [
    { region: '市', threshold: { kind: 'compare', op: '>=', value: 95 } },
    { region: '县(市、区)', threshold: { kind: 'compare', op: '>=', value: 85 } },
  ] }],
  ['超、特大城市≥70;大城市≥60;中小城市≥50', { kind: 'regional', parts: [
    { region: '超、特大城市', threshold: { kind: 'compare', op: '>=', value: 70 } },
    { region: '大城市', threshold: { kind: 'compare', op: '>=', value: 60 } },
    { region: '中小城市', threshold: { kind: 'compare', op: '>=', value: 50 } },
  ] }],
  ['東部地區≥70%、中部地區≥65%、西部地區≥60%,且不低於2015年水平', { kind: 'regional', extra: '且不低于2015年水平', parts: [
    { region: '东部地区', threshold: { kind: 'compare', op: '>=', value: 70, unit: '%' } },
    { region: '中部地区', threshold: { kind: 'compare', op: '>=', value: 65, unit: '%' } },
    { region: '西部地区', threshold: { kind: 'compare', op: '>=', value: 60, unit: '%' } },
  ] }],
  // relative to an outside figure
  ['高于全省平均水平', { kind: 'external', op: '>', text: '高于全省平均水平' }],
  ['不低于所在县(市、区)平均值', { kind: 'external', op: '>=', text: '不低于所在县(市、区)平均值' }],
  ['優於全國平均水平', { kind: 'external', op: '>', text: '优于全国平均水平' }],
  ['不低于2015年水平', { kind: 'external', op: '>=', text: '不低于2015年水平', year: 2015 }],
  ['不低於2015年水平', { kind: 'external', op: '>=', text: '不低于2015年水平', year: 2015 }],
  ['达到全国平均', { kind: 'external', op: '>=', text: '达到全国平均' }],
  // 水平 alone names no outside figure
  ['达到优良水平', { kind: 'qualitative', text: '达到优良水平', absence: false }],
  ['達到優良水平', { kind: 'qualitative', text: '达到优良水平', absence: false }],
  // a quoted target, as pasted from a document
  ['“≥80%”', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
];

describe('every phrasing of the plans parses to its threshold', () => {
  test.each(cases)('%s', (text, expected) => {
    expect(parseThreshold(text)).toEqual(expected);
  });
});

test('empty targets are null', () => {
  expect(parseThreshold('')).toBeNull();
  expect(parseThreshold('   ')).toBeNull();
  expect(parseThreshold(null)).toBeNull();
  expect(parseThreshold(undefined)).toBeNull();
});

describe('formatting', () => {
  test.each([
    ['≥80%', '≥80%'],
    ['不低于80', '≥80'],
    ['95%以上', '≥95%'],
    ['100%', '100%'],
    ['60-80', '60~80'],
    ['≥80,且无危险废物排放', '≥80,且无危险废物排放'],
    ['市≥95;县≥85', '市≥95;县≥85'],
    ['不降低', '不降低'],
  ])('%s is written %s', (text, written) => {
    expect(formatThreshold(parseThreshold(text)!)).toBe(written);
  });

  test('every case formats to text that parses back to the same threshold', () => {
    for (const [, threshold] of cases) expect(parseThreshold(formatThreshold(threshold))).toEqual(threshold);
  });
});

// Characters targets are made of, so that random strings look like real targets often enough to matter.
const targetChar = fc.constantFrom(...'≥≤<>=%~-至以上下内及不低高于超过达到控制在,;:、()市县山区年0123456789.约束性无且吨/万元个'.split(''));

describe('properties', () => {
  const phrase = fc.tuple(
    fc.constantFrom('', '≥', '≤', '>', '<', '不低于', '不超过', '达到', '控制在', '高于', '低于', '至少'),
    fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => Math.round(n * 1000) / 1000)),
    fc.constantFrom('', '%', '吨标煤/万元', '微克/立方米', '平方米/人', '个', '万亩', 'm3/万元'),
    fc.constantFrom('', '以上', '以下', '以内', '及以上'),
    fc.constantFrom('', '(约束性指标)', ',且无危险废物排放', '(参考性)'),
  );

  test('the parser never throws, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        parseThreshold(s);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        parseThreshold(s);
      }),
      { numRuns: 1000 },
    );
  });

  test('format then parse gives the same threshold, for any parsed string', () => {
    const roundTrip = (s: string) => {
      const parsed = parseThreshold(s);
      if (parsed) expect(parseThreshold(formatThreshold(parsed))).toEqual(parsed);
    };
    fc.assert(fc.property(fc.string({ maxLength: 40 }), roundTrip), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: targetChar, maxLength: 24 }), roundTrip), { numRuns: 5000 });
    fc.assert(
      fc.property(phrase, ([before, n, unit, after, extra]) => roundTrip(`${before}${n}${unit}${after}${extra}`)),
      { numRuns: 2000 },
    );
  });

  test('a generated comparator phrase keeps its number', () => {
    fc.assert(
      fc.property(fc.constantFrom('≥', '≤', '>', '<', '不低于', '不超过'), fc.integer({ min: 0, max: 100000 }), (op, n) => {
        const parsed = parseThreshold(`${op}${n}`);
        expect(parsed).toMatchObject({ kind: 'compare', value: n });
      }),
    );
  });
});

describe('regional, change and outside-figure phrasings never throw and round-trip', () => {
  const piece = fc.constantFrom(
    '城市', '县', '山区', '丘陵地区', '超、特大城市', '东部地区', '\n', ';', '、', '(', ')', '≥', '≤', '95', '85%', '以上', '且', '不低于',
    '2015年', '水平', '较2021年', '增加', '下降', '年均', '个百分点', '万吨', '全省平均', '优良', '"', "'", '其中:',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  test('the parser never throws and its output parses back to itself', () => {
    fc.assert(
      fc.property(text, (s) => {
        const parsed = parseThreshold(s);
        if (parsed) expect(parseThreshold(formatThreshold(parsed))).toEqual(parsed);
      }),
      { numRuns: 5000 },
    );
  });
});
