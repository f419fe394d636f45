// Shared types of the evaluation core. Nothing here knows about Office.js, exceljs or the DOM:
// hosts turn their workbooks into these grids and apply the edit plans the core returns.

/** A raw cell value as a host reads it. Rows and columns everywhere in the core are 0-based. */
export type RawValue =
  | string
  | number
  | boolean
  | null
  | { error: string } // an Excel error value: '#N/A', '#DIV/0!', …
  | { date: string }; // a date cell, as ISO text (exceljs gives Date objects; Office.js gives serials with a date format)

export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet's used range: values and number formats, with their position in the sheet. */
export interface SheetGrid {
  name: string;
  /** Sheet row and column of values[0][0] (0-based). */
  top: number;
  left: number;
  values: RawValue[][];
  /** Number formats, same shape as values; missing rows or entries mean "General". */
  formats?: (string | null | undefined)[][];
  /**
   * Formulas, same shape as values (the text without its leading `=`); missing rows or entries mean
   * the cell holds no formula. A formula cell is never empty and never written, whatever its result.
   */
  formulas?: (string | null | undefined)[][];
  /** Merged areas in sheet coordinates. A cell covered by a merge (not its top-left) is never written. */
  merges?: CellRect[];
  /** Excel tables (ListObjects) on the sheet, in sheet coordinates, header row included. */
  tables?: ({ name: string } & CellRect)[];
  hidden?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /**
   * Sheets that a hidden record of the workbook (the check journal's summary sheet, the merge
   * journal's consolidation sheet) says this tool made. Only these may be replaced or deleted;
   * visible text in a sheet never makes it the tool's.
   */
  ownedSheets?: string[];
}

// ---------------------------------------------------------------------------------------------
// Parsed thresholds and values

export type Comparator = '>=' | '<=' | '>' | '<' | '=';
export type Direction = 'higher' | 'lower';

export type Threshold =
  /** `≥80`, `不超过0.7`, `100%` alone (op '='); `extra` is a non-numeric condition (`且无危险废物排放`). */
  | { kind: 'compare'; op: Comparator; value: number; unit?: string; extra?: string }
  /** `a~b`, `a-b`, `a至b`: min ≤ actual ≤ max. */
  | { kind: 'range'; min: number; max: number; unit?: string }
  /** A bare number (`达到95`, `95`): the direction comes from the catalog or the indicator's name. */
  | { kind: 'bare'; value: number; unit?: string }
  /** Relative to the previous value: 不降低 → '>=', 不增加 → '<=', 高于上年 → '>', 低于上年 → '<'. */
  | { kind: 'trend'; op: Exclude<Comparator, '='>; text: string }
  /** No number: a yes-answer passes. `absence` when the target asks for an absence (未发生, 无, 杜绝). */
  | { kind: 'qualitative'; text: string; absence: boolean }
  /**
   * A target per region or level (`市≥95;县≥85`, `≥95%(城市);≥85%(县)`, parts on separate lines, sub-rows);
   * `extra` is a condition joined to every part (`…西部≥60%,且不低于2015年水平`).
   */
  | { kind: 'regional'; parts: { region: string; threshold: Threshold }[]; extra?: string }
  /**
   * Relative to an outside figure the text names (`高于全省平均水平`, `不低于2015年水平`): review unless
   * the table holds that figure (`year`: a year column of the table).
   */
  | { kind: 'external'; op: Exclude<Comparator, '='>; text: string; year?: number }
  /**
   * A change, never a level (`下降10%`, `较2021年增加800万吨`, `年均增长15%以上`, `增长5个百分点`):
   * `way` up or down, by `op value unit` (% relative to the baseline, 个百分点 or another unit absolute);
   * `baseYear` when the text names the baseline's year; `annual` for 年均.
   */
  | {
      kind: 'change';
      way: 'up' | 'down';
      op: Exclude<Comparator, '='>;
      value: number;
      unit?: string;
      baseYear?: number;
      annual?: boolean;
      text: string;
    };

export type ParsedValue =
  /** `text`: a placeholder saying the value is not there yet (待核实, 暂无数据 …), quoted in the message. */
  | { kind: 'empty'; text?: string }
  /** `unit` is the unit written in the cell's text, if any; `percent` when the value is in percent (85% → 85). */
  | { kind: 'number'; value: number; unit?: string; percent?: boolean; text: string }
  /** A yes/no answer; `absence` for 无 / 未发生, which answer yes only to a target asking for an absence. */
  | { kind: 'answer'; yes: boolean; absence?: boolean; text: string }
  | { kind: 'na'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'text'; text: string };

// ---------------------------------------------------------------------------------------------
// Tables found on a sheet

export type ColumnRole =
  | 'seq'
  | 'name'
  | 'unit'
  | 'target'
  | 'value'
  | 'previous'
  | 'property'
  | 'category'
  | 'lead'
  | 'coop'
  | 'status'
  | 'note';

export interface YearColumn {
  col: number;
  year: number;
}

export interface TableLayout {
  sheet: string;
  /** First and last header row (a header may span two rows). Data starts at headerBottom + 1. */
  headerTop: number;
  headerBottom: number;
  /** Data rows, inclusive. */
  firstRow: number;
  lastRow: number;
  /** Rightmost column of the table (inclusive); the table starts at the leftmost role column. */
  left: number;
  right: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Year columns (现状值 2022年 | 2023年), sorted by year. */
  yearColumns: YearColumn[];
  /** Name of the Excel table, when the table is a ListObject. */
  excelTable?: string;
}

/** One row of an indicator table, as read from the grid. Text fields are trimmed; absent columns are undefined. */
export interface IndicatorRow {
  sheet: string;
  row: number;
  name: string;
  nameCol: number;
  unit?: string;
  target?: string;
  property?: string;
  category?: string;
  lead?: string;
  coop?: string;
  status?: string;
  note?: string;
  /** The value cell used (value column, or the reporting-year column). */
  valueCol: number;
  value: RawValue;
  valueFormat?: string | null;
  valueYear?: number;
  /** The label over the value column (下降率, 2023年现状值 …), when the table has one. */
  valueHeader?: string;
  /** Columns of outside figures (全省平均值, 全国平均水平) with this row's cell, for a target relative to one. */
  figures?: { label: string; col: number; value: RawValue; format?: string | null }[];
  /** Every year column of the table with this row's cell, for a target naming a year (较2021年, 2015年水平). */
  years?: { year: number; col: number; value: RawValue; format?: string | null }[];
  /** The previous value (previous year column, 上年值 / 基准值 column), when the table has one. */
  previous?: { col: number; value: RawValue; format?: string | null; year?: number; baseline?: boolean };
}

// ---------------------------------------------------------------------------------------------
// Catalogs

export interface CatalogIndicator {
  id: string;
  name: string;
  aliases?: string[];
  category?: string | null;
  unit?: string | null;
  target: string;
  direction?: Direction | null;
  property?: string | null; // 约束性 / 参考性 / 指导性 / 预期性
  year?: number | null;
  lead: string[];
  coop: string[];
  sourceText: string;
  note?: string | null;
}

export interface Catalog {
  id: string;
  title: string;
  issuer?: string | null;
  issued?: string | null;
  source?: string | null;
  version?: string | null;
  indicators: CatalogIndicator[];
}

export type MatchKind = 'exact' | 'alias' | 'fuzzy';

export interface CatalogMatch {
  indicator: CatalogIndicator;
  kind: MatchKind;
  /** 1 for exact and alias matches; the similarity score for a fuzzy one. */
  confidence: number;
}

// ---------------------------------------------------------------------------------------------
// Findings, summary

export type Status = 'pass' | 'fail' | 'review' | 'missing' | 'invalid' | 'na';
export type Severity = 'error' | 'warning' | 'info';
export type IssueCode =
  | 'target-mismatch'
  | 'unit-mismatch'
  | 'unit-suspect'
  /** Info: the value was converted to the target's unit (1.2万吨 → 12000吨, 公顷 → 亩). */
  | 'unit-converted'
  | 'fuzzy-match'
  | 'lead-mismatch'
  | 'status-mismatch'
  // Departmental return checks (src/core/returns/check-return.ts)
  | 'name-changed'
  | 'out-of-range'
  | 'big-change';

export type Lang = 'zh-CN' | 'en';

export interface Finding {
  sheet: string;
  /** Excel's 1-based row number. */
  row: number;
  /** A1 address of the value cell. */
  cell: string;
  name: string;
  indicatorId: string | null;
  target: string | null;
  value: number | string | null;
  unit: string | null;
  status: Status;
  severity: Severity;
  gap: number | null;
  lead: string[];
  coop: string[];
  issues: IssueCode[];
  message: string;
  /** Extras for the pane and the edit plan (kept in the JSON report too). */
  property: string | null;
  category: string | null;
  match: { kind: MatchKind; confidence: number; catalogName: string } | null;
  col: number;
}

export type Totals = Record<Status, number>;

export interface SummaryGroup {
  key: string;
  totals: Totals;
  total: number;
  passRate: number | null;
}

export interface Summary {
  /** The region or level whose targets applied (--region, the pane's setting); null when none was set. */
  region?: string | null;
  totals: Totals;
  total: number;
  /** pass ÷ (total − na), null when nothing can be rated. */
  passRate: number | null;
  byCategory: SummaryGroup[];
  byLead: SummaryGroup[];
  failing: Finding[];
  review: Finding[];
  missing: Finding[];
}

// ---------------------------------------------------------------------------------------------
// Edit plans (DESIGN §6): what a host writes. Hosts apply them; they decide nothing.

export type MarkStyle = 'bad' | 'neutral' | 'missing' | 'invalid' | 'good';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // '#RRGGBB'
  fill?: string; // '#RRGGBB'
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
  underline?: boolean;
}

export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  style: MarkStyle;
  /** One line that says why; null for marks that carry no note (pass in green). */
  note: string | null;
}

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** Strings here are literal text: a host must never let one become a formula. */
  value: string | number;
  reason: 'lead' | 'coop' | 'status';
}

export interface SummaryCell {
  row: number;
  col: number;
  /** Strings are literal text. `formula` is only ever set by the core itself, never from workbook text. */
  value: string | number | null;
  style?: string; // key into SummarySheetLayout.styles
  link?: { sheet: string; row: number; col: number };
}

export interface SummarySheetLayout {
  name: string;
  /** True when a sheet of that name exists and was made by this tool: it is replaced. */
  replaces: boolean;
  cells: SummaryCell[];
  merges: CellRect[];
  /** Column widths in characters, from column 0. */
  widths: number[];
  styles: Record<string, CellStyle>;
  /** Rows that make the category table, for a host that draws a chart of it (Excel). */
  chart?: { title: string; top: number; bottom: number; labelCol: number; passCol: number; failCol: number };
  /** How the sheet prints (see print-layout.ts); absent: the host's defaults. */
  print?: PrintSetup;
}

/** A sheet's print setup, the same in every host. */
export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  /** Scaled to this many pages wide; 0 for as many as needed. */
  fitToWidth: number;
  /** Scaled to this many pages tall; 0 for as many as needed. */
  fitToHeight: number;
  /** Rows printed at the top of every page (0-based, inclusive). */
  titleRows?: { top: number; bottom: number };
  /** The footer's left and right parts in Excel's header/footer codes (&P the page, &N the pages, && a literal &), as both hosts take them. */
  footer: { left: string; right: string };
  /** Cell gridlines printed (false: only the cells' own borders). */
  gridlines: boolean;
  /** Centred across the page. */
  centerHorizontally: boolean;
}

/** A text the plan cut to Excel's 32,767 characters (ending in …): the outcome must say so. */
export interface TrimmedText {
  /** The sheet the text goes to (the summary sheet's name for its cells). */
  sheet: string;
  row: number;
  col: number;
  kind: 'note' | 'value';
}

export interface EditPlan {
  marks: CellMark[];
  writes: CellWrite[];
  summary: SummarySheetLayout | null;
  /** Fill and font colours of each mark style. */
  palette: Record<MarkStyle, { fill: string; font: string }>;
  /** Texts cut to fit Excel's limit; absent or empty when none was. */
  trimmed?: TrimmedText[];
}
