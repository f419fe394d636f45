// The year a target is set for: governing phrases, and the years that are not (baselines, dates, periods).
import { governingYears, yearAt } from '../../../src/core/extract/years';

const years = (text: string) => governingYears(text).map((m) => m.year);

describe('governingYears', () => {
  test('到2020年 then 到2022年 in one paragraph', () => {
    const text = '到2020年,甲率达到90%;到2022年,乙率达到95%。';
    const marks = governingYears(text);
    expect(yearAt(marks, text.indexOf('90'))).toBe(2020);
    expect(yearAt(marks, text.indexOf('95'))).toBe(2022);
  });
  test('a baseline is never the target year', () => {
    expect(years('单位GDP能耗在2015年基础上下降15.5%')).toEqual([]);
    expect(years('使用量比2017年下降10%')).toEqual([]);
    expect(years('货运量较2021年增加800万吨')).toEqual([]);
    expect(years('与2019年相比提高5个百分点')).toEqual([]);
  });
  test('dates, periods and a plan year are not target years', () => {
    expect(years('2019年2月22日')).toEqual([]);
    expect(years('(2019年7月—2020年12月)')).toEqual([]);
    expect(years('《规划(2021-2025年)》')).toEqual([]);
    expect(years('2022年度工作方案')).toEqual([]);
  });
  test('a year at the start of a sentence and 年底 count', () => {
    expect(years('2018年建成美丽牧场5个')).toEqual([2018]);
    expect(years('到2022年底,确保比例达到92%以上')).toEqual([2022]);
  });
  test('nothing governs before the first year', () => {
    const text = '甲率100%,到2025年乙率达到60%';
    expect(yearAt(governingYears(text), text.indexOf('100'))).toBeNull();
  });
});
