// The files the web page's tests load through its file choosers, built in the test: a workbook as
// offices keep it (with its catalog as a .json file), departmental returns and a master of the
// built-in catalog baoshan-2017, the 20,000-row province sheet, and files that cannot be used.
import ExcelJS from 'exceljs';
import { officeCatalog, officeWorkbook } from '../../support/office-workbook';
import { baoshanRows, type ReturnFixture } from '../../support/return-check-fixture';
import { returnBytes as checkReturnBytes } from '../../support/return-check-files';
import { MASTER_HEADER, returnBytes as mergeReturnBytes, type ReturnSpec } from '../../support/return-workbooks';
import { PROVINCE_HEADER, shapeRows } from '../../../bench/file-shapes';
import { findBuiltInCatalog } from '../../../src/catalogs';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

/** 自评表.xlsm: merges, formulas, defined names, notes, a chart, a pivot table, a threaded comment, VBA … */
export async function officeInput(): Promise<InputFile> {
  return officeWorkbook({ notes: true });
}

export const officeCatalogFile = (): InputFile => ({ name: '测试市指标库.json', bytes: Buffer.from(JSON.stringify(officeCatalog), 'utf8') });

/** A ready return of 市环境保护局 (baoshan-2017): every value passes, 填报人 given. */
export async function readyReturn(): Promise<InputFile> {
  return { name: '环保局.xlsx', bytes: await checkReturnBytes({ rows: baoshanRows() }) };
}

/** A return with three things to fix: 填报人 empty (D2), 单位GDP能耗 empty (G7), 第三产业占GDP比例 below its target (G6). */
export async function blockedReturn(): Promise<InputFile> {
  const rows = baoshanRows().map((r) => (r.id === 'bs-02' ? { ...r, value: 30 } : r.id === 'bs-03' ? { ...r, value: null } : r));
  const fixture: ReturnFixture = { rows, person: null };
  return { name: '水务局.xlsx', bytes: await checkReturnBytes(fixture) };
}

const baoshan = findBuiltInCatalog('baoshan-2017')!;
const MERGE_IDS = ['bs-01', 'bs-02', 'bs-03', 'bs-07', 'bs-12a'];
export const MERGE_SHEET = '指标汇总表';

/**
 * The master of baoshan-2017: five indicators under MASTER_HEADER from row 3, 2025年 in G and 2026年
 * in H; 第三产业占GDP比例 (row 4) already holds 41 for 2026.
 */
export async function mergeMaster(): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(MERGE_SHEET);
  ws.getCell('A1').value = '保山市生态文明建设指标汇总表';
  ws.mergeCells('A1:K1');
  ws.addRow(MASTER_HEADER);
  MERGE_IDS.forEach((id, i) => {
    const ind = baoshan.indicators.find((x) => x.id === id)!;
    ws.addRow([i + 1, ind.category ?? null, ind.name, ind.unit ?? null, ind.target, ind.property ?? null, null, id === 'bs-02' ? 41 : null, ind.lead.join('、'), null, null]);
  });
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('C3').note = '创建办备注';
  workbook.addWorksheet('说明').getCell('A1').value = '本工作簿由创建办汇总';
  return { name: '汇总表.xlsx', bytes: await bytesOf(workbook) };
}

const row = (id: string, value: number, previous: number) => {
  const ind = baoshan.indicators.find((x) => x.id === id)!;
  return { id, name: ind.name, unit: ind.unit ?? '', target: ind.target, value, previous };
};

/**
 * Four returns: 市农业局 (stamped, 农民年人均纯收入), 市发展改革委 (第三产业占GDP比例 42, where the
 * master holds 41: a conflict with the master), 市工业信息化委 (单位GDP能耗 1.3, above its target) and
 * 市统计局 (单位GDP能耗 1.05: the returns disagree, a conflict among the returns).
 */
export const MERGE_RETURNS: ReturnSpec[] = [
  { department: '市农业局', catalogId: 'baoshan-2017', catalogVersion: baoshan.version ?? null, person: '王五', date: '2026-03-02', stamp: 'valid', rows: [row('bs-01', 7200, 6800)] },
  { department: '市发展改革委', catalogId: 'baoshan-2017', catalogVersion: baoshan.version ?? null, rows: [row('bs-02', 42, 39)] },
  { department: '市工业信息化委', catalogId: 'baoshan-2017', catalogVersion: baoshan.version ?? null, rows: [row('bs-03', 1.3, 1.2)] },
  { department: '市统计局', catalogId: 'baoshan-2017', catalogVersion: baoshan.version ?? null, rows: [row('bs-03', 1.05, 1.2)] },
];

export async function mergeReturns(): Promise<InputFile[]> {
  return Promise.all(MERGE_RETURNS.map(async (spec) => ({ name: `${spec.department}.xlsx`, bytes: await mergeReturnBytes(spec) })));
}

export const PROVINCE_ROWS = 20_000;
export const PROVINCE_CATALOG = 'tangshan-2022';

/** bench/file-shapes.ts's province sheet: the same 8 indicators of tangshan-2022 for 2,500 districts. */
export async function provinceWorkbook(rows = PROVINCE_ROWS): Promise<InputFile> {
  const catalog = findBuiltInCatalog(PROVINCE_CATALOG)!;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('全省汇总');
  ws.getCell('A1').value = '全省生态文明建设示范区指标汇总表';
  ws.mergeCells('A1:L1');
  ws.addRow(PROVINCE_HEADER);
  for (const r of shapeRows(catalog, rows, 'province')) ws.addRow(r);
  ws.getColumn(PROVINCE_HEADER.indexOf('现状值') + 1).numFmt = '0.00';
  return { name: `全省汇总-${rows}行.xlsx`, bytes: await bytesOf(workbook) };
}

/** Files that cannot be used. */
export const notAWorkbook = (): InputFile => ({ name: '说明文字.xlsx', bytes: Buffer.from('这不是工作簿，只是一段文字。\n', 'utf8') });

export async function noTableWorkbook(): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('说明');
  ws.getCell('A1').value = '本文件只有说明文字';
  ws.getCell('A2').value = '没有指标表';
  return { name: '无指标表.xlsx', bytes: await bytesOf(workbook) };
}

/** The start of a compound file holding an EncryptionInfo stream, as Excel writes for an open password. */
export function encryptedWorkbook(): InputFile {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return { name: '加密.xlsx', bytes: Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]) };
}

export const badCatalogFile = (): InputFile => ({ name: '坏指标库.json', bytes: Buffer.from('{"id": "broken", "indicators": [', 'utf8') });

/** A self-assessment sheet with a target per level (≥95%(城市);≥85%(县)) and the value 90: it fails for a city, passes for a county. */
export async function regionalWorkbook(): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.getCell('A1').value = '测试市生态文明建设示范市指标自评表';
  ws.mergeCells('A1:K1');
  ws.addRow(['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注']);
  ws.addRow([1, '生态人居', '生活垃圾分类覆盖率', '%', '≥95%(城市);≥85%(县)', '约束性', 90, '市城管局', null, null, null]);
  ws.addRow([2, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', 90, '市住建局', null, null, null]);
  return { name: '分级.xlsx', bytes: await bytesOf(workbook) };
}
