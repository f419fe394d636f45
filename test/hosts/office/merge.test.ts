// Merging returns into the open workbook on the in-memory Excel: values as typed numbers or text,
// provenance notes under the user's own, the merge journal, the consolidation sheet, 撤销合并 giving
// back the workbook exactly, a check's 清除标记 never reverting a merge, refusals, and the syncs.
import type { Catalog } from '../../../src/core/types';
import { parseCatalog } from '../../../src/core/catalog/load';
import { MERGE_JOURNAL_SHEET } from '../../../src/core/journal';
import { findReturnMarkers } from '../../../src/core/returns/format';
import { planMerge, type ReturnInput } from '../../../src/core/returns/merge';
import { createOfficeHost, type OfficeHost } from '../../../src/hosts/office';
import { gridOf } from '../../support/exceljs-grid';
import { DEFAULT_SETTINGS, runJob } from '../../../src/addin/jobs';
import { FakeExcel, type SavedWorkbook } from '../../support/fake-excel';
import { MASTER_HEADER, returnWorkbook, type ReturnSpec } from '../../support/return-workbooks';
import { testCatalog } from '../../cli/fixtures';
import { comparable } from './fixtures';

const SHEET = '汇总表';
const catalog: Catalog = parseCatalog(testCatalog, 'test');
const OPTIONS = { overwrite: false, lang: 'zh-CN' as const, now: '2026-03-05 10:00' };

function masterSaved(): SavedWorkbook {
  const rows = [
    [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.2, null, '市工业信息化委'],
    [2, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, 41, '市发展改革委'],
    [3, '生态环境', '森林覆盖率', '%', '≥60', '约束性', null, null, '市林业局'],
    [4, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', null, null, '市住房城乡建设局'],
  ];
  const cells: Record<string, { value: string | number }> = {};
  const letters = 'ABCDEFGHIJK';
  cells.A1 = { value: '指标汇总表' };
  MASTER_HEADER.forEach((h, c) => (cells[`${letters[c]}2`] = { value: h }));
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (cells[`${letters[c]}${r + 3}`] = { value: v })));
  return { sheets: [{ name: SHEET, cells, notes: { H5: '请林业局补报' } }, { name: '说明', cells: { A1: { value: '说明' } } }] };
}

function input(spec: ReturnSpec): ReturnInput {
  const grid = gridOf(returnWorkbook(spec).workbook);
  return { file: `${spec.department}.xlsx`, grid, marker: findReturnMarkers(grid)[0], stampState: 'unchecked' };
}

const RETURNS = () => [
  input({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }] }),
  input({ department: '市住房城乡建设局', catalogId: 'test-city', rows: [{ id: 't-05', name: '城镇污水处理率', value: '=SUM(A1)' }] }),
  input({ department: '市发展改革委', catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42 }] }),
];

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

async function merge(host: OfficeHost, overwrite = false) {
  const read = await host.readGrid();
  const plan = planMerge(read.grid, RETURNS(), catalog, { ...OPTIONS, overwrite });
  return { plan, result: await host.merge(plan, read, { createdAt: '2026-03-05T02:00:00.000Z' }) };
}

describe('Office host: returns merge', () => {
  it('writes the values and their provenance notes, the merge journal and the consolidation sheet, in four syncs', async () => {
    const fake = new FakeExcel(masterSaved());
    const host = hostOn(fake);
    const { plan, result } = await merge(host);
    expect(host.lastStats).toMatchObject({ operation: 'merge' });
    expect(host.lastStats!.syncs).toBeLessThanOrEqual(4);
    expect(result).toEqual({ written: 3, consolidationSheet: '汇总情况', notesSkipped: false, trimmed: 0 });
    expect(plan.conflicts).toHaveLength(1);

    expect(fake.observe(SHEET, 'H5')).toMatchObject({ value: 62.5, note: '请林业局补报\n合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01' });
    expect(fake.observe(SHEET, 'G5')).toMatchObject({ value: 58, note: '上年值合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01' });
    // Text stays text, never a formula.
    expect(fake.observe(SHEET, 'H6').value).toBe('=SUM(A1)');
    expect(fake.cell(SHEET, 'H6')?.formula).toBeUndefined();
    // The conflict is left as it is.
    expect(fake.observe(SHEET, 'H4')).toMatchObject({ value: 41, note: null });
    expect(fake.sheet(MERGE_JOURNAL_SHEET).visibility).toBe('VeryHidden');
    expect(fake.observe('汇总情况', 'A1').value).toBe('部门填报汇总情况');
  });

  it('撤销合并 gives the workbook back exactly; a second merge extends the first one’s record', async () => {
    const fake = new FakeExcel(masterSaved());
    const before = comparable(fake.save());
    const host = hostOn(fake);
    await merge(host);
    await merge(host, true); // overwrites H4 and writes nothing else anew
    expect(fake.observe(SHEET, 'H4').value).toBe(42);

    expect(await host.undoMerge()).toEqual({ restored: 4, kept: 0, skipped: 0, consolidationSheet: '汇总情况', notesSkipped: false });
    expect(host.lastStats!.syncs).toBeLessThanOrEqual(4);
    expect(comparable(fake.save())).toEqual(before);
    expect(await host.undoMerge()).toBeNull();
  });

  it('keeps a value changed by hand since the merge', async () => {
    const fake = new FakeExcel(masterSaved());
    const host = hostOn(fake);
    await merge(host);
    fake.setValues(SHEET, 'H5', [[63]]);
    expect(await host.undoMerge()).toMatchObject({ restored: 2, kept: 1 });
    expect(fake.observe(SHEET, 'H5').value).toBe(63);
    expect(fake.observe(SHEET, 'G5').value).toBe('');
  });

  it('a check’s 清除标记 never reverts merged values or their notes', async () => {
    const fake = new FakeExcel(masterSaved());
    const before = comparable(fake.save());
    const host = hostOn(fake);
    const settings = { ...DEFAULT_SETTINGS, catalog: { kind: 'given' as const, catalog } };
    await runJob(host, 'summary', settings);
    expect(fake.observe(SHEET, 'H5').note).toMatch(/^未填报/);
    await merge(host);
    await runJob(host, 'summary', settings); // rebuilt from the merged values
    expect(fake.observe(SHEET, 'H5').note).toBe('请林业局补报\n合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01');

    await host.clear();
    expect(fake.observe(SHEET, 'H5')).toMatchObject({ value: 62.5, note: '请林业局补报\n合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01', fill: null });
    await host.undoMerge();
    expect(comparable(fake.save())).toEqual(before);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const saved = masterSaved();
    saved.sheets[0].protected = true;
    const fake = new FakeExcel(saved);
    const before = comparable(fake.save());
    await expect(merge(hostOn(fake))).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(comparable(fake.save())).toEqual(before);
  });
});
