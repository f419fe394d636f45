import type { Catalog } from '../../../src/core/types';
import { checkReturn, makeStamp, type ReturnCheck, type ReturnItem } from '../../../src/core/returns/check-return';
import { planReturnMarks } from '../../../src/core/returns/return-marks';
import { stampStateOf } from '../../../src/core/returns/stamp';
import { CoreError } from '../../../src/core/errors';
import { findBuiltInCatalog } from '../../../src/catalogs';
import { baoshanRows, markerOf, returnGrid, type ReturnFixture, type ReturnRow } from '../../support/return-check-fixture';

const catalog: Catalog = findBuiltInCatalog('baoshan-2017')!;

function run(fixture: ReturnFixture, options: Partial<Parameters<typeof checkReturn>[3]> = {}): ReturnCheck {
  return checkReturn(returnGrid(fixture), markerOf(fixture), catalog, { lang: 'zh-CN', ...options });
}

/** The baoshan rows with some changed (by id). */
function rowsWith(changes: Record<string, Partial<ReturnRow>>): ReturnRow[] {
  return baoshanRows().map((r) => ({ ...r, ...changes[r.id] }));
}

function brief(items: ReturnItem[]): [string, string, string, boolean][] {
  return items.map((i) => [i.cell, i.kind, i.tier, i.blocks]);
}

describe('checkReturn', () => {
  it('says 可以报送 for a clean return, every indicator evaluated from its own row', () => {
    const check = run({ rows: baoshanRows() });
    expect(check.verdict).toBe('ready');
    expect(check.items).toEqual([]);
    expect(check.counts).toMatchObject({ indicators: 5, pass: 5, fail: 0, blocking: 0, hints: 0 });
    expect(check.workbook.findings.map((f) => [f.cell, f.indicatorId, f.status])).toEqual([
      ['G5', 'bs-01', 'pass'],
      ['G6', 'bs-02', 'pass'],
      ['G7', 'bs-03', 'pass'],
      ['G8', 'bs-07', 'pass'],
      ['G9', 'bs-12a', 'pass'],
    ]);
  });

  it('blocks an indicator left empty, even when every value of the year is empty and last year is filled', () => {
    const rows = baoshanRows().map((r) => ({ ...r, value: null }));
    const check = run({ rows });
    expect(check.verdict).toBe('blocked');
    expect(brief(check.items)).toEqual(['G5', 'G6', 'G7', 'G8', 'G9'].map((cell) => [cell, 'missing', 'blocking', true]));
    expect(check.items[0].message).toBe('农民年人均纯收入:2026年数值未填报');
    // The previous-year column is never taken for the reporting year's value.
    expect(check.workbook.findings.every((f) => f.col === 6 && f.status === 'missing')).toBe(true);
  });

  it('blocks an empty 填报人 and 填报日期, pointing at their input cells', () => {
    const check = run({ rows: baoshanRows(), person: null, date: '  ' });
    expect(brief(check.items)).toEqual([
      ['D2', 'missing-field', 'blocking', true],
      ['H2', 'missing-field', 'blocking', true],
    ]);
    expect(check.items.map((i) => [i.row, i.col])).toEqual([[1, 3], [1, 7]]);
    expect(check.items[0].message).toBe('未填写填报人');
  });

  it('blocks values of the wrong kind: text, an error value, a yes-answer where a number is needed', () => {
    const check = run({
      rows: rowsWith({ 'bs-01': { value: '见附件' }, 'bs-03': { value: { error: '#DIV/0!' } }, 'bs-07': { value: '是' } }),
    });
    expect(brief(check.items)).toEqual([
      ['G5', 'invalid', 'blocking', true],
      ['G7', 'invalid', 'blocking', true],
      ['G8', 'invalid', 'blocking', true],
    ]);
    expect(check.items[2].message).toBe('受保护地区占国土面积比例:数据错误:目标≥15需要填数值,填报的是"是"');
  });

  it('blocks a number where 是/否 is asked, saying so, instead of a review hint', () => {
    const rows = [...baoshanRows(), { id: 'bs-b3', name: '节能减排任务', unit: null, target: '完成上级政府下达的节能减排任务', property: null, value: 42 }];
    const check = run({ rows });
    expect(brief(check.items)).toEqual([['G10', 'invalid', 'blocking', true]]);
    expect(check.items[0].message).toBe('节能减排任务:数据错误:目标"完成上级政府下达的节能减排任务"需要填"是"或"否",填报的是"42"');
    expect(check.workbook.findings[5]).toMatchObject({ status: 'invalid', severity: 'error' });
    expect(check.counts).toMatchObject({ invalid: 1, review: 0 });
    expect(run({ rows: [...rows.slice(0, -1), { ...rows[rows.length - 1], value: '已完成' }] }).items).toEqual([]);
  });

  it('blocks a changed name and an altered target, on their own cells', () => {
    const check = run({ rows: rowsWith({ 'bs-03': { name: '万元GDP能耗' }, 'bs-07': { target: '≥10' } }) });
    expect(brief(check.items)).toEqual([
      ['B7', 'name-changed', 'blocking', true],
      ['D8', 'target-mismatch', 'blocking', true],
    ]);
    expect(check.workbook.findings[2].issues).toContain('name-changed');
    expect(check.workbook.findings[3].issues).toContain('target-mismatch');
  });

  it('does not take a name written in another script or width for a changed name', () => {
    expect(run({ rows: rowsWith({ 'bs-03': { name: '單位GDP能耗' } }) }).items).toEqual([]);
  });

  it('blocks implausible values: a rate over 100%, a negative amount', () => {
    const check = run({ rows: rowsWith({ 'bs-07': { value: 130 }, 'bs-03': { value: -0.2 } }) });
    expect(brief(check.items)).toEqual([
      ['G7', 'out-of-range', 'blocking', true],
      ['G8', 'out-of-range', 'blocking', true],
    ]);
    expect(check.items[1].message).toBe('受保护地区占国土面积比例:数值130%超过100%,比率不会超过100%,请核对');
    expect(check.workbook.findings[3].issues).toContain('out-of-range');
  });

  it('reads a %-formatted cell in percent before judging its range', () => {
    expect(run({ rows: rowsWith({ 'bs-07': { value: 0.18, valueFormat: '0%' } }) }).items).toEqual([]);
    expect(brief(run({ rows: rowsWith({ 'bs-07': { value: 1.3, valueFormat: '0%' } }) }).items)).toEqual([['G8', 'out-of-range', 'blocking', true]]);
  });

  it('makes every failing indicator a hint, binding or not: a true failing number can be explained', () => {
    const check = run({ rows: rowsWith({ 'bs-01': { value: 5000 }, 'bs-02': { value: 35 } }) });
    expect(brief(check.items)).toEqual([
      ['G5', 'fail', 'hint', true],
      ['G6', 'fail', 'hint', true],
    ]);
    expect(check.items[1].message).toBe('第三产业占GDP比例:未达标:目标≥40%,现状35%,差5个百分点(指导性)');
    const explained = run({ rows: rowsWith({ 'bs-01': { value: 5000, note: '原因:受灾减产;整改措施:发展特色种植' } }) });
    expect(explained.verdict).toBe('ready');
    expect(explained.counts).toMatchObject({ fail: 1, explained: 1, explainedFail: 1, blocking: 0 });
  });

  it('gives one message per cell: an impossible rate is not also called a failure', () => {
    const check = run({ rows: rowsWith({ 'bs-12a': { value: 150 } }) });
    expect(brief(check.items)).toEqual([['G9', 'out-of-range', 'blocking', true]]);
    expect(check.items[0].message).toBe('城市污水集中处理率:数值150%超过100%,比率不会超过100%,请核对');
    // Low and far below last year: one item on the cell, the failure.
    const low = run({ rows: rowsWith({ 'bs-12a': { value: 20, previous: 88 } }) });
    expect(brief(low.items)).toEqual([['G9', 'fail', 'hint', true]]);
  });

  it('checks the previous year\'s column too: impossible values and the wrong kind block there', () => {
    const check = run({ rows: rowsWith({ 'bs-07': { previous: 120 }, 'bs-01': { previous: -5 }, 'bs-03': { previous: '约一吨' } }) });
    expect(brief(check.items)).toEqual([
      ['H5', 'out-of-range', 'blocking', true],
      ['H7', 'invalid', 'blocking', true],
      ['H8', 'out-of-range', 'blocking', true],
    ]);
    expect(check.items[2].message).toBe('受保护地区占国土面积比例:2025年数值:数值120%超过100%,比率不会超过100%,请核对');
    expect(check.items[1].message).toBe('单位GDP能耗:2025年数值:数据错误:目标≤1.1需要填数值,填报的是"约一吨"');
    // An empty previous-year cell is fine.
    expect(run({ rows: rowsWith({ 'bs-07': { previous: null } }) }).items).toEqual([]);
  });

  it('makes a change beyond the factor against last year a hint, both ways, with the factor adjustable', () => {
    const check = run({ rows: rowsWith({ 'bs-01': { value: 30000, previous: 7000 }, 'bs-03': { value: 0.3, previous: 1.0 } }) });
    expect(brief(check.items)).toEqual([
      ['G5', 'big-change', 'hint', true],
      ['G7', 'big-change', 'hint', true],
    ]);
    expect(check.items[0].message).toBe('农民年人均纯收入:较上年变化过大:2026年30000元/人,2025年7000元/人,超过3倍');
    expect(run({ rows: rowsWith({ 'bs-01': { value: 30000, previous: 7000 } }) }, { changeFactor: 5 }).items).toEqual([]);
    expect(run({ rows: rowsWith({ 'bs-01': { value: 21000, previous: 7000 } }) }).items).toEqual([]);
  });

  it('makes an undecidable value and 不适用 hints', () => {
    const check = run({ rows: rowsWith({ 'bs-07': { value: 0.18 }, 'bs-12a': { value: '不适用' } }) });
    expect(brief(check.items)).toEqual([
      ['G8', 'review', 'hint', true],
      ['G9', 'not-applicable', 'hint', true],
    ]);
  });

  it('lets an explained hint no longer block, while an explanation does not lift a blocking item', () => {
    const explained = run({
      rows: rowsWith({ 'bs-02': { value: 35, note: '受疫情影响,第三产业比重下降' }, 'bs-01': { value: 5000, note: '统计口径调整' } }),
    });
    expect(brief(explained.items)).toEqual([
      ['G5', 'fail', 'hint', false],
      ['G6', 'fail', 'hint', false],
    ]);
    expect(explained.items.every((i) => i.explained)).toBe(true);
    expect(explained.verdict).toBe('ready');
    const stillBlocked = run({ rows: rowsWith({ 'bs-01': { value: -5, note: '统计口径调整' } }) });
    expect(brief(stillBlocked.items)).toEqual([['G5', 'out-of-range', 'blocking', true]]);
    expect(stillBlocked.verdict).toBe('blocked');

    const onlyHint = run({ rows: rowsWith({ 'bs-02': { value: 35, note: '受疫情影响' } }) });
    expect(onlyHint.verdict).toBe('ready');
    expect(onlyHint.counts).toMatchObject({ hints: 1, explained: 1, blocking: 0, fail: 1 });
    const blank = run({ rows: rowsWith({ 'bs-02': { value: 35, note: '   ' } }) });
    expect(blank.verdict).toBe('blocked');
  });

  it('orders blocking items before hints, each in row order', () => {
    const check = run({
      rows: rowsWith({ 'bs-02': { value: 35 }, 'bs-12a': { value: null }, 'bs-01': { value: 30000, previous: 7000 }, 'bs-07': { target: '≥10' } }),
      person: null,
    });
    expect(brief(check.items)).toEqual([
      ['D2', 'missing-field', 'blocking', true],
      ['D8', 'target-mismatch', 'blocking', true],
      ['G9', 'missing', 'blocking', true],
      ['G5', 'big-change', 'hint', true],
      ['G6', 'fail', 'hint', true],
    ]);
    expect(check.counts).toMatchObject({ blocking: 3, hints: 2, explained: 0 });
  });

  it('says it in English', () => {
    const check = run({ rows: rowsWith({ 'bs-02': { value: 35 }, 'bs-12a': { value: null } }), person: null }, { lang: 'en' });
    expect(check.items.map((i) => i.message)).toEqual([
      'The reporter (填报人) field is empty',
      '城市污水集中处理率: the 2026 value is empty',
      '第三产业占GDP比例: Fail: target ≥40%, actual 35%, short by 5 percentage points (guiding)',
    ]);
  });

  it('blocks an indicator the catalog does not have', () => {
    const rows = [...baoshanRows(), { id: 'gone-01', name: '旧指标', unit: '%', target: '≥1', property: '约束性', value: 2 }];
    const check = run({ rows });
    expect(brief(check.items)).toEqual([['B10', 'unknown-indicator', 'blocking', true]]);
  });

  it('refuses a marker whose sheet is not in the workbook', () => {
    const fixture = { rows: baoshanRows() };
    expect(() => checkReturn(returnGrid(fixture), { ...markerOf(fixture), sheet: '别的表' }, catalog, { lang: 'zh-CN' })).toThrow(CoreError);
  });
});

describe('planReturnMarks', () => {
  it('marks each cell still to fix once, with a one-line note, and nothing else', () => {
    const check = run({
      rows: rowsWith({ 'bs-01': { value: -5 }, 'bs-02': { value: 35 }, 'bs-03': { value: null }, 'bs-07': { value: 10, note: '' }, 'bs-12a': { value: 80 } }),
    });
    const plan = planReturnMarks(check, 'zh-CN');
    expect(plan.writes).toEqual([]);
    expect(plan.summary).toBeNull();
    expect(plan.marks.map((m) => [m.row, m.col, m.style])).toEqual([
      [4, 6, 'bad'],
      [6, 6, 'missing'],
      [5, 6, 'neutral'],
      [7, 6, 'neutral'],
      [8, 6, 'neutral'],
    ]);
    expect(plan.marks[0].note).toBe('【强制性】农民年人均纯收入:数值-5元/人为负数,数量或金额不会为负,请核对');
    expect(plan.marks.every((m) => m.note && !m.note.includes('\n'))).toBe(true);
    expect(plan.marks[2].note).toBe('【提示性】第三产业占GDP比例:未达标:目标≥40%,现状35%,差5个百分点(指导性);如数值属实,请在本行"上报说明"中写明原因及整改措施');
  });

  it('leaves explained hints and a ready return unmarked', () => {
    expect(planReturnMarks(run({ rows: rowsWith({ 'bs-02': { value: 35, note: '已说明' } }) }), 'en').marks).toEqual([]);
  });
});

describe('makeStamp', () => {
  it('stamps a ready return with its counts and a hash that stampStateOf finds valid', async () => {
    const fixture = { rows: rowsWith({ 'bs-02': { value: 35, note: '受疫情影响' } }) };
    const grid = returnGrid(fixture);
    const marker = markerOf(fixture);
    const check = checkReturn(grid, marker, catalog, { lang: 'zh-CN' });
    const stamp = await makeStamp(check, grid, marker, catalog, new Date('2026-03-02T08:00:00Z'));
    expect(stamp).toMatchObject({
      version: 1,
      sheet: '填报表',
      catalogId: 'baoshan-2017',
      catalogVersion: '1',
      department: '市环境保护局',
      checkedAt: '2026-03-02T08:00:00.000Z',
      counts: { indicators: 5, pass: 4, fail: 1, review: 0, explained: 1 },
    });
    expect(await stampStateOf(stamp, grid, marker, catalog)).toBe('valid');
  });

  it('refuses to stamp a blocked return', async () => {
    const fixture = { rows: baoshanRows(), person: null };
    const check = run(fixture);
    await expect(makeStamp(check, returnGrid(fixture), markerOf(fixture), catalog, new Date())).rejects.toThrow();
  });
});
