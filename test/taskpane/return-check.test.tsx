/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeExcel } from '../support/fake-excel';
import { baoshanRows, returnSavedWorkbook, type ReturnRow } from '../support/return-check-fixture';
import { renderPane } from './pane';

function rowsWith(changes: Record<string, Partial<ReturnRow>>): ReturnRow[] {
  return baoshanRows().map((r) => ({ ...r, ...changes[r.id] }));
}

describe('task pane: 检查 on a departmental return', () => {
  it('says 可以报送 and writes the stamp', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    renderPane(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const verdict = await screen.findByRole('region', { name: '部门填报表核查' });
    expect(within(verdict).getByText('可以报送').closest('.fui-MessageBar')).not.toBeNull();
    expect(verdict.textContent).toContain('已在工作簿中写入核查标记');
    expect(Object.keys(fake.save().customProperties ?? {})).toContain('IndicatorCheckStamp');
    // The counts without the statuses at 0.
    expect(verdict.textContent).toContain('共5项指标：达标5项。');
    // The ordinary findings are not shown for a return.
    expect(screen.queryByRole('region', { name: '核查结果' })).toBeNull();
  });

  it('lists what to fix in order, marks it, and goes to a cell when an item is clicked', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: rowsWith({ 'bs-02': { value: 30 }, 'bs-03': { value: null } }), person: null }));
    renderPane(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const verdict = await screen.findByRole('region', { name: '部门填报表核查' });
    expect(verdict.textContent).toContain('暂不能报送:2项须修改,1项须修改或说明');
    expect(verdict.textContent).toContain('共5项指标：达标3项，未达标1项，未填报1项，提示性问题1项，已说明0项。');
    const list = within(verdict).getByRole('list', { name: '需要处理的问题:' });
    const items = within(list).getAllByRole('button').map((b) => b.textContent);
    expect(items).toEqual([
      'D2[强制性]未填写填报人',
      'G7[强制性]单位GDP能耗:2026年数值未填报',
      'G6[提示性]第三产业占GDP比例:未达标:目标≥40%,现状30%,差10个百分点(指导性)',
    ]);
    expect(fake.observe('填报表', 'G7').note).toContain('2026年数值未填报');
    expect(fake.save().customProperties).toBeUndefined();

    fireEvent.click(within(list).getAllByRole('button')[1]);
    await waitFor(() => expect(fake.state.selection).toEqual({ sheet: '填报表', address: 'G7' }));
  });

  it('still lists what to fix when the protected return sheet cannot be marked', async () => {
    const fake = new FakeExcel(returnSavedWorkbook({ rows: rowsWith({ 'bs-03': { value: null } }) }, { protectedSheet: true }));
    renderPane(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const verdict = await screen.findByRole('region', { name: '部门填报表核查' });
    expect(verdict.textContent).toContain('填报表受保护,未在单元格上做标记');
    expect(within(verdict).getAllByRole('button').map((b) => b.textContent)).toEqual(['G7[强制性]单位GDP能耗:2026年数值未填报']);
  });
});
