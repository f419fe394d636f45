import { directionFromName } from '../../../src/core/parse/direction';
import { asksForAbsence, parseAnswer } from '../../../src/core/parse/answers';

test.each([
  ['单位GDP能耗', 'lower'],
  ['万元地区生产总值用水量', 'lower'],
  ['PM2.5年均浓度', 'lower'],
  ['细颗粒物(PM2.5)年均浓度', 'lower'],
  ['重污染天数', 'lower'],
  ['化肥施用强度', 'lower'],
  ['劣V类水体比例', 'lower'],
  ['单位国内生产总值二氧化碳排放', 'lower'],
  ['突发环境事件', 'lower'],
  ['单位GDP能耗降低率', 'higher'],
  ['碳排放强度下降', 'higher'],
  ['水土流失治理率', 'higher'],
  ['工业废水排放达标率', 'higher'],
  ['城镇污水处理率', 'higher'],
  ['森林覆盖率', 'higher'],
  ['空气质量优良天数比例', 'higher'],
  ['人均公园绿地面积', 'higher'],
  ['生态环境状况指数', 'higher'],
  ['公众对生态文明建设的满意度', 'higher'],
  ['单位工业用地工业增加值', 'higher'],
  ['能源消耗总量年均增长', 'lower'],
  ['一次性用品的使用率', 'lower'],
  ['清理整顿涉挥发性有机物排放的“散乱污”企业', 'higher'],
  ['某某指标', null],
])('%s is better %s', (name, direction) => {
  expect(directionFromName(name)).toBe(direction);
});

test('answers', () => {
  expect(parseAnswer('已编制')).toEqual({ yes: true });
  expect(parseAnswer('未通过')).toEqual({ yes: false });
  expect(parseAnswer('沒有')).toEqual({ yes: true, absence: true });
  expect(parseAnswer('正在推进')).toBeNull();
  expect(asksForAbsence('未发生重大环境事件')).toBe(true);
  expect(asksForAbsence('无重大环境污染事件')).toBe(true);
  expect(asksForAbsence('建立')).toBe(false);
});
