// `returns merge` end to end, in-process, with a master and returns built by exceljs in the test.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { JOURNAL_SHEET, MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET } from '../../src/core/journal';
import { noteText } from '../../src/hosts/file/cells';
import { openWorkbook, readJournal, writeWorkbook } from '../../src/hosts/file';
import { undoMerge } from '../../src/hosts/file/merge';
import { catalogFile, load, noTableWorkbook, runCli, tempDir, testCatalog } from './fixtures';
import { masterWorkbook, returnBytes, type ReturnSpec } from '../support/return-workbooks';

const MASTER_SHEET = '指标汇总表';
// Rows 3–8; 2025年 is column G, 2026年 column H.
const MASTER = [
  [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.2, null, '市工业信息化委', '市统计局', null],
  [2, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, 41, '市发展改革委', null, '=不是公式'],
  [3, '生态环境', '森林覆盖率', '%', '≥60', '约束性', null, null, '市林业局', null, null],
  [4, '生态环境', '空气质量优良天数比例', '%', '≥90', '约束性', null, null, '=市生态环境局', null, null],
  [5, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', null, null, '市住房城乡建设局', null, null],
  [6, '生态人居', '生活垃圾无害化处理率', '%', '≥95', '约束性', null, null, '市城管局', null, null],
];
const VALUE_CELLS = new Set(MASTER.flatMap((_, i) => [`G${i + 3}`, `H${i + 3}`]));

const forestry: ReturnSpec = {
  department: '市林业局',
  catalogId: 'test-city',
  person: '王五',
  date: '2026-03-02',
  stamp: 'valid',
  rows: [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }],
};
const economy: ReturnSpec = {
  department: '市发展改革委',
  catalogId: 'test-city',
  stamp: 'tampered',
  rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42, previous: 39 }],
};
const sewage: ReturnSpec = {
  department: '市住房城乡建设局',
  catalogId: 'test-city',
  rows: [{ id: 't-05', name: '城镇污水处理率', value: '=HYPERLINK("x")', previous: 80 }],
};

interface Setup {
  dir: string;
  master: string;
  returnsDir: string;
  catalog: string;
}

async function setup(specs: ReturnSpec[] = [forestry, economy, sewage]): Promise<Setup> {
  const dir = await tempDir();
  const master = join(dir, '汇总表.xlsx');
  const wb = masterWorkbook(MASTER, MASTER_SHEET);
  // exceljs keeps no note on an empty cell, so the user's note is on a filled one.
  wb.getWorksheet(MASTER_SHEET)!.getCell('H4').note = '统计局初步数';
  wb.getWorksheet(MASTER_SHEET)!.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  await wb.xlsx.writeFile(master);
  const returnsDir = join(dir, 'returns');
  await mkdir(returnsDir);
  for (const spec of specs) await writeFile(join(returnsDir, `${spec.department}.xlsx`), await returnBytes(spec));
  return { dir, master, returnsDir, catalog: await catalogFile(join(dir, 'catalog.json'), testCatalog) };
}

/** A style without empty parts: exceljs reads a restored cell's absent border back as `border: {}`. */
function styleOf(style: Partial<ExcelJS.Style> | undefined): unknown {
  return Object.fromEntries(Object.entries(style ?? {}).filter(([, v]) => !(v && typeof v === 'object' && Object.keys(v).length === 0)));
}

/** Every cell of a sheet: value, note and style, by address. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, JSON.stringify([cell.value ?? null, noteText(cell.note), styleOf(cell.style)]));
    }),
  );
  return cells;
}

function withoutValueCells(cells: Map<string, string>): Map<string, string> {
  return new Map([...cells].filter(([address]) => !VALUE_CELLS.has(address)));
}

function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
  return texts;
}

describe('returns merge', () => {
  it('merges the values into the master’s empty value cells with provenance notes, and nothing else', async () => {
    const s = await setup();
    const before = await load(s.master);
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog], s.dir);
    expect(run.stderr.filter((l) => !l.startsWith('读取填报表'))).toEqual([]);
    expect(run.code).toBe(1); // 第三产业占GDP比例: the master says 41, the return 42
    const out = await load(join(s.dir, 'out', '汇总表.merged.xlsx'));
    const ws = out.getWorksheet(MASTER_SHEET)!;

    expect([ws.getCell('H5').value, ws.getCell('G5').value]).toEqual([62.5, 58]);
    expect(noteText(ws.getCell('H5').note)).toBe('合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-02');
    expect(noteText(ws.getCell('G5').note)).toBe('上年值合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-02');
    // Text stays text: never a formula.
    expect(ws.getCell('H7').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('H7').formula).toBeUndefined();
    expect(ws.getCell('G7').value).toBe(80);
    // The conflict is listed and the master's value kept.
    expect(ws.getCell('H4').value).toBe(41);
    expect(noteText(ws.getCell('H4').note)).toBe('统计局初步数');
    expect(run.stdout.join('\n')).toMatch(/冲突 1 处\(1 处未覆盖\)[\s\S]*第三产业占GDP比例\s+指标汇总表!H4\s+41\s+市发展改革委:42\s+未覆盖/);

    // Every other cell of the master's own sheets is as it was (value, note and style); the value
    // cells of the table carry the check's marks, which 清除标记 takes off.
    for (const sheet of [MASTER_SHEET, '说明']) {
      expect(withoutValueCells(cellsOf(out.getWorksheet(sheet)!))).toEqual(withoutValueCells(cellsOf(before.getWorksheet(sheet)!)));
    }
    expect(out.worksheets.map((w) => [w.name, w.state])).toEqual([
      [MASTER_SHEET, 'visible'],
      ['说明', 'visible'],
      ['汇总情况', 'visible'],
      [MERGE_JOURNAL_SHEET, 'veryHidden'],
      ['指标汇总', 'visible'],
      [JOURNAL_SHEET, 'veryHidden'],
    ]);
    // Undoing the merge (after the check's marks are taken off) gives the master back exactly.
    const merged = await openWorkbook(join(s.dir, 'out', '汇总表.merged.xlsx'));
    expect(await undoMerge(merged)).toMatchObject({ restored: 4, kept: 0, consolidationSheet: '汇总情况' });
    await writeWorkbook(merged, join(s.dir, 'out', 'undone.xlsx'));
    const undone = await load(join(s.dir, 'out', 'undone.xlsx'));
    expect(undone.worksheets.map((w) => w.name)).toEqual([MASTER_SHEET, '说明']);
    for (const sheet of [MASTER_SHEET, '说明']) expect(cellsOf(undone.getWorksheet(sheet)!)).toEqual(cellsOf(before.getWorksheet(sheet)!));
    // The input is never modified.
    expect(cellsOf((await load(s.master)).getWorksheet(MASTER_SHEET)!)).toEqual(cellsOf(before.getWorksheet(MASTER_SHEET)!));
  });

  it('lists returned departments with their stamp, the missing ones and what is still empty; rebuilds the summary sheet', async () => {
    const s = await setup();
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog], s.dir);
    const out = await load(join(s.dir, 'out', '汇总表.merged.xlsx'));
    const consolidation = sheetTexts(out.getWorksheet('汇总情况')!);
    expect(consolidation).toEqual(expect.arrayContaining(['已报送的部门(3)', '市林业局', '王五', '2026-03-02', '已核查且未改动', '核查后有改动', '未核查', '未报送的部门(3)', '市工业信息化委', '市城管局', '冲突(1)', '仍为空的指标(3)']));
    const summary = sheetTexts(out.getWorksheet('指标汇总')!);
    // 森林覆盖率 62.5 passes now; 城镇污水处理率 holds text, not a number.
    expect(summary).toEqual(expect.arrayContaining(['未填报指标(3)', '单位GDP能耗', '空气质量优良天数比例', '生活垃圾无害化处理率']));
    const text = run.stdout.join('\n');
    expect(text).toContain('已报送 3 个部门:市住房城乡建设局、市发展改革委、市林业局');
    expect(text).toContain('未报送 3 个部门');
    expect(text).toContain('合并 4 个数值,1 个与汇总表相同');
    expect(text).toContain('仍为空的指标 3 项');
  });

  it('overwrites conflicting values with --overwrite, noting the replaced value; exit 0', async () => {
    const s = await setup();
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog, '--overwrite'], s.dir);
    expect(run.code).toBe(0);
    const ws = (await load(join(s.dir, 'out', '汇总表.merged.xlsx'))).getWorksheet(MASTER_SHEET)!;
    expect(ws.getCell('H4').value).toBe(42);
    expect(noteText(ws.getCell('H4').note)).toBe('统计局初步数\n合并自市发展改革委填报表(市发展改革委.xlsx),填报日期2026-03-01,覆盖原值41;上报说明:改过');
  });

  it('changes nothing when the same returns are merged into the merged workbook again', async () => {
    const s = await setup();
    await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog, '--overwrite'], s.dir);
    const first = join(s.dir, 'out', '汇总表.merged.xlsx');
    const again = await runCli(['returns', 'merge', join('out', '汇总表.merged.xlsx'), 'returns', '--out', 'out2', '--catalog', s.catalog], s.dir);
    expect(again.code).toBe(0);
    expect(again.stdout.join('\n')).toContain('合并 0 个数值,6 个与汇总表相同');
    const a = await load(first);
    const b = await load(join(s.dir, 'out2', '汇总表.merged.xlsx'));
    const journal = async (path: string) => (await readJournal(await openWorkbook(path), MERGE_JOURNAL_SHEET, MERGE_JOURNAL_MARKER))!.entries;
    for (const sheet of [MASTER_SHEET, '说明']) expect(cellsOf(b.getWorksheet(sheet)!)).toEqual(cellsOf(a.getWorksheet(sheet)!));
    // The second merge keeps the first one's record.
    const journalA = await journal(first);
    expect(await journal(join(s.dir, 'out2', '汇总表.merged.xlsx'))).toEqual(journalA);
    expect(journalA).toHaveLength(5);
  });

  it('composes notes (provenance, then the verdict), keeps numbers numbers, shows dates as dates, lists a blank return as 空表 and explained failures', async () => {
    const s = await setup([
      { ...forestry, date: 46093 as unknown as string, stamp: undefined, rows: [{ id: 't-03', name: '森林覆盖率', value: 55, previous: '58%', note: '原因:山火;整改措施:补植造林' }] },
      { department: '市城管局', catalogId: 'test-city', rows: [{ id: 't-06', name: '生活垃圾无害化处理率', value: null }] },
      { department: '市住房城乡建设局', catalogId: 'test-city', rows: [{ id: 't-05', name: '城镇污水处理率', value: '98%' }] },
    ]);
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog, '--overwrite'], s.dir);
    expect(run.code).toBe(0);
    const out = await load(join(s.dir, 'out', '汇总表.merged.xlsx'));
    const ws = out.getWorksheet(MASTER_SHEET)!;
    expect(noteText(ws.getCell('H5').note)).toBe(
      '合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-12;上报说明:原因:山火;整改措施:补植造林\n未达标:目标≥60%,现状55%,差5个百分点(约束性)',
    );
    expect([ws.getCell('G5').value, ws.getCell('H7').value]).toEqual([58, 98]);
    const consolidation = sheetTexts(out.getWorksheet('汇总情况')!);
    expect(consolidation).toEqual(
      expect.arrayContaining(['已报送的部门(2)', '2026-03-12', '空表(已交回但未填写:市城管局.xlsx)', '已说明的未达标指标(1)', '原因:山火;整改措施:补植造林']),
    );
    expect(consolidation).not.toContain('46093');
    expect(run.stdout.join('\n')).toContain('已报送 2 个部门');
    expect(run.stdout.join('\n')).toMatch(/未报送 \d+ 个部门:.*市城管局\(空表\)/);
    expect(run.stdout.join('\n')).toContain('已说明的未达标指标 1 项');
  });

  it('writes a feedback workbook per department with failing or empty indicators', async () => {
    const s = await setup([{ ...forestry, rows: [{ id: 't-03', name: '森林覆盖率', value: 55 }] }]);
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', join('returns', '市林业局.xlsx'), '--out', 'out', '--catalog', s.catalog, '--feedback'], s.dir);
    expect(run.code).toBe(0);
    const files = (await readdir(join(s.dir, 'out'))).sort();
    expect(files).toEqual(expect.arrayContaining(['反馈-市林业局.xlsx', '反馈-市城管局.xlsx', '汇总表.merged.xlsx']));
    expect(files).not.toContain('反馈-市发展改革委.xlsx');
    const feedback = sheetTexts((await load(join(s.dir, 'out', '反馈-市林业局.xlsx'))).getWorksheet('反馈')!);
    expect(feedback).toEqual(expect.arrayContaining(['市林业局:需要补充或核实的指标', '森林覆盖率', '55', '未达标', '市林业局.xlsx', '填报表!G5']));
    expect(feedback).not.toContain('指标汇总表!H5');
  });

  it('skips a file that is not a return, and stops with exit 2 when no return is left or the master is unusable', async () => {
    const s = await setup([forestry]);
    await noTableWorkbook(join(s.returnsDir, '说明.xlsx'));
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--catalog', s.catalog], s.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('returns/说明.xlsx:不是部门填报表(没有填报表标识),已跳过。');
    expect(run.stderr.filter((l) => l.startsWith('读取填报表')).pop()).toBe('读取填报表 2/2 (100%)');

    const none = await runCli(['returns', 'merge', '汇总表.xlsx', join('returns', '说明.xlsx'), '--out', 'out'], s.dir);
    expect(none.code).toBe(2);
    expect(none.stderr.pop()).toMatch(/^没有可合并的部门填报表/);

    const badMaster = await runCli(['returns', 'merge', 'nothing.xlsx', 'returns', '--out', 'out', '--lang', 'en'], s.dir);
    expect(badMaster.code).toBe(2);
    expect(badMaster.stderr).toEqual(['nothing.xlsx: file not found; check the path.']);
  });
});
