// Excel tables (ListObjects): names and ranges, per workbook or per worksheet.
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { type FakeSheet, type FakeTable, type FakeWorkbookState } from './state';
import { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

export class FakeTableObject extends FakeClientObject<FakeTable> {
  readonly worksheet = new FakeWorksheet(this.context, () => this.sheetOf(this._target()), `${this._path}/worksheet`);

  private sheetOf(table: FakeTable): FakeSheet {
    const sheet = this.context.session.state.sheets.find((s) => s.id === table.sheetId && !s.deleted);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The table '${table.name}' is gone.`);
    return sheet;
  }

  protected _readers() {
    return {
      name: (t: FakeTable) => t.name,
      id: (t: FakeTable) => t.name,
      showHeaders: () => true,
    };
  }

  protected override _navigations() {
    return { worksheet: this.worksheet } as Record<string, FakeClientObject<unknown>>;
  }

  get name(): string {
    return this._get('name') as string;
  }

  private part(method: string, rows: (t: FakeTable) => { top: number; bottom: number }): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const table = this._target();
        const { top, bottom } = rows(table);
        if (bottom < top) throw new FakeOfficeError('ItemNotFound', `The table '${table.name}' has no data rows.`);
        return { sheet: this.sheetOf(table), rect: { ...table.rect, top, bottom } };
      },
      `${this._path}/${method}`,
    );
    return this._make(range, method, []);
  }

  getRange(): FakeRange {
    return this.part('getRange', (t) => ({ top: t.rect.top, bottom: t.rect.bottom }));
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (t) => ({ top: t.rect.top, bottom: t.rect.top }));
  }

  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (t) => ({ top: t.rect.top + 1, bottom: t.rect.bottom }));
  }
}

export class FakeTableCollection extends FakeClientObject<FakeWorkbookState> {
  constructor(
    context: FakeClientObject<unknown>['context'],
    locate: () => FakeWorkbookState | null,
    path: string,
    private readonly scope: () => FakeSheet | null,
  ) {
    super(context, locate, path);
  }

  protected _readers() {
    return {};
  }

  private tablesNow(state: FakeWorkbookState): FakeTable[] {
    const sheet = this.scope();
    const live = new Set(state.sheets.filter((s) => !s.deleted).map((s) => s.id));
    return state.tables.filter((t) => live.has(t.sheetId) && (!sheet || t.sheetId === sheet.id));
  }

  protected override _itemsNow() {
    return this.tablesNow(this._target()).map((t) =>
      new FakeTableObject(this.context, () => t, `${this._path}/items`)._bindTo(t),
    ) as FakeClientObject<unknown>[];
  }

  get items(): FakeTableObject[] {
    return this._get('items') as FakeTableObject[];
  }

  private lookup(method: string, name: string, nullable: boolean): FakeTableObject {
    const table = new FakeTableObject(
      this.context,
      () => this.tablesNow(this._target()).find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      `${this._path}/${method}(${name})`,
    );
    return this._make(table, method, [name], { nullable });
  }

  getItem(name: string): FakeTableObject {
    return this.lookup('getItem', name, false);
  }

  getItemOrNullObject(name: string): FakeTableObject {
    return this.lookup('getItemOrNullObject', name, true);
  }

  getCount() {
    return this._result('getCount', [], (state) => this.tablesNow(state).length);
  }
}
