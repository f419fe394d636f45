// Regional sub-row labels (山区, 其中:县城, 丘陵地区) and the region a sub-row target names.
import fc from 'fast-check';
import { isRegionLabel, regionLabel, regionPartText } from '../../src/core/sub-rows';

test.each(['山区', '山區', '丘陵地区', '丘陵地區', '平原', '市', '县', '縣城', '其中:县城', '其中：城区', '大城市', '中小城市', '超、特大城市', '东部地区', '西部', '农村', '丘陵区', '高寒区', '半干旱地区', '濕潤地區'])(
  '%s is a region label',
  (name) => expect(isRegionLabel(name)).toBe(true),
);

test.each(['森林覆盖率', '城镇污水处理率', '山区森林覆盖率', '合计', '注:数据来源', '县级以上饮用水水源地水质达标率', ''])('%s is not', (name) => {
  expect(isRegionLabel(name)).toBe(false);
});

test('labels lose 其中; targets name their region', () => {
  expect(regionLabel('其中:县城')).toBe('县城');
  expect(regionPartText('丘陵≥40')).toMatchObject({ region: '丘陵', threshold: { kind: 'compare', op: '>=', value: 40 } });
  expect(regionPartText('≥40(丘陵)')).toMatchObject({ region: '丘陵' });
  expect(regionPartText('≥40')).toBeNull();
  expect(regionPartText('不低于40')).toBeNull();
});

test('never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), (s) => {
      isRegionLabel(s);
      regionLabel(s);
      regionPartText(s);
    }),
    { numRuns: 2000 },
  );
});
