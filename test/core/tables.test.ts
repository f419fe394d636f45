import fc from 'fast-check';
import type { CellRect, RawValue, SheetGrid } from '../../src/core/types';
import { findTables } from '../../src/core/tables';
import { readRows } from '../../src/core/rows';
import { parseCellAddress } from '../../src/core/address';

/** `B3` or `A1:K1` as a rectangle in 0-based sheet coordinates. */
function rect(range: string): CellRect {
  const [first, last = first] = range.split(':');
  const a = parseCellAddress(first)!;
  const b = parseCellAddress(last)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet whose values start at `origin` (the used range's top-left cell). */
function sheet(rows: (RawValue | undefined)[][], extra: Partial<SheetGrid> & { origin?: string } = {}): SheetGrid {
  const { origin = 'A1', ...rest } = extra;
  const { top, left } = rect(origin);
  return { name: '自评表', top, left, values: rows.map((r) => r.map((v) => v ?? null)), ...rest };
}

const HEADER = ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];
const ROW_1 = [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.3, '市工信局', null, null, null];
const ROW_2 = [2, '生态环境', '森林覆盖率', '%', '≥60', '约束性', 65, '市林业局', null, null, null];

describe('findTables', () => {
  test('a table under a merged title and a blank row', () => {
    const s = sheet([['某市生态文明建设示范市指标自评表'], [], HEADER, ROW_1, ROW_2], { merges: [rect('A1:K1')] });
    expect(findTables(s)).toEqual([
      {
        sheet: '自评表',
        headerTop: 2,
        headerBottom: 2,
        firstRow: 3,
        lastRow: 4,
        left: 0,
        right: 10,
        columns: { seq: 0, category: 1, name: 2, unit: 3, target: 4, property: 5, value: 6, lead: 7, coop: 8, status: 9, note: 10 },
        yearColumns: [],
      },
    ]);
  });

  test('a table that starts at C5, in a grid from A1 or in a grid that starts there', () => {
    const header = ['序号', '指标名称', '目标值', '现状值'];
    const padded = sheet([[], ['填报单位:某县'], [], [], [null, null, ...header], [null, null, 1, '森林覆盖率', '≥60', 65]]);
    const trimmed = sheet([header, [1, '森林覆盖率', '≥60', 65]], { origin: 'C5' });
    for (const s of [padded, trimmed]) {
      expect(findTables(s)).toEqual([
        expect.objectContaining({ headerTop: 4, firstRow: 5, lastRow: 5, left: 2, right: 5, columns: { seq: 2, name: 3, target: 4, value: 5 } }),
      ]);
    }
  });

  test('the data ends at the first fully empty row', () => {
    const s = sheet([HEADER, ROW_1, [], ROW_2]);
    expect(findTables(s)[0]).toMatchObject({ firstRow: 1, lastRow: 1 });
  });

  test('two tables one under the other, with or without a blank row between them', () => {
    const second = ['指标', '单位', '目标值', '现状值'];
    const apart = sheet([HEADER, ROW_1, ROW_2, [], ['二、县级指标'], second, ['农村卫生厕所普及率', '%', '≥90', 95]]);
    expect(findTables(apart).map((t) => [t.headerTop, t.firstRow, t.lastRow, t.columns.name])).toEqual([
      [0, 1, 2, 2],
      [5, 6, 6, 0],
    ]);
    const adjacent = sheet([HEADER, ROW_1, ROW_2, second, ['农村卫生厕所普及率', '%', '≥90', 95]]);
    expect(findTables(adjacent).map((t) => [t.headerTop, t.lastRow])).toEqual([
      [0, 2],
      [3, 4],
    ]);
  });

  test('two tables side by side, an empty column between them', () => {
    const s = sheet([
      ['指标名称', '目标值', '现状值', null, '指标名称', '目标值', '现状值', '牵头单位'],
      ['森林覆盖率', '≥60', 65, null, '城镇污水处理率', '≥85', 90, '市住建局'],
      ['单位GDP能耗', '≤1.1', 1.0, null, '生活垃圾无害化处理率', '≥95', 99, '市城管局'],
      [null, null, null, null, '农村卫生厕所普及率', '≥90', 92, null],
    ]);
    expect(findTables(s).map((t) => ({ left: t.left, right: t.right, lastRow: t.lastRow, columns: t.columns }))).toEqual([
      { left: 0, right: 2, lastRow: 2, columns: { name: 0, target: 1, value: 2 } },
      { left: 4, right: 7, lastRow: 3, columns: { name: 4, target: 5, value: 6, lead: 7 } },
    ]);
  });

  test('an unlabelled column inside a table does not split it', () => {
    const s = sheet([['指标名称', '目标值', null, '现状值', '牵头单位'], ['森林覆盖率', '≥60', 'x', 65, '市林业局']]);
    expect(findTables(s)).toEqual([expect.objectContaining({ left: 0, right: 4, columns: { name: 0, target: 1, value: 3, lead: 4 } })]);
  });

  test('Traditional headers', () => {
    const s = sheet([['序號', '指標名稱', '單位', '目標值', '現狀值', '牽頭單位', '達標情況'], [1, '森林覆蓋率', '%', '≥60', 65, '市林業局', '達標']]);
    expect(findTables(s)[0].columns).toEqual({ seq: 0, name: 1, unit: 2, target: 3, value: 4, lead: 5, status: 6 });
  });

  test('a two-row header: a merged 现状值 group over year cells, other header cells merged down', () => {
    const s = sheet(
      [
        ['2023年度自评表'],
        ['序号', '指标名称', '目标值', '现状值', null, null, '牵头单位'],
        [null, null, null, '2021年', '2023年', '2022年', null],
        [1, '森林覆盖率', '≥60', 60, 61, 62, '市林业局'],
      ],
      { merges: [rect('A1:G1'), rect('A2:A3'), rect('B2:B3'), rect('C2:C3'), rect('D2:F2'), rect('G2:G3')] },
    );
    expect(findTables(s)).toEqual([
      expect.objectContaining({
        headerTop: 1,
        headerBottom: 2,
        firstRow: 3,
        lastRow: 3,
        left: 0,
        right: 6,
        columns: { seq: 0, name: 1, target: 2, lead: 6 },
        yearColumns: [
          { col: 3, year: 2021 },
          { col: 5, year: 2022 },
          { col: 4, year: 2023 },
        ],
      }),
    ]);
  });

  test('a two-row header written without merges', () => {
    const s = sheet([
      ['指标名称', '目标值', '现状值', null],
      [null, null, 2022, 2023],
      ['森林覆盖率', '≥60', 61, 62],
    ]);
    expect(findTables(s)[0]).toMatchObject({ headerBottom: 1, firstRow: 2, right: 3, yearColumns: [{ col: 2, year: 2022 }, { col: 3, year: 2023 }] });
  });

  test('header cells merged down over two rows, without sub-headers', () => {
    const s = sheet([['指标名称', '目标值', '现状值'], [], ['森林覆盖率', '≥60', 61]], {
      merges: [rect('A1:A2'), rect('B1:B2'), rect('C1:C2')],
    });
    expect(findTables(s)[0]).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2, lastRow: 2, columns: { name: 0, target: 1, value: 2 } });
  });

  test('a note merged down beside the header does not make the header deeper', () => {
    const s = sheet([['指标名称', '目标值', '现状值', null, '填表说明:…'], ['森林覆盖率', '≥60', 61], ['城镇污水处理率', '≥85', 90]], {
      merges: [rect('E1:E3')],
    });
    expect(findTables(s)[0]).toMatchObject({ headerBottom: 0, firstRow: 1, lastRow: 2 });
  });

  test('a 责任单位 group over 牵头单位 | 配合单位', () => {
    const s = sheet(
      [
        ['指标名称', '目标值', '现状值', '责任单位', null],
        [null, null, null, '牵头单位', '配合单位'],
        ['森林覆盖率', '≥60', 61, '市林业局', '市自然资源局'],
      ],
      { merges: [rect('A1:A2'), rect('B1:B2'), rect('C1:C2'), rect('D1:E1')] },
    );
    expect(findTables(s)[0].columns).toEqual({ name: 0, target: 1, value: 2, lead: 3, coop: 4 });
  });

  test('完成情况 alone is the status column; over year cells it is a group of values', () => {
    const alone = sheet([['指标名称', '目标值', '现状值', '完成情况'], ['森林覆盖率', '≥60', 61, '达标']]);
    expect(findTables(alone)[0]).toMatchObject({ columns: { name: 0, target: 1, value: 2, status: 3 }, yearColumns: [] });
    const group = sheet(
      [
        ['指标名称', '目标值', '完成情况', null],
        [null, null, '2022年', '2023年'],
        ['森林覆盖率', '≥60', 61, 62],
      ],
      { merges: [rect('A1:A2'), rect('B1:B2'), rect('C1:D1')] },
    );
    const table = findTables(group)[0];
    expect(table.columns).toEqual({ name: 0, target: 1 });
    expect(table.yearColumns).toEqual([
      { col: 2, year: 2022 },
      { col: 3, year: 2023 },
    ]);
  });

  test('year cells under a 目标值 group are targets: the latest is the target column', () => {
    const s = sheet(
      [
        ['指标名称', '目标值', null, '现状值'],
        [null, '2020年', '2025年', null],
        ['森林覆盖率', '≥55', '≥60', 61],
      ],
      { merges: [rect('A1:A2'), rect('B1:C1'), rect('D1:D2')] },
    );
    expect(findTables(s)[0]).toMatchObject({ columns: { name: 0, target: 2, value: 3 }, yearColumns: [] });
  });

  test('year cells in a one-row header, and a target with a year', () => {
    const s = sheet([['指标名称', '目标值(2020年)', '现状值(2017年)', '2019年'], ['森林覆盖率', '≥60', 55, 58]]);
    expect(findTables(s)[0]).toMatchObject({
      columns: { name: 0, target: 1 },
      yearColumns: [
        { col: 2, year: 2017 },
        { col: 3, year: 2019 },
      ],
    });
  });

  test('an Excel table (ListObject): its header row and extent', () => {
    const s = sheet(
      [
        ['说明文字'],
        [null, '指标名称', '目标值', '现状值'],
        [null, '森林覆盖率', '≥60', 61],
        [],
        [null, '城镇污水处理率', '≥85', 90],
        [null, '合计', null, null],
      ],
      { tables: [{ name: 'Indicators', ...rect('B2:D5') }] },
    );
    expect(findTables(s)).toEqual([
      {
        sheet: '自评表',
        headerTop: 1,
        headerBottom: 1,
        firstRow: 2,
        lastRow: 4,
        left: 1,
        right: 3,
        columns: { name: 1, target: 2, value: 3 },
        yearColumns: [],
        excelTable: 'Indicators',
      },
    ]);
  });

  test('an Excel table that is not an indicator table is ignored', () => {
    const s = sheet([['部门', '电话'], ['市林业局', '123']], { tables: [{ name: 'Phones', ...rect('A1:B2') }] });
    expect(findTables(s)).toEqual([]);
  });

  test('类型 is the property when its cells say so, else the category', () => {
    const asProperty = sheet([['指标名称', '类型', '目标值'], ['森林覆盖率', '约束性', '≥60']]);
    expect(findTables(asProperty)[0].columns).toEqual({ name: 0, property: 1, target: 2 });
    const asCategory = sheet([['类型', '指标名称', '目标值'], ['生态环境', '森林覆盖率', '≥60']]);
    expect(findTables(asCategory)[0].columns).toEqual({ category: 0, name: 1, target: 2 });
    const besideCategory = sheet([['领域', '指标名称', '类型'], ['生态环境', '森林覆盖率', null]]);
    expect(findTables(besideCategory)[0].columns).toEqual({ category: 0, name: 1, property: 2 });
  });

  test('a header alone, without data rows, is still a table', () => {
    expect(findTables(sheet([['指标名称', '现状值']]))).toEqual([expect.objectContaining({ firstRow: 1, lastRow: 0 })]);
  });

  test('a sheet without a header row gives no table', () => {
    expect(findTables(sheet([]))).toEqual([]);
    expect(findTables(sheet([['本文件只有说明文字'], ['没有指标表']]))).toEqual([]);
    expect(findTables(sheet([['指标名称'], ['森林覆盖率']]))).toEqual([]); // one role is not a header
    expect(findTables(sheet([['序号', '单位', '目标值'], [1, '%', '≥60']]))).toEqual([]); // no name column
  });

  test('100,000 rows are scanned without per-row scans of the sheet', () => {
    const rows: RawValue[][] = [HEADER];
    for (let i = 0; i < 100_000; i++) rows.push([i + 1, '生态环境', `生态环境状况指数${i % 50}`, '%', '≥60', '约束性', 61, '市林业局', null, null, null]);
    const s = sheet(rows);
    const tables = findTables(s);
    expect(tables).toHaveLength(1);
    expect(tables[0].lastRow).toBe(100_000);
    expect(readRows(s, tables[0])).toHaveLength(100_000);
  });
});

describe('findTables and readRows never throw', () => {
  const words = ['指标名称', '指標', '目标值', '现状值', '完成情况', '2022年', '2023', '类型', '牵头单位', '一、生态经济', '(一)', '约束性', '注:', ''];
  const cell = fc.oneof(
    fc.constantFrom(...words),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -5, max: 2200 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ error: '#N/A' }),
  );
  const area = fc.record({ top: fc.integer({ min: -1, max: 10 }), left: fc.integer({ min: -1, max: 8 }), h: fc.nat(4), w: fc.nat(4) });
  const toRect = ({ top, left, h, w }: { top: number; left: number; h: number; w: number }): CellRect => ({ top, left, bottom: top + h, right: left + w });

  test('on random grids with random merges and Excel tables', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.array(area, { maxLength: 4 }),
        fc.array(area, { maxLength: 2 }),
        fc.nat(3),
        fc.nat(3),
        (values, merges, tables, top, left) => {
          const s: SheetGrid = {
            name: 'S',
            top,
            left,
            values,
            merges: merges.map(toRect),
            tables: tables.map((t, i) => ({ name: `T${i}`, ...toRect(t) })),
          };
          for (const table of findTables(s)) {
            expect(table.firstRow).toBe(table.headerBottom + 1);
            expect(table.lastRow).toBeGreaterThanOrEqual(table.headerBottom);
            for (const col of Object.values(table.columns)) {
              expect(col).toBeGreaterThanOrEqual(table.left);
              expect(col).toBeLessThanOrEqual(table.right);
            }
            for (const row of readRows(s, table)) {
              expect(row.row).toBeGreaterThanOrEqual(table.firstRow);
              expect(row.row).toBeLessThanOrEqual(table.lastRow);
              expect(row.name).not.toBe('');
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
