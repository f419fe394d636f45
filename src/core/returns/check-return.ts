// Checking a departmental return (部门填报表) before it is sent to the creation office: the normal
// engine on the return sheet, plus the strict rules of a return. Two tiers: what must be fixed
// (强制性, blocking) and what must be fixed or explained in the row's 上报说明 (提示性, hint).
import type { Catalog, CatalogIndicator, Finding, IndicatorRow, IssueCode, Lang, RawValue, SheetGrid, WorkbookGrid } from '../types';
import { checkWorkbook, type CheckedRow, type WorkbookCheck } from '../check';
import { CoreError, isCoreError } from '../errors';
import { evaluateRow } from '../evaluate';
import { cellAddress } from '../address';
import { formatNumber } from '../format';
import { t } from '../messages';
import { summarize } from '../summary';
import { nameKey } from '../text';
import { normalizeProperty } from '../departments';
import { parseThreshold } from '../parse/threshold';
import { parseValue } from '../parse/value';
import { isPercentUnit } from '../parse/units';
import { entryRuleOf } from './entry-rule';
import { RETURN_LAYOUT, type ReturnField, type ReturnMarker, type ReturnStamp } from './format';
import { returnValueHash } from './stamp';

export type ReturnTier = 'blocking' | 'hint';

export type ReturnItemKind =
  /** 填报人 or 填报日期 left empty. */
  | 'missing-field'
  /** The indicator's value cell is empty. */
  | 'missing'
  /** An error value, a date, text, or a yes/no answer where a number is needed. */
  | 'invalid'
  /** The indicator's name differs from the catalog's. */
  | 'name-changed'
  /** The target differs from the catalog's. */
  | 'target-mismatch'
  /** A rate over 100%, a negative count or amount. */
  | 'out-of-range'
  /** The indicator is not in the catalog (another version of the catalog). */
  | 'unknown-indicator'
  /** The value fails its target. */
  | 'fail'
  /** The engine cannot decide (需核实). */
  | 'review'
  /** Far from the previous year's value. */
  | 'big-change'
  /** 不适用 / 不涉及 given as the value. */
  | 'not-applicable';

export interface ReturnItem {
  kind: ReturnItemKind;
  tier: ReturnTier;
  sheet: string;
  /** 0-based row and column of the cell to fix (the host's selectCell takes them as they are). */
  row: number;
  col: number;
  /** A1 address of that cell. */
  cell: string;
  indicatorId: string | null;
  /** The indicator's name (the catalog's), or the field's label. */
  name: string;
  /** One line in the chosen language. */
  message: string;
  /** A hint with text in its row's 上报说明. */
  explained: boolean;
  /** Blocking items always block; a hint blocks until it is explained. */
  blocks: boolean;
}

export type ReturnVerdict = 'ready' | 'blocked';

export interface ReturnCounts {
  indicators: number;
  pass: number;
  fail: number;
  review: number;
  missing: number;
  invalid: number;
  na: number;
  /** Items of the blocking tier. */
  blocking: number;
  /** Items of the hint tier, explained or not. */
  hints: number;
  explained: number;
  /** Failing indicators whose cause and measures are given in 上报说明 (explained failures). */
  explainedFail: number;
}

export interface ReturnCheck {
  sheet: string;
  marker: ReturnMarker;
  catalog: Catalog;
  lang: Lang;
  verdict: ReturnVerdict;
  /** Blocking items first, then hints; each in row order, then column order. */
  items: ReturnItem[];
  counts: ReturnCounts;
  /**
   * The engine's result for the return sheet, its rows being the marker's indicators with their
   * values read from the return's own value and previous-year columns (for the JSON report).
   */
  workbook: WorkbookCheck;
}

export interface ReturnCheckOptions {
  lang: Lang;
  /** A value more than this many times the previous year's, or less than its reciprocal, is a hint. */
  changeFactor?: number;
  region?: string | null;
}

export const DEFAULT_CHANGE_FACTOR = 3;

/** Indicators of change (增长率, 降低率 …) may be negative or exceed 100%. */
const CHANGE_NAME = /增长|增幅|增速|增加|增量|降低|下降|减少|削减|减排|变化|变动|提高|提升|升高|降幅|差值/;
/** A completion rate may exceed 100% (超额完成). */
const COMPLETION_NAME = /完成/;

function cellOf(sheet: SheetGrid, row: number, col: number): RawValue {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

function formatOf(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.formats?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

function textOf(value: RawValue): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'error' in value ? value.error : value.date;
}

function isBlank(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The row as the return's layout has it: the value from the reporting year's column and the
 * previous value from the year before, whatever year column the engine's table reading chose
 * (with every 2026年 cell still empty it would read 2025年 as the latest year holding values).
 */
function returnRow(sheet: SheetGrid, row: number, marker: ReturnMarker, seen: IndicatorRow | undefined): IndicatorRow {
  const { columns } = RETURN_LAYOUT;
  const text = (col: number) => textOf(cellOf(sheet, row, col));
  const base: IndicatorRow = seen
    ? { ...seen }
    : { sheet: sheet.name, row, name: text(columns.name) ?? '', nameCol: columns.name, valueCol: columns.value, value: null };
  if (!seen) {
    for (const [field, col] of [['unit', columns.unit], ['target', columns.target], ['property', columns.property], ['coop', columns.coop]] as const) {
      const value = text(col);
      if (value !== undefined) base[field] = value;
    }
  }
  const note = text(columns.note);
  if (note === undefined) delete base.note;
  else base.note = note;
  return {
    ...base,
    sheet: sheet.name,
    valueCol: columns.value,
    value: cellOf(sheet, row, columns.value),
    valueFormat: formatOf(sheet, row, columns.value),
    valueYear: marker.year,
    previous: {
      col: columns.previous,
      value: cellOf(sheet, row, columns.previous),
      format: formatOf(sheet, row, columns.previous),
      year: marker.year - 1,
    },
  };
}

/** The engine's rows of the return sheet; none when the engine finds no table (a header row destroyed). */
function engineRows(sheet: SheetGrid, options: ReturnCheckOptions, catalog: Catalog): WorkbookCheck | null {
  try {
    return checkWorkbook({ sheets: [{ ...sheet, hidden: false }] }, { catalog, lang: options.lang, mode: 'return', region: options.region ?? null, source: sheet.name });
  } catch (e) {
    if (isCoreError(e) && e.code === 'no-table') return null;
    throw e;
  }
}

interface ItemDraft {
  kind: ReturnItemKind;
  tier: ReturnTier;
  row: number;
  col: number;
  indicatorId: string | null;
  name: string;
  message: string;
}

/** What a value cell of the indicator takes: a number, or 是/否 (the template's entry rule). */
type ExpectedKind = 'number' | 'answer';

function expectedKind(indicator: CatalogIndicator): ExpectedKind {
  return entryRuleOf(indicator).kind === 'list' ? 'answer' : 'number';
}

function targetOf(row: IndicatorRow, indicator: CatalogIndicator): string {
  return row.target?.trim() || indicator.target;
}

/**
 * The wrong kind of value in one value cell, as a blocking message saying what is expected; null
 * when the kind is right (or the cell is empty, 不适用, or an error value the engine reports).
 * A number answers a target that asks for an absence (未发生…: 0 means none).
 */
function wrongKind(value: RawValue, format: string | null | undefined, row: IndicatorRow, indicator: CatalogIndicator, lang: Lang): string | null {
  const parsed = parseValue(value, format);
  if (parsed.kind === 'empty' || parsed.kind === 'na' || parsed.kind === 'error') return null;
  const target = targetOf(row, indicator);
  const written = textOf(value) ?? '';
  if (expectedKind(indicator) === 'number') {
    if (parsed.kind === 'number') return null;
    return t(lang, 'return.invalid.answer', { target, value: parsed.kind === 'date' ? parsed.text : written });
  }
  if (parsed.kind === 'answer') return null;
  const threshold = parseThreshold(target);
  if (parsed.kind === 'number' && threshold?.kind === 'qualitative' && threshold.absence) return null;
  return t(lang, 'return.invalid.yes-no', { target, value: written });
}

function numberOf(value: RawValue, format: string | null | undefined): number | null {
  const parsed = parseValue(value, format);
  return parsed.kind === 'number' ? parsed.value : null;
}

/** An impossible value in one value cell (a rate over 100%, a negative count or amount); null when plausible. */
function outOfRange(value: RawValue, format: string | null | undefined, name: string, unit: string | null, lang: Lang): string | null {
  const parsed = parseValue(value, format);
  if (parsed.kind !== 'number' || CHANGE_NAME.test(name)) return null;
  const n = parsed.value;
  const percent = isPercentUnit(unit) || parsed.percent === true;
  const shown = `${formatNumber(n)}${percent ? '%' : (unit ?? '')}`;
  if (n < 0) return t(lang, 'return.out-of-range.negative', { value: shown });
  if (percent && n > 100 && !COMPLETION_NAME.test(name)) return t(lang, 'return.out-of-range.rate', { value: shown });
  return null;
}

function bigChange(row: IndicatorRow, unit: string | null, factor: number, lang: Lang): string | null {
  const value = numberOf(row.value, row.valueFormat);
  const previous = row.previous ? numberOf(row.previous.value, row.previous.format) : null;
  if (value === null || previous === null || value <= 0 || previous <= 0) return null;
  const ratio = value / previous;
  if (ratio <= factor && ratio >= 1 / factor) return null;
  const u = isPercentUnit(unit) ? '%' : (unit ?? '');
  return t(lang, ratio > factor ? 'return.big-change.up' : 'return.big-change.down', {
    value: `${formatNumber(value)}${u}`,
    previous: `${formatNumber(previous)}${u}`,
    year: row.valueYear ?? '',
    previousYear: row.previous?.year ?? '',
    factor: formatNumber(factor),
  });
}

function firstSentence(message: string, lang: Lang): string {
  return message.split(lang === 'en' ? '; ' : ';')[0];
}

/**
 * The items of one indicator row of the return, and its finding (DESIGN §3, "Return check tiers").
 * Each cell gets one item, the first that applies: blocking (empty, wrong kind, impossible value)
 * before hints (failing, review, 不适用, a change beyond the factor).
 */
function checkIndicator(
  row: IndicatorRow,
  indicator: CatalogIndicator,
  seen: CheckedRow | undefined,
  options: Required<Pick<ReturnCheckOptions, 'lang' | 'changeFactor'>> & ReturnCheckOptions,
): { finding: Finding; drafts: ItemDraft[] } {
  const { lang } = options;
  const { columns } = RETURN_LAYOUT;
  const sameRead = seen && seen.indicator?.id === indicator.id && seen.row.valueCol === row.valueCol && seen.row.previous?.col === row.previous?.col;
  const evaluated = sameRead ? seen.finding : evaluateRow(row, { indicator, kind: 'exact', confidence: 1 }, { lang, mode: 'return', region: options.region ?? null });
  const issues: IssueCode[] = evaluated.issues.filter((i) => i !== 'fuzzy-match');
  const drafts: ItemDraft[] = [];
  const name = indicator.name;
  const addTo = (list: ItemDraft[], kind: ReturnItemKind, tier: ReturnTier, col: number, detail: string) =>
    list.push({ kind, tier, row: row.row, col, indicatorId: indicator.id, name, message: t(lang, 'return.item', { name, detail }) });
  const add = (kind: ReturnItemKind, tier: ReturnTier, col: number, detail: string) => addTo(drafts, kind, tier, col, detail);

  if (nameKey(row.name) !== nameKey(indicator.name)) {
    issues.push('name-changed');
    add('name-changed', 'blocking', columns.name, t(lang, 'return.name-changed', { written: row.name || '—', catalogName: indicator.name }));
  }
  if (issues.includes('target-mismatch')) {
    add('target-mismatch', 'blocking', columns.target, t(lang, 'return.target-mismatch', { written: row.target ?? '', catalogTarget: indicator.target }));
  }
  const property = normalizeProperty(indicator.property) ?? evaluated.property;
  const unit = evaluated.unit;

  // The previous year's cell: may be empty; when filled, of the right kind and possible.
  const previousDrafts: ItemDraft[] = [];
  if (row.previous && !isBlank(row.previous.value)) {
    const { value, format } = row.previous;
    const previousKind = wrongKind(value, format, row, indicator, lang);
    const parsed = parseValue(value, format);
    const previousRange = previousKind ? null : outOfRange(value, format, row.name, unit, lang);
    const year = row.previous.year ?? '';
    if (previousKind) addTo(previousDrafts, 'invalid', 'blocking', columns.previous, t(lang, 'return.previous', { year, detail: previousKind }));
    else if (parsed.kind === 'error') addTo(previousDrafts, 'invalid', 'blocking', columns.previous, t(lang, 'return.previous', { year, detail: t(lang, 'finding.invalid.error', { value: parsed.text }) }));
    else if (previousRange) {
      if (!issues.includes('out-of-range')) issues.push('out-of-range');
      addTo(previousDrafts, 'out-of-range', 'blocking', columns.previous, t(lang, 'return.previous', { year, detail: previousRange }));
    }
  }
  // The reporting year's cell: one item, blocking first.
  const kind = wrongKind(row.value, row.valueFormat, row, indicator, lang);
  const range = kind ? null : outOfRange(row.value, row.valueFormat, row.name, unit, lang);
  if (evaluated.status === 'missing') {
    add('missing', 'blocking', columns.value, t(lang, 'return.missing', { year: row.valueYear ?? '' }));
  } else if (kind) {
    add('invalid', 'blocking', columns.value, kind);
  } else if (evaluated.status === 'invalid') {
    add('invalid', 'blocking', columns.value, firstSentence(evaluated.message, lang));
  } else if (range) {
    issues.push('out-of-range');
    add('out-of-range', 'blocking', columns.value, range);
  } else {
    // A value already in doubt for its unit is not compared with last year's.
    const unitInDoubt = issues.includes('unit-suspect') || issues.includes('unit-mismatch');
    const change = unitInDoubt || previousDrafts.length > 0 ? null : bigChange(row, unit, options.changeFactor, lang);
    if (change) issues.push('big-change');
    if (evaluated.status === 'fail') add('fail', 'hint', columns.value, firstSentence(evaluated.message, lang));
    else if (evaluated.status === 'review') add('review', 'hint', columns.value, firstSentence(evaluated.message, lang));
    else if (evaluated.status === 'na') add('not-applicable', 'hint', columns.value, t(lang, 'return.not-applicable', { value: textOf(row.value) ?? '' }));
    else if (change) add('big-change', 'hint', columns.value, change);
  }

  drafts.push(...previousDrafts);
  // A value of the wrong kind is a data error of the return (数据错误), whatever the engine could make of it.
  const verdict: Partial<Finding> = kind && evaluated.status !== 'missing' ? { status: 'invalid', severity: 'error', gap: null, message: kind } : {};
  const finding: Finding = { ...evaluated, ...verdict, indicatorId: indicator.id, issues, property };
  return { finding, drafts };
}

function fieldDrafts(sheet: SheetGrid, lang: Lang): ItemDraft[] {
  const { fieldRow, fields } = RETURN_LAYOUT;
  const required: ReturnField[] = ['person', 'date'];
  return required
    .filter((field) => isBlank(cellOf(sheet, fieldRow, fields[field].input)))
    .map((field) => ({
      kind: 'missing-field' as const,
      tier: 'blocking' as const,
      row: fieldRow,
      col: fields[field].input,
      indicatorId: null,
      name: fields[field].text,
      message: t(lang, 'return.missing-field', { field: t(lang, `return.field.${field}`) }),
    }));
}

function unknownDraft(sheet: SheetGrid, id: string, row: number, catalog: Catalog, lang: Lang): ItemDraft {
  const { columns } = RETURN_LAYOUT;
  const name = textOf(cellOf(sheet, row, columns.name)) ?? id;
  return {
    kind: 'unknown-indicator',
    tier: 'blocking',
    row,
    col: columns.name,
    indicatorId: id,
    name,
    message: t(lang, 'return.item', { name, detail: t(lang, 'return.unknown-indicator', { id, catalog: catalog.id }) }),
  };
}

const TIER_ORDER: Record<ReturnTier, number> = { blocking: 0, hint: 1 };

/**
 * Checks the return sheet named by `marker` against `catalog`. Throws CoreError('bad-input') when
 * the workbook has no sheet of that name.
 */
export function checkReturn(grid: WorkbookGrid, marker: ReturnMarker, catalog: Catalog, options: ReturnCheckOptions): ReturnCheck {
  const { lang } = options;
  const changeFactor = options.changeFactor ?? DEFAULT_CHANGE_FACTOR;
  const sheet = grid.sheets.find((s) => s.name === marker.sheet);
  if (!sheet) throw new CoreError('bad-input', { file: '', kind: 'return-sheet-missing', sheet: marker.sheet });
  const engine = engineRows(sheet, options, catalog);
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const { columns } = RETURN_LAYOUT;

  const drafts: ItemDraft[] = fieldDrafts(sheet, lang);
  const checkedRows: CheckedRow[] = [];
  for (const { id, row } of marker.indicators) {
    const indicator = byId.get(id);
    if (!indicator) {
      drafts.push(unknownDraft(sheet, id, row, catalog, lang));
      continue;
    }
    const seen = engine?.rows.find((r) => r.row.row === row);
    const indicatorRow = returnRow(sheet, row, marker, seen?.row);
    const result = checkIndicator(indicatorRow, indicator, seen, { ...options, lang, changeFactor });
    drafts.push(...result.drafts);
    checkedRows.push({ table: seen?.table ?? 0, row: indicatorRow, finding: result.finding, indicator });
  }

  const items: ReturnItem[] = drafts
    .map((d) => {
      const explained = d.tier === 'hint' && !isBlank(cellOf(sheet, d.row, columns.note));
      return { ...d, sheet: sheet.name, cell: cellAddress(d.row, d.col), explained, blocks: d.tier === 'blocking' || !explained };
    })
    .sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.row - b.row || a.col - b.col);

  const findings = checkedRows.map((r) => r.finding);
  const summary = summarize(findings);
  const workbook: WorkbookCheck = { tables: engine?.tables ?? [], findings, summary, rows: checkedRows, catalog };
  const counts: ReturnCounts = {
    indicators: marker.indicators.length,
    pass: summary.totals.pass,
    fail: summary.totals.fail,
    review: summary.totals.review,
    missing: summary.totals.missing,
    invalid: summary.totals.invalid,
    na: summary.totals.na,
    blocking: items.filter((i) => i.tier === 'blocking').length,
    hints: items.filter((i) => i.tier === 'hint').length,
    explained: items.filter((i) => i.explained).length,
    explainedFail: items.filter((i) => i.explained && i.kind === 'fail').length,
  };
  return { sheet: sheet.name, marker, catalog, lang, verdict: items.some((i) => i.blocks) ? 'blocked' : 'ready', items, counts, workbook };
}

/** The items that still stop the return from being sent. */
export function blockingItems(check: ReturnCheck): ReturnItem[] {
  return check.items.filter((i) => i.blocks);
}

/**
 * The stamp that says this return passed its check, for the custom property IndicatorCheckStamp.
 * Only a ready return is stamped.
 */
export async function makeStamp(check: ReturnCheck, grid: WorkbookGrid, marker: ReturnMarker, catalog: Catalog, now: Date): Promise<ReturnStamp> {
  if (check.verdict !== 'ready') throw new Error('makeStamp: only a return that is ready to submit is stamped');
  const { indicators, pass, fail, review, explained, explainedFail } = check.counts;
  return {
    version: 1,
    sheet: marker.sheet,
    catalogId: catalog.id,
    catalogVersion: catalog.version ?? null,
    department: marker.department,
    checkedAt: now.toISOString(),
    counts: { indicators, pass, fail, review, explained, explainedFail },
    valueHash: await returnValueHash(grid, marker),
  };
}
