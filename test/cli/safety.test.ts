// check --fill and clear through the file host on merged and formula cells, a user's own 指标汇总
// and a sheet named like the English summary: nothing the tool did not mean to write changes.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HEADER, ROWS, catalogFile, load, runCli, tempDir } from './fixtures';

let dir: string;
let catalog: string;
beforeAll(async () => {
  dir = await tempDir();
  catalog = await catalogFile(join(dir, 'cat.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FOOTER = '本表由指标核查助手生成,重新生成时将被替换。';

/**
 * The sample table (header on row 2, rows 3–8) with 牵头单位 (H) merged down rows 6–8 under 市住房城乡建设局,
 * a 达标情况 (J) formula with an empty result on row 4, and the user's own sheets.
 */
async function workbook(path: string, extraSheets: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.getCell('A1').value = '测试市指标自评表';
  ws.addRow(HEADER);
  for (const row of ROWS) ws.addRow(row.map((v, c) => (c === 7 ? null : v)));
  ws.getCell('H6').value = '市住房城乡建设局';
  ws.mergeCells('H6:H8');
  ws.getCell('J4').value = { formula: 'IF(G4="","",IF(G4>=40,"达标","未达标"))', result: '' } as ExcelJS.CellFormulaValue;
  for (const name of extraSheets) {
    const own = wb.addWorksheet(name);
    own.getCell('A1').value = '我自己的表';
    own.getCell('A3').value = FOOTER;
  }
  await wb.xlsx.writeFile(path);
  return path;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.value as ExcelJS.CellFormulaValue | null)?.formula;
}

it('check --fill keeps merges and formulas, keeps the user\'s 指标汇总, and clear gives the cells back', async () => {
  await workbook(join(dir, 'merged.xlsx'), ['指标汇总']);
  const run = await runCli(['check', 'merged.xlsx', '--catalog', catalog, '--fill', '--out', 'out'], dir);
  expect(run.stderr).toEqual([]);
  const out = await load(join(dir, 'out', 'merged.checked.xlsx'));
  const ws = out.getWorksheet('自评表')!;
  expect(ws.getCell('H6').value).toBe('市住房城乡建设局');
  for (const address of ['H7', 'H8']) expect(ws.getCell(address).isMerged && ws.getCell(address).master.address).toBe('H6');
  expect(formulaOf(ws.getCell('J4'))).toBe('IF(G4="","",IF(G4>=40,"达标","未达标"))');
  // Truly empty cells are filled: 牵头单位 of row 3, 配合单位 of row 3.
  expect(ws.getCell('H3').value).toBe('市工业信息化委');
  expect(ws.getCell('I3').value).toBe('市统计局');
  // The user's sheet is left as it was; the summary is made beside it.
  expect(out.getWorksheet('指标汇总')!.getCell('A1').value).toBe('我自己的表');
  expect(out.getWorksheet('指标汇总(2)')).toBeDefined();

  const cleared = await runCli(['clear', join('out', 'merged.checked.xlsx'), '--out', 'out'], dir);
  expect(cleared.stderr).toEqual([]);
  const back = await load(join(dir, 'out', 'merged.cleared.xlsx'));
  expect(back.getWorksheet('指标汇总')!.getCell('A1').value).toBe('我自己的表');
  expect(back.getWorksheet('指标汇总(2)')).toBeUndefined();
  const again = back.getWorksheet('自评表')!;
  expect(again.getCell('H6').value).toBe('市住房城乡建设局');
  expect(again.getCell('H3').value).toBeNull();
  expect(formulaOf(again.getCell('J4'))).toBe('IF(G4="","",IF(G4>=40,"达标","未达标"))');
});

it('--lang en beside a user sheet named "indicator summary"', async () => {
  await workbook(join(dir, 'english.xlsx'), ['indicator summary']);
  const run = await runCli(['check', 'english.xlsx', '--catalog', catalog, '--out', 'out', '--lang', 'en'], dir);
  expect(run.stderr).toEqual([]);
  const out = await load(join(dir, 'out', 'english.checked.xlsx'));
  expect(out.getWorksheet('indicator summary')!.getCell('A1').value).toBe('我自己的表');
  expect(out.worksheets.map((w) => w.name)).toContain('Indicator Summary(2)');
});
