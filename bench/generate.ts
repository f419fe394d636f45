// Generated indicator tables for the benchmark: catalog indicators repeated, with values of every kind.
import ExcelJS from 'exceljs';
import type { Catalog, RawValue, SheetGrid, WorkbookGrid } from '../src/core/types';

export const HEADER = ['序号', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];
const VALUE_COL = HEADER.indexOf('现状值');

/** A small deterministic generator (mulberry32), so every run measures the same rows. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOWER_IS_BETTER = /≤|<|不超过|不高于|不大于|以下|以内/;

/**
 * A value as departments report them: about 4% empty, 1% 不适用, 1% unreadable text, and of the rest
 * about 90% meeting the target by a margin and 10% missing it.
 */
function value(next: () => number, target: string): RawValue {
  const roll = next();
  if (roll < 0.04) return null;
  if (roll < 0.05) return '不适用';
  if (roll < 0.06) return '待统计';
  const passes = next() < 0.9;
  const number = Number(/\d+(?:\.\d+)?/.exec(target)?.[0] ?? NaN);
  if (!Number.isFinite(number)) return passes ? '已完成' : '未完成';
  const higher = !LOWER_IS_BETTER.test(target);
  const margin = 0.05 + next() * 0.15;
  const factor = passes === higher ? 1 + margin : 1 - margin;
  return Math.round(number * factor * 100) / 100;
}

/** `count` data rows under the header, cycling through the catalog's indicators. */
export function indicatorRows(catalog: Catalog, count: number, seed = 1): RawValue[][] {
  const next = random(seed);
  const rows: RawValue[][] = [];
  for (let i = 0; i < count; i++) {
    const ind = catalog.indicators[i % catalog.indicators.length];
    const lead = next() < 0.3 ? null : ind.lead.join('、');
    rows.push([i + 1, ind.category ?? null, ind.name, ind.unit ?? null, ind.target, ind.property ?? null, value(next, ind.target), lead, ind.coop.join('、') || null, null, null]);
  }
  return rows;
}

export function benchGrid(catalog: Catalog, count: number): WorkbookGrid {
  const sheet: SheetGrid = { name: '自评表', top: 0, left: 0, values: [HEADER, ...indicatorRows(catalog, count)] };
  return { sheets: [sheet] };
}

export async function writeBenchWorkbook(catalog: Catalog, count: number, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.addRow(HEADER);
  for (const row of indicatorRows(catalog, count)) ws.addRow(row);
  ws.getColumn(VALUE_COL + 1).numFmt = '0.00';
  await workbook.xlsx.writeFile(path);
}
