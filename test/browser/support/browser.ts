// Chromium for the browser suite: Debian's chromium through playwright-core, the built pane served on
// 127.0.0.1, the office.js CDN address answered by the shim, and every other outside request refused
// (and recorded, so that a test can assert that nothing left the machine).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ShimConfig } from '../shim/office-shim';
import { serveDirectory, type StaticServer } from './server';
import { shimBundle } from './shim-bundle';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-output', 'browser');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}): apt-get install chromium, or set CHROMIUM_PATH.`);
  return found;
}

/** Chromium's flags for the suite: headless, no GPU, nothing fetched in the background. */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No --user-data-dir: playwright refuses it with launch() and gives every launch a fresh
  // temporary profile of its own, removed when the browser closes.
];

export interface Suite {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** One browser and one server for a test file. */
export async function startSuite(): Promise<Suite> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:browser does).');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: LAUNCH_ARGS,
  });
  const server = await serveDirectory(DIST);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface PaneOptions extends Partial<ShimConfig> {
  width?: number;
  height?: number;
  /** Page to open; the task pane by default. */
  path?: string;
  /** localStorage entries before the page loads. */
  localStorage?: Record<string, string>;
  /** Runs before the page is opened (init scripts, request listeners). */
  prepare?: (page: Page) => Promise<void> | void;
}

export interface OpenPane {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the local server and the shimmed office.js: should stay empty. */
  outside: string[];
  /** Errors thrown in the page. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPane(suite: Suite, options: PaneOptions = {}): Promise<OpenPane> {
  const { width = 350, height = 800, path = '/taskpane.html', localStorage: stored, prepare, ...shim } = options;
  const context = await suite.browser.newContext({ viewport: { width, height }, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const script = await shimBundle();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
    if (url.startsWith(suite.server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.addInitScript(
    ({ config, stored }) => {
      (window as unknown as { __SHIM_CONFIG__: unknown }).__SHIM_CONFIG__ = config;
      if (stored) for (const [k, v] of Object.entries(stored)) window.localStorage.setItem(k, v);
    },
    { config: shim, stored: stored ?? null },
  );
  await prepare?.(page);
  await page.goto(suite.server.origin + path);
  return { page, context, outside, errors, close: () => context.close() };
}

/** A screenshot of the whole pane at its current width into test-output/browser/<name>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  const file = join(SCREENSHOTS, `${name}-${width}.png`);
  // The whole pane, but no taller than a few screens (a long list is seen from its top).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: file, fullPage: true, clip: height > 2400 ? { x: 0, y: 0, width, height: 2400 } : undefined });
  return file;
}

/** Screenshots at 350 and 500 px wide, then back to 350. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const height = page.viewportSize()?.height ?? 800;
  for (const width of [350, 500]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(50);
    await screenshot(page, name);
  }
  await page.setViewportSize({ width: 350, height });
}
