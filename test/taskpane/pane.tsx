// The pane on an in-memory Excel workbook, through the real Office host: a sheet with an indicator
// table whose rows pass, fail, are missing, need review or do not apply.
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { ChangeHandler, ChangeWatcher } from '../../src/taskpane/change-watcher';
import type { CatalogStore } from '../../src/taskpane/catalog-store';
import type { CatalogRequest } from '../../src/addin/jobs';
import { createOfficeHost, type OfficeHost } from '../../src/hosts/office';
import { FakeExcel, type FakeOptions } from '../support/fake-excel';

export const SHEET = '自评表';

/** Header on row 1, data on rows 2–10; the value column is E. Statuses with the 保山市 catalog (chosen automatically). */
export const ROWS: unknown[][] = [
  ['序号', '指标名称', '单位', '目标值', '现状值', '牵头单位'],
  [1, '农民年人均纯收入', '元/人', '≥6000', 6800, '市农业局'], // pass
  [2, '第三产业占GDP比例', '%', '≥40', 38.5, '市发展改革委'], // fail, 指导性 → warning
  [3, '单位GDP能耗', '吨标煤/万元', '≤1.1', 1.3, '市工业信息化委'], // fail, 约束性 → error
  [4, '城市污水集中处理率', '%', '≥85', null, '市住房城乡建设局'], // missing → warning
  [5, '城镇生活垃圾无害化处理率', '%', '≥80', 92, '市住房城乡建设局'], // pass
  [6, '生态文明制度建设', '—', '有序推进', '正在推进', '市发展改革委'], // review
  [7, '城镇人均公共绿地面积', 'm2/人', '≥10', 8.5, '市住房城乡建设局'], // fail → error
  [8, '空气环境质量', '—', '达到功能区标准', '不适用', '市环境保护局'], // n/a
  [9, '林地面积增幅', '%', '≥0.05', 0.03, '市林业局'], // fail → error, a fuzzy match of 林地面积年增幅
];

export function indicatorFake(options: { protectedSheet?: boolean } & FakeOptions = {}): FakeExcel {
  const { protectedSheet = false, ...fakeOptions } = options;
  const fake = new FakeExcel({ sheets: [{ name: SHEET, protected: protectedSheet }, { name: '说明' }] }, fakeOptions);
  fake.setValues(SHEET, 'A1', ROWS);
  fake.setValues('说明', 'A1', [['填报说明']]);
  return fake;
}

/** A ChangeWatcher driven by the test: `fire` is what Excel's onChanged would do. */
export class FakeWatcher implements ChangeWatcher {
  readonly active = new Set<{ sheets: string[]; onChange: ChangeHandler }>();

  async watch(sheets: string[], onChange: ChangeHandler): Promise<() => Promise<void>> {
    const entry = { sheets, onChange };
    this.active.add(entry);
    return async () => {
      this.active.delete(entry);
    };
  }

  fire(sheet: string, address: string, reshaped?: boolean): void {
    for (const entry of this.active) if (entry.sheets.includes(sheet)) entry.onChange(sheet, address, reshaped);
  }

  watchedSheets(): string[] {
    return [...this.active].flatMap((entry) => entry.sheets);
  }
}

export class MemoryCatalogStore implements CatalogStore {
  saved: CatalogRequest | null;
  constructor(initial: CatalogRequest | null = null) {
    this.saved = initial;
  }
  load(): CatalogRequest | null {
    return this.saved;
  }
  save(request: CatalogRequest): void {
    this.saved = request;
  }
}

export interface Pane extends RenderResult {
  fake: FakeExcel;
  host: OfficeHost;
  watcher: FakeWatcher;
  store: MemoryCatalogStore;
}

export function renderPane(
  fake: FakeExcel = indicatorFake(),
  options: { store?: MemoryCatalogStore; recheckDelayMs?: number; host?: OfficeHost } = {},
): Pane {
  const host = options.host ?? createOfficeHost({ run: (batch) => fake.run(batch), isSetSupported: fake.isSetSupported });
  const watcher = new FakeWatcher();
  const store = options.store ?? new MemoryCatalogStore();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} watcher={watcher} catalogStore={store} recheckDelayMs={options.recheckDelayMs ?? 20} />
    </FluentProvider>,
  );
  return { ...result, fake, host, watcher, store };
}
