/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane, SHEET } from './pane';

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  return screen.findByRole('region', { name: '核查结果' });
}

describe('task pane: 检查', () => {
  it('shows the count of every status that occurs, the pass rate, and says what it did without repeating the counts', async () => {
    renderPane();
    const counts = await check();
    const chips = within(counts)
      .getAllByRole('listitem')
      .map((chip) => chip.textContent);
    // No chip for a status at 0 (数据错误).
    expect(chips).toEqual(['达标 2', '未达标 4', '未填报 1', '需核实 1', '不适用 1']);
    // 2 pass of 9 indicators, one not applicable.
    expect(counts.textContent).toContain('共9项，达标率25%。');
    const result = screen.getByRole('status', { name: '操作结果' }).textContent ?? '';
    expect(result).toBe('已核查9项指标，标记了6个单元格。指标库：保山市申报创建省级生态文明市工作方案。');
  });

  it('lists failing, missing and review rows by status, one line each with target, value, gap, lead and cell', async () => {
    const { fake } = renderPane();
    await check();
    const fail = screen.getByRole('list', { name: '未达标' });
    const missing = screen.getByRole('list', { name: '未填报' });
    const review = screen.getByRole('list', { name: '需核实' });
    expect(screen.queryByRole('list', { name: '数据错误' })).toBeNull();

    const energy = within(fail).getByRole('button', { name: /^单位GDP能耗 ·/ });
    expect(energy.textContent).toBe('单位GDP能耗 · 目标 ≤1.1吨标煤/万元 · 现状 1.3吨标煤/万元 · 差 0.2吨标煤/万元市工业信息化委 · 自评表!E4');
    // The full message only when the finding is opened.
    expect(screen.queryByText(/\(约束性\)/)).toBeNull();

    const tertiary = within(fail).getByRole('button', { name: /^第三产业占GDP比例/ });
    expect(tertiary.textContent).toContain('目标 ≥40% · 现状 38.5% · 差 1.5个百分点');
    expect(tertiary.textContent).toContain('市发展改革委 · 自评表!E3');
    expect(within(missing).getByRole('button', { name: /^城市污水集中处理率/ }).textContent).toContain('现状 （空）');
    expect(within(review).getByRole('button', { name: /^生态文明制度建设/ })).toBeTruthy();

    // Passing and n/a rows are counted, not listed.
    expect(screen.queryByRole('button', { name: /农民年人均纯收入/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /空气环境质量/ })).toBeNull();

    // The workbook got its marks.
    expect(fake.observe(SHEET, 'E4').fill).toBe('#FFC7CE');
    expect(fake.observe(SHEET, 'E2').fill).toBeNull();
  });

  it("selects the finding's cell when an item is activated, and opens its full message", async () => {
    const { fake } = renderPane();
    await check();
    const item = screen.getByRole('button', { name: /^城镇人均公共绿地面积/ });
    // A native button: Enter and Space activate it.
    expect(item.tagName).toBe('BUTTON');
    fireEvent.click(item);
    await waitFor(() => expect(fake.state.selection).toEqual({ sheet: SHEET, address: 'E8' }));
    expect(item.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(item.getAttribute('aria-controls')!)?.textContent).toContain('(约束性)');

    // A name matched only approximately asks which indicator is meant, once, when opened.
    const fuzzy = screen.getByRole('button', { name: /^林地面积增幅/ });
    fireEvent.click(fuzzy);
    expect(screen.getAllByText('是否指“林地面积年增幅”？')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: /^城市污水集中处理率/ }));
    await waitFor(() => expect(fake.state.selection).toEqual({ sheet: SHEET, address: 'E5' }));
  });

  it('keeps one tab stop in the list and moves through it with the arrow keys', async () => {
    renderPane();
    await check();
    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-finding]'));
    expect(items.map((b) => b.tabIndex).filter((i) => i === 0)).toHaveLength(1);
    items[0].focus();
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: 'End' });
    expect(document.activeElement).toBe(items[items.length - 1]);
    // The last item reached (across groups) is now the tab stop.
    expect(items[items.length - 1].tabIndex).toBe(0);
    expect(items.filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('disables the actions while a job runs and says which job', async () => {
    renderPane();
    const checkButton = screen.getByRole('button', { name: '检查' });
    checkButton.focus();
    fireEvent.click(checkButton);
    expect(screen.getByText('正在检查…')).toBeTruthy();
    for (const name of ['检查', '填写责任单位', '生成汇总表', '清除标记']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    // Focus stays on the button that started the job.
    expect(document.activeElement).toBe(checkButton);
    await screen.findByRole('region', { name: '核查结果' });
    expect(screen.queryByText('正在检查…')).toBeNull();
    expect(checkButton.getAttribute('aria-disabled')).toBeNull();
  });

  it('clears the marks and the list with 清除标记', async () => {
    const { fake } = renderPane();
    await check();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toMatch(/^已清除标记，恢复了\d+个单元格。$/));
    expect(screen.queryByRole('region', { name: '核查结果' })).toBeNull();
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
  });

  it('builds the summary sheet with 生成汇总表', async () => {
    const { fake } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: '生成汇总表' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toContain('已生成汇总表“指标汇总”。'));
    expect(fake.save().sheets.map((s) => s.name)).toContain('指标汇总');
  });
});
