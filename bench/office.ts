// Office host figures on the in-memory workbook (Excel on the web's 5 MB payload limit): per job,
// the context.sync() calls and the largest request and response, at 50, 5,000 and 50,000 rows.
import { createOfficeHost } from '../src/hosts/office';
import { DEFAULT_SETTINGS, clearJob, runJob, type Job, type JobSettings } from '../src/addin/jobs';
import { FakeExcel, WEB_PAYLOAD_LIMIT } from '../test/support/fake-excel';
import { forestCatalog, indicatorWorkbook } from '../test/hosts/office/fixtures';

const ROW_COUNTS = [50, 5_000, 50_000];

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

export async function officeHostFigures(): Promise<void> {
  console.log('office host (in-memory workbook, 5 MB web payload limit): syncs, largest request / response');
  for (const rows of ROW_COUNTS) {
    const fake = new FakeExcel(indicatorWorkbook(rows), { payloadLimit: WEB_PAYLOAD_LIMIT, maxAreasAddressLength: 8000 });
    const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
    const settings: JobSettings = { ...DEFAULT_SETTINGS, catalog: { kind: 'given', catalog: forestCatalog(rows) } };
    const line: string[] = [];
    const operations: [string, () => Promise<unknown>][] = [
      ...(['check', 'fill', 'summary'] as Job[]).map((job): [string, () => Promise<unknown>] => [job, () => runJob(host, job, settings)]),
      ['clear', () => clearJob(host)],
    ];
    for (const [name, work] of operations) {
      fake.resetStats();
      const start = Date.now();
      await work();
      const ms = Date.now() - start;
      line.push(`${name} ${fake.stats.syncs} syncs, ${kb(fake.largestRequestBytes())} / ${kb(fake.largestResponseBytes())}, ${ms} ms`);
    }
    console.log(`  ${rows.toLocaleString('en').padStart(6)} rows: ${line.join('; ')}`);
  }
}
