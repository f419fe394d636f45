// The fake workbook's data validation, cell protection, hidden columns and sheet protection options.
import { FakeExcel, errorCodeOf } from '../../support/fake-excel';

function book(options: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  return new FakeExcel({ sheets: [{ name: 'S' }, { name: 'Locked', protected: true }] }, options);
}

describe('fake excel: Range.dataValidation (ExcelApi 1.8)', () => {
  it('applies rule, prompt and error alert at sync to every cell of the range, and reads them after load', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem('S').getRange('B2:B3');
    range.dataValidation.rule = { decimal: { operator: 'Between' as Excel.DataValidationOperator, formula1: 0, formula2: 100 } };
    range.dataValidation.prompt = { showPrompt: true, title: '森林覆盖率', message: '请填写2026年的数值' };
    range.dataValidation.errorAlert = { showAlert: true, style: 'Warning' as Excel.DataValidationAlertStyle, title: '请核对', message: '应填数值' };
    expect(fake.cell('S', 'B2')).toBeUndefined();
    await ctx.sync();
    expect(fake.cell('S', 'B3')?.dataValidation).toEqual({
      rule: { decimal: { operator: 'Between', formula1: 0, formula2: 100 } },
      prompt: { showPrompt: true, title: '森林覆盖率', message: '请填写2026年的数值' },
      errorAlert: { showAlert: true, style: 'Warning', title: '请核对', message: '应填数值' },
    });
    const read = ctx.workbook.worksheets.getItem('S').getRange('B2').dataValidation.load('type,rule,prompt,errorAlert');
    await ctx.sync();
    expect(read.type).toBe('Decimal');
    expect(read.rule).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 100 } });
    expect(read.prompt.title).toBe('森林覆盖率');
    expect(read.errorAlert.style).toBe('Warning');
    const mixed = ctx.workbook.worksheets.getItem('S').getRange('B3:B4').dataValidation.load('type');
    await ctx.sync();
    expect(mixed.type).toBe('MixedCriteria');
  });

  it('refuses rules Excel refuses, texts over Excel\'s limits, protected sheets and Excel without ExcelApi 1.8', async () => {
    const fake = book();
    const attempt = (apply: (dv: Excel.DataValidation) => void, sheet = 'S', f = fake) => {
      const ctx = f.newContext();
      apply(ctx.workbook.worksheets.getItem(sheet).getRange('A1').dataValidation);
      return errorCodeOf(ctx.sync());
    };
    expect(await attempt((dv) => (dv.rule = { decimal: { operator: 'Between' as Excel.DataValidationOperator, formula1: 0 } }))).toBe('InvalidArgument');
    expect(await attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: '是,否' }, decimal: { operator: 'EqualTo' as Excel.DataValidationOperator, formula1: 1 } }))).toBe('InvalidArgument');
    expect(await attempt((dv) => (dv.prompt = { showPrompt: true, title: 'x'.repeat(33), message: '' }))).toBe('InvalidArgument');
    expect(await attempt((dv) => (dv.errorAlert = { showAlert: true, style: 'Loud' as Excel.DataValidationAlertStyle, title: '', message: '' }))).toBe('InvalidArgument');
    expect(await attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: '是,否' } }), 'Locked')).toBe('AccessDenied');
    expect(await attempt((dv) => (dv.rule = { list: { inCellDropDown: true, source: '是,否' } }), 'S', book({ excelApi: '1.7' }))).toBe('ApiNotFound');
    expect(fake.cell('S', 'A1')).toBeUndefined();
  });

  it('clears a validation', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
    range.dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
    await ctx.sync();
    range.dataValidation.clear();
    await ctx.sync();
    expect(fake.cell('S', 'A1')?.dataValidation).toBeUndefined();
  });
});

describe('fake excel: format.protection, columnHidden, protect with options and password', () => {
  it('keeps cells locked unless unlocked, and reports a mixed range as null', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.getRange('C2:C3').format.protection.locked = false;
    const one = sheet.getRange('C2').format.protection.load('locked');
    const other = sheet.getRange('D2').format.protection.load('locked');
    const mixed = sheet.getRange('C2:D2').format.protection.load('locked');
    await ctx.sync();
    expect([one.locked, other.locked, mixed.locked]).toEqual([false, true, null]);
    expect(fake.cell('S', 'C3')?.locked).toBe(false);
  });

  it('hides columns and keeps them hidden through save and reopen', async () => {
    const fake = book();
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('S').getRange('K:K').columnHidden = true;
    await ctx.sync();
    const reopened = new FakeExcel(fake.save());
    const ctx2 = reopened.newContext();
    const hidden = ctx2.workbook.worksheets.getItem('S').getRange('K:K').load('columnHidden');
    const shown = ctx2.workbook.worksheets.getItem('S').getRange('J:K').load('columnHidden');
    await ctx2.sync();
    expect([hidden.columnHidden, shown.columnHidden]).toEqual([true, false]);
  });

  it('protects with options and a password; refuses a second protect, a wrong password and unknown options', async () => {
    const fake = book();
    const ctx = fake.newContext();
    const protection = ctx.workbook.worksheets.getItem('S').protection;
    protection.protect({ allowFormatRows: true }, 'pw');
    await ctx.sync();
    protection.load('protected,options');
    await ctx.sync();
    expect(protection.protected).toBe(true);
    expect(protection.options).toMatchObject({ allowFormatRows: true, allowFormatCells: false, allowFormatColumns: false });
    expect(fake.sheet('S').protectionPassword).toBe('pw');

    protection.protect();
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidOperation');
    protection.unprotect('wrong');
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidArgument');
    protection.unprotect('pw');
    await ctx.sync();
    expect(fake.sheet('S').protected).toBe(false);

    protection.protect({ allowEverything: true } as Excel.WorksheetProtectionOptions);
    expect(await errorCodeOf(ctx.sync())).toBe('InvalidArgument');
    const old = book({ excelApi: '1.6' });
    const ctxOld = old.newContext();
    ctxOld.workbook.worksheets.getItem('S').protection.protect({}, 'pw');
    expect(await errorCodeOf(ctxOld.sync())).toBe('ApiNotFound');
  });
});
