import type { ColumnRole } from '../../src/core/types';
import { classifyHeader, headerKey, isNameHeader, looksLikeProperty, mayBeNameHeader } from '../../src/core/headers';

function roleOf(text: string | number): ColumnRole | 'year' | null {
  const meaning = classifyHeader(text);
  if (!meaning) return null;
  return meaning.kind === 'year' ? 'year' : meaning.role;
}

describe('classifyHeader: the vocabulary', () => {
  const vocabulary: [ColumnRole, string[]][] = [
    ['name', ['指标名称', '指标', '考核指标', '指标项', '具体指标', '建设指标', '指标内容']],
    ['seq', ['序号', '编号']],
    ['unit', ['单位', '计量单位', '指标单位']],
    ['target', ['目标值', '指标值', '标准值', '考核要求', '目标', '考核目标', '指标要求', '目标要求', '规划目标', '考核标准', '建设标准']],
    ['value', ['现状值', '完成值', '实际值', '实际完成', '监测值', '现状', '完成数', '实现值', '自评值', '当前值', '数值', '填报值']],
    ['previous', ['上年值', '基准值', '上年', '基期值', '上年完成值']],
    ['property', ['指标属性', '属性', '指标类型', '性质']],
    ['category', ['领域', '类别', '分类', '任务', '系统', '重点领域']],
    ['lead', ['牵头单位', '责任单位', '主责单位', '牵头部门', '责任部门', '牵头责任单位']],
    ['coop', ['配合单位', '协办单位', '参与单位', '配合部门', '协同单位']],
    ['status', ['达标情况', '是否达标', '完成情况', '达标状态', '评价结果']],
    ['note', ['备注', '说明', '上报说明']],
  ];
  test.each(vocabulary)('%s', (role, words) => {
    for (const word of words) expect([word, roleOf(word)]).toEqual([word, role]);
  });

  test('Traditional script, full-width forms, spaces, line breaks and brackets', () => {
    expect(roleOf('指標名稱')).toBe('name');
    expect(roleOf('目標值')).toBe('target');
    expect(roleOf('牽頭單位')).toBe('lead');
    expect(roleOf('現狀值')).toBe('value');
    expect(roleOf('達標情況')).toBe('status');
    expect(roleOf('指 标 名 称')).toBe('name');
    expect(roleOf('指标\n名称')).toBe('name');
    expect(roleOf('　序　号　')).toBe('seq');
    expect(roleOf('牵头单位：')).toBe('lead');
    expect(roleOf('现状值（%）')).toBe('value');
    expect(roleOf('牵头单位(部门)')).toBe('lead');
    expect(roleOf('*备注')).toBe('note');
  });

  test('类型 is the property or the category, left to the table finder', () => {
    expect(classifyHeader('类型')).toMatchObject({ kind: 'role', role: 'property', orCategory: true });
    expect(classifyHeader('類型')).toMatchObject({ orCategory: true });
    expect(classifyHeader('指标类型')).not.toHaveProperty('orCategory');
  });

  test('text that labels no column', () => {
    for (const text of ['森林覆盖率', '生态环境状况指数', '≥95', '约束性', '某市生态文明建设示范市指标自评表', '', '  ']) {
      expect([text, roleOf(text)]).toEqual([text, null]);
    }
    expect(classifyHeader(null)).toBeNull();
    expect(classifyHeader(true)).toBeNull();
    expect(classifyHeader({ error: '#N/A' })).toBeNull();
    expect(classifyHeader('指标'.repeat(30))).toBeNull();
  });
});

describe('classifyHeader: years', () => {
  test('year cells in their usual spellings are year columns', () => {
    const cases: [string | number, number][] = [
      ['2022年', 2022],
      ['2022', 2022],
      ['2022年现状值', 2022],
      ['现状值(2017年)', 2017],
      ['现状值（2017年）', 2017],
      ['2022年完成值', 2022],
      ['2023年度', 2023],
      ['2021年完成情况', 2021],
      [2024, 2024],
      [1990, 1990],
      [2100, 2100],
    ];
    for (const [text, year] of cases) expect([text, classifyHeader(text)]).toEqual([text, { kind: 'year', year }]);
  });

  test('numbers outside 1990–2100, fractions and long numbers are not years', () => {
    for (const value of [1989, 2101, 2022.5, 5, '12022', '2021-2022年', '2022年1-6月']) {
      expect([value, classifyHeader(value)]).toEqual([value, null]);
    }
  });

  test('a target with a year is still the target; a base value with a year is the previous value', () => {
    expect(roleOf('目标值(2020年)')).toBe('target');
    expect(roleOf('2025年目标值')).toBe('target');
    expect(roleOf('2025年规划目标')).toBe('target');
    expect(roleOf('基准值(2015年)')).toBe('previous');
  });

  test('what year cells under a group are', () => {
    expect(classifyHeader('现状值')).toMatchObject({ yearsBelow: 'year' });
    expect(classifyHeader('完成情况')).toMatchObject({ role: 'status', yearsBelow: 'year' });
    expect(classifyHeader('指标值')).toMatchObject({ role: 'target', yearsBelow: 'year' });
    expect(classifyHeader('目标值')).toMatchObject({ yearsBelow: 'target' });
    expect(classifyHeader('达标情况')).toMatchObject({ yearsBelow: 'status' });
  });
});

describe('helpers', () => {
  test('headerKey drops spaces, punctuation and brackets without a year', () => {
    expect(headerKey(' 现状值（单位：%） ')).toBe('现状值');
    expect(headerKey('現狀值(2017年)')).toBe('现状值2017年');
  });

  test('the name-header prefilter and test', () => {
    expect(mayBeNameHeader('指 標 名 稱')).toBe(true);
    expect(mayBeNameHeader('生态环境状况指数')).toBe(false);
    expect(mayBeNameHeader(2022)).toBe(false);
    expect(isNameHeader('指标名称')).toBe(true);
    expect(isNameHeader('指标值')).toBe(false);
  });

  test('property words', () => {
    for (const word of ['约束性', '預期性', '参考性指标', ' 指导性 ']) expect([word, looksLikeProperty(word)]).toEqual([word, true]);
    for (const word of ['生态经济', '', null, 1]) expect([word, looksLikeProperty(word)]).toEqual([word, false]);
  });
});
