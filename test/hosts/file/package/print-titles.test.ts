// The print setup the package writer adds to the sheets the tool makes: the print titles are a
// defined name scoped to the new sheet (localSheetId its index), kept right when an earlier tool
// sheet goes, and removed with the sheet, so that the workbook part is given back byte for byte.
import ExcelJS from 'exceljs';
import { FileWorkbook } from '../../../../src/hosts/file/package/file-workbook';
import { writeSummarySheet } from '../../../../src/hosts/file/package/summary-sheet';
import { tablePrint } from '../../../../src/core/print-layout';
import type { SummarySheetLayout } from '../../../../src/core/types';

function layout(name: string): SummarySheetLayout {
  return {
    name,
    replaces: false,
    cells: [
      { row: 0, col: 0, value: `${name}标题`, style: 'title' },
      { row: 1, col: 0, value: '序号', style: 'header' },
      { row: 1, col: 1, value: '指标名称', style: 'header' },
    ],
    merges: [],
    widths: [6, 20],
    styles: { title: { bold: true }, header: { bold: true, border: true } },
    print: tablePrint(`${name} & 标题`, { top: 0, bottom: 1 }),
  };
}

/** A workbook with two sheets and, when asked, a defined name scoped to the second. */
async function workbookBytes(withNames: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('自评表').getCell('A1').value = '指标';
  wb.addWorksheet('说明').getCell('A1').value = '说明';
  if (withNames) wb.definedNames.add("'说明'!$A$1", '本表名');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function workbookXml(workbook: FileWorkbook): Promise<string> {
  return (await workbook.pkg.text(workbook.book.path))!;
}

function definedNames(xml: string): string[] {
  return [...xml.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
}

describe('print titles of the sheets the tool makes', () => {
  it.each([true, false])('are scoped to their sheet, follow it when an earlier one goes, and leave with it (workbook with names: %s)', async (withNames) => {
    const workbook = await FileWorkbook.open(await workbookBytes(withNames), 'x.xlsx');
    const original = await workbookXml(workbook);
    const userNames = definedNames(original);

    await writeSummarySheet(workbook, layout('汇总情况'));
    await writeSummarySheet(workbook, layout('指标汇总'));
    expect(definedNames(await workbookXml(workbook))).toEqual([
      ...userNames,
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'汇总情况'!$1:$2</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'指标汇总'!$1:$2</definedName>`,
    ]);
    const sheetXml = (await workbook.pkg.text(workbook.sheet('指标汇总')!.part!))!;
    expect(sheetXml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // A literal & in the title is doubled for Excel's footer codes, then escaped for XML.
    expect(sheetXml).toContain('<headerFooter><oddFooter>&amp;L指标汇总 &amp;&amp; 标题&amp;R第 &amp;P 页,共 &amp;N 页</oddFooter></headerFooter>');

    await workbook.removeSheet('汇总情况');
    expect(definedNames(await workbookXml(workbook))).toEqual([...userNames, `<definedName name="_xlnm.Print_Titles" localSheetId="2">'指标汇总'!$1:$2</definedName>`]);
    await workbook.removeSheet('指标汇总');
    expect(await workbookXml(workbook)).toBe(original);
  });

  it('opens in exceljs with the print titles where they belong', async () => {
    const workbook = await FileWorkbook.open(await workbookBytes(true), 'x.xlsx');
    await writeSummarySheet(workbook, layout('指标汇总'));
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.save()) as unknown as ExcelJS.Buffer);
    const sheet = reread.getWorksheet('指标汇总')!;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(reread.getWorksheet('说明')!.pageSetup.printTitlesRow).toBeUndefined();
  });
});
