// One name for several indicators, spread into full names.
import { splitNames } from '../../../src/core/extract/names';

describe('splitNames', () => {
  test('short heads share the tail of the last (城区、农村…)', () => {
    expect(splitNames('城区、农村生活垃圾分类覆盖面', 2, true)).toEqual(['城区生活垃圾分类覆盖面', '农村生活垃圾分类覆盖面']);
    expect(splitNames('农药化肥、畜禽粪污综合利用率', 2, true)).toEqual(['农药化肥综合利用率', '畜禽粪污综合利用率']);
  });
  test('a short last name shares the head of the first (满意度和参与度)', () => {
    expect(splitNames('公众对生态文明建设的满意度和参与度', 0, true)).toEqual(['公众对生态文明建设的满意度', '公众对生态文明建设的参与度']);
  });
  test('a shared head and a shared tail (集装箱公铁、铁水联运量)', () => {
    expect(splitNames('集装箱公铁、铁水联运量', 1, false)).toEqual(['集装箱公铁联运量', '集装箱铁水联运量']);
  });
  test('full names joined by 和 stay whole', () => {
    expect(splitNames('污染地块安全利用率和受污染耕地安全利用率', 0, true)).toEqual(['污染地块安全利用率', '受污染耕地安全利用率']);
    expect(splitNames('饮用水水源地水质和交接断面水质', 0, true)).toEqual(['饮用水水源地水质', '交接断面水质']);
  });
  test('城乡 with two values is 城镇 and 农村', () => {
    expect(splitNames('城乡居民人均可支配收入总量', 2, true)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });
  test('one name stays one', () => {
    expect(splitNames('重度及以上污染天数比例', 1, false)).toBeNull();
    expect(splitNames('政府采购绿色、循环和低碳的产品规模占同类产品政府采购规模的比例', 1, false)).toBeNull();
    expect(splitNames('城市(县城)污水处理率', 1, false)).toBeNull();
  });
  test('a count of values that does not fit the names gives no split', () => {
    expect(splitNames('城区、农村、园区生活垃圾分类覆盖面', 2, true)).toBeNull();
  });
});
