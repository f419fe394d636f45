// The web page's figure of issue 9: the 20,000-row province sheet (bench/file-shapes.ts) checked in
// the page with 填写责任单位 and 生成汇总表, from the file chooser to its copy ready to download, beside
// the command line's time for the same file and options, measured in-process the fair way: the file
// host reading the file, checking it and writing the copy (best of 3). The page's copy must hold the
// same checked sheet as the command line's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkFileBytes } from '../../src/hosts/file/jobs';
import { builtInCatalogs, findBuiltInCatalog } from '../../src/catalogs';
import { packageParts } from '../support/package-parts';
import { figure } from './support/figures';
import { download, idle, openWeb, startWebSuite, webScreenshots, type WebSuite } from './support/web-page';
import { PROVINCE_CATALOG, PROVINCE_ROWS, provinceWorkbook, type InputFile } from './support/web-workbooks';

let suite: WebSuite;
let dir: string;
before(async () => {
  suite = await startWebSuite();
  dir = mkdtempSync(join(tmpdir(), 'indicatorcheck-web-'));
});
after(async () => {
  await suite?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const RUNS_NODE = 3;
const RUNS_PAGE = 3;

/** The command line's work on the file, in-process: read the file, check with --fill (summary on), write the copy. */
async function nodeCheck(path: string, out: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path));
  const checked = await checkFileBytes(bytes, path, { catalog: { kind: 'given', catalog: findBuiltInCatalog(PROVINCE_CATALOG)! }, builtIns: builtInCatalogs, lang: 'zh-CN', fill: true, summary: true, now: new Date() });
  await writeFile(out, checked.bytes);
  return checked.bytes;
}

interface PageRun {
  /** setInputFiles → the job finished and its copy ready to download (the download link shown). */
  ready: number;
  /** … → the download saved by the browser. */
  saved: number;
  /** What the page itself timed (window.__webTimings). */
  timing: unknown;
  bytes: Uint8Array;
}

const webTimings = (page: Page) => page.evaluate(() => ((window as unknown as { __webTimings?: unknown[] }).__webTimings ?? []).slice());

/** `runs` checks of the file one after the other in one page (the first with the worker's code cold, as for a user's first file). */
async function pageChecks(input: InputFile, path: string, runs: number, noWorker = false): Promise<PageRun[]> {
  const web = await openWeb(suite, { noWorker });
  const { page } = web;
  await page.getByTestId('catalog-select').selectOption(PROVINCE_CATALOG);
  await page.getByTestId('fill-option').check();
  assert.equal(await page.getByTestId('summary-option').isChecked(), true);
  const result: PageRun[] = [];
  for (let i = 0; i < runs; i++) {
    const before = (await webTimings(page)).length;
    const start = performance.now();
    await page.getByTestId('check-file').setInputFiles(path);
    await page.getByTestId('check-run').click();
    // The progress line shows while the 20,000 rows are checked.
    if (i === 0) await page.getByTestId('progress').waitFor({ state: 'visible', timeout: 10_000 });
    // Done when the page has timed one more job (a download link of the run before may still show).
    await page.waitForFunction((n) => ((window as unknown as { __webTimings?: unknown[] }).__webTimings ?? []).length > n || !!document.querySelector('[data-testid="error"]'), before, { timeout: 300_000, polling: 20 });
    if (await page.getByTestId('error').isVisible()) throw new Error(`the page says: ${await page.getByTestId('error').innerText()}`);
    await page.getByTestId('check-download').waitFor({ timeout: 60_000 });
    const ready = performance.now() - start;
    const file = await download(page, 'check-download', 300_000);
    const saved = performance.now() - start;
    assert.equal(file.name, `${input.name.replace(/\.xlsx$/, '')}.checked.xlsx`);
    result.push({ ready, saved, timing: (await webTimings(page))[before], bytes: file.bytes });
  }
  await idle(page);
  if (!noWorker) await webScreenshots(page, 'check-20000-rows');
  assert.deepEqual(web.outside, []);
  assert.deepEqual(web.errors, []);
  await web.close();
  return result;
}

test('20,000-row province sheet: checked in the page and ready to download, against the command line for the same file', async () => {
  const input = await provinceWorkbook();
  const path = join(dir, input.name);
  writeFileSync(path, input.bytes);

  const nodeTimes: number[] = [];
  let nodeBytes: Uint8Array | null = null;
  for (let i = 0; i < RUNS_NODE; i++) {
    const start = performance.now();
    nodeBytes = await nodeCheck(path, join(dir, `node-${i}.xlsx`));
    nodeTimes.push(performance.now() - start);
  }
  const node = Math.min(...nodeTimes);

  const runs = await pageChecks(input, path, RUNS_PAGE);
  const best = runs.reduce((a, b) => (b.ready < a.ready ? b : a));
  console.log(`command line in-process (read + check --fill + write), ${PROVINCE_ROWS.toLocaleString('en')} rows: ${nodeTimes.map((t) => Math.round(t)).join(', ')} ms, best ${Math.round(node)} ms`);
  console.log(`web page, one page, file chooser → copy ready to download: ${runs.map((r) => Math.round(r.ready)).join(', ')} ms (the first with the worker cold); → download saved: ${runs.map((r) => Math.round(r.saved)).join(', ')} ms`);
  console.log(`window.__webTimings of the runs: ${JSON.stringify(runs.map((r) => r.timing))}`);
  figure('web page: check of 20,000 rows, file chosen → copy ready (best of 3)', best.ready, 'ms', Math.round(1.5 * node));
  console.log(`FIGURE web page, first check of 20,000 rows in a fresh page: ${Math.round(runs[0].ready)} ms`);
  console.log(`FIGURE command line, in-process read + check --fill + write of the same file (best of 3): ${Math.round(node)} ms`);
  figure('web page time / command line time, 20,000 rows', (100 * best.ready) / node, '%', 150);

  // For the record: the same on the main thread (no Worker), the page's fallback.
  const [fallback] = await pageChecks(input, path, 1, true);
  console.log(`FIGURE web page without Worker (main-thread fallback), first check of 20,000 rows: ${Math.round(fallback.ready)} ms`);
  assert.ok(fallback.bytes.length > 0);

  // The page's copy holds what the command line writes: the checked sheet, its notes and styles.
  const fromPage = await packageParts(best.bytes);
  const fromNode = await packageParts(nodeBytes!);
  for (const part of ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/comments1.xml']) {
    assert.ok(fromNode.has(part), `(the command line wrote ${part})`);
    assert.ok(fromPage.get(part)?.equals(fromNode.get(part)!), `${part} as the command line writes it`);
  }
  assert.deepEqual([...fromPage.keys()].sort(), [...fromNode.keys()].sort(), 'the same parts as the command line’s copy');
});
