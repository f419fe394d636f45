// Feedback to a department after a merge: its indicators (those it leads) that fail, are still empty,
// need review, or whose value in the master differs from what it reported, each with its own reported
// value and the place in its own return (file, sheet, cell); and the layout of the feedback sheet.
import type { CellStyle, Finding, Lang, SummaryCell, SummarySheetLayout } from '../types';
import type { WorkbookCheck } from '../check';
import { t } from '../messages';
import { SHEET_STYLES } from '../summary-sheet';
import { fitCellText } from '../excel-limits';
import { nameKey } from '../text';
import { displayText } from './merge-values';
import { contentWidths, tablePrint } from '../print-layout';
import type { MergeConflict, ReturnRowRef } from './merge';

export type FeedbackStatus = 'fail' | 'missing' | 'invalid' | 'review' | 'conflict';

export interface FeedbackItem {
  name: string;
  target: string | null;
  /** What the department reported in its return ('' when it left the cell empty or sent no return). */
  reported: string;
  /** The master's value when it differs from the reported one; '' when they agree. */
  master: string;
  status: FeedbackStatus;
  /** The check's one-line reason (or what differs). */
  message: string;
  /** The department's return file; '' when it sent none. */
  file: string;
  /** `sheet!A1` of the value cell in the department's return; '' when it sent none. */
  cell: string;
}

/** What of a merge plan feedback needs: the returns' rows and the conflicts. */
export interface FeedbackSources {
  returnRows: ReturnRowRef[];
  conflicts: MergeConflict[];
}

const FEEDBACK_STATUSES = new Set<Finding['status']>(['fail', 'missing', 'invalid', 'review']);

function leads(f: Finding, key: string): boolean {
  return f.lead.some((l) => nameKey(l) === key);
}

/** The department's return row of a finding: by catalog indicator, else by name. */
function rowOf(f: Finding, rows: ReturnRowRef[]): ReturnRowRef | undefined {
  return (f.indicatorId ? rows.find((r) => r.indicatorId === f.indicatorId) : undefined) ?? rows.find((r) => nameKey(r.name) === nameKey(f.name));
}

/** Two shown values that are the same figure (`55` and `55.0`). */
function sameShown(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 1e-9;
}

/** The items of `department`, in the master's order. */
export function feedbackFor(department: string, mergedCheck: WorkbookCheck, sources: FeedbackSources, lang: Lang = 'zh-CN'): FeedbackItem[] {
  const key = nameKey(department);
  const rows = sources.returnRows.filter((r) => nameKey(r.department) === key);
  const conflictAt = (f: Finding) =>
    sources.conflicts.find((c) => c.sheet === f.sheet && c.row === f.row - 1 && c.column === 'value' && c.offers.some((o) => nameKey(o.department) === key));
  const items: FeedbackItem[] = [];
  for (const f of mergedCheck.findings) {
    if (!leads(f, key)) continue;
    const own = rowOf(f, rows);
    const conflict = conflictAt(f);
    const offer = conflict?.offers.find((o) => nameKey(o.department) === key);
    const reported = offer ? displayText(offer.value) : (own?.value ?? '');
    const masterShown = f.value === null ? '' : displayText(f.value);
    const differs = own !== undefined && !sameShown(reported, masterShown);
    if (!FEEDBACK_STATUSES.has(f.status) && !differs) continue;
    const status: FeedbackStatus = FEEDBACK_STATUSES.has(f.status) ? (f.status as FeedbackStatus) : 'conflict';
    const others = conflict?.kind === 'returns' ? conflict.offers.filter((o) => nameKey(o.department) !== key) : [];
    // Returns that disagree leave the master's cell as it was: the department hears why.
    const message =
      others.length > 0 && conflict?.chosen === null
        ? t(lang, 'merge.feedback.returnsDisagree', { offers: others.map((o) => `${o.department}:${displayText(o.value)}`).join(lang === 'en' ? '; ' : ';') })
        : status === 'conflict'
          ? t(lang, 'merge.feedback.differs', { master: masterShown || t(lang, 'merge.feedback.empty'), reported: reported || t(lang, 'merge.feedback.empty') })
          : f.message;
    items.push({
      name: f.name,
      target: f.target,
      reported,
      master: differs ? masterShown || t(lang, 'merge.feedback.empty') : '',
      status,
      message,
      file: offer?.file ?? own?.file ?? '',
      cell: offer ? `${offer.sheet}!${offer.cell}` : own ? `${own.sheet}!${own.cell}` : '',
    });
  }
  return items;
}

/** Every lead department of the merged master with at least one feedback item. */
export function departmentsWithFeedback(mergedCheck: WorkbookCheck, sources: FeedbackSources): string[] {
  const seen = new Map<string, string>();
  for (const f of mergedCheck.findings) for (const lead of f.lead) if (!seen.has(nameKey(lead))) seen.set(nameKey(lead), lead);
  return [...seen.values()].filter((d) => feedbackFor(d, mergedCheck, sources).length > 0);
}

const STYLES: Record<string, CellStyle> = {
  ...SHEET_STYLES,
  title: { bold: true, fontSize: 14 },
  bad: { border: true, vertical: 'top', wrap: true, fill: '#FFC7CE', fontColor: '#9C0006' },
  neutral: { border: true, vertical: 'top', wrap: true, fill: '#FFEB9C', fontColor: '#9C5700' },
};

const STATUS_STYLE: Record<FeedbackStatus, string> = { fail: 'bad', invalid: 'bad', missing: 'bad', review: 'neutral', conflict: 'neutral' };

const HEADER_ROW = 3;
/** Narrowest and widest a column gets, in characters. */
const WIDTH_BOUNDS = { min: 6, max: 40 };

/** The feedback workbook's sheet: a title, then one row per item. Every cell is literal text. */
export function feedbackSheet(department: string, items: FeedbackItem[], lang: Lang, now: string): SummarySheetLayout {
  const cells: SummaryCell[] = [];
  // Texts are cut to Excel's limit (a feedback workbook is read, not a record: the cut is visible as …).
  const put = (row: number, col: number, value: string | number | null, style: string) =>
    cells.push({ row, col, value: typeof value === 'string' ? fitCellText(value).text : value, style });
  const title = t(lang, 'merge.feedback.title', { department });
  put(0, 0, title, 'title');
  put(1, 0, t(lang, 'merge.feedback.meta', { time: now, count: items.length }), 'meta');
  const keys = ['name', 'target', 'reported', 'master', 'status', 'reason', 'file', 'cell'];
  const header = [t(lang, 'summary.col.seq'), ...keys.map((k) => t(lang, `merge.feedback.col.${k}`))];
  header.forEach((h, c) => put(HEADER_ROW, c, h, 'header'));
  items.forEach((item, i) => {
    const row = HEADER_ROW + 1 + i;
    put(row, 0, i + 1, 'number');
    const file = item.file || t(lang, 'merge.feedback.noReturn');
    [item.name, item.target ?? '', item.reported, item.master, t(lang, `merge.feedback.status.${item.status}`), item.message, file, item.cell].forEach((v, k) =>
      put(row, k + 1, v, k === 4 ? STATUS_STYLE[item.status] : 'text'),
    );
  });
  const last = header.length - 1;
  const merges = [
    { top: 0, left: 0, bottom: 0, right: last },
    { top: 1, left: 0, bottom: 1, right: last },
  ];
  return {
    name: t(lang, 'merge.feedback.sheet'),
    replaces: false,
    cells,
    merges,
    widths: contentWidths(cells, header.length, STYLES, merges, WIDTH_BOUNDS),
    styles: STYLES,
    print: tablePrint(title, { top: HEADER_ROW, bottom: HEADER_ROW }, lang),
  };
}
