// The built offline web page (dist/web/指标核查助手.html) where an old Chromium (80) lacks built-ins:
// a check still runs on the page itself; and no serious accessibility violation on its four screens.
// (That it is one file, ES2020 at most, small enough and asks for nothing: web-offline.spec.ts.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { WEB_PAGE } from './support/web-page';
import { officeWorkbook } from '../support/office-workbook';
import { MASTER_ROWS, masterWorkbook, returnBytes } from '../support/return-workbooks';
import { seriousViolations } from './support/axe';

let browser: Browser;
before(async () => {
  if (!existsSync(WEB_PAGE)) throw new Error(`${WEB_PAGE} is missing: run \`npm run build\` first (npm run test:browser does).`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
});

test('without what Chromium 80 lacks (WeakRef, replaceAll, at, hasOwn, structuredClone, findLast), the page still checks a workbook', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // As text: a function would come through tsx with helpers the page does not have.
  await page.addInitScript({
    content: `delete window.WeakRef; delete window.structuredClone; delete String.prototype.replaceAll;
      delete Array.prototype.at; delete Array.prototype.findLast; delete Array.prototype.findLastIndex; delete Object.hasOwn;`,
  });
  // The jobs on the page itself, where the init script took those away.
  await page.goto(`${pathToFileURL(WEB_PAGE).href}?no-worker`);
  const { bytes, name } = await officeWorkbook();
  await page.getByTestId('check-file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
  // Focus moves through tabster, which makes a WeakRef for each focused element.
  await page.getByTestId('region-input').focus();
  await page.keyboard.press('Tab');
  await page.getByTestId('check-run').click();
  await page.getByTestId('check-result').waitFor();
  assert.match((await page.getByTestId('check-result').textContent()) ?? '', /已核查7项指标/);
  await page.getByTestId('findings').locator('button[data-finding]').first().click();
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-job-runner')), 'page');
  // A file that is no workbook: the core's own message, as from the worker.
  await page.getByTestId('check-file').setInputFiles({ name: '坏文件.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook') });
  await page.getByTestId('check-run').click();
  await page.getByTestId('error').waitFor();
  assert.match((await page.getByTestId('error').textContent()) ?? '', /^坏文件\.xlsx[:：]不是 Excel 工作簿/);
  assert.equal(await page.getByTestId('check-download').count(), 0, 'nothing to download');
  assert.deepEqual(errors, []);
  await context.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** axe on the screen at rest: the mouse off the buttons, their colour transitions over. */
async function violationsAtRest(page: import('playwright-core').Page) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  return seriousViolations(page);
}

test('no serious accessibility violation on the screens of the four jobs', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(pathToFileURL(WEB_PAGE).href);
  await page.getByTestId('check-run').waitFor();
  assert.deepEqual(await violationsAtRest(page), [], 'first load');

  const { bytes, name } = await officeWorkbook();
  await page.getByTestId('check-file').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByTestId('check-run').click();
  await page.getByTestId('check-result').waitFor();
  await page.getByTestId('findings').locator('button[data-finding]').first().click();
  assert.deepEqual(await violationsAtRest(page), [], 'after 检查');

  await page.getByTestId('tab-return').click();
  const blocked = await returnBytes({ department: '市生态环境局', catalogId: 'tangshan-2022', person: '', rows: [{ id: 'ts-28', name: '危险废物利用处置率', unit: '%', target: '100%', value: 90 }] });
  await page.getByTestId('return-file').setInputFiles({ name: '填报表.xlsx', mimeType: XLSX, buffer: Buffer.from(blocked) });
  await page.getByTestId('return-run').click();
  await page.getByTestId('return-items').waitFor();
  assert.deepEqual(await violationsAtRest(page), [], 'after 部门自查');

  await page.getByTestId('tab-merge').click();
  const master = Buffer.from((await masterWorkbook(MASTER_ROWS).xlsx.writeBuffer()) as ArrayBuffer);
  await page.getByTestId('merge-master').setInputFiles({ name: '汇总表.xlsx', mimeType: XLSX, buffer: master });
  const returns = await Promise.all(
    [['市发展改革委', 42], ['市统计局', 43]].map(async ([department, value]) => ({
      name: `${department}.xlsx`,
      mimeType: XLSX,
      buffer: Buffer.from(await returnBytes({ department: String(department), catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: Number(value) }] })),
    })),
  );
  await page.getByTestId('merge-returns').setInputFiles(returns);
  await page.getByTestId('conflict-choice').first().waitFor();
  assert.deepEqual(await violationsAtRest(page), [], 'merge preview');
  await context.close();
});
