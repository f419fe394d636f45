// The check stamp through the Office host: workbook.properties.custom, one sync to read or write.
import { createOfficeHost, type OfficeHost } from '../../../src/hosts/office';
import { STAMP_PROPERTY, type ReturnStamp } from '../../../src/core/returns/format';
import { FakeExcel } from '../../support/fake-excel';
import { baoshanRows, returnSavedWorkbook } from '../../support/return-check-fixture';

function hostOn(fake: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
}

const stamp: ReturnStamp = {
  version: 1,
  sheet: '填报表',
  catalogId: 'baoshan-2017',
  catalogVersion: '1',
  department: '市住房和城乡建设局',
  checkedAt: '2026-03-02T08:00:00.000Z',
  counts: { indicators: 12, pass: 10, fail: 1, review: 1, explained: 2 },
  valueHash: 'ab'.repeat(32),
};

describe('Office host: the check stamp', () => {
  it('reads null from a workbook without a stamp, in one sync', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    const host = hostOn(fake);
    expect(await host.readStamp()).toBeNull();
    expect(host.lastStats).toMatchObject({ operation: 'stamp', syncs: 1 });
  });

  it('writes the stamp in one sync, in parts Excel keeps whole outside the web, and reads it back after reopening', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    const host = hostOn(fake);
    expect(JSON.stringify(stamp).length).toBeGreaterThan(255);
    expect(await host.writeStamp(stamp)).toBe(true);
    expect(host.lastStats).toMatchObject({ syncs: 1 });
    const saved = fake.save();
    const values = Object.values(saved.customProperties ?? {}).map(String);
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((v) => v.length <= 255)).toBe(true);
    expect(values.join('')).toBe(JSON.stringify(stamp));
    expect(await hostOn(new FakeExcel(saved)).readStamp()).toEqual(stamp);
  });

  it('replaces an earlier stamp, and a shorter stamp is not spoilt by the parts of a longer one', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    const host = hostOn(fake);
    await host.writeStamp({ ...stamp, department: '市'.repeat(300) });
    const shorter = { ...stamp, department: '市水务局' };
    await host.writeStamp(shorter);
    expect(await host.readStamp()).toEqual(shorter);
  });

  it('removes the stamp and its parts', async () => {
    const fake = new FakeExcel({ ...returnSavedWorkbook({ rows: baoshanRows() }), customProperties: { Other: 'kept' } });
    const host = hostOn(fake);
    await host.writeStamp(stamp);
    await host.removeStamp();
    expect(fake.save().customProperties).toEqual({ Other: 'kept' });
    expect(await host.readStamp()).toBeNull();
  });

  it('reads a stamp as the file host writes it, and nothing from a damaged one', async () => {
    const parts = { [STAMP_PROPERTY]: JSON.stringify(stamp).slice(0, 250), [`${STAMP_PROPERTY}_2`]: JSON.stringify(stamp).slice(250) };
    expect(await hostOn(new FakeExcel({ ...returnSavedWorkbook({ rows: baoshanRows() }), customProperties: parts })).readStamp()).toEqual(stamp);
    const damaged = { [STAMP_PROPERTY]: JSON.stringify(stamp).slice(0, 255) };
    expect(await hostOn(new FakeExcel({ ...returnSavedWorkbook({ rows: baoshanRows() }), customProperties: damaged })).readStamp()).toBeNull();
  });

  it('does without ExcelApi 1.7: no stamp read, none written', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }), { excelApi: '1.6' });
    const host = hostOn(fake);
    expect(await host.writeStamp(stamp)).toBe(false);
    expect(await host.readStamp()).toBeNull();
    expect(fake.save().customProperties).toBeUndefined();
  });
});
