/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane, SHEET } from './pane';

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  return screen.findByRole('region', { name: '核查结果' });
}

describe('task pane: 检查', () => {
  it('shows the count of every status and the pass rate', async () => {
    renderPane();
    const counts = await check();
    const badges = within(counts)
      .getAllByRole('listitem')
      .map((badge) => badge.textContent);
    expect(badges).toEqual(['达标 2', '未达标 4', '需核实 1', '未填报 1', '数据错误 0', '不适用 1']);
    // 2 pass of 9 indicators, one not applicable.
    expect(within(counts).getByText('共9项 · 达标率 25%')).toBeTruthy();
    expect(screen.getByRole('status', { name: '操作结果' }).textContent).toMatch(/^核查完成:指标9项/);
  });

  it('lists failing, missing and review rows under 错误, 警告 and 需核实, by sheet, with target, value, gap and lead', async () => {
    const { fake } = renderPane();
    await check();
    const errors = screen.getByRole('region', { name: '错误(3)' });
    const warnings = screen.getByRole('region', { name: '警告(2)' });
    const review = screen.getByRole('region', { name: '需核实(1)' });
    expect(within(errors).getByRole('region', { name: SHEET })).toBeTruthy();

    const energy = within(errors).getByRole('button', { name: /^单位GDP能耗,未达标,位于自评表!E4/ });
    expect(energy.textContent).toContain('目标 ≤1.1吨标煤/万元 · 现状 1.3吨标煤/万元 · 差 0.2吨标煤/万元');
    expect(energy.textContent).toContain('牵头:市工业信息化委 · 自评表!E4');
    expect(energy.textContent).toContain('(约束性)');

    const tertiary = within(warnings).getByRole('button', { name: /^第三产业占GDP比例,未达标/ });
    expect(tertiary.textContent).toContain('目标 ≥40% · 现状 38.5% · 差 1.5个百分点');
    expect(tertiary.textContent).toContain('牵头:市发展改革委');
    expect(within(warnings).getByRole('button', { name: /^城市污水集中处理率,未填报/ }).textContent).toContain('现状 (空)');
    expect(within(review).getByRole('button', { name: /^生态文明制度建设,需核实/ }).textContent).toContain('请人工核实');

    // A name matched only approximately asks which indicator is meant, once.
    const fuzzy = within(errors).getByRole('button', { name: /^林地面积增幅/ });
    expect(fuzzy.textContent?.match(/是否指"林地面积年增幅"\?/g)).toHaveLength(1);

    // Passing and n/a rows are counted, not listed.
    expect(screen.queryByRole('button', { name: /农民年人均纯收入/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /空气环境质量/ })).toBeNull();

    // The workbook got its marks.
    expect(fake.observe(SHEET, 'E4').fill).toBe('#FFC7CE');
    expect(fake.observe(SHEET, 'E2').fill).toBeNull();
  });

  it('selects the finding\'s cell when an item is activated', async () => {
    const { fake } = renderPane();
    await check();
    const item = screen.getByRole('button', { name: /^城镇人均公共绿地面积/ });
    // A native button: Enter and Space activate it, and it is in the tab order.
    expect(item.tagName).toBe('BUTTON');
    fireEvent.click(item);
    await waitFor(() => expect(fake.state.selection).toEqual({ sheet: SHEET, address: 'E8' }));

    fireEvent.click(screen.getByRole('button', { name: /^城市污水集中处理率/ }));
    await waitFor(() => expect(fake.state.selection).toEqual({ sheet: SHEET, address: 'E5' }));
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
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toMatch(/^已清除标记,恢复了\d+个单元格/));
    expect(screen.queryByRole('region', { name: '核查结果' })).toBeNull();
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
  });

  it('builds the summary sheet with 生成汇总表', async () => {
    const { fake } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: '生成汇总表' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toContain('汇总表"指标汇总"'));
    expect(fake.save().sheets.map((s) => s.name)).toContain('指标汇总');
  });
});
