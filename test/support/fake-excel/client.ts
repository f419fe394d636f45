// The Office.js request model: proxy objects queue operations; context.sync() sends them as one
// request, runs them in order against the workbook, and only then makes loaded properties readable.
// A failing operation stops the request where it is: what ran before it stays done, as in Excel.
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeWorkbookState } from './state';
import type { FakeEventHub } from './events';

export interface FakeOptions {
  /** Bytes of JSON a request or a response may have (Excel on the web: 5 MB); null for none (desktop). */
  payloadLimit?: number | null;
  /** Longest address list getRanges accepts (real Excel fails somewhere around 8,200 characters). */
  maxAreasAddressLength?: number;
  /** The highest ExcelApi requirement set the host supports, e.g. '1.17' (notes arrived in 1.18). */
  excelApi?: string;
  /** Milliseconds each sync() waits before the request runs, like the round trip to Excel (0: none). */
  latencyMs?: number;
}

export interface RequestRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code when the request failed. */
  failed?: string;
}

export interface FakeStats {
  syncs: number;
  requests: RequestRecord[];
  /** Operations queued on notes (NoteCollection / Note) objects. */
  notesCalls: number;
  screenUpdatingSuspended: number;
  /** Values, formulas and notes written into cells covered by a merged area (see merged-cells.ts). */
  coveredWrites: number;
}

export interface Session {
  state: FakeWorkbookState;
  options: Required<FakeOptions>;
  stats: FakeStats;
  cellEditMode: boolean;
  /** Excel's runtime.enableEvents. */
  enableEvents: boolean;
  supports(set: string, version: string): boolean;
  /** Worksheet onChanged handlers and the changes they are told of. */
  events: FakeEventHub;
}

/** What runs while a request is processed: loads add their results here, committed if it succeeds. */
export class BatchRun {
  readonly commits: (() => void)[] = [];
  responseBytes = 0;

  respond(name: string, value: unknown, commit: () => void): void {
    this.responseBytes += byteLength(JSON.stringify({ [name]: value === undefined ? null : value }));
    this.commits.push(commit);
  }
}

interface Operation {
  json: unknown;
  run(batch: BatchRun): void;
  /** ExcelApi version the operation needs. */
  api?: string;
}

const encoder = new TextEncoder();
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeRequestContextBase {
  private queue: Operation[] = [];
  private nextId = 1;

  constructor(readonly session: Session) {}

  newId(): number {
    return this.nextId++;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  /** Operations queued since the last sync. */
  queueLength(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.queue;
    this.queue = [];
    const { session } = this;
    session.stats.syncs++;
    const record: RequestRecord = { operations: operations.length, requestBytes: 0, responseBytes: 0 };
    session.stats.requests.push(record);
    await Promise.resolve();
    if (session.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, session.options.latencyMs));
    if (session.cellEditMode) {
      record.failed = 'InvalidOperationInCellEditMode';
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    }
    record.requestBytes = byteLength(JSON.stringify(operations.map((o) => o.json)));
    const limit = session.options.payloadLimit;
    if (limit !== null && record.requestBytes > limit) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.requestBytes} > ${limit} bytes).`);
    }
    const batch = new BatchRun();
    try {
      for (const operation of operations) {
        if (operation.api && !session.supports('ExcelApi', operation.api)) {
          throw new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (needs ExcelApi ${operation.api}).`);
        }
        operation.run(batch);
      }
    } catch (e) {
      record.failed = e instanceof FakeOfficeError ? e.code : 'GeneralException';
      throw e;
    }
    record.responseBytes = batch.responseBytes;
    if (limit !== null && batch.responseBytes > limit) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${batch.responseBytes} > ${limit} bytes).`);
    }
    for (const commit of batch.commits) commit();
    return passThroughValue as T;
  }
}

/** A method's result that is readable after the next sync, like OfficeExtension.ClientResult. */
export class FakeClientResult<V> {
  private ready = false;
  private result: V | undefined;

  get value(): V {
    if (!this.ready) throw propertyNotLoaded('value');
    return this.result as V;
  }

  set(value: V): void {
    this.result = value;
    this.ready = true;
  }
}

type Locate<T> = () => T | null;

/** A proxy that a request can bind; what _make needs of the proxies it returns. */
interface Bindable {
  readonly _id: number;
  _bind(batch: BatchRun, nullable: boolean): void;
}
type Readers<T> = Record<string, (target: T) => unknown>;

function parsePaths(arg: unknown): string[] {
  if (arg === undefined || arg === null) return ['*'];
  if (typeof arg === 'string') return arg.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parsePaths(a));
  if (typeof arg === 'object') {
    const { select, expand } = arg as { select?: string; expand?: string };
    if (select !== undefined || expand !== undefined) return [...parsePaths(select ?? ''), ...parsePaths(expand ?? '')];
    return Object.entries(arg as Record<string, unknown>).flatMap(([name, v]) =>
      v === true ? [name] : v && typeof v === 'object' ? parsePaths(v).map((p) => `${name}/${p}`) : [],
    );
  }
  throw new FakeOfficeError('InvalidArgument', 'load() needs property names.');
}

/**
 * A proxy. Made by a method (getItem, getRange, …) it is found when its creation runs in a request
 * and stays bound to what it found; a navigation property (format, fill, protection) is found
 * through its parent whenever it is used; a collection's item is bound from the start.
 */
export abstract class FakeClientObject<T> {
  readonly _id: number;
  protected _bound: T | null | undefined = undefined;
  protected readonly _loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContextBase,
    private readonly _locate: Locate<T>,
    readonly _path: string,
  ) {
    this._id = context.newId();
  }

  /** Scalar properties that load() can read. */
  protected abstract _readers(): Readers<T>;

  /** Navigation properties that load() can descend into. */
  protected _navigations(): Record<string, FakeClientObject<unknown>> {
    return {};
  }

  /** The items of a collection, bound to the targets as they are now; undefined for a non-collection. */
  protected _itemsNow(): FakeClientObject<unknown>[] | undefined {
    return undefined;
  }

  /** The ExcelApi version every operation on this object needs (notes: 1.18). */
  protected _api(): string | undefined {
    return undefined;
  }

  /** True for notes objects, whose operations are counted. */
  protected _isNotesApi(): boolean {
    return false;
  }

  private _queue(operation: Operation): void {
    if (this._isNotesApi()) (this.context.session.stats.notesCalls += 1);
    const api = [operation.api, this._api()].filter((v): v is string => !!v).sort(compareVersions).pop();
    this.context.enqueue({ ...operation, api });
  }

  /** Runs in the request: what this proxy stands for. A null object used for anything but load throws. */
  _target(): T {
    const target = this._bound !== undefined ? this._bound : this._locate();
    if (target === null) {
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this._path} is a null object).`);
    }
    return target;
  }

  /** Binds a proxy made by a method; `nullable` for the *OrNullObject methods. */
  _bind(batch: BatchRun, nullable: boolean): void {
    const found = this._locate();
    if (found === null && !nullable) {
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${this._path}.`);
    }
    this._bound = found;
    batch.commits.push(() => this._loaded.set('isNullObject', found === null));
  }

  _bindTo(target: T): this {
    this._bound = target;
    this._loaded.set('isNullObject', false);
    return this;
  }

  get isNullObject(): boolean {
    return this._get('isNullObject') as boolean;
  }

  protected _get(name: string): unknown {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name);
  }

  /** Queues the creation of a proxy returned by a method. */
  protected _make<C extends Bindable>(child: C, method: string, args: unknown[], options: { nullable?: boolean; api?: string } = {}): C {
    this._queue({
      json: { id: child._id, parent: this._id, method, args },
      api: options.api,
      run: (batch) => child._bind(batch, options.nullable ?? false),
    });
    return child;
  }

  /** Queues a property write. */
  protected _write(name: string, value: unknown, apply: (target: T) => void, api?: string): void {
    this._queue({ json: { id: this._id, set: name, value }, api, run: () => apply(this._target()) });
  }

  /** Queues a method call without a result. */
  protected _call(method: string, args: unknown[], apply: (target: T) => void, api?: string): void {
    this._queue({ json: { id: this._id, method, args }, api, run: () => apply(this._target()) });
  }

  /** Queues a method call whose result is readable after the sync. */
  protected _result<V>(method: string, args: unknown[], compute: (target: T) => V, api?: string): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this._queue({
      json: { id: this._id, method, args },
      api,
      run: (batch) => {
        const value = compute(this._target());
        batch.respond('value', value, () => result.set(value));
      },
    });
    return result;
  }

  load(arg?: unknown): this {
    const paths = parsePaths(arg);
    this._queue({ json: { id: this._id, load: paths }, run: (batch) => this._runLoad(paths, batch) });
    return this;
  }

  private _runLoad(paths: string[], batch: BatchRun): void {
    const target = this._bound !== undefined ? this._bound : this._locate();
    if (target === null) {
      batch.respond('isNullObject', true, () => this._loaded.set('isNullObject', true));
      return;
    }
    this._collect(paths, batch, this._target());
  }

  /** Reads the named paths now and makes them readable when the request succeeds. */
  _collect(paths: string[], batch: BatchRun, target: T = this._target()): void {
    const items = this._itemsNow();
    if (items) {
      const itemPaths = paths.map((p) => (p === 'items' ? '*' : p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== '');
      for (const item of items) item._collect(itemPaths.length ? itemPaths : ['*'], batch);
      batch.commits.push(() => this._loaded.set('items', items));
      return;
    }
    const readers = this._readers();
    const navigations = this._navigations();
    const byFirst = new Map<string, string[]>();
    for (const path of paths) {
      const [first, ...rest] = path.split('/');
      if (!byFirst.has(first)) byFirst.set(first, []);
      if (rest.length) byFirst.get(first)!.push(rest.join('/'));
    }
    for (const [name, rest] of byFirst) {
      if (name === '*' || name === '$all') {
        for (const [scalar, read] of Object.entries(readers)) this._respond(batch, scalar, read(target));
      } else if (readers[name]) {
        this._respond(batch, name, readers[name](target));
      } else if (navigations[name]) {
        navigations[name]._collect(rest.length ? rest : ['*'], batch);
      } else {
        throw new FakeOfficeError('InvalidArgument', `The property '${name}' does not exist on ${this._path}.`);
      }
    }
    batch.commits.push(() => this._loaded.set('isNullObject', false));
  }

  private _respond(batch: BatchRun, name: string, value: unknown): void {
    batch.respond(name, value, () => this._loaded.set(name, value));
  }

  /** Proxies passed as arguments are sent as references. */
  toJSON(): unknown {
    return { $ref: this._id };
  }
}

export function supportsVersion(max: string, version: string): boolean {
  return compareVersions(version, max) <= 0;
}
