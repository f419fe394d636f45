// The offline web page itself: one self-contained file opened from file://, no request but its own
// file (and blob:/data:), its inlined scripts and its worker's source parse as ECMAScript 2020 and
// use no built-in Chromium 80 lacks, its size gzipped, the four tabs, and the page in English after
// lang-toggle, a check in English included.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { checkFileBytes, checkReturnBytes } from '../../src/hosts/file/jobs';
import { builtInCatalogs, findBuiltInCatalog } from '../../src/catalogs';
import { parseCatalogText } from '../../src/core/catalog/load';
import { OFFICE_SHEET, officeCatalog } from '../support/office-workbook';
import { figure } from './support/figures';
import { WEB_PAGE, blobScripts, choose, download, openWeb, run, startWebSuite, webScreenshots, type WebSuite } from './support/web-page';
import { es2020Error, externalScripts, inlineScripts, newerBuiltIns, type InlineScript } from './support/web-scripts';
import { notesOf, workbookCells } from './support/web-compare';
import { blockedReturn, officeCatalogFile, officeInput } from './support/web-workbooks';

let suite: WebSuite;
before(async () => {
  suite = await startWebSuite();
});
after(async () => {
  await suite?.close();
});

const TABS = ['tab-check', 'tab-return', 'tab-merge', 'tab-clear'];

test('one self-contained file: its size gzipped, no <script src>, no stylesheet or image from elsewhere', () => {
  const html = readFileSync(WEB_PAGE);
  figure('web page, gzipped', gzipSync(html, { level: 9 }).length / 1024, 'KB', 600);
  console.log(`FIGURE web page, uncompressed: ${Math.round(html.length / 1024)} KB`);
  const text = html.toString('utf8');
  assert.deepEqual(externalScripts(text), [], 'no external script');
  const links = [...text.matchAll(/<(?:link|img|iframe|source|audio|video)\b[^>]*\s(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((url) => !/^(data:|blob:|#)/.test(url));
  assert.deepEqual(links, [], 'nothing linked from outside the file');
  assert.doesNotMatch(text, /\burl\(\s*["']?(?:https?:)?\/\//i, 'no CSS url() to a server');
  assert.doesNotMatch(text, /@import\s/i, 'no CSS @import');
});

test('opens from file:// with the four tabs and the privacy note; a whole check makes no request but the page itself', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  for (const id of TABS) {
    assert.equal(await page.getByTestId(id).getAttribute('role'), 'tab', `${id} is a tab`);
    assert.ok(await page.getByTestId(id).isVisible(), `${id} is visible`);
  }
  assert.match(await page.getByTestId('privacy-note').innerText(), /\S/);
  assert.equal(await page.getByTestId('progress').isVisible(), false, 'no progress shown before a job');
  await webScreenshots(page, 'opened');
  // Every tab opens its panel.
  for (const [tab, input] of [['tab-return', 'return-file'], ['tab-merge', 'merge-master'], ['tab-clear', 'clear-file'], ['tab-check', 'check-file']]) {
    await page.getByTestId(tab).click();
    await page.getByTestId(input).waitFor({ state: 'attached' });
    assert.equal(await page.getByTestId(tab).getAttribute('aria-selected'), 'true', `${tab} selected`);
  }
  // The catalog choices: auto, the workbook's sheet, a file, and each built-in catalog.
  const values = await page.getByTestId('catalog-select').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const wanted = ['auto', 'workbook', 'file', ...builtInCatalogs.map((c) => c.id)];
  assert.deepEqual(wanted.filter((v) => !values.includes(v)), [], `the catalog choices: ${values.join(', ')}`);
  const extra = values.filter((v) => !wanted.includes(v));
  if (extra.length > 0) console.log(`catalog-select also offers: ${extra.join(', ')}`);
  assert.equal(await page.getByTestId('catalog-select').inputValue(), 'auto');
  // The catalog file's chooser only when 指标库文件 is chosen.
  assert.equal(await page.getByTestId('catalog-file').isVisible(), false, 'no catalog file chooser for 自动');
  await page.getByTestId('catalog-select').selectOption('file');
  await page.getByTestId('catalog-file').waitFor({ state: 'visible' });
  await page.getByTestId('catalog-select').selectOption('auto');
  await page.getByTestId('catalog-file').waitFor({ state: 'hidden' });

  await choose(page, 'check-file', await officeInput());
  await page.getByTestId('catalog-select').selectOption('file');
  await choose(page, 'catalog-file', officeCatalogFile());
  await run(page, 'check-run', 'check-download');
  await download(page, 'check-download');
  await page.waitForTimeout(300);
  assert.deepEqual(web.outside, [], `requests beyond the page: ${web.outside.join(', ')}`);
  assert.ok(web.requests.length >= 1, 'the page’s own request was seen');
  const timings = await page.evaluate(() => (window as unknown as { __webTimings?: { job: string; ms: number }[] }).__webTimings ?? null);
  assert.ok(Array.isArray(timings) && timings.some((t) => t.job && typeof t.ms === 'number'), `window.__webTimings has the check: ${JSON.stringify(timings)}`);
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('the inlined scripts and the worker’s source parse as ECMAScript 2020 and use no built-in newer than Chromium 80', async () => {
  const scripts: InlineScript[] = inlineScripts(readFileSync(WEB_PAGE, 'utf8'));
  assert.ok(scripts.length >= 1, 'the page has its scripts inlined');
  // The worker's source, as the page gives it to its Blob URL.
  const web = await openWeb(suite);
  await choose(web.page, 'check-file', await officeInput());
  await web.page.getByTestId('catalog-select').selectOption('file');
  await choose(web.page, 'catalog-file', officeCatalogFile());
  await run(web.page, 'check-run', 'check-download');
  const workerSources = await blobScripts(web.page);
  await web.close();
  assert.ok(workerSources.length >= 1, 'the worker’s source was seen (a Blob of JavaScript given to new Worker)');
  scripts.push(...workerSources.map((text, i) => ({ where: `worker source #${i + 1}`, type: '', text })));
  console.log(`scripts checked: ${scripts.map((s) => `${s.where} ${Math.round(s.text.length / 1024)} KB`).join('; ')}`);
  assert.deepEqual(scripts.map(es2020Error).filter((e) => e !== null), [], 'every script parses as ECMAScript 2020');
  assert.deepEqual(scripts.flatMap(newerBuiltIns), [], 'no String.prototype.replaceAll, Array.prototype.at, Object.hasOwn, structuredClone, findLast');
});

test('lang-toggle: the page in English, a check in English, and back to Chinese', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  const chinese = await page.getByTestId('tab-check').innerText();
  assert.match(chinese, /检查/);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang.startsWith('en'));
  for (const id of TABS) assert.doesNotMatch(await page.getByTestId(id).innerText(), /[\u4e00-\u9fff]/, `${id} in English`);
  assert.match(await page.getByTestId('tab-check').innerText(), /check/i);
  assert.doesNotMatch(await page.getByTestId('privacy-note').innerText(), /[\u4e00-\u9fff]{4}/, 'the privacy note in English');

  const input = await officeInput();
  await choose(page, 'check-file', input);
  await page.getByTestId('catalog-select').selectOption('file');
  await choose(page, 'catalog-file', officeCatalogFile());
  await page.getByTestId('fill-option').check();
  await run(page, 'check-run', 'check-download');
  // In English but for the names that are the user's (the catalog's title).
  const counts = (await page.getByTestId('check-result').innerText()).split(officeCatalog.title).join('');
  assert.doesNotMatch(counts, /[\u4e00-\u9fff]/, `the counts in English: ${counts}`);
  assert.match(counts, /\b7\b/);
  const file = await download(page, 'check-download');
  assert.match((await notesOf(file.bytes, OFFICE_SHEET)).get('E4') ?? '', /^Fail: target ≤1\.1/);
  const catalog = parseCatalogText(Buffer.from(officeCatalogFile().bytes).toString('utf8'), officeCatalogFile().name);
  const node = await checkFileBytes(input.bytes, input.name, { catalog: { kind: 'given', catalog }, builtIns: builtInCatalogs, lang: 'en', fill: true, now: new Date() });
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(node.bytes), 'the same cells as the file host writes in English');
  await webScreenshots(page, 'check-result-en');

  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
  assert.equal(await page.getByTestId('tab-check').innerText(), chinese);
  assert.deepEqual(web.errors, []);
  await web.close();
});

test('lang-toggle: 部门自查 in English, its list and its marks in English', async () => {
  const web = await openWeb(suite);
  const { page } = web;
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang.startsWith('en'));
  await page.getByTestId('tab-return').click();
  const input = await blockedReturn();
  await choose(page, 'return-file', input);
  await run(page, 'return-run', 'return-verdict');
  assert.doesNotMatch(await page.getByTestId('return-verdict').innerText(), /[\u4e00-\u9fff]/, 'the verdict in English');
  const items = await page.getByTestId('return-items').locator('li').allInnerTexts();
  assert.equal(items.length, 3);
  assert.ok(items[0].includes('D2') && items[1].includes('G7') && items[2].includes('G6'), `in order: ${JSON.stringify(items)}`);
  // Chinese only for the return's own words: the indicator names, the year and 上报说明 columns, a label of the sheet in brackets.
  const own = /单位GDP能耗|第三产业占GDP比例|上报说明|\d{4}年|\([^)]*\)|"[^"]*"/g;
  for (const item of items) assert.doesNotMatch(item.replace(own, ''), /[\u4e00-\u9fff]/, `in English: ${item}`);
  const file = await download(page, 'return-download');
  const node = await checkReturnBytes(input.bytes, input.name, { catalog: null, findBuiltIn: findBuiltInCatalog, lang: 'en', now: new Date() });
  assert.deepEqual(await workbookCells(file.bytes), await workbookCells(node.bytes), 'the notes the file host writes in English');
  await webScreenshots(page, 'return-blocked-en');
  assert.deepEqual(web.errors, []);
  await web.close();
});
