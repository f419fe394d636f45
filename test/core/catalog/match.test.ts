import type { Catalog } from '../../../src/core/types';
import { cleanIndicatorName, matchIndicator, similarity } from '../../../src/core/catalog/match';
import { parseCatalog } from '../../../src/core/catalog/load';
import { CoreError } from '../../../src/core/errors';

const base = { target: '≥1', lead: [], coop: [], sourceText: 'x' };
const catalog: Catalog = {
  id: 'test',
  title: 't',
  indicators: [
    { ...base, id: 'a', name: '单位GDP能耗', aliases: ['万元地区生产总值能耗'] },
    { ...base, id: 'b', name: '城镇污水处理率' },
    { ...base, id: 'c', name: '集中式饮用水水源地水质优良比例' },
  ],
};

test('cleanIndicatorName drops numbering and trailing brackets', () => {
  expect(cleanIndicatorName('3. 城镇污水处理率(%)')).toBe('城镇污水处理率');
  expect(cleanIndicatorName('(二)单位GDP能耗（约束性）')).toBe('单位GDP能耗');
  expect(cleanIndicatorName('一、生态空间')).toBe('生态空间');
});

test('exact, alias and Traditional names match with full confidence', () => {
  expect(matchIndicator('单位 GDP 能耗', catalog)).toMatchObject({ kind: 'exact', confidence: 1, indicator: { id: 'a' } });
  expect(matchIndicator('單位ＧＤＰ能耗', catalog)).toMatchObject({ kind: 'exact', indicator: { id: 'a' } });
  expect(matchIndicator('万元地区生产总值能耗', catalog)).toMatchObject({ kind: 'alias', indicator: { id: 'a' } });
});

test('a similar name is a fuzzy match with its score; an unrelated one is none', () => {
  const m = matchIndicator('城市污水处理率', catalog);
  expect(m).toMatchObject({ kind: 'fuzzy', indicator: { id: 'b' } });
  expect(m!.confidence).toBeGreaterThanOrEqual(0.6);
  expect(m!.confidence).toBeLessThan(1);
  expect(matchIndicator('森林覆盖率', catalog)).toBeNull();
  expect(matchIndicator('', catalog)).toBeNull();
});

test('similarity is symmetric and 1 only for equal keys', () => {
  expect(similarity('城镇污水处理率', '城市污水处理率')).toBeCloseTo(similarity('城市污水处理率', '城镇污水处理率'));
  expect(similarity('ab', 'ab')).toBe(1);
  expect(similarity('甲', '乙')).toBe(0);
});

test('parseCatalog names the field and the reason of a bad catalog', () => {
  const bad = { id: 'x', title: 't', indicators: [{ ...base, id: 'a', name: '甲' }, { ...base, id: 'b', lead: [] }] };
  expect(() => parseCatalog(bad, 'my.json')).toThrow(CoreError);
  try {
    parseCatalog(bad, 'my.json');
  } catch (e) {
    const err = e as CoreError;
    expect(err.code).toBe('bad-catalog');
    expect(err.message).toContain('my.json');
    expect(err.message).toContain('indicators[1].name');
    expect(err.localized('en')).toContain('indicators[1].name');
  }
  expect(() => parseCatalog({ ...catalog, indicators: [...catalog.indicators, catalog.indicators[0]] }, 'dup.json')).toThrow(/duplicate id a/);
  expect(parseCatalog(catalog, 'ok.json').indicators).toHaveLength(3);
});
