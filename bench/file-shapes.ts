// Workbooks of the shapes offices have, for timing `check` against exceljs reading and writing the
// same file: a province sheet with the same 8 indicators for every district, and one in which every
// indicator name differs.
import ExcelJS from 'exceljs';
import type { Catalog, RawValue } from '../src/core/types';
import { random } from './generate';

export const PROVINCE_HEADER = ['序号', '地区', '领域', '指标名称', '单位', '目标值', '指标属性', '现状值', '牵头单位', '配合单位', '达标情况', '备注'];
const VALUE_COL = PROVINCE_HEADER.indexOf('现状值');

export type FileShape = 'province' | 'distinct';

/** About 4% empty, 1% 不适用, and of the rest about 90% meeting the target and 10% missing it. */
function valueFor(next: () => number, target: string, unit: string | null | undefined): RawValue {
  const roll = next();
  if (roll < 0.04) return null;
  if (roll < 0.05) return '不适用';
  const number = Number(/\d+(?:\.\d+)?/.exec(target)?.[0] ?? NaN);
  if (!Number.isFinite(number)) return next() < 0.9 ? '已完成' : '未完成';
  const passes = next() < 0.9;
  const margin = 0.02 + next() * 0.1;
  if (/^100%$/.test(target.trim())) return passes ? 100 : Math.round((100 - margin * 50) * 10) / 10;
  const lower = /≤|<|不超过|不高于|以下|以内/.test(target);
  const value = Math.round(number * (passes !== lower ? 1 + margin : 1 - margin) * 100) / 100;
  return unit === '%' ? Math.min(value, 100) : value;
}

/**
 * `rows` rows: for 'province', the first 8 numeric indicators of the catalog for each district in
 * turn (地区 一区, 二区, …); for 'distinct', every row a different indicator name (the catalog's names
 * with the district written into them, as a county sheet that lists 街道 by name would have).
 */
export function shapeRows(catalog: Catalog, rows: number, shape: FileShape, seed = 7): RawValue[][] {
  const next = random(seed);
  const indicators = catalog.indicators.filter((i) => /\d/.test(i.target)).slice(0, 8);
  const result: RawValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const ind = indicators[i % indicators.length];
    const district = `第${Math.floor(i / indicators.length) + 1}区`;
    const name = shape === 'province' ? ind.name : `${district}${ind.name}`;
    const lead = next() < 0.3 ? null : ind.lead.join('、');
    result.push([i + 1, district, ind.category ?? null, name, ind.unit ?? null, ind.target, ind.property ?? null, valueFor(next, ind.target, ind.unit), lead, ind.coop.join('、') || null, null, null]);
  }
  return result;
}

export async function writeShapeWorkbook(catalog: Catalog, rows: number, shape: FileShape, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('全省汇总');
  ws.getCell('A1').value = '全省生态文明建设示范区指标汇总表';
  ws.mergeCells('A1:L1');
  ws.addRow(PROVINCE_HEADER);
  for (const row of shapeRows(catalog, rows, shape)) ws.addRow(row);
  ws.getColumn(VALUE_COL + 1).numFmt = '0.00';
  await workbook.xlsx.writeFile(path);
}
