// check --region: a target per region or level is graded on the part the region names.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli, sampleWorkbook, tempDir } from './fixtures';

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await tempDir();
  input = await sampleWorkbook(join(dir, '分级.xlsx'), [
    [1, '生态人居', '生活垃圾分类覆盖率', '%', '≥95%(城市);≥85%(县)', '约束性', 90, '市城管局', null, null, null],
    [2, '生态人居', '城镇污水处理率', '%', '≥85', '约束性', 90, '市住建局', null, null, null],
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function statuses(args: string[], report: string): Promise<string[]> {
  await runCli(['check', input, '--catalog', 'none', '--out', 'out', '--report', report, ...args], dir);
  const json = JSON.parse(await readFile(join(dir, report), 'utf8')) as { workbooks: { findings: { status: string }[] }[] };
  return json.workbooks[0].findings.map((f) => f.status);
}

test('without --region the regional row is review; with it, the part that applies decides', async () => {
  expect(await statuses([], 'none.json')).toEqual(['review', 'pass']);
  expect(await statuses(['--region', '县'], 'county.json')).toEqual(['pass', 'pass']);
  expect(await statuses(['--region', '市'], 'city.json')).toEqual(['fail', 'pass']);
});
