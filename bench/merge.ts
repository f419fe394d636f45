// Benchmark of `returns merge`: 200 departmental returns of 40 indicators each, generated with
// exceljs in a temporary directory, merged into one master of 8,000 indicator rows; the time of the
// whole command (read, plan, write values, notes and journal, check again, write the file).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/cli/index';
import { masterWorkbook, returnBytes } from '../test/support/return-workbooks';

const DEPARTMENTS = 200;
const PER_RETURN = 40;

const department = (d: number) => `测试部门${d + 1}`;
const indicatorName = (d: number, i: number) => `部门${d + 1}指标第${i + 1}项`;

function benchCatalog() {
  const indicators = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    for (let i = 0; i < PER_RETURN; i++) {
      indicators.push({
        id: `m-${d + 1}-${i + 1}`,
        name: indicatorName(d, i),
        unit: '%',
        target: '≥50',
        direction: 'higher',
        property: '约束性',
        lead: [department(d)],
        coop: [],
        sourceText: `${indicatorName(d, i)}≥50%`,
      });
    }
  }
  return { id: 'bench-merge', title: '合并基准指标库', indicators };
}

export async function mergeFigures(dir: string): Promise<void> {
  const returnsDir = join(dir, 'returns');
  await mkdir(returnsDir, { recursive: true });
  await writeFile(join(dir, 'merge-catalog.json'), JSON.stringify(benchCatalog()), 'utf8');
  const rows: (string | number | null)[][] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    for (let i = 0; i < PER_RETURN; i++) rows.push([rows.length + 1, '生态环境', indicatorName(d, i), '%', '≥50', '约束性', null, null, department(d), null, null]);
  }
  await masterWorkbook(rows).xlsx.writeFile(join(dir, 'master.xlsx'));
  for (let d = 0; d < DEPARTMENTS; d++) {
    const returnRows = Array.from({ length: PER_RETURN }, (_, i) => ({ id: `m-${d + 1}-${i + 1}`, name: indicatorName(d, i), target: '≥50', value: 40 + ((d * 7 + i) % 30), previous: 45 }));
    await writeFile(join(returnsDir, `${String(d + 1).padStart(3, '0')}.xlsx`), await returnBytes({ department: department(d), catalogId: 'bench-merge', rows: returnRows, stamp: d % 2 === 0 ? 'valid' : undefined }));
  }

  const lines: string[] = [];
  const io = { stdout: (l: string) => lines.push(l), stderr: () => undefined, cwd: dir };
  const start = process.hrtime.bigint();
  const code = await main(['returns', 'merge', 'master.xlsx', 'returns', '--out', 'merged', '--catalog', 'merge-catalog.json'], io);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const merged = lines.find((l) => /合并 \d+ 个数值/.test(l))?.trim() ?? '';
  console.log(`returns merge: ${DEPARTMENTS} returns × ${PER_RETURN} indicators into a master of ${DEPARTMENTS * PER_RETURN} rows in ${seconds.toFixed(2)} s (exit ${code}; ${merged})`);
}
