// A workbook as a creation office really keeps one, built inside the tests: merged responsibility
// and value cells, formulas with empty or no results, defined names of every kind, 宋体 as the
// default font, a chart, a pivot table, a threaded comment, an external link, cross-sheet (x14)
// validations, hyperlink tooltips, custom document properties, VBA, and a sheet of the user's own
// named 指标汇总. exceljs writes the base; the parts exceljs cannot write are small hand-written
// fixtures added to the package, so that the file host is tested on what it must keep.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { t } from '../../src/core/messages';
import { writeCustomProperties } from '../../src/hosts/file/custom-properties';

export const OFFICE_SHEET = '自评表';

export const officeCatalog = {
  id: 'office-city',
  title: '测试市生态文明建设示范市指标',
  indicators: [
    { id: 'o-01', name: '单位GDP能耗', category: '生态经济', unit: '吨标煤/万元', target: '≤1.1', direction: 'lower', property: '约束性', lead: ['市工业信息化委'], coop: ['市统计局'], sourceText: '单位GDP能耗≤1.1吨标煤/万元' },
    { id: 'o-02', name: '第三产业占GDP比例', category: '生态经济', unit: '%', target: '≥40', direction: 'higher', property: '约束性', lead: ['市发展改革委'], coop: ['市统计局'], sourceText: '第三产业占GDP比例≥40%' },
    { id: 'o-03', name: '森林覆盖率', category: '生态环境', unit: '%', target: '≥60', direction: 'higher', property: '约束性', lead: ['市林业局'], coop: ['市自然资源局'], sourceText: '森林覆盖率≥60%' },
    { id: 'o-04', name: '空气质量优良天数比例', category: '生态环境', unit: '%', target: '≥90', direction: 'higher', property: '约束性', lead: ['市生态环境局'], coop: ['市气象局'], sourceText: '空气质量优良天数比例≥90%' },
    { id: 'o-05', name: '城镇污水处理率', category: '生态人居', unit: '%', target: '≥85', direction: 'higher', property: '约束性', lead: ['市住房城乡建设局'], coop: ['市水务局'], sourceText: '城镇污水处理率≥85%' },
    { id: 'o-06', name: '生活垃圾无害化处理率', category: '生态人居', unit: '%', target: '≥95', direction: 'higher', property: '约束性', lead: ['市城管局'], coop: ['市环卫处'], sourceText: '生活垃圾无害化处理率≥95%' },
    { id: 'o-07', name: '集中式饮用水水源地水质达标率', category: '生态环境', unit: '%', target: '100%', direction: 'higher', property: '约束性', lead: ['市生态环境局'], coop: ['市水务局'], sourceText: '集中式饮用水水源地水质达标率100%' },
  ],
};

const HEADER = ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface OfficeWorkbookOptions {
  /** Add the parts exceljs cannot write (chart, pivot, threaded comment, external link, x14 validation, VBA). */
  extras?: boolean;
  /** Give the main sheet notes (a comments part) before the check. */
  notes?: boolean;
}

async function baseWorkbook(options: OfficeWorkbookOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(OFFICE_SHEET);
  ws.getCell('A1').value = '测试市生态文明建设示范市指标自评表';
  ws.mergeCells('A1:I1');
  ws.getCell('A2').value = '填报单位：测试市创建办';
  ws.getRow(3).values = HEADER;
  const rows: (string | number | null)[][] = [
    [1, '单位GDP能耗', '吨标煤/万元', '≤1.1', 1.3, '市工业信息化委', null, null, null],
    [2, '第三产业占GDP比例', '%', '≥40', 38.5, null, '市统计局', null, null],
    [3, '森林覆盖率', '%', '≥60', 65, null, null, null, '林业局提供'],
    [4, '空气质量优良天数比例', '%', '≥90', 92, null, null, null, null],
    [5, '城镇污水处理率', '%', '≥85', 80, null, null, null, null],
    [6, '生活垃圾无害化处理率', '%', '≥95', 99, '市城管局', null, null, null],
    [7, '集中式饮用水水源地水质达标率', '%', '100%', 96, '市生态环境局', null, null, null],
  ];
  rows.forEach((values, i) => {
    ws.getRow(4 + i).values = values.map((v) => v ?? undefined) as ExcelJS.CellValue[];
  });
  // 牵头单位 merged down three rows: F5 and F6 are covered by F4's value.
  ws.mergeCells('F4:F6');
  // A value merged across two columns: 92 in E7 covers F7.
  ws.mergeCells('E7:F7');
  // Formulas whose result is empty, or that carry no cached value.
  ws.getCell('H4').value = { formula: 'IF(E4="","",IF(E4<=1.1,"达标","未达标"))', result: '未达标' } as ExcelJS.CellFormulaValue;
  ws.getCell('H5').value = { formula: 'IF(G5="","",G5)', result: '' } as ExcelJS.CellFormulaValue;
  ws.getCell('F8').value = { formula: 'F4' } as ExcelJS.CellFormulaValue;
  ws.getCell('G9').value = { formula: 'IF(B9="","",B9)', result: '' } as ExcelJS.CellFormulaValue;
  ws.getCell('I4').value = { text: '统计公报', hyperlink: 'http://tjj.example.gov.cn/gb', tooltip: '2023年统计公报' };
  ws.getCell('E4').numFmt = '0.00';
  ws.getCell('E4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B3').font = { bold: true };
  if (options.notes) ws.getCell('E9').note = '原有批注：环卫处数据';
  ws.getCell('H6').dataValidation = { type: 'list', allowBlank: true, formulae: ['"达标,未达标"'] };
  ws.getColumn(2).width = 30;

  const notes = workbook.addWorksheet('说明');
  notes.getCell('A1').value = '本表由各牵头单位按月填报。';
  notes.getCell('A2').value = { formula: 'COUNTA(自评表!B4:B10)', result: 7 } as ExcelJS.CellFormulaValue;

  const own = workbook.addWorksheet('指标汇总');
  own.getCell('A1').value = '我们自己的汇总（手工维护）';
  own.getCell('A2').value = 42;
  own.getCell('A3').value = t('zh-CN', 'summary.marker');

  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return writeCustomProperties(bytes, { 审核人: '李四', 版本: '2024-03' }, 'office.xlsx');
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`fixture: ${marker} not found`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The first of these markers found in the text. */
function firstOf(xml: string, markers: string[]): string {
  const found = markers.filter((m) => xml.includes(m)).sort((a, b) => xml.indexOf(a) - xml.indexOf(b));
  if (found.length === 0) throw new Error('fixture: no marker found');
  return found[0];
}

async function addRel(zip: JSZip, relsPath: string, id: string, type: string, target: string, external = false): Promise<void> {
  const existing = zip.file(relsPath);
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  if (!existing) {
    zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rel}</Relationships>`);
    return;
  }
  zip.file(relsPath, insertBefore(await existing.async('string'), '</Relationships>', rel));
}

async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const xml = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', insertBefore(xml, '</Types>', `<Override PartName="/${part}" ContentType="${type}"/>`));
}

const DEFINED_NAMES =
  '<definedNames>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="0">自评表!$A$1:$I$10</definedName>' +
  '<definedName name="动态区域">OFFSET(自评表!$A$4,0,0,COUNTA(自评表!$A:$A)-3,9)</definedName>' +
  '<definedName name="税率">0.17</definedName>' +
  '<definedName name="隐藏名" hidden="1">自评表!$B$4</definedName>' +
  '<definedName name="本表名" localSheetId="1">说明!$A$1</definedName>' +
  '<definedName name="外部值">[1]基础数据!$A$1</definedName>' +
  '</definedNames>';

/** The workbook's bytes, and the name a user would give it (.xlsm when it carries VBA). */
export async function officeWorkbook(options: OfficeWorkbookOptions = {}): Promise<{ bytes: Uint8Array; name: string }> {
  const zip = await JSZip.loadAsync(await baseWorkbook(options));

  // The default font of the workbook: 宋体 11, as a Chinese Excel makes it.
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const firstFont = styles.indexOf('<font>');
  const firstFontEnd = styles.indexOf('</font>', firstFont) + '</font>'.length;
  zip.file('xl/styles.xml', `${styles.slice(0, firstFont)}<font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/></font>${styles.slice(firstFontEnd)}`);

  let workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  workbookXml = workbookXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  const extras = options.extras !== false;
  if (extras) {
    workbookXml = workbookXml.replace('</sheets>', `</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>${DEFINED_NAMES}`);
    workbookXml = insertBefore(workbookXml, '</workbook>', '<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot1"/></pivotCaches>');
  } else {
    workbookXml = workbookXml.replace('</sheets>', `</sheets>${DEFINED_NAMES.replace(/<definedName name="外部值">[^<]*<\/definedName>/, '')}`);
  }
  zip.file('xl/workbook.xml', workbookXml);

  if (extras) {
    // A chart on the main sheet.
    zip.file('xl/charts/chart1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>自评表!$E$4:$E$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`);
    zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
    await addRel(zip, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${REL}/chart`, '../charts/chart1.xml');
    await addRel(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdDraw1', `${REL}/drawing`, '../drawings/drawing1.xml');
    await addOverride(zip, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    await addOverride(zip, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');

    // A threaded comment on E8 (a value cell the check marks), with its legacy note as Excel writes both.
    zip.file('xl/threadedComments/threadedComment1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="E8" dT="2024-03-01T08:00:00.00" personId="{A1B2C3D4-0000-0000-0000-000000000001}" id="{B1B2C3D4-0000-0000-0000-000000000002}"><text>住建局说明：新厂下月投运</text></threadedComment></ThreadedComments>`);
    zip.file('xl/persons/person.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="王五" id="{A1B2C3D4-0000-0000-0000-000000000001}" userId="wangwu" providerId="None"/></personList>`);
    await addRel(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdThread1', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rIdPersons', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');
    await addOverride(zip, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
    await addOverride(zip, 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');

    // An external link: the defined name 外部值 and the formula in 说明!B1 point into it.
    zip.file('xl/externalLinks/externalLink1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="基础数据"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>12.5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`);
    await addRel(zip, 'xl/externalLinks/_rels/externalLink1.xml.rels', 'rId1', `${REL}/externalLinkPath`, '基础数据.xlsx', true);
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rIdExt1', `${REL}/externalLink`, 'externalLinks/externalLink1.xml');
    await addOverride(zip, 'xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml');
    const notesSheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    zip.file('xl/worksheets/sheet2.xml', notesSheet.replace('</c></row></sheetData>', '</c><c r="B2"><f>[1]基础数据!$A$1</f><v>12.5</v></c></row></sheetData>'));

    // A pivot table on a sheet of its own, over the indicator table.
    zip.file('xl/pivotCache/pivotCacheDefinition1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="B3:E10" sheet="自评表"/></cacheSource><cacheFields count="1"><cacheField name="指标名称" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`);
    zip.file('xl/pivotCache/pivotCacheRecords1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="0"/>`);
    zip.file('xl/pivotTables/pivotTable1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="7" dataCaption="值"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields></pivotTableDefinition>`);
    await addRel(zip, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', `${REL}/pivotCacheRecords`, 'pivotCacheRecords1.xml');
    await addRel(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', `${REL}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml');
    await addRel(zip, 'xl/worksheets/_rels/sheet3.xml.rels', 'rIdPivotTable1', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rIdPivot1', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
    await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
    await addOverride(zip, 'xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml');
    await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');

    // The main sheet: its drawing, and a cross-sheet list validation (x14) in its extension list.
    let sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    sheet = insertBefore(sheet, firstOf(sheet, ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>']), '<drawing r:id="rIdDraw1"/>');
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>说明!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>G4:G10</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    sheet = insertBefore(sheet, '</worksheet>', x14);
    zip.file('xl/worksheets/sheet1.xml', sheet);

    // VBA: a macro workbook.
    zip.file('xl/vbaProject.bin', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)));
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
    let types = await zip.file('[Content_Types].xml')!.async('string');
    types = insertBefore(types, '</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    types = types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    zip.file('[Content_Types].xml', types);
  }

  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, name: extras ? '自评表.xlsm' : '自评表.xlsx' };
}
