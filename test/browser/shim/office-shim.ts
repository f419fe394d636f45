// Served in place of Microsoft's office.js in the browser suite: `Office` and `Excel.run` as the task
// pane and the function file use them, backed by the in-memory workbook of test/support/fake-excel.
// The test sets window.__SHIM_CONFIG__ before the page loads and drives the workbook through
// window.__shim (cells, user edits, settings, what the add-in associated).
import { FakeExcel, type FakeOptions, type ObservedCell, type SavedWorkbook } from '../../support/fake-excel';
import { compareVersions } from '../../support/fake-excel/client';

export interface ShimConfig {
  workbook: SavedWorkbook;
  /** Rows written into sheets before the pane starts, from A1, as typed (FakeExcel.setValues). */
  rows: Record<string, unknown[][]>;
  /** The highest ExcelApi set the host supports: '1.7' (Office 2019), '1.14' (2021), '1.18' (Microsoft 365). */
  excelApi: string;
  /** Milliseconds per context.sync(). */
  latencyMs: number;
  displayLanguage: string;
  /** Office's theme colours; null where the host has none (as Excel on the web). */
  officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string } | null;
  /** The document's add-in settings when the workbook was opened. */
  settings: Record<string, unknown>;
  cellEditMode: boolean;
  /** Office.context.partitionKey (set on the web, undefined on the desktop). */
  partitionKey?: string;
}

type Handler = (...args: unknown[]) => unknown;

declare global {
  interface Window {
    __SHIM_CONFIG__?: Partial<ShimConfig>;
    __shim: ShimControl;
  }
}

export interface ShimControl {
  fake: FakeExcel;
  config: ShimConfig;
  /** The settings as last saved with saveAsync (what the document would keep). */
  savedSettings: Record<string, unknown>;
  associated: Record<string, Handler>;
  observe(sheet: string, address: string): ObservedCell;
  edit(sheet: string, topLeft: string, rows: unknown[][]): void;
  setCellEditMode(on: boolean): void;
  sheets(): string[];
  /** The range last selected, by the add-in or the user. */
  selection(): { sheet: string; address: string } | null;
  syncs(): number;
}

const DEFAULTS: ShimConfig = {
  workbook: { sheets: [{ name: 'Sheet1' }] },
  rows: {},
  excelApi: '1.18',
  latencyMs: 0,
  displayLanguage: 'zh-CN',
  officeTheme: null,
  settings: {},
  cellEditMode: false,
};

const config: ShimConfig = { ...DEFAULTS, ...(window.__SHIM_CONFIG__ ?? {}) };
const fakeOptions: FakeOptions = { excelApi: config.excelApi, latencyMs: config.latencyMs };
const fake = new FakeExcel(config.workbook, fakeOptions);
for (const [sheet, rows] of Object.entries(config.rows)) fake.setValues(sheet, 'A1', rows);
fake.cellEditMode = config.cellEditMode;

/** Requirement sets outside ExcelApi that this host answers yes to. */
const OTHER_SETS: Record<string, string> = { DialogApi: '1.2', RibbonApi: '1.1' };

function isSetSupported(name: string, version?: string): boolean {
  if (name === 'ExcelApi') return fake.isSetSupported(name, version);
  const max = OTHER_SETS[name];
  return max !== undefined && compareVersions(version ?? '1.1', max) <= 0;
}

/** Settings saved with saveAsync stay with the "document" across reloads of the page (kept in sessionStorage). */
const SAVED_SETTINGS = '__shim.documentSettings';
const reopened = window.sessionStorage.getItem(SAVED_SETTINGS);
if (reopened) config.settings = JSON.parse(reopened) as Record<string, unknown>;
const live: Record<string, unknown> = structuredClone(config.settings);
const control: ShimControl = {
  fake,
  config,
  savedSettings: structuredClone(config.settings),
  associated: {},
  observe: (sheet, address) => fake.observe(sheet, address),
  edit: (sheet, topLeft, rows) => fake.edit(sheet, topLeft, rows),
  setCellEditMode: (on) => {
    fake.cellEditMode = on;
  },
  sheets: () => fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name),
  selection: () => fake.state.selection,
  syncs: () => fake.stats.syncs,
};
window.__shim = control;

const settings = {
  get: (name: string) => (name in live ? live[name] : null),
  set: (name: string, value: unknown) => {
    live[name] = value;
  },
  remove: (name: string) => {
    delete live[name];
  },
  saveAsync: (optionsOrCallback?: unknown, maybeCallback?: unknown) => {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Handler | undefined;
    control.savedSettings = structuredClone(live);
    window.sessionStorage.setItem(SAVED_SETTINGS, JSON.stringify(live));
    setTimeout(() => callback?.({ status: 'succeeded', value: undefined }), 0);
  },
  refreshAsync: (callback?: Handler) => setTimeout(() => callback?.({ status: 'succeeded', value: settings }), 0),
  addHandlerAsync: (_type: unknown, _handler: unknown, callback?: Handler) => setTimeout(() => callback?.({ status: 'succeeded' }), 0),
};

const info = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  context: {
    host: 'Excel',
    platform: 'OfficeOnline',
    displayLanguage: config.displayLanguage,
    contentLanguage: config.displayLanguage,
    officeTheme: config.officeTheme ?? undefined,
    partitionKey: config.partitionKey,
    requirements: { isSetSupported },
    document: { settings },
    ui: {
      // The outcome dialog of the ribbon commands: not part of the pane; refused as a host without dialogs would.
      displayDialogAsync: (_url: string, _options: unknown, callback?: Handler) =>
        setTimeout(() => callback?.({ status: 'failed', error: { code: 12007, message: 'No dialogs in the browser suite.' } }), 0),
      messageParent: () => {},
    },
  },
  actions: {
    associate: (name: string, handler: Handler) => {
      control.associated[name] = handler;
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    return new Promise((resolve) => {
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0);
    });
  },
};

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run(batch), or Excel.run(context, batch) to reuse a context (as removing event handlers does). */
function run<T>(first: Batch<T> | Excel.RequestContext | { context?: Excel.RequestContext }, second?: Batch<T>): Promise<T> {
  if (typeof first === 'function') return fake.run(first);
  const context = (first as { context?: Excel.RequestContext }).context ?? (first as Excel.RequestContext);
  return second!(context);
}

const w = window as unknown as Record<string, unknown>;
w.Office = office;
w.Excel = { run };
