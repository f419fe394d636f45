/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// exceljs's Node build (and its uuid) stands in for the browser build the pane bundles: the export
// conditions above keep jsdom from resolving uuid's browser ES modules, which jest cannot load.
import './setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseCatalog } from '../../src/core/catalog/load';
import { MERGE_JOURNAL_SHEET } from '../../src/core/journal';
import { MergePanel } from '../../src/taskpane/components/MergePanel';
import { paneStrings } from '../../src/taskpane/strings';
import { DEFAULT_SETTINGS } from '../../src/addin/jobs';
import { createOfficeHost } from '../../src/hosts/office';
import { FakeExcel } from '../support/fake-excel';
import { MASTER_HEADER, returnBytes, type ReturnSpec } from '../support/return-workbooks';
import { testCatalog } from '../cli/fixtures';

const SHEET = '汇总表';
const catalog = parseCatalog(testCatalog, 'test');

function masterFake(): FakeExcel {
  const fake = new FakeExcel({ sheets: [{ name: SHEET }] });
  fake.setValues(SHEET, 'A1', [
    ['指标汇总表'],
    MASTER_HEADER,
    [1, '生态经济', '第三产业占GDP比例', '%', '≥40', '指导性', 39, 41, '市发展改革委'],
    [2, '生态环境', '森林覆盖率', '%', '≥60', '约束性', null, null, '市林业局'],
  ]);
  return fake;
}

async function returnFile(spec: ReturnSpec, name = `${spec.department}.xlsx`): Promise<File> {
  return new File([new Uint8Array(await returnBytes(spec))], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

function renderPanel(fake: FakeExcel, rebuildSummary = jest.fn(async () => undefined)) {
  const host = createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
  const settings = { ...DEFAULT_SETTINGS, catalog: { kind: 'given' as const, catalog } };
  render(
    <FluentProvider theme={webLightTheme}>
      <MergePanel host={host} settings={settings} lang="zh-CN" tr={paneStrings('zh-CN')} rebuildSummary={rebuildSummary} now={() => new Date('2026-03-05T02:00:00Z')} />
    </FluentProvider>,
  );
  return { host, rebuildSummary };
}

function choose(files: File[]) {
  fireEvent.change(screen.getByLabelText('选择填报表文件（.xlsx，可多选）'), { target: { files } });
}

describe('task pane: 合并部门填报表', () => {
  it('reads the chosen returns in the browser, shows the conflicts, merges with overwrite and rebuilds the summary', async () => {
    const fake = masterFake();
    const { rebuildSummary } = renderPanel(fake);
    const notReturn = new File([new Uint8Array([1, 2, 3])], '说明.xlsx');
    choose([
      await returnFile({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 62 }] }),
      await returnFile({ department: '市发展改革委', catalogId: 'test-city', rows: [{ id: 't-02', name: '第三产业占GDP比例', value: 42 }] }),
      notReturn,
    ]);
    await screen.findByText('2个部门的填报表：可合并1个数值，0个与工作簿相同；未报送0个部门。');
    expect(screen.getByText(/^说明\.xlsx：无法读取，已跳过/)).toBeTruthy();
    expect(screen.getByText('第三产业占GDP比例（汇总表!H3）：工作簿41，填报市发展改革委 42')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: /用填报值覆盖冲突的数值/ }));
    fireEvent.click(screen.getByRole('button', { name: '合并' }));
    await screen.findByText('已合并2个数值，见“汇总情况”表；汇总表已重新生成。');
    expect(rebuildSummary).toHaveBeenCalledTimes(1);
    expect(fake.observe(SHEET, 'H4')).toMatchObject({ value: 62, note: '合并自市林业局填报表(市林业局.xlsx),填报日期2026-03-01' });
    expect(fake.observe(SHEET, 'H3').value).toBe(42);
    expect(fake.sheet(MERGE_JOURNAL_SHEET).visibility).toBe('VeryHidden');

    fireEvent.click(screen.getByRole('button', { name: '撤销合并' }));
    await screen.findByText('已撤销合并，恢复2个单元格。');
    expect(fake.observe(SHEET, 'H4').value).toBe('');
    expect(fake.observe(SHEET, 'H3').value).toBe(41);
    expect(rebuildSummary).toHaveBeenCalledTimes(2);
  });

  it('says so when no chosen file is a return, and when there is no merge to undo', async () => {
    renderPanel(masterFake());
    choose([new File([new Uint8Array([1])], 'a.xlsx')]);
    await screen.findByText('所选文件中没有部门填报表。');
    expect(screen.getByRole('button', { name: '合并' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '撤销合并' }));
    await waitFor(() => expect(screen.getByText('工作簿中没有合并记录，无需撤销。')).toBeTruthy());
  });

  it('shows a protected sheet’s refusal in one line, with nothing written', async () => {
    const fake = masterFake();
    fake.sheet(SHEET).protected = true;
    renderPanel(fake);
    choose([await returnFile({ department: '市林业局', catalogId: 'test-city', rows: [{ id: 't-03', name: '森林覆盖率', value: 62 }] })]);
    await screen.findByText(/可合并1个数值/);
    fireEvent.click(screen.getByRole('button', { name: '合并' }));
    await screen.findByText(/工作表"汇总表"受保护/);
    expect(fake.observe(SHEET, 'H4').value).toBe('');
  });
});
