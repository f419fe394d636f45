// The file host's jobs on bytes, as the web page runs them: nothing from Node in their imports, a
// check and a clear that give the input back part for part, a merge that follows the user's choice
// for a conflict, and feedback workbooks written by the package writer that other programs read.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxPackage } from '../../../../src/hosts/file/package/zip';
import { parseCatalog } from '../../../../src/core/catalog/load';
import { KEEP_MASTER, conflictKey, openConflicts } from '../../../../src/core/returns/merge';
import { STAMP_PROPERTY } from '../../../../src/core/returns/format';
import { builtInCatalogs } from '../../../../src/catalogs';
import { readCustomProperties } from '../../../../src/hosts/file/custom-properties';
import {
  checkFileBytes,
  checkReturnBytes,
  clearFileBytes,
  feedbackFileName,
  mergeFileBytes,
  outputName,
  planMergeBytes,
  readReturnBytes,
  uniqueFileNames,
} from '../../../../src/hosts/file/jobs';
import { officeCatalog, officeWorkbook } from '../../../support/office-workbook';
import { masterWorkbook, MASTER_ROWS, returnBytes, type ReturnSpec } from '../../../support/return-workbooks';
import { testCatalog } from '../../../cli/fixtures';

const SRC = resolve(__dirname, '../../../../src');
const NOW = new Date('2026-03-05T10:00:00');

/** Every module the jobs import, following relative imports from the jobs' index. */
function importGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    // Every way a module names another: import … from, a bare import, require() and import().
    for (const [, spec] of text.matchAll(/(?:from |import |require\(|import\()'([^']+)'/g)) {
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((p) => {
        try {
          return readFileSync(p) && true;
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const pkg = await XlsxPackage.open(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of pkg.names()) parts.set(name, (await pkg.bytes(name))!);
  return parts;
}

describe('the jobs on bytes', () => {
  it('import nothing from Node (the web page runs them in a browser)', () => {
    const graph = importGraph(join(SRC, 'hosts/file/jobs/index.ts'));
    expect(graph.size).toBeGreaterThan(20);
    const offending = [...graph]
      .filter(([, text]) => /(?:from |import |require\(|import\()'(node:[^']+|fs|path|zlib|os|buffer|crypto|exceljs|jszip)'/.test(text) || /\bBuffer\.|\bprocess\./.test(text))
      .map(([file]) => file.slice(SRC.length + 1));
    expect(offending).toEqual([]);
  });

  it('check marks a workbook as offices keep it, and clear gives it back part for part', async () => {
    const { bytes, name } = await officeWorkbook();
    const catalog = parseCatalog(officeCatalog, 'office');
    const steps: string[] = [];
    const checked = await checkFileBytes(bytes, name, { catalog: { kind: 'given', catalog }, builtIns: builtInCatalogs, lang: 'zh-CN', fill: true, now: NOW, onStep: (s) => void steps.push(s) });
    expect(steps).toEqual(['reading', 'checking', 'writing']);
    expect(checked.plan.marks.length).toBeGreaterThan(0);
    expect(checked.plan.summary).not.toBeNull();
    const before = await partsOf(bytes);
    const after = await partsOf(checked.bytes);
    expect([...after.keys()].filter((n) => !before.has(n)).length).toBeGreaterThan(0); // summary, journal, notes

    const cleared = await clearFileBytes(checked.bytes, outputName(name, 'checked'));
    expect(cleared!.result.restored).toBeGreaterThan(0);
    const back = await partsOf(cleared!.bytes);
    expect([...back.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [part, content] of before) expect({ part, same: Buffer.from(back.get(part)!).equals(Buffer.from(content)) }).toEqual({ part, same: true });
    // A workbook never checked has nothing to clear.
    expect(await clearFileBytes(bytes, name)).toBeNull();
  });

  it('names the outputs as the command line does', () => {
    expect(outputName('自评表.xlsx', 'checked')).toBe('自评表.checked.xlsx');
    expect(outputName('宏.XLSM', 'checked')).toBe('宏.checked.xlsm');
    expect(outputName('自评表.checked.xlsx', 'cleared')).toBe('自评表.cleared.xlsx');
    expect(outputName('汇总.merged.checked.xlsx', 'merged')).toBe('汇总.merged.xlsx');
    // Excel opens no macro package named .xlsx: a macro master stays .xlsm.
    expect(outputName('汇总.xlsm', 'merged')).toBe('汇总.merged.xlsm');
    // Names that would be one file on Windows or macOS are told apart.
    expect(uniqueFileNames(['反馈-A_B.xlsx', '反馈-a_b.xlsx', '反馈-A_B.xlsx', '反馈-C.xlsx'])).toEqual(['反馈-A_B.xlsx', '反馈-a_b (2).xlsx', '反馈-A_B (3).xlsx', '反馈-C.xlsx']);
    expect(feedbackFileName('市/林业局')).toBe('反馈-市_林业局.xlsx');
  });

  it('the workbook catalog choice needs a 指标库 sheet, and says so in the user\'s language', async () => {
    const { bytes, name } = await officeWorkbook();
    const run = checkFileBytes(bytes, name, { catalog: { kind: 'workbook' }, builtIns: builtInCatalogs, lang: 'zh-CN', fill: false, now: NOW });
    await expect(run).rejects.toMatchObject({ code: 'bad-input', params: { kind: 'no-catalog-sheet' } });
    await expect(run).rejects.toThrow('工作簿中没有指标库工作表');
  });
});

describe('returns on bytes', () => {
  const catalog = parseCatalog(testCatalog, 'test');
  const forestry: ReturnSpec = { department: '市林业局', catalogId: 'test-city', person: '王五', date: '2026-03-02', rows: [{ id: 't-03', name: '森林覆盖率', value: 62, previous: 58 }] };
  const resources: ReturnSpec = { department: '市自然资源局', catalogId: 'test-city', person: '赵六', date: '2026-03-03', rows: [{ id: 't-03', name: '森林覆盖率', value: 60.5 }] };

  async function master(): Promise<{ name: string; bytes: Uint8Array }> {
    return { name: '汇总表.xlsx', bytes: new Uint8Array((await masterWorkbook(MASTER_ROWS).xlsx.writeBuffer()) as ArrayBuffer) };
  }

  it('a ready return gets the stamp; the stamped copy is still a return', async () => {
    const bytes = await returnBytes({ ...forestry, rows: [{ id: 't-03', name: '森林覆盖率', value: 62, previous: 58 }] });
    const checked = await checkReturnBytes(bytes, '市林业局.xlsx', { catalog, findBuiltIn: () => undefined, lang: 'zh-CN', now: NOW });
    expect(checked.checks.map((c) => c.verdict)).toEqual(['ready']);
    expect(checked.stamped).toBe(true);
    const properties = await readCustomProperties(checked.bytes);
    expect(JSON.parse(properties[STAMP_PROPERTY])).toMatchObject({ department: '市林业局' });
    await expect(checkReturnBytes(bytes, 'x.xlsx', { catalog: null, findBuiltIn: () => undefined, lang: 'zh-CN', now: NOW })).rejects.toMatchObject({ params: { kind: 'return-catalog' } });
  });

  it('merge: the conflict shown first, then settled by the user\'s choice; feedback workbooks that exceljs reads', async () => {
    const files = [
      { name: '市林业局.xlsx', bytes: await returnBytes(forestry) },
      { name: '市自然资源局.xlsx', bytes: await returnBytes(resources) },
      { name: '说明.txt', bytes: new TextEncoder().encode('not a workbook') },
    ];
    const read = await readReturnBytes(files);
    expect(read.returns.map((r) => r.file)).toEqual(['市林业局.xlsx', '市自然资源局.xlsx']);
    expect(read.skipped.map((s) => [s.file, s.reason])).toEqual([['说明.txt', 'unreadable']]);

    const options = { catalog: { kind: 'given' as const, catalog }, builtIns: builtInCatalogs, overwrite: false, feedback: true, lang: 'zh-CN' as const, now: NOW };
    const preview = await planMergeBytes(await master(), read.returns, options);
    const [conflict] = openConflicts(preview.plan);
    expect(conflict).toMatchObject({ kind: 'returns', name: '森林覆盖率' });

    const merged = await mergeFileBytes(await master(), read.returns, { ...options, choices: { [conflictKey(conflict)]: '市自然资源局' } });
    expect(openConflicts(merged.plan)).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(merged.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('指标汇总表')!.getCell(conflict.row + 1, conflict.col + 1).value).toBe(60.5);

    const kept = await mergeFileBytes(await master(), read.returns, { ...options, choices: { [conflictKey(conflict)]: KEEP_MASTER } });
    const keptBook = new ExcelJS.Workbook();
    await keptBook.xlsx.load(kept.bytes as unknown as ExcelJS.Buffer);
    expect(keptBook.getWorksheet('指标汇总表')!.getCell(conflict.row + 1, conflict.col + 1).value).toBeNull();

    expect(merged.feedback.length).toBeGreaterThan(0);
    for (const { department, bytes } of merged.feedback) {
      const feedback = new ExcelJS.Workbook();
      await feedback.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const [sheet] = feedback.worksheets;
      expect(String(sheet.getCell('A1').value)).toContain(department);
      expect(sheet.getCell('A1').font?.name).toBe('宋体');
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    }
  });
});
