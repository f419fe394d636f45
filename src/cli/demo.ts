// `npm run demo`: builds an example self-assessment workbook from a built-in catalog, checks it with
// --fill, and leaves the workbook, the checked workbook and the JSON report in ./demo-output/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Catalog, CatalogIndicator, Threshold } from '../core/types';
import { parseThreshold } from '../core/parse/threshold';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
import { main } from './index';
import { EXIT_UNUSABLE, processIO } from './io';

const OUT_DIR = 'demo-output';
const FILE_NAME = '示例-指标自评表.xlsx';
const REPORT_NAME = '示例-指标自评表.report.json';
const HEADER = ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];
const ROW_COUNT = 14;

type Outcome = 'pass' | 'fail';

/**
 * What each demo row shows, by its position: a few failures, a value not filled in, a false 达标 claim.
 * The first passing percentage is also written the way Excel users often do, as 0.xx in a % cell.
 */
const SCRIPT: Record<number, { outcome?: Outcome; missing?: boolean; claim?: string; note?: string }> = {
  1: { outcome: 'fail', note: '受产业结构调整影响' },
  4: { outcome: 'fail', claim: '达标' },
  6: { missing: true, note: '数据待统计部门核定' },
  9: { outcome: 'fail' },
  11: { claim: '达标', note: '数据来源:年度统计公报' },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A number that passes or fails the threshold by a realistic margin; null when the target is not numeric. */
function numberFor(threshold: Threshold | null, direction: 'higher' | 'lower', outcome: Outcome): number | null {
  if (!threshold) return null;
  const nudge = (value: number, up: boolean) => round(value === 0 ? (up ? 1 : 0) : value * (up ? 1.06 : 0.93));
  switch (threshold.kind) {
    case 'compare': {
      if (threshold.op === '=') return outcome === 'pass' ? threshold.value : round(threshold.value * 0.96);
      const higher = threshold.op === '>=' || threshold.op === '>';
      return nudge(threshold.value, higher === (outcome === 'pass'));
    }
    case 'bare':
      return nudge(threshold.value, (direction === 'higher') === (outcome === 'pass'));
    case 'range':
      return outcome === 'pass' ? round((threshold.min + threshold.max) / 2) : round(threshold.max * 1.1 + 1);
    default:
      return null;
  }
}

function valueFor(indicator: CatalogIndicator, outcome: Outcome): number | string {
  const threshold = parseThreshold(indicator.target);
  const number = numberFor(threshold, indicator.direction ?? 'higher', outcome);
  if (number !== null) return number;
  return outcome === 'pass' ? '已完成' : '未完成';
}

/** Indicators with a plain numeric target first (they show marks best), then the rest, in catalog order. */
function demoIndicators(catalog: Catalog): CatalogIndicator[] {
  const numeric = (i: CatalogIndicator) => ['compare', 'bare', 'range'].includes(parseThreshold(i.target)?.kind ?? '');
  const ordered = [...catalog.indicators.filter(numeric), ...catalog.indicators.filter((i) => !numeric(i))];
  return ordered.slice(0, ROW_COUNT);
}

export async function writeDemoWorkbook(catalog: Catalog, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.getCell('A1').value = `${catalog.title} 指标自评表`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell('A2').value = '填报单位:市生态文明建设示范市创建办公室    填报日期:2024年3月';
  ws.mergeCells(2, 1, 2, HEADER.length);
  const header = ws.addRow(HEADER);
  header.font = { bold: true };

  let percentCellWritten = false;
  demoIndicators(catalog).forEach((indicator, i) => {
    const step = SCRIPT[i] ?? {};
    const value = step.missing ? null : valueFor(indicator, step.outcome ?? 'pass');
    const percent = !percentCellWritten && !step.outcome && typeof value === 'number' && indicator.unit === '%';
    if (percent) percentCellWritten = true;
    const lead = i % 3 === 0 ? null : indicator.lead.join('、');
    const row = ws.addRow([
      i + 1,
      indicator.category ?? null,
      indicator.name,
      indicator.unit ?? null,
      indicator.target,
      indicator.property ?? null,
      percent ? Number(((value as number) / 100).toFixed(6)) : value,
      lead,
      indicator.coop.join('、') || null,
      step.claim ?? null,
      step.note ?? null,
    ]);
    if (percent) row.getCell(7).numFmt = '0.0%';
  });
  [6, 12, 30, 14, 14, 10, 12, 22, 30, 10, 24].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  await workbook.xlsx.writeFile(path);
}

async function demo(): Promise<number> {
  const catalog = findBuiltInCatalog('baoshan-2017') ?? builtInCatalogs[0];
  if (!catalog) {
    console.error('No built-in catalog to build the demo from.');
    return 1;
  }
  // Relative to the folder the user ran it in, as the check it runs takes its paths (npm's INIT_CWD).
  const outDir = resolve(processIO.cwd, OUT_DIR);
  await mkdir(outDir, { recursive: true });
  const input = join(OUT_DIR, FILE_NAME);
  await writeDemoWorkbook(catalog, resolve(processIO.cwd, input));
  console.log(`示例工作簿 / example workbook: ${input}  (指标库 ${catalog.id})\n`);

  const report = join(OUT_DIR, REPORT_NAME);
  const code = await main(['check', input, '--catalog', catalog.id, '--fill', '--out', OUT_DIR, '--report', report]);
  if (code === EXIT_UNUSABLE) return 1;
  console.log(`\n核查后的工作簿 / checked workbook: ${join(OUT_DIR, FILE_NAME.replace(/\.xlsx$/, '.checked.xlsx'))}`);
  console.log(`核查报告 / JSON report:          ${report}`);
  return 0;
}

if (require.main === module) {
  demo().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      processIO.stderr(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
