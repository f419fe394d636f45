// Translating between exceljs cells and the core's plain values: raw values, colours, notes.
import type ExcelJS from 'exceljs';
import type { RawValue } from '../../core/types';

/** exceljs's cell type for the covered cells of a merged area (they echo the master's value). */
const MERGE_CELL_TYPE = 1;

type ExcelValue = ExcelJS.CellValue | undefined;

function richTextOf(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join('');
}

/** A plain value from whatever exceljs holds: formulas give their cached result, rich text and links their text. */
export function rawValueOf(value: ExcelValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString() };
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richTextOf(value);
  if ('hyperlink' in value) return rawValueOf((value as { text: ExcelValue }).text);
  if ('formula' in value || 'sharedFormula' in value) return rawValueOf((value as { result?: ExcelValue }).result);
  return null;
}

export function cellRawValue(cell: ExcelJS.Cell): RawValue {
  if (cell.type === MERGE_CELL_TYPE) return null;
  return rawValueOf(cell.value);
}

/** What the journal keeps of a cell's value: formulas as their text, everything else as a raw value. */
export function journalValueOf(cell: ExcelJS.Cell): RawValue | { formula: string } {
  if (cell.type === MERGE_CELL_TYPE) return null;
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return { formula: cell.formula };
  }
  return rawValueOf(value);
}

/** The exceljs value that puts a journal value back. */
export function excelValueOf(value: RawValue | { formula: string }): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('formula' in value) return { formula: value.formula } as ExcelJS.CellFormulaValue;
  if ('date' in value) return new Date(value.date);
  return { error: value.error } as ExcelJS.CellErrorValue;
}

/** '#FFC7CE' → 'FFFFC7CE' (exceljs colours carry an alpha byte first). */
export function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** 'FFFFC7CE' → '#FFC7CE'; null for theme or indexed colours, which have no fixed RGB. */
export function hexOf(color: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = color?.argb;
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

export function fillColorOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return hexOf(fill.fgColor);
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(hex) } };
}

/** A note's text; exceljs keeps a formatted note as runs of text. */
export function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * exceljs has no public way to take a note off a cell: assigning undefined would write a broken
 * note, and a loaded cell also keeps its note in its value's model, which is what gets written.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

export function setNote(cell: ExcelJS.Cell, note: ExcelJS.Comment | string | null): void {
  if (note === null) removeNote(cell);
  else cell.note = note;
}
