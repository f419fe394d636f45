// Workbooks and catalogs built inside the tests, in a temporary directory, and an in-process runner.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/index';

export const HEADER = ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];

export const testCatalog = {
  id: 'test-city',
  title: '测试市生态文明建设示范市指标',
  indicators: [
    { id: 't-01', name: '单位GDP能耗', category: '生态经济', unit: '吨标煤/万元', target: '≤1.1', direction: 'lower', property: '约束性', lead: ['市工业信息化委'], coop: ['市统计局'], sourceText: '单位GDP能耗≤1.1吨标煤/万元' },
    { id: 't-02', name: '第三产业占GDP比例', category: '生态经济', unit: '%', target: '≥40', direction: 'higher', property: '指导性', lead: ['市发展改革委'], coop: [], sourceText: '第三产业占GDP比例≥40%' },
    { id: 't-03', name: '森林覆盖率', category: '生态环境', unit: '%', target: '≥60', direction: 'higher', property: '约束性', lead: ['市林业局'], coop: ['市自然资源局'], sourceText: '森林覆盖率≥60%' },
    { id: 't-04', name: '空气质量优良天数比例', category: '生态环境', unit: '%', target: '≥90', direction: 'higher', property: '约束性', lead: ['=市生态环境局'], coop: [], sourceText: '空气质量优良天数比例≥90%' },
    { id: 't-05', name: '城镇污水处理率', category: '生态人居', unit: '%', target: '≥85', direction: 'higher', property: '约束性', lead: ['市住房城乡建设局'], coop: [], sourceText: '城镇污水处理率≥85%' },
    { id: 't-06', name: '生活垃圾无害化处理率', category: '生态人居', unit: '%', target: '≥95', direction: 'higher', property: '约束性', lead: ['市城管局'], coop: [], sourceText: '生活垃圾无害化处理率≥95%' },
  ],
};

/** The indicator rows of the sample workbook, starting at sheet row 3 (Excel's numbering). */
export const ROWS: (string | number | null)[][] = [
  [1, '生态经济', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.3, null, null, null, '=SUM(A1)'],
  [2, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 38.5, '市发展改革委', null, null, '+1'],
  [3, '生态环境', '森林覆盖率', '%', '≥60', '约束性', 0.65, '市林业局', null, null, '-x'],
  [4, '生态环境', '空气质量优良天数比例', '%', '≥90', '约束性', null, null, null, null, '@x'],
  [5, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', 80, '市住房城乡建设局', null, '达标', null],
  [6, '生态人居', '生活垃圾无害化处理率', '%', '≥95', '约束性', 99, '市城管局', null, null, null],
];

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'indicatorcheck-cli-'));
}

/** A self-assessment workbook: a merged title row, the header on row 2, the percent value in a % cell. */
export async function sampleWorkbook(path: string, rows = ROWS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.getCell('A1').value = '测试市生态文明建设示范市指标自评表';
  ws.mergeCells('A1:K1');
  ws.addRow(HEADER);
  for (const row of rows) ws.addRow(row);
  ws.getCell('G5').numFmt = '0.0%';
  ws.getCell('G3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('G3').note = '填报人:张三';
  ws.getColumn(3).width = 28;
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function noTableWorkbook(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('说明');
  ws.getCell('A1').value = '本文件只有说明文字';
  ws.getCell('A2').value = '没有指标表';
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function catalogFile(path: string, content: unknown = testCatalog): Promise<string> {
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content), 'utf8');
  return path;
}

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd });
  return { code, stdout, stderr };
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
