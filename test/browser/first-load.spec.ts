// First load in Chromium: the pane appears with its heading, catalog and 检查, nothing is fetched from
// outside, and a check marks the workbook's cells as the findings say.
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

test('first load shows the pane and 检查 finds and marks the failing cells', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await page.getByRole('button', { name: '检查', exact: true }).waitFor();
  await screenshots(page, 'first-load');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('达标率').first().waitFor();
  await screenshots(page, 'checked');
  const e4 = await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E4'), { sheet: SHEET });
  assert.equal(e4.fill, '#FFC7CE', 'the failing binding indicator is marked Bad');
  const e2 = await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E2'), { sheet: SHEET });
  assert.equal(e2.fill, null, 'a passing cell is left alone');
  assert.deepEqual(pane.outside, [], 'nothing was fetched from outside');
  assert.deepEqual(pane.errors, []);
  await pane.close();
});
