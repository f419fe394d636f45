// The in-memory workbook's onChanged events and per-sync latency: handlers registered and removed at
// sync, told of user edits and of the add-in's own writes unless events are off, triggerSource from 1.14.
import { FakeExcel, errorCodeOf, type FakeChangedEventArgs } from '../../support/fake-excel';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function listen(fake: FakeExcel, sheet = 'Sheet1') {
  const events: FakeChangedEventArgs[] = [];
  const result = await fake.run(async (context) => {
    const added = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
      events.push(event as unknown as FakeChangedEventArgs);
    });
    expect(fake.changedHandlers(sheet)).toBe(0); // not before the sync
    await context.sync();
    return added;
  });
  return { events, result };
}

describe('fake-excel onChanged', () => {
  it('tells a handler of a user edit, with the edited address, after the edit', async () => {
    const fake = new FakeExcel();
    const { events } = await listen(fake);
    expect(fake.changedHandlers('Sheet1')).toBe(1);
    fake.edit('Sheet1', 'B3', [[1, 2]]);
    expect(events).toHaveLength(0);
    await tick();
    expect(events).toEqual([expect.objectContaining({ address: 'B3:C3', changeType: 'RangeEdited', triggerSource: 'Unknown' })]);
    expect(fake.cell('Sheet1', 'C3')?.value).toBe(2);
  });

  it("says the add-in's own writes came from it, and says nothing while events are off", async () => {
    const fake = new FakeExcel();
    const { events } = await listen(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['y']];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await tick();
    expect(events.map((e) => [e.address, e.triggerSource])).toEqual([['A1', 'ThisLocalAddin']]);
  });

  it('has no triggerSource before ExcelApi 1.14 and no onChanged before 1.7', async () => {
    const old = new FakeExcel(undefined, { excelApi: '1.9' });
    const { events } = await listen(old);
    old.edit('Sheet1', 'A1', [[1]]);
    await tick();
    expect(events[0].triggerSource).toBeUndefined();
    const older = new FakeExcel(undefined, { excelApi: '1.6' });
    expect(await errorCodeOf(listen(older))).toBe('ApiNotFound');
  });

  it('stops telling a handler once it is removed and synced', async () => {
    const fake = new FakeExcel();
    const { events, result } = await listen(fake);
    await fake.run(async () => {
      result.remove();
      await result.context.sync();
    });
    expect(fake.changedHandlers('Sheet1')).toBe(0);
    fake.edit('Sheet1', 'A1', [[1]]);
    await tick();
    expect(events).toHaveLength(0);
  });
});

describe('fake-excel latency', () => {
  it('makes every sync wait the configured time', async () => {
    const fake = new FakeExcel(undefined, { latencyMs: 30 });
    const started = Date.now();
    await fake.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
