// The consolidation sheet (汇总情况) a merge leaves in the master: the departments that returned,
// with their check stamp, those that did not, the conflicts, the values that found no place, and
// the indicators still empty, with links to their cells.
import type { Catalog, CellStyle, Lang, SummaryCell, SummarySheetLayout, WorkbookGrid } from '../types';
import { t } from '../messages';
import { SHEET_STYLES, ownSheetName } from '../summary-sheet';
import { displayText } from './merge-values';
import { cellAddress } from '../address';
import type { StampState } from './format';
import type { MergePlan } from './merge';
import { contentWidths, tablePrint } from '../print-layout';

const STYLES: Record<string, CellStyle> = {
  ...SHEET_STYLES,
  bad: { border: true, fill: '#FFC7CE', fontColor: '#9C0006', vertical: 'top', wrap: true },
  good: { border: true, fill: '#C6EFCE', fontColor: '#006100', vertical: 'top' },
  neutral: { border: true, fill: '#FFEB9C', fontColor: '#9C5700', vertical: 'top', wrap: true },
};

const STAMP_KEYS: Record<StampState, string> = {
  valid: 'merge.stamp.valid',
  changed: 'merge.stamp.changed',
  'outdated-catalog': 'merge.stamp.outdated',
  unchecked: 'merge.stamp.unchecked',
};

/** 已核查且未改动 / 核查后有改动 / 用旧指标库核查 / 未核查 */
export function stampStateText(state: StampState, lang: Lang): string {
  return t(lang, STAMP_KEYS[state]);
}

/** `sheet!A1` of a conflict or an empty indicator. */
export function whereOf(item: { sheet: string; row: number; col: number }): string {
  return `${item.sheet}!${cellAddress(item.row, item.col)}`;
}

/** The sheet's columns (序号 and seven more), and how narrow and wide each gets, in characters. */
const COLUMNS = 8;
const LAST_COL = COLUMNS - 1;
const WIDTH_BOUNDS = { min: 6, max: 36 };

const STAMP_STYLES = { valid: 'good', changed: 'bad', 'outdated-catalog': 'neutral', unchecked: 'neutral' } as const;

type Row = (string | number | null | { value: string | number | null; style: string; link?: SummaryCell['link'] })[];

class SheetWriter {
  readonly cells: SummaryCell[] = [];
  readonly merges: SummarySheetLayout['merges'] = [];
  row = 0;

  banner(text: string, style: string): void {
    this.cells.push({ row: this.row, col: 0, value: text, style });
    this.merges.push({ top: this.row, left: 0, bottom: this.row, right: LAST_COL });
    this.row++;
  }

  line(values: Row, style: string): void {
    values.forEach((v, col) => {
      if (v !== null && typeof v === 'object') this.cells.push({ row: this.row, col, value: v.value, style: v.style, ...(v.link ? { link: v.link } : {}) });
      else this.cells.push({ row: this.row, col, value: v, style: typeof v === 'number' ? 'number' : style });
    });
    this.row++;
  }

  /** A titled list with its count; "none" under it when empty. */
  section(title: string, header: string[], rows: Row[], lang: Lang): void {
    this.banner(`${title}(${rows.length})`, 'section');
    if (rows.length === 0) {
      this.cells.push({ row: this.row++, col: 1, value: t(lang, 'summary.none'), style: 'note' });
    } else {
      this.line([t(lang, 'summary.col.seq'), ...header], 'header');
      rows.forEach((r, i) => this.line([i + 1, ...r], 'text'));
    }
    this.row++;
  }
}

/** The sheet's name: ours is replaced, a sheet the user made under that name is kept. */
export function consolidationSheetName(grid: WorkbookGrid, lang: Lang): { name: string; replaces: boolean } {
  return ownSheetName(grid, t(lang, 'merge.sheet'));
}

function link(item: { sheet: string; row: number; col: number }) {
  return { value: whereOf(item), style: 'link', link: { sheet: item.sheet, row: item.row, col: item.col } };
}

export function buildConsolidationSheet(
  grid: WorkbookGrid,
  plan: Omit<MergePlan, 'consolidation'>,
  catalog: Catalog | null,
  options: { lang: Lang; now: string },
): SummarySheetLayout {
  const { lang } = options;
  const w = new SheetWriter();
  const col = (key: string) => t(lang, `merge.col.${key}`);
  const title = t(lang, 'merge.title');
  w.banner(title, 'title');
  const catalogName = catalog ? `${catalog.title}(${catalog.id})` : t(lang, 'summary.noCatalog');
  w.banner(t(lang, 'merge.meta', { catalog: catalogName, time: options.now }).trim(), 'meta');
  const counts = t(lang, 'merge.counts', {
    returned: plan.returned.length,
    missing: plan.missing.length,
    merged: plan.writes.length,
    conflicts: plan.conflicts.length,
    empty: plan.stillEmpty.length,
  });
  const blank = plan.missing.filter((m) => m.blank).length;
  w.banner(`${counts}${t(lang, 'merge.counts.explained', { explained: plan.explained.length, blank })}`, 'meta');
  w.row++;

  w.section(
    t(lang, 'merge.returned'),
    [col('department'), col('file'), col('person'), col('date'), col('stamp'), col('merged'), col('explainedFail')],
    plan.returned.map((r) => [
      r.department,
      r.file,
      r.person,
      r.date,
      { value: stampStateText(r.stampState, lang), style: STAMP_STYLES[r.stampState] },
      r.merged,
      r.explainedFail,
    ]),
    lang,
  );
  w.section(
    t(lang, 'merge.missing'),
    [col('department'), col('leads'), col('state')],
    plan.missing.map((m) => [
      m.department,
      m.indicators,
      m.blank ? { value: t(lang, 'merge.state.blank', { file: m.blank.file }), style: 'neutral' } : t(lang, 'merge.state.missing'),
    ]),
    lang,
  );
  w.section(
    t(lang, 'merge.explained'),
    [col('department'), col('name'), col('target'), col('value'), col('explanation')],
    plan.explained.map((e) => [e.department, e.name, e.target, e.value, { value: e.explanation, style: 'neutral' }]),
    lang,
  );
  w.section(
    t(lang, 'merge.conflicts'),
    [col('name'), col('offers'), col('master'), col('where'), col('outcome'), col('column')],
    plan.conflicts.map((c) => [
      c.name,
      c.offers.map((o) => `${o.department}:${displayText(o.value)}`).join(';'),
      displayText(c.master),
      link(c),
      { value: c.chosen ? t(lang, 'merge.outcome.written', { department: c.chosen.department }) : t(lang, c.locked ? `merge.outcome.${c.locked}` : c.kept ? 'merge.outcome.keptChosen' : 'merge.outcome.kept'), style: c.chosen || c.kept ? 'text' : 'bad' },
      t(lang, `merge.column.${c.column}`),
    ]),
    lang,
  );
  w.section(
    t(lang, 'merge.unplaced'),
    [col('name'), col('department'), col('file'), col('reason')],
    plan.unplaced.map((u) => [u.name, u.department, u.file, t(lang, `merge.unplaced.${u.reason}`)]),
    lang,
  );
  w.section(t(lang, 'merge.empty'), [col('name'), col('lead'), col('where')], plan.stillEmpty.map((e) => [e.name, e.lead.join('、'), link(e)]), lang);
  // The closing line says the sheet is the tool's; the merge journal's record is what makes it so.
  w.cells.push({ row: w.row, col: 0, value: t(lang, 'summary.marker'), style: 'note' });

  return {
    ...consolidationSheetName(grid, lang),
    cells: w.cells,
    merges: w.merges,
    widths: contentWidths(w.cells, COLUMNS, STYLES, w.merges, WIDTH_BOUNDS),
    styles: STYLES,
    print: tablePrint(title, { top: 0, bottom: 0 }, lang),
  };
}
