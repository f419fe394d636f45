// The page's jobs as the worker runs them, on real workbook bytes: what each gives the page (small,
// plain data) and the files it offers for download.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { builtInCatalogs } from '../../../src/catalogs';
import { builtInCatalogTitles } from '../../../src/catalogs/titles';
import { CoreError } from '../../../src/core/errors';
import { KEEP_MASTER } from '../../../src/core/returns/merge';
import { readWorkbookBytes } from '../../../src/hosts/file/open';
import { runJob } from '../../../src/web/jobs/run-job';
import type { CheckResult, ClearResultShown, InputFile, JobStep, MergePreview, MergeResult, ReturnResult } from '../../../src/web/jobs/protocol';
import { reviveError, transferError } from '../../../src/web/jobs/transferred-error';
import { officeWorkbook, officeCatalog } from '../../support/office-workbook';
import { MASTER_ROWS, masterWorkbook, returnBytes } from '../../support/return-workbooks';
import { testCatalog } from '../../cli/fixtures';

const NOW = new Date('2026-03-10T08:00:00Z');
const noSteps = () => undefined;

async function office(): Promise<InputFile> {
  const { bytes, name } = await officeWorkbook({ extras: true });
  return { name, bytes };
}

async function master(): Promise<InputFile> {
  const wb = masterWorkbook(MASTER_ROWS, '指标汇总表');
  return { name: '汇总表.xlsx', bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}

const returnFile = async (department: string, rows: Parameters<typeof returnBytes>[0]['rows'], date?: string): Promise<InputFile> => ({
  name: `${department}.xlsx`,
  bytes: await returnBytes({ department, catalogId: 'test-city', rows, date }),
});

describe('check', () => {
  it('gives the listed findings, the counts and the checked copy under its name (.xlsm kept)', async () => {
    const file = await office();
    const steps: JobStep[] = [];
    const result = (await runJob({ job: 'check', file, catalog: { kind: 'file', name: 'c.json', text: JSON.stringify(officeCatalog) }, region: null, fill: true, summary: true, lang: 'zh-CN' }, (s) => void steps.push(s), NOW)) as CheckResult;
    expect(steps.map((s) => s.step)).toEqual(['reading', 'checking', 'writing']);
    expect(result.output.name).toBe(file.name.replace(/\.xlsm$/, '.checked.xlsm'));
    expect(result.output.mime).toBe('application/vnd.ms-excel.sheet.macroEnabled.12');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => ['fail', 'missing', 'invalid', 'review'].includes(f.status))).toBe(true);
    expect(result.summary.total).toBe(7);
    expect(result.catalog).toEqual({ id: 'office-city', title: officeCatalog.title, how: 'given' });
    expect(result.marked).toBeGreaterThan(0);
    expect(result.summarySheet).not.toBeNull();
    // A structured clone would take it as it is: no functions, no class instances but typed arrays.
    expect(() => structuredClone(result)).not.toThrow();
    const again = await readWorkbookBytes(result.output.bytes, result.output.name);
    expect(again.hadMarks).toBe(true);
  });

  it('takes a built-in catalog by id, and says so when the workbook has no 指标库 sheet', async () => {
    const file = await office();
    const result = (await runJob({ job: 'check', file, catalog: { kind: 'builtin', id: 'tangshan-2022' }, region: null, fill: false, summary: false, lang: 'en' }, noSteps, NOW)) as CheckResult;
    expect(result.catalog?.id).toBe('tangshan-2022');
    expect(result.summarySheet).toBeNull();
    await expect(runJob({ job: 'check', file, catalog: { kind: 'workbook' }, region: null, fill: false, summary: true, lang: 'zh-CN' }, noSteps, NOW)).rejects.toThrow(CoreError);
  });

  it('fails with a CoreError the page can say in either language for a file that is not a workbook', async () => {
    const file = { name: '坏文件.xlsx', bytes: new TextEncoder().encode('not a workbook') };
    const error = await runJob({ job: 'check', file, catalog: { kind: 'auto' }, region: null, fill: false, summary: true, lang: 'zh-CN' }, noSteps, NOW).catch((e: unknown) => e);
    const revived = reviveError(structuredClone(transferError(error)));
    expect(revived).toBeInstanceOf(CoreError);
    expect((revived as CoreError).localized('zh-CN')).toMatch(/^坏文件\.xlsx/);
    expect((revived as CoreError).localized('en')).toMatch(/^坏文件\.xlsx.*xlsx/);
  });
});

describe('return check', () => {
  it('a ready return: 可以报送, stamped copy; a blocked one: what to fix, blocking first', async () => {
    const ready = { name: '林业局.xlsx', bytes: await returnBytes({ department: '市自然资源和规划局', catalogId: 'tangshan-2022', rows: [{ id: 'ts-25', name: '林草覆盖率', unit: '%', target: '≥18', value: 20, previous: 19 }] }) };
    const ok = (await runJob({ job: 'return', file: ready, catalog: { kind: 'auto' }, lang: 'zh-CN' }, noSteps, NOW)) as ReturnResult;
    expect(ok.sheets.map((s) => s.verdict)).toEqual(['ready']);
    expect(ok.stamped).toBe(true);
    expect(ok.output.name).toBe('林业局.checked.xlsx');

    const blocked = { name: '生态环境局.xlsx', bytes: await returnBytes({ department: '市生态环境局', catalogId: 'tangshan-2022', person: '', rows: [{ id: 'ts-28', name: '危险废物利用处置率', unit: '%', target: '100%', value: 90, previous: 100 }, { id: 'ts-15', name: '环境信息公开率', unit: '%', target: '100%', value: null }] }) };
    const fix = (await runJob({ job: 'return', file: blocked, catalog: { kind: 'auto' }, lang: 'zh-CN' }, noSteps, NOW)) as ReturnResult;
    expect(fix.stamped).toBe(false);
    const tiers = fix.sheets[0].toFix.map((i) => i.tier);
    expect(tiers[0]).toBe('blocking');
    expect(tiers.lastIndexOf('blocking')).toBeLessThan(tiers.indexOf('hint'));
    expect(fix.sheets[0].toFix.find((i) => i.tier === 'hint')?.how).toMatch(/上报说明/);
  });
});

describe('merge', () => {
  it("plans with a proposed choice per conflict, then merges with the user's choices into one zip", async () => {
    const returns = [
      await returnFile('市发展改革委', [{ id: 't-02', name: '第三产业占GDP比例', value: 42, previous: 39 }]),
      await returnFile('市统计局', [{ id: 't-02', name: '第三产业占GDP比例', value: 43, previous: 39 }]),
      await returnFile('市林业局', [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }]),
      { name: '坏文件.xlsx', bytes: new TextEncoder().encode('x') },
    ];
    const m = await master();
    const preview = (await runJob({ job: 'merge-plan', master: m, returns, catalog: { kind: 'auto' }, lang: 'zh-CN' }, noSteps, NOW)) as MergePreview;
    expect(preview.departments).toEqual(['市发展改革委', '市统计局', '市林业局']);
    expect(preview.skipped).toEqual([expect.objectContaining({ file: '坏文件.xlsx', reason: 'unreadable' })]);
    // 第三产业 2026年 (H4) holds 41 in the master: kept unless the user chooses (nothing typed is overwritten unasked).
    const conflict = preview.conflicts.find((c) => c.where === '指标汇总表!H4');
    expect(conflict).toEqual(expect.objectContaining({ master: '41', proposed: KEEP_MASTER, locked: null }));

    const merged = (await runJob({ job: 'merge', master: m, returns, catalog: { kind: 'auto' }, choices: { [conflict!.key]: '市统计局' }, feedback: true, lang: 'zh-CN' }, noSteps, NOW)) as MergeResult;
    expect(merged.output.name).toBe('汇总表.merged.zip');
    const files = unzipSync(merged.output.bytes);
    expect(Object.keys(files)[0]).toBe('汇总表.merged.xlsx');
    expect(Object.keys(files).slice(1).every((n) => /^反馈-.+\.xlsx$/.test(n))).toBe(true);
    expect(merged.feedback.map((d) => `反馈-${d}.xlsx`)).toEqual(Object.keys(files).slice(1));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files['汇总表.merged.xlsx'] as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('指标汇总表')!.getCell('H4').value).toBe(43);

    const kept = (await runJob({ job: 'merge', master: m, returns, catalog: { kind: 'auto' }, choices: { [conflict!.key]: KEEP_MASTER }, feedback: false, lang: 'zh-CN' }, noSteps, NOW)) as MergeResult;
    expect(Object.keys(unzipSync(kept.output.bytes))).toEqual(['汇总表.merged.xlsx']);
    expect(kept.kept).toBeGreaterThanOrEqual(1);
  });
});

describe('the catalog chosen on the page', () => {
  const catalogFile = { kind: 'file' as const, name: '测试市指标库.json', text: JSON.stringify(testCatalog) };

  it('a merge uses the catalog file chosen: its title, and its lead departments for who has not returned', async () => {
    const returns = [await returnFile('市林业局', [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }])];
    const preview = (await runJob({ job: 'merge-plan', master: await master(), returns, catalog: catalogFile, lang: 'zh-CN' }, noSteps, NOW)) as MergePreview;
    expect(preview.catalog).toBe(testCatalog.title);
    expect(preview.missing.map((m) => m.department)).toEqual(expect.arrayContaining(['市发展改革委', '市住房城乡建设局']));
    expect(preview.missing.map((m) => m.department)).not.toContain('市林业局');
    const none = (await runJob({ job: 'merge-plan', master: await master(), returns, catalog: { kind: 'none' }, lang: 'zh-CN' }, noSteps, NOW)) as MergePreview;
    expect(none.catalog).toBeNull();
  });

  it('a return made from a catalog file is checked against that file; without it the page says which catalog is missing', async () => {
    const file = await returnFile('市林业局', [{ id: 't-03', name: '森林覆盖率', value: 62.5, previous: 58 }]);
    const checked = (await runJob({ job: 'return', file, catalog: catalogFile, lang: 'zh-CN' }, noSteps, NOW)) as ReturnResult;
    expect(checked.sheets.map((s) => s.verdict)).toEqual(['ready']);
    const error = await runJob({ job: 'return', file, catalog: { kind: 'auto' }, lang: 'zh-CN' }, noSteps, NOW).catch((e: unknown) => e);
    expect(error).toMatchObject({ params: { kind: 'return-catalog', id: 'test-city' } });
  });
});

describe('clear', () => {
  it('says a file never checked has nothing to clear; gives the cleared copy of a checked one', async () => {
    const file = await office();
    const none = (await runJob({ job: 'clear', file, lang: 'zh-CN' }, noSteps)) as ClearResultShown;
    expect(none.output).toBeNull();
    const checked = (await runJob({ job: 'check', file, catalog: { kind: 'auto' }, region: null, fill: false, summary: true, lang: 'zh-CN' }, noSteps, NOW)) as CheckResult;
    const cleared = (await runJob({ job: 'clear', file: { name: checked.output.name, bytes: checked.output.bytes }, lang: 'zh-CN' }, noSteps)) as ClearResultShown;
    expect(cleared.output?.name).toBe(file.name.replace(/\.xlsm$/, '.cleared.xlsm'));
    expect(cleared.restored).toBeGreaterThan(0);
  });
});

test('the page lists the built-in catalogs as the worker knows them', () => {
  expect(builtInCatalogTitles).toEqual(builtInCatalogs.map((c) => ({ id: c.id, title: c.title })));
});
