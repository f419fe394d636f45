// The whole evaluation of a workbook: find the tables, read the rows, match the catalog, evaluate, summarise.
import type { Catalog, CatalogIndicator, Finding, IndicatorRow, Lang, Summary, TableLayout, WorkbookGrid } from './types';
import { CoreError } from './errors';
import { matchName, nameIndexOf } from './catalog/name-index';
import { evaluateRow, type CheckMode } from './evaluate';
import { findTables } from './tables';
import { readRows } from './rows';
import { summarize } from './summary';
import { isOwnSummarySheet } from './summary-sheet';
import { isCatalogSheet } from './catalog/sheet';

export interface CheckOptions {
  catalog: Catalog | null;
  lang?: Lang;
  mode?: CheckMode;
  /**
   * The region or level whose target applies where a target differs by region (市, 县, 山区, 大城市 …):
   * the CLI's --region, the pane's setting kept in the workbook. Without it such rows are review.
   */
  region?: string | null;
  /** The file or workbook name, for error messages. */
  source?: string;
}

/** One evaluated row with what it came from; the edit plan needs the row and its table. */
export interface CheckedRow {
  table: number;
  row: IndicatorRow;
  finding: Finding;
  indicator: CatalogIndicator | null;
}

export interface WorkbookCheck {
  tables: TableLayout[];
  findings: Finding[];
  summary: Summary;
  rows: CheckedRow[];
  catalog: Catalog | null;
  /** The region or level the check applied (null when none was set), for the summary sheet's header. */
  region?: string | null;
}

/**
 * Checks every indicator table of the workbook. Names are matched through the catalog's name index,
 * once per distinct name. A workbook with no table, or whose tables hold headers and no indicator
 * row, is a CoreError('no-table') (kind 'no-rows' for the second).
 */
export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): WorkbookCheck {
  const region = options.region?.trim() || null;
  const context = { lang: options.lang ?? 'zh-CN', mode: options.mode ?? 'normal', region };
  const index = options.catalog ? nameIndexOf(options.catalog) : null;
  const tables: TableLayout[] = [];
  const rows: CheckedRow[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.hidden || isOwnSummarySheet(sheet, grid) || isCatalogSheet(sheet)) continue;
    for (const table of findTables(sheet)) {
      const tableIndex = tables.push(table) - 1;
      for (const row of readRows(sheet, table)) {
        const match = index ? matchName(index, row.name) : null;
        rows.push({ table: tableIndex, row, finding: evaluateRow(row, match, context), indicator: match?.indicator ?? null });
      }
    }
  }
  if (tables.length === 0) throw new CoreError('no-table', { file: options.source ?? '' });
  if (rows.length === 0) throw new CoreError('no-table', { file: options.source ?? '', kind: 'no-rows' });
  const findings = rows.map((r) => r.finding);
  return { tables, findings, summary: summarize(findings, region), rows, catalog: options.catalog, region };
}
