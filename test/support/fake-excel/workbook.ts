// The workbook, its worksheet collection and protection, the application and the runtime.
import { FakeClientObject, FakeRequestContextBase, type Session } from './client';
import { type FakeSheet, type FakeWorkbookState, assertStructureWritable, checkSheetName, findSheet, liveSheets, newSheet } from './state';
import { FakeWorksheet } from './worksheet';
import { FakeTableCollection } from './tables';
import { FakeNoteCollection } from './notes';
import { FakeDocumentProperties } from './properties';

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookState> {
  protected _readers() {
    return {};
  }

  protected override _itemsNow() {
    return liveSheets(this._target()).map((sheet) =>
      new FakeWorksheet(this.context, () => sheet, `${this._path}/items`)._bindTo(sheet),
    ) as FakeClientObject<unknown>[];
  }

  get items(): FakeWorksheet[] {
    return this._get('items') as FakeWorksheet[];
  }

  private lookup(method: string, name: string, nullable: boolean): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => findSheet(this._target(), name), `${this._path}/${method}(${name})`);
    return this._make(sheet, method, [name], { nullable });
  }

  getItem(name: string): FakeWorksheet {
    return this.lookup('getItem', name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.lookup('getItemOrNullObject', name, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.context,
      () => {
        const state = this._target();
        return liveSheets(state).find((s) => s.id === state.activeSheetId) ?? null;
      },
      `${this._path}/getActiveWorksheet`,
    );
    return this._make(sheet, 'getActiveWorksheet', []);
  }

  getCount(visibleOnly = false) {
    return this._result('getCount', [visibleOnly], (state) => liveSheets(state).filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }

  /** Adds a sheet at the end; with no name, `SheetN`. */
  add(name?: string): FakeWorksheet {
    let added: FakeSheet | null = null;
    const sheet = new FakeWorksheet(this.context, () => added, `${this._path}/add(${name ?? ''})`);
    this._call('add', [name], (state) => {
      assertStructureWritable(state);
      let chosen = name;
      for (let i = 1; chosen === undefined; i++) if (!findSheet(state, `Sheet${i}`)) chosen = `Sheet${i}`;
      checkSheetName(state, chosen);
      added = newSheet(state, chosen);
      state.sheets.push(added);
      sheet._bindTo(added);
    });
    return sheet;
  }
}

export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookState> {
  protected _readers() {
    return { protected: (state: FakeWorkbookState) => state.protected };
  }

  get protected(): boolean {
    return this._get('protected') as boolean;
  }
}

export class FakeApplication extends FakeClientObject<FakeWorkbookState> {
  protected _readers() {
    return { calculationMode: () => 'Automatic' };
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {
      this.context.session.stats.screenUpdatingSuspended++;
    }, '1.9');
  }
}

export class FakeRuntime extends FakeClientObject<Session> {
  protected _readers() {
    return { enableEvents: (session: Session) => session.enableEvents };
  }

  get enableEvents(): boolean {
    return this._get('enableEvents') as boolean;
  }
  set enableEvents(value: boolean) {
    this._write('enableEvents', value, (session) => (session.enableEvents = value), '1.8');
  }
}

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
  readonly worksheets = new FakeWorksheetCollection(this.context, () => this._target(), 'workbook/worksheets');
  readonly tables: FakeTableCollection = new FakeTableCollection(this.context, () => this._target(), 'workbook/tables', () => null);
  readonly notes: FakeNoteCollection = new FakeNoteCollection(this.context, () => this._target(), 'workbook/notes', () => null);
  readonly protection = new FakeWorkbookProtection(this.context, () => this._target(), 'workbook/protection');
  readonly application = new FakeApplication(this.context, () => this._target(), 'workbook/application');
  readonly properties = new FakeDocumentProperties(this.context, () => this._target(), 'workbook/properties');

  protected _readers() {
    return { name: () => 'Book1.xlsx' };
  }

  protected override _navigations() {
    return {
      worksheets: this.worksheets,
      tables: this.tables,
      protection: this.protection,
      application: this.application,
      properties: this.properties,
    } as Record<string, FakeClientObject<unknown>>;
  }
}

export class FakeRequestContext extends FakeRequestContextBase {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;

  constructor(session: Session) {
    super(session);
    this.workbook = new FakeWorkbook(this, () => session.state, 'workbook');
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this, () => session, 'runtime');
  }
}
