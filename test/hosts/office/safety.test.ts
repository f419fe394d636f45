// The Office host on the in-memory workbook with merged and formula cells (DESIGN §6): a fill never
// lands in a cell covered by a merge nor in a formula cell, whatever its result; marks on a merged
// value go on its top-left; a user's own 指标汇总 is never replaced or deleted, whatever its text;
// 清除标记 gives the workbook back exactly.
import { createOfficeHost, type OfficeHost } from '../../../src/hosts/office';
import { DEFAULT_SETTINGS, runJob, clearJob, type JobSettings } from '../../../src/addin/jobs';
import type { Catalog } from '../../../src/core/types';
import { FakeExcel, type FakeCell, type SavedWorkbook } from '../../support/fake-excel';
import { PALETTE, comparable } from './fixtures';

const SHEET = '自评表';
const FOOTER = '本表由指标核查助手生成,重新生成时将被替换。';

const catalog: Catalog = {
  id: 'safety-test',
  title: '测试指标库',
  indicators: [
    { id: 'a', name: '城镇污水处理率', target: '≥85', unit: '%', direction: 'higher', property: '约束性', lead: ['市住建局'], coop: ['市生态环境局'], sourceText: 's' },
    { id: 'b', name: '农村生活污水治理率', target: '≥60', unit: '%', direction: 'higher', property: '约束性', lead: ['市住建局'], coop: [], sourceText: 's' },
    { id: 'c', name: '森林覆盖率', target: '≥40', unit: '%', direction: 'higher', property: '约束性', lead: ['市林业局'], coop: [], sourceText: 's' },
    { id: 'd', name: '空气质量优良天数比例', target: '≥80', unit: '%', direction: 'higher', property: '约束性', lead: ['市生态环境局'], coop: [], sourceText: 's' },
    { id: 'e', name: '集中式饮用水水源地水质达标率', target: '100%', unit: '%', direction: 'higher', property: '约束性', lead: ['市水利局'], coop: [], sourceText: 's' },
  ],
};

function row(cells: Record<string, FakeCell>, r: number, values: (string | number | null)[]): void {
  values.forEach((v, c) => {
    if (v !== null) cells[`${'ABCDEFGH'[c]}${r}`] = { value: v };
  });
}

/**
 * 序号 | 指标名称 | 单位 | 目标值 | 现状值 | 牵头单位 | 配合单位 | 达标情况 in rows 1–6. 牵头单位 is merged
 * down rows 2–4 under 市住建局; 达标情况 of rows 2 and 3 are formulas with an empty result; the value
 * of rows 4 and 5 is one merged cell (E4:E5); row 6's value is merged across 现状值 and 牵头单位.
 */
function workbook(extraSheets: SavedWorkbook['sheets'] = []): SavedWorkbook {
  const cells: Record<string, FakeCell> = {};
  row(cells, 1, ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位', '配合单位', '达标情况']);
  row(cells, 2, [1, '城镇污水处理率', '%', '≥85', 80, '市住建局', null, null]);
  row(cells, 3, [2, '农村生活污水治理率', '%', '≥60', 70, null, null, null]);
  row(cells, 4, [3, '森林覆盖率', '%', '≥40', 30, null, null, null]);
  row(cells, 5, [4, '空气质量优良天数比例', '%', '≥80', null, null, null, null]);
  row(cells, 6, [5, '集中式饮用水水源地水质达标率', '%', '100%', 100, null, null, null]);
  cells.H2 = { formula: '=IF(E2="","",IF(E2>=85,"达标","未达标"))', value: '' };
  cells.H3 = { formula: '=IF(E3="","",IF(E3>=60,"达标","未达标"))' }; // no cached result
  return {
    sheets: [{ name: SHEET, cells, merges: ['F2:F4', 'E4:E5', 'E6:F6'] }, ...extraSheets],
    tables: [],
  };
}

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

const settings: JobSettings = { ...DEFAULT_SETTINGS, catalog: { kind: 'given', catalog } };

describe('merged and formula cells on the Office host', () => {
  it('fills only truly empty cells that no merge covers, never a formula, and marks a merged value on its top-left', async () => {
    const fake = new FakeExcel(workbook());
    const host = hostOn(fake);
    const before = comparable(fake.save());
    const outcome = await runJob(host, 'fill', settings);
    const written = outcome.plan.writes.map((w) => `${'ABCDEFGH'[w.col]}${w.row + 1}`).sort();

    // The merge F2:F4 keeps its value and its covered cells stay empty; F6 is covered by E6:F6.
    expect(fake.observe(SHEET, 'F2').value).toBe('市住建局');
    for (const address of ['F3', 'F4', 'F6', 'E5']) expect(fake.observe(SHEET, address)).toMatchObject({ value: '', formula: '', note: null, fill: null });
    // The formulas are still there, with their empty results.
    expect(fake.cell(SHEET, 'H2')?.formula).toBe('=IF(E2="","",IF(E2>=85,"达标","未达标"))');
    expect(fake.cell(SHEET, 'H3')?.formula).toBe('=IF(E3="","",IF(E3>=60,"达标","未达标"))');
    expect(written).not.toEqual(expect.arrayContaining(['F3']));
    for (const address of ['F2', 'F3', 'F4', 'F6', 'H2', 'H3', 'E5']) expect(written).not.toContain(address);
    // Truly empty cells are filled: 配合单位 of row 2, 牵头单位 of row 5 and the status of row 6.
    expect(fake.observe(SHEET, 'G2').value).toBe('市生态环境局');
    expect(fake.observe(SHEET, 'F5').value).toBe('市生态环境局');
    expect(fake.observe(SHEET, 'H6').value).toBe('达标');
    // Rows 4 and 5 share the merged value E4: one mark, on E4, with the note of the failing row.
    expect(fake.observe(SHEET, 'E4').fill).toBe(PALETTE.bad.fill);
    expect(fake.observe(SHEET, 'E4').note).toMatch(/未达标/);
    expect(fake.stats.coveredWrites).toBe(0);

    expect(await clearJob(host)).not.toBeNull();
    expect(comparable(fake.save())).toEqual(before);
  });

  it("keeps the user's own 指标汇总, footer sentence and all: the summary gets another name, and 清除标记 leaves the user's sheet", async () => {
    const own = { name: '指标汇总', cells: { A1: { value: '我的汇总' }, A3: { value: FOOTER } } };
    const fake = new FakeExcel(workbook([own]));
    const host = hostOn(fake);
    const before = comparable(fake.save());
    const outcome = await runJob(host, 'summary', settings);
    expect(outcome.applied.summarySheet).toBe('指标汇总(2)');
    expect(fake.observe('指标汇总', 'A1').value).toBe('我的汇总');

    // Checking again: the journal's record makes 指标汇总(2) ours; it is replaced, the user's is kept.
    const again = await runJob(host, 'summary', settings);
    expect(again.applied.summarySheet).toBe('指标汇总(2)');
    expect(again.check.findings).toHaveLength(outcome.check.findings.length);
    expect(fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(expect.arrayContaining(['指标汇总', '指标汇总(2)']));

    await clearJob(host);
    expect(comparable(fake.save())).toEqual(before);
  });

  it('--lang en beside a user sheet named "indicator summary" (names compare without case)', async () => {
    const own = { name: 'indicator summary', cells: { A1: { value: 'mine' } } };
    const fake = new FakeExcel(workbook([own]));
    const host = hostOn(fake);
    const outcome = await runJob(host, 'summary', { ...settings, lang: 'en' });
    expect(outcome.applied.summarySheet).toBe('Indicator Summary(2)');
    expect(fake.observe('indicator summary', 'A1').value).toBe('mine');
  });

  it('reads formulas in the same two requests as the values', async () => {
    const fake = new FakeExcel(workbook());
    const host = hostOn(fake);
    const read = await host.readGrid();
    expect(host.lastStats!.syncs).toBeLessThanOrEqual(2);
    const sheet = read.grid.sheets.find((s) => s.name === SHEET)!;
    expect(sheet.formulas?.[1 - sheet.top]?.[7 - sheet.left]).toBe('IF(E2="","",IF(E2>=85,"达标","未达标"))');
    expect(sheet.formulas?.[0]?.[0] ?? null).toBeNull();
  });
});
