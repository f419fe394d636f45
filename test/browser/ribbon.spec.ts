// The ribbon's function file in Chromium: its buttons are associated when Office is ready, 检查工作簿
// marks the workbook and always completes its event, and 清除标记 restores the cells.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPane, startSuite, type Suite } from './support/browser';
import { SHEET, indicatorWorkbook } from './support/workbooks';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

test('检查工作簿 and 清除标记 from the ribbon: the cells marked and restored, each event completed', async () => {
  const pane = await openPane(suite, { ...indicatorWorkbook(), path: '/commands.html', partitionKey: 'p/', localStorage: { 'p/indicatorCheck.lang': 'en' } });
  const { page } = pane;
  await page.waitForFunction(() => Object.keys(window.__shim.associated).length === 3);
  assert.deepEqual(await page.evaluate(() => Object.keys(window.__shim.associated).sort()), ['buildSummary', 'checkWorkbook', 'clearMarks']);
  // A string, not a function: tsx's transform adds helpers (__name) the page does not have.
  const run = (name: string) =>
    page.evaluate(`new Promise((resolve) => { window.__shim.associated[${JSON.stringify(name)}]({ completed: () => resolve(true) }); })`) as Promise<boolean>;
  assert.equal(await run('checkWorkbook'), true);
  const marked = await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E4'), { sheet: SHEET });
  assert.equal(marked.fill, '#FFC7CE');
  // The language chosen in the pane (English, remembered) is the ribbon's too.
  assert.match(marked.note ?? '', /^Fail: target/);
  assert.equal(await run('clearMarks'), true);
  assert.equal((await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E4'), { sheet: SHEET })).fill, null);
  assert.deepEqual(pane.errors, []);
  await pane.close();
});
