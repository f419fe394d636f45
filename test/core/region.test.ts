// Choosing the part of a regional target that the region setting names: spellings, levels, containment.
import fc from 'fast-check';
import { regionPartIndex } from '../../src/core/region';

test.each([
  [['城市', '县'], '市', 0],
  [['城市', '县'], '县城', 1],
  [['城市', '县'], '鲁山县', 1],
  [['城市', '县'], '平顶山市', 0],
  [['市', '县'], '縣', 1],
  [['超、特大城市', '大城市', '中小城市'], '超大城市', 0],
  [['超、特大城市', '大城市', '中小城市'], '特大城市', 0],
  [['超、特大城市', '大城市', '中小城市'], '大城市', 1],
  [['超、特大城市', '大城市', '中小城市'], '中等城市', 2],
  [['山区', '丘陵地区', '平原地区'], '丘陵', 1],
  [['山區', '丘陵地區', '平原地區'], '平原地区', 2],
  [['东部地区', '中部地区', '西部地区'], '西部', 2],
  [['山区', '丘陵地区', '平原地区'], '市', -1],
  [['市', '县'], '', -1],
])('%j with %s → %i', (labels, region, index) => {
  expect(regionPartIndex(labels, region)).toBe(index);
});

test('null region names no part; never throws', () => {
  expect(regionPartIndex(['市', '县'], null)).toBe(-1);
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), fc.string({ maxLength: 8 }), (labels, region) => {
      const i = regionPartIndex(labels, region);
      expect(i).toBeGreaterThanOrEqual(-1);
      expect(i).toBeLessThan(labels.length);
    }),
    { numRuns: 2000 },
  );
});
