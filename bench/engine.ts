// Engine figures of the benchmark (issue 12): the province shape (the same few indicators for many
// districts), all names distinct, and the automatic catalog choice on a 5,000-row sheet.
import type { Catalog, RawValue, WorkbookGrid } from '../src/core/types';
import { checkWorkbook } from '../src/core/check';
import { suggestCatalog } from '../src/core/catalog/suggest';
import { builtInCatalogs } from '../src/catalogs';
import { random } from './generate';

const PROVINCE_ROWS = 100_000;
const CHOICE_ROWS = 5_000;

/** A copy of the catalog, so that its name index and memo start empty for each run. */
function fresh(catalog: Catalog): Catalog {
  return JSON.parse(JSON.stringify(catalog)) as Catalog;
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process: on a machine shared with other work, the steadier figure. */
  cpu: number;
}

function time(work: () => unknown): Timing {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

function fastest(runs: number, work: () => unknown): Timing {
  let best: Timing = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < runs; i++) {
    const t = time(work);
    if (t.wall < best.wall) best = t;
  }
  return best;
}

/** `rows` rows of a consolidation sheet: district, indicator name (from `names`), target, value. */
function consolidation(catalog: Catalog, rows: number, nameOf: (i: number) => { name: string; target: string }): WorkbookGrid {
  const next = random(7);
  const values: RawValue[][] = [['序号', '区县', '指标名称', '单位', '目标值', '现状值', '牵头单位']];
  for (let i = 0; i < rows; i++) {
    const { name, target } = nameOf(i);
    const roll = next();
    const value: RawValue = roll < 0.03 ? null : roll < 0.04 ? '待统计' : Math.round(next() * 10000) / 100;
    values.push([i + 1, `第${(i % 2500) + 1}区县`, name, '%', target, value, catalog.indicators[i % catalog.indicators.length].lead.join('、') || null]);
  }
  return { sheets: [{ name: '全省汇总', top: 0, left: 0, values }] };
}

function provinceShape(catalog: Catalog, distinct: number): WorkbookGrid {
  const picked = Array.from({ length: distinct }, (_, k) => catalog.indicators[k % catalog.indicators.length]);
  // Beyond the catalog's size, names differ by a suffix as offices write them (…(市级), …(县级)).
  const names = picked.map((ind, k) => ({ name: k < catalog.indicators.length ? ind.name : `${ind.name}(第${k}项)`, target: ind.target }));
  return consolidation(catalog, PROVINCE_ROWS, (i) => names[i % names.length]);
}

function allDistinct(catalog: Catalog): WorkbookGrid {
  return consolidation(catalog, PROVINCE_ROWS, (i) => {
    const ind = catalog.indicators[i % catalog.indicators.length];
    return { name: `${ind.name}${i}`, target: ind.target };
  });
}

function rate(rows: number, t: Timing): string {
  const perSecond = (seconds: number) => Math.round(rows / seconds).toLocaleString('en');
  return `${t.wall.toFixed(2)} s = ${perSecond(t.wall)} rows/s (CPU time ${t.cpu.toFixed(2)} s = ${perSecond(t.cpu)} rows/s)`;
}

export function engineFigures(): void {
  const base = builtInCatalogs.find((c) => c.id === 'tangshan-2022') ?? builtInCatalogs[0];
  for (const distinct of [8, 40]) {
    const grid = provinceShape(base, distinct);
    const timing = fastest(3, () => checkWorkbook(grid, { catalog: fresh(base) }));
    console.log(`engine, province shape: ${PROVINCE_ROWS} rows, ${distinct} distinct names in ${rate(PROVINCE_ROWS, timing)} (aim ≥ 300,000)`);
  }
  const distinctGrid = allDistinct(base);
  const distinctTiming = fastest(2, () => checkWorkbook(distinctGrid, { catalog: fresh(base) }));
  console.log(`engine, all names distinct: ${PROVINCE_ROWS} rows in ${rate(PROVINCE_ROWS, distinctTiming)} (aim ≥ 30,000)`);

  const sheet = consolidation(base, CHOICE_ROWS, (i) => {
    const ind = base.indicators[i % base.indicators.length];
    return { name: i % 3 === 0 ? `${ind.name}${i}` : ind.name, target: ind.target };
  });
  let chosen = '';
  const choice = fastest(3, () => {
    chosen = suggestCatalog(sheet, builtInCatalogs.map(fresh))?.catalog.id ?? 'none';
  });
  console.log(
    `automatic catalog choice, ${CHOICE_ROWS} rows (a third of the names distinct): ${(choice.wall * 1000).toFixed(1)} ms (CPU ${(choice.cpu * 1000).toFixed(1)} ms; aim ≤ 50), chose ${chosen}`,
  );
}
