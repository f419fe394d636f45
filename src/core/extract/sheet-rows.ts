// A catalog draft as the rows of the workbook's 指标库 sheet, with the headers the check reads back
// (src/core/catalog/sheet.ts): one row per indicator, text throughout, the doubtful rows listed.
import type { Catalog } from '../types';
import type { IndicatorConfidence } from './draft';

export const CATALOG_SHEET_HEADER = ['编号', '指标名称', '领域', '单位', '目标值', '方向', '指标属性', '目标年份', '牵头单位', '配合单位', '原文', '备注'];

export interface CatalogSheetRows {
  header: string[];
  /** One row per indicator, every cell text (write them as text: `100%` must not become 1). */
  rows: string[][];
  /** 0-based indexes into `rows` of the low- and medium-confidence indicators. */
  doubtful: { row: number; level: 'low' | 'medium' }[];
}

const DIRECTION = { higher: '越高越好', lower: '越低越好' } as const;

export function catalogSheetRows(catalog: Catalog, confidence: IndicatorConfidence[] = []): CatalogSheetRows {
  const levels = new Map(confidence.map((c) => [c.id, c.level]));
  const rows = catalog.indicators.map((i) => [
    i.id,
    i.name,
    i.category ?? '',
    i.unit ?? '',
    i.target,
    i.direction ? DIRECTION[i.direction] : '',
    i.property ?? '',
    i.year ? String(i.year) : '',
    i.lead.join('、'),
    i.coop.join('、'),
    i.sourceText,
    i.note ?? '',
  ]);
  const doubtful = catalog.indicators.flatMap((i, row) => {
    const level = levels.get(i.id);
    return level === 'low' || level === 'medium' ? [{ row, level }] : [];
  });
  return { header: [...CATALOG_SHEET_HEADER], rows, doubtful };
}
