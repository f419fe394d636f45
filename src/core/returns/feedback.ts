// Feedback to a department after a merge: its indicators (those it leads) that fail or are still
// empty, from a check of the merged master, and the layout of the feedback workbook's one sheet.
import type { CellStyle, Finding, Lang, SummaryCell, SummarySheetLayout } from '../types';
import type { WorkbookCheck } from '../check';
import { t } from '../messages';
import { SHEET_STYLES } from '../summary-sheet';
import { fitCellText } from '../excel-limits';
import { nameKey } from '../text';
import { displayText } from './merge-values';

export interface FeedbackItem {
  name: string;
  target: string | null;
  value: string;
  status: 'fail' | 'missing' | 'invalid';
  /** The check's one-line reason. */
  message: string;
  /** `sheet!A1` in the master. */
  cell: string;
}

const FEEDBACK_STATUSES = new Set<Finding['status']>(['fail', 'missing', 'invalid']);

/** The failing, empty and invalid indicators `department` leads, in the master's order. */
export function feedbackFor(department: string, mergedCheck: WorkbookCheck): FeedbackItem[] {
  const key = nameKey(department);
  return mergedCheck.findings
    .filter((f) => FEEDBACK_STATUSES.has(f.status) && f.lead.some((l) => nameKey(l) === key))
    .map((f) => ({
      name: f.name,
      target: f.target,
      value: f.value === null ? '' : displayText(f.value),
      status: f.status as FeedbackItem['status'],
      message: f.message,
      cell: `${f.sheet}!${f.cell}`,
    }));
}

/** Every lead department of the merged master with at least one feedback item. */
export function departmentsWithFeedback(mergedCheck: WorkbookCheck): string[] {
  const seen = new Map<string, string>();
  for (const f of mergedCheck.findings) {
    if (!FEEDBACK_STATUSES.has(f.status)) continue;
    for (const lead of f.lead) if (!seen.has(nameKey(lead))) seen.set(nameKey(lead), lead);
  }
  return [...seen.values()];
}

const STYLES: Record<string, CellStyle> = { ...SHEET_STYLES, title: { bold: true, fontSize: 14 } };

/** The feedback workbook's sheet: a title, then one row per item. Every cell is literal text. */
export function feedbackSheet(department: string, items: FeedbackItem[], lang: Lang, now: string): SummarySheetLayout {
  const cells: SummaryCell[] = [];
  // Texts are cut to Excel's limit (a feedback workbook is read, not a record: the cut is visible as …).
  const put = (row: number, col: number, value: string | number | null, style: string) =>
    cells.push({ row, col, value: typeof value === 'string' ? fitCellText(value).text : value, style });
  put(0, 0, t(lang, 'merge.feedback.title', { department }), 'title');
  put(1, 0, t(lang, 'merge.feedback.meta', { time: now, count: items.length }), 'meta');
  const header = ['seq', 'name', 'target', 'value', 'status', 'reason', 'where'].map((k) => t(lang, k === 'seq' ? 'summary.col.seq' : `merge.feedback.col.${k}`));
  header.forEach((h, c) => put(3, c, h, 'header'));
  items.forEach((item, i) => {
    const row = 4 + i;
    put(row, 0, i + 1, 'number');
    [item.name, item.target ?? '', item.value, t(lang, `status.${item.status}`), item.message, item.cell].forEach((v, k) => put(row, k + 1, v, 'text'));
  });
  return {
    name: t(lang, 'merge.feedback.sheet'),
    replaces: false,
    cells,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 0, bottom: 1, right: 6 },
    ],
    widths: [6, 30, 14, 14, 10, 44, 16],
    styles: STYLES,
  };
}
