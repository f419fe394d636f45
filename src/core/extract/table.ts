// Indicator tables inside a plan (an annex 指标分解表 in a .docx or a web page): a header row naming
// the columns (指标名称, 目标值 or 2025年目标, 单位, 指标属性, 牵头单位, 配合单位, 领域), then one
// indicator per row. Rows come as lines with their cells between tabs (see html-text.ts).
import { classifyHeader } from '../headers';
import { normalizeProperty } from '../departments';
import { normalizeKeepingLength } from './normalize';
import { departmentList } from './departments';
import type { Property } from './blocks';

export interface TableColumns {
  name: number;
  targets: { col: number; year: number | null }[];
  unit?: number;
  lead?: number;
  coop?: number;
  property?: number;
  category?: number;
}

export interface TableIndicator {
  name: string;
  target: string;
  year: number | null;
  unit: string | null;
  lead: string[];
  coop: string[];
  property: Property | null;
  category: string | null;
}

const PROPERTIES = new Set<string>(['约束性', '参考性', '指导性', '预期性']);
const UNIT_IN_NAME = /^(%|‰|个百分点|[a-zA-Z0-9²³]+(\/[^()]+)?|[万亿千]?(元|吨|亩|公顷|平方米|平方公里|立方米|千瓦|人|个|家|条|座|处|公里|米|吨标煤|吨标准煤)(\/[^()]+)?|微克\/立方米|毫克\/升)$/;

export function cellsOf(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/** The columns of a header row; null when the row names no indicator column and no target column. */
export function tableHeader(cells: string[]): TableColumns | null {
  let name = -1;
  const targets: { col: number; year: number | null }[] = [];
  const years: { col: number; year: number | null }[] = [];
  const columns: Partial<TableColumns> = {};
  cells.forEach((cell, col) => {
    const meaning = classifyHeader(cell);
    if (!meaning) return;
    const yearInCell = /((?:19|20)\d{2})/.exec(cell);
    if (meaning.kind === 'year') {
      years.push({ col, year: meaning.year });
      return;
    }
    switch (meaning.role) {
      case 'name':
        if (name < 0) name = col;
        break;
      case 'target':
        targets.push({ col, year: yearInCell ? Number(yearInCell[1]) : null });
        break;
      case 'unit':
      case 'lead':
      case 'coop':
      case 'property':
      case 'category':
        if (columns[meaning.role] === undefined) columns[meaning.role] = col;
        break;
      default:
        break;
    }
  });
  const all = targets.length > 0 ? targets : years;
  if (name < 0 || all.length === 0) return null;
  return { name, targets: all, ...columns };
}

/** The indicators of one row; `carried` is the category of the row above (a merged 领域 cell). */
export function tableRow(cells: string[], columns: TableColumns, carried: string | null): { indicators: TableIndicator[]; category: string | null } {
  const at = (col: number | undefined) => (col === undefined ? '' : (cells[col] ?? '').trim());
  const simple = (col: number | undefined) => normalizeKeepingLength(at(col)).replace(/\s+/g, '');
  const category = simple(columns.category) || carried;
  // 森林覆盖率(%): the unit written after the name.
  const written = simple(columns.name);
  const unitInName = /\(([^()]{1,12})\)$/.exec(written);
  const isUnit = !!unitInName && UNIT_IN_NAME.test(unitInName[1]);
  const name = isUnit ? written.slice(0, unitInName!.index) : written;
  if (!name) return { indicators: [], category };
  const property = normalizeProperty(at(columns.property));
  const indicators = columns.targets
    .map((t) => ({ t, target: simple(t.col) }))
    .filter(({ target }) => target && !/^[-—/、]+$/.test(target))
    .map(({ t, target }) => ({
      name,
      target,
      year: t.year,
      unit: simple(columns.unit) || (isUnit ? unitInName![1] : null),
      lead: departmentList(normalizeKeepingLength(at(columns.lead))),
      coop: departmentList(normalizeKeepingLength(at(columns.coop))),
      property: property && PROPERTIES.has(property) ? (property as Property) : null,
      category,
    }));
  return { indicators, category };
}
