// Reading and applying some rows only: readRows converts as readGrid does, applyRows touches only
// the given rows and keeps the rest of the journal, and each apply returns what the next one needs.
import { createOfficeHost, type GridRead, type OfficeHost } from '../../../src/hosts/office';
import { cellAddress } from '../../../src/core/address';
import { isCoreError } from '../../../src/core/errors';
import type { EditPlan } from '../../../src/core/types';
import { FakeExcel } from '../../support/fake-excel';
import { COL, FIRST_ROW, PALETTE, SHEET, comparable, indicatorPlan, newFake } from './fixtures';

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

const at = (row: number, col: number) => cellAddress(row, col);

/** The plan without anything on `row`. */
function withoutRow(plan: EditPlan, row: number): EditPlan {
  return { ...plan, marks: plan.marks.filter((m) => m.row !== row), writes: plan.writes.filter((w) => w.row !== row) };
}

describe('readRows', () => {
  it('gives the rows as readGrid does (dates, formats, formulas\' results), with the used range, in one sync', async () => {
    const fake = newFake(10);
    const host = hostOn(fake);
    const read = await host.readGrid();
    const sheet = read.grid.sheets.find((s) => s.name === SHEET)!;
    const rows = [FIRST_ROW, FIRST_ROW + 1, FIRST_ROW + 2, FIRST_ROW + 6];
    fake.resetStats();
    const result = await host.readRows([{ sheet: SHEET, rows, left: sheet.left, right: sheet.left + sheet.values[0].length - 1 }], read.info);
    expect(fake.stats.syncs).toBe(1);
    const [got] = result.sheets;
    expect(got.rows.map((r) => r.row)).toEqual(rows);
    for (const { row, values, formats } of got.rows) {
      expect(values).toEqual(sheet.values[row - sheet.top]);
      const expected = sheet.formats?.[row - sheet.top] ?? [];
      expect(formats.some((f) => f !== null) ? formats : []).toEqual(expected);
    }
    expect(got.rows[2].values[COL.value]).toEqual({ date: expect.any(String) });
    expect(got.used).toEqual({ top: sheet.top, left: sheet.left, bottom: sheet.top + sheet.values.length - 1, right: sheet.left + sheet.values[0].length - 1 });
  });

  it('refuses (workbook-changed) when the sheets are no longer those of the last read', async () => {
    const fake = newFake(5);
    const host = hostOn(fake);
    const read = await host.readGrid();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('说明').name = '说明2';
      await context.sync();
    });
    const refused = await host.readRows([{ sheet: SHEET, rows: [FIRST_ROW], left: 0, right: 6 }], read.info).catch((e: unknown) => e);
    expect(isCoreError(refused) && refused.code).toBe('workbook-changed');
  });
});

describe('applyRows', () => {
  it('changes only the touched rows, keeps the other journal entries, in 2 syncs; 清除标记 still restores everything', async () => {
    const fake = newFake(20);
    const before = comparable(fake.save());
    const host = hostOn(fake);
    const read = await host.readGrid();
    const plan = indicatorPlan(20, { summary: null });
    const first = await host.apply(plan, read);
    const row = FIRST_ROW + 5;
    const untouched = fake.observe(SHEET, at(FIRST_ROW + 6, COL.value));

    // Apply's result is what the next call starts from: no new read.
    const base: GridRead = { grid: read.grid, journal: first.journal, info: first.info };
    fake.resetStats();
    const second = await host.applyRows(withoutRow(plan, row), base, [{ sheet: SHEET, rows: [row] }]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.observe(SHEET, at(row, COL.value))).toMatchObject({ fill: null, note: null });
    expect(fake.observe(SHEET, at(row, COL.status)).value).toBe('');
    expect(fake.observe(SHEET, at(FIRST_ROW + 6, COL.value))).toEqual(untouched);
    expect(second.journal.entries.filter((e) => e.row === row)).toEqual([]);
    expect(second.journal.entries).toEqual(first.journal.entries.filter((e) => e.row !== row));

    // The row marked again, from the second apply's result.
    const third = await host.applyRows(plan, { grid: read.grid, journal: second.journal, info: second.info }, [{ sheet: SHEET, rows: [row] }]);
    expect(fake.observe(SHEET, at(row, COL.value)).fill).toBe(PALETTE[plan.marks[5].style].fill);
    expect(third.journal.entries).toHaveLength(first.journal.entries.length);

    await host.clear();
    expect(comparable(fake.save())).toEqual(before);
  });

  it('refuses before writing when the workbook changed since the last apply', async () => {
    const fake = newFake(5);
    const host = hostOn(fake);
    const read = await host.readGrid();
    const plan = indicatorPlan(5, { summary: null });
    const first = await host.apply(plan, read);
    await fake.run(async (context) => {
      context.workbook.worksheets.add('新表');
      await context.sync();
    });
    const saved = fake.save();
    const refused = await host
      .applyRows(withoutRow(plan, FIRST_ROW), { grid: read.grid, journal: first.journal, info: first.info }, [{ sheet: SHEET, rows: [FIRST_ROW] }])
      .catch((e: unknown) => e);
    expect(isCoreError(refused) && refused.code).toBe('workbook-changed');
    expect(fake.save()).toEqual(saved);
  });
});
