import type { CellRect, RawValue, SheetGrid } from '../../src/core/types';
import { findTables } from '../../src/core/tables';
import { readRows, reportingYear } from '../../src/core/rows';
import { parseCellAddress } from '../../src/core/address';

function rect(range: string): CellRect {
  const [first, last = first] = range.split(':');
  const a = parseCellAddress(first)!;
  const b = parseCellAddress(last)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function sheet(rows: (RawValue | undefined)[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: '自评表', top: 0, left: 0, values: rows.map((r) => r.map((v) => v ?? null)), ...extra };
}

/** The rows of the sheet's only table. */
function rowsOf(s: SheetGrid) {
  const tables = findTables(s);
  expect(tables).toHaveLength(1);
  return readRows(s, tables[0]);
}

describe('readRows', () => {
  test('reads every column of a row, trimmed, with the value cell and its format', () => {
    const s = sheet(
      [
        ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'],
        [1, ' 生态环境 ', ' 森林覆盖率 ', '%', '≥60', '约束性', 0.65, '市林业局 ', '市自然资源局', '达标', '  '],
      ],
      { formats: [[], [null, null, null, null, null, null, '0.0%']] },
    );
    expect(rowsOf(s)).toEqual([
      {
        sheet: '自评表',
        row: 1,
        name: '森林覆盖率',
        nameCol: 2,
        unit: '%',
        target: '≥60',
        property: '约束性',
        category: '生态环境',
        lead: '市林业局',
        coop: '市自然资源局',
        status: '达标',
        valueCol: 6,
        value: 0.65,
        valueFormat: '0.0%',
      },
    ]);
  });

  test('numbers in text columns become text, as Excel shows them', () => {
    const s = sheet(
      [
        ['指标名称', '单位', '目标值', '现状值', '备注'],
        ['森林覆盖率', null, 60, 65, 2023],
        ['城镇污水处理率', null, 0.95, 0.97, 0.1 + 0.2],
        ['生活垃圾无害化处理率', true, { error: '#N/A' }, 99, null],
      ],
      { formats: [[], [], [null, null, '0%', '0%']] },
    );
    expect(rowsOf(s).map((r) => [r.unit, r.target, r.note])).toEqual([
      [undefined, '60', '2023'],
      [undefined, '95%', '0.3'],
      ['TRUE', '#N/A', undefined],
    ]);
  });

  test('rows that are not indicators are skipped', () => {
    const s = sheet([
      ['序号', '指标名称', '目标值', '现状值'],
      [null, null, '≥60', 61], // no name
      [1, '森林覆盖率', '≥60', 61],
      [2, '12', '≥60', 61], // a name cell holding only a number
      [3, 7, '≥60', 61],
      ['序号', '指标名称', '目标值', '现状值'].map((h) => ` ${h} `), // a repeated header
      [4, '城镇污水处理率', '≥85', 90],
      [null, '注：1.数据截至2023年底', null, null],
      [null, '填报人:张三', null, null],
      [null, '合 计', null, 151],
      [null, '審核人：李四', null, null],
    ]);
    // The repeated header starts a table of its own; read both as one to see the row reader skip it.
    const [first] = findTables(s);
    const whole = { ...first, lastRow: 10 };
    expect(readRows(s, whole).map((r) => [r.row, r.name])).toEqual([
      [2, '森林覆盖率'],
      [6, '城镇污水处理率'],
    ]);
  });

  test('section heading rows are skipped and give their category to the rows under them', () => {
    const s = sheet(
      [
        ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位'],
        ['一、生态经济'],
        [1, '单位GDP能耗', '吨标煤/万元', '≤1.1', 1.0, '市发改委'],
        [null, '（二）生態環境'],
        [2, '森林覆盖率', '%', '≥60', 65, '市林业局'],
        ['第三部分 生态人居', null, null, null, null, null],
        [3, '城镇污水处理率', '%', '≥85', 90, '市住建局'],
        ['四', '生态制度'],
        [4, '生态环境保护制度', null, '建立', '是', '市生态环境局'],
        ['五、', null],
        ['生态文化', null, null, null, null, null],
        [5, '公众对生态文明建设的满意度', '%', '≥80', 85, '市委宣传部'],
      ],
      { merges: [rect('A2:F2'), rect('A11:F11')] },
    );
    expect(rowsOf(s).map((r) => [r.row, r.name, r.category])).toEqual([
      [2, '单位GDP能耗', '生态经济'],
      [4, '森林覆盖率', '生態環境'],
      [6, '城镇污水处理率', '生态人居'],
      [8, '生态环境保护制度', '生态制度'],
      [11, '公众对生态文明建设的满意度', '生态文化'],
    ]);
  });

  test('an indicator numbered like a section is kept when its row holds data', () => {
    const s = sheet([
      ['指标名称', '目标值', '现状值'],
      ['(二)空气质量优良天数比例', '≥80', 85],
      ['1.森林覆盖率', null, null],
    ]);
    expect(rowsOf(s).map((r) => r.name)).toEqual(['(二)空气质量优良天数比例', '1.森林覆盖率']);
  });

  test('merged category, lead, coop and property cells are filled down; a blank category continues the one above', () => {
    const s = sheet(
      [
        ['领域', '指标名称', '目标值', '现状值', '指标属性', '牵头单位', '配合单位'],
        ['生态经济', '单位GDP能耗', '≤1.1', 1.0, '约束性', '市发改委', '市统计局'],
        [null, '第三产业占GDP比例', '≥40', 41, null, null, null],
        [null, '森林覆盖率', '≥60', 65, null, '市林业局', null],
        ['生态环境', '城镇污水处理率', '≥85', 90, null, null, null],
      ],
      { merges: [rect('A2:A3'), rect('E2:E5'), rect('F2:F3'), rect('G2:G3')] },
    );
    expect(rowsOf(s).map((r) => [r.name, r.category, r.property, r.lead, r.coop])).toEqual([
      ['单位GDP能耗', '生态经济', '约束性', '市发改委', '市统计局'],
      ['第三产业占GDP比例', '生态经济', '约束性', '市发改委', '市统计局'],
      ['森林覆盖率', '生态经济', '约束性', '市林业局', undefined],
      ['城镇污水处理率', '生态环境', '约束性', undefined, undefined],
    ]);
  });

  test('covered cells echoing their merged value (as some hosts give them) read the same', () => {
    const s = sheet(
      [
        ['领域', '指标名称', '现状值'],
        ['生态经济', '单位GDP能耗', 1.0],
        ['生态经济', '第三产业占GDP比例', 41],
      ],
      { merges: [rect('A2:A3')] },
    );
    expect(rowsOf(s).map((r) => r.category)).toEqual(['生态经济', '生态经济']);
  });

  test('a table without a value column has valueCol -1; a 上年值 column gives the previous value', () => {
    const noValue = sheet([['指标名称', '目标值'], ['森林覆盖率', '≥60']]);
    expect(rowsOf(noValue)[0]).toMatchObject({ valueCol: -1, value: null });
    expect(rowsOf(noValue)[0]).not.toHaveProperty('valueFormat');
    const withPrevious = sheet([['指标名称', '目标值', '上年值', '现状值'], ['森林覆盖率', '不降低', 60, 61]]);
    expect(rowsOf(withPrevious)[0]).toMatchObject({ valueCol: 3, value: 61, previous: { col: 2, value: 60, format: null } });
  });

  test('rows of an Excel table: empty rows inside it are skipped', () => {
    const s = sheet(
      [
        ['指标名称', '目标值', '现状值'],
        ['森林覆盖率', '≥60', 61],
        [],
        ['城镇污水处理率', '≥85', 90],
      ],
      { tables: [{ name: 'T', ...rect('A1:C4') }] },
    );
    expect(rowsOf(s).map((r) => r.row)).toEqual([1, 3]);
  });
});

describe('the reporting year', () => {
  // 现状值 over 2021年 | 2022年 | 2023年; 2023 is filled in one row only.
  function yearSheet(rows: RawValue[][]): SheetGrid {
    return sheet(
      [
        ['指标名称', '目标值', '上年值', '现状值', null, null],
        [null, null, null, '2021年', '2022年', '2023年'],
        ...rows,
      ],
      { merges: [rect('A1:A2'), rect('B1:B2'), rect('C1:C2'), rect('D1:F1')], formats: [[], [], [null, null, null, null, '0.0%']] },
    );
  }

  test('is the latest year with a value in any row; a row empty in it is missing; the year before gives the previous value', () => {
    const s = yearSheet([
      ['森林覆盖率', '≥60', 59, 60, 0.61, null],
      ['城镇污水处理率', '≥85', 88, 89, 90, 91],
    ]);
    const [table] = findTables(s);
    expect(reportingYear(s, table)).toEqual({ year: { col: 5, year: 2023 }, previous: { col: 4, year: 2022 } });
    expect(readRows(s, table).map((r) => [r.name, r.valueCol, r.value, r.valueYear, r.previous])).toEqual([
      ['森林覆盖率', 5, null, 2023, { col: 4, value: 0.61, format: '0.0%', year: 2022 }],
      ['城镇污水处理率', 5, 91, 2023, { col: 4, value: 90, format: null, year: 2022 }],
    ]);
  });

  test('moves back when the latest years are empty everywhere', () => {
    const s = yearSheet([
      ['森林覆盖率', '≥60', 59, 60, 61, null],
      ['城镇污水处理率', '≥85', 88, 89, null, null],
    ]);
    const [table] = findTables(s);
    expect(reportingYear(s, table)).toEqual({ year: { col: 4, year: 2022 }, previous: { col: 3, year: 2021 } });
    expect(readRows(s, table).map((r) => [r.value, r.previous?.value])).toEqual([
      [61, 60],
      [null, 89],
    ]);
  });

  test('the oldest year has no previous year; the 上年值 column stands in', () => {
    const s = yearSheet([['森林覆盖率', '≥60', 59, 60, null, null]]);
    const [table] = findTables(s);
    expect(reportingYear(s, table)).toEqual({ year: { col: 3, year: 2021 }, previous: null });
    expect(readRows(s, table)[0]).toMatchObject({ valueCol: 3, value: 60, valueYear: 2021, previous: { col: 2, value: 59 } });
  });

  test('no year columns: null; year columns all empty: the latest year, unless the table has a value column', () => {
    const plain = sheet([['指标名称', '现状值'], ['森林覆盖率', 61]]);
    expect(reportingYear(plain, findTables(plain)[0])).toBeNull();
    const template = yearSheet([['森林覆盖率', '≥60', null, null, null, null]]);
    const [table] = findTables(template);
    expect(reportingYear(template, table)).toEqual({ year: { col: 5, year: 2023 }, previous: { col: 4, year: 2022 } });
    expect(readRows(template, table)[0]).toMatchObject({ valueCol: 5, value: null, valueYear: 2023 });
    const both = sheet([['指标名称', '现状值', '2022年', '2023年'], ['森林覆盖率', 61, null, null]]);
    expect(reportingYear(both, findTables(both)[0])).toBeNull();
    expect(rowsOf(both)[0]).toMatchObject({ valueCol: 1, value: 61 });
    expect(rowsOf(both)[0]).not.toHaveProperty('valueYear');
  });

  test('a section heading does not count as a value of a year', () => {
    const s = sheet([
      ['指标名称', '2022年', '2023年'],
      [null, null, '一、生态经济'],
      ['森林覆盖率', 61, null],
    ]);
    expect(reportingYear(s, findTables(s)[0])).toEqual({ year: { col: 1, year: 2022 }, previous: null });
  });
});
