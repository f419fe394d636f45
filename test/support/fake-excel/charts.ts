// Charts: enough of ChartCollection, Chart, its title and series for a column chart of a table.
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { qualifiedA1 } from './addresses';
import { readValue } from './cell-input';
import { type FakeChart, type FakeChartSeries, type FakeSheet, assertWritable, cellAt } from './state';
import { FakeRange, rectOnSheet } from './range';

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}

interface SeriesTarget extends ChartTarget {
  series: FakeChartSeries;
}

function liveChart(t: ChartTarget): ChartTarget {
  if (t.sheet.deleted || !t.sheet.charts.includes(t.chart)) throw new FakeOfficeError('ItemNotFound', 'The chart was deleted.');
  return t;
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  protected _readers() {
    return { text: (t: ChartTarget) => t.chart.title ?? '' };
  }

  get text(): string {
    return this._get('text') as string;
  }
  set text(value: string) {
    this._write('text', value, (t) => {
      assertWritable(t.sheet, 'chart/title');
      t.chart.title = value;
    });
  }
}

export class FakeChartSeriesObject extends FakeClientObject<SeriesTarget> {
  protected _readers() {
    return { name: (t: SeriesTarget) => t.series.name };
  }

  override _target(): SeriesTarget {
    const t = super._target();
    liveChart(t);
    if (!t.chart.series.includes(t.series)) throw new FakeOfficeError('ItemNotFound', 'The series was deleted.');
    return t;
  }

  get name(): string {
    return this._get('name') as string;
  }

  delete(): void {
    this._call('delete', [], (t) => {
      assertWritable(t.sheet, 'chart/series/delete');
      t.chart.series.splice(t.chart.series.indexOf(t.series), 1);
    }, '1.7');
  }

  setValues(source: FakeRange): void {
    this._call('setValues', [source], (t) => {
      const { sheet, rect } = source._target();
      t.series.values = qualifiedA1(sheet.name, rect);
    }, '1.7');
  }

  setXAxisValues(source: FakeRange): void {
    this._call('setXAxisValues', [source], (t) => {
      const { sheet, rect } = source._target();
      t.series.categories = qualifiedA1(sheet.name, rect);
    }, '1.7');
  }
}

export class FakeChartSeriesCollection extends FakeClientObject<ChartTarget> {
  protected _readers() {
    return { count: (t: ChartTarget) => t.chart.series.length };
  }

  protected override _itemsNow() {
    const t = liveChart(this._target());
    return t.chart.series.map((series) => {
      const target = { ...t, series };
      return new FakeChartSeriesObject(this.context, () => target, `${this._path}/items`)._bindTo(target);
    }) as FakeClientObject<unknown>[];
  }

  get items(): FakeChartSeriesObject[] {
    return this._get('items') as FakeChartSeriesObject[];
  }

  getItemAt(index: number): FakeChartSeriesObject {
    const series = new FakeChartSeriesObject(
      this.context,
      () => {
        const t = liveChart(this._target());
        const found = t.chart.series[index];
        if (!found) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index}.`);
        return { ...t, series: found };
      },
      `${this._path}/getItemAt(${index})`,
    );
    return this._make(series, 'getItemAt', [index]);
  }
}

export class FakeChartObject extends FakeClientObject<ChartTarget> {
  readonly title = new FakeChartTitle(this.context, () => liveChart(this._target()), `${this._path}/title`);
  readonly series = new FakeChartSeriesCollection(this.context, () => liveChart(this._target()), `${this._path}/series`);

  protected _readers() {
    return {
      name: (t: ChartTarget) => t.chart.name,
      chartType: (t: ChartTarget) => t.chart.type,
    };
  }

  protected override _navigations() {
    return { title: this.title, series: this.series } as Record<string, FakeClientObject<unknown>>;
  }

  get name(): string {
    return this._get('name') as string;
  }
  set name(value: string) {
    this._write('name', value, (t) => {
      assertWritable(t.sheet, 'chart/name');
      t.chart.name = value;
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const address = (t: ChartTarget, cell: FakeRange | string) =>
      typeof cell === 'string' ? qualifiedA1(t.sheet.name, rectOnSheet(t.sheet, cell)) : qualifiedA1(t.sheet.name, cell._target().rect);
    this._call('setPosition', [startCell, endCell], (t) => {
      assertWritable(t.sheet, 'chart/setPosition');
      t.chart.position = { start: address(t, startCell), end: endCell === undefined ? null : address(t, endCell) };
    });
  }
}

function textOf(sheet: FakeSheet, row: number, col: number): string {
  return String(readValue(cellAt(sheet, row, col)));
}

export class FakeChartCollection extends FakeClientObject<FakeSheet> {
  protected _readers() {
    return { count: (sheet: FakeSheet) => sheet.charts.length };
  }

  protected override _itemsNow() {
    const sheet = this._target();
    return sheet.charts.map((chart) => {
      const target = { sheet, chart };
      return new FakeChartObject(this.context, () => target, `${this._path}/items`)._bindTo(target);
    }) as FakeClientObject<unknown>[];
  }

  get items(): FakeChartObject[] {
    return this._get('items') as FakeChartObject[];
  }

  /** The first row names the series, the first column holds the categories (series by columns). */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChartObject {
    let target: ChartTarget | null = null;
    const chart = new FakeChartObject(this.context, () => target, `${this._path}/add`);
    this._call('add', [type, sourceData, seriesBy], (sheet) => {
      assertWritable(sheet, 'charts/add');
      const { sheet: sourceSheet, rect } = sourceData._target();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && cols > rows);
      const series: FakeChartSeries[] = [];
      if (!byRows) {
        const hasCategories = cols > 1;
        for (let c = rect.left + (hasCategories ? 1 : 0); c <= rect.right; c++) {
          series.push({
            name: rows > 1 ? textOf(sourceSheet, rect.top, c) : `Series${series.length + 1}`,
            values: qualifiedA1(sourceSheet.name, { top: rect.top + (rows > 1 ? 1 : 0), bottom: rect.bottom, left: c, right: c }),
            categories: hasCategories ? qualifiedA1(sourceSheet.name, { ...rect, top: rect.top + (rows > 1 ? 1 : 0), right: rect.left }) : null,
          });
        }
      } else {
        for (let r = rect.top + 1; r <= rect.bottom; r++) {
          series.push({
            name: textOf(sourceSheet, r, rect.left),
            values: qualifiedA1(sourceSheet.name, { top: r, bottom: r, left: rect.left + 1, right: rect.right }),
            categories: qualifiedA1(sourceSheet.name, { top: rect.top, bottom: rect.top, left: rect.left + 1, right: rect.right }),
          });
        }
      }
      const state = this.context.session.state;
      const made: FakeChart = {
        name: `Chart ${state.nextChartId++}`,
        type,
        source: qualifiedA1(sourceSheet.name, rect),
        title: null,
        position: null,
        series,
      };
      sheet.charts.push(made);
      target = { sheet, chart: made };
      chart._bindTo(target);
    }, '1.1');
    return chart;
  }
}
