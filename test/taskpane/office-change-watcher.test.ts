// The Office ChangeWatcher on a hand-written stand-in for Excel's event API (the in-memory workbook
// does not model events).
import { createOfficeChangeWatcher } from '../../src/taskpane/office-change-watcher';

type Handler = (event: { address: string; triggerSource: string; changeType?: string }) => Promise<void>;

function stubOffice(excelApi: string) {
  const handlers = new Map<string, Handler>();
  const removed: string[] = [];
  const context = {
    sync: jest.fn(async () => {}),
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          onChanged: {
            add: (handler: Handler) => {
              handlers.set(name, handler);
              return { context, remove: () => removed.push(name) };
            },
          },
        }),
      },
    },
  };
  const run = jest.fn(async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (c: typeof context) => Promise<unknown>;
    return batch(context);
  });
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run };
  const minor = (version: string) => Number(version.split('.')[1]);
  g.Office = { context: { requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && minor(version) <= minor(excelApi) } } };
  return { handlers, removed, run, context };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

describe('Office change watcher', () => {
  it('adds an onChanged handler per sheet, passes on the user\'s edits and removes the handlers', async () => {
    const office = stubOffice('1.14');
    const seen: string[] = [];
    const stop = await createOfficeChangeWatcher().watch(['自评表', '附表'], (sheet, address, reshaped) => seen.push(`${sheet}!${address}${reshaped ? ' moved' : ''}`));
    expect([...office.handlers.keys()]).toEqual(['自评表', '附表']);
    await office.handlers.get('自评表')!({ address: 'E4', triggerSource: 'Unknown', changeType: 'RangeEdited' });
    await office.handlers.get('附表')!({ address: 'B2:C3', triggerSource: 'Unknown' });
    // Cells inserted below a table move its rows: told as such.
    await office.handlers.get('自评表')!({ address: 'B5:D5', triggerSource: 'Unknown', changeType: 'CellInserted' });
    // The add-in's own writes are not edits.
    await office.handlers.get('自评表')!({ address: 'E5', triggerSource: 'ThisLocalAddin' });
    expect(seen).toEqual(['自评表!E4', '附表!B2:C3', '自评表!B5:D5 moved']);

    await stop();
    expect(office.removed).toEqual(['自评表', '附表']);
    // Removed in the context they were added in.
    expect(office.run).toHaveBeenLastCalledWith(office.context, expect.any(Function));
  });

  it('does not watch where events cannot be silenced during the add-in\'s own writes (before ExcelApi 1.8)', async () => {
    const office = stubOffice('1.7');
    const stop = await createOfficeChangeWatcher().watch(['自评表'], () => {});
    expect(office.run).not.toHaveBeenCalled();
    await expect(stop()).resolves.toBeUndefined();
  });
});
