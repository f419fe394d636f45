// The fake workbook's custom document properties (workbook.properties.custom, ExcelApi 1.7).
import { FakeExcel, errorCodeOf } from '../../support/fake-excel';

describe('fake excel: workbook.properties.custom', () => {
  it('adds, replaces an existing key case-insensitively, and lists items with key, value and type', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    await fake.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add('Reviewer', '李四');
      custom.add('Round', 2);
      custom.add('reviewer', '王五');
      const items = custom.load('items/key,items/value,items/type');
      const count = custom.getCount();
      await context.sync();
      expect(items.items.map((i) => [i.key, i.value, i.type])).toEqual([
        ['Reviewer', '王五', 'String'],
        ['Round', 2, 'Number'],
      ]);
      expect(count.value).toBe(2);
    });
  });

  it('gives a null object for a missing key, and a property readable only after load and sync', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }], customProperties: { Stamp: 'x' } });
    await fake.run(async (context) => {
      const missing = context.workbook.properties.custom.getItemOrNullObject('Nope');
      const found = context.workbook.properties.custom.getItemOrNullObject('STAMP');
      missing.load('value');
      found.load('key,value');
      expect(() => found.value).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect([found.key, found.value]).toEqual(['Stamp', 'x']);
    });
    expect(await errorCodeOf(fake.run(async (context) => {
      context.workbook.properties.custom.getItem('Nope').load('value');
      await context.sync();
    }))).toBe('ItemNotFound');
  });

  it('trims keys and values to 255 characters outside the web, and keeps them whole on the web', async () => {
    const long = 'x'.repeat(300);
    for (const [limit, length] of [[undefined, 255], [null, 300]] as const) {
      const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }], ...(limit === undefined ? {} : { customPropertyLimit: limit }) });
      await fake.run(async (context) => {
        context.workbook.properties.custom.add('Long', long);
        await context.sync();
      });
      expect(String(fake.save().customProperties?.Long).length).toBe(length);
    }
  });

  it('is saved and reopened with the workbook; delete and deleteAll remove properties', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    await fake.run(async (context) => {
      context.workbook.properties.custom.add('A', '1');
      context.workbook.properties.custom.add('B', true);
      await context.sync();
    });
    const reopened = new FakeExcel(fake.save());
    expect(reopened.save().customProperties).toEqual({ A: '1', B: true });
    await reopened.run(async (context) => {
      context.workbook.properties.custom.getItem('a').delete();
      await context.sync();
    });
    expect(reopened.save().customProperties).toEqual({ B: true });
    await reopened.run(async (context) => {
      context.workbook.properties.custom.deleteAll();
      await context.sync();
    });
    expect(reopened.save().customProperties).toBeUndefined();
  });

  it('needs ExcelApi 1.7 and refuses an empty key', async () => {
    const old = new FakeExcel({ sheets: [{ name: 'Sheet1' }] }, { excelApi: '1.6' });
    expect(await errorCodeOf(old.run(async (context) => {
      context.workbook.properties.custom.add('A', '1');
      await context.sync();
    }))).toBe('ApiNotFound');
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    expect(await errorCodeOf(fake.run(async (context) => {
      context.workbook.properties.custom.add(' ', '1');
      await context.sync();
    }))).toBe('InvalidArgument');
  });
});
