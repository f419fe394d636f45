// Benchmark (DESIGN §8: speed is measured here, not in tests). Prints figures; asserts nothing.
//  1. the pure engine (checkWorkbook + planEdits) on 100,000 generated rows, in rows per second;
//  2. `check` of 20,000-row workbooks of two shapes (a province sheet repeating 8 indicators, and
//     one whose names all differ) beside exceljs alone reading and writing the same file (aim for
//     the province sheet: at most 0.8), and of a 200,000-row province sheet with its peak memory;
//  3. the Office host's syncs and largest requests per job at 50, 5,000 and 50,000 rows;
//  4. the task pane's JavaScript, gzipped (aim: a first load under 300 KB), and the offline web page (aim ≤ 600 KB);
//  5. `returns merge` of 200 returns of 40 indicators each into one master;
//  6. the engine at province scale: repeated and distinct names, the automatic catalog choice (bench/engine.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import { planEdits } from '../src/core/plan';
import { builtInCatalogs } from '../src/catalogs';
import { benchGrid } from './generate';
import { officeHostFigures } from './office';
import { taskPaneSize } from './bundle';
import { mergeFigures } from './merge';
import { fileFigures } from './file';
import { engineFigures } from './engine';
import { fastest } from './timing';

const ENGINE_ROWS = 100_000;
const RUNS = 3;

async function engine(): Promise<void> {
  const catalog = builtInCatalogs[0];
  const grid = benchGrid(catalog, ENGINE_ROWS);
  const time = await fastest(RUNS, () => {
    const check = checkWorkbook(grid, { catalog });
    planEdits(grid, check, { fill: true });
  });
  console.log(`engine: ${ENGINE_ROWS} rows in ${time.toFixed(2)} s = ${Math.round(ENGINE_ROWS / time).toLocaleString('en')} rows/s (catalog ${catalog.id})`);
}

async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'indicatorcheck-bench-'));
  try {
    await engine();
    engineFigures();
    await fileFigures(dir);
    await mergeFigures(dir);
    await officeHostFigures();
    await taskPaneSize();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
