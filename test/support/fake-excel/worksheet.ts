// Worksheets: ranges, used range, multi-area ranges, protection, visibility, tables, notes, charts, page layout.
import type { CellRect } from '../../../src/core/types';
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { MAX_COLUMNS, MAX_ROWS, splitSheet } from './addresses';
import { type FakeSheet, type FakeWorkbookState, assertStructureWritable, checkSheetName, liveSheets, usedRect } from './state';
import { FakeRange, FakeRangeAreas, rectOnSheet, rectWithin } from './range';
import { FakeNoteCollection } from './notes';
import { FakeChartCollection } from './charts';
import { FakeTableCollection } from './tables';
import { FakePageLayout } from './page-layout';
import type { FakeChangedHandler } from './events';

/** What worksheet.onChanged.add returns: remove() takes the handler off at the next sync of its context. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeWorksheet['context'],
    private readonly removeNow: () => void,
  ) {}

  remove(): void {
    this.context.enqueue({ json: { method: 'removeHandler' }, api: '1.7', run: () => this.removeNow() });
  }
}

/** WorksheetProtectionOptions as Excel reports them for a sheet protected without options. */
const PROTECTION_DEFAULTS: Required<Omit<Excel.WorksheetProtectionOptions, 'selectionMode'>> & { selectionMode: string } = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected _readers() {
    return {
      protected: (sheet: FakeSheet) => sheet.protected,
      options: (sheet: FakeSheet) => ({ ...PROTECTION_DEFAULTS, ...sheet.protectionOptions }),
    };
  }

  get protected(): boolean {
    return this._get('protected') as boolean;
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this._get('options') as Excel.WorksheetProtectionOptions;
  }

  /** Options from ExcelApi 1.2; the password argument from 1.7. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const args = password === undefined ? [options] : [options, password];
    this._call('protect', args, (sheet) => {
      if (sheet.protected) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      const unknown = Object.keys(options ?? {}).filter((k) => !(k in PROTECTION_DEFAULTS));
      if (unknown.length > 0) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: protection options ${unknown.join(', ')}.`);
      sheet.protected = true;
      sheet.protectionOptions = { ...options };
      sheet.protectionPassword = password ?? null;
    }, password === undefined ? '1.2' : '1.7');
  }

  /** A sheet protected with a password needs it (ExcelApi 1.7). */
  unprotect(password?: string): void {
    this._call('unprotect', password === undefined ? [] : [password], (sheet) => {
      if (sheet.protected && sheet.protectionPassword !== null && password !== sheet.protectionPassword) {
        throw new FakeOfficeError('InvalidArgument', 'The password you supplied is not correct.');
      }
      sheet.protected = false;
      sheet.protectionOptions = null;
      sheet.protectionPassword = null;
    }, password === undefined ? '1.2' : '1.7');
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly protection = new FakeWorksheetProtection(this.context, () => this._target(), `${this._path}/protection`);
  readonly tables: FakeTableCollection = new FakeTableCollection(this.context, () => this.context.session.state, `${this._path}/tables`, () => this._target());
  readonly notes: FakeNoteCollection = new FakeNoteCollection(this.context, () => this.context.session.state, `${this._path}/notes`, () => this._target());
  readonly charts: FakeChartCollection = new FakeChartCollection(this.context, () => this._target(), `${this._path}/charts`);
  readonly pageLayout: FakePageLayout = new FakePageLayout(this.context, () => this._target(), `${this._path}/pageLayout`);

  private get state(): FakeWorkbookState {
    return this.context.session.state;
  }

  /** Excel.Worksheet.onChanged (ExcelApi 1.7): the handler is registered when the request runs. */
  get onChanged(): { add(handler: FakeChangedHandler): FakeEventHandlerResult } {
    return {
      add: (handler) => {
        let sheetId: string | null = null;
        this._call('onChanged.add', [], (sheet) => {
          sheetId = sheet.id;
          this.context.session.events.add(sheet.id, handler);
        }, '1.7');
        return new FakeEventHandlerResult(this.context, () => {
          if (sheetId !== null) this.context.session.events.remove(sheetId, handler);
        });
      },
    };
  }

  override _target(): FakeSheet {
    const sheet = super._target();
    if (sheet.deleted) throw new FakeOfficeError('ItemNotFound', `The worksheet '${sheet.name}' was deleted.`);
    return sheet;
  }

  protected _readers() {
    return {
      name: (s: FakeSheet) => s.name,
      id: (s: FakeSheet) => s.id,
      visibility: (s: FakeSheet) => s.visibility,
      position: (s: FakeSheet) => liveSheets(this.state).indexOf(s),
    };
  }

  protected override _navigations() {
    return { protection: this.protection, tables: this.tables, notes: this.notes, charts: this.charts, pageLayout: this.pageLayout } as Record<
      string,
      FakeClientObject<unknown>
    >;
  }

  get name(): string {
    return this._get('name') as string;
  }
  set name(value: string) {
    this._write('name', value, (sheet) => {
      assertStructureWritable(this.state);
      checkSheetName(this.state, value, sheet);
      sheet.name = value;
    });
  }

  get id(): string {
    return this._get('id') as string;
  }
  get position(): number {
    return this._get('position') as number;
  }

  get visibility(): string {
    return this._get('visibility') as string;
  }
  set visibility(value: string) {
    this._write('visibility', value, (sheet) => {
      assertStructureWritable(this.state);
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw new FakeOfficeError('InvalidArgument', `Unknown visibility '${value}'.`);
      const othersVisible = liveSheets(this.state).some((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && !othersVisible) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      }
      sheet.visibility = value as FakeSheet['visibility'];
    }, '1.1');
  }

  private range(method: string, args: unknown[], rect: (sheet: FakeSheet) => CellRect | null, nullable = false, api?: string): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const sheet = this._target();
        const found = rect(sheet);
        return found ? { sheet, rect: found } : null;
      },
      `${this._path}/${method}`,
    );
    return this._make(range, method, args, { nullable, api });
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', [address], (sheet) =>
      address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : rectOnSheet(sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format: range indexes.');
      }
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    }, false, '1.7');
  }

  getCell(row: number, column: number): FakeRange {
    return this.range('getCell', [row, column], () => ({ top: row, left: column, bottom: row, right: column }));
  }

  /** The used range; a blank sheet gives A1, as Excel does. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range('getUsedRange', [valuesOnly], (sheet) => usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range('getUsedRangeOrNullObject', [valuesOnly], (sheet) => usedRect(sheet, valuesOnly), true, '1.4');
  }

  /** Comma- or semicolon-separated addresses; a list longer than the fake's limit fails as Excel's does. */
  getRanges(address?: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.context,
      () => {
        const sheet = this._target();
        if (address === undefined) return { sheet, rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }] };
        const limit = this.context.session.options.maxAreasAddressLength;
        if (address.length > limit) {
          throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: an address list of ${address.length} characters (the fake's limit is ${limit}).`);
        }
        const rects = address.split(/[,;]/).map((part) => {
          const { sheet: named, local } = splitSheet(part);
          if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
            throw new FakeOfficeError('InvalidArgument', `The address '${part}' is not on '${sheet.name}'.`);
          }
          return rectWithin(sheet, local.trim());
        });
        return { sheet, rects };
      },
      `${this._path}/getRanges`,
    );
    return this._make(areas, 'getRanges', [address], { api: '1.9' });
  }

  delete(): void {
    this._call('delete', [], (sheet) => {
      assertStructureWritable(this.state);
      if (sheet.visibility === 'VeryHidden') {
        throw new FakeOfficeError('InvalidOperation', 'A VeryHidden worksheet cannot be deleted; make it hidden or visible first.');
      }
      if (sheet.visibility === 'Visible' && !liveSheets(this.state).some((s) => s !== sheet && s.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      }
      sheet.deleted = true;
      this.state.tables = this.state.tables.filter((t) => t.sheetId !== sheet.id);
      if (this.state.activeSheetId === sheet.id) {
        this.state.activeSheetId = liveSheets(this.state).find((s) => s.visibility === 'Visible')?.id ?? null;
      }
    });
  }

  activate(): void {
    this._call('activate', [], (sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `The worksheet '${sheet.name}' is hidden.`);
      this.state.activeSheetId = sheet.id;
    });
  }
}
