// The Office host end to end on the in-memory workbook: what each operation leaves in the cells, that
// 清除标记 gives back exactly the workbook there was (every cell, not only the touched ones), refusals
// before anything is written, and the number and size of requests.
import { createOfficeHost, type GridRead, type OfficeHost } from '../../../src/hosts/office';
import { cellAddress } from '../../../src/core/address';
import { JOURNAL_SHEET } from '../../../src/core/journal';
import { CoreError } from '../../../src/core/errors';
import { DEFAULT_SETTINGS, runJob, clearJob, type Job, type JobSettings } from '../../../src/addin/jobs';
import { FakeExcel, WEB_PAYLOAD_LIMIT, type FakeOptions } from '../../support/fake-excel';
import { COL, FIRST_ROW, PALETTE, SHEET, comparable, forestCatalog, indicatorPlan, indicatorWorkbook, newFake } from './fixtures';

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

const at = (row: number, col: number) => cellAddress(row, col);

/** The saved workbook without the names Excel numbers its charts by (Chart 1, Chart 2, …). */
function withoutChartNames(fake: FakeExcel) {
  const saved = comparable(fake.save());
  for (const sheet of saved.sheets) for (const chart of sheet.charts ?? []) delete (chart as { name?: string }).name;
  return saved;
}

function settingsFor(rows: number): JobSettings {
  return { ...DEFAULT_SETTINGS, catalog: { kind: 'given', catalog: forestCatalog(rows) } };
}

describe('applying a plan', () => {
  it('marks cells with the palette and their notes, writes text as text, and keeps the journal very hidden', async () => {
    const fake = newFake(10);
    const host = hostOn(fake);
    const read = await host.readGrid();
    const result = await host.apply(indicatorPlan(10), read);

    expect(result).toMatchObject({ marked: 10, notesSkipped: false, summarySheet: '指标汇总', chart: true, replacedPrevious: false });
    const first = fake.observe(SHEET, at(FIRST_ROW, COL.value));
    expect(first.fill).toBe(PALETTE.bad.fill);
    expect(first.fontColor).toBe(PALETTE.bad.font);
    expect(first.note).toMatch(/^未达标:目标≥40%/);
    // The value itself is left alone, its number format too.
    expect(fake.observe(SHEET, at(FIRST_ROW + 1, COL.value)).formula).toBe('=0.3+0.1');
    expect(fake.cell(SHEET, at(FIRST_ROW, COL.value))?.numberFormat).toBe('0.0%');
    // Text beginning with = or + is written as text, not as a formula or a number.
    expect(fake.observe(SHEET, at(FIRST_ROW, COL.lead))).toMatchObject({ value: '=SUM(A1)', formula: '=SUM(A1)' });
    expect(fake.cell(SHEET, at(FIRST_ROW, COL.lead))?.formula).toBeUndefined();
    expect(fake.observe(SHEET, at(FIRST_ROW + 2, COL.lead)).value).toBe('+86 123');
    // The summary sheet's cells, a link back to the source cell, and the journal.
    expect(fake.observe('指标汇总', 'A1').value).toBe('指标核查汇总');
    expect(fake.observe('指标汇总', 'A2').value).toBe('=1+1 不是公式');
    expect(fake.cell('指标汇总', 'A2')?.formula).toBeUndefined();
    expect(fake.sheet('指标汇总').charts).toHaveLength(1);
    expect(fake.sheet(JOURNAL_SHEET).visibility).toBe('VeryHidden');
    expect(fake.enableEvents).toBe(true);
    expect(fake.stats.screenUpdatingSuspended).toBeGreaterThan(0);
  });

  it('清除标记 restores the whole workbook exactly: fills, font colours, values, formulas, dates and notes', async () => {
    const fake = newFake(40);
    const before = comparable(fake.save());
    const host = hostOn(fake);
    await host.apply(indicatorPlan(40), await host.readGrid());
    expect(comparable(fake.save())).not.toEqual(before);

    const cleared = await host.clear();
    expect(cleared).toMatchObject({ skipped: 0, summarySheet: '指标汇总', notesSkipped: false });
    expect(comparable(fake.save())).toEqual(before);
    expect(await host.clear()).toBeNull();
  });

  it('a second check replaces the first instead of stacking marks, and one clear still restores everything', async () => {
    const fake = newFake(30);
    const before = comparable(fake.save());
    const host = hostOn(fake);
    const createdAt = '2026-11-23T08:00:00.000Z';
    await host.apply(indicatorPlan(30), await host.readGrid(), { createdAt });
    const once = withoutChartNames(fake);

    const read = await host.readGrid();
    // The grid the core sees has the first check's marks and fills taken off.
    const sheet = read.grid.sheets.find((s) => s.name === SHEET)!;
    expect(sheet.values[FIRST_ROW - sheet.top][COL.lead - sheet.left] ?? '').toBe('');
    expect(read.grid.sheets.map((s) => s.name)).not.toContain('指标汇总');
    const again = await host.apply(indicatorPlan(30), read, { createdAt });
    expect(again.replacedPrevious).toBe(true);
    expect(withoutChartNames(fake)).toEqual(once);

    await host.clear();
    expect(comparable(fake.save())).toEqual(before);
  });

  it('clears after the workbook was saved, closed and opened again', async () => {
    const original = newFake(25);
    const before = comparable(original.save());
    const host = hostOn(original);
    await host.apply(indicatorPlan(25), await host.readGrid());

    const reopened = new FakeExcel(original.save(), { maxAreasAddressLength: 8000 });
    await hostOn(reopened).clear();
    expect(comparable(reopened.save())).toEqual(before);
  });

  it('keeps a correction typed into a filled cell when the marks are cleared', async () => {
    const fake = newFake(6);
    const host = hostOn(fake);
    await host.apply(indicatorPlan(6), await host.readGrid());
    fake.setValues(SHEET, at(FIRST_ROW + 2, COL.lead), [['市林业局(已更正)']]);
    await host.clear();
    expect(fake.observe(SHEET, at(FIRST_ROW + 2, COL.lead)).value).toBe('市林业局(已更正)');
    expect(fake.observe(SHEET, at(FIRST_ROW + 4, COL.lead)).value).toBe('');
  });

  it('without the notes API (before ExcelApi 1.18) makes no note call, says so, and still clears exactly', async () => {
    const fake = newFake(20, { excelApi: '1.17' });
    const before = comparable(fake.save());
    const host = hostOn(fake);
    const result = await host.apply(indicatorPlan(20), await host.readGrid());
    expect(result.notesSkipped).toBe(true);
    expect(fake.stats.notesCalls).toBe(0);
    expect(fake.note(SHEET, at(FIRST_ROW + 1, COL.value))).toBeNull();
    expect(fake.observe(SHEET, at(FIRST_ROW + 1, COL.value)).fill).toBe(PALETTE.neutral.fill);

    const cleared = await host.clear();
    expect(cleared?.notesSkipped).toBe(true);
    expect(comparable(fake.save())).toEqual(before);
  });
});

describe('refusals: nothing written', () => {
  async function expectNothingWritten(fake: FakeExcel, work: () => Promise<unknown>, code: string): Promise<void> {
    const before = JSON.stringify(fake.save());
    await expect(work()).rejects.toMatchObject({ code });
    expect(JSON.stringify(fake.save())).toBe(before);
  }

  it('a protected sheet is refused with a message naming it', async () => {
    const saved = indicatorWorkbook(10);
    saved.sheets[0].protected = true;
    const fake = new FakeExcel(saved);
    const host = hostOn(fake);
    const read = await host.readGrid();
    let error: unknown;
    await expectNothingWritten(fake, () => host.apply(indicatorPlan(10), read).catch((e) => Promise.reject((error = e))), 'sheet-protected');
    expect((error as CoreError).localized('zh-CN')).toContain(SHEET);
  });

  it('a protected workbook structure is refused, since the summary and journal sheets must be added', async () => {
    const fake = newFake(5);
    fake.state.protected = true;
    const host = hostOn(fake);
    const read = await host.readGrid();
    await expectNothingWritten(fake, () => host.apply(indicatorPlan(5), read), 'workbook-protected');
  });

  it('cell-edit mode becomes "请先退出单元格编辑"', async () => {
    const fake = newFake(5);
    const host = hostOn(fake);
    const read = await host.readGrid();
    fake.cellEditMode = true;
    let error: unknown;
    await expectNothingWritten(fake, () => host.apply(indicatorPlan(5), read).catch((e) => Promise.reject((error = e))), 'cell-editing');
    expect((error as CoreError).localized('zh-CN')).toContain('请先退出单元格编辑');
    await expect(host.readGrid()).rejects.toMatchObject({ code: 'cell-editing' });
  });

  it('a workbook whose sheets changed after it was read is not written to', async () => {
    const fake = newFake(5);
    const host = hostOn(fake);
    const read: GridRead = await host.readGrid();
    fake.sheet('说明').protected = true;
    await expectNothingWritten(fake, () => host.apply(indicatorPlan(5), read), 'workbook-changed');
  });
});

describe('requests: a fixed number of syncs up to 5,000 rows, chunks under the web limit above', () => {
  async function jobSyncs(rows: number, job: Job, options: FakeOptions = {}): Promise<{ job: number; clear: number; fake: FakeExcel }> {
    const fake = newFake(rows, { payloadLimit: WEB_PAYLOAD_LIMIT, ...options });
    const host = hostOn(fake);
    fake.resetStats();
    await runJob(host, job, settingsFor(rows));
    const jobCount = fake.stats.syncs;
    fake.resetStats();
    await clearJob(host);
    return { job: jobCount, clear: fake.stats.syncs, fake };
  }

  it.each<Job>(['check', 'fill', 'summary'])('%s and then 清除标记 take at most 4 syncs each, the same at 50 and at 5,000 rows', async (job) => {
    const small = await jobSyncs(50, job);
    const large = await jobSyncs(5000, job);
    expect(small.job).toBeLessThanOrEqual(4);
    expect(small.clear).toBeLessThanOrEqual(4);
    expect(large.job).toBe(small.job);
    expect(large.clear).toBe(small.clear);
  });

  it('a check repeated on a checked workbook takes the same number of syncs', async () => {
    const fake = newFake(5000, { payloadLimit: WEB_PAYLOAD_LIMIT });
    const host = hostOn(fake);
    await runJob(host, 'summary', settingsFor(5000));
    fake.resetStats();
    await runJob(host, 'check', settingsFor(5000));
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
  });

  it('at 50,000 rows reads and writes go in chunks, each request and response under 5 MB, and clear still restores exactly', async () => {
    const rows = 50000;
    const fake = newFake(rows, { payloadLimit: WEB_PAYLOAD_LIMIT });
    const before = comparable(fake.save());
    const host = hostOn(fake);
    fake.resetStats();
    const outcome = await runJob(host, 'fill', settingsFor(rows));
    expect(outcome.check.findings.length).toBe(rows);
    expect(fake.stats.syncs).toBeGreaterThan(4);
    expect(fake.stats.requests.every((r) => !r.failed || r.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.largestRequestBytes()).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(fake.largestResponseBytes()).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(fake.observe(SHEET, at(FIRST_ROW + rows - 1, COL.lead)).value).toBe('市林业局');

    fake.resetStats();
    await clearJob(host);
    expect(fake.largestRequestBytes()).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(comparable(fake.save())).toEqual(before);
  }, 300_000);
});
