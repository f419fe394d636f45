// workbook.properties.custom (ExcelApi 1.7): the workbook's custom document properties. Keys are
// case-insensitive; add() creates a property or sets the value of an existing one (keeping its key's
// spelling); outside Excel on the web keys and values are trimmed to 255 characters (valueLimit).
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import type { FakeCustomProperty, FakeWorkbookState } from './state';

type PropertyValue = FakeCustomProperty['value'];

function typeOf(value: unknown): FakeCustomProperty['type'] {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Number' : 'Float';
  if (value instanceof Date) return 'Date';
  return 'String';
}

function trimmed(text: string, limit: number | null): string {
  return limit === null ? text : text.slice(0, limit);
}

function stored(value: unknown, limit: number | null): PropertyValue {
  if (typeof value === 'string') return trimmed(value, limit);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  throw new FakeOfficeError('InvalidArgument', 'A custom property value must be a string, number, boolean or date.');
}

export class FakeCustomPropertyItem extends FakeClientObject<{ state: FakeWorkbookState; key: string }> {
  protected override _api(): string {
    return '1.7';
  }

  protected _readers() {
    const property = (t: { state: FakeWorkbookState; key: string }) => t.state.customProperties.get(t.key.toLowerCase())!;
    return {
      key: (t: { state: FakeWorkbookState; key: string }) => property(t).key,
      value: (t: { state: FakeWorkbookState; key: string }) => property(t).value,
      type: (t: { state: FakeWorkbookState; key: string }) => property(t).type,
    };
  }

  override _target(): { state: FakeWorkbookState; key: string } {
    const target = super._target();
    if (!target.state.customProperties.has(target.key.toLowerCase())) {
      throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist: the custom property was deleted.");
    }
    return target;
  }

  get key(): string {
    return this._get('key') as string;
  }
  get type(): string {
    return this._get('type') as string;
  }
  get value(): PropertyValue {
    return this._get('value') as PropertyValue;
  }
  set value(value: PropertyValue) {
    this._write('value', value, (t) => {
      const property = t.state.customProperties.get(t.key.toLowerCase())!;
      property.value = stored(value, t.state.customPropertyLimit);
      property.type = typeOf(value);
    });
  }

  delete(): void {
    this._call('delete', [], (t) => t.state.customProperties.delete(t.key.toLowerCase()));
  }
}

export class FakeCustomPropertyCollection extends FakeClientObject<FakeWorkbookState> {
  protected override _api(): string {
    return '1.7';
  }

  protected _readers() {
    return {};
  }

  protected override _itemsNow() {
    const state = this._target();
    return [...state.customProperties.values()].map((p) => {
      const target = { state, key: p.key };
      return new FakeCustomPropertyItem(this.context, () => target, `${this._path}/items`)._bindTo(target);
    }) as FakeClientObject<unknown>[];
  }

  get items(): FakeCustomPropertyItem[] {
    return this._get('items') as FakeCustomPropertyItem[];
  }

  add(key: string, value: unknown): FakeCustomPropertyItem {
    let target: { state: FakeWorkbookState; key: string } | null = null;
    const item = new FakeCustomPropertyItem(this.context, () => target, `${this._path}/add(${key})`);
    this._call('add', [key, value], (state) => {
      if (typeof key !== 'string' || key.trim() === '') throw new FakeOfficeError('InvalidArgument', 'A custom property needs a key.');
      const name = trimmed(key, state.customPropertyLimit);
      const existing = state.customProperties.get(name.toLowerCase());
      const property: FakeCustomProperty = { key: existing?.key ?? name, value: stored(value, state.customPropertyLimit), type: typeOf(value) };
      state.customProperties.set(name.toLowerCase(), property);
      target = { state, key: property.key };
      item._bindTo(target);
    });
    return item;
  }

  private lookup(method: string, key: string, nullable: boolean): FakeCustomPropertyItem {
    const item = new FakeCustomPropertyItem(
      this.context,
      () => {
        const state = this._target();
        const found = state.customProperties.get(String(key).toLowerCase());
        return found ? { state, key: found.key } : null;
      },
      `${this._path}/${method}(${key})`,
    );
    return this._make(item, method, [key], { nullable });
  }

  getItem(key: string): FakeCustomPropertyItem {
    return this.lookup('getItem', key, false);
  }

  getItemOrNullObject(key: string): FakeCustomPropertyItem {
    return this.lookup('getItemOrNullObject', key, true);
  }

  getCount() {
    return this._result('getCount', [], (state) => state.customProperties.size);
  }

  deleteAll(): void {
    this._call('deleteAll', [], (state) => state.customProperties.clear());
  }
}

/** workbook.properties: only its custom collection is modelled. */
export class FakeDocumentProperties extends FakeClientObject<FakeWorkbookState> {
  readonly custom = new FakeCustomPropertyCollection(this.context, () => this._target(), `${this._path}/custom`);

  protected override _api(): string {
    return '1.7';
  }

  protected _readers() {
    return {};
  }

  protected override _navigations() {
    return { custom: this.custom } as Record<string, FakeClientObject<unknown>>;
  }
}
