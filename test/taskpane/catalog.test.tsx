/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeExcel } from '../support/fake-excel';
import { MemoryCatalogStore, renderPane, ROWS } from './pane';

const catalogBox = () => screen.getByRole('combobox', { name: '指标库' });

describe('task pane: catalog chooser', () => {
  it('shows what the automatic choice picks once the workbook is read, and offers every built-in catalog', async () => {
    renderPane();
    await waitFor(() => expect(catalogBox().textContent).toBe('自动：保山市申报创建省级生态文明市工作方案（匹配9项）'));
    fireEvent.click(catalogBox());
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toMatch(/^自动：保山市/);
    expect(options).toContain('唐山市创建国家生态文明建设示范市2022年度工作方案');
    expect(options.slice(-2)).toEqual(['从文件载入…', '不使用指标库']);
    expect(options).toHaveLength(1 + 5 + 2);
  });

  it('names the workbook\'s own 指标库 sheet as the automatic choice when there is one', async () => {
    const withCatalog = new FakeExcel({ sheets: [{ name: '自评表' }, { name: '指标库' }] });
    withCatalog.setValues('自评表', 'A1', ROWS);
    withCatalog.setValues('指标库', 'A1', [
      ['指标名称', '目标值', '牵头单位'],
      ['单位GDP能耗', '≤1.2', '市发展改革委'],
    ]);
    renderPane(withCatalog);
    await waitFor(() => expect(catalogBox().textContent).toBe('自动：本工作簿的指标库工作表“指标库”'));
  });

  it('remembers a built-in choice for the ribbon commands and starts from the remembered one', async () => {
    const store = new MemoryCatalogStore();
    const first = renderPane(undefined, { store });
    fireEvent.click(catalogBox());
    // The built-in catalogs load just after the first paint.
    fireEvent.click(await screen.findByRole('option', { name: '唐山市创建国家生态文明建设示范市2022年度工作方案' }));
    expect(store.saved).toEqual({ kind: 'builtin', id: 'tangshan-2022' });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toContain('指标库：唐山市'));
    first.unmount();

    renderPane(undefined, { store });
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0))); // the first read of the workbook
    await waitFor(() => expect(catalogBox().textContent).toBe('唐山市创建国家生态文明建设示范市2022年度工作方案'));
    fireEvent.click(catalogBox());
    fireEvent.click(screen.getByRole('option', { name: '不使用指标库' }));
    expect(store.saved).toEqual({ kind: 'none' });
  });

  it('starts from automatic when the remembered catalog is one this version does not have', async () => {
    renderPane(undefined, { store: new MemoryCatalogStore({ kind: 'builtin', id: 'gone-2030' }) });
    await waitFor(() => expect(catalogBox().textContent).toMatch(/^自动/));
    fireEvent.click(catalogBox());
    expect((await screen.findAllByRole('option')).map((o) => o.getAttribute('aria-selected'))[0]).toBe('true');
  });
});
