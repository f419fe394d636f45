import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { JOURNAL_SHEET } from '../../src/core/journal';
import { openWorkbook, readJournal } from '../../src/hosts/file';
import { noteText } from '../../src/hosts/file/cells';
import { builtInCatalogs } from '../../src/catalogs';
import { HEADER, ROWS, catalogFile, load, noTableWorkbook, runCli, sampleWorkbook, tempDir, testCatalog } from './fixtures';

let dir: string;
let input: string;
let catalog: string;

beforeAll(async () => {
  dir = await tempDir();
  input = await sampleWorkbook(join(dir, '自评表.xlsx'));
  catalog = await catalogFile(join(dir, 'test-city.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

describe('check', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let before: Buffer;
  let checked: ExcelJS.Workbook;
  let report: any;

  beforeAll(async () => {
    before = await readFile(input);
    run = await runCli(['check', input, '--catalog', catalog, '--out', 'out', '--report', 'out/report.json', '--fill'], dir);
    checked = await load(join(dir, 'out', '自评表.checked.xlsx'));
    report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  });

  it('exits 1 because a binding indicator fails, and leaves the input untouched', async () => {
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(1);
    expect(await readFile(input)).toEqual(before);
  });

  it('prints the counts and the failing indicators in Chinese', () => {
    const out = run.stdout.join('\n');
    expect(out).toContain('自评表.checked.xlsx');
    expect(out).toContain('指标6项');
    expect(out).toContain('未达标3');
    expect(out).toMatch(/单位GDP能耗\s+≤1\.1\s+1\.3\s+0\.2吨标煤\/万元\s+市工业信息化委/);
    expect(out).toContain('城镇污水处理率');
    expect(out).not.toMatch(/^\s*生活垃圾无害化处理率/m);
  });

  it('marks failing and missing values with a fill, a font colour and a one-line note', () => {
    const ws = checked.getWorksheet('自评表')!;
    expect(ws.getCell('G3').fill).toMatchObject(BAD_FILL);
    expect(ws.getCell('G3').font.color).toEqual({ argb: 'FF9C0006' });
    expect(noteText(ws.getCell('G3').note)).toMatch(/^未达标/);
    expect(ws.getCell('G4').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } }); // a guiding indicator: warning
    expect(ws.getCell('G6').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } }); // missing
    expect(noteText(ws.getCell('G6').note)).toMatch(/^未填报/);
    expect(ws.getCell('G7').fill).toMatchObject(BAD_FILL);
    expect(ws.getCell('G8').note).toBeUndefined(); // passing rows are not marked
    expect(ws.getCell('G5').value).toBe(0.65);
  });

  it('fills empty responsibility and status cells, keeping text as text', () => {
    const ws = checked.getWorksheet('自评表')!;
    expect(ws.getCell('H3').value).toBe('市工业信息化委');
    expect(ws.getCell('I3').value).toBe('市统计局');
    expect(ws.getCell('H4').value).toBe('市发展改革委');
    expect(ws.getCell('H6').value).toBe('=市生态环境局');
    expect(ws.getCell('H6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('J3').value).toBe('未达标');
    expect(ws.getCell('J7').value).toBe('达标'); // the department's own claim is kept
    for (const [address, text] of [['K3', '=SUM(A1)'], ['K4', '+1'], ['K5', '-x'], ['K6', '@x']]) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).value).toBe(text);
    }
  });

  it('adds the summary sheet 指标汇总 with the failing indicators and links to their cells', () => {
    const summary = checked.getWorksheet('指标汇总')!;
    const texts: string[] = [];
    const formulas: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
        else texts.push(String(cell.value));
      }),
    );
    expect(texts).toContain('指标核查汇总');
    expect(texts).toEqual(expect.arrayContaining(['单位GDP能耗', '第三产业占GDP比例', '城镇污水处理率']));
    expect(formulas).toContain(`HYPERLINK("#'自评表'!G3","自评表!G3")`);
    expect(checked.getWorksheet(JOURNAL_SHEET)?.state).toBe('veryHidden');
  });

  it('writes the JSON report of DESIGN §7', () => {
    expect(report.schema).toBe(1);
    expect(report.catalog).toBe('test-city');
    const [workbook] = report.workbooks;
    expect(workbook.file).toBe(input);
    expect(workbook.tables).toEqual([expect.objectContaining({ sheet: '自评表', headerRow: 2 })]);
    expect(workbook.tables[0].columns).toMatchObject({ name: 'C', target: 'E', value: 'G' });
    expect(workbook.findings).toHaveLength(6);
    const energy = workbook.findings.find((f: any) => f.name === '单位GDP能耗');
    expect(energy).toMatchObject({ sheet: '自评表', row: 3, cell: 'G3', indicatorId: 't-01', status: 'fail', severity: 'error', value: 1.3 });
    expect(energy.gap).toBeCloseTo(0.2, 6);
    const sewage = workbook.findings.find((f: any) => f.name === '城镇污水处理率');
    expect(sewage.issues).toContain('status-mismatch');
    expect(workbook.findings.find((f: any) => f.name === '森林覆盖率')).toMatchObject({ status: 'pass', value: 65 });
    expect(workbook.totals).toEqual({ pass: 2, fail: 3, review: 0, missing: 1, invalid: 0, na: 0 });
  });

  it('a second check of the checked workbook gives the same marks, not stacked ones', async () => {
    const again = await runCli(['check', join('out', '自评表.checked.xlsx'), '--catalog', catalog, '--out', 'again', '--fill'], dir);
    expect(again.code).toBe(1);
    const first = await load(join(dir, 'out', '自评表.checked.xlsx'));
    const second = await load(join(dir, 'again', '自评表.checked.checked.xlsx'));
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    const a = first.getWorksheet('自评表')!;
    const b = second.getWorksheet('自评表')!;
    for (let row = 1; row <= ROWS.length + 2; row++) {
      for (let col = 1; col <= HEADER.length; col++) {
        const [x, y] = [a.getCell(row, col), b.getCell(row, col)];
        expect({ at: x.address, value: y.value, note: y.note, fill: y.fill }).toEqual({ at: x.address, value: x.value, note: x.note, fill: x.fill });
      }
    }
    // The journal still holds the original state: the yellow fill and the note the user wrote.
    const entry = (await readJournal(await openWorkbook(join(dir, 'again', '自评表.checked.checked.xlsx'))))!.entries.find((e) => e.row === 2 && e.col === 6)!;
    expect(entry).toMatchObject({ fill: '#FFFF00', note: '填报人:张三', value: 1.3 });
  });

  it('clear restores every touched cell exactly and removes the summary and the journal', async () => {
    const cleared = await runCli(['clear', join('out', '自评表.checked.xlsx'), '--out', 'cleared'], dir);
    expect(cleared.code).toBe(0);
    expect(cleared.stdout.join('\n')).toContain('自评表.cleared.xlsx');
    const original = await load(input);
    const restored = await load(join(dir, 'cleared', '自评表.cleared.xlsx'));
    expect(restored.worksheets.map((w) => w.name)).toEqual(['自评表']);
    const a = original.getWorksheet('自评表')!;
    const b = restored.getWorksheet('自评表')!;
    for (let row = 1; row <= ROWS.length + 2; row++) {
      for (let col = 1; col <= HEADER.length; col++) {
        const [x, y] = [a.getCell(row, col), b.getCell(row, col)];
        expect({ at: x.address, value: y.value, note: y.note, style: y.style }).toEqual({ at: x.address, value: x.value, note: x.note, style: x.style });
      }
    }
  });

  it('clear of a workbook never checked says so and writes nothing', async () => {
    const result = await runCli(['clear', input, '--out', 'never'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    await expect(readFile(join(dir, 'never', '自评表.cleared.xlsx'))).rejects.toThrow();
  });
});

describe('check with another plan\'s catalog', () => {
  it('says that few rows were found in the catalog named, and not with the right one', async () => {
    const wrong = await runCli(['check', input, '--catalog', 'pingdingshan-2024', '--out', 'wrong-catalog'], dir);
    expect(wrong.stdout.join('\n')).toMatch(/注意:\d+行指标中只有\d+行在这个指标库中找到,可能选错了指标库\(--catalog\)/);
    const right = await runCli(['check', input, '--catalog', catalog, '--out', 'right-catalog'], dir);
    expect(right.stdout.join('\n')).not.toMatch(/可能选错了指标库/);
  });
});

describe('check in English, without errors, in batches', () => {
  it('names the summary sheet Indicator Summary and prints English with --lang en', async () => {
    const result = await runCli(['check', input, '--catalog', catalog, '--out', 'en', '--lang', 'en'], dir);
    expect(result.stdout.join('\n')).toContain('Failing indicators');
    const workbook = await load(join(dir, 'en', '自评表.checked.xlsx'));
    expect(workbook.getWorksheet('Indicator Summary')).toBeDefined();
    expect(workbook.getWorksheet('指标汇总')).toBeUndefined();
  });

  it('exits 0 when nothing fails a binding target', async () => {
    const passing = await sampleWorkbook(join(dir, 'passing.xlsx'), [ROWS[2], ROWS[5], [7, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 38, null, null, null, null]]);
    const result = await runCli(['check', passing, '--catalog', catalog, '--out', 'ok'], dir);
    expect(result.code).toBe(0);
  });

  it('shows progress for several files, goes on past an unusable one, and exits 2', async () => {
    const second = join(dir, 'batch', '自评表.xlsx');
    await mkdir(join(dir, 'batch'), { recursive: true });
    await sampleWorkbook(second);
    const result = await runCli(['check', input, join(dir, 'missing.xlsx'), second, '--catalog', catalog, '--out', 'batch-out'], dir);
    expect(result.stderr[0]).toMatch(/^\[1\/3\] .*自评表\.xlsx …$/);
    expect(result.stderr).toEqual(expect.arrayContaining([expect.stringMatching(/^\[2\/3\]/), expect.stringMatching(/^\[3\/3\]/)]));
    expect(result.stderr.filter((l) => l.includes('missing.xlsx') && !l.startsWith('['))).toHaveLength(1);
    expect(result.code).toBe(2);
    await expect(readFile(join(dir, 'batch-out', '自评表.checked.xlsx'))).resolves.toBeInstanceOf(Buffer);
    await expect(readFile(join(dir, 'batch-out', '自评表-2.checked.xlsx'))).resolves.toBeInstanceOf(Buffer);
  });

  it('chooses the built-in catalog whose names the workbook uses when --catalog is not given', async () => {
    const builtIn = builtInCatalogs[builtInCatalogs.length - 1];
    const rows = builtIn.indicators.slice(0, 8).map((ind, i) => [i + 1, ind.category ?? null, ind.name, ind.unit ?? null, ind.target, ind.property ?? null, null, null, null, null, null]);
    const path = await sampleWorkbook(join(dir, 'builtin.xlsx'), rows);
    const result = await runCli(['check', path, '--out', 'auto', '--report', 'auto/report.json'], dir);
    expect(result.code).not.toBe(2);
    const report = JSON.parse(await readFile(join(dir, 'auto', 'report.json'), 'utf8'));
    expect(report.catalog).toBe(builtIn.id);
    expect(result.stdout.join('\n')).toContain(builtIn.id);
  });

  it('checks without a catalog when none matches, against the workbook targets', async () => {
    const rows = [[1, '自定义指标甲', '%', '≥50', '约束性', 40], [2, '自定义指标乙', '%', '≥50', '约束性', 60]];
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('表1');
    ws.addRow(['序号', '指标名称', '单位', '目标值', '指标属性', '现状值']);
    for (const row of rows) ws.addRow(row);
    const path = join(dir, 'custom.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await runCli(['check', path, '--out', 'custom', '--report', 'custom/report.json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(await readFile(join(dir, 'custom', 'report.json'), 'utf8'));
    expect(report.catalog).toBeNull();
    expect(report.workbooks[0].totals).toMatchObject({ pass: 1, fail: 1 });
  });
});

describe('unusable input: exit 2 and one line naming the file', () => {
  async function expectUnusable(argv: string[], named: string): Promise<void> {
    const result = await runCli(argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain(named);
    expect(result.stderr[0]).not.toMatch(/\n|\bat .*\.ts:\d+/);
    expect(result.stdout).toEqual([]);
  }

  it('a missing file', () => expectUnusable(['check', 'nowhere.xlsx', '--out', 'x'], 'nowhere.xlsx'));

  it('a text file renamed .xlsx', async () => {
    await writeFile(join(dir, 'notes.xlsx'), '指标名称,目标值\n森林覆盖率,≥60\n', 'utf8');
    await expectUnusable(['check', 'notes.xlsx', '--out', 'x'], 'notes.xlsx');
  });

  it('a workbook without an indicator table', async () => {
    await noTableWorkbook(join(dir, 'readme.xlsx'));
    await expectUnusable(['check', 'readme.xlsx', '--out', 'x'], 'readme.xlsx');
  });

  it('an unknown catalog id', () => expectUnusable(['check', input, '--catalog', 'atlantis-2030', '--out', 'x'], 'atlantis-2030'));

  it('a catalog file that is not JSON', async () => {
    await catalogFile(join(dir, 'broken.json'), '{ "id": "x", ');
    await expectUnusable(['check', input, '--catalog', 'broken.json', '--out', 'x'], 'broken.json');
  });

  it('a catalog file that breaks the schema, naming the field', async () => {
    const bad = { ...testCatalog, indicators: [{ ...testCatalog.indicators[0], target: '' }] };
    await catalogFile(join(dir, 'bad-schema.json'), bad);
    const result = await runCli(['check', input, '--catalog', 'bad-schema.json', '--out', 'x'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain('bad-schema.json');
    expect(result.stderr[0]).toContain('indicators[0].target');
  });

  it('a missing catalog file', () => expectUnusable(['check', input, '--catalog', 'nowhere/cat.json', '--out', 'x'], 'nowhere/cat.json'));

  it('clear of a file that is not a workbook', async () => {
    await copyFile(join(dir, 'notes.xlsx'), join(dir, 'notes2.xlsx'));
    await expectUnusable(['clear', 'notes2.xlsx', '--out', 'x'], 'notes2.xlsx');
  });

  it('bad arguments', async () => {
    const result = await runCli(['check', input, '--lang', 'fr'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    const noFiles = await runCli(['check'], dir);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toHaveLength(1);
  });
});

describe('catalogs', () => {
  it('lists the built-in catalogs with their ids', async () => {
    const result = await runCli(['catalogs'], dir);
    expect(result.code).toBe(0);
    for (const c of builtInCatalogs) expect(result.stdout.join('\n')).toContain(c.id);
  });

  it('lints a catalog file given on the command line', async () => {
    const doubtful = { ...testCatalog, indicators: [...testCatalog.indicators, { ...testCatalog.indicators[0], id: 't-99' }] };
    await catalogFile(join(dir, 'doubtful.json'), doubtful);
    const result = await runCli(['catalogs', '--lint', 'doubtful.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.join('\n')).toMatch(/t-99 \[duplicate\]/);
  });
});
