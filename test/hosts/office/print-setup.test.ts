// The print setup of the sheets the Office host makes (Worksheet.pageLayout, ExcelApi 1.9), on the
// in-memory workbook: landscape A4 one page wide, the title row on every page, the footer; and
// the return sheets likewise; an Excel without the page layout API gets its sheets without print setup.
import { createOfficeHost } from '../../../src/hosts/office';
import { DEFAULT_SETTINGS, runJob, type JobSettings } from '../../../src/addin/jobs';
import { FakeExcel } from '../../support/fake-excel';
import { findBuiltInCatalog } from '../../../src/catalogs';
import { returnTemplates } from '../../../src/core/returns/template';
import { forestCatalog, newFake } from './fixtures';

function settings(rows: number): JobSettings {
  return { ...DEFAULT_SETTINGS, catalog: { kind: 'given', catalog: forestCatalog(rows) } };
}

async function summaryOn(fake: FakeExcel): Promise<void> {
  await runJob(createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported }), 'summary', settings(10));
}

describe('print setup of the summary sheet', () => {
  it('prints landscape, one page wide, the title row on every page, the title and page numbers in the footer', async () => {
    const fake = newFake(10);
    await summaryOn(fake);
    expect(fake.sheet('指标汇总').pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      centerHorizontally: true,
      printGridlines: false,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$1',
      leftFooter: '指标核查汇总',
      rightFooter: '第 &P 页,共 &N 页',
    });
  });

  it('sets up the return sheets the same way, and adds them without print setup where Excel has no page layout API (before 1.9)', async () => {
    const templates = returnTemplates(findBuiltInCatalog('baoshan-2017')!, { year: 2026 });
    const fake = new FakeExcel({ sheets: [{ name: '自评表' }] });
    const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
    const [sheet] = (await host.addReturnSheets(templates.slice(0, 1))).sheets;
    expect(fake.sheet(sheet).pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      leftFooter: templates[0].title,
    });
    // The 填报日期 cell shows a date and takes one.
    expect(fake.cell(sheet, 'H2')).toMatchObject({ numberFormat: 'yyyy-mm-dd', dataValidation: { rule: { date: { operator: 'Between', formula1: '2025-01-01', formula2: '2027-12-31' } } } });

    const old = new FakeExcel({ sheets: [{ name: '自评表' }] }, { excelApi: '1.8' });
    const oldHost = createOfficeHost({ run: (batch) => old.run(batch), isSetSupported: old.isSetSupported });
    const [oldSheet] = (await oldHost.addReturnSheets(templates.slice(0, 1))).sheets;
    expect(old.sheet(oldSheet).protected).toBe(true);
    expect(old.sheet(oldSheet).pageLayout).toBeUndefined();
  });
});
