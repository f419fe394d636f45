import ExcelJS from 'exceljs';
import { findBuiltInCatalog } from '../../../src/catalogs';
import type { Catalog } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/check';
import { RETURN_LAYOUT, RETURN_SHEET, findReturnMarkers } from '../../../src/core/returns/format';
import { returnTemplates, type ReturnTemplate } from '../../../src/core/returns/template';
import { gridOf } from '../../support/exceljs-grid';
import { returnTemplateWorkbook } from '../../../src/hosts/file/return-template';

const baoshan = findBuiltInCatalog('baoshan-2017')!;
const { columns, fieldRow, firstDataRow, titleRow } = RETURN_LAYOUT;

/** Writes the template's workbook to bytes and opens it again, as a department would. */
async function roundTrip(template: ReturnTemplate, password?: string): Promise<ExcelJS.Workbook> {
  const workbook = await returnTemplateWorkbook(template, password === undefined ? {} : { password });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return reopened;
}

describe('return template workbooks (exceljs)', () => {
  const templates = returnTemplates(baoshan, { year: 2026 });
  const environment = templates.find((t) => t.department === '市环境保护局')!;

  it('has one protected sheet 填报表 without a password unless one is given', async () => {
    const workbook = await roundTrip(environment);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([RETURN_SHEET]);
    const protection = (workbook.worksheets[0] as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();

    const locked = await roundTrip(environment, 'secret');
    const withPassword = (locked.worksheets[0] as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(withPassword.sheet).toBe(true);
    expect(withPassword.algorithmName).toBe('SHA-512');
    expect(typeof withPassword.hashValue).toBe('string');
  });

  it('unlocks the field inputs and the value, previous-year and note cells; every other cell stays locked', async () => {
    const sheet = (await roundTrip(environment)).worksheets[0];
    const unlocked = new Set(environment.unlocked.map((p) => `${p.row},${p.col}`));
    const lastRow = firstDataRow + environment.indicators.length - 1;
    for (let row = titleRow; row <= lastRow; row++) {
      for (let col = 0; col <= columns.note; col++) {
        const cell = sheet.getCell(row + 1, col + 1);
        const isUnlocked = cell.protection?.locked === false;
        expect([`${row},${col}`, isUnlocked]).toEqual([`${row},${col}`, unlocked.has(`${row},${col}`)]);
      }
    }
    expect(sheet.getCell(fieldRow + 1, 2).value).toBe('市环境保护局');
  });

  it('formats 填报日期 as a date with a date validation, names a CJK font, and prints landscape one page wide with the header repeated', async () => {
    const sheet = (await roundTrip(environment)).worksheets[0];
    const date = sheet.getCell(fieldRow + 1, RETURN_LAYOUT.fields.date.input + 1);
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(date.dataValidation).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true, errorStyle: 'warning' });
    expect(sheet.getCell(fieldRow + 1, 1).font).toMatchObject({ name: '宋体', charset: 134 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    expect(sheet.headerFooter.oddFooter).toBe(`&L${environment.title}&R第 &P 页,共 &N 页`);
    // The 填报单位 label fits its column (four CJK characters and the padding).
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it('validates value and previous-year cells with an input message and a Chinese warning', async () => {
    const sheet = (await roundTrip(environment)).worksheets[0];
    const indicators = environment.indicators;
    indicators.forEach((indicator, k) => {
      for (const col of [columns.value, columns.previous]) {
        const validation = sheet.getCell(firstDataRow + k + 1, col + 1).dataValidation;
        expect(validation).toMatchObject({ showInputMessage: true, showErrorMessage: true, errorStyle: 'warning' });
        expect(validation.promptTitle).toBe(indicator.name.length <= 32 ? indicator.name : expect.any(String));
        expect(validation.prompt).toContain(col === columns.value ? '2026年' : '2025年');
        expect(validation.error).toMatch(/上报说明/);
      }
    });
    const byId = (id: string) => sheet.getCell(firstDataRow + indicators.findIndex((i) => i.id === id) + 1, columns.value + 1).dataValidation;
    expect(byId('bs-07')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(byId('bs-08')).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(byId('bs-08').prompt).toContain('达到功能区标准');
    expect(sheet.getCell(fieldRow + 1, 2).dataValidation).toBeUndefined();
  });

  it('hides the marker column; the marker decodes to the department and its rows', async () => {
    const workbook = await roundTrip(environment);
    expect(workbook.worksheets[0].getColumn(columns.marker + 1).hidden).toBe(true);
    const markers = findReturnMarkers(gridOf(workbook));
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ department: '市环境保护局', catalogId: 'baoshan-2017', year: 2026, sheet: RETURN_SHEET });
    expect(markers[0].indicators).toEqual(environment.indicators.map((i, k) => ({ id: i.id, row: firstDataRow + k })));
  });

  it('is found by the table finder: the 2026年 column is the value, 2025年 the previous, every row matched and missing', async () => {
    for (const template of templates) {
      const grid = gridOf(await roundTrip(template));
      const check = checkWorkbook(grid, { catalog: baoshan, mode: 'return' });
      expect(check.tables).toHaveLength(1);
      expect(check.rows.map((r) => r.row.row)).toEqual(template.marker.indicators.map((i) => i.row));
      for (const { row, finding } of check.rows) {
        expect([row.valueCol, row.valueYear, row.previous?.col, row.previous?.year]).toEqual([columns.value, 2026, columns.previous, 2025]);
        expect(finding.status).toBe('missing');
      }
      expect(check.findings.map((f) => f.indicatorId)).toEqual(template.indicators.map((i) => i.id));
    }
  });

  it('writes names, units and departments that look like formulas as plain text', async () => {
    const catalog: Catalog = {
      id: 'formula-like',
      title: '=HYPERLINK("x")',
      indicators: [
        { id: 'f-1', name: '=SUM(A1:A3)', unit: '+1', target: '@达到', lead: ['=市水利局'], coop: ['-市林业局'], sourceText: 'x' },
      ],
    };
    const [template] = returnTemplates(catalog, { year: 2026 });
    const sheet = (await roundTrip(template)).worksheets[0];
    const row = sheet.getRow(firstDataRow + 1);
    for (const [col, text] of [[columns.name, '=SUM(A1:A3)'], [columns.unit, '+1'], [columns.target, '@达到'], [columns.coop, '-市林业局']] as const) {
      expect(row.getCell(col + 1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col + 1).value).toBe(text);
    }
    expect(sheet.getCell(fieldRow + 1, 2).value).toBe('=市水利局');
    expect(sheet.getCell(titleRow + 1, columns.value + 1).type).toBe(ExcelJS.ValueType.String);
  });
});
