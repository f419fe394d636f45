// The pane's scenarios in Chromium, each asserting the workbook's cells as well as the screen: the four
// jobs with an exact restore, a finding going to its cell, a live re-check after an edit, cell-edit
// mode, a protected sheet, no table, a header-only table, a departmental return, the merge panel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPane, screenshots, startSuite, type Suite } from './support/browser';
import { HEADER, ROWS, SHEET, headerOnlyWorkbook, indicatorWorkbook, noTableWorkbook } from './support/workbooks';
import { baoshanRows, returnSavedWorkbook } from '../support/return-check-fixture';
import { MASTER_HEADER, returnBytes } from '../support/return-workbooks';
import type { ObservedCell } from '../support/fake-excel';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

const checkButton = (page: Page) => page.getByRole('button', { name: '检查', exact: true });
const result = (page: Page) => page.getByRole('status', { name: '操作结果' });

/** Every cell of the table (and one column beside it), as Office.js would report it. */
async function tableCells(page: Page, rows = ROWS.length, cols = HEADER.length + 1): Promise<ObservedCell[]> {
  return page.evaluate(
    ({ sheet, rows, cols }) => {
      const out = [];
      for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) out.push(window.__shim.observe(sheet, String.fromCharCode(65 + c) + r));
      return out;
    },
    { sheet: SHEET, rows, cols },
  );
}

const sheets = (page: Page) => page.evaluate(() => window.__shim.sheets());
const cell = (page: Page, address: string, sheet = SHEET) => page.evaluate(({ sheet, address }) => window.__shim.observe(sheet, address), { sheet, address });

test('检查, 填写责任单位, 生成汇总表, then 清除标记 restores every cell exactly', async () => {
  // 城市污水集中处理率 without its lead department: 填写责任单位 fills it from the catalog.
  const workbook = indicatorWorkbook();
  workbook.rows[SHEET] = ROWS.map((row, i) => (i === 4 ? [...row.slice(0, 5), null] : row));
  const pane = await openPane(suite, workbook);
  const { page } = pane;
  const before = await tableCells(page);
  const sheetsBefore = await sheets(page);

  await checkButton(page).click();
  await result(page).getByText(/^已核查9项指标/).waitFor();
  assert.equal((await cell(page, 'E4')).fill, '#FFC7CE');
  assert.match((await cell(page, 'E4')).note ?? '', /^未达标/);

  await page.getByRole('button', { name: '填写责任单位' }).click();
  await result(page).getByText(/责任单位/).waitFor();
  assert.equal((await cell(page, 'F5')).value, '市住房城乡建设局');

  await page.getByRole('button', { name: '生成汇总表' }).click();
  await result(page).getByText(/^已生成汇总表“指标汇总”/).waitFor();
  assert.ok((await sheets(page)).includes('指标汇总'));
  await screenshots(page, 'jobs-summary-made');

  await page.getByRole('button', { name: '清除标记' }).click();
  await result(page).getByText(/^已清除标记/).waitFor();
  assert.deepEqual(await tableCells(page), before, 'every cell as it was');
  assert.deepEqual(await sheets(page), sheetsBefore, 'the summary sheet is gone, the journal too');
  assert.equal(await page.getByRole('region', { name: '问题列表' }).count(), 0);
  await pane.close();
});

test('a finding clicked selects its cell and opens its message; an edit in the table is re-checked by itself', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await checkButton(page).click();
  await result(page).getByText(/^已核查/).waitFor();
  const energy = page.locator('[data-finding="自评表!E4"]');
  await energy.click();
  await page.waitForFunction(() => window.__shim.selection()?.address === 'E4');
  assert.deepEqual(await page.evaluate(() => window.__shim.selection()), { sheet: SHEET, address: 'E4' });
  assert.equal(await energy.getAttribute('aria-expanded'), 'true');
  await page.getByText('(约束性)').first().waitFor();
  await screenshots(page, 'finding-opened');

  // The user types a passing value into E4: the pane re-checks, the mark and the finding go.
  await page.evaluate(({ sheet }) => window.__shim.edit(sheet, 'E4', [[1.05]]), { sheet: SHEET });
  await energy.waitFor({ state: 'detached', timeout: 15_000 });
  assert.equal((await cell(page, 'E4')).fill, null);
  assert.equal((await cell(page, 'E4')).note, null);
  await page.getByRole('button', { name: '达标 3' }).waitFor();
  // The pane's own marks did not set off another re-check: the list stays.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('[data-finding]').count(), 5);
  await pane.close();
});

test('cell-edit mode: 检查 says to leave the cell first and writes nothing; then it works', async () => {
  const pane = await openPane(suite, { ...indicatorWorkbook(), cellEditMode: true });
  const { page } = pane;
  const before = await tableCells(page);
  await checkButton(page).click();
  await page.getByText(/编辑/).first().waitFor();
  await screenshots(page, 'cell-edit-mode');
  assert.deepEqual(await tableCells(page), before);
  await page.evaluate(() => window.__shim.setCellEditMode(false));
  await checkButton(page).click();
  await result(page).getByText(/^已核查/).waitFor();
  assert.equal((await cell(page, 'E4')).fill, '#FFC7CE');
  await pane.close();
});

test('a protected sheet: the message says what to do, nothing is written', async () => {
  const pane = await openPane(suite, indicatorWorkbook({ protectedSheet: true }));
  const { page } = pane;
  const before = await tableCells(page);
  await checkButton(page).click();
  await page.getByText(/受保护/).first().waitFor();
  await screenshots(page, 'protected-sheet');
  assert.deepEqual(await tableCells(page), before);
  assert.deepEqual(pane.errors, []);
  await pane.close();
});

test('no table: a clear message; a header-only table: "no indicator rows", not "nothing to fix"', async () => {
  const none = await openPane(suite, noTableWorkbook());
  await checkButton(none.page).click();
  await none.page.locator('.fui-MessageBar').first().waitFor();
  const message = (await none.page.locator('.fui-MessageBar').first().textContent()) ?? '';
  assert.match(message, /指标/);
  await screenshots(none.page, 'no-table');
  await none.close();

  const empty = await openPane(suite, headerOnlyWorkbook());
  const { page } = empty;
  await checkButton(page).click();
  // The core refuses a table with a header and no rows (no-table, kind no-rows): the pane says so.
  await page.locator('.fui-MessageBar').first().waitFor();
  const said = (await page.locator('.fui-MessageBar').first().textContent()) ?? '';
  assert.match(said, /没有指标行|未找到指标行/);
  assert.equal(await page.getByText(/没有需要处理的问题/).count(), 0);
  await screenshots(page, 'header-only');
  await empty.close();
});

test('a departmental return: 可以报送 and the check stamp written into the workbook', async () => {
  const pane = await openPane(suite, { workbook: returnSavedWorkbook({ rows: baoshanRows() }) });
  const { page } = pane;
  await checkButton(page).click();
  await page.getByText('可以报送').waitFor();
  await screenshots(page, 'return-ready');
  const properties = await page.evaluate(() => Object.keys(window.__shim.fake.save().customProperties ?? {}));
  assert.ok(properties.includes('IndicatorCheckStamp'));
  await pane.close();
});

test('the merge panel: return files chosen, the preview, 合并 writes the value and its note', async () => {
  const master = [
    ['指标汇总表'],
    MASTER_HEADER,
    [1, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, null, '市发展改革委'],
    [2, '生态环境', '单位GDP能耗', '吨标煤/万元', '≤1.1', '约束性', 1.2, null, '市工业信息化委'],
  ];
  const pane = await openPane(suite, { workbook: { sheets: [{ name: '汇总表' }] }, rows: { 汇总表: master } });
  const { page } = pane;
  await page.getByRole('tab', { name: '部门填报表' }).click();
  const bytes = await returnBytes({ department: '市发展改革委', catalogId: 'baoshan-2017', rows: [{ id: 'bs-02', name: '第三产业占GDP比例', value: 42 }] });
  await page.getByLabel('选择填报表文件（.xlsx，可多选）').setInputFiles([
    { name: '市发展改革委.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) },
  ]);
  await page.getByText(/可合并1个数值/).waitFor({ timeout: 30_000 });
  await screenshots(page, 'merge-chosen');
  await page.getByRole('button', { name: '合并', exact: true }).click();
  await page.getByText(/^已合并1个数值/).waitFor({ timeout: 30_000 });
  const merged = await cell(page, 'H3', '汇总表');
  assert.equal(merged.value, 42);
  assert.match(merged.note ?? '', /市发展改革委/);
  assert.deepEqual(pane.outside, []);
  await pane.close();
});

test('从方案生成指标库: a pasted plan drafted, written as the 指标库 sheet, and 检查 uses it', async () => {
  const pane = await openPane(suite, indicatorWorkbook());
  const { page } = pane;
  await page.getByRole('tab', { name: '指标库' }).click();
  const plan =
    '一、发展生态经济\n' +
    '1.单位GDP能耗≤1.1吨标煤/万元（约束性指标）。\n' +
    '责任单位：市工业信息化委；配合单位：市统计局。\n' +
    '2.森林覆盖率达到60%以上（市林业局牵头，市自然资源局配合）。';
  await page.getByRole('textbox', { name: '粘贴方案正文' }).fill(plan);
  await page.getByRole('button', { name: '生成草稿' }).click();
  await page.getByText(/^找到2项目标，其中2项有牵头单位/).waitFor();
  await screenshots(page, 'extract-draft');
  const { seriousViolations } = await import('./support/axe');
  assert.deepEqual((await seriousViolations(page)).map((v) => v.id), []);
  await page.getByRole('button', { name: '写入“指标库”表' }).click();
  await page.getByText(/^已写入“指标库”表（2项指标/).waitFor();
  assert.ok((await sheets(page)).includes('指标库'));
  const names = [await cell(page, 'B2', '指标库'), await cell(page, 'B3', '指标库')].map((c) => String(c.value));
  assert.ok(names.some((n) => n.includes('单位GDP能耗')), `指标库 names: ${names.join(', ')}`);
  await page.getByRole('tab', { name: '核查' }).click();
  await checkButton(page).click();
  await result(page).getByText(/指标库/).waitFor();
  await screenshots(page, 'extract-checked');
  assert.deepEqual(pane.errors, []);
  await pane.close();
});
