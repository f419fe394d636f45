// The edit plan (DESIGN §6): which cells to highlight and why, which empty cells to fill, and the
// summary sheet's layout. Hosts apply it as it is; every decision is made here.
import type {
  CellMark,
  CellWrite,
  EditPlan,
  Finding,
  Lang,
  MarkStyle,
  RawValue,
  SheetGrid,
  WorkbookGrid,
} from './types';
import type { WorkbookCheck } from './check';
import { t } from './messages';
import { ownSheetName } from './summary-sheet';
import { buildSummarySheet } from './plan-summary';
import { splitDepartments } from './departments';
import { nameKey } from './text';

export interface PlanOptions {
  lang?: Lang;
  /** Fill empty 牵头单位 / 配合单位 / 达标情况 cells from the catalog and the evaluation. */
  fill?: boolean;
  /** With fill: also replace 牵头单位 / 配合单位 cells that disagree with the catalog (the old text goes into the journal). */
  overwriteResponsibility?: boolean;
  /** Mark passing values green too. */
  markPass?: boolean;
  /** Lay out the summary sheet (default true). */
  summary?: boolean;
  /** Shown on the summary sheet; the core reads no clock. */
  checkedAt?: string;
}

/** Excel's own cell styles Bad, Neutral and Good, and two more for missing and invalid values. */
export const PALETTE: EditPlan['palette'] = {
  bad: { fill: '#FFC7CE', font: '#9C0006' },
  neutral: { fill: '#FFEB9C', font: '#9C5700' },
  good: { fill: '#C6EFCE', font: '#006100' },
  missing: { fill: '#DDEBF7', font: '#1F4E78' },
  invalid: { fill: '#E4DFEC', font: '#5B2C6F' },
};

export function markStyleOf(finding: Finding): MarkStyle | null {
  switch (finding.status) {
    case 'fail':
      return finding.severity === 'error' ? 'bad' : 'neutral';
    case 'review':
      return 'neutral';
    case 'missing':
      return 'missing';
    case 'invalid':
      return 'invalid';
    case 'pass':
      return 'good';
    default:
      return null;
  }
}

function cellValue(sheet: SheetGrid | undefined, row: number, col: number): RawValue {
  if (!sheet) return null;
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

function isEmpty(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function sameDepartments(current: RawValue, wanted: string): boolean {
  const key = (list: string[]) => list.map(nameKey).sort().join('|');
  return typeof current === 'string' && key(splitDepartments(current)) === key(splitDepartments(wanted));
}

function planMarks(check: WorkbookCheck, markPass: boolean): CellMark[] {
  const marks: CellMark[] = [];
  for (const f of check.findings) {
    const style = markStyleOf(f);
    if (!style || (style === 'good' && !markPass)) continue;
    marks.push({ sheet: f.sheet, row: f.row - 1, col: f.col, style, note: style === 'good' ? null : f.message });
  }
  return marks;
}

function statusWord(finding: Finding, lang: Lang): string | null {
  return finding.status === 'pass' || finding.status === 'fail' || finding.status === 'na'
    ? t(lang, `status.${finding.status}`)
    : null;
}

/** Empty responsibility and status cells, filled; a cell that holds anything is written only when asked to overwrite. */
function planWrites(grid: WorkbookGrid, check: WorkbookCheck, lang: Lang, overwrite: boolean): CellWrite[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const writes: CellWrite[] = [];
  for (const { table, row, finding, indicator } of check.rows) {
    const layout = check.tables[table];
    const sheet = sheets.get(row.sheet);
    const fillCell = (col: number | undefined, value: string | null, reason: CellWrite['reason']) => {
      if (col === undefined || !value) return;
      const current = cellValue(sheet, row.row, col);
      const replaceable = reason !== 'status' && overwrite && !sameDepartments(current, value);
      if (!isEmpty(current) && !replaceable) return;
      writes.push({ sheet: row.sheet, row: row.row, col, value, reason });
    };
    if (indicator && finding.match?.kind !== 'fuzzy') {
      fillCell(layout.columns.lead, indicator.lead.join('、') || null, 'lead');
      fillCell(layout.columns.coop, indicator.coop.join('、') || null, 'coop');
    }
    fillCell(layout.columns.status, statusWord(finding, lang), 'status');
  }
  return writes;
}

/** The name for the summary sheet: ours is replaced; a sheet the user made under that name is kept. */
export function summarySheetName(grid: WorkbookGrid, lang: Lang): { name: string; replaces: boolean } {
  return ownSheetName(grid, t(lang, 'summary.sheet'));
}

export function planEdits(grid: WorkbookGrid, check: WorkbookCheck, options: PlanOptions = {}): EditPlan {
  const lang = options.lang ?? 'zh-CN';
  return {
    marks: planMarks(check, options.markPass ?? false),
    writes: options.fill ? planWrites(grid, check, lang, options.overwriteResponsibility ?? false) : [],
    summary:
      options.summary === false
        ? null
        : buildSummarySheet(check, { ...summarySheetName(grid, lang), lang, checkedAt: options.checkedAt ?? '' }),
    palette: PALETTE,
  };
}
