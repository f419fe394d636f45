// Reading the indicator rows of a found table: the name, the descriptive columns, and the value cell to judge.
// Rows that are not indicators (section headings, totals, notes, regional sub-rows) give no row; a
// regional sub-row lends its target to the indicator above it.
import type { IndicatorRow, RawValue, SheetGrid, TableLayout, YearColumn } from './types';
import { headerKey, isNameHeader } from './headers';
import { SheetCells } from './tables';
import { isPercentFormat } from './parse/value';
import { parseThreshold } from './parse/threshold';
import { isRegionLabel, regionLabel, regionPartText, type SubRow } from './sub-rows';

/** `一、` `(一)` `第一部分` `Ⅰ.`: the numbering of a section heading, never of an indicator. */
const SECTION_NUMBER =
  /^(?:第?[一二三四五六七八九十百零〇]+[、.．,，:：\s]|第[一二三四五六七八九十百零〇\d]+(?:部分|篇|章|节|类|项)|[(（][一二三四五六七八九十百零〇]+[)）]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.．\s]?|[IVX]+[、.．])\s*/;
/** A sequence cell holding only a section numeral: `一`, `二、`, `(三)`. */
const SECTION_NUMERAL = /^(?:第?[一二三四五六七八九十百零〇]+[、.．]?|[(（][一二三四五六七八九十百零〇]+[)）]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]+[、.．]?)$/;
/** Lines under a table that are not indicators: 注:…, 填报人:…, 联系电话:… (both scripts). */
const FOOTNOTE =
  /^(?:[注註]\s*\d*\s*[:：、.．]|(?:[注註]释|[注註]釋|[备備][注註]|[说說]明|填[表报報][说說]明|填[表报報]人|[审審][核]人|[负負][责責]人|[联聯][系繫]人|[联聯][系繫][电電][话話]|填[报報][单單]位|填[报報]日期|制表人?|[数數][据據][来來]源)\s*[:：])/;
const NUMBER_ONLY = /^[+-]?\d+(?:\.\d+)?$/;
/** Total rows under a table: 合计, 小 计 … */
const TOTAL_ROW = /^(?:(?:全[市省县縣区區])?(?:合|小|总|總)\s*[计計](?:\s*[(（:：].*)?|共计|共計)$/;

/** A number in a text column as Excel would show it: float noise dropped, a %-formatted cell in percent. */
function numberText(n: number, format: string | null): string {
  const percent = isPercentFormat(format);
  const shown = percent ? n * 100 : n;
  const text = Number.isFinite(shown) ? String(Number(shown.toPrecision(12))) : String(shown);
  return percent ? `${text}%` : text;
}

function textOf(value: RawValue, format: string | null = null): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return numberText(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return 'error' in value ? value.error : value.date;
}

/** A descriptive cell's text; a cell under the top of a vertically merged area reads the area's value. */
function filledText(cells: SheetCells, table: TableLayout, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const merge = cells.coveringMerge(row, col);
  if (merge) {
    const fills = merge.left === col && merge.top >= table.firstRow;
    return fills ? textOf(cells.own(merge.top, col), cells.format(merge.top, col)) : undefined;
  }
  return textOf(cells.own(row, col), cells.format(row, col));
}

function cellsOf(sheet: SheetGrid, table: TableLayout): SheetCells {
  return new SheetCells(sheet, { top: table.headerTop, bottom: table.lastRow, left: table.left, right: table.right });
}

function stripNumbering(text: string): string {
  return text.trim().replace(SECTION_NUMBER, '').trim();
}

/** How many table columns a merged area starting at (row, col) spans; 1 for a plain cell. */
function mergedWidth(cells: SheetCells, table: TableLayout, row: number, col: number): number {
  const merge = cells.mergesStartingIn(row).find((m) => m.left === col);
  return merge ? Math.min(merge.right, table.right) - Math.max(merge.left, table.left) + 1 : 1;
}

/**
 * The text of a section heading row (`一、生态经济`, `(一)生态空间`, one merged cell across the table,
 * or a section numeral in the 序号 column beside one text), numbering removed; null for any other row.
 */
function sectionHeading(cells: SheetCells, table: TableLayout, row: number): string | null {
  let count = 0;
  let firstCol = -1;
  let secondCol = -1;
  // A merged heading may start left of the table's first role column.
  for (const merge of cells.mergesStartingIn(row)) {
    if (merge.left < table.left && merge.right >= table.left && cells.own(row, merge.left) !== null) {
      count++;
      firstCol = merge.left;
    }
  }
  for (let c = table.left; c <= table.right && count <= 2; c++) {
    if (cells.own(row, c) === null) continue;
    count++;
    if (firstCol < 0) firstCol = c;
    else if (secondCol < 0) secondCol = c;
  }
  if (count === 1) {
    const value = cells.own(row, firstCol);
    if (typeof value !== 'string') return null;
    if (SECTION_NUMBER.test(value.trim())) return stripNumbering(value);
    const tableWidth = table.right - table.left + 1;
    return mergedWidth(cells, table, row, firstCol) >= Math.max(2, Math.ceil(tableWidth / 2)) ? stripNumbering(value) : null;
  }
  if (count === 2 && firstCol === table.columns.seq) {
    const text = cells.own(row, secondCol);
    if (typeof text === 'string' && SECTION_NUMERAL.test(textOf(cells.own(row, firstCol)) ?? '')) return stripNumbering(text);
  }
  return null;
}

interface Candidate {
  row: number;
  name: string;
  category?: string;
  /** Regional sub-rows under the indicator (山区 | ≥60), in sheet order. */
  subRows?: SubRow[];
}

/** Whether the row has anything in its value column or year columns. */
function holdsValue(cells: SheetCells, table: TableLayout, row: number): boolean {
  if (table.columns.value !== undefined && cells.own(row, table.columns.value) !== null) return true;
  return table.yearColumns.some(({ col }) => cells.own(row, col) !== null);
}

/**
 * A row under an indicator that holds one region's or level's target: its name cell is a region label
 * (山区, 其中:县城), or it is empty or repeats the indicator's name while the target cell names the
 * region (`丘陵≥40`). Null for any other row.
 */
function subRowOf(cells: SheetCells, table: TableLayout, row: number, name: string | null, parent: Candidate | null): SubRow | null {
  if (!parent) return null;
  const label = name !== null && isRegionLabel(name);
  if (name !== null && !label && name !== parent.name) return null;
  // The same name again with a value of its own is another row of that indicator (a district's), not a sub-row.
  if (name !== null && !label && holdsValue(cells, table, row)) return null;
  const target = filledText(cells, table, row, table.columns.target);
  if (label) return { row, label: regionLabel(name), ...(target !== undefined ? { target } : {}) };
  const part = target === undefined ? null : regionPartText(target);
  return part ? { row, label: part.region, target } : null;
}

/**
 * The rows of the table that are indicators, with their category: the category cell (a merged one
 * read from its top), else the category above it, else the latest section heading. Regional sub-rows
 * are attached to the indicator above them.
 */
function indicatorCandidates(cells: SheetCells, table: TableLayout): Candidate[] {
  const nameCol = table.columns.name;
  if (nameCol === undefined) return [];
  const categoryCol = table.columns.category;
  const result: Candidate[] = [];
  let category: string | undefined;
  let parent: Candidate | null = null;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const heading = sectionHeading(cells, table, row);
    if (heading !== null) {
      if (heading) category = heading;
      parent = null;
      continue;
    }
    const nameCell = cells.own(row, nameCol);
    const trimmed = typeof nameCell === 'string' ? nameCell.trim() : null;
    const sub = subRowOf(cells, table, row, trimmed || null, parent);
    if (sub && parent) {
      (parent.subRows ??= []).push(sub);
      continue;
    }
    category = filledText(cells, table, row, categoryCol) ?? category;
    if (trimmed === null) continue;
    const name = trimmed;
    if (!name || NUMBER_ONLY.test(name) || FOOTNOTE.test(name) || isNameHeader(nameCell)) continue;
    if (TOTAL_ROW.test(name.replace(/\s+/g, ''))) {
      parent = null;
      continue;
    }
    parent = category === undefined ? { row, name } : { row, name, category };
    result.push(parent);
  }
  return result;
}

interface ReportingYear {
  year: YearColumn;
  previous: YearColumn | null;
}

function yearChoice(years: YearColumn[], index: number): ReportingYear {
  const year = years[index];
  let previous: YearColumn | null = null;
  for (let i = index - 1; i >= 0 && !previous; i--) if (years[i].year < year.year) previous = years[i];
  return { year, previous };
}

function chooseReportingYear(cells: SheetCells, table: TableLayout, rows: Candidate[]): ReportingYear | null {
  const years = table.yearColumns;
  if (years.length === 0) return null;
  for (let i = years.length - 1; i >= 0; i--) {
    const col = years[i].col;
    if (rows.some(({ row }) => cells.own(row, col) !== null)) return yearChoice(years, i);
  }
  // Nothing filled in any year: the table's own value column, if any, else every row is missing the latest year.
  return table.columns.value !== undefined ? null : yearChoice(years, years.length - 1);
}

/**
 * The year a table reports: the latest year column holding a value in any indicator row, with the
 * year column before it. Null without year columns, and when no year column holds a value but the
 * table has a 现状值 column of its own (that column is read instead). With year columns all empty and
 * no value column, the latest year: every row is then missing.
 */
export function reportingYear(sheet: SheetGrid, table: TableLayout): ReportingYear | null {
  const cells = cellsOf(sheet, table);
  return chooseReportingYear(cells, table, indicatorCandidates(cells, table));
}

interface ValueSource {
  col: number;
  year?: number;
  previous?: { col: number; year?: number };
}

function valueSource(table: TableLayout, chosen: ReportingYear | null): ValueSource {
  const previousCol = table.columns.previous;
  const previousColumn = previousCol === undefined ? undefined : { col: previousCol };
  if (chosen) {
    const previous = chosen.previous ? { col: chosen.previous.col, year: chosen.previous.year } : previousColumn;
    return { col: chosen.year.col, year: chosen.year.year, ...(previous ? { previous } : {}) };
  }
  return { col: table.columns.value ?? -1, ...(previousColumn ? { previous: previousColumn } : {}) };
}

const TEXT_FIELDS = ['unit', 'target', 'property', 'lead', 'coop', 'status', 'note'] as const;

/** The lowest label over a column in the table's header rows (a merged label counts for each column it covers). */
function headerText(cells: SheetCells, table: TableLayout, col: number): string | undefined {
  for (let r = table.headerBottom; r >= table.headerTop; r--) {
    const value = cells.shown(r, col);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** A column of an outside figure: 全省平均值, 全国平均水平, 所在县平均. */
const FIGURE_HEADER = /平均|均值/;

/** The table's columns without a role whose label names an outside figure. */
function figureColumns(cells: SheetCells, table: TableLayout): { label: string; col: number }[] {
  const used = new Set<number>([...Object.values(table.columns), ...table.yearColumns.map((y) => y.col)]);
  const out: { label: string; col: number }[] = [];
  for (let col = table.left; col <= table.right; col++) {
    if (used.has(col)) continue;
    const label = headerText(cells, table, col);
    if (label !== undefined && FIGURE_HEADER.test(label)) out.push({ label, col });
  }
  return out;
}

/** A value column that holds a change itself (下降率, 增长率, 降幅, 增幅, 增量). */
const CHANGE_HEADER = /(下降|降低|减少|增长|增加|提高|上升)(率|幅度|量|百分点)|降幅|增幅|增量|增速|减少量|降低率/;
/** A previous-value column that is a baseline (基准值, 基期值), not last year's value. */
const BASELINE_HEADER = /基准|基期|基数/;

/**
 * The target of an indicator with regional sub-rows: its own part (when its target names a region)
 * and each sub-row's part, `山区:≥60;丘陵:≥40`. The row's own target stays when no sub-row has one.
 */
function regionalTarget(own: string | undefined, subRows: SubRow[]): string | undefined {
  const parts: string[] = [];
  if (own !== undefined) {
    if (regionPartText(own)) parts.push(own);
    // A number of its own is the indicator's general target; words (分区域, 见下) point to the sub-rows.
    else if (isNumericTarget(own)) return own;
  }
  for (const sub of subRows) {
    if (sub.target === undefined) continue;
    parts.push(regionPartText(sub.target) ? sub.target : `${sub.label}:${sub.target}`);
  }
  return parts.length > 0 ? parts.join(';') : own;
}

function isNumericTarget(text: string): boolean {
  const kind = parseThreshold(text)?.kind;
  return kind === 'compare' || kind === 'range' || kind === 'bare' || kind === 'regional' || kind === 'change';
}

/** The indicator rows of a table, in sheet order. Heading, empty, footnote and repeated header rows are skipped. */
export function readRows(sheet: SheetGrid, table: TableLayout): IndicatorRow[] {
  const cells = cellsOf(sheet, table);
  const candidates = indicatorCandidates(cells, table);
  const source = valueSource(table, chooseReportingYear(cells, table, candidates));
  const { columns } = table;
  const nameCol = columns.name ?? -1;
  const valueHeader = source.col >= 0 ? headerText(cells, table, source.col) : undefined;
  const valueIsChange = valueHeader !== undefined && CHANGE_HEADER.test(headerKey(valueHeader));
  const figureCols = figureColumns(cells, table);
  const previousHeader = source.previous && source.previous.year === undefined ? headerText(cells, table, source.previous.col) : undefined;
  const baseline = previousHeader !== undefined && BASELINE_HEADER.test(headerKey(previousHeader));
  return candidates.map(({ row, name, category, subRows }) => {
    const result: IndicatorRow = {
      sheet: sheet.name,
      row,
      name,
      nameCol,
      valueCol: source.col,
      value: source.col >= 0 ? cells.own(row, source.col) : null,
    };
    if (source.col >= 0) result.valueFormat = cells.format(row, source.col);
    if (source.year !== undefined) result.valueYear = source.year;
    if (source.previous) {
      const { col, year } = source.previous;
      result.previous = {
        col,
        value: cells.own(row, col),
        format: cells.format(row, col),
        ...(year !== undefined ? { year } : {}),
        ...(baseline ? { baseline: true } : {}),
      };
    }
    if (valueIsChange) result.valueHeader = valueHeader;
    if (figureCols.length > 0) {
      result.figures = figureCols.map(({ label, col }) => ({ label, col, value: cells.own(row, col), format: cells.format(row, col) }));
    }
    if (table.yearColumns.length > 0 && source.year !== undefined) {
      result.years = table.yearColumns.map(({ year, col }) => ({ year, col, value: cells.own(row, col), format: cells.format(row, col) }));
    }
    if (category !== undefined) result.category = category;
    for (const field of TEXT_FIELDS) {
      const text = filledText(cells, table, row, columns[field]);
      if (text !== undefined) result[field] = text;
    }
    if (subRows) {
      const target = regionalTarget(result.target, subRows);
      if (target !== undefined) result.target = target;
    }
    return result;
  });
}
