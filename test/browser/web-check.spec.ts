// The web page's 检查工作簿 and 清除标记 from file://: a workbook as offices keep it loaded through the
// file chooser with its catalog as a .json file, checked with 填写责任单位 and 生成汇总表, the download
// read back (marks, notes, filled cells, the summary sheet, every other part byte-identical, the same
// cells as the file host gives in Node), the same without a Worker (the main-thread fallback),
// 清除标记 giving the input back part for part, and files that cannot be used.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkFileBytes, clearFileBytes, outputName } from '../../src/hosts/file/jobs';
import { builtInCatalogs } from '../../src/catalogs';
import { parseCatalogText } from '../../src/core/catalog/load';
import type { Lang } from '../../src/core/types';
import { OFFICE_SHEET } from '../support/office-workbook';
import { choose, download, errorShown, openWeb, run, runExpectingError, startWebSuite, webScreenshots, type WebSuite } from './support/web-page';
import { assertParts, cellValue, fillOf, notesOf, numbersIn, sheetNames, workbookCells } from './support/web-compare';
import { badCatalogFile, encryptedWorkbook, noTableWorkbook, notAWorkbook, officeCatalogFile, officeInput, regionalWorkbook, type InputFile } from './support/web-workbooks';

let suite: WebSuite;
before(async () => {
  suite = await startWebSuite();
});
after(async () => {
  await suite?.close();
});

const officeCatalog = () => parseCatalogText(Buffer.from(officeCatalogFile().bytes).toString('utf8'), officeCatalogFile().name);

/** The same check in Node, by the file host, for the cells the page must give. */
async function checkedInNode(input: InputFile, options: { fill: boolean; summary: boolean; lang?: Lang }): Promise<Uint8Array> {
  const checked = await checkFileBytes(input.bytes, input.name, { catalog: { kind: 'given', catalog: officeCatalog() }, builtIns: builtInCatalogs, lang: options.lang ?? 'zh-CN', fill: options.fill, summary: options.summary, now: new Date() });
  return checked.bytes;
}

/** The parts a check of 自评表.xlsm writes (as test/hosts/file/nothing-lost.test.ts lists them). */
const CHECK_WRITES = ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];

async function chooseCatalogFile(page: Page): Promise<void> {
  await page.getByTestId('catalog-select').selectOption('file');
  await page.getByTestId('catalog-file').waitFor({ state: 'attached' });
  await choose(page, 'catalog-file', officeCatalogFile());
}

async function checkOffice(page: Page, input: InputFile, options: { fill: boolean; summary: boolean }): Promise<void> {
  await choose(page, 'check-file', input);
  await chooseCatalogFile(page);
  await page.getByTestId('fill-option').setChecked(options.fill);
  await page.getByTestId('summary-option').setChecked(options.summary);
  await run(page, 'check-run', 'check-download');
}

test('检查工作簿 with 填写责任单位 and 生成汇总表: marks, notes, filled cells, the summary sheet, nothing else changed; in a worker', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await page.getByTestId('privacy-note').waitFor();
  assert.equal(await page.getByTestId('summary-option').isChecked(), true, '生成汇总表 is on by default');
  assert.equal(await page.getByTestId('error').count(), 0, 'no error line before anything went wrong');
  const input = await officeInput();
  await checkOffice(page, input, { fill: true, summary: true });

  // The line of counts: 7 indicators, 4 marked; the findings name the failing ones.
  const counts = numbersIn(await page.getByTestId('check-result').innerText());
  for (const n of [7, 4]) assert.ok(counts.includes(n), `check-result shows ${n}: ${counts.join(', ')}`);
  const line = await page.getByTestId('check-result').innerText();
  const findings = await page.getByTestId('findings').innerText();
  for (const name of ['单位GDP能耗', '第三产业占GDP比例', '城镇污水处理率', '集中式饮用水水源地水质达标率']) assert.ok(findings.includes(name), `findings list ${name}`);

  const file = await download(page, 'check-download');
  assert.equal(file.name, '自评表.checked.xlsm', 'a macro workbook keeps .xlsm');
  await webScreenshots(page, 'check-result');

  // Every part the check does not write byte for byte; the summary sheet and the journal added.
  await assertParts(input.bytes, file.bytes, { mayChange: CHECK_WRITES, added: ['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml'] }, 'checked copy');
  assert.deepEqual(await sheetNames(file.bytes), ['自评表', '说明', '指标汇总', '指标汇总(2)', '_IndicatorCheck_Journal']);

  // The marks and notes; the user's note kept; the cell with a threaded comment gets no note.
  assert.equal(await fillOf(file.bytes, OFFICE_SHEET, 'E4'), 'FFFFC7CE');
  const notes = await notesOf(file.bytes, OFFICE_SHEET);
  assert.match(notes.get('E4') ?? '', /^未达标:目标≤1\.1吨标煤\/万元,现状1\.3/);
  assert.match(notes.get('E5') ?? '', /牵头单位与指标库不一致/);
  assert.equal(notes.get('E9'), '原有批注：环卫处数据');
  assert.equal(notes.has('E8'), false);
  // 填写责任单位: the empty 配合单位 cells from the catalog, never a merged or formula cell.
  assert.deepEqual(
    await Promise.all(['G4', 'G6', 'G7', 'G8', 'G10', 'F5', 'F7', 'G9'].map((ref) => cellValue(file.bytes, OFFICE_SHEET, ref))),
    ['市统计局', '市自然资源局', '市气象局', '市水务局', '市水务局', null, null, ''],
  );
  // The summary sheet, beside the user's own 指标汇总.
  assert.equal(await cellValue(file.bytes, '指标汇总(2)', 'A1'), '指标核查汇总');
  assert.match(String(await cellValue(file.bytes, '指标汇总(2)', 'A2')), /office-city/);
  assert.equal(await cellValue(file.bytes, '指标汇总', 'A1'), '我们自己的汇总（手工维护）');

  // Cell for cell what the command line's file host writes for the same file and options.
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(await checkedInNode(input, { fill: true, summary: true })));

  assert.ok(web.workers.length >= 1, 'the check ran in a Web Worker');
  assert.ok(web.workers.every((url) => url.startsWith('blob:')), `the worker comes from a Blob URL: ${web.workers.join(', ')}`);
  // Still running after the job: a worker that failed to start would have been given up for the page.
  assert.ok(page.workers().length >= 1, 'the worker is alive after the job (the job did not fall back to the page)');
  // The page also says where its jobs run (not in the contract; asserted when it is there).
  const runner = await page.evaluate(() => document.documentElement.getAttribute('data-job-runner'));
  if (runner !== null) assert.equal(runner, 'worker');
  assert.deepEqual(web.outside, [], 'no request beyond the page itself');
  assert.deepEqual(web.errors, []);
  await web.close();
  // 填写责任单位 wrote 5 配合单位 cells and 5 达标情况 cells (the command line says 已填写10个空白的
  // 责任单位/达标情况单元格): a count of 责任单位 cells alone must be 5.
  const departments = /(\d+)\s*个责任单位单元格/.exec(line);
  if (departments) assert.equal(Number(departments[1]), 5, `5 责任单位 cells were filled, and 5 达标情况 cells: «${line}»`);
});

test('检查工作簿 without Worker (the main-thread fallback): the same copy; without 填写 and 汇总 only the marks and the journal', async () => {
  const web = await openWeb(suite, { noWorker: true });
  const { page } = web;
  assert.equal(await page.evaluate(() => typeof (window as { Worker?: unknown }).Worker), 'undefined');
  const input = await officeInput();
  await checkOffice(page, input, { fill: true, summary: true });
  const file = await download(page, 'check-download');
  assert.equal(file.name, '自评表.checked.xlsm');
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(await checkedInNode(input, { fill: true, summary: true })));
  assert.deepEqual(web.workers, [], 'no worker started');
  const runner = await page.evaluate(() => document.documentElement.getAttribute('data-job-runner'));
  assert.equal(runner, 'page', 'the page gave the silent worker up and ran the job itself');
  assert.deepEqual(web.errors, []);
  await web.close();

  const plain = await openWeb(suite, { noWorker: true });
  await checkOffice(plain.page, input, { fill: false, summary: false });
  const marksOnly = await download(plain.page, 'check-download');
  await assertParts(input.bytes, marksOnly.bytes, { mayChange: CHECK_WRITES, added: ['xl/worksheets/sheet4.xml'] }, 'marks only');
  assert.deepEqual(await sheetNames(marksOnly.bytes), ['自评表', '说明', '指标汇总', '_IndicatorCheck_Journal']);
  assert.equal(await cellValue(marksOnly.bytes, OFFICE_SHEET, 'G4'), null, 'nothing filled without 填写责任单位');
  assert.deepEqual(await workbookCells(marksOnly.bytes), await workbookCells(await checkedInNode(input, { fill: false, summary: false })));
  await plain.close();
});

test('a worker that never starts (as some browsers do on file://): the page gives it up and checks on the main thread', async () => {
  // A Worker that takes messages and never answers, not even that it is ready.
  const silent = `window.Worker = function () { return { postMessage() {}, terminate() {}, addEventListener() {}, removeEventListener() {}, onmessage: null, onerror: null }; };`;
  const prepare = async (page: Page) => {
    await page.addInitScript(silent);
  };
  const web = await openWeb(suite, { prepare });
  const input = await officeInput();
  const start = Date.now();
  await checkOffice(web.page, input, { fill: true, summary: true });
  const file = await download(web.page, 'check-download');
  console.log(`check with a silent worker: done after ${Date.now() - start} ms`);
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(await checkedInNode(input, { fill: true, summary: true })));
  const runner = await web.page.evaluate(() => document.documentElement.getAttribute('data-job-runner'));
  assert.equal(runner, 'page', 'the page gave the silent worker up and ran the job itself');
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('a copy checked before is checked again: its old marks taken off first, no second summary sheet', async () => {
  const input = await officeInput();
  const once: InputFile = { name: '自评表.checked.xlsm', bytes: await checkedInNode(input, { fill: true, summary: true }) };
  const web = await openWeb(suite);
  await checkOffice(web.page, once, { fill: true, summary: true });
  const file = await download(web.page, 'check-download');
  assert.equal(file.name, outputName(once.name, 'checked'), 'named as the command line names it');
  assert.deepEqual(await sheetNames(file.bytes), ['自评表', '说明', '指标汇总', '指标汇总(2)', '_IndicatorCheck_Journal']);
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(once.bytes), 'the same cells as after the first check');
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('地区或级别: a target per level graded on the part the region names, as the command line grades it', async () => {
  const input = await regionalWorkbook();
  for (const [region, fill] of [['市', 'FFFFC7CE'], ['县', null]] as const) {
    const web = await openWeb(suite);
    const { page } = web;
    await choose(page, 'check-file', input);
    await page.getByTestId('region-input').fill(region);
    await run(page, 'check-run', 'check-download');
    const file = await download(page, 'check-download');
    assert.equal(await fillOf(file.bytes, '自评表', 'G3'), fill, `生活垃圾分类覆盖率 90% for ${region}`);
    const node = await checkFileBytes(input.bytes, input.name, { catalog: { kind: 'auto' }, builtIns: builtInCatalogs, lang: 'zh-CN', fill: false, region, now: new Date() });
    assert.deepEqual(await workbookCells(file.bytes), await workbookCells(node.bytes), `the cells the command line writes with --region ${region}`);
    assert.deepEqual(web.errors, []);
    await web.close();
  }
});

test('one file after another in the same page: the download is always the last file’s, none is offered after a refused one', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  const input = await officeInput();
  await checkOffice(page, input, { fill: false, summary: true });
  assert.equal((await download(page, 'check-download')).name, '自评表.checked.xlsm');
  // A second workbook: its own copy, not the first one's.
  const regional = await regionalWorkbook();
  await choose(page, 'check-file', regional);
  await page.getByTestId('catalog-select').selectOption('auto');
  await page.getByTestId('check-run').click();
  await page.getByTestId('check-download').filter({ hasText: '分级' }).or(page.getByTestId('error')).first().waitFor({ timeout: 60_000 });
  const second = await download(page, 'check-download');
  assert.equal(second.name, '分级.checked.xlsx');
  assert.deepEqual(await sheetNames(second.bytes), ['自评表', '指标汇总', '_IndicatorCheck_Journal']);
  // A file that cannot be used: the error, and no copy of the file before it on offer.
  await choose(page, 'check-file', encryptedWorkbook());
  const text = await runExpectingError(page, 'check-run');
  assert.match(text, /^加密\.xlsx[:：]/);
  assert.equal(await page.getByTestId('check-download').count(), 0, 'no download of the previous file under the new file’s error');
  assert.equal(await page.getByTestId('check-result').count(), 0, 'no counts of the previous file');
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('清除标记 gives the checked copy back as the input, part for part; a workbook never checked gives no download', async () => {
  const input = await officeInput();
  const checked = await checkedInNode(input, { fill: true, summary: true });
  const web = await openWeb(suite);
  const { page } = web;
  await page.getByTestId('tab-clear').click();
  await choose(page, 'clear-file', { name: '自评表.checked.xlsm', bytes: checked });
  await run(page, 'clear-run', 'clear-download');
  await page.getByTestId('clear-result').waitFor();
  const file = await download(page, 'clear-download');
  assert.equal(file.name, '自评表.cleared.xlsm');
  await assertParts(input.bytes, file.bytes, { mayChange: [], added: [] }, 'cleared copy');
  assert.deepEqual(await clearFileBytes(input.bytes, input.name), null, '(Node: nothing to clear in the input)');
  await webScreenshots(page, 'clear-result');
  await web.close();

  const never = await openWeb(suite);
  await never.page.getByTestId('tab-clear').click();
  await choose(never.page, 'clear-file', input);
  await never.page.getByTestId('clear-run').click();
  await never.page.getByTestId('clear-result').or(never.page.getByTestId('error')).first().waitFor();
  await never.page.waitForTimeout(500);
  assert.equal(await never.page.getByTestId('clear-download').count(), 0, 'no download link for a workbook without marks');
  assert.equal(never.downloads.length, 0);
  await never.close();
});

test('检查工作簿 with 本工作簿的指标库 chosen for a workbook without a 指标库 sheet: one line saying so, no download', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await choose(page, 'check-file', await officeInput());
  await page.getByTestId('catalog-select').selectOption('workbook');
  const text = await runExpectingError(page, 'check-run');
  assert.match(text, /工作簿中没有指标库工作表/);
  assert.equal(await page.getByTestId('check-download').count(), 0);
  assert.equal(web.downloads.length, 0);
  await web.close();
});

const BAD_FILES: [string, () => InputFile | Promise<InputFile>, RegExp][] = [
  ['a text file named .xlsx', notAWorkbook, /^说明文字\.xlsx[:：]不是 Excel 工作簿/],
  ['a workbook with no indicator table', noTableWorkbook, /^无指标表\.xlsx[:：]没有找到指标表/],
  ['an encrypted workbook', encryptedWorkbook, /^加密\.xlsx[:：]工作簿有打开密码/],
];

for (const [what, make, message] of BAD_FILES) {
  test(`检查工作簿 refuses ${what} in one line, in Chinese, and offers no download; so does the main-thread fallback`, async () => {
    const fallback = await openWeb(suite, { noWorker: true });
    await choose(fallback.page, 'check-file', await make());
    assert.match(await runExpectingError(fallback.page, 'check-run'), message, 'the same message without a worker');
    assert.equal(fallback.downloads.length, 0);
    await fallback.close();

    const web = await openWeb(suite);
    const { page } = web;
    await choose(page, 'check-file', await make());
    const text = await runExpectingError(page, 'check-run');
    assert.match(text, message);
    assert.equal(text.split('\n').length, 1, 'one line');
    assert.equal(await page.getByTestId('check-download').count(), 0);
    assert.equal(web.downloads.length, 0);
    if (what.startsWith('an encrypted')) await webScreenshots(page, 'check-error-encrypted');
    // The error goes when a good file is checked.
    await choose(page, 'check-file', await officeInput());
    await chooseCatalogFile(page);
    await run(page, 'check-run', 'check-download');
    assert.equal(await page.getByTestId('error').count(), 0, 'the error line is gone after a good check');
    assert.deepEqual(web.errors, []);
    await web.close();
  });
}

test('检查工作簿 refuses a catalog file that is not valid JSON, naming it, and offers no download', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await choose(page, 'check-file', await officeInput());
  await page.getByTestId('catalog-select').selectOption('file');
  await choose(page, 'catalog-file', badCatalogFile());
  // The page may refuse the catalog as soon as it is chosen, or when the check runs.
  const text = await errorShown(page, 'check-run');
  assert.match(text, /指标库 坏指标库\.json 不是有效的 JSON 文件/);
  assert.equal(await page.getByTestId('check-download').count(), 0);
  assert.equal(web.downloads.length, 0);
  await web.close();
});
