// axe-core in the real browser on the pane's screens (first load, after 检查 with a finding opened,
// the returns tab, the settings, dark theme, English): no serious or critical violation; one h1;
// every control reached with Tab shows where the focus is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPane, startSuite, type Suite } from './support/browser';
import { focusWithoutIndicator, seriousViolations } from './support/axe';
import { indicatorWorkbook } from './support/workbooks';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

async function assertAccessible(page: import('playwright-core').Page, screen: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${screen}: ${JSON.stringify(violations, null, 1)}`);
  assert.equal(await page.locator('h1').count(), 1, `${screen}: one h1`);
}

test('first load, checked with a finding opened, returns tab, settings: no serious or critical violation', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await page.getByRole('button', { name: '检查', exact: true }).waitFor();
  await assertAccessible(page, 'first load');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByRole('region', { name: '问题列表' }).waitFor();
  await page.locator('[data-finding]').first().click();
  await assertAccessible(page, 'checked');
  const names = await page.locator('[data-finding]').evaluateAll((buttons) => buttons.map((b) => ({ text: b.textContent, label: b.getAttribute('aria-label') })));
  assert.ok(names.every((n) => n.label === null), 'the findings are named by their visible text');
  await page.getByRole('tab', { name: '部门填报表' }).click();
  await page.getByRole('button', { name: '生成部门填报表' }).waitFor();
  await assertAccessible(page, 'returns tab');
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('switch', { name: '标记达标单元格为绿色' }).waitFor();
  await page.waitForTimeout(600); // the panel fades in: contrast is measured once it is there
  await assertAccessible(page, 'settings open');
  await pane.close();
});

test('dark theme and English after 检查: no serious or critical violation', async () => {
  const pane = await openPane(suite, {
    ...indicatorWorkbook(),
    displayLanguage: 'en-US',
    officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#333333', controlForegroundColor: '#ffffff' },
  });
  const { page } = pane;
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('region', { name: 'Issues' }).waitFor();
  await assertAccessible(page, 'dark English');
  await pane.close();
});

test('Tab reaches the controls with a visible focus, and the findings list is one tab stop', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByRole('region', { name: '问题列表' }).waitFor();
  await page.locator('h1').click();
  const missing = await focusWithoutIndicator(page, 16);
  assert.deepEqual(missing, [], 'focus indicator missing');
  // Tab from the first finding leaves the list: one stop for all of it.
  await page.locator('[data-finding]').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'));
  assert.equal(second, '自评表!E4');
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => document.activeElement?.hasAttribute('data-finding'));
  assert.equal(after, false);
  await pane.close();
});
