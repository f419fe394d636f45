import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { RETURN_LAYOUT, STAMP_PROPERTY, decodeStamp, findReturnMarkers } from '../../src/core/returns/format';
import { stampStateOf } from '../../src/core/returns/stamp';
import { readCustomProperties } from '../../src/hosts/file';
import { gridOf } from '../support/exceljs-grid';
import { findBuiltInCatalog } from '../../src/catalogs';
import { baoshanRows, type ReturnFixture } from '../support/return-check-fixture';
import { returnBytes } from '../support/return-check-files';
import { catalogFile, load, runCli, sampleWorkbook, tempDir, testCatalog } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function returnFile(name: string, fixture: ReturnFixture): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await returnBytes(fixture));
  return path;
}

const catalog = findBuiltInCatalog('baoshan-2017')!;

describe('check --return', () => {
  it('says 可以报送, exits 0 and stamps the written file, leaving the input as it was', async () => {
    const input = await returnFile('环保局.xlsx', { rows: baoshanRows() });
    const before = await readFile(input);
    const run = await runCli(['check', input, '--return', '--out', 'out'], dir);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toContain('可以报送');
    expect(await readFile(input)).toEqual(before);
    expect(await readCustomProperties(new Uint8Array(before))).toEqual({});

    const outPath = join(dir, 'out', '环保局.checked.xlsx');
    const written = new Uint8Array(await readFile(outPath));
    const stamp = decodeStamp((await readCustomProperties(written))[STAMP_PROPERTY]);
    expect(stamp).toMatchObject({ catalogId: 'baoshan-2017', department: '市环境保护局', sheet: '填报表', counts: { indicators: 5, pass: 5 } });
    const grid = gridOf(await load(outPath));
    const [marker] = findReturnMarkers(grid);
    expect(await stampStateOf(stamp, grid, marker, catalog)).toBe('valid');
  });

  it('lists what to fix in order, marks the cells, writes no stamp and exits 1', async () => {
    const rows = baoshanRows().map((r) => (r.id === 'bs-02' ? { ...r, value: 30 } : r.id === 'bs-03' ? { ...r, value: null } : r));
    const input = await returnFile('水务局.xlsx', { rows, person: null });
    const run = await runCli(['check', input, '--return', '--out', 'out', '--report', 'out/return.json'], dir);
    expect(run.code).toBe(1);
    const out = run.stdout.join('\n');
    expect(out).toContain('暂不能报送:2项须修改,1项须修改或说明');
    const lines = run.stdout.filter((l) => /^\s+[A-Z]+\d+\s+\[/.test(l)).map((l) => l.trim());
    expect(lines).toEqual([
      'D2  [强制性] 未填写填报人',
      'G7  [强制性] 单位GDP能耗:2026年数值未填报',
      'G6  [提示性] 第三产业占GDP比例:未达标:目标≥40%,现状30%,差10个百分点(指导性);如数值属实,请在本行"上报说明"中写明原因及整改措施',
    ]);

    const outPath = join(dir, 'out', '水务局.checked.xlsx');
    expect(await readCustomProperties(new Uint8Array(await readFile(outPath)))).toEqual({});
    const ws = (await load(outPath)).getWorksheet('填报表')!;
    expect(ws.getCell('G7').note).toBeDefined();
    expect(JSON.stringify(ws.getCell('G7').note)).toContain('未填报');
    expect(JSON.stringify(ws.getCell('D2').note)).toContain('填报人');
    expect(ws.getCell('G5').note).toBeUndefined();

    const report = JSON.parse(await readFile(join(dir, 'out', 'return.json'), 'utf8'));
    expect(report).toMatchObject({ schema: 1, catalog: 'baoshan-2017' });
    const [wb] = report.workbooks;
    expect(wb.findings).toHaveLength(5);
    expect(wb.totals).toMatchObject({ pass: 3, fail: 1, missing: 1 });
    expect(wb.returns[0]).toMatchObject({ verdict: 'blocked', stamped: false, department: '市环境保护局', counts: { blocking: 2, hints: 1 } });
    expect(wb.returns[0].items.map((i: { cell: string }) => i.cell)).toEqual(['D2', 'G7', 'G6']);
  });

  it('an explained hint no longer blocks: exit 0 and a stamp', async () => {
    const rows = baoshanRows().map((r) => (r.id === 'bs-02' ? { ...r, value: 30, note: '产业结构调整,第三产业比重暂时下降' } : r));
    const input = await returnFile('林业局.xlsx', { rows });
    const run = await runCli(['check', input, '--return', '--out', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toContain('Ready to submit');
    const props = await readCustomProperties(new Uint8Array(await readFile(join(dir, 'out', '林业局.checked.xlsx'))));
    expect(decodeStamp(props[STAMP_PROPERTY])?.counts).toMatchObject({ fail: 1, explained: 1 });
  });

  it('lets a true failing value of a binding indicator be explained and submitted, counted in the stamp', async () => {
    const failing = baoshanRows().map((r) => (r.id === 'bs-01' ? { ...r, value: 5200 } : r));
    const unexplained = await returnFile('农业局-未说明.xlsx', { rows: failing });
    const blocked = await runCli(['check', unexplained, '--return', '--out', 'out'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout.join('\n')).toContain('G5  [提示性] 农民年人均纯收入:未达标:目标≥6000元/人,现状5200元/人,差800元/人(约束性);如数值属实,请在本行"上报说明"中写明原因及整改措施');

    const rows = failing.map((r) => (r.id === 'bs-01' ? { ...r, note: '原因:旱灾减产;整改措施:推广节水灌溉' } : r));
    const input = await returnFile('农业局-已说明.xlsx', { rows });
    const run = await runCli(['check', input, '--return', '--out', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toContain('可以报送');
    expect(run.stdout.join('\n')).toContain('已说明1项(其中未达标1项)');
    const props = await readCustomProperties(new Uint8Array(await readFile(join(dir, 'out', '农业局-已说明.checked.xlsx'))));
    expect(decodeStamp(props[STAMP_PROPERTY])?.counts).toMatchObject({ fail: 1, explained: 1, explainedFail: 1 });
  });

  it('blocks the wrong kind of value and an impossible previous-year value, saying what is expected, one line per cell', async () => {
    const rows = [
      ...baoshanRows().map((r) => (r.id === 'bs-07' ? { ...r, previous: 120 } : r.id === 'bs-12a' ? { ...r, value: 150 } : r)),
      { id: 'bs-b3', name: '节能减排任务', unit: null, target: '完成上级政府下达的节能减排任务', property: null, value: 'abc' },
    ];
    const input = await returnFile('环保局-错类.xlsx', { rows });
    const run = await runCli(['check', input, '--return', '--out', 'out'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.filter((l) => /^\s+[A-Z]+\d+\s+\[/.test(l)).map((l) => l.trim());
    expect(lines).toEqual([
      'H8  [强制性] 受保护地区占国土面积比例:2025年数值:数值120%超过100%,比率不会超过100%,请核对',
      'G9  [强制性] 城市污水集中处理率:数值150%超过100%,比率不会超过100%,请核对',
      'G10  [强制性] 节能减排任务:数据错误:目标"完成上级政府下达的节能减排任务"需要填"是"或"否",填报的是"abc"',
    ]);
  });

  it('takes --change-factor', async () => {
    const rows = baoshanRows().map((r) => (r.id === 'bs-01' ? { ...r, value: 28000, previous: 7000 } : r));
    const input = await returnFile('农业局.xlsx', { rows });
    expect((await runCli(['check', input, '--return', '--out', 'out'], dir)).code).toBe(1);
    expect((await runCli(['check', input, '--return', '--out', 'out', '--change-factor', '5'], dir)).code).toBe(0);
    const bad = await runCli(['check', input, '--return', '--change-factor', '0.5'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toHaveLength(1);
  });

  it('uses --catalog instead of the marker\'s catalog', async () => {
    const input = await returnFile('发改委.xlsx', { rows: baoshanRows() });
    const other = await catalogFile(join(dir, 'other.json'), testCatalog);
    const run = await runCli(['check', input, '--return', '--out', 'out', '--catalog', other], dir);
    // The test catalog has none of baoshan's indicator ids.
    expect(run.code).toBe(1);
    expect(run.stdout.join('\n')).toContain('指标库 test-city 中没有编号为 bs-01 的指标');
  });

  it('refuses a workbook without a return marker in one line, exit 2, nothing written', async () => {
    const input = await sampleWorkbook(join(dir, '自评表.xlsx'));
    const run = await runCli(['check', input, '--return', '--out', 'none-out'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`${input}:不是用"returns make"生成的部门填报表;普通核查请去掉 --return。`]);
    await expect(readFile(join(dir, 'none-out', '自评表.checked.xlsx'))).rejects.toThrow();
  });

  it('refuses a return whose catalog is not built in unless --catalog names it', async () => {
    const input = await returnFile('自定义.xlsx', { rows: baoshanRows(), catalogId: 'our-own-2026' });
    const run = await runCli(['check', input, '--return', '--out', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toContain('"our-own-2026" is not built in');
  });

  it('writes a file that opens again in exceljs with its marker', async () => {
    const input = await returnFile('住建局.xlsx', { rows: baoshanRows() });
    await runCli(['check', input, '--return', '--out', 'out'], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out', '住建局.checked.xlsx'));
    expect(findReturnMarkers(gridOf(workbook))).toHaveLength(1);
  });
});

describe('check --return on a return made by returns make', () => {
  it('blocks the blank template, then says 可以报送 once the department has filled it in', async () => {
    const made = await runCli(['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'made', '--year', '2026'], dir);
    expect(made.code).toBe(0);
    const template = join(dir, 'made', '市农业局-baoshan-2017-填报表.xlsx');

    const blank = await runCli(['check', template, '--return', '--out', 'made-out'], dir);
    expect(blank.code).toBe(1);
    const blankLines = blank.stdout.filter((l) => /^\s+[A-Z]+\d+\s+\[/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(blankLines.slice(0, 2)).toEqual(['D2', 'H2']);
    expect(blankLines).toHaveLength(4); // 填报人, 填报日期 and the two indicators' values

    const workbook = await load(template);
    const grid = gridOf(workbook);
    const [marker] = findReturnMarkers(grid);
    const ws = workbook.getWorksheet(marker.sheet)!;
    const { fieldRow, fields, columns } = RETURN_LAYOUT;
    ws.getCell(fieldRow + 1, fields.person.input + 1).value = '张三';
    ws.getCell(fieldRow + 1, fields.date.input + 1).value = '2026-03-05';
    const answers: Record<string, string | number> = { 'bs-01': 7300, 'bs-b3': '已完成' };
    for (const { id, row } of marker.indicators) ws.getCell(row + 1, columns.value + 1).value = answers[id];
    const filled = join(dir, '市农业局-已填.xlsx');
    await workbook.xlsx.writeFile(filled);

    const run = await runCli(['check', filled, '--return', '--out', 'made-out'], dir);
    expect(run.stdout.join('\n')).toContain('可以报送');
    expect(run.code).toBe(0);
    const props = await readCustomProperties(new Uint8Array(await readFile(join(dir, 'made-out', '市农业局-已填.checked.xlsx'))));
    expect(decodeStamp(props[STAMP_PROPERTY])).toMatchObject({ department: '市农业局', counts: { indicators: 2, pass: 2 } });
  });
});
