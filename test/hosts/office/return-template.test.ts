// Adding the departmental returns as sheets of the open workbook, on the in-memory Excel.
import { findBuiltInCatalog } from '../../../src/catalogs';
import type { Catalog } from '../../../src/core/types';
import { CoreError } from '../../../src/core/errors';
import { checkWorkbook } from '../../../src/core/check';
import { cellAddress } from '../../../src/core/address';
import { RETURN_LAYOUT, findReturnMarkers } from '../../../src/core/returns/format';
import { returnSheetNames, returnTemplates } from '../../../src/core/returns/template';
import { createOfficeHost, type OfficeHost } from '../../../src/hosts/office';
import { FakeExcel, type FakeOptions } from '../../support/fake-excel';

const baoshan = findBuiltInCatalog('baoshan-2017')!;
const templates = returnTemplates(baoshan, { year: 2026 });
const { columns, fieldRow, firstDataRow, headerRow, titleRow } = RETURN_LAYOUT;

function setup(options: FakeOptions = {}, sheets = [{ name: '自评表' }], protectedWorkbook = false): { fake: FakeExcel; host: OfficeHost } {
  const fake = new FakeExcel({ sheets, protected: protectedWorkbook }, options);
  const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
  return { fake, host };
}

/** A catalog of `departments` lead departments with `each` indicators apiece. */
function bigCatalog(departments: number, each: number): Catalog {
  const indicators = Array.from({ length: departments * each }, (_, i) => ({
    id: `big-${i}`,
    name: i % 7 === 0 ? `=指标${i}` : `指标${i}处理率`,
    unit: i % 3 === 0 ? '%' : '吨',
    target: i % 5 === 0 ? '建立' : '≥80',
    lead: [`部门${Math.floor(i / each)}`],
    coop: ['市统计局'],
    sourceText: 'x',
  }));
  return { id: 'big', title: '大指标库', indicators };
}

describe('Office host: addReturnSheets', () => {
  it('adds one protected sheet per department, named 填报表-<department>, in two syncs', async () => {
    const { fake, host } = setup();
    const result = await host.addReturnSheets(templates);
    const names = returnSheetNames(templates.map((t) => t.department));
    expect(result).toEqual({ sheets: names, validationSkipped: false });
    expect(fake.save().sheets.map((s) => s.name)).toEqual(['自评表', ...names]);
    expect(host.lastStats).toMatchObject({ operation: 'returns', syncs: 2 });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.enableEvents).toBe(true);
    for (const name of names) {
      expect(fake.sheet(name).protected).toBe(true);
      expect(fake.sheet(name).protectionOptions).toEqual({ allowFormatRows: true });
      expect(fake.sheet(name).protectionPassword).toBeNull();
      expect([...fake.sheet(name).hiddenColumns]).toEqual([columns.marker]);
    }
  });

  it.each([
    [20, 25],
    [40, 150],
  ])('%i departments of %i indicators: syncs and request sizes', async (departments, each) => {
    const { fake, host } = setup({ payloadLimit: 5 * 1024 * 1024 });
    const big = returnTemplates(bigCatalog(departments, each), { year: 2026 });
    await host.addReturnSheets(big);
    // One read, one write request; 12,000 validated cells pass the payload budget and take three more.
    expect(fake.stats.syncs).toBe(departments * each <= 500 ? 2 : 5);
    expect(fake.largestRequestBytes()).toBeLessThan(5_000_000);
    const last = `填报表-部门${departments - 1}`;
    const lastName = big[big.length - 1].indicators[each - 1].name;
    expect(fake.observe(last, cellAddress(firstDataRow + each - 1, columns.name)).value).toBe(lastName);
  }, 30000);

  it('writes the layout: values as text, widths, styles, unlocked entry cells, validations and the marker', async () => {
    const { fake, host } = setup();
    await host.addReturnSheets(templates);
    const template = templates.find((t) => t.department === '市林业局')!;
    const sheet = '填报表-市林业局';
    const at = (row: number, col: number) => fake.observe(sheet, cellAddress(row, col));
    expect(at(titleRow, 0).value).toBe('2026年度生态文明建设示范创建指标填报表(市林业局)');
    expect(at(fieldRow, 1).value).toBe('市林业局');
    expect(at(headerRow, columns.value).value).toBe('2026年');
    expect(at(headerRow, columns.previous).value).toBe('2025年');
    expect(at(headerRow, columns.seq).fill).toBe('#E2EFDA');
    expect(at(firstDataRow, columns.name).value).toBe('森林覆盖率年增量');
    expect(at(firstDataRow, columns.value).fill).toBe('#FFF2CC');
    expect(fake.sheet(sheet).columnWidths.get(columns.name)).toBeGreaterThan(fake.sheet(sheet).columnWidths.get(columns.seq)!);
    expect(fake.sheet(sheet).merges).toHaveLength(2);

    const unlocked = new Set(template.unlocked.map((p) => cellAddress(p.row, p.col)));
    for (let row = titleRow; row < firstDataRow + template.indicators.length; row++) {
      for (let col = 0; col <= columns.marker; col++) {
        const address = cellAddress(row, col);
        expect([address, fake.cell(sheet, address)?.locked ?? true]).toEqual([address, !unlocked.has(address)]);
      }
    }

    const validation = fake.cell(sheet, cellAddress(firstDataRow, columns.value))?.dataValidation;
    expect(validation).toEqual({
      rule: { decimal: { operator: 'Between', formula1: -100, formula2: 100 } },
      prompt: { showPrompt: true, title: '森林覆盖率年增量', message: template.validations[0].prompt.message },
      errorAlert: { showAlert: true, style: 'Warning', title: '请核对填写内容', message: template.validations[0].error.message },
    });
    const growth = fake.cell(sheet, cellAddress(firstDataRow + 1, columns.previous))?.dataValidation;
    expect(growth?.rule).toEqual({ decimal: { operator: 'GreaterThanOrEqualTo', formula1: -100 } });
    expect(growth?.prompt?.message).toContain('2025年');
    const qualitative = fake.cell(sheet, cellAddress(firstDataRow + 2, columns.value))?.dataValidation;
    expect(qualitative?.rule).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
    expect(fake.cell(sheet, cellAddress(fieldRow, 1))?.dataValidation).toBeUndefined();
  });

  it('is read back with its markers and checked as a return: 2026年 is the value, every row missing', async () => {
    const { host } = setup();
    await host.addReturnSheets(templates);
    const { grid } = await host.readGrid();
    const markers = findReturnMarkers(grid);
    expect(markers.map((m) => [m.sheet, m.department])).toEqual(
      templates.map((t, i) => [returnSheetNames(templates.map((x) => x.department))[i], t.department]),
    );
    expect(markers.map((m) => m.indicators)).toEqual(templates.map((t) => t.marker.indicators));
    const check = checkWorkbook({ sheets: grid.sheets.filter((s) => s.name.startsWith('填报表-')) }, { catalog: baoshan, mode: 'return' });
    expect(check.tables).toHaveLength(templates.length);
    expect(check.rows.every((r) => r.row.valueCol === columns.value && r.row.previous?.col === columns.previous)).toBe(true);
    expect(check.findings.every((f) => f.status === 'missing' && f.indicatorId !== null)).toBe(true);
  });

  it('keeps text that looks like a formula as text', async () => {
    const { fake, host } = setup();
    const catalog: Catalog = {
      id: 'formula-like',
      title: '+依据',
      indicators: [{ id: 'f', name: '=SUM(A1)', unit: '-1', target: '@达到', lead: ['市水利局'], coop: ['+市林业局'], sourceText: 'x' }],
    };
    await host.addReturnSheets(returnTemplates(catalog, { year: 2026 }));
    const sheet = '填报表-市水利局';
    for (const [col, text] of [[columns.name, '=SUM(A1)'], [columns.unit, '-1'], [columns.target, '@达到'], [columns.coop, '+市林业局']] as const) {
      const observed = fake.observe(sheet, cellAddress(firstDataRow, col));
      expect([observed.value, observed.formula]).toEqual([text, text]);
    }
    expect(fake.observe(sheet, cellAddress(titleRow, columns.value)).value).toBe('依据:+依据');
  });

  it('refuses, writing nothing, when a sheet of one of the names exists', async () => {
    const { fake, host } = setup({}, [{ name: '自评表' }, { name: '填报表-市林业局' }]);
    const before = fake.save();
    const error = await host.addReturnSheets(templates).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).localized('zh-CN')).toBe('工作簿中已有名为"填报表-市林业局"的工作表。为免覆盖,本次未做任何修改;请先重命名或删除该工作表。');
    expect(fake.save()).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
  });

  it('refuses, writing nothing, when the workbook structure is protected', async () => {
    const { fake, host } = setup({}, [{ name: '自评表' }], true);
    const before = fake.save();
    const error = await host.addReturnSheets(templates).catch((e: unknown) => e);
    expect((error as CoreError).localized('en')).toMatch(/^The workbook structure is protected/);
    expect(fake.save()).toEqual(before);
  });

  it('adds the sheets without validation where Excel lacks ExcelApi 1.8, and says so', async () => {
    const { fake, host } = setup({ excelApi: '1.7' });
    const result = await host.addReturnSheets(templates.slice(0, 2));
    expect(result.validationSkipped).toBe(true);
    const sheet = result.sheets[0];
    expect(fake.cell(sheet, cellAddress(firstDataRow, columns.value))?.dataValidation).toBeUndefined();
    expect(fake.cell(sheet, cellAddress(firstDataRow, columns.value))?.locked).toBe(false);
    expect(fake.sheet(sheet).protected).toBe(true);
    expect(fake.stats.syncs).toBe(2);
  });

  it('protects with the password given', async () => {
    const { fake, host } = setup();
    const result = await host.addReturnSheets(templates.slice(0, 1), { password: 'pw' });
    expect(fake.sheet(result.sheets[0]).protectionPassword).toBe('pw');
  });

  it('asks to leave cell editing first', async () => {
    const { fake, host } = setup();
    fake.cellEditMode = true;
    const error = await host.addReturnSheets(templates).catch((e: unknown) => e);
    expect((error as CoreError).code).toBe('cell-editing');
  });
});
