// The departmental return templates (部门填报表) made from a catalog: one per lead department, laid out
// as RETURN_LAYOUT says, host-neutral. The file host writes them as workbooks, the Office host adds
// them as sheets; both write exactly what is here.
import type { Catalog, CatalogIndicator, CellRect, CellStyle, Lang, PrintSetup } from '../types';
import { tablePrint } from '../print-layout';
import type { CellPosition } from '../cell-areas';
import { t } from '../messages';
import { fitCellText } from '../excel-limits';
import { RETURN_LAYOUT, RETURN_SHEET, encodeReturnMarker, type ReturnMarker } from './format';
import { entryRuleOf, type EntryRule } from './entry-rule';

export type { EntryRule } from './entry-rule';

export interface TemplateCell {
  row: number;
  col: number;
  /** Strings are literal text: a host must never let one become a formula. Null: a styled empty cell. */
  value: string | number | null;
  style?: TemplateStyle;
}

/** Excel's data validation of one cell: the rule, the input message and the error alert (a warning). */
export interface EntryValidation {
  row: number;
  col: number;
  rule: EntryRule;
  /** Excel allows 32 characters in the title and 255 in the message; both are kept within that. */
  prompt: { title: string; message: string };
  /** Shown as a warning: the department may keep an entry outside the rule (不适用) and explain it. */
  error: { title: string; message: string };
}

export type TemplateStyle = 'title' | 'basis' | 'label' | 'input' | 'date' | 'header' | 'text' | 'center' | 'entry';

export interface ReturnTemplate {
  department: string;
  catalogId: string;
  catalogTitle: string;
  /** The title row's text: 2026年度生态文明建设示范创建指标填报表(市水利局). */
  title: string;
  year: number;
  /** The sheet name in a return workbook (RETURN_SHEET); the Office host names its sheets itself. */
  sheet: string;
  marker: ReturnMarker;
  indicators: CatalogIndicator[];
  cells: TemplateCell[];
  merges: CellRect[];
  /** Column widths in characters, from column 0. */
  widths: number[];
  hiddenColumns: number[];
  /** Rows kept in view when scrolling (title, fields, header). */
  freezeRows: number;
  styles: Record<TemplateStyle, CellStyle>;
  /** The cells the department fills: field inputs, value, previous-year value and note of every indicator. */
  unlocked: CellPosition[];
  validations: EntryValidation[];
  /** Landscape, one page wide, the header row on every page, the title in the footer. */
  print: PrintSetup;
}

export interface TemplateOptions {
  /** The reporting year: the value column's year; the previous year is the column beside it. */
  year: number;
  lang?: Lang;
}

const ENTRY_FILL = '#FFF2CC';
const HEADER_FILL = '#E2EFDA';

const STYLES: Record<TemplateStyle, CellStyle> = {
  title: { bold: true, fontSize: 14, vertical: 'middle' },
  basis: { italic: true, fontColor: '#595959', horizontal: 'right', vertical: 'middle', wrap: true },
  label: { bold: true, horizontal: 'right', vertical: 'middle' },
  input: { fill: ENTRY_FILL, border: true, vertical: 'middle' },
  /** 填报日期: shown as a date whatever the department's locale, and Excel takes a typed 2026-3-12 as one. */
  date: { fill: ENTRY_FILL, border: true, vertical: 'middle', horizontal: 'left', numberFormat: 'yyyy-mm-dd' },
  header: { bold: true, fill: HEADER_FILL, border: true, horizontal: 'center', vertical: 'middle', wrap: true },
  text: { border: true, vertical: 'middle', wrap: true },
  center: { border: true, horizontal: 'center', vertical: 'middle', wrap: true },
  entry: { fill: ENTRY_FILL, border: true, vertical: 'middle', wrap: true },
};

/** Widths of 序号 … 上报说明, the blank column and the marker column (序号's column holds the 填报单位 label too). */
const WIDTHS = [10, 34, 12, 16, 10, 24, 12, 12, 30, 2, 10];

const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

/** Text cut to Excel's limit, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The lead departments in catalog order, each with its indicators in catalog order. */
export function indicatorsByLead(catalog: Catalog): { department: string; indicators: CatalogIndicator[] }[] {
  const groups = new Map<string, CatalogIndicator[]>();
  for (const indicator of catalog.indicators) {
    for (const lead of new Set(indicator.lead.map((l) => l.trim()).filter(Boolean))) {
      const list = groups.get(lead);
      if (list) list.push(indicator);
      else groups.set(lead, [indicator]);
    }
  }
  return [...groups].map(([department, indicators]) => ({ department, indicators }));
}

function rangeText(rule: EntryRule, lang: Lang): string {
  if (rule.kind !== 'decimal') return '';
  const { min, max } = rule;
  if (min !== null && max !== null) return t(lang, 'template.range.between', { min, max });
  if (min !== null) return t(lang, 'template.range.atLeast', { min });
  if (max !== null) return t(lang, 'template.range.atMost', { max });
  return '';
}

/** The message keeps its sentence; a long target is what gets shortened. */
function promptMessage(indicator: CatalogIndicator, rule: EntryRule, year: number, lang: Lang): string {
  const unit = indicator.unit?.trim() ?? '';
  const range = rangeText(rule, lang);
  const compose = (target: string) => {
    if (rule.kind === 'list') return t(lang, 'template.prompt.list', { year, target });
    return t(lang, unit ? 'template.prompt.number' : 'template.prompt.number.noUnit', { year, unit, target, range });
  };
  const full = compose(indicator.target);
  if (full.length <= PROMPT_MAX) return full;
  const room = Math.max(8, indicator.target.length - (full.length - PROMPT_MAX));
  return clip(compose(clip(indicator.target, room)), PROMPT_MAX);
}

function validationOf(indicator: CatalogIndicator, row: number, col: number, year: number, lang: Lang): EntryValidation {
  const rule = entryRuleOf(indicator);
  const error =
    rule.kind === 'list' ? t(lang, 'template.error.list') : t(lang, 'template.error.number', { range: rangeText(rule, lang) });
  return {
    row,
    col,
    rule,
    prompt: { title: clip(indicator.name, TITLE_MAX), message: promptMessage(indicator, rule, year, lang) },
    error: { title: clip(t(lang, 'template.error.title'), TITLE_MAX), message: clip(error, ERROR_MAX) },
  };
}

/** The 填报日期 field: a date of the reporting year or the years around it. */
function dateValidation(row: number, col: number, year: number, lang: Lang): EntryValidation {
  return {
    row,
    col,
    rule: { kind: 'date', from: year - 1, to: year + 1 },
    prompt: { title: clip(t(lang, 'template.date.title'), TITLE_MAX), message: clip(t(lang, 'template.date.prompt', { example: `${year}-03-12` }), PROMPT_MAX) },
    error: {
      title: clip(t(lang, 'template.error.title'), TITLE_MAX),
      message: clip(t(lang, 'template.date.error', { from: year - 1, to: year + 1, example: `${year}-03-12` }), ERROR_MAX),
    },
  };
}

function templateFor(catalog: Catalog, department: string, indicators: CatalogIndicator[], year: number, lang: Lang): ReturnTemplate {
  const { titleRow, fieldRow, headerRow, firstDataRow, fields, columns, headers } = RETURN_LAYOUT;
  const cells: TemplateCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style?: TemplateStyle) =>
    cells.push({ row, col, value: value === '' ? null : typeof value === 'string' ? fitCellText(value).text : value, ...(style ? { style } : {}) });
  const unlocked: CellPosition[] = [];
  const validations: EntryValidation[] = [];

  const rows = indicators.map((indicator, i) => ({ id: indicator.id, row: firstDataRow + i }));
  const marker: ReturnMarker = {
    version: 1,
    department,
    catalogId: catalog.id,
    catalogVersion: catalog.version ?? null,
    year,
    sheet: RETURN_SHEET,
    indicators: rows,
  };

  const title = t(lang, 'template.title', { year, department });
  put(titleRow, columns.seq, title, 'title');
  put(titleRow, columns.value, t(lang, 'template.basis', { title: catalog.title }), 'basis');
  // The marker is a record, never cut (a return of some hundred indicators takes a few thousand characters).
  cells.push({ row: titleRow, col: columns.marker, value: encodeReturnMarker(marker) });

  for (const [key, field] of Object.entries(fields)) {
    put(fieldRow, field.label, field.text, 'label');
    put(fieldRow, field.input, key === 'unit' ? department : null, key === 'date' ? 'date' : 'input');
    unlocked.push({ row: fieldRow, col: field.input });
  }

  const headerTexts: [number, string][] = [
    [columns.seq, headers.seq],
    [columns.name, headers.name],
    [columns.unit, headers.unit],
    [columns.target, headers.target],
    [columns.property, headers.property],
    [columns.coop, headers.coop],
    [columns.value, `${year}年`],
    [columns.previous, `${year - 1}年`],
    [columns.note, headers.note],
  ];
  for (const [col, text] of headerTexts) put(headerRow, col, text, 'header');

  indicators.forEach((indicator, i) => {
    const row = firstDataRow + i;
    put(row, columns.seq, i + 1, 'center');
    put(row, columns.name, indicator.name, 'text');
    put(row, columns.unit, indicator.unit?.trim() ?? '', 'center');
    put(row, columns.target, indicator.target, 'center');
    put(row, columns.property, indicator.property ?? '', 'center');
    put(row, columns.coop, indicator.coop.join('、'), 'text');
    for (const col of [columns.value, columns.previous, columns.note]) {
      put(row, col, null, 'entry');
      unlocked.push({ row, col });
    }
    validations.push(validationOf(indicator, row, columns.value, year, lang));
    validations.push(validationOf(indicator, row, columns.previous, year - 1, lang));
  });
  validations.push(dateValidation(fieldRow, fields.date.input, year, lang));

  return {
    department,
    catalogId: catalog.id,
    catalogTitle: catalog.title,
    title,
    year,
    sheet: RETURN_SHEET,
    marker,
    indicators,
    cells,
    merges: [
      { top: titleRow, left: columns.seq, bottom: titleRow, right: columns.coop },
      { top: titleRow, left: columns.value, bottom: titleRow, right: columns.note },
    ],
    widths: [...WIDTHS],
    hiddenColumns: [columns.marker],
    freezeRows: firstDataRow,
    styles: STYLES,
    unlocked,
    validations,
    print: tablePrint(title, { top: headerRow, bottom: headerRow }, lang),
  };
}

/** One return template per lead department, in catalog order; an indicator led by two departments is in both. */
export function returnTemplates(catalog: Catalog, options: TemplateOptions): ReturnTemplate[] {
  const lang = options.lang ?? 'zh-CN';
  return indicatorsByLead(catalog).map(({ department, indicators }) => templateFor(catalog, department, indicators, options.year, lang));
}

/** Characters Windows and macOS refuse in file names, and control characters. */
const ILLEGAL_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/g;

/** `<department>-<catalog id>-填报表.xlsx`, safe as a file name on every system. */
export function returnFileName(department: string, catalogId: string): string {
  const safe = (text: string) => text.replace(ILLEGAL_IN_FILE_NAME, '_').trim();
  return `${safe(department)}-${safe(catalogId)}-${RETURN_SHEET}.xlsx`.replace(/^[.\s]+/, '');
}

const SHEET_NAME_MAX = 31;
const ILLEGAL_IN_SHEET_NAME = /[:\\/?*[\]]/g;

/**
 * The sheet names `填报表-<department>` for returns added to an open workbook: characters Excel
 * refuses replaced, cut to 31 characters, and made unique among themselves (case-insensitively, as Excel compares).
 */
export function returnSheetNames(departments: string[]): string[] {
  const taken = new Set<string>();
  return departments.map((department) => {
    const base = `${RETURN_SHEET}-${department}`.replace(ILLEGAL_IN_SHEET_NAME, '_').replace(/^'+|'+$/g, '');
    for (let i = 1; ; i++) {
      const suffix = i === 1 ? '' : `(${i})`;
      const name = base.slice(0, SHEET_NAME_MAX - suffix.length).replace(/'+$/, '') + suffix;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  });
}
