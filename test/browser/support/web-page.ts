// The offline web page (dist/web/指标核查助手.html) in Chromium, opened from file:// with no server:
// the suite's launch flags, downloads accepted, every request recorded (anything but the page's own
// file:// URL, blob: and data: refused and listed), the workers the page starts, the scripts it turns
// into blob: URLs (a worker's source, for the syntax checks), and helpers for the file choosers,
// the downloads and the screenshots at 1280 and 800 px.
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { DIST, LAUNCH_ARGS, SCREENSHOTS, chromiumPath, screenshot } from './browser';
import type { InputFile } from './web-workbooks';

export const WEB_PAGE = join(DIST, 'web', '指标核查助手.html');
export const WEB_URL = pathToFileURL(WEB_PAGE).href;

export interface WebSuite {
  browser: Browser;
  close(): Promise<void>;
}

export async function startWebSuite(): Promise<WebSuite> {
  if (!existsSync(WEB_PAGE)) throw new Error(`dist/web/指标核查助手.html is missing: run \`npm run build\` first (npm run test:browser does).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: LAUNCH_ARGS });
  return { browser, close: () => browser.close() };
}

export interface WebOptions {
  width?: number;
  height?: number;
  locale?: string;
  /** Take Worker away before the page's scripts run: the page must fall back to the main thread. */
  noWorker?: boolean;
  /** Init scripts, listeners: before the page is opened. */
  prepare?: (page: Page) => Promise<void> | void;
}

export interface OpenWeb {
  page: Page;
  context: BrowserContext;
  /** Every request the page and its workers made. */
  requests: string[];
  /** Requests to anything but the page's own file, blob: and data: (refused): should stay empty. */
  outside: string[];
  /** Errors thrown in the page. */
  errors: string[];
  /** The URLs of the workers the page started. */
  workers: string[];
  /** Every download the page offered, in order. */
  downloads: Download[];
  close(): Promise<void>;
}

/** A URL the page may load: its own file (with or without a fragment), blob: and data:. */
export function allowedUrl(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  const own = url.split('#')[0];
  return own === WEB_URL || decodeURI(own) === decodeURI(WEB_URL);
}

// A string, not a function: tsx's transform would add helpers (__name) that the page does not have.
const RECORD_BLOB_SCRIPTS = `(() => {
  window.__blobs = new Map();
  window.__workerUrls = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = create.apply(this, arguments);
    if (object instanceof Blob) window.__blobs.set(url, object);
    return url;
  };
  const W = window.Worker;
  if (typeof W === 'function') {
    window.Worker = new Proxy(W, {
      construct(target, args, newTarget) {
        window.__workerUrls.push(String(args[0]));
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
})();`;

const NO_WORKER = `(() => {
  try { delete window.Worker; } catch (e) {}
  try { Object.defineProperty(window, 'Worker', { value: undefined, configurable: true, writable: true }); } catch (e) {}
})();`;

export async function openWeb(suite: WebSuite, options: WebOptions = {}): Promise<OpenWeb> {
  const { width = 1280, height = 900, locale = 'zh-CN', noWorker = false, prepare } = options;
  const context = await suite.browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  const downloads: Download[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    if (!allowedUrl(request.url())) outside.push(request.url());
  });
  await context.route('**/*', (route) => (allowedUrl(route.request().url()) ? route.continue() : route.abort()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('download', (download) => downloads.push(download));
  await page.addInitScript(RECORD_BLOB_SCRIPTS);
  if (noWorker) await page.addInitScript(NO_WORKER);
  await prepare?.(page);
  await page.goto(WEB_URL);
  await page.getByTestId('tab-check').waitFor({ timeout: 30_000 });
  return { page, context, requests, outside, errors, workers, downloads, close: () => context.close() };
}

/** Gives files to one of the page's file choosers. */
export async function choose(page: Page, testId: string, files: InputFile | InputFile[]): Promise<void> {
  const list = Array.isArray(files) ? files : [files];
  await page.getByTestId(testId).setInputFiles(
    list.map((f) => ({ name: f.name, mimeType: mimeOf(f.name), buffer: Buffer.from(f.bytes) })),
  );
}

function mimeOf(name: string): string {
  if (/\.xlsx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.xlsm$/i.test(name)) return 'application/vnd.ms-excel.sheet.macroEnabled.12';
  if (/\.json$/i.test(name)) return 'application/json';
  return 'application/octet-stream';
}

export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/** Clicks a download link and reads what it gave. */
export async function download(page: Page, testId: string, timeout = 60_000): Promise<Downloaded> {
  const link = page.getByTestId(testId);
  await link.waitFor({ timeout });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), link.click()]);
  const path = await file.path();
  if (!path) throw new Error(`the download of ${testId} failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

/** Waits until no job runs (the progress indicator gone). */
export async function idle(page: Page, timeout = 120_000): Promise<void> {
  await page.getByTestId('progress').waitFor({ state: 'hidden', timeout });
}

/** Screenshots of the whole page at 1280 and 800 px wide into test-output/browser/web-<name>-<width>.png. */
export async function webScreenshots(page: Page, name: string): Promise<string[]> {
  const height = page.viewportSize()?.height ?? 900;
  const files: string[] = [];
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(100);
    files.push(await screenshot(page, `web-${name}`));
  }
  await page.setViewportSize({ width: 1280, height });
  return files;
}

/** The source of each worker the page started from a Blob URL. */
export async function blobScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __blobs: Map<string, Blob>; __workerUrls: string[] };
    return Promise.all(w.__workerUrls.map((url) => (w.__blobs.has(url) ? w.__blobs.get(url)!.text() : fetch(url).then((r) => r.text()))));
  });
}

/**
 * Clicks a job's run button and waits until `doneId` shows (its result or its download) or the error
 * line does; an error line fails with its text.
 */
export async function run(page: Page, runId: string, doneId: string, timeout = 120_000): Promise<void> {
  await page.getByTestId(runId).click();
  const done = page.getByTestId(doneId);
  const error = page.getByTestId('error');
  await done.or(error).first().waitFor({ timeout });
  if (await error.isVisible()) throw new Error(`the page says: ${await error.innerText()}`);
  await idle(page, timeout);
}

/** Clicks a job's run button and waits for the error line; returns its text. */
export async function runExpectingError(page: Page, runId: string, timeout = 60_000): Promise<string> {
  await page.getByTestId(runId).click();
  const error = page.getByTestId('error');
  await error.waitFor({ timeout });
  await idle(page, timeout);
  return (await error.innerText()).trim();
}

/** The error line's text: shown within a few seconds of choosing the files, or once the job is run. */
export async function errorShown(page: Page, runId: string): Promise<string> {
  const error = page.getByTestId('error');
  const shown = await error.waitFor({ timeout: 5_000 }).then(() => true, () => false);
  if (shown) return (await error.innerText()).trim();
  return runExpectingError(page, runId);
}
