// Notes (the ExcelApi 1.18 notes API; `comments` are threaded comments, a different thing). Every
// operation needs ExcelApi 1.18 and is counted, so tests can tell that none was made.
import { countCoveredWrite } from './merged-cells';
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import { splitSheet } from './addresses';
import { type FakeSheet, type FakeWorkbookState, NOTE_AUTHOR, assertWritable, key, keyRowCol, liveSheets, sheetByName } from './state';
import { FakeRange, rectWithin } from './range';

/** Each sheet's note keys in order, kept until its notes change: getItemAt is called once per note. */
const keysInOrder = new WeakMap<FakeSheet, string[]>();

function noteKeysInOrder(sheet: FakeSheet): string[] {
  let keys = keysInOrder.get(sheet);
  if (!keys) keysInOrder.set(sheet, (keys = [...sheet.notes.keys()]));
  return keys;
}

function notesChanged(sheet: FakeSheet): void {
  keysInOrder.delete(sheet);
}

interface NoteTarget {
  sheet: FakeSheet;
  row: number;
  col: number;
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  protected override _api(): string {
    return '1.18';
  }
  protected override _isNotesApi(): boolean {
    return true;
  }

  protected _readers() {
    const note = (t: NoteTarget) => t.sheet.notes.get(key(t.row, t.col))!;
    return {
      content: (t: NoteTarget) => note(t).content,
      authorName: (t: NoteTarget) => note(t).author,
    };
  }

  override _target(): NoteTarget {
    const target = super._target();
    if (target.sheet.deleted || !target.sheet.notes.has(key(target.row, target.col))) {
      throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist: the note was deleted.");
    }
    return target;
  }

  get content(): string {
    return this._get('content') as string;
  }
  set content(value: string) {
    this._write('content', value, (t) => {
      assertWritable(t.sheet, 'note');
      t.sheet.notes.get(key(t.row, t.col))!.content = String(value);
    });
  }

  get authorName(): string {
    return this._get('authorName') as string;
  }

  delete(): void {
    this._call('delete', [], (t) => {
      assertWritable(t.sheet, 'note');
      t.sheet.notes.delete(key(t.row, t.col));
      notesChanged(t.sheet);
    });
  }

  getLocation(): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const t = this._target();
        return { sheet: t.sheet, rect: { top: t.row, left: t.col, bottom: t.row, right: t.col } };
      },
      `${this._path}/getLocation`,
    );
    return this._make(range, 'getLocation', []);
  }
}

/** Notes of one worksheet (`scope`), or of the whole workbook (scope null: addresses must name the sheet). */
export class FakeNoteCollection extends FakeClientObject<FakeWorkbookState> {
  constructor(
    context: FakeClientObject<unknown>['context'],
    locate: () => FakeWorkbookState | null,
    path: string,
    private readonly scope: () => FakeSheet | null,
  ) {
    super(context, locate, path);
  }

  protected override _api(): string {
    return '1.18';
  }
  protected override _isNotesApi(): boolean {
    return true;
  }

  protected _readers() {
    return {};
  }

  private sheets(state: FakeWorkbookState): FakeSheet[] {
    const sheet = this.scope();
    return sheet ? [sheet] : liveSheets(state);
  }

  protected override _itemsNow() {
    const state = this._target();
    return this.sheets(state).flatMap((sheet) =>
      [...sheet.notes.keys()].map((k) => {
        const [row, col] = k.split(',').map(Number);
        const target = { sheet, row, col };
        return new FakeNote(this.context, () => target, `${this._path}/items`)._bindTo(target);
      }),
    ) as FakeClientObject<unknown>[];
  }

  get items(): FakeNote[] {
    return this._get('items') as FakeNote[];
  }

  /** The cell a note key or address names. */
  private cellOf(state: FakeWorkbookState, address: string | FakeRange): NoteTarget {
    if (address instanceof FakeRange) {
      const { sheet, rect } = address._target();
      if (rect.top !== rect.bottom || rect.left !== rect.right) {
        throw new FakeOfficeError('InvalidArgument', 'A note needs a single cell.');
      }
      return { sheet, row: rect.top, col: rect.left };
    }
    const { sheet: named, local } = splitSheet(address);
    const scoped = this.scope();
    const sheet = named !== null ? sheetByName(state, named) : scoped;
    if (!sheet || (scoped && sheet !== scoped)) {
      throw new FakeOfficeError('InvalidArgument', `InvalidCellAddress: '${address}' does not name a cell of this collection.`);
    }
    const rect = rectWithin(sheet, local);
    if (rect.top !== rect.bottom || rect.left !== rect.right) {
      throw new FakeOfficeError('InvalidArgument', `InvalidCellAddress: '${address}' is not a single cell.`);
    }
    return { sheet, row: rect.top, col: rect.left };
  }

  add(cellAddress: string | FakeRange, content: unknown): FakeNote {
    let target: NoteTarget | null = null;
    const note = new FakeNote(this.context, () => target, `${this._path}/add`);
    this._call('add', [cellAddress, content], (state) => {
      const cell = this.cellOf(state, cellAddress);
      assertWritable(cell.sheet, 'notes/add');
      if (cell.sheet.notes.has(key(cell.row, cell.col))) {
        throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      }
      countCoveredWrite(this.context.session.stats, cell.sheet, cell.row, cell.col, content);
      cell.sheet.notes.set(key(cell.row, cell.col), { content: String(content), author: NOTE_AUTHOR });
      notesChanged(cell.sheet);
      target = cell;
      note._bindTo(cell);
    });
    return note;
  }

  private lookup(method: string, keyText: string, nullable: boolean): FakeNote {
    const note = new FakeNote(
      this.context,
      () => {
        const cell = this.cellOf(this._target(), keyText);
        return cell.sheet.notes.has(key(cell.row, cell.col)) ? cell : null;
      },
      `${this._path}/${method}(${keyText})`,
    );
    return this._make(note, method, [keyText], { nullable });
  }

  getItem(keyText: string): FakeNote {
    return this.lookup('getItem', keyText, false);
  }

  getItemOrNullObject(keyText: string): FakeNote {
    return this.lookup('getItemOrNullObject', keyText, true);
  }

  /** By position: sheet by sheet, in the order the notes were added. */
  getItemAt(index: number): FakeNote {
    const note = new FakeNote(
      this.context,
      () => {
        let rest = index;
        for (const sheet of this.sheets(this._target())) {
          const keys = noteKeysInOrder(sheet);
          if (rest < keys.length) return { sheet, ...keyRowCol(keys[rest]) };
          rest -= keys.length;
        }
        return null;
      },
      `${this._path}/getItemAt(${index})`,
    );
    return this._make(note, 'getItemAt', [index]);
  }

  getCount() {
    return this._result('getCount', [], (state) => this.sheets(state).reduce((n, s) => n + s.notes.size, 0));
  }
}
