// The web page's 部门自查 and 合并填报表 from file://: a ready return says 可以报送 and its download
// carries a valid check stamp; a return with things to fix lists them in order and its download has
// the marks and no stamp; a master and four returns merged with a conflict with the master and one
// among the returns, each settled by its own choice, the .zip read back (the merged master cell for
// cell as the file host merges it in Node, every other part unchanged, one feedback file per
// department); a workbook that is not a return refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { checkReturnBytes, mergeFileBytes, readReturnBytes } from '../../src/hosts/file/jobs';
import { builtInCatalogs, findBuiltInCatalog } from '../../src/catalogs';
import { readCustomProperties } from '../../src/hosts/file/custom-properties';
import { readWorkbookBytes } from '../../src/hosts/file/open';
import { RETURN_SHEET, STAMP_PROPERTY, decodeStamp, findReturnMarkers } from '../../src/core/returns/format';
import { stampStateOf } from '../../src/core/returns/stamp';
import { conflictKey, type ConflictChoices } from '../../src/core/returns/merge';
import { choose, download, errorShown, openWeb, run, runExpectingError, startWebSuite, webScreenshots, type WebSuite } from './support/web-page';
import { assertParts, cellValue, notesOf, numbersIn, sheetNames, workbookCells } from './support/web-compare';
import { MERGE_RETURNS, MERGE_SHEET, blockedReturn, mergeMaster, mergeReturns, noTableWorkbook, readyReturn, type InputFile } from './support/web-workbooks';

let suite: WebSuite;
before(async () => {
  suite = await startWebSuite();
});
after(async () => {
  await suite?.close();
});

const baoshan = findBuiltInCatalog('baoshan-2017')!;

async function returnCheckedInNode(input: InputFile): Promise<Uint8Array> {
  return (await checkReturnBytes(input.bytes, input.name, { catalog: null, findBuiltIn: findBuiltInCatalog, lang: 'zh-CN', now: new Date() })).bytes;
}

async function checkReturn(page: Page, input: InputFile) {
  await page.getByTestId('tab-return').click();
  await choose(page, 'return-file', input);
  await run(page, 'return-run', 'return-verdict');
  await page.getByTestId('return-download').waitFor();
}

test('部门自查: a ready return says 可以报送, and its copy carries a valid check stamp and nothing else new', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  const input = await readyReturn();
  await checkReturn(page, input);
  assert.match(await page.getByTestId('return-verdict').innerText(), /可以报送/);
  assert.equal(await page.getByTestId('return-items').locator('li').count(), 0, 'nothing to fix');
  const file = await download(page, 'return-download');
  assert.equal(file.name, '环保局.checked.xlsx');
  await webScreenshots(page, 'return-ready');

  const stamp = decodeStamp((await readCustomProperties(file.bytes))[STAMP_PROPERTY]);
  assert.ok(stamp, 'the download has the IndicatorCheckStamp property');
  assert.equal(stamp.catalogId, 'baoshan-2017');
  assert.equal(stamp.department, '市环境保护局');
  assert.equal(stamp.sheet, RETURN_SHEET);
  assert.equal(stamp.counts.indicators, 5);
  assert.equal(stamp.counts.pass, 5);
  const { grid } = await readWorkbookBytes(file.bytes, file.name);
  const [marker] = findReturnMarkers(grid);
  assert.equal(await stampStateOf(stamp, grid, marker, baoshan), 'valid', 'the stamp matches the values it was made for');
  // The stamp (docProps/custom.xml) and the journal sheet are what the check adds; the return sheet is as it was.
  await assertParts(input.bytes, file.bytes, { mayChange: ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'], added: ['docProps/custom.xml', 'xl/worksheets/sheet2.xml'] }, 'stamped return');
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(await returnCheckedInNode(input)));
  assert.deepEqual(web.outside, []);
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('部门自查: a return with things to fix lists them in order, marks them, and gets no stamp', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  const input = await blockedReturn();
  await checkReturn(page, input);
  assert.doesNotMatch(await page.getByTestId('return-verdict').innerText(), /可以报送/);
  const items = (await page.getByTestId('return-items').locator('li').allInnerTexts()).map((t) => t.trim());
  assert.equal(items.length, 3, `three things to fix: ${JSON.stringify(items)}`);
  const expected: [string, RegExp][] = [
    ['D2', /未填写填报人/],
    ['G7', /单位GDP能耗.*2026年数值未填报/],
    ['G6', /第三产业占GDP比例.*未达标.*目标≥40%.*现状30%/],
  ];
  expected.forEach(([cell, text], i) => {
    assert.ok(items[i].includes(cell), `item ${i + 1} names ${cell}: ${items[i]}`);
    assert.match(items[i], text);
  });
  const file = await download(page, 'return-download');
  assert.equal(file.name, '水务局.checked.xlsx');
  await webScreenshots(page, 'return-blocked');
  assert.equal((await readCustomProperties(file.bytes))[STAMP_PROPERTY], undefined, 'no stamp on a return that cannot be sent');
  const notes = await notesOf(file.bytes, RETURN_SHEET);
  assert.match(notes.get('D2') ?? '', /填报人/);
  assert.match(notes.get('G7') ?? '', /未填报/);
  assert.match(notes.get('G6') ?? '', /未达标/);
  assert.equal(notes.has('G5'), false, 'a value that passes gets no note');
  await assertParts(
    input.bytes,
    file.bytes,
    { mayChange: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml'], added: ['xl/comments1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/sheet2.xml'] },
    'marked return',
  );
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(await returnCheckedInNode(input)));
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('部门自查 refuses a workbook that is not a return, in one line, with no download', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await page.getByTestId('tab-return').click();
  await choose(page, 'return-file', await noTableWorkbook());
  const text = await runExpectingError(page, 'return-run');
  assert.match(text, /^无指标表\.xlsx[:：].*(不是|没有).*(部门填报表|指标表)/);
  assert.equal(await page.getByTestId('return-download').count(), 0);
  assert.equal(web.downloads.length, 0);
  await web.close();
});

/** The zip's files, by name. */
async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(name, await entry.async('uint8array'));
  return files;
}

/** Each entry of the zip's central directory: its name's bytes and whether it is marked UTF-8 (general purpose bit 11). */
function centralDirectory(bytes: Uint8Array): { name: string; utf8: boolean; ascii: boolean }[] {
  const data = Buffer.from(bytes);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: { name: string; utf8: boolean; ascii: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(data.readUInt32LE(at), 0x02014b50, 'a central directory header');
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const name = data.subarray(at + 46, at + 46 + nameLength);
    entries.push({ name: name.toString('utf8'), utf8: (flags & 0x800) !== 0, ascii: name.every((b) => b < 0x80) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The conflict-choice selects, each with the text of the conflict it belongs to. */
async function conflictChoices(page: Page): Promise<{ text: string; options: string[] }[]> {
  // No named functions inside: tsx would wrap them in a helper (__name) the page does not have.
  return page.getByTestId('merge-conflicts').getByTestId('conflict-choice').evaluateAll((selects) =>
    selects.map((select) => {
      // The largest ancestor holding this select and no other: the conflict's own row or item.
      let box: Element = select;
      while (
        box.parentElement &&
        box.parentElement.getAttribute('data-testid') !== 'merge-conflicts' &&
        box.parentElement.querySelectorAll('[data-testid="conflict-choice"]').length === 1
      )
        box = box.parentElement;
      return { text: (box.textContent ?? '').replace(/\s+/g, ' '), options: Array.from((select as HTMLSelectElement).options).map((o) => o.value) };
    }),
  );
}

async function mergeInNode(master: InputFile, returns: InputFile[], choices: ConflictChoices, feedback: boolean) {
  const read = await readReturnBytes(returns);
  return mergeFileBytes(master, read.returns, { catalog: { kind: 'auto' }, builtIns: builtInCatalogs, overwrite: false, choices, feedback, lang: 'zh-CN', now: new Date() });
}

const MERGE_WRITES = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml'];
const MERGE_ADDS = ['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml', 'xl/worksheets/sheet6.xml'];
// Row 4 (第三产业占GDP比例): the master holds 41, 市发展改革委 returned 42. Row 5 (单位GDP能耗): 1.3 and 1.05.
const AGAINST_MASTER = conflictKey({ sheet: MERGE_SHEET, row: 3, col: 7 });
const AMONG_RETURNS = conflictKey({ sheet: MERGE_SHEET, row: 4, col: 7 });

async function loadMerge(page: Page, master: InputFile, returns: InputFile[]) {
  await page.getByTestId('tab-merge').click();
  await choose(page, 'merge-master', master);
  await choose(page, 'merge-returns', returns);
  await page.getByTestId('merge-summary').waitFor({ timeout: 60_000 });
  await page.getByTestId('merge-conflicts').getByTestId('conflict-choice').nth(1).waitFor({ timeout: 60_000 });
}

async function choice(page: Page, indicator: string, value: string): Promise<void> {
  const conflicts = await conflictChoices(page);
  const index = conflicts.findIndex((c) => c.text.includes(indicator));
  assert.ok(index >= 0, `a conflict about ${indicator}: ${JSON.stringify(conflicts)}`);
  await page.getByTestId('merge-conflicts').getByTestId('conflict-choice').nth(index).selectOption(value);
}

test('合并填报表: two conflicts, each settled by its choice; one .zip with the merged master and a feedback file per department', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  const master = await mergeMaster();
  const returns = await mergeReturns();
  await loadMerge(page, master, returns);

  // What would be merged: four departments' returns, and the departments of the master without one.
  const summary = await page.getByTestId('merge-summary').innerText();
  assert.ok(numbersIn(summary).includes(MERGE_RETURNS.length), `the summary counts ${MERGE_RETURNS.length} returns: ${summary}`);
  for (const missing of ['市环境保护局', '市住房城乡建设局']) assert.ok(summary.includes(missing), `the summary names ${missing} as missing: ${summary}`);
  for (const spec of MERGE_RETURNS) assert.ok(!summary.includes(`未报送：${spec.department}`), `${spec.department} returned`);
  const conflicts = await conflictChoices(page);
  assert.equal(conflicts.length, 2, `two conflicts: ${JSON.stringify(conflicts)}`);
  const againstMaster = conflicts.find((c) => c.text.includes('第三产业占GDP比例'));
  const amongReturns = conflicts.find((c) => c.text.includes('单位GDP能耗'));
  assert.ok(againstMaster && amongReturns, `the conflicts name their indicators: ${JSON.stringify(conflicts)}`);
  assert.deepEqual([...againstMaster.options].sort(), ['__master__', '市发展改革委'].sort());
  assert.deepEqual([...amongReturns.options].sort(), ['__master__', '市工业信息化委', '市统计局'].sort());
  assert.ok(/41/.test(againstMaster.text) && /42/.test(againstMaster.text), `the master's value and the return's: ${againstMaster.text}`);

  await choice(page, '第三产业占GDP比例', '市发展改革委');
  await choice(page, '单位GDP能耗', '市统计局');
  assert.equal(await page.getByTestId('merge-feedback').isChecked(), true, 'feedback files on by default');
  await webScreenshots(page, 'merge-conflicts');
  await run(page, 'merge-run', 'merge-download');
  const zip = await download(page, 'merge-download');
  assert.match(zip.name, /\.zip$/);
  await webScreenshots(page, 'merge-result');

  const node = await mergeInNode(master, returns, { [AGAINST_MASTER]: '市发展改革委', [AMONG_RETURNS]: '市统计局' }, true);
  const files = await unzip(zip.bytes);
  // The Chinese names marked UTF-8, so that Windows' own zip folders show them as they are.
  const entries = centralDirectory(zip.bytes);
  assert.deepEqual(entries.filter((e) => !e.ascii && !e.utf8).map((e) => e.name), [], 'every non-ASCII name is marked UTF-8');
  const feedbackNames = node.feedback.map((f) => `反馈-${f.department}.xlsx`);
  assert.deepEqual([...files.keys()].sort(), ['汇总表.merged.xlsx', ...feedbackNames].sort());
  const merged = files.get('汇总表.merged.xlsx')!;
  assert.equal(await cellValue(merged, MERGE_SHEET, 'H4'), 42, 'the department chosen over the master');
  assert.equal(await cellValue(merged, MERGE_SHEET, 'H5'), 1.05, 'the department chosen among the returns');
  assert.equal(await cellValue(merged, MERGE_SHEET, 'H3'), 7200);
  const notes = await notesOf(merged, MERGE_SHEET);
  assert.match(notes.get('H4') ?? '', /^合并自市发展改革委填报表\(市发展改革委\.xlsx\).*覆盖原值41/);
  assert.match(notes.get('H5') ?? '', /^合并自市统计局填报表/);
  assert.equal(notes.get('C3'), '创建办备注', 'the user’s note kept');
  assert.deepEqual(await sheetNames(merged), [MERGE_SHEET, '说明', '汇总情况', '_IndicatorCheck_Merge', '指标汇总', '_IndicatorCheck_Journal']);
  await assertParts(master.bytes, merged, { mayChange: MERGE_WRITES, added: MERGE_ADDS }, 'merged master');
  assert.deepEqual(await workbookCells(merged), await workbookCells(node.bytes), 'the merged master as the file host merges it');
  for (const f of node.feedback) assert.deepEqual(await workbookCells(files.get(`反馈-${f.department}.xlsx`)!), await workbookCells(f.bytes), `反馈-${f.department}.xlsx`);
  assert.deepEqual(web.outside, []);
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('合并填报表 keeping the master’s value, without feedback files, files that are not returns set aside: the .zip has the merged master only', async () => {
  const web = await openWeb(suite, { noWorker: true });
  const { page } = web;
  const master = await mergeMaster();
  const returns = [...(await mergeReturns()), await noTableWorkbook(), { name: '说明.xlsx', bytes: Buffer.from('不是工作簿', 'utf8') }];
  await loadMerge(page, master, returns);
  const summary = await page.getByTestId('merge-summary').innerText();
  for (const skipped of ['无指标表.xlsx', '说明.xlsx']) assert.ok(summary.includes(skipped), `the summary names ${skipped} as set aside: ${summary}`);
  await choice(page, '第三产业占GDP比例', '__master__');
  await choice(page, '单位GDP能耗', '__master__');
  await page.getByTestId('merge-feedback').uncheck();
  await run(page, 'merge-run', 'merge-download');
  const files = await unzip((await download(page, 'merge-download')).bytes);
  assert.deepEqual([...files.keys()], ['汇总表.merged.xlsx']);
  const merged = files.get('汇总表.merged.xlsx')!;
  assert.equal(await cellValue(merged, MERGE_SHEET, 'H4'), 41, 'the master’s value kept');
  assert.equal(await cellValue(merged, MERGE_SHEET, 'H5'), null, 'no value chosen for the returns that disagree');
  const node = await mergeInNode(master, returns, { [AGAINST_MASTER]: '', [AMONG_RETURNS]: '' }, false);
  assert.deepEqual(await workbookCells(merged), await workbookCells(node.bytes));
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('合并填报表 refuses a master that is not a workbook, in one line, with no download', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await page.getByTestId('tab-merge').click();
  await choose(page, 'merge-master', { name: '汇总表.xlsx', bytes: Buffer.from('不是工作簿', 'utf8') });
  await choose(page, 'merge-returns', await mergeReturns());
  // Refused when read, or when the merge is asked for.
  const text = await errorShown(page, 'merge-run');
  assert.match(text, /^汇总表\.xlsx[:：]不是 Excel 工作簿/);
  assert.equal(await page.getByTestId('merge-download').count(), 0);
  assert.equal(web.downloads.length, 0);
  await web.close();
});
