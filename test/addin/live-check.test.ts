// Re-checking only the edited rows on the in-memory workbook: three syncs and small requests at any
// table size, the same cells as a full re-run would leave, and 清除标记 still restoring everything.
import { createOfficeHost, type OfficeHost } from '../../src/hosts/office';
import { cellAddress } from '../../src/core/address';
import { DEFAULT_SETTINGS, clearJob, runJob, type Job, type JobOutcome, type JobSettings } from '../../src/addin/jobs';
import { recheckEditedRows } from '../../src/addin/live-check';
import type { SheetRows } from '../../src/core/touched-rows';
import { FakeExcel, WEB_PAYLOAD_LIMIT, type SavedWorkbook } from '../support/fake-excel';
import { COL, FIRST_ROW, SHEET, comparable, forestCatalog, indicatorWorkbook, newFake } from '../hosts/office/fixtures';
import { JOURNAL_SHEET } from '../../src/core/journal';

const NOW = new Date(2026, 10, 23, 14, 5);
const at = (row: number, col: number) => cellAddress(row, col);
/** Row i holds 38.5% + (i mod 7)%: rows 0, 1, 7, 8, … fail the target ≥40%. */
const FAILING = FIRST_ROW + 7;

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

function settingsFor(rows: number): JobSettings {
  return { ...DEFAULT_SETTINGS, catalog: { kind: 'given', catalog: forestCatalog(rows) } };
}

const rowsOf = (...rows: number[]): SheetRows[] => [{ sheet: SHEET, rows }];

async function checked(rows: number, job: Job = 'check') {
  const fake = newFake(rows, { payloadLimit: WEB_PAYLOAD_LIMIT });
  const host = hostOn(fake);
  fake.resetStats();
  const outcome = await runJob(host, job, settingsFor(rows), NOW);
  const full = { request: fake.largestRequestBytes(), response: fake.largestResponseBytes() };
  fake.resetStats();
  return { fake, host, outcome, full };
}

/** A fixed value: the failing row's mark and note are gone and its finding now passes. */
async function fixOneValue(rows: number) {
  const { fake, host, outcome, full } = await checked(rows);
  expect(fake.observe(SHEET, at(FAILING, COL.value)).note).toMatch(/^未达标/);
  fake.setValues(SHEET, at(FAILING, COL.value), [[0.45]]);
  const next = await recheckEditedRows(host, outcome, rowsOf(FAILING), settingsFor(rows), NOW);
  return { fake, outcome, next: next!, full };
}

describe('re-checking the edited rows', () => {
  it('after a check of 5,000 rows, a fixed value takes 3 syncs and small requests; its mark and note go and the findings follow', async () => {
    const { fake, outcome, next, full } = await fixOneValue(5000);
    expect(next).not.toBeNull();
    expect(fake.stats.syncs).toBe(3);
    const largest = Math.max(fake.largestRequestBytes(), fake.largestResponseBytes());
    expect(largest).toBeLessThan(Math.max(full.request, full.response) / 5);
    expect(fake.observe(SHEET, at(FAILING, COL.value))).toMatchObject({ fill: null, note: null, value: 0.45 });
    // Other rows keep their marks.
    expect(fake.observe(SHEET, at(FAILING + 7, COL.value)).note).toMatch(/^未达标/);

    const finding = (o: JobOutcome) => o.check.findings.find((f) => f.row === FAILING + 1 && f.col === COL.value);
    expect(finding(outcome)?.status).toBe('fail');
    expect(finding(next)?.status).toBe('pass');
    expect(next.check.summary.totals.pass).toBe(outcome.check.summary.totals.pass + 1);
    expect(next.applied.journal.entries.length).toBe(outcome.applied.journal.entries.length - 1);
  });

  it('takes the same syncs at 50 and at 5,000 rows', async () => {
    const small = await fixOneValue(50);
    const smallSyncs = small.fake.stats.syncs;
    const large = await fixOneValue(5000);
    expect(small.next).not.toBeNull();
    expect(large.fake.stats.syncs).toBe(smallSyncs);
  });

  it('leaves the workbook as a full re-run would, and 清除标记 after several updates restores it all but the user\'s edits', async () => {
    const rows = 60;
    const original = indicatorWorkbook(rows);
    const { fake, host, outcome } = await checked(rows, 'fill');
    // The user's edits, made on a copy of the untouched workbook too.
    const expected = new FakeExcel(structuredClone(original) as SavedWorkbook);
    const edit = (address: string, value: unknown) => [fake, expected].forEach((f) => f.setValues(SHEET, address, [[value]]));

    edit(at(FAILING, COL.value), 0.45);
    let last = (await recheckEditedRows(host, outcome, rowsOf(FAILING), settingsFor(rows), NOW))!;
    expect(last).not.toBeNull();
    // A responsibility cell the tool filled, typed over: the user's value stays.
    const filled = at(FIRST_ROW + 2, COL.lead);
    expect(fake.observe(SHEET, filled).value).toBe('市林业局');
    edit(filled, '市自然资源局');
    edit(at(FIRST_ROW + 4, COL.value), 0.1);
    last = (await recheckEditedRows(host, last, rowsOf(FIRST_ROW + 2, FIRST_ROW + 4), settingsFor(rows), NOW))!;
    expect(last).not.toBeNull();
    expect(fake.observe(SHEET, filled).value).toBe('市自然资源局');
    expect(fake.observe(SHEET, at(FIRST_ROW + 4, COL.value)).note).toMatch(/^未达标/);

    // The same cells as a check run from scratch on the edited workbook.
    const fresh = new FakeExcel(structuredClone(expected.save()));
    await runJob(hostOn(fresh), 'fill', settingsFor(rows), NOW);
    const withoutJournal = (f: FakeExcel) => ({ ...comparable(f.save()), sheets: comparable(f.save()).sheets.filter((s) => s.name !== JOURNAL_SHEET) });
    expect(withoutJournal(fake)).toEqual(withoutJournal(fresh));

    await clearJob(host);
    expect(comparable(fake.save())).toEqual(comparable(expected.save()));
  });

  it('rebuilds the summary sheet with the new counts', async () => {
    const { fake, host, outcome } = await checked(40, 'summary');
    fake.setValues(SHEET, at(FAILING, COL.value), [[0.45]]);
    const next = (await recheckEditedRows(host, outcome, rowsOf(FAILING), settingsFor(40), NOW))!;
    expect(next.applied.summarySheet).toBe('指标汇总');
    expect(fake.stats.syncs).toBe(3);
    const fresh = (await runJob(hostOn(new FakeExcel(fake.save())), 'summary', settingsFor(40), NOW)).plan.summary;
    expect(next.plan.summary).toEqual(fresh);
  });

  it('gives up (null: run the whole job) when the sheets changed, rows moved, or too many rows were edited', async () => {
    const { fake, host, outcome } = await checked(30);
    await fake.run(async (context) => {
      context.workbook.worksheets.add('新表');
      await context.sync();
    });
    fake.setValues(SHEET, at(FAILING, COL.value), [[0.45]]);
    expect(await recheckEditedRows(host, outcome, rowsOf(FAILING), settingsFor(30), NOW)).toBeNull();
    expect(fake.observe(SHEET, at(FAILING, COL.value)).note).toMatch(/^未达标/);

    // A row added under the table that the edited rows do not explain (as inserted rows would).
    const again = await checked(30);
    again.fake.setValues(SHEET, at(FIRST_ROW + 31, COL.name), [['森林覆盖率31']]);
    again.fake.setValues(SHEET, at(FAILING, COL.value), [[0.45]]);
    expect(await recheckEditedRows(again.host, again.outcome, rowsOf(FAILING), settingsFor(30), NOW)).toBeNull();

    const many = Array.from({ length: 201 }, (_, i) => FIRST_ROW + i);
    expect(await recheckEditedRows(again.host, again.outcome, rowsOf(...many), settingsFor(30), NOW)).toBeNull();
    expect(await recheckEditedRows(again.host, again.outcome, null, settingsFor(30), NOW)).toBeNull();
  });
});
