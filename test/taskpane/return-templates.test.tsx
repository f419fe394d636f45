/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { findBuiltInCatalog } from '../../src/catalogs';
import { returnSheetNames } from '../../src/core/returns/template';
import { findReturnMarkers } from '../../src/core/returns/format';
import { ReturnTemplatesAction } from '../../src/taskpane/components/ReturnTemplatesAction';
import { createOfficeHost } from '../../src/hosts/office';
import { FakeExcel } from '../support/fake-excel';
import { MemoryCatalogStore, indicatorFake, renderPane } from './pane';

const baoshan = findBuiltInCatalog('baoshan-2017')!;
const departments = [...new Set(baoshan.indicators.flatMap((i) => i.lead))];

/** The returns actions load just after the pane's first paint: wait for the button. */
async function make() {
  fireEvent.click(await screen.findByRole('button', { name: '生成部门填报表' }));
}

describe('task pane: 生成部门填报表', () => {
  it('adds one protected sheet per lead department of the chosen built-in catalog and says so', async () => {
    const { fake, host } = renderPane(indicatorFake(), { store: new MemoryCatalogStore({ kind: 'builtin', id: 'baoshan-2017' }) });
    fireEvent.change(await screen.findByRole('textbox', { name: '填报年度' }), { target: { value: '2026' } });
    await make();
    expect(await screen.findByText('正在生成部门填报表…')).toBeTruthy();
    const done = await screen.findByText(/^已添加12张部门填报表\(29项指标,2026年度\):填报表-市农业局、/);
    expect(done.textContent).toContain('部门只能填写黄色单元格');
    const names = returnSheetNames(departments);
    expect(fake.save().sheets.map((s) => s.name)).toEqual(['自评表', '说明', ...names]);
    expect(names.every((name) => fake.sheet(name).protected)).toBe(true);
    const { grid } = await host.readGrid();
    expect(findReturnMarkers(grid).map((m) => [m.department, m.year])).toEqual(departments.map((d) => [d, 2026]));
  });

  it('uses a catalog loaded from a JSON file', async () => {
    renderPane();
    const catalog = { ...baoshan, id: 'from-file', title: '文件指标库', indicators: baoshan.indicators.slice(0, 2) };
    const text = JSON.stringify(catalog);
    // jsdom's File has no text(), as in errors.test.tsx.
    const file = Object.assign(new File([text], 'catalog.json', { type: 'application/json' }), { text: async () => text });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('选择指标库 JSON 文件'), { target: { files: [file] } });
    });
    await screen.findByText(/已载入指标库"文件指标库"/);
    await make();
    expect(await screen.findByText(/^已添加2张部门填报表\(2项指标/)).toBeTruthy();
  });

  it('asks for a catalog when the choice is automatic or none, and writes nothing', async () => {
    const { fake } = renderPane();
    const before = fake.save();
    await make();
    expect(await screen.findByText(/生成部门填报表需要指标库/)).toBeTruthy();
    expect(fake.save()).toEqual(before);
  });

  it('says which sheet is in the way, and writes nothing', async () => {
    const fake = new FakeExcel({ sheets: [{ name: '自评表' }, { name: '填报表-市林业局' }] });
    const before = fake.save();
    renderPane(fake, { store: new MemoryCatalogStore({ kind: 'builtin', id: 'baoshan-2017' }) });
    await make();
    expect(await screen.findByText(/已有名为"填报表-市林业局"的工作表/)).toBeTruthy();
    expect(fake.save()).toEqual(before);
  });

  it('refuses a year that is not a four-digit year', async () => {
    renderPane(indicatorFake(), { store: new MemoryCatalogStore({ kind: 'builtin', id: 'baoshan-2017' }) });
    fireEvent.change(await screen.findByRole('textbox', { name: '填报年度' }), { target: { value: '26' } });
    await make();
    expect(await screen.findByText('填报年度"26"无效:请填写 1990–2100 之间的四位年份。')).toBeTruthy();
  });

  it('speaks English, and warns when Excel has no data validation', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] }, { excelApi: '1.7' });
    const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReturnTemplatesAction host={host} catalog={{ kind: 'builtin', id: 'baoshan-2017' }} lang="en" initialYear={2027} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Make departmental returns' }));
    const bar = await screen.findByText(/^Added 12 departmental return sheets \(29 indicators, year 2027\)/);
    expect(bar.textContent).toContain('This version of Excel has no data validation');
    await waitFor(() => expect(host.lastStats).toMatchObject({ operation: 'returns', syncs: 2 }));
  });
});
