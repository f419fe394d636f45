// DESIGN §6 at the package level: the checked copy of a workbook as offices keep it differs from
// the input only by what the tool meant to write, and `clear` gives the input back.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from '../../cli/fixtures';
import { OFFICE_SHEET, officeCatalog, officeWorkbook } from '../../support/office-workbook';
import { applyPlan, openWorkbook, readWorkbook } from '../../../src/hosts/file';
import { CoreError } from '../../../src/core/errors';
import { PALETTE } from '../../../src/core/plan';
import { packageParts as parts, sheetCells as cellsOf, sheetNotes as noteRefs } from '../../support/package-parts';

interface Run {
  dir: string;
  input: Uint8Array;
  checked: Uint8Array;
  cleared: Uint8Array;
  checkedName: string;
  report: { workbooks: { findings: { cell: string; status: string }[] }[] };
  checkOutput: string;
}

async function checkAndClear(options: Parameters<typeof officeWorkbook>[0]): Promise<Run> {
  const dir = await tempDir();
  const { bytes, name } = await officeWorkbook(options);
  await writeFile(join(dir, name), bytes);
  await writeFile(join(dir, 'catalog.json'), JSON.stringify(officeCatalog));
  const check = await runCli(['check', name, '--catalog', 'catalog.json', '--fill', '--out', 'out', '--report', 'report.json'], dir);
  expect(check.stderr).toEqual([]);
  const outFiles = await readdir(join(dir, 'out'));
  expect(outFiles).toHaveLength(1);
  const checkedName = outFiles[0];
  const clear = await runCli(['clear', join('out', checkedName), '--out', 'cleared'], dir);
  expect(clear.code).toBe(0);
  const [clearedName] = await readdir(join(dir, 'cleared'));
  return {
    dir,
    input: bytes,
    checked: await readFile(join(dir, 'out', checkedName)),
    cleared: await readFile(join(dir, 'cleared', clearedName)),
    checkedName,
    report: JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')),
    checkOutput: check.stdout.join('\n'),
  };
}

describe('nothing lost: a workbook with charts, pivot tables, threaded comments, external links, x14 validations and VBA', () => {
  let run: Run;
  beforeAll(async () => {
    run = await checkAndClear({ notes: true });
  });

  it('keeps the macro format: 自评表.xlsm gives 自评表.checked.xlsm', () => {
    expect(run.checkedName).toBe('自评表.checked.xlsm');
  });

  it('copies every part the check does not touch byte for byte', async () => {
    const before = await parts(run.input);
    const after = await parts(run.checked);
    const touched = new Set([
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
    ]);
    for (const [name, bytes] of before) {
      expect({ name, present: after.has(name) }).toEqual({ name, present: true });
      if (!touched.has(name)) expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }
    const added = [...after.keys()].filter((n) => !before.has(n)).sort();
    expect(added).toEqual(['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']); // the summary sheet and the journal
  });

  it('keeps defined names, pivot caches and external references in the workbook part', async () => {
    const workbookXml = (await parts(run.checked)).get('xl/workbook.xml')!.toString('utf8');
    const original = (await parts(run.input)).get('xl/workbook.xml')!.toString('utf8');
    const between = (xml: string, from: string, to: string) => xml.slice(xml.indexOf(from), xml.indexOf(to) + to.length);
    for (const [from, to] of [['<externalReferences>', '</externalReferences>'], ['<pivotCaches>', '</pivotCaches>']]) {
      expect(between(workbookXml, from, to)).toBe(between(original, from, to));
    }
    // Every defined name as it was; the one added is the summary sheet's rows printed on every page,
    // scoped to that sheet (its index among the sheets).
    const names = between(workbookXml, '<definedNames>', '</definedNames>');
    const originalNames = between(original, '<definedNames>', '</definedNames>');
    // The workbook has a sheet of its own named 指标汇总: the summary goes to 指标汇总(2).
    const SUMMARY = '指标汇总(2)';
    const sheetNames = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const added = `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetNames.indexOf(SUMMARY)}">'${SUMMARY}'!$1:$1</definedName>`;
    expect(names).toBe(originalNames.replace('</definedNames>', `${added}</definedNames>`));
  });

  it('changes in the checked sheet only the cells of the plan: no merged or formula cell, no other cell', async () => {
    const before = await openWorkbook(join(run.dir, '自评表.xlsm'));
    const after = await openWorkbook(join(run.dir, 'out', run.checkedName));
    const a = await cellsOf(before, OFFICE_SHEET);
    const b = await cellsOf(after, OFFICE_SHEET);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((ref) => a.get(ref) !== b.get(ref)).sort();
    const marked = run.report.workbooks[0].findings.filter((f) => f.status !== 'pass').map((f) => f.cell);
    // Covered by merges: F5, F6 (牵头单位 F4:F6) and F7 (the value E7:F7); formulas: H4, H5, F8, G9.
    for (const ref of ['F5', 'F6', 'F7', 'H4', 'H5', 'F8', 'G9', 'A1', 'B1']) expect({ ref, changed: changed.includes(ref) }).toEqual({ ref, changed: false });
    for (const ref of changed) {
      const isMark = marked.includes(ref);
      const wasEmpty = !a.has(ref) || JSON.parse(a.get(ref)!).value === null;
      expect({ ref, plannedChange: isMark || wasEmpty }).toEqual({ ref, plannedChange: true });
    }
    expect(changed).toEqual(expect.arrayContaining(marked));
  });

  it('keeps every note and the threaded comment: a cell with a thread gets no note of the tool', async () => {
    const before = await noteRefs(await openWorkbook(join(run.dir, '自评表.xlsm')), OFFICE_SHEET);
    const after = await noteRefs(await openWorkbook(join(run.dir, 'out', run.checkedName)), OFFICE_SHEET);
    expect(before.get('E9')).toBe('原有批注：环卫处数据');
    expect(after.get('E9')).toBe('原有批注：环卫处数据'); // E9 passes: its note is the user's
    expect(after.has('E8')).toBe(false); // E8 fails but carries a threaded comment
    expect(run.checkOutput).toContain('1个标记的单元格已有批注对话(threaded comment),保留原样,未加说明批注');
    expect(after.get('E4')).toMatch(/^未达标/);
  });

  it('never replaces a sheet of the user that happens to be named 指标汇总', async () => {
    const after = await openWorkbook(join(run.dir, 'out', run.checkedName));
    const own = await cellsOf(after, '指标汇总');
    expect(JSON.parse(own.get('A1')!).value).toBe('我们自己的汇总（手工维护）');
    expect(after.sheets.map((s) => s.name)).toEqual(['自评表', '说明', '指标汇总', '指标汇总(2)', '_IndicatorCheck_Journal']);
  });

  it('opens in exceljs with the marks and the summary sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(run.checked as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(OFFICE_SHEET)!.getCell('E4').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(workbook.getWorksheet('指标汇总(2)')).toBeDefined();
  });

  it('clear gives the input back part for part', async () => {
    const before = await parts(run.input);
    const after = await parts(run.cleared);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  });
});

describe('nothing lost: a workbook without notes', () => {
  it('adds the notes parts the check needs, and clear takes them off again', async () => {
    const run = await checkAndClear({ extras: false });
    expect(run.checkedName).toBe('自评表.checked.xlsx');
    const checked = await parts(run.checked);
    const sheet = checked.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    const after = await openWorkbook(join(run.dir, 'out', run.checkedName));
    expect((await noteRefs(after, OFFICE_SHEET)).get('E4')).toMatch(/^未达标/);
    const before = await parts(run.input);
    const cleared = await parts(run.cleared);
    expect([...cleared.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect({ name, same: cleared.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  });
});



describe('nothing lost: what cannot be kept is refused', () => {
  it('refuses a workbook whose notes drawing is not XML, names it, and writes nothing', async () => {
    const dir = await tempDir();
    const { bytes } = await officeWorkbook({ extras: false, notes: true });
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/drawings/vmlDrawing1.vml', '<xml><v:shape id="x"><x:ClientData ObjectType="Note"></xml>');
    await writeFile(join(dir, '坏批注.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(officeCatalog));
    const run = await runCli(['check', '坏批注.xlsx', '--catalog', 'catalog.json', '--out', 'out'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/坏批注\.xlsx：无法在保留工作簿全部内容的前提下写入（.*vmlDrawing1\.vml.*），未写出任何文件。/);
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
  });
});

describe('nothing lost: the writer does not trust a plan to keep merged and formula cells', () => {
  it.each([
    ['F5', 4, 5, 'covered by a merged area'],
    ['H4', 3, 7, 'holds a formula'],
  ])('refuses a plan that writes into %s, before writing anything', async (ref, row, col, reason) => {
    const dir = await tempDir();
    const { bytes, name } = await officeWorkbook({ extras: false });
    await writeFile(join(dir, name), bytes);
    const { workbook, grid } = await readWorkbook(join(dir, name));
    const plan = { marks: [], writes: [{ sheet: OFFICE_SHEET, row, col, value: '市林业局', reason: 'lead' as const }], summary: null, palette: PALETTE };
    const error = await applyPlan(workbook, plan, grid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).localized('zh-CN')).toContain(`${OFFICE_SHEET}!${ref}`);
    expect((error as CoreError).localized('en')).toContain(reason);
    expect(workbook.pkg.changedParts()).toEqual([]);
  });
});
