// A catalog kept in the workbook itself, as a sheet (指标库) with the catalog's fields as columns,
// so that an office can keep its own plan.
import type { Catalog, RawValue, SheetGrid } from '../types';
import { normalizeText } from '../text';
import { parseCatalog } from './load';
import { splitDepartments } from '../departments';

export const CATALOG_SHEET_NAMES = ['指标库', 'Catalog'];

type Field = 'id' | 'name' | 'aliases' | 'category' | 'unit' | 'target' | 'direction' | 'property' | 'year' | 'lead' | 'coop' | 'sourceText' | 'note';

const HEADERS: Record<Field, string[]> = {
  id: ['编号', '指标编号', 'id'],
  name: ['指标名称', '指标', 'name'],
  aliases: ['别名', '其他名称', 'aliases'],
  category: ['领域', '类别', '分类', 'category'],
  unit: ['单位', '计量单位', 'unit'],
  target: ['目标值', '指标值', '目标', '考核要求', 'target'],
  direction: ['方向', '指标方向', 'direction'],
  property: ['指标属性', '属性', 'property'],
  year: ['目标年份', '年份', 'year'],
  lead: ['牵头单位', '责任单位', 'lead'],
  coop: ['配合单位', '协办单位', 'coop'],
  sourceText: ['依据', '原文', '来源', 'sourcetext'],
  note: ['备注', '说明', 'note'],
};

function fieldOf(header: RawValue): Field | null {
  if (typeof header !== 'string') return null;
  const h = normalizeText(header).toLowerCase().replace(/\s/g, '');
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) if (names.includes(h)) return field;
  return null;
}

function text(v: RawValue): string {
  if (v === null || typeof v === 'object') return '';
  return String(v).trim();
}

function direction(v: string): 'higher' | 'lower' | null {
  const s = normalizeText(v).toLowerCase();
  if (/高|正向|higher|up/.test(s)) return 'higher';
  if (/低|逆向|lower|down/.test(s)) return 'lower';
  return null;
}

export function isCatalogSheet(sheet: SheetGrid): boolean {
  return CATALOG_SHEET_NAMES.includes(normalizeText(sheet.name));
}

export function findCatalogSheet(sheets: SheetGrid[]): SheetGrid | undefined {
  return sheets.find(isCatalogSheet);
}

/** Reads the catalog sheet; a bad one is a CoreError('bad-catalog') naming the row's field. */
export function catalogFromSheet(sheet: SheetGrid, id = 'workbook'): Catalog {
  const headerIndex = sheet.values.findIndex((row) => row.some((v) => fieldOf(v) === 'name') && row.some((v) => fieldOf(v) === 'target'));
  const source = `"${sheet.name}"`;
  if (headerIndex < 0) return parseCatalog({ id, title: sheet.name, indicators: [] }, source);
  const columns = new Map<Field, number>();
  sheet.values[headerIndex].forEach((v, c) => {
    const field = fieldOf(v);
    if (field && !columns.has(field)) columns.set(field, c);
  });
  const get = (row: RawValue[], field: Field) => (columns.has(field) ? text(row[columns.get(field)!] ?? null) : '');
  const indicators = sheet.values
    .slice(headerIndex + 1)
    .filter((row) => get(row, 'name'))
    .map((row, i) => {
      const name = get(row, 'name');
      const target = get(row, 'target');
      const year = Number(get(row, 'year'));
      return {
        id: get(row, 'id') || `${id}-${String(i + 1).padStart(2, '0')}`,
        name,
        ...(get(row, 'aliases') ? { aliases: splitDepartments(get(row, 'aliases')) } : {}),
        category: get(row, 'category') || null,
        unit: get(row, 'unit') || null,
        target,
        direction: direction(get(row, 'direction')),
        property: get(row, 'property') ? normalizeText(get(row, 'property')).replace(/指标$/, '') : null,
        year: Number.isInteger(year) && year > 0 ? year : null,
        lead: splitDepartments(get(row, 'lead')),
        coop: splitDepartments(get(row, 'coop')),
        sourceText: get(row, 'sourceText') || `${name} ${target}`.trim(),
        ...(get(row, 'note') ? { note: get(row, 'note') } : {}),
      };
    });
  return parseCatalog({ id, title: sheet.name, indicators }, source);
}
