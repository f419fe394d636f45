// Office's display language and theme: en-US opens the pane in English, a language chosen in the
// settings is remembered across reloads, and Office's dark theme paints the whole pane dark.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPane, screenshots, startSuite, type Suite } from './support/browser';
import { SHEET, indicatorWorkbook } from './support/workbooks';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

test("en-US: the pane opens in English, checks in English, and a chosen language is remembered", async () => {
  const pane = await openPane(suite, { ...indicatorWorkbook(), displayLanguage: 'en-US', partitionKey: 'addin-partition/' });
  const { page } = pane;
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByText('Pass rate').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const note = await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E4').note, { sheet: SHEET });
  assert.match(note ?? '', /^Fail: target ≤1\.1/);
  await screenshots(page, 'en-us-checked');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '中文' }).check();
  await page.getByRole('button', { name: '检查', exact: true }).waitFor();
  const stored = await page.evaluate(() => window.localStorage.getItem('addin-partition/indicatorCheck.lang'));
  assert.equal(stored, 'zh-CN');
  await page.reload();
  await page.getByRole('button', { name: '检查', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await pane.close();
});

test('a catalog chosen in the pane is kept in the document and chosen again when it is reopened', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  const catalog = page.getByRole('combobox', { name: '指标库' });
  await catalog.click();
  await page.getByRole('option', { name: '唐山市创建国家生态文明建设示范市2022年度工作方案' }).click();
  await page.waitForFunction(() => window.__shim.savedSettings['indicatorCheck.catalog'] === 'tangshan-2022');
  await page.reload();
  await page.getByRole('combobox', { name: '指标库' }).getByText('唐山市创建国家生态文明建设示范市2022年度工作方案').waitFor();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByRole('status', { name: '操作结果' }).getByText(/指标库：唐山市/).waitFor();
  await pane.close();
});

test('zh-CN Office with nothing remembered: Chinese', async () => {
  const pane = await openPane(suite, { ...indicatorWorkbook(), displayLanguage: 'zh-CN' });
  await pane.page.getByRole('button', { name: '检查', exact: true }).waitFor();
  await pane.close();
});

test("dark theme: the page and the dropdown's layer are dark", async () => {
  const pane = await openPane(suite, {
    ...indicatorWorkbook(),
    officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#333333', controlForegroundColor: '#ffffff' },
  });
  const { page } = pane;
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('达标率').first().waitFor();
  await screenshots(page, 'dark-checked');
  // The bottom of a short pane, below the content, is dark too.
  const bottom = await page.evaluate(() => {
    const el = document.elementFromPoint(5, window.innerHeight - 2) ?? document.documentElement;
    let node: Element | null = el;
    while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
    return node ? getComputedStyle(node).backgroundColor : getComputedStyle(document.documentElement).backgroundColor;
  });
  assert.notEqual(bottom, 'rgb(255, 255, 255)');
  await page.getByRole('combobox', { name: '指标库' }).click();
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  const listColor = await listbox.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(listColor, 'rgb(255, 255, 255)', 'the list is drawn in the dark theme');
  await screenshots(page, 'dark-dropdown');
  await pane.close();
});
