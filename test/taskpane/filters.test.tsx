/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderPane } from './pane';

// Read from the DOM directly: role queries are slow on Fluent's DOM in jsdom.
function groupHeaders(): string[] {
  return Array.from(document.querySelectorAll('h2 > button[aria-expanded]')).map((heading) => heading.textContent ?? '');
}

function listedNames(): string[] {
  return Array.from(document.querySelectorAll('[data-finding]')).map((item) => item.textContent!.split(' · ')[0]);
}

async function chooseLead(name: string) {
  fireEvent.click(screen.getByRole('combobox', { name: '按牵头单位' }));
  fireEvent.click(screen.getByRole('option', { name }));
}

describe('task pane: filters', () => {
  it('narrow the list by status (the summary chips) and by lead department', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByRole('region', { name: '问题列表' });
    expect(groupHeaders()).toEqual(['未达标', '未填报', '需核实']);

    const statuses = screen.getByRole('list', { name: '按状态' });
    const fail = within(statuses).getByRole('button', { name: '未达标 4' });
    fireEvent.click(fail);
    expect(fail.getAttribute('aria-pressed')).toBe('true');
    expect(groupHeaders()).toEqual(['未达标']);
    expect(listedNames()).toEqual(['第三产业占GDP比例', '单位GDP能耗', '城镇人均公共绿地面积', '林地面积增幅']);

    // The departments offered are those of the listed findings.
    fireEvent.click(screen.getByRole('combobox', { name: '按牵头单位' }));
    const offered = screen.getAllByRole('option').map((option) => option.textContent);
    expect(offered).toEqual(['全部牵头单位', '市发展改革委', '市工业信息化委', '市住房城乡建设局', '市林业局']);
    fireEvent.click(screen.getByRole('option', { name: '市住房城乡建设局' }));
    expect(listedNames()).toEqual(['城镇人均公共绿地面积']);

    // Status filter off again: the department's missing value comes back under 未填报.
    fireEvent.click(fail);
    expect(groupHeaders()).toEqual(['未达标', '未填报']);
    expect(listedNames()).toEqual(['城镇人均公共绿地面积', '城市污水集中处理率']);

    // Two statuses at once.
    fireEvent.click(within(statuses).getByRole('button', { name: '需核实 1' }));
    fireEvent.click(within(statuses).getByRole('button', { name: '未填报 1' }));
    expect(listedNames()).toEqual(['城市污水集中处理率']);
    await chooseLead('全部牵头单位');
    expect(groupHeaders()).toEqual(['未填报', '需核实']);

    // A filter that leaves nothing says so; the status counts stay those of the whole check.
    await chooseLead('市林业局');
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeTruthy();
    expect(within(statuses).getByRole('button', { name: '未达标 4' })).toBeTruthy();
  });
});
