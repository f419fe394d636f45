// The edit plan (DESIGN §6): which cells to highlight and why, which truly empty cells to fill (never
// one covered by a merged area or holding a formula), and the summary sheet's layout, every text
// within Excel's limit. Hosts apply it as it is; every decision is made here.
import type {
  CellMark,
  CellWrite,
  EditPlan,
  Finding,
  Lang,
  MarkStyle,
  RawValue,
  SummarySheetLayout,
  TrimmedText,
  WorkbookGrid,
} from './types';
import type { WorkbookCheck } from './check';
import { PALETTE, markStyleOf } from './mark-style';
import { t } from './messages';
import { ownSheetName } from './summary-sheet';
import { buildSummarySheet } from './plan-summary';
import { splitDepartments } from './departments';
import { nameKey } from './text';
import { GridSafety } from './cell-safety';
import { cellKey } from './cell-edits';
import { fitCellText, fitLayoutCells } from './excel-limits';

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

export { PALETTE, markStyleOf } from './mark-style';

function isEmpty(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function sameDepartments(current: RawValue, wanted: string): boolean {
  const key = (list: string[]) => list.map(nameKey).sort().join('|');
  return typeof current === 'string' && key(splitDepartments(current)) === key(splitDepartments(wanted));
}

/** The more serious mark wins when two findings mark one cell (a merged value cell of several rows). */
const MARK_RANK: Record<MarkStyle, number> = { bad: 4, invalid: 3, missing: 2, neutral: 1, good: 0 };

/**
 * One mark per cell; a value cell covered by a merged area is marked on the merge's top-left cell,
 * where Excel shows the value and its note. Notes of findings that meet in one cell are joined, and
 * every note is cut to Excel's limit.
 */
function planMarks(check: WorkbookCheck, safety: GridSafety, markPass: boolean, trimmed: TrimmedText[]): CellMark[] {
  const marks = new Map<string, CellMark & { notes: string[] }>();
  for (const f of check.findings) {
    const style = markStyleOf(f);
    if (!style || (style === 'good' && !markPass)) continue;
    const { row, col } = safety.of(f.sheet)?.anchorOf(f.row - 1, f.col) ?? { row: f.row - 1, col: f.col };
    const key = cellKey(f.sheet, row, col);
    const note = style === 'good' ? null : f.message;
    const existing = marks.get(key);
    if (!existing) {
      marks.set(key, { sheet: f.sheet, row, col, style, note, notes: note ? [note] : [] });
      continue;
    }
    if (MARK_RANK[style] > MARK_RANK[existing.style]) existing.style = style;
    if (note && !existing.notes.includes(note)) existing.notes.push(note);
  }
  return [...marks.values()].map(({ notes, ...mark }) => {
    if (notes.length === 0) return { ...mark, note: null };
    const fit = fitCellText(notes.join('\n'));
    if (fit.trimmed) trimmed.push({ sheet: mark.sheet, row: mark.row, col: mark.col, kind: 'note' });
    return { ...mark, note: fit.text };
  });
}

function statusWord(finding: Finding, lang: Lang): string | null {
  return finding.status === 'pass' || finding.status === 'fail' || finding.status === 'na'
    ? t(lang, `status.${finding.status}`)
    : null;
}

interface Wanted {
  sheet: string;
  row: number;
  col: number;
  reason: CellWrite['reason'];
  values: string[];
}

function agree(values: string[], reason: CellWrite['reason']): boolean {
  return values.every((v) => (reason === 'status' ? v === values[0] : sameDepartments(v, values[0])));
}

/**
 * Empty responsibility and status cells, filled; a cell that holds anything is written only when
 * asked to overwrite (responsibility cells only). Never a formula cell, whatever its result, nor a
 * cell covered by a merged area: a responsibility cell merged down several rows is the merge's
 * top-left, filled only when every row it spans wants the same.
 */
function planWrites(check: WorkbookCheck, safety: GridSafety, lang: Lang, overwrite: boolean): CellWrite[] {
  const wanted = new Map<string, Wanted>();
  for (const { table, row, finding, indicator } of check.rows) {
    const layout = check.tables[table];
    const sheet = safety.of(row.sheet);
    if (!sheet) continue;
    const want = (col: number | undefined, value: string | null, reason: CellWrite['reason']) => {
      if (col === undefined || !value) return;
      const anchor = sheet.anchorOf(row.row, col);
      // A merge across columns belongs to its first column's cell: not this role's to fill.
      if (anchor.col !== col) return;
      const key = cellKey(row.sheet, anchor.row, col);
      const entry = wanted.get(key) ?? wanted.set(key, { sheet: row.sheet, row: anchor.row, col, reason, values: [] }).get(key)!;
      entry.values.push(value);
    };
    if (indicator && finding.match?.kind !== 'fuzzy') {
      want(layout.columns.lead, indicator.lead.join('、') || null, 'lead');
      want(layout.columns.coop, indicator.coop.join('、') || null, 'coop');
    }
    want(layout.columns.status, statusWord(finding, lang), 'status');
  }
  const writes: CellWrite[] = [];
  for (const w of wanted.values()) {
    const sheet = safety.of(w.sheet)!;
    if (!sheet.isWritable(w.row, w.col) || !agree(w.values, w.reason)) continue;
    const value = fitCellText(w.values[0]).text;
    const current = sheet.raw(w.row, w.col);
    const replaceable = w.reason !== 'status' && overwrite && !sameDepartments(current, value);
    if (!isEmpty(current) && !replaceable) continue;
    writes.push({ sheet: w.sheet, row: w.row, col: w.col, value, reason: w.reason });
  }
  return writes;
}

/** The name for the summary sheet: ours is replaced; a sheet the user made under that name is kept. */
export function summarySheetName(grid: WorkbookGrid, lang: Lang): { name: string; replaces: boolean } {
  return ownSheetName(grid, t(lang, 'summary.sheet'));
}

export function planEdits(grid: WorkbookGrid, check: WorkbookCheck, options: PlanOptions = {}): EditPlan {
  const lang = options.lang ?? 'zh-CN';
  const safety = new GridSafety(grid);
  const trimmed: TrimmedText[] = [];
  const marks = planMarks(check, safety, options.markPass ?? false, trimmed);
  const writes = options.fill ? planWrites(check, safety, lang, options.overwriteResponsibility ?? false) : [];
  let summary: SummarySheetLayout | null = null;
  if (options.summary !== false) {
    const layout = buildSummarySheet(check, { ...summarySheetName(grid, lang), lang, checkedAt: options.checkedAt ?? '' });
    const fitted = fitLayoutCells(layout.cells, layout.name);
    trimmed.push(...fitted.trimmed);
    summary = { ...layout, cells: fitted.cells };
  }
  return { marks, writes, summary, palette: PALETTE, ...(trimmed.length ? { trimmed } : {}) };
}
