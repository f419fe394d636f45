// Consolidating departmental returns into the master workbook (returns merge): which value of which
// return goes into which empty cell of the master's indicator tables, what conflicts, which
// departments returned and which did not, what is still empty. Hosts write the plan as it is.
import type { Catalog, CatalogIndicator, Lang, RawValue, SheetGrid, SummarySheetLayout, TrimmedText, WorkbookGrid } from '../types';
import { checkWorkbook, type CheckedRow, type WorkbookCheck } from '../check';
import { t } from '../messages';
import { nameKey } from '../text';
import { RETURN_LAYOUT, type ReturnMarker, type StampState } from './format';
import { dateText, displayText, isEmptyValue, mergedValueOf, sameEntry, type MergedValue } from './merge-values';
import { checkReturn } from './check-return';
import { cellAddress } from '../address';
import { buildConsolidationSheet } from './merge-sheet';
import { GridSafety } from '../cell-safety';
import { fitLayoutCells } from '../excel-limits';

export { stampStateText, whereOf } from './merge-sheet';

export { feedbackFor, feedbackSheet, departmentsWithFeedback, type FeedbackItem } from './feedback';
export { noteWithProvenance } from './merge-values';

/** One return file as a host read it. */
export interface ReturnInput {
  /** The file's name as shown to the user. */
  file: string;
  grid: WorkbookGrid;
  marker: ReturnMarker;
  stampState: StampState;
}

export interface MergeOptions {
  /** Replace master values that differ (and settle disagreeing returns by the lead department). */
  overwrite: boolean;
  lang: Lang;
  /** Shown on the consolidation sheet; the core reads no clock. */
  now: string;
  /** The user's decision on single conflicts, by conflictKey; over `overwrite` for those cells. */
  choices?: ConflictChoices;
}

/** The department whose value goes in, or KEEP_MASTER, by conflictKey(conflict). */
export type ConflictChoices = Record<string, string>;

/** A choice that keeps the master's value (no department has an empty name). */
export const KEEP_MASTER = '';

/** Names a conflict's cell in ConflictChoices. */
export function conflictKey(cell: { sheet: string; row: number; col: number }): string {
  return `${cell.sheet}!${cell.row},${cell.col}`;
}

export type MergedColumn = 'value' | 'previous';

/** Where a value came from. */
export interface MergeSource {
  department: string;
  file: string;
  /** The return's 填报日期, as text ('' when not filled in). */
  date: string;
  value: MergedValue;
  /** The return sheet and the cell (A1) the value was read from. */
  sheet: string;
  cell: string;
  /** The row's 上报说明, when the department wrote one. */
  explanation?: string;
}

/** One indicator row of a return, as the department filled it in: where feedback points it to. */
export interface ReturnRowRef {
  department: string;
  file: string;
  sheet: string;
  indicatorId: string;
  name: string;
  /** The value cell (A1) of the reporting year on the return sheet. */
  cell: string;
  /** What the department entered there, as text ('' when empty). */
  value: string;
}

/** A failing indicator of a return whose cause and measures the department gave in 上报说明. */
export interface ExplainedFailure {
  department: string;
  file: string;
  indicatorId: string;
  name: string;
  target: string;
  value: string;
  /** The 上报说明 text. */
  explanation: string;
}

/** One master cell the merge writes. */
export interface MergeWrite {
  sheet: string;
  row: number;
  col: number;
  /** A number, or literal text: never a formula. */
  value: MergedValue;
  /** The provenance line for the cell's note (a host keeps a note the user had above it). */
  note: string;
  /** What the cell held (empty for a fill; the replaced value when overwriting). */
  previous: RawValue;
  column: MergedColumn;
  indicatorId: string | null;
  name: string;
  source: MergeSource;
}

export interface MergeConflict {
  sheet: string;
  row: number;
  col: number;
  column: MergedColumn;
  name: string;
  indicatorId: string | null;
  /** The indicator's lead departments (牵头单位): the catalog's, else the master row's own. */
  lead: string[];
  /** master: the master holds another value; returns: the returns disagree among themselves. */
  kind: 'master' | 'returns';
  /** The master's value (null when the master cell is empty). */
  master: RawValue;
  offers: MergeSource[];
  /** The offer written when overwriting; null when the conflict stays (no overwrite, or nothing settles it). */
  chosen: MergeSource | null;
  /**
   * Why the master cell is never written, overwrite or not: it is covered by a merged area (its value
   * is the merge's top-left cell's, `master`), or it holds a formula (`master` is its result).
   */
  locked?: 'merged' | 'formula';
  /** The user chose to keep the master's value: settled, nothing written. */
  kept?: true;
}

export interface ReturnedDepartment {
  department: string;
  file: string;
  person: string;
  date: string;
  stampState: StampState;
  /** Cells written from this return. */
  merged: number;
  /** Failing indicators explained in 上报说明 (0 without a catalog to check the return against). */
  explainedFail: number;
}

export interface UnplacedValue {
  department: string;
  file: string;
  indicatorId: string;
  name: string;
  /** merged-cell: the master's cell is covered by a merged area whose top-left is empty; it is never written. */
  reason: 'no-row' | 'no-column' | 'merged-cell';
}

export interface EmptyIndicator {
  sheet: string;
  row: number;
  col: number;
  name: string;
  indicatorId: string | null;
  lead: string[];
}

export interface MergePlan {
  writes: MergeWrite[];
  conflicts: MergeConflict[];
  returned: ReturnedDepartment[];
  /**
   * Departments leading an indicator of the master that sent no return, or only a blank one (空表:
   * nothing entered in any value cell; its file is named). A blank return is not in `returned`.
   */
  missing: { department: string; indicators: number; blank?: { file: string } }[];
  /** Failing indicators the returns explain (原因及整改措施 in 上报说明). */
  explained: ExplainedFailure[];
  /** Every indicator row of the returns merged, for feedback pointing to the department's own cells. */
  returnRows: ReturnRowRef[];
  /** Return values for which the master has no row (or no column of the return's year). */
  unplaced: UnplacedValue[];
  /** Master indicators whose value cell is still empty after the merge. */
  stillEmpty: EmptyIndicator[];
  /** Values already in the master, equal to the return's: nothing to do. */
  unchanged: number;
  consolidation: SummarySheetLayout;
  /** Texts cut to Excel's 32,767 characters (ending in …); absent when none was. */
  trimmed?: TrimmedText[];
}

function cellOf(sheet: SheetGrid | undefined, row: number, col: number): RawValue {
  return sheet?.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

function formatOf(sheet: SheetGrid | undefined, row: number, col: number): string | null {
  return sheet?.formats?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** A master row's value and previous-year cells for a return of `year`; undefined where the table has no such column. */
function targetColumns(check: WorkbookCheck, row: CheckedRow, year: number): Record<MergedColumn, number | undefined> {
  const table = check.tables[row.table];
  if (table.yearColumns.length > 0) {
    const yearCol = (y: number) => table.yearColumns.find((c) => c.year === y)?.col;
    const previousYear = yearCol(year - 1);
    return { value: yearCol(year), previous: previousYear ?? (table.yearColumns.some((c) => c.col === table.columns.previous) ? undefined : table.columns.previous) };
  }
  return { value: table.columns.value, previous: table.columns.previous };
}

/** The master's indicator rows by catalog id (exact and alias matches) and by name. */
class MasterRows {
  private readonly byId = new Map<string, CheckedRow[]>();
  private readonly byName = new Map<string, CheckedRow[]>();

  constructor(rows: CheckedRow[]) {
    for (const row of rows) {
      const sure = row.indicator && row.finding.match?.kind !== 'fuzzy';
      if (sure) push(this.byId, row.indicator!.id, row);
      push(this.byName, nameKey(row.row.name), row);
    }
  }

  find(id: string, names: string[]): CheckedRow[] {
    const byId = this.byId.get(id);
    if (byId) return byId;
    for (const name of names) {
      const found = this.byName.get(nameKey(name));
      if (found) return found;
    }
    return [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Offer extends MergeSource {
  format: string | null;
}

interface Target {
  sheet: string;
  row: number;
  col: number;
  column: MergedColumn;
  name: string;
  indicatorId: string | null;
  lead: string[];
  offers: Offer[];
}

function returnField(input: ReturnInput, field: 'person' | 'date'): string {
  const sheet = input.grid.sheets.find((s) => s.name === input.marker.sheet);
  const { fieldRow, fields } = RETURN_LAYOUT;
  const value = cellOf(sheet, fieldRow, fields[field].input);
  return field === 'date' ? dateText(value, formatOf(sheet, fieldRow, fields.date.input)) : displayText(value);
}

/** True when the department entered nothing in any value or previous-year cell (an unfilled template). */
function isBlankReturn(input: ReturnInput): boolean {
  const sheet = input.grid.sheets.find((s) => s.name === input.marker.sheet);
  const { columns } = RETURN_LAYOUT;
  return input.marker.indicators.every(({ row }) => isEmptyValue(cellOf(sheet, row, columns.value)) && isEmptyValue(cellOf(sheet, row, columns.previous)));
}

/** The return's indicator rows, for feedback. */
function rowRefsOf(input: ReturnInput, catalog: Catalog | null): ReturnRowRef[] {
  const sheet = input.grid.sheets.find((s) => s.name === input.marker.sheet);
  const { columns } = RETURN_LAYOUT;
  const byId = new Map((catalog?.indicators ?? []).map((i) => [i.id, i]));
  return input.marker.indicators.map(({ id, row }) => ({
    department: input.marker.department,
    file: input.file,
    sheet: input.marker.sheet,
    indicatorId: id,
    name: displayText(cellOf(sheet, row, columns.name)) || byId.get(id)?.name || id,
    cell: cellAddress(row, columns.value),
    value: displayText(cellOf(sheet, row, columns.value)),
  }));
}

/** The failing indicators a return explains in 上报说明, from its own return check against the catalog. */
function explainedOf(input: ReturnInput, catalog: Catalog | null, lang: Lang): ExplainedFailure[] {
  if (!catalog) return [];
  const sheet = input.grid.sheets.find((s) => s.name === input.marker.sheet);
  const { columns } = RETURN_LAYOUT;
  const check = checkReturn(input.grid, input.marker, catalog, { lang });
  return check.items
    .filter((item) => item.kind === 'fail' && item.explained)
    .map((item) => {
      const finding = check.workbook.findings.find((f) => f.row - 1 === item.row);
      return {
        department: input.marker.department,
        file: input.file,
        indicatorId: item.indicatorId ?? '',
        name: item.name,
        target: finding?.target ?? '',
        value: displayText(cellOf(sheet, item.row, columns.value)),
        explanation: displayText(cellOf(sheet, item.row, columns.note)),
      };
    });
}

function provenance(source: MergeSource, column: MergedColumn, replaced: RawValue, lang: Lang): string {
  const key = column === 'value' ? 'merge.note.value' : 'merge.note.previous';
  const date = source.date || t(lang, 'merge.noDate');
  const line = t(lang, key, { department: source.department, file: source.file, date });
  const withReplaced = isEmptyValue(replaced) ? line : `${line}${t(lang, 'merge.note.replaced', { value: displayText(replaced) })}`;
  return column === 'value' && source.explanation ? `${withReplaced}${t(lang, 'merge.note.explanation', { text: source.explanation })}` : withReplaced;
}

/** The latest dated of some offers (the last of them when undated): how returns that disagree are settled. */
export function latestOffer<T extends { date: string }>(offers: T[]): T {
  return offers.reduce((best, o) => (o.date >= best.date ? o : best));
}

/** The offer of one department for a cell: its latest dated return's; null when it sent none. */
export function departmentOffer<T extends { department: string; date: string }>(offers: T[], department: string): T | null {
  const key = nameKey(department);
  const own = offers.filter((o) => nameKey(o.department) === key);
  return own.length > 0 ? latestOffer(own) : null;
}

/** The offer an overwrite settles on when returns disagree: the lead department's, else the latest dated, else the last. */
function settle(offers: Offer[], lead: string[]): Offer {
  const leads = new Set(lead.map(nameKey));
  const fromLead = offers.filter((o) => leads.has(nameKey(o.department)));
  if (fromLead.length === 1) return fromLead[0];
  return latestOffer(fromLead.length > 1 ? fromLead : offers);
}

/** The offer of the department chosen; null for KEEP_MASTER or a department that sent none. */
function chosenOffer(offers: Offer[], department: string): Offer | null {
  return department === KEEP_MASTER ? null : departmentOffer(offers, department);
}

function distinctOffers(offers: Offer[]): Offer[] {
  const distinct: Offer[] = [];
  for (const o of offers) if (!distinct.some((d) => sameEntry(d.value, o.value))) distinct.push(o);
  return distinct;
}

function sourceOf(offer: Offer): MergeSource {
  return {
    department: offer.department,
    file: offer.file,
    date: offer.date,
    value: offer.value,
    sheet: offer.sheet,
    cell: offer.cell,
    ...(offer.explanation ? { explanation: offer.explanation } : {}),
  };
}

function leadOf(row: CheckedRow): string[] {
  return row.indicator?.lead ?? row.finding.lead;
}

/** Collects every return value by the master cell it belongs in. */
function collectTargets(masterGrid: WorkbookGrid, check: WorkbookCheck, returns: ReturnInput[], catalog: Catalog | null): { targets: Map<string, Target>; unplaced: UnplacedValue[] } {
  const rows = new MasterRows(check.rows);
  const sheets = new Map(masterGrid.sheets.map((s) => [s.name, s]));
  const catalogById = new Map<string, CatalogIndicator>((catalog?.indicators ?? []).map((i) => [i.id, i]));
  const targets = new Map<string, Target>();
  const unplaced: UnplacedValue[] = [];
  const { columns } = RETURN_LAYOUT;

  for (const input of returns) {
    const sheet = input.grid.sheets.find((s) => s.name === input.marker.sheet);
    const date = returnField(input, 'date');
    for (const { id, row } of input.marker.indicators) {
      const returnName = displayText(cellOf(sheet, row, columns.name));
      const known = catalogById.get(id);
      const names = [returnName, known?.name ?? '', ...(known?.aliases ?? [])].filter(Boolean);
      const explanation = displayText(cellOf(sheet, row, columns.note));
      const entered = (['value', 'previous'] as const).filter((c) => !isEmptyValue(cellOf(sheet, row, columns[c])));
      if (entered.length === 0) continue;
      const masterRows = rows.find(id, names);
      const label = { department: input.marker.department, file: input.file, indicatorId: id, name: returnName || known?.name || id };
      if (masterRows.length === 0) {
        unplaced.push({ ...label, reason: 'no-row' });
        continue;
      }
      for (const column of entered) {
        let placed = false;
        for (const masterRow of masterRows) {
          const col = targetColumns(check, masterRow, input.marker.year)[column];
          if (col === undefined || col < 0) continue;
          const masterSheet = sheets.get(masterRow.row.sheet);
          const value = mergedValueOf(cellOf(sheet, row, columns[column]), formatOf(sheet, row, columns[column]), {
            value: cellOf(masterSheet, masterRow.row.row, col),
            format: formatOf(masterSheet, masterRow.row.row, col),
            unit: masterRow.row.unit ?? masterRow.indicator?.unit,
          });
          if (value === null) continue;
          placed = true;
          const key = `${masterRow.row.sheet}\u0000${masterRow.row.row}\u0000${col}`;
          let target = targets.get(key);
          if (!target) {
            target = {
              sheet: masterRow.row.sheet,
              row: masterRow.row.row,
              col,
              column,
              name: masterRow.row.name,
              indicatorId: masterRow.indicator?.id ?? null,
              lead: leadOf(masterRow),
              offers: [],
            };
            targets.set(key, target);
          }
          target.offers.push({
            department: input.marker.department,
            file: input.file,
            date,
            value,
            format: formatOf(sheet, row, columns[column]),
            sheet: input.marker.sheet,
            cell: cellAddress(row, columns[column]),
            ...(explanation ? { explanation } : {}),
          });
        }
        if (!placed && column === 'value') unplaced.push({ ...label, reason: 'no-column' });
      }
    }
  }
  return { targets, unplaced };
}

/**
 * Decides every target cell: written, unchanged, or in conflict. A master cell covered by a merged
 * area reads as the merge's top-left value and a formula cell as its result; neither is ever
 * written: a value that differs stays a conflict, and a covered cell under an empty top-left is a
 * value with no place.
 */
function decide(masterGrid: WorkbookGrid, targets: Map<string, Target>, options: MergeOptions) {
  const sheets = new Map(masterGrid.sheets.map((s) => [s.name, s]));
  const safety = new GridSafety(masterGrid);
  const writes: MergeWrite[] = [];
  const conflicts: MergeConflict[] = [];
  const unplaced: UnplacedValue[] = [];
  let unchanged = 0;
  for (const target of targets.values()) {
    const masterSheet = sheets.get(target.sheet);
    const cells = safety.of(target.sheet);
    const locked: MergeConflict['locked'] = cells?.isCovered(target.row, target.col) ? 'merged' : cells?.formula(target.row, target.col) ? 'formula' : undefined;
    const current = locked === 'merged' ? cells!.shown(target.row, target.col) : cellOf(masterSheet, target.row, target.col);
    const shownAt = locked === 'merged' ? cells!.anchorOf(target.row, target.col) : target;
    const format = formatOf(masterSheet, shownAt.row, shownAt.col);
    const distinct = distinctOffers(target.offers);
    const base = { sheet: target.sheet, row: target.row, col: target.col, column: target.column, name: target.name, indicatorId: target.indicatorId };
    const lockedField: Pick<MergeConflict, 'locked'> = locked ? { locked } : {};
    const choice = locked ? undefined : options.choices?.[conflictKey(target)];
    const keptField: Pick<MergeConflict, 'kept'> = choice === KEEP_MASTER ? { kept: true } : {};
    // Returns that agree: the one of the department chosen, so that the note names it.
    let chosen: Offer | null = distinct.length === 1 ? ((choice !== undefined && chosenOffer(target.offers, choice)) || distinct[0]) : null;
    if (distinct.length > 1) {
      chosen = choice !== undefined ? chosenOffer(target.offers, choice) : options.overwrite && !locked ? settle(target.offers, target.lead) : null;
      conflicts.push({ ...base, lead: target.lead, kind: 'returns', master: current, offers: target.offers.map(sourceOf), chosen: chosen && sourceOf(chosen), ...lockedField, ...keptField });
    }
    if (!chosen) continue;
    if (!isEmptyValue(current) || locked === 'formula') {
      if (sameEntry(current, chosen.value, format)) {
        unchanged++;
        continue;
      }
      const replace = (choice !== undefined ? choice !== KEEP_MASTER : options.overwrite) && !locked;
      if (distinct.length === 1) {
        conflicts.push({ ...base, lead: target.lead, kind: 'master', master: current, offers: target.offers.map(sourceOf), chosen: replace ? sourceOf(chosen) : null, ...lockedField, ...keptField });
      }
      if (!replace) continue;
    } else if (locked === 'merged') {
      for (const offer of target.offers) {
        unplaced.push({ department: offer.department, file: offer.file, indicatorId: target.indicatorId ?? '', name: target.name, reason: 'merged-cell' });
      }
      continue;
    }
    const source = sourceOf(chosen);
    writes.push({ ...base, value: chosen.value, note: provenance(source, target.column, current, options.lang), previous: current, source });
  }
  return { writes, conflicts, unplaced, unchanged };
}

/** The master grid with the merge's writes in it, as the master will read after the merge. */
export function gridWithWrites(grid: WorkbookGrid, writes: Pick<MergeWrite, 'sheet' | 'row' | 'col' | 'value'>[]): WorkbookGrid {
  const bySheet = new Map<string, Pick<MergeWrite, 'row' | 'col' | 'value'>[]>();
  for (const w of writes) push(bySheet, w.sheet, w);
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const sheetWrites = bySheet.get(sheet.name);
      if (!sheetWrites) return sheet;
      let { top, left } = sheet;
      let bottom = top + sheet.values.length - 1;
      let right = left + Math.max(0, ...sheet.values.map((r) => r.length)) - 1;
      if (sheet.values.length === 0) [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
      for (const w of sheetWrites) {
        top = Math.min(top, w.row);
        left = Math.min(left, w.col);
        bottom = Math.max(bottom, w.row);
        right = Math.max(right, w.col);
      }
      const values: RawValue[][] = [];
      const formats: (string | null | undefined)[][] = [];
      const formulas: (string | null | undefined)[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: RawValue[] = [];
        const formatRow: (string | null | undefined)[] = [];
        const formulaRow: (string | null | undefined)[] = [];
        for (let c = left; c <= right; c++) {
          row.push(cellOf(sheet, r, c));
          formatRow.push(formatOf(sheet, r, c));
          formulaRow.push(sheet.formulas?.[r - sheet.top]?.[c - sheet.left] ?? null);
        }
        values.push(row);
        formats.push(formatRow);
        formulas.push(formulaRow);
      }
      for (const w of sheetWrites) values[w.row - top][w.col - left] = w.value;
      return { ...sheet, top, left, values, formats, ...(sheet.formulas ? { formulas } : {}) };
    }),
  };
}

/**
 * Master indicators whose value cell is empty once the writes are in (the reporting year may move to
 * the returns' year). A value cell covered by a merged area shows the merge's top-left value, and a
 * formula cell is never empty: neither is listed when that value or formula is there.
 */
function stillEmptyOf(grid: WorkbookGrid, mergedCheck: WorkbookCheck): EmptyIndicator[] {
  const safety = new GridSafety(grid);
  const empty = (row: CheckedRow) => {
    const cells = safety.of(row.row.sheet);
    if (!cells) return isEmptyValue(row.row.value);
    if (cells.formula(row.row.row, row.row.valueCol)) return false;
    return isEmptyValue(cells.isCovered(row.row.row, row.row.valueCol) ? cells.shown(row.row.row, row.row.valueCol) : row.row.value);
  };
  return mergedCheck.rows
    .filter((row) => row.row.valueCol >= 0 && empty(row))
    .map((row) => ({ sheet: row.row.sheet, row: row.row.row, col: row.row.valueCol, name: row.row.name, indicatorId: row.indicator?.id ?? null, lead: leadOf(row) }));
}

/** Departments of the catalog leading an indicator of the master, with no return among `returned`. */
function missingDepartments(check: WorkbookCheck, returned: ReturnedDepartment[], blanks: ReturnedDepartment[]): MergePlan['missing'] {
  const sent = new Set(returned.map((r) => nameKey(r.department)));
  const blankFiles = new Map(blanks.map((b) => [nameKey(b.department), b.file]));
  const counts = new Map<string, MergePlan['missing'][number]>();
  for (const row of check.rows) {
    if (!row.indicator || row.finding.match?.kind === 'fuzzy') continue;
    for (const department of row.indicator.lead) {
      const key = nameKey(department);
      if (sent.has(key)) continue;
      const blank = blankFiles.get(key);
      const entry = counts.get(key) ?? counts.set(key, { department, indicators: 0, ...(blank !== undefined ? { blank: { file: blank } } : {}) }).get(key)!;
      entry.indicators++;
    }
  }
  // A blank return of a department that leads none of the master's indicators is still listed.
  for (const b of blanks) {
    const key = nameKey(b.department);
    if (!sent.has(key) && !counts.has(key)) counts.set(key, { department: b.department, indicators: 0, blank: { file: b.file } });
  }
  return [...counts.values()];
}

/** Checks the master as it is (the grid a host read, marks of a previous check taken off). */
export function checkMaster(masterGrid: WorkbookGrid, catalog: Catalog | null, lang: Lang, source = ''): WorkbookCheck {
  return checkWorkbook(masterGrid, { catalog, lang, source });
}

export function planMerge(masterGrid: WorkbookGrid, returns: ReturnInput[], catalog: Catalog | null, options: MergeOptions, check = checkMaster(masterGrid, catalog, options.lang)): MergePlan {
  const { targets, unplaced: noPlace } = collectTargets(masterGrid, check, returns, catalog);
  const { writes, conflicts, unplaced: lockedOut, unchanged } = decide(masterGrid, targets, options);
  const unplaced = [...noPlace, ...lockedOut];
  const explained = returns.flatMap((input) => explainedOf(input, catalog, options.lang));
  const departments: (ReturnedDepartment & { blank: boolean })[] = returns.map((input) => ({
    department: input.marker.department,
    file: input.file,
    person: returnField(input, 'person'),
    date: returnField(input, 'date'),
    stampState: input.stampState,
    merged: writes.filter((w) => w.source.file === input.file && w.source.department === input.marker.department).length,
    explainedFail: explained.filter((e) => e.file === input.file && e.department === input.marker.department).length,
    blank: isBlankReturn(input),
  }));
  const returned: ReturnedDepartment[] = departments.filter((d) => !d.blank).map(({ blank: _, ...d }) => d);
  const blanks: ReturnedDepartment[] = departments.filter((d) => d.blank).map(({ blank: _, ...d }) => d);
  const missing = missingDepartments(check, returned, blanks);
  const returnRows = returns.flatMap((input) => rowRefsOf(input, catalog));
  const merged = writes.length ? gridWithWrites(masterGrid, writes) : masterGrid;
  const stillEmpty = stillEmptyOf(merged, writes.length ? checkMaster(merged, catalog, options.lang) : check);
  const partial = { writes, conflicts, returned, missing, explained, returnRows, unplaced, stillEmpty, unchanged };
  const layout = buildConsolidationSheet(masterGrid, partial, catalog, options);
  const fitted = fitLayoutCells(layout.cells, layout.name);
  return { ...partial, consolidation: { ...layout, cells: fitted.cells }, ...(fitted.trimmed.length ? { trimmed: fitted.trimmed } : {}) };
}

/** The conflicts the plan leaves (not settled by overwriting). */
export function openConflicts(plan: Pick<MergePlan, 'conflicts'>): MergeConflict[] {
  return plan.conflicts.filter((c) => c.chosen === null && !c.kept);
}
