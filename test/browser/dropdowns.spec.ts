// Every dropdown of the pane opened with the mouse and with the keyboard, chosen from and closed: the
// pane stays visible (the white-out: Fluent copies the provider's class onto its portal layers).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPane, screenshot, startSuite, type Suite } from './support/browser';
import { assertPaneVisible, assertUncovered } from './support/visibility';
import { indicatorWorkbook } from './support/workbooks';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

const check = (page: Page) => page.getByRole('button', { name: '检查', exact: true });
const catalog = (page: Page) => page.getByRole('combobox', { name: '指标库' });
const lead = (page: Page) => page.getByRole('combobox', { name: '按牵头单位' });

async function visible(page: Page) {
  await assertPaneVisible(page, [
    { locator: check(page), what: '检查' },
    { locator: catalog(page), what: 'the catalog dropdown' },
  ]);
}

test('指标库 and 按牵头单位, with the mouse: open, choose, and the pane is still there', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await check(page).click();
  await lead(page).waitFor();

  await catalog(page).click();
  const option = page.getByRole('option', { name: '不使用指标库' });
  await option.waitFor();
  await screenshot(page, 'dropdown-catalog-open');
  await assertUncovered(option, 'the option 不使用指标库');
  await option.click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  assert.equal(await catalog(page).textContent(), '不使用指标库');
  await visible(page);

  await lead(page).click();
  const department = page.getByRole('option', { name: '市住房城乡建设局' });
  await department.waitFor();
  await department.click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  await screenshot(page, 'dropdown-lead-chosen');
  await visible(page);
  assert.match((await lead(page).textContent()) ?? '', /市住房城乡建设局/);
  // Only that department's findings are listed.
  const names = await page.locator('[data-finding]').allTextContents();
  assert.ok(names.length > 0 && names.every((text) => text.includes('市住房城乡建设局')), names.join(' | '));
  assert.deepEqual(pane.errors, []);
  await pane.close();
});

test('指标库 and 按牵头单位, with the keyboard: open, move, choose, Escape, and the pane is still there', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await check(page).click();
  await lead(page).waitFor();

  await catalog(page).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  await screenshot(page, 'dropdown-catalog-keyboard');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  assert.equal(await catalog(page).textContent(), '不使用指标库');
  await visible(page);

  await catalog(page).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  await visible(page);

  await lead(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
  await visible(page);
  assert.notEqual(await lead(page).textContent(), '全部牵头单位');
  await pane.close();
});
