// `check` of workbook files: a 20,000-row province sheet (the same 8 indicators for 2,500 districts)
// and a 20,000-row sheet whose names all differ, each beside exceljs alone reading and writing the
// same file; and a 200,000-row province sheet in a process of its own, for its time and peak memory.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { builtInCatalogs } from '../src/catalogs';
import { main } from '../src/cli/index';
import { writeShapeWorkbook, type FileShape } from './file-shapes';
import { fastest } from './timing';

const FILE_ROWS = 20_000;
const BIG_ROWS = 200_000;
const RUNS = 3;

const catalog = builtInCatalogs.find((c) => c.id === 'tangshan-2022') ?? builtInCatalogs[0];

async function shapeFigures(dir: string, shape: FileShape): Promise<void> {
  const input = join(dir, `${shape}.xlsx`);
  await writeShapeWorkbook(catalog, FILE_ROWS, shape, input);
  const plain = await fastest(RUNS, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(join(dir, 'plain.xlsx'));
  });
  const silent = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
  let exitCode = -1;
  const check = await fastest(RUNS, async () => {
    exitCode = await main(['check', input, '--catalog', catalog.id, '--fill', '--out', join(dir, 'out')], silent);
  });
  const automatic = await fastest(1, async () => {
    await main(['check', input, '--fill', '--out', join(dir, 'out-auto')], silent);
  });
  await main(['check', input, '--catalog', catalog.id, '--out', join(dir, 'out'), '--report', join(dir, 'report.json')], silent);
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { workbooks: { totals: Record<string, number> }[] };
  const label = shape === 'province' ? 'province sheet (8 indicators × 2,500 districts)' : 'sheet with every name different';
  console.log(`${label}, ${FILE_ROWS.toLocaleString('en')} rows: ${JSON.stringify(report.workbooks[0].totals)}`);
  console.log(`  exceljs read + write:        ${plain.toFixed(2)} s`);
  console.log(`  check --fill --catalog:      ${check.toFixed(2)} s (exit ${exitCode}), ratio ${(check / plain).toFixed(2)}${shape === 'province' ? ' (aim ≤ 0.8)' : ''}`);
  console.log(`  check --fill, catalog chosen: ${automatic.toFixed(2)} s`);
}

const execFileAsync = promisify(execFile);

async function bigFigures(dir: string): Promise<void> {
  const input = join(dir, 'big.xlsx');
  await writeShapeWorkbook(catalog, BIG_ROWS, 'province', input);
  for (const withCatalog of [true, false]) {
    const args = ['--import', 'tsx', join(__dirname, 'check-child.ts'), input, join(dir, 'out-big'), ...(withCatalog ? [catalog.id] : [])];
    const { stdout } = await execFileAsync(process.execPath, args, { cwd: join(__dirname, '..'), maxBuffer: 1 << 20 });
    const { seconds, peakMB, exitCode } = JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number; peakMB: number; exitCode: number };
    console.log(`check --fill of a ${BIG_ROWS.toLocaleString('en')}-row province sheet${withCatalog ? '' : ', catalog chosen'}: ${seconds.toFixed(1)} s, peak memory ${Math.round(peakMB)} MB (aim ≤ 1,024), exit ${exitCode}`);
  }
}

export async function fileFigures(dir: string): Promise<void> {
  await shapeFigures(dir, 'province');
  await shapeFigures(dir, 'distinct');
  await bigFigures(dir);
}
