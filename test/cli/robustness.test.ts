// The command line on the awkward cases found on tour: a big failing workbook, two inputs of the same
// name, a very long Chinese file name, an output that cannot be written, npm's INIT_CWD.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { invocationDir } from '../../src/cli/io';
import { failingTable, MAX_TABLE_ROWS } from '../../src/cli/terminal';
import { TEMPORARY_ROOM_BYTES, outputTarget } from '../../src/cli/output-path';
import type { Finding } from '../../src/core/types';
import { ROWS, catalogFile, runCli, sampleWorkbook, tempDir } from './fixtures';

let dir: string;
let catalog: string;
beforeAll(async () => {
  dir = await tempDir();
  catalog = await catalogFile(join(dir, 'cat.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function failing(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    sheet: '自评表', row: i + 3, cell: `G${i + 3}`, name: `指标${i + 1}`, indicatorId: null, target: '≥40', value: 30, unit: '%',
    status: 'fail', severity: 'error', gap: 10, lead: [], coop: [], issues: [], message: '', property: null, category: null, match: null, col: 6,
  }));
}

describe('the terminal table', () => {
  it('shows at most 20 failing indicators, then how many more and where they are', () => {
    const lines = failingTable(failing(25), 'zh-CN', { report: 'out/report.json' });
    expect(lines.filter((l) => /指标\d+/.test(l))).toHaveLength(MAX_TABLE_ROWS);
    expect(lines[lines.length - 1]).toContain('另有5项未达标指标未列出');
    expect(lines[lines.length - 1]).toContain('out/report.json');
    expect(failingTable(failing(25), 'en')[MAX_TABLE_ROWS + 2]).toContain('5 more failing indicators');
    expect(failingTable(failing(20), 'zh-CN').some((l) => l.includes('另有'))).toBe(false);
  });
});

describe('output names', () => {
  it('gives two inputs of the same name from different folders distinct outputs, and says so', async () => {
    await mkdir(join(dir, 'a'), { recursive: true });
    await mkdir(join(dir, 'b'), { recursive: true });
    await sampleWorkbook(join(dir, 'a', '自评表.xlsx'));
    await sampleWorkbook(join(dir, 'b', '自评表.xlsx'), ROWS.slice(0, 3));
    const run = await runCli(['check', join('a', '自评表.xlsx'), join('b', '自评表.xlsx'), '--catalog', catalog, '--out', 'same'], dir);
    expect(run.stderr.filter((l) => !l.startsWith('['))).toEqual([]);
    expect((await readdir(join(dir, 'same'))).sort()).toEqual(['自评表-2.checked.xlsx', '自评表.checked.xlsx']);
    expect(run.stdout).toContainEqual(expect.stringContaining(`改写为 ${join('same', '自评表-2.checked.xlsx')}`));
  });

  it('cuts a name too long for the file system, leaving room for the temporary name, and the check succeeds', async () => {
    const name = `${'生态文明建设示范市指标自评表'.repeat(6)}`; // 84 characters, 252 bytes with .xlsx
    const file = `${name.slice(0, 80)}.xlsx`;
    await sampleWorkbook(join(dir, file));
    const target = outputTarget(join(dir, 'long'), file, new Set());
    expect(target.shortened).toBe(true);
    expect(Buffer.byteLength(target.path.split(/[\\/]/).pop()!, 'utf8')).toBeLessThanOrEqual(255 - TEMPORARY_ROOM_BYTES);
    const run = await runCli(['check', file, '--catalog', catalog, '--out', 'long'], dir);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout[0]).toContain('文件名太长');
    expect(await readdir(join(dir, 'long'))).toEqual([target.path.split(/[\\/]/).pop()]);
  });
});

describe('an output that cannot be written', () => {
  it('names the output and the cause, and does not blame the input', async () => {
    await sampleWorkbook(join(dir, '输入.xlsx'));
    await writeFile(join(dir, 'blocker'), 'a file where the output folder should be');
    const run = await runCli(['check', '输入.xlsx', '--catalog', catalog, '--out', join('blocker', 'out')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain(`无法写出 ${join('blocker', 'out', '输入.checked.xlsx')}`);
    expect(run.stderr[0]).toMatch(/ENOTDIR|EEXIST/);
    expect(run.stderr[0]).not.toContain('请检查文件');
    const en = await runCli(['check', '输入.xlsx', '--catalog', catalog, '--out', join('blocker', 'out'), '--report', join('blocker', 'r.json'), '--lang', 'en'], dir);
    expect(en.stderr[0]).toContain('Cannot write');
  });
});

describe('the folder relative paths are taken from', () => {
  it("is npm's INIT_CWD while the process runs in the package's folder, else the process's own", () => {
    const env = { INIT_CWD: '/home/u/work/sub', npm_package_json: '/home/u/work/package.json' };
    expect(invocationDir(env, '/home/u/work')).toBe('/home/u/work/sub');
    expect(invocationDir(env, '/tmp/elsewhere')).toBe('/tmp/elsewhere');
    expect(invocationDir({}, '/tmp/x')).toBe('/tmp/x');
    expect(invocationDir({ INIT_CWD: '/a' }, '/tmp/x')).toBe('/tmp/x');
  });
});
