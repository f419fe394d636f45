// The summary sheet's layout: totals, pass rate, by category, by lead department, and the lists of
// failing, doubtful and missing indicators with links back to their cells.
import type { CellStyle, Finding, Lang, SummaryCell, SummaryGroup, SummarySheetLayout, Totals } from './types';
import type { WorkbookCheck } from './check';
import { formatNumber } from './format';
import { t } from './messages';
import { STATUSES } from './summary';
import { SHEET_STYLES } from './summary-sheet';
import { contentWidths, tablePrint } from './print-layout';

const STYLES: Record<string, CellStyle> = {
  ...SHEET_STYLES,
  percent: { border: true, horizontal: 'right', numberFormat: '0.0%' },
  bad: { border: true, fill: '#FFC7CE', fontColor: '#9C0006', horizontal: 'right' },
};

/** The sheet's columns: 序号, name, then the narrower columns. */
const COLUMNS = 10;
const LAST_COL = COLUMNS - 1;
/** Narrowest and widest a column gets, in characters; the name and reason columns wrap beyond. */
const WIDTH_BOUNDS = { min: 6, max: 28 };

class SheetWriter {
  readonly cells: SummaryCell[] = [];
  readonly merges: SummarySheetLayout['merges'] = [];
  row = 0;

  put(col: number, value: string | number | null, style?: string, link?: SummaryCell['link']): void {
    this.cells.push({ row: this.row, col, value, ...(style ? { style } : {}), ...(link ? { link } : {}) });
  }

  line(values: (string | number | null)[], style: string, from = 0): void {
    values.forEach((v, i) => this.put(from + i, v, style));
    this.row++;
  }

  /** A line of text across the sheet's width. */
  banner(text: string, style: string): void {
    this.put(0, text, style);
    this.merges.push({ top: this.row, left: 0, bottom: this.row, right: LAST_COL });
    this.row++;
  }

  gap(): void {
    this.row++;
  }
}

function statusHeaders(lang: Lang): string[] {
  return STATUSES.map((s) => t(lang, `status.${s}`));
}

function countsOf(totals: Totals): number[] {
  return STATUSES.map((s) => totals[s]);
}

function groupTable(w: SheetWriter, groups: SummaryGroup[], label: string, emptyLabel: string, lang: Lang): { top: number; bottom: number } {
  w.line([t(lang, 'summary.col.seq'), label, t(lang, 'summary.total'), ...statusHeaders(lang), t(lang, 'summary.passRate')], 'header');
  const top = w.row;
  groups.forEach((g, i) => {
    w.put(0, i + 1, 'number');
    w.put(1, g.key || emptyLabel, 'text');
    w.put(2, g.total, 'number');
    countsOf(g.totals).forEach((n, k) => w.put(3 + k, n, k === 1 && n > 0 ? 'bad' : 'number'));
    w.put(3 + STATUSES.length, g.passRate, 'percent');
    w.row++;
  });
  return { top, bottom: w.row - 1 };
}

function where(f: Finding): string {
  return `${f.sheet}!${f.cell}`;
}

function gapText(f: Finding, lang: Lang): string {
  if (f.gap === null) return '';
  const unit = f.unit === '%' ? (lang === 'en' ? ' pts' : '个百分点') : (f.unit ?? '');
  return `${formatNumber(f.gap)}${unit}`;
}

function findingList(
  w: SheetWriter,
  title: string,
  findings: Finding[],
  columns: { header: string; value: (f: Finding) => string | number | null }[],
  lang: Lang,
): void {
  w.banner(`${title}(${findings.length})`, 'section');
  if (findings.length === 0) {
    w.put(1, t(lang, 'summary.none'), 'note');
    w.row++;
    return;
  }
  w.line([t(lang, 'summary.col.seq'), ...columns.map((c) => c.header), t(lang, 'summary.col.where')], 'header');
  findings.forEach((f, i) => {
    w.put(0, i + 1, 'number');
    columns.forEach((c, k) => w.put(1 + k, c.value(f), 'text'));
    const link = { sheet: f.sheet, row: f.row - 1, col: f.col };
    w.put(1 + columns.length, where(f), 'link', link);
    w.row++;
  });
}

export function buildSummarySheet(
  check: WorkbookCheck,
  options: { name: string; replaces: boolean; lang: Lang; checkedAt: string },
): SummarySheetLayout {
  const { lang } = options;
  const { summary } = check;
  const w = new SheetWriter();

  const title = t(lang, 'summary.title');
  w.banner(title, 'title');
  const catalogName = check.catalog ? `${check.catalog.title}(${check.catalog.id})` : t(lang, 'summary.noCatalog');
  w.banner(`${t(lang, 'summary.meta', { catalog: catalogName, time: options.checkedAt }).trim()}${check.region ? `    ${t(lang, 'summary.region', { region: check.region })}` : ''}`, 'meta');
  w.gap();

  w.banner(t(lang, 'summary.totals'), 'section');
  w.line([t(lang, 'summary.total'), ...statusHeaders(lang), t(lang, 'summary.passRate')], 'header', 1);
  w.put(1, summary.total, 'number');
  countsOf(summary.totals).forEach((n, k) => w.put(2 + k, n, k === 1 && n > 0 ? 'bad' : 'number'));
  w.put(2 + STATUSES.length, summary.passRate, 'percent');
  w.row++;
  w.put(1, t(lang, 'summary.passRateNote'), 'note');
  w.row++;
  w.gap();

  w.banner(t(lang, 'summary.byCategory'), 'section');
  const categoryRows = groupTable(w, summary.byCategory, t(lang, 'summary.category'), t(lang, 'summary.uncategorized'), lang);
  w.gap();
  w.banner(t(lang, 'summary.byLead'), 'section');
  groupTable(w, summary.byLead, t(lang, 'summary.lead'), t(lang, 'summary.unassigned'), lang);
  w.gap();

  const name = { header: t(lang, 'summary.col.name'), value: (f: Finding) => f.name };
  const target = { header: t(lang, 'summary.col.target'), value: (f: Finding) => f.target ?? '' };
  const value = { header: t(lang, 'summary.col.value'), value: (f: Finding) => f.value };
  const lead = { header: t(lang, 'summary.col.lead'), value: (f: Finding) => f.lead.join('、') };
  const property = { header: t(lang, 'summary.col.property'), value: (f: Finding) => f.property ?? '' };
  findingList(
    w,
    t(lang, 'summary.failing'),
    summary.failing,
    [
      name,
      target,
      value,
      { header: t(lang, 'summary.col.gap'), value: (f) => gapText(f, lang) },
      property,
      lead,
    ],
    lang,
  );
  w.gap();
  findingList(
    w,
    t(lang, 'summary.reviewList'),
    summary.review,
    [
      name,
      target,
      value,
      { header: t(lang, 'summary.col.status'), value: (f) => t(lang, `status.${f.status}`) },
      { header: t(lang, 'summary.col.reason'), value: (f) => f.message },
      lead,
    ],
    lang,
  );
  w.gap();
  findingList(w, t(lang, 'summary.missingList'), summary.missing, [name, target, property, lead], lang);
  w.gap();
  w.put(0, t(lang, 'summary.marker'), 'note');

  const hasCategories = summary.byCategory.some((g) => g.key !== '');
  return {
    name: options.name,
    replaces: options.replaces,
    cells: w.cells,
    merges: w.merges,
    widths: contentWidths(w.cells, COLUMNS, STYLES, w.merges, WIDTH_BOUNDS),
    styles: STYLES,
    // The title row on every page: the sheet is a stack of tables, each with its own header row.
    print: tablePrint(title, { top: 0, bottom: 0 }, lang),
    ...(hasCategories && categoryRows.bottom >= categoryRows.top
      ? {
          chart: {
            title: t(lang, 'summary.byCategory'),
            top: categoryRows.top,
            bottom: categoryRows.bottom,
            labelCol: 1,
            passCol: 3,
            failCol: 4,
          },
        }
      : {}),
  };
}

