import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findBuiltInCatalog } from '../../src/catalogs';
import { RETURN_LAYOUT, findReturnMarkers } from '../../src/core/returns/format';
import { returnFileName } from '../../src/core/returns/template';
import { parseYear } from '../../src/cli/returns';
import { gridOf } from '../support/exceljs-grid';
import { catalogFile, load, runCli, tempDir, testCatalog } from './fixtures';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const baoshan = findBuiltInCatalog('baoshan-2017')!;

function leadsOf(catalog: { indicators: { lead: string[] }[] }): string[] {
  return [...new Set(catalog.indicators.flatMap((i) => i.lead))];
}

describe('returns make', () => {
  it('writes one workbook per lead department and prints one line per file and a total', async () => {
    const run = await runCli(['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'returns', '--year', '2026'], dir);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const leads = leadsOf(baoshan);
    const files = await readdir(join(dir, 'returns'));
    expect(files.sort()).toEqual(leads.map((lead) => returnFileName(lead, 'baoshan-2017')).sort());
    expect(run.stdout).toHaveLength(leads.length + 1);
    expect(run.stdout[0]).toBe(`市农业局:2项指标 → ${join('returns', '市农业局-baoshan-2017-填报表.xlsx')}`);
    expect(run.stdout[leads.length]).toBe(`共生成${leads.length}份填报表(29项指标,2026年度,指标库 baoshan-2017),保存在 returns`);

    for (const lead of leads) {
      const workbook = await load(join(dir, 'returns', returnFileName(lead, 'baoshan-2017')));
      const [marker] = findReturnMarkers(gridOf(workbook));
      const expected = baoshan.indicators.filter((i) => i.lead.includes(lead)).map((i) => i.id);
      expect([marker.department, marker.year, marker.indicators.map((i) => i.id)]).toEqual([lead, 2026, expected]);
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell(RETURN_LAYOUT.headerRow + 1, RETURN_LAYOUT.columns.previous + 1).value).toBe('2025年');
    }
  });

  it('takes a catalog JSON file, this year by default, a password and English messages', async () => {
    const catalog = await catalogFile(join(dir, 'test-city.json'));
    const run = await runCli(['returns', 'make', '--catalog', catalog, '--out', 'json-out', '--password', 'pw', '--lang', 'en'], dir);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const year = new Date().getFullYear();
    expect(run.stdout.at(-1)).toBe(`6 returns written (6 indicators, year ${year}, catalog test-city) in json-out`);
    // The department "=市生态环境局" is a plain file name and plain text.
    const workbook = await load(join(dir, 'json-out', returnFileName('=市生态环境局', 'test-city')));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(RETURN_LAYOUT.fieldRow + 1, 2).value).toBe('=市生态环境局');
    expect((sheet as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toEqual(expect.any(String));
    expect(sheet.getCell(RETURN_LAYOUT.firstDataRow + 1, RETURN_LAYOUT.columns.value + 1).dataValidation.prompt).toMatch(new RegExp(`^Enter the figure for ${year}`));
    expect(testCatalog.indicators).toHaveLength(6);
  });

  it('never overwrites: an existing file stops the command before anything is written', async () => {
    const out = join(dir, 'taken');
    await runCli(['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'taken', '--year', '2026'], dir);
    const victim = join(out, returnFileName('市林业局', 'baoshan-2017'));
    await writeFile(victim, 'filled in by 市林业局');
    const other = join(out, returnFileName('市农业局', 'baoshan-2017'));
    await rm(other);
    const run = await runCli(['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'taken', '--year', '2026'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain('文件已存在');
    expect(await readFile(victim, 'utf8')).toBe('filled in by 市林业局');
    expect((await readdir(out)).includes(returnFileName('市农业局', 'baoshan-2017'))).toBe(false);
  });

  it.each([
    [['returns', 'make', '--out', 'x'], /请用 --catalog 指定指标库/],
    [['returns', 'make', '--catalog', 'no-such', '--out', 'x'], /没有名为"no-such"的指标库/],
    [['returns', 'make', '--catalog', 'none', '--out', 'x'], /请用 --catalog 指定指标库/],
    [['returns', 'make', '--catalog', 'baoshan-2017'], /请用 --out 指定/],
    [['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'x', '--year', '26'], /年度"26"无效/],
    [['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'x', '--year', '3000'], /年度"3000"无效/],
    [['returns', 'make', '--catalog', 'lishui-liandu-2018', '--out', 'x'], /没有牵头单位/],
    [['returns', 'make', '--catalog', 'missing.json', '--out', 'x'], /missing\.json:找不到这个文件/],
    [['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'x', '--lang', 'fr'], /参数有误/],
  ])('%j: one line, exit 2, nothing written', async (argv, message) => {
    const run = await runCli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
    expect(run.stdout).toEqual([]);
    expect((await readdir(dir)).includes('x')).toBe(false);
  });

  it('says so in one line when the output directory cannot be written (a file stands in its way)', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    const run = await runCli(['returns', 'make', '--catalog', 'baoshan-2017', '--out', 'a-file/sub'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringMatching(/^a-file\/sub:无法写入此目录\(ENOTDIR\)/)]);
  });

  it('reads the year as four digits, this year by default', () => {
    expect(parseYear(undefined, new Date(2031, 5, 1))).toBe(2031);
    expect(parseYear(' 2026 ')).toBe(2026);
    expect(() => parseYear('2026.5')).toThrow();
  });

  it('lists returns make in the help', async () => {
    const run = await runCli(['returns', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toContain('make');
    const top = await runCli(['--help'], dir);
    expect(top.stdout.join('\n')).toContain('returns make --catalog baoshan-2017');
  });
});
