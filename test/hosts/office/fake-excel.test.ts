// The fake workbook's own behaviour: Office.js's load/sync rules, queued writes, errors and counts.
import { FakeExcel, WEB_PAYLOAD_LIMIT, errorCodeOf } from '../../support/fake-excel';

function book(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  const fake = new FakeExcel(
    {
      sheets: [
        { name: '自评表', cells: { A1: { value: '指标名称' }, B1: { value: '现状值' }, A2: { value: '森林覆盖率' }, B2: { value: 0.385, numberFormat: '0.0%' } }, notes: { B2: '原有批注' }, merges: ['D1:E1'] },
        { name: 'Locked', protected: true, cells: { A1: { value: 'x' } } },
        { name: 'Secret', visibility: 'VeryHidden' },
      ],
      tables: [{ name: 'Indicators', sheet: '自评表', range: 'A1:B2' }],
    },
    options,
  );
  return fake;
}

describe('fake excel: proxies follow Office.js load/sync rules', () => {
  it('throws PropertyNotLoaded for a property read before load and before the sync that follows it', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem('自评表').getRange('A1:B2');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values,address');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([
      ['指标名称', '现状值'],
      ['森林覆盖率', 0.385],
    ]);
    expect(range.address).toBe('自评表!A1:B2');
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('applies writes only at sync, in order', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem('自评表').getRange('C2');
    range.values = [['=SUM(A1)']];
    range.values = [["'=SUM(A1)"]];
    range.format.fill.color = '#FFC7CE';
    expect(fake.cell('自评表', 'C2')).toBeUndefined();
    await ctx.sync();
    expect(fake.observe('自评表', 'C2')).toMatchObject({ value: '=SUM(A1)', formula: '=SUM(A1)', fill: '#FFC7CE' });
    expect(fake.cell('自评表', 'C2')?.textPrefix).toBe(true);
  });

  it('reads Excel as Office.js reports it: no fill as white, automatic font as black, mixed formats as null', async () => {
    const fake = book();
    fake.formatCell('自评表', 'A2', { fill: '#FFFF00' });
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('自评表');
    const one = sheet.getRange('B2').load('format/fill/color,format/fill/pattern,format/font/color');
    const both = sheet.getRange('A2:B2').load('format/fill/color');
    const props = sheet.getRange('A2:B2').getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } });
    await ctx.sync();
    expect([one.format.fill.color, one.format.fill.pattern, one.format.font.color]).toEqual(['#FFFFFF', 'None', '#000000']);
    expect(both.format.fill.color).toBeNull();
    expect(props.value[0].map((p) => p.format?.fill?.pattern)).toEqual(['Solid', 'None']);
  });

  it('takes written strings as Excel does', async () => {
    const fake = book();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('自评表').getRange('A5:H5').values = [['=1+1', '+86 123', '-x', '@x', '123', '50%', 'TRUE', "'+86 123"]];
    await ctx.sync();
    const cells = ['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5'].map((a) => fake.cell('自评表', a)!);
    expect(cells.slice(0, 4).map((c) => c.formula)).toEqual(['=1+1', '=+86 123', '=-x', '=@x']);
    expect(cells.slice(4, 7).map((c) => c.value)).toEqual([123, 0.5, true]);
    expect(cells[7]).toMatchObject({ value: '+86 123', textPrefix: true });
  });

  it('gives null objects for missing items and ItemNotFound for getItem', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('不存在');
    const present = ctx.workbook.worksheets.getItemOrNullObject('自评表');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    ctx.workbook.worksheets.getItem('不存在').load('name');
    expect(await errorCodeOf(ctx.sync())).toBe('ItemNotFound');
  });

  it('lists worksheets with visibility and protection, and refuses to delete a very hidden one', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
      ['自评表', 'Visible', false],
      ['Locked', 'Visible', true],
      ['Secret', 'VeryHidden', false],
    ]);
    ctx.workbook.worksheets.getItem('Secret').delete();
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidOperation');
    const secret = ctx.workbook.worksheets.getItem('Secret');
    secret.visibility = 'Hidden';
    secret.delete();
    await ctx.sync();
    expect(fake.save().sheets.map((s) => s.name)).toEqual(['自评表', 'Locked']);
  });

  it('refuses writes to a protected sheet with AccessDenied, keeping what ran before in the request', async () => {
    const fake = book();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('自评表').getRange('C1').values = [['before']];
    ctx.workbook.worksheets.getItem('Locked').getRange('A1').format.fill.color = '#FF0000';
    ctx.workbook.worksheets.getItem('自评表').getRange('C2').values = [['after']];
    expect(await errorCodeOf(ctx.sync())).toBe('AccessDenied');
    expect(fake.observe('自评表', 'C1').value).toBe('before');
    expect(fake.observe('自评表', 'C2').value).toBe('');
    expect(fake.observe('Locked', 'A1').fill).toBeNull();
  });

  it('fails every request in cell-edit mode', async () => {
    const fake = book();
    fake.cellEditMode = true;
    const ctx = fake.newContext();
    ctx.workbook.worksheets.load('items/name');
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidOperationInCellEditMode');
  });

  it('counts syncs and the JSON bytes of each request and response, and fails above the payload limit', async () => {
    const fake = book({ payloadLimit: 2000 });
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem('自评表').getRange('A1:B2').load('values');
    await ctx.sync();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.requests[0].operations).toBe(3);
    expect(fake.stats.requests[0].requestBytes).toBeGreaterThan(50);
    expect(fake.stats.requests[0].responseBytes).toBe(Buffer.byteLength(JSON.stringify({ values: range.values })));
    ctx.workbook.worksheets.getItem('自评表').getRange('A10').values = [['x'.repeat(3000)]];
    expect(await errorCodeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.observe('自评表', 'A10').value).toBe('');
    fake.setValues('自评表', 'A11', [['y'.repeat(3000)]]);
    ctx.workbook.worksheets.getItem('自评表').getRange('A11').load('values');
    expect(await errorCodeOf(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.stats.syncs).toBe(3);
    expect(WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });

  it('supports the notes API only from ExcelApi 1.18, and counts its calls', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const notes = ctx.workbook.worksheets.getItem('自评表').notes;
    const existing = notes.getItem('B2').load('content');
    notes.add('A2', '新批注');
    const none = notes.getItemOrNullObject('C3');
    await ctx.sync();
    expect(existing.content).toBe('原有批注');
    expect(none.isNullObject).toBe(true);
    expect(fake.note('自评表', 'A2')).toBe('新批注');
    expect(fake.stats.notesCalls).toBe(4);

    const old = book({ excelApi: '1.17' });
    expect(old.isSetSupported('ExcelApi', '1.18')).toBe(false);
    const oldCtx = old.newContext();
    oldCtx.workbook.worksheets.getItem('自评表').notes.add('A2', 'x');
    expect(await errorCodeOf(oldCtx.sync())).toBe('ApiNotFound');
  });

  it('applies formats to RangeAreas and refuses address lists above its limit', async () => {
    const fake = book({ maxAreasAddressLength: 20 });
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('自评表');
    const areas = sheet.getRanges('A1:A2, C3');
    areas.format.fill.color = '#FFEB9C';
    areas.format.font.color = '#9C5700';
    areas.load('areaCount');
    await ctx.sync();
    expect(areas.areaCount).toBe(2);
    expect(['A1', 'A2', 'C3'].map((a) => fake.observe('自评表', a).fill)).toEqual(['#FFEB9C', '#FFEB9C', '#FFEB9C']);
    sheet.getRanges('A1,A2,A3,A4,A5,A6,A7,A8').format.fill.clear();
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidArgument');
  });

  it('reads used ranges, merged areas and tables', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('自评表');
    const used = sheet.getUsedRange(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
    const empty = ctx.workbook.worksheets.getItem('Secret').getUsedRangeOrNullObject(true);
    const merged = sheet.getRange('A1:Z100').getMergedAreasOrNullObject().load('address');
    const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
    await ctx.sync();
    expect([used.address, used.rowCount, used.columnCount]).toEqual(['自评表!A1:B2', 2, 2]);
    expect(empty.isNullObject).toBe(true);
    expect(merged.address).toBe('自评表!D1:E1');
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Indicators', '自评表']]);
    const range = tables.items[0].getRange().load('address');
    await ctx.sync();
    expect(range.address).toBe('自评表!A1:B2');
  });

  it('saves to plain data and reopens to the same workbook', async () => {
    const fake = book();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('自评表').getRange('C3').values = [["'-1"]];
    await ctx.sync();
    const saved = JSON.parse(JSON.stringify(fake.save()));
    const reopened = new FakeExcel(saved);
    expect(reopened.save()).toEqual(fake.save());
    expect(reopened.observe('自评表', 'C3')).toEqual(fake.observe('自评表', 'C3'));
    expect(reopened.observe('自评表', 'B2').note).toBe('原有批注');
  });

  it('makes charts from a range, one series per column after the first', async () => {
    const fake = book();
    fake.setValues('自评表', 'A10', [['领域', '达标', '未达标'], ['生态经济', 3, 1], ['生态环境', 2, 2]]);
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('自评表');
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A10:C12'), 'Columns');
    chart.title.text = '按领域';
    chart.series.load('items/name');
    await ctx.sync();
    expect(chart.series.items.map((s) => s.name)).toEqual(['达标', '未达标']);
    expect(fake.sheet('自评表').charts[0]).toMatchObject({ type: 'ColumnClustered', title: '按领域' });
  });
});
