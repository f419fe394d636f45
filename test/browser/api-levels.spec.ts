// The main scenarios with the shim at ExcelApi 1.7 (Office 2019), 1.14 (Office 2021) and 1.18
// (Microsoft 365): 检查 marks the cells, 清除标记 restores them, and what this Excel lacks is said.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPane, screenshots, startSuite, type Suite } from './support/browser';
import { HEADER, ROWS, SHEET, indicatorWorkbook } from './support/workbooks';

let suite: Suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

for (const excelApi of ['1.7', '1.14', '1.18']) {
  test(`ExcelApi ${excelApi}: 检查, a finding, 生成汇总表 and 清除标记`, async () => {
    const pane = await openPane(suite, { ...indicatorWorkbook(), excelApi });
    const { page } = pane;
    const snapshot = () =>
      page.evaluate(
        ({ sheet, rows, cols }) => {
          const out = [];
          for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) out.push(window.__shim.observe(sheet, String.fromCharCode(65 + c) + r));
          return out;
        },
        { sheet: SHEET, rows: ROWS.length, cols: HEADER.length },
      );
    const before = await snapshot();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const outcome = page.getByRole('status', { name: '操作结果' }).getByText(/^已核查/).or(page.locator('.fui-MessageBar').first());
    await outcome.first().waitFor({ timeout: 30_000 });
    const errorBar = await page.locator('.fui-MessageBar').evaluateAll((bars) => bars.map((b) => b.textContent ?? ''));
    await screenshots(page, `api-${excelApi}-checked`);
    const e4 = await page.evaluate(({ sheet }) => window.__shim.observe(sheet, 'E4'), { sheet: SHEET });
    if (e4.fill === null) {
      // Refused: the pane must say clearly that this Excel lacks what the job needs, and nothing was written.
      assert.ok(errorBar.some((text) => text.includes('此版本的 Excel 缺少这项操作需要的接口')), `neither marked nor said why at ${excelApi}: ${errorBar.join(' | ')}`);
      assert.deepEqual(await snapshot(), before, `nothing written at ${excelApi}`);
      console.log(`NOTE ExcelApi ${excelApi}: 检查 refused — ${errorBar.join(' | ')}`);
      await pane.close();
      return;
    }
    assert.equal(e4.fill, '#FFC7CE', `marked at ${excelApi}`);
    if (excelApi === '1.18') assert.match(e4.note ?? '', /^未达标/);
    else assert.ok(errorBar.some((text) => text.includes('不支持批注接口')), 'says that this Excel has no notes API');

    await page.locator('[data-finding="自评表!E8"]').click();
    await page.waitForFunction(() => window.__shim.selection()?.address === 'E8');

    await page.getByRole('button', { name: '生成汇总表' }).click();
    await page.getByRole('status', { name: '操作结果' }).getByText(/^已生成汇总表/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByRole('status', { name: '操作结果' }).getByText(/^已清除标记/).waitFor({ timeout: 30_000 });
    assert.deepEqual(await snapshot(), before, `restored exactly at ${excelApi}`);
    assert.deepEqual(pane.errors, []);
    await pane.close();
  });
}
