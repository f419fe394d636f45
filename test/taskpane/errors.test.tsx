/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { OfficeHost } from '../../src/hosts/office';
import { indicatorFake, renderPane, SHEET } from './pane';

async function loadCatalogFile(name: string, text: string) {
  fireEvent.click(screen.getByRole('combobox', { name: '指标库' }));
  fireEvent.click(screen.getByRole('option', { name: '从文件载入…' }));
  const input = screen.getByLabelText('选择指标库 JSON 文件');
  // jsdom 20's File has no text(); its FileReader is too slow to wait for here.
  const file = Object.assign(new File([text], name, { type: 'application/json' }), { text: async () => text });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('task pane: errors and warnings', () => {
  it('says what to do about a protected sheet, and nothing is written', async () => {
    const fake = indicatorFake({ protectedSheet: true });
    const before = fake.save();
    renderPane(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/工作表"自评表"受保护,无法写入标记。请先撤销工作表保护/);
    expect(screen.getByText(/工作簿未做任何修改/).closest('.fui-MessageBar')).not.toBeNull();
    expect(fake.save()).toEqual(before);
    expect(screen.queryByRole('region', { name: '核查结果' })).toBeNull();

    // Dismissable.
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText(/受保护/)).toBeNull();
  });

  it('rejects a bad catalog file with the field and the reason', async () => {
    renderPane();
    await loadCatalogFile('my-plan.json', JSON.stringify({ id: 'my-plan', title: '本市方案', indicators: [{ id: 'a', name: '森林覆盖率', lead: [], coop: [], sourceText: 'x' }] }));
    const message = await screen.findByText(/指标库 my-plan\.json 有误/);
    expect(message.textContent).toContain('indicators[0].target');
    expect(message.textContent).toContain('缺少此字段');
    // The choice stays automatic.
    expect(screen.getByRole('combobox', { name: '指标库' }).textContent).toMatch(/^自动/);

    await loadCatalogFile('broken.json', '{ "id": ');
    expect(await screen.findByText(/指标库 broken\.json 不是有效的 JSON 文件/)).toBeTruthy();
  });

  it('takes a good catalog file and checks with it', async () => {
    const { fake } = renderPane();
    const catalog = {
      id: 'my-plan',
      title: '本市生态文明建设方案',
      indicators: [{ id: 'm1', name: '单位GDP能耗', unit: '吨标煤/万元', target: '≤1.5', lead: ['市发展改革委'], coop: [], sourceText: '单位GDP能耗≤1.5' }],
    };
    await loadCatalogFile('my-plan.json', JSON.stringify(catalog));
    await screen.findByText('已载入指标库“本市生态文明建设方案”（1项指标）。');
    expect(screen.getByRole('combobox', { name: '指标库' }).textContent).toBe('文件：本市生态文明建设方案');
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/指标库：本市生态文明建设方案/);
    // The workbook's own target (≤1.1) still applies; the catalog's differs.
    expect(fake.observe(SHEET, 'E4').note).toContain('指标库:≤1.5');
  });

  it('asks for a catalog before 填写责任单位 when none is chosen', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('combobox', { name: '指标库' }));
    fireEvent.click(screen.getByRole('option', { name: '不使用指标库' }));
    fireEvent.click(screen.getByRole('button', { name: '填写责任单位' }));
    await screen.findByText(/填写责任单位需要指标库/);
  });

  it('wraps anything else in a generic message that asks to try again', async () => {
    const fake = indicatorFake();
    const host: OfficeHost = {
      run: () => Promise.reject(new Error('unreachable')),
      readGrid: () => Promise.reject(new Error('RichApi.Error: connection lost')),
      apply: () => Promise.reject(new Error('unreachable')),
      readRows: () => Promise.reject(new Error('unreachable')),
      applyRows: () => Promise.reject(new Error('unreachable')),
      clear: () => Promise.reject(new Error('unreachable')),
      selectCell: () => Promise.resolve(),
      addReturnSheets: () => Promise.reject(new Error('unreachable')),
      merge: () => Promise.reject(new Error('unreachable')),
      undoMerge: () => Promise.reject(new Error('unreachable')),
      readStamp: () => Promise.resolve(null),
      writeStamp: () => Promise.resolve(false),
      removeStamp: () => Promise.resolve(),
      lastStats: null,
    };
    renderPane(fake, { host });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('操作失败：RichApi.Error: connection lost。请重试。');
  });

  it('warns once per session when Excel has no notes API', async () => {
    renderPane(indicatorFake({ excelApi: '1.17' }));
    const notice = /此版本 Excel 不支持批注接口，标记的原因只显示在本面板和汇总表中。/;
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(notice);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText(notice)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toMatch(/^已核查9项指标/));
    expect(screen.queryByText(notice)).toBeNull();
  });
});
