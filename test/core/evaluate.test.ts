import type { CatalogIndicator, CatalogMatch, IndicatorRow, RawValue } from '../../src/core/types';
import { evaluateRow, parseClaim, severityOf } from '../../src/core/evaluate';
import { splitDepartments } from '../../src/core/departments';

function row(fields: Partial<IndicatorRow> & { value: RawValue }): IndicatorRow {
  return { sheet: '自评表', row: 4, name: '城镇污水处理率', nameCol: 2, valueCol: 7, ...fields };
}

const zh = { lang: 'zh-CN' as const, mode: 'normal' as const };

function indicator(fields: Partial<CatalogIndicator>): CatalogIndicator {
  return { id: 'x-01', name: '城镇污水处理率', target: '≥85', unit: '%', lead: ['市住建局'], coop: [], sourceText: 's', ...fields };
}

function exact(i: CatalogIndicator): CatalogMatch {
  return { indicator: i, kind: 'exact', confidence: 1 };
}

describe('numeric thresholds', () => {
  test('≥ passes at equality, > fails at equality', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: 80 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '>80', unit: '%', value: 80 }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: '≤0.70', unit: '吨标煤/万元', name: '单位GDP能耗', value: 0.7 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '<35', unit: '微克/立方米', name: 'PM2.5年均浓度', value: 35 }), null, zh).status).toBe('fail');
  });

  test('a failing binding indicator is an error with the gap in percentage points and the DESIGN note', () => {
    const f = evaluateRow(row({ target: '≥80%', unit: '%', property: '约束性', value: 72 }), null, zh);
    expect(f).toMatchObject({ status: 'fail', severity: 'error', gap: 8, cell: 'H5', row: 5, property: '约束性' });
    expect(f.message).toBe('未达标:目标≥80%,现状72%,差8个百分点(约束性)');
  });

  test('a failing guiding indicator is a warning; unknown property is an error', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', property: '参考性', value: 70 }), null, zh).severity).toBe('warning');
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: 70 }), null, zh).severity).toBe('error');
  });

  test('a percent-formatted cell is read ×100', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 0.85, valueFormat: '0.0%' }), null, zh);
    expect(f).toMatchObject({ status: 'pass', value: 85 });
  });

  test('a fraction against a percentage target without a % format is unit-suspect', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 0.85 }), null, zh);
    expect(f).toMatchObject({ status: 'review', severity: 'warning', issues: ['unit-suspect'] });
  });

  test('a range, with the gap to the nearest bound', () => {
    expect(evaluateRow(row({ target: '60~80', unit: '%', value: 70 }), null, zh).status).toBe('pass');
    const low = evaluateRow(row({ target: '60~80', unit: '%', value: 55 }), null, zh);
    expect(low).toMatchObject({ status: 'fail', gap: 5 });
    expect(evaluateRow(row({ target: '60~80', unit: '%', value: 81.5 }), null, zh).gap).toBe(1.5);
  });

  test('a bare number takes its direction from the catalog, then the name; unknown is review', () => {
    expect(evaluateRow(row({ target: '95', unit: '%', value: 96 }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '单位GDP能耗', target: '0.7', unit: '吨标煤/万元', value: 0.8 }), null, zh).status).toBe('fail');
    const lowerByCatalog = exact(indicator({ name: '某某指标', direction: 'lower', target: '10', unit: '个' }));
    expect(evaluateRow(row({ name: '某某指标', value: 8 }), lowerByCatalog, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '某某指标', target: '10', unit: '个', value: 8 }), null, zh).status).toBe('review');
  });

  test('text values with units, thousands separators and full-width digits', () => {
    expect(evaluateRow(row({ target: '≥80', unit: '%', value: '８５％' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ name: '人均公园绿地面积', target: '≥11.3', unit: '平方米/人', value: '11.3平方米' }), null, zh).status).toBe('pass');
    const mismatch = evaluateRow(row({ name: '财政投入', target: '≥5000', unit: '元', value: '6000吨' }), null, zh);
    expect(mismatch).toMatchObject({ status: 'review', issues: ['unit-mismatch'] });
  });

  test('a compound target fails on its number and is review otherwise', () => {
    const t = '≥80,且无危险废物排放';
    expect(evaluateRow(row({ target: t, unit: '%', value: 70 }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: t, unit: '%', value: 90 }), null, zh).status).toBe('review');
  });
});

describe('missing, invalid, not applicable', () => {
  test('empty is missing: a warning normally, an error in a return check', () => {
    expect(evaluateRow(row({ target: '≥80', value: null }), null, zh)).toMatchObject({ status: 'missing', severity: 'warning' });
    expect(evaluateRow(row({ target: '≥80', value: '  ' }), null, { ...zh, mode: 'return' })).toMatchObject({
      status: 'missing',
      severity: 'error',
    });
  });

  test('errors, dates and stray text are invalid', () => {
    expect(evaluateRow(row({ target: '≥80', value: { error: '#DIV/0!' } }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: { date: '2023-05-01' } }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: 45000, valueFormat: 'yyyy-mm-dd' }), null, zh).status).toBe('invalid');
    expect(evaluateRow(row({ target: '≥80', value: '待统计局核定' }), null, zh).status).toBe('invalid');
  });

  test('不适用 is na, with severity info', () => {
    expect(evaluateRow(row({ target: '≥80', value: '不适用' }), null, zh)).toMatchObject({ status: 'na', severity: 'info' });
  });
});

describe('trends, qualitative, regional, external', () => {
  test('不降低 compares with the previous value; without one it is review', () => {
    const previous = { col: 6, value: 60 as RawValue };
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 61, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 60, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 59, previous }), null, zh)).toMatchObject({ status: 'fail', gap: 1 });
    expect(evaluateRow(row({ target: '不降低', unit: '%', value: 59 }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '不增加', value: 59, previous }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '高于上年', value: 60, previous }), null, zh).status).toBe('fail');
  });

  test('qualitative targets: yes passes, no fails, anything else is review', () => {
    expect(evaluateRow(row({ target: '达到考核要求', value: '已完成' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '建立', value: '否' }), null, zh).status).toBe('fail');
    expect(evaluateRow(row({ target: '达到考核要求', value: '正在推进' }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '未发生', value: '无' }), null, zh).status).toBe('pass');
    expect(evaluateRow(row({ target: '建立', value: '无' }), null, zh).status).toBe('review');
  });

  test('a per-level target needs the level; with it, the applying part decides', () => {
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, zh).status).toBe('review');
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, { ...zh, region: '县' }).status).toBe('pass');
    expect(evaluateRow(row({ target: '市≥95;县≥85', unit: '%', value: 90 }), null, { ...zh, region: '市' }).status).toBe('fail');
  });

  test('a target relative to an outside figure is review', () => {
    expect(evaluateRow(row({ target: '高于全省平均水平', value: 90 }), null, zh).status).toBe('review');
  });
});

describe('catalog issues', () => {
  test('the workbook target wins, and a different catalog target is target-mismatch', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', value: 82 }), exact(indicator({ target: '≥85' })), zh);
    expect(f.status).toBe('pass');
    expect(f.issues).toContain('target-mismatch');
    expect(f.message).toContain('≥85');
    const same = evaluateRow(row({ target: '≥85%', unit: '%', value: 90 }), exact(indicator({ target: '≥85' })), zh);
    expect(same.issues).toEqual([]);
  });

  test('without a target column the catalog target and unit apply', () => {
    const f = evaluateRow(row({ value: 80 }), exact(indicator({})), zh);
    expect(f).toMatchObject({ status: 'fail', target: '≥85', unit: '%', gap: 5, indicatorId: 'x-01', lead: ['市住建局'] });
  });

  test('a fuzzy match and a lead that disagrees are reported', () => {
    const fuzzy: CatalogMatch = { indicator: indicator({}), kind: 'fuzzy', confidence: 0.7 };
    const f = evaluateRow(row({ name: '城市污水处理率', lead: '市水利局', value: 90 }), fuzzy, zh);
    expect(f.issues).toEqual(expect.arrayContaining(['fuzzy-match', 'lead-mismatch']));
    expect(f.message).toContain('是否指"城镇污水处理率"');
    expect(evaluateRow(row({ lead: '市住建局、市水利局', value: 90 }), exact(indicator({})), zh).issues).toEqual([]);
  });

  test('a claimed 达标 that the numbers contradict is status-mismatch', () => {
    const f = evaluateRow(row({ target: '≥80', unit: '%', status: '达标', value: 70 }), null, zh);
    expect(f.status).toBe('fail');
    expect(f.issues).toEqual(['status-mismatch']);
    expect(evaluateRow(row({ target: '≥80', unit: '%', status: '√', value: 90 }), null, zh).issues).toEqual([]);
    expect(evaluateRow(row({ target: '≥80', unit: '%', status: '未达标', value: 90 }), null, zh).issues).toEqual(['status-mismatch']);
  });
});

test('English messages', () => {
  const f = evaluateRow(row({ target: '≥80', unit: '%', property: '约束性', value: 72 }), null, { ...zh, lang: 'en' });
  expect(f.message).toBe('Fail: target ≥80%, actual 72%, short by 8 percentage points (binding)');
});

test('helpers: departments, claims, severity', () => {
  expect(splitDepartments('市自然资源和规划局、市生态环境局按职责牵头')).toEqual(['市自然资源和规划局', '市生态环境局']);
  expect(splitDepartments('市发改委,市统计局')).toEqual(['市发改委', '市统计局']);
  expect(parseClaim('基本达标')).toBe('pass');
  expect(parseClaim('×')).toBe('fail');
  expect(parseClaim('N/A')).toBe('na');
  expect(parseClaim('见说明')).toBeNull();
  expect(severityOf('review', '约束性', 'return')).toBe('warning');
  expect(severityOf('pass', null, 'normal')).toBe('info');
});
