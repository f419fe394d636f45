// 从方案生成指标库: writes a catalog draft into the open workbook as the 指标库 sheet (which the check
// then reads as the workbook's own catalog), in two requests: one to see whether the sheet exists,
// one to write it. Cells are text (`100%` stays `100%`); doubtful rows are filled yellow (Neutral).
// An existing 指标库 sheet is replaced only when asked (it may hold the office's corrections).
import type { BatchRunner } from '../hosts/office';
import { translateOfficeError } from '../hosts/office/errors';
import { CATALOG_SHEET_NAMES } from '../core/catalog/sheet';
import { catalogSheetRows } from '../core/extract/sheet-rows';
import type { ExtractResult } from '../core/extract/extract';

export const CATALOG_SHEET = CATALOG_SHEET_NAMES[0];

export type CatalogSheetResult =
  | { kind: 'written'; sheet: string; indicators: number; doubtful: number; replaced: boolean }
  | { kind: 'exists'; sheet: string };

const FILL = { low: '#FFC7CE', medium: '#FFEB9C' } as const;
const HEADER_FILL = '#DDEBF7';
/** Widths in points: 编号, 指标名称, 领域, 单位, 目标值, 方向, 属性, 年份, 牵头, 配合, 原文, 备注. */
const WIDTHS = [90, 200, 120, 70, 110, 60, 60, 60, 160, 160, 260, 200];

export async function writeCatalogSheet(run: BatchRunner, draft: ExtractResult, options: { replace?: boolean } = {}): Promise<CatalogSheetResult> {
  const { header, rows, doubtful } = catalogSheetRows(draft.catalog, draft.confidence);
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET);
    existing.load('name');
    await context.sync();
    const replaced = !existing.isNullObject;
    if (replaced && !options.replace) return { kind: 'exists' as const, sheet: CATALOG_SHEET };
    // The new sheet comes first under a passing name: a workbook must keep one sheet at all times.
    const sheet = context.workbook.worksheets.add(replaced ? `${CATALOG_SHEET}-new` : CATALOG_SHEET);
    if (replaced) {
      existing.delete();
      sheet.name = CATALOG_SHEET;
    }
    const values = [header, ...rows];
    const all = sheet.getRangeByIndexes(0, 0, values.length, header.length);
    all.numberFormat = values.map((r) => r.map(() => '@'));
    all.values = values;
    const head = sheet.getRangeByIndexes(0, 0, 1, header.length);
    head.format.font.bold = true;
    head.format.fill.color = HEADER_FILL;
    for (const d of doubtful) sheet.getRangeByIndexes(d.row + 1, 0, 1, header.length).format.fill.color = FILL[d.level];
    WIDTHS.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    sheet.activate();
    await context.sync();
    return { kind: 'written' as const, sheet: CATALOG_SHEET, indicators: rows.length, doubtful: doubtful.length, replaced };
  }).catch((e: unknown) => Promise.reject(translateOfficeError(e)));
}
