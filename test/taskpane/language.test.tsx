/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPane } from './pane';

describe('task pane: language', () => {
  it('switches the pane\'s labels to English; new jobs report in English', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    for (const name of ['Check', 'Fill departments', 'Make summary sheet', 'Clear marks', 'Settings']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: '检查' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Catalog' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Mark passing cells green' })).toBeTruthy();
    expect(screen.getByText('The old text goes into the undo record; Clear marks restores it.')).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Result' }).textContent).toBe('Checked 9 indicators; 6 cells marked. Catalog: 保山市申报创建省级生态文明市工作方案.'));
    expect(screen.getByRole('button', { name: 'Fail 4' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Fail' })).toBeTruthy();
    const item = screen.getByRole('button', { name: /^第三产业占GDP比例 · Target ≥40% · Actual 38.5% · short by 1.5 percentage points/ });
    fireEvent.click(item);
    expect(document.getElementById(item.getAttribute('aria-controls')!)?.textContent).toContain('Fail: target ≥40%, actual 38.5%, short by 1.5 percentage points');
    fireEvent.click(screen.getByRole('button', { name: /^林地面积增幅/ }));
    expect(screen.getByText('Do you mean "林地面积年增幅"?')).toBeTruthy();

    // Back to Chinese: labels follow at once; the findings keep the language they were made in until the next job.
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '未达标 4' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '问题列表' }).textContent).toContain('Fail: target ≥0.05%');
  });
});
