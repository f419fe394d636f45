// The whole evaluation of a workbook: find the tables, read the rows, match the catalog, evaluate, summarise.
import type { Catalog, CatalogIndicator, Finding, IndicatorRow, Lang, Summary, TableLayout, WorkbookGrid } from './types';
import { CoreError } from './errors';
import { matchIndicator } from './catalog/match';
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
}

export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): WorkbookCheck {
  const context = { lang: options.lang ?? 'zh-CN', mode: options.mode ?? 'normal', region: options.region ?? null };
  const tables: TableLayout[] = [];
  const rows: CheckedRow[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.hidden || isOwnSummarySheet(sheet, grid) || isCatalogSheet(sheet)) continue;
    for (const table of findTables(sheet)) {
      const tableIndex = tables.push(table) - 1;
      for (const row of readRows(sheet, table)) {
        const match = options.catalog ? matchIndicator(row.name, options.catalog) : null;
        rows.push({ table: tableIndex, row, finding: evaluateRow(row, match, context), indicator: match?.indicator ?? null });
      }
    }
  }
  if (tables.length === 0) throw new CoreError('no-table', { file: options.source ?? '' });
  const findings = rows.map((r) => r.finding);
  return { tables, findings, summary: summarize(findings), rows, catalog: options.catalog };
}
