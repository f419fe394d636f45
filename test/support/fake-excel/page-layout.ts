// Page layout (Worksheet.pageLayout, ExcelApi 1.9): orientation, paper size, centring, gridlines,
// the zoom that fits the print to pages, the rows printed on every page, and the footers. Enough for
// the sheets the tool makes; every property is write-checked and kept on the fake sheet.
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { type FakeSheet, assertWritable } from './state';

const API = '1.9';
const ORIENTATIONS = ['Portrait', 'Landscape'];

function layoutOf(sheet: FakeSheet): Record<string, unknown> {
  sheet.pageLayout ??= {};
  return sheet.pageLayout;
}

function invalid(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what}.`);
}

export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  protected _readers() {
    return {
      leftFooter: (s: FakeSheet) => (layoutOf(s).leftFooter as string | undefined) ?? '',
      centerFooter: (s: FakeSheet) => (layoutOf(s).centerFooter as string | undefined) ?? '',
      rightFooter: (s: FakeSheet) => (layoutOf(s).rightFooter as string | undefined) ?? '',
    };
  }

  private _set(name: string, value: string): void {
    this._write(name, value, (sheet) => {
      assertWritable(sheet, `pageLayout/headersFooters/${name}`);
      if (typeof value !== 'string') throw invalid(name);
      layoutOf(sheet)[name] = value;
    }, API);
  }

  get leftFooter(): string {
    return this._get('leftFooter') as string;
  }
  set leftFooter(value: string) {
    this._set('leftFooter', value);
  }
  get centerFooter(): string {
    return this._get('centerFooter') as string;
  }
  set centerFooter(value: string) {
    this._set('centerFooter', value);
  }
  get rightFooter(): string {
    return this._get('rightFooter') as string;
  }
  set rightFooter(value: string) {
    this._set('rightFooter', value);
  }
}

export class FakeHeadersFooters extends FakeClientObject<FakeSheet> {
  readonly defaultForAllPages = new FakeHeaderFooter(this.context, () => this._target(), `${this._path}/defaultForAllPages`);

  protected _readers() {
    return {};
  }

  protected override _navigations() {
    return { defaultForAllPages: this.defaultForAllPages } as Record<string, FakeClientObject<unknown>>;
  }
}

export class FakePageLayout extends FakeClientObject<FakeSheet> {
  readonly headersFooters = new FakeHeadersFooters(this.context, () => this._target(), `${this._path}/headersFooters`);

  protected _readers() {
    return {
      orientation: (s: FakeSheet) => (layoutOf(s).orientation as string | undefined) ?? 'Portrait',
      paperSize: (s: FakeSheet) => (layoutOf(s).paperSize as string | undefined) ?? 'Letter',
      centerHorizontally: (s: FakeSheet) => (layoutOf(s).centerHorizontally as boolean | undefined) ?? false,
      printGridlines: (s: FakeSheet) => (layoutOf(s).printGridlines as boolean | undefined) ?? false,
      zoom: (s: FakeSheet) => (layoutOf(s).zoom as Excel.PageLayoutZoomOptions | undefined) ?? { scale: 100 },
    };
  }

  protected override _navigations() {
    return { headersFooters: this.headersFooters } as Record<string, FakeClientObject<unknown>>;
  }

  private _set(name: string, value: unknown, check: (value: unknown) => boolean): void {
    this._write(name, value, (sheet) => {
      assertWritable(sheet, `pageLayout/${name}`);
      if (!check(value)) throw invalid(`pageLayout.${name}`);
      layoutOf(sheet)[name] = structuredClone(value);
    }, API);
  }

  get orientation(): string {
    return this._get('orientation') as string;
  }
  set orientation(value: string) {
    this._set('orientation', value, (v) => ORIENTATIONS.includes(v as string));
  }
  get paperSize(): string {
    return this._get('paperSize') as string;
  }
  set paperSize(value: string) {
    this._set('paperSize', value, (v) => typeof v === 'string' && v !== '');
  }
  get centerHorizontally(): boolean {
    return this._get('centerHorizontally') as boolean;
  }
  set centerHorizontally(value: boolean) {
    this._set('centerHorizontally', value, (v) => typeof v === 'boolean');
  }
  get printGridlines(): boolean {
    return this._get('printGridlines') as boolean;
  }
  set printGridlines(value: boolean) {
    this._set('printGridlines', value, (v) => typeof v === 'boolean');
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get('zoom') as Excel.PageLayoutZoomOptions;
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    // Excel takes either a scale or pages to fit to, not both.
    this._set('zoom', value, (v) => {
      const z = v as Excel.PageLayoutZoomOptions;
      const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
      return !!z && typeof z === 'object' && !(fit && z.scale !== undefined);
    });
  }

  /** Rows printed on every page: an absolute row range such as `$1:$4`. */
  setPrintTitleRows(rows: string): void {
    this._call('setPrintTitleRows', [rows], (sheet) => {
      assertWritable(sheet, 'pageLayout/setPrintTitleRows');
      const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw invalid('setPrintTitleRows');
      layoutOf(sheet).printTitleRows = rows;
    }, API);
  }
}
