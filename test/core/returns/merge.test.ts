import ExcelJS from 'exceljs';
import type { Catalog, WorkbookGrid } from '../../../src/core/types';
import { parseCatalog } from '../../../src/core/catalog/load';
import { findReturnMarkers } from '../../../src/core/returns/format';
import { KEEP_MASTER, checkMaster, conflictKey, feedbackFor, gridWithWrites, openConflicts, planMerge, type ReturnInput } from '../../../src/core/returns/merge';
import { mergeEdits, undoMergeEdits, type MergeCellState } from '../../../src/core/returns/merge-journal';
import { mergedValueOf, sameEntry } from '../../../src/core/returns/merge-values';
import { cellKey } from '../../../src/core/cell-edits';
import { gridOf } from '../../support/exceljs-grid';
import { testCatalog } from '../../cli/fixtures';
import { MASTER_ROWS as MASTER, masterWorkbook, returnWorkbook, type ReturnSpec } from '../../support/return-workbooks';

const catalog: Catalog = parseCatalog(testCatalog, 'test');
const OPTIONS = { overwrite: false, lang: 'zh-CN' as const, now: '2026-03-05 10:00' };


function masterGrid(rows = MASTER): WorkbookGrid {
  return gridOf(masterWorkbook(rows));
}

function input(spec: ReturnSpec, file = `${spec.department}.xlsx`, stampState: ReturnInput['stampState'] = 'unchecked'): ReturnInput {
  const { workbook } = returnWorkbook(spec);
  const grid = gridOf(workbook);
  return { file, grid, marker: findReturnMarkers(grid)[0], stampState };
}

const forestry = (value: number | string | null, previous: number | null = 58) =>
  input({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value, previous }] });

function valueAt(grid: WorkbookGrid, row: number, col: number) {
  const sheet = grid.sheets[0];
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

describe('planMerge', () => {
  it('writes the value and the previous-year value into the empty cells of the matching row, with a provenance note', () => {
    const plan = planMerge(masterGrid(), [forestry(62.5)], catalog, OPTIONS);
    expect(plan.writes.map((w) => [w.row, w.col, w.value, w.column])).toEqual([
      [4, 7, 62.5, 'value'],
      [4, 6, 58, 'previous'],
    ]);
    expect(plan.writes[0].note).toBe('合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01');
    expect(plan.writes[1].note).toContain('上年值合并自市林业局');
    expect(plan.conflicts).toEqual([]);
  });

  it('matches by name when the master row is not in the catalog by id', () => {
    const other = input({ department: '市林业局', catalogId: 'another', rows: [{ id: 'x-9', name: '森林覆盖率', value: 61 }] });
    const plan = planMerge(masterGrid(), [other], null, OPTIONS);
    expect(plan.writes.map((w) => [w.row, w.col, w.value])).toEqual([[4, 7, 61]]);
  });

  it('leaves a differing master value as a conflict unless overwriting, and equal values as no-ops', () => {
    const economy = input({ department: '市发展改革委', catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42, previous: 39 }] });
    const plan = planMerge(masterGrid(), [economy], catalog, OPTIONS);
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts).toEqual([expect.objectContaining({ kind: 'master', row: 3, col: 7, master: 41, chosen: null })]);
    expect(openConflicts(plan)).toHaveLength(1);

    const over = planMerge(masterGrid(), [economy], catalog, { ...OPTIONS, overwrite: true });
    expect(over.writes).toEqual([expect.objectContaining({ row: 3, col: 7, value: 42, previous: 41 })]);
    expect(over.writes[0].note).toContain('覆盖原值41');
    expect(openConflicts(over)).toEqual([]);
  });

  it('reports returns that disagree; overwriting takes the lead department’s value', () => {
    const lead = forestry(62);
    const coop = input({ department: '市自然资源局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 60.5 }] });
    const plan = planMerge(masterGrid(), [coop, lead], catalog, OPTIONS);
    expect(plan.writes.filter((w) => w.column === 'value')).toEqual([]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ kind: 'returns', row: 4, col: 7, chosen: null })]);
    const over = planMerge(masterGrid(), [coop, lead], catalog, { ...OPTIONS, overwrite: true });
    expect(over.writes.find((w) => w.column === 'value')).toMatchObject({ value: 62, source: { department: '市林业局' } });
  });

  it('follows the user\'s choice for a single conflict, over overwrite: a department\'s value or the master\'s kept', () => {
    const coop = input({ department: '市自然资源局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 60.5 }] });
    const economy = input({ department: '市发展改革委', catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42, previous: 39 }] });
    const returns = [coop, forestry(62), economy];
    const forest = conflictKey({ sheet: '指标汇总表', row: 4, col: 7 });
    const third = conflictKey({ sheet: '指标汇总表', row: 3, col: 7 });

    // Returns that disagree: the cooperating department's value is taken although the lead sent another.
    const taken = planMerge(masterGrid(), returns, catalog, { ...OPTIONS, choices: { [forest]: '市自然资源局' } });
    expect(taken.writes.find((w) => w.row === 4 && w.col === 7)).toMatchObject({ value: 60.5, source: { department: '市自然资源局' } });
    // The master's 41 against a return's 42, without overwrite: taking the return's value writes it.
    const replaced = planMerge(masterGrid(), returns, catalog, { ...OPTIONS, choices: { [forest]: '市林业局', [third]: '市发展改革委' } });
    expect(replaced.writes.find((w) => w.row === 3 && w.col === 7)).toMatchObject({ value: 42, previous: 41 });
    expect(openConflicts(replaced)).toEqual([]);

    // Keeping the master's value settles the conflict, overwrite or not; nothing is written there.
    const kept = planMerge(masterGrid(), returns, catalog, { ...OPTIONS, overwrite: true, choices: { [forest]: KEEP_MASTER, [third]: KEEP_MASTER } });
    expect(kept.writes.filter((w) => w.col === 7 && (w.row === 3 || w.row === 4))).toEqual([]);
    expect(kept.conflicts.map((c) => [c.row, c.kind, c.chosen, c.kept])).toEqual(expect.arrayContaining([[4, 'returns', null, true], [3, 'master', null, true]]));
    expect(openConflicts(kept)).toEqual([]);
    const outcome = kept.consolidation.cells.filter((c) => c.value === '按选择保留原值');
    expect(outcome).toHaveLength(2);

    // Cells without a choice follow overwrite as before.
    const partly = planMerge(masterGrid(), returns, catalog, { ...OPTIONS, choices: { [forest]: KEEP_MASTER } });
    expect(openConflicts(partly).map((c) => c.row)).toEqual([3]);
  });

  it('lists returned departments with their stamp, missing ones, unplaced values and still-empty indicators', () => {
    const unknown = input({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 'zz', name: '湿地保护率', value: 50 }] }, 'b.xlsx', 'valid');
    const plan = planMerge(masterGrid(), [forestry(62), unknown], catalog, OPTIONS);
    expect(plan.returned.map((r) => [r.department, r.file, r.person, r.date, r.stampState, r.merged])).toEqual([
      ['市林业局', '市林业局.xlsx', '李四', '2026-03-01', 'unchecked', 2],
      ['市林业局', 'b.xlsx', '李四', '2026-03-01', 'valid', 0],
    ]);
    expect(plan.unplaced).toEqual([expect.objectContaining({ name: '湿地保护率', reason: 'no-row' })]);
    expect(plan.missing.map((m) => m.department).sort()).toEqual(['=市生态环境局', '市住房城乡建设局', '市发展改革委', '市城管局', '市工业信息化委'].sort());
    // After the merge the table reports 2026: 单位GDP能耗 has only a 2025 value.
    expect(plan.stillEmpty.map((e) => e.name)).toEqual(['单位GDP能耗', '空气质量优良天数比例', '城镇污水处理率', '生活垃圾无害化处理率']);
    const texts = plan.consolidation.cells.map((c) => c.value);
    expect(plan.consolidation.name).toBe('汇总情况');
    expect(texts).toEqual(expect.arrayContaining(['已核查且未改动', '未核查', '湿地保护率', '本表由指标核查助手生成,重新生成时将被替换。']));
  });

  it('changes nothing when the same returns are merged into the merged grid again', () => {
    const returns = [forestry(62), input({ department: '市城管局', catalogId: 'test-city', rows: [{ id: 't-06', name: '生活垃圾无害化处理率', value: '100%' }] })];
    const first = planMerge(masterGrid(), returns, catalog, OPTIONS);
    expect(first.writes).toHaveLength(3);
    const again = planMerge(gridWithWrites(masterGrid(), first.writes), returns, catalog, OPTIONS);
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.unchanged).toBe(3);
  });

  it('never gives a formula: text values stay text', () => {
    const plan = planMerge(masterGrid(), [forestry('=SUM(A1)')], catalog, OPTIONS);
    expect(plan.writes[0].value).toBe('=SUM(A1)');
  });
});

describe('merge values', () => {
  it('places a fraction kept in a %-formatted return cell as the master shows percentages', () => {
    expect(mergedValueOf(0.85, '0%', { value: null, format: null, unit: '%' })).toBe(85);
    expect(mergedValueOf(0.85, '0%', { value: null, format: '0.0%', unit: '%' })).toBe(0.85);
    expect(mergedValueOf(0.85, '0%', { value: null, format: null, unit: '个' })).toBe('85%');
    expect(mergedValueOf({ error: '#N/A' }, null, { value: null, format: null, unit: null })).toBeNull();
  });

  it('compares entries as figures', () => {
    expect(sameEntry(85, 85.0000000001)).toBe(true);
    expect(sameEntry('85%', 85)).toBe(true);
    expect(sameEntry(0.85, '85%', '0%')).toBe(true);
    expect(sameEntry('已完成', ' 已完成 ')).toBe(true);
    expect(sameEntry(85, 86)).toBe(false);
    expect(sameEntry('85', '85%')).toBe(false);
  });
});

describe('merge journal', () => {
  const plan = planMerge(masterGrid(), [forestry(62)], catalog, OPTIONS);
  const states = new Map<string, MergeCellState>([
    [cellKey('指标汇总表', 4, 7), { value: null, note: '请林业局补报' }],
    [cellKey('指标汇总表', 4, 6), { value: null, note: null }],
  ]);

  it('keeps the user’s note above the provenance, and records what each cell held', () => {
    const edits = mergeEdits(plan, (s, r, c) => states.get(cellKey(s, r, c)), null, null, 'now');
    expect(edits.changes[0]).toEqual({ sheet: '指标汇总表', row: 4, col: 7, value: 62, note: `请林业局补报\n${plan.writes[0].note}` });
    expect(edits.journal.entries.map((e) => [e.row, e.col, e.value, e.note, e.written])).toEqual([
      [4, 7, null, '请林业局补报', 62],
      [4, 6, null, null, 58],
    ]);
    expect(edits.journal.summarySheet).toBe('汇总情况');
  });

  it('updates a check journal’s note for a marked cell, and a second merge extends the first one’s record', () => {
    const check = { version: 1 as const, createdAt: 'c', summarySheet: '指标汇总', entries: [{ sheet: '指标汇总表', row: 4, col: 7, fill: null, fontColor: null, value: null, note: '请林业局补报' }] };
    const marked = new Map(states).set(cellKey('指标汇总表', 4, 7), { value: null, note: '未填报:现状值为空' });
    const edits = mergeEdits(plan, (s, r, c) => marked.get(cellKey(s, r, c)), null, check, 'now');
    expect(edits.checkJournal!.entries[0].note).toBe(`请林业局补报\n${plan.writes[0].note}`);
    expect(edits.journal.entries[0].note).toBe('请林业局补报');

    const second = mergeEdits(
      { writes: [{ ...plan.writes[0], value: 63 }], consolidation: plan.consolidation },
      () => ({ value: 62, note: 'x' }),
      edits.journal,
      null,
      'later',
    );
    expect(second.journal.entries.map((e) => [e.col, e.value, e.written])).toEqual([
      [7, null, 63],
      [6, null, 58],
    ]);
  });

  it('undoes every cell still holding the merged value and keeps one edited since', () => {
    const { journal } = mergeEdits(plan, (s, r, c) => states.get(cellKey(s, r, c)), null, null, 'now');
    const now = new Map<string, MergeCellState>([
      [cellKey('指标汇总表', 4, 7), { value: 62, note: 'n' }],
      [cellKey('指标汇总表', 4, 6), { value: 57, note: 'm' }],
    ]);
    const undo = undoMergeEdits(journal, (s, r, c) => now.get(cellKey(s, r, c)), null);
    expect(undo.changes).toEqual([{ sheet: '指标汇总表', row: 4, col: 7, value: null, note: '请林业局补报' }]);
    expect([undo.restored, undo.kept, undo.skipped]).toEqual([1, 1, 0]);
  });
});

describe('merged values and dates', () => {
  it('keeps a number a number: numeric text becomes a number, a percentage goes in as the master shows it', () => {
    const master = { value: null, format: null, unit: '%' };
    expect(mergedValueOf('62.5', null, master)).toBe(62.5);
    expect(mergedValueOf('98%', null, master)).toBe(98);
    expect(mergedValueOf('９８％', null, master)).toBe(98);
    expect(mergedValueOf('98%', null, { ...master, format: '0%' })).toBe(0.98);
    expect(mergedValueOf('98%', null, { ...master, unit: '吨' })).toBe('98%');
    expect(mergedValueOf('1,234', null, { ...master, unit: '吨' })).toBe(1234);
    expect(mergedValueOf('约60吨', null, master)).toBe('约60吨');
  });

  it('shows 填报日期 as a date in the provenance note and on the consolidation sheet, also a serial without a date format', () => {
    const plan = planMerge(masterGrid(), [input({ department: '市林业局', catalogId: 'test-city', date: 46093 as unknown as string, rows: [{ id: 't-03', name: '森林覆盖率', value: 62 }] })], catalog, OPTIONS);
    expect(plan.writes[0].note).toBe('合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-12');
    expect(plan.returned[0].date).toBe('2026-03-12');
    expect(plan.consolidation.cells.map((c) => c.value)).toContain('2026-03-12');
  });

  it('lists a blank return as 空表 among the departments that did not return, and explained failures as such', () => {
    const blank = input({ department: '市城管局', catalogId: 'test-city', rows: [{ id: 't-06', name: '生活垃圾无害化处理率', value: null }] });
    const explained = input({
      department: '市林业局',
      catalogId: 'test-city',
      rows: [{ id: 't-03', name: '森林覆盖率', target: '≥60', value: 55, note: '原因:火灾;整改措施:补植' }],
    });
    const plan = planMerge(masterGrid(), [blank, explained], catalog, OPTIONS);
    expect(plan.returned.map((r) => [r.department, r.explainedFail])).toEqual([['市林业局', 1]]);
    expect(plan.missing.find((m) => m.department === '市城管局')).toEqual({ department: '市城管局', indicators: 1, blank: { file: '市城管局.xlsx' } });
    expect(plan.explained).toEqual([
      { department: '市林业局', file: '市林业局.xlsx', indicatorId: 't-03', name: '森林覆盖率', target: '≥60', value: '55', explanation: '原因:火灾;整改措施:补植' },
    ]);
    const texts = plan.consolidation.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['已报送的部门(1)', '空表(已交回但未填写:市城管局.xlsx)', '已说明的未达标指标(1)', '原因:火灾;整改措施:补植']));
    expect(plan.writes[0].note).toBe('合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01;上报说明:原因:火灾;整改措施:补植');
  });
});

describe('feedbackFor', () => {
  it('lists the failing and empty indicators a department leads, after the merge', () => {
    const plan = planMerge(masterGrid(), [forestry(55)], catalog, OPTIONS);
    const merged = checkMaster(gridWithWrites(masterGrid(), plan.writes), catalog, 'zh-CN');
    expect(feedbackFor('市林业局', merged, plan)).toEqual([
      { name: '森林覆盖率', target: '≥60', reported: '55', master: '', status: 'fail', message: '未达标:目标≥60%,现状55%,差5个百分点(约束性)', file: '市林业局.xlsx', cell: '填报表!G5' },
    ]);
    expect(feedbackFor('市城管局', merged, plan)).toEqual([expect.objectContaining({ name: '生活垃圾无害化处理率', status: 'missing', reported: '', file: '', cell: '' })]);
    expect(feedbackFor('市发展改革委', merged, plan)).toEqual([]);
  });

  it('gives the department its own value beside the master\'s where they differ, and review items', () => {
    const economy = input({ department: '市发展改革委', catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42, previous: 39 }] });
    const plan = planMerge(masterGrid(), [economy], catalog, OPTIONS);
    const merged = checkMaster(gridWithWrites(masterGrid(), plan.writes), catalog, 'zh-CN');
    expect(feedbackFor('市发展改革委', merged, plan)).toEqual([
      expect.objectContaining({ name: '第三产业占GDP比例', reported: '42', master: '41', status: 'conflict', file: '市发展改革委.xlsx', cell: '填报表!G5' }),
    ]);
    // Returns that disagree: the master's cell stays empty, and the department hears why.
    const coop = input({ department: '市自然资源局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 60.5 }] });
    const disagreeing = planMerge(masterGrid(), [coop, forestry(62)], catalog, OPTIONS);
    const afterDisagreeing = checkMaster(gridWithWrites(masterGrid(), disagreeing.writes), catalog, 'zh-CN');
    expect(feedbackFor('市林业局', afterDisagreeing, disagreeing)).toEqual([
      expect.objectContaining({
        reported: '62',
        master: '(空)',
        status: 'missing',
        message: '与其他部门的填报值不一致(市自然资源局:60.5),未写入汇总表,请与创建办核实',
        cell: '填报表!G5',
      }),
    ]);
    // A value in a unit the row does not have cannot be decided: a review item.
    const forest = planMerge(masterGrid(), [forestry('60万元')], catalog, OPTIONS);
    const check = checkMaster(gridWithWrites(masterGrid(), forest.writes), catalog, 'zh-CN');
    expect(feedbackFor('市林业局', check, forest).map((i) => [i.status, i.reported, i.cell])).toEqual([['review', '60万元', '填报表!G5']]);
  });
});

test('the master sheet helper builds what the check reads', async () => {
  const wb: ExcelJS.Workbook = masterWorkbook(MASTER);
  expect(valueAt(gridOf(wb), 3, 7)).toBe(41);
});
