// Translating between what Office.js reads and writes and the core's plain values.
import type { RawValue } from '../../core/types';
import type { CellValue } from '../../core/cell-edits';
import { isDateFormat, isoToSerial, serialToIso } from '../../core/excel-date';
import { literalText } from '../../core/excel-text';

/** Range.values gives error values as their text; these are the ones Excel has. */
const ERROR_VALUES = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

/** A cell of Range.values with its number format as the core wants it: '' is empty, date serials are dates. */
export function rawValueOf(value: unknown, format: string | null | undefined): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (isDateFormat(format)) {
      const iso = serialToIso(value);
      if (iso) return { date: iso };
    }
    return value;
  }
  if (typeof value === 'boolean') return value;
  const text = String(value);
  return ERROR_VALUES.has(text) ? { error: text } : text;
}

/** A number format worth keeping in the grid; 'General' is the default and left out. */
export function formatOf(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

/**
 * A cell's formula from Range.formulas and Range.values, without '=' (as SheetGrid.formulas keeps
 * it); null for a constant. Text typed with Excel's apostrophe reads the same through both.
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : null;
}

/**
 * What the journal keeps of a cell, from Range.formulas and Range.values: a formula as its text
 * without '=' (as the file host keeps it), a constant as it is. Text that only looks like a formula
 * (typed with Excel's apostrophe) reads the same through both.
 */
export function journalValueOf(formula: unknown, value: unknown): CellValue {
  const formulaText = formulaOf(formula, value);
  if (formulaText !== null) return { formula: formulaText };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return ERROR_VALUES.has(text) ? { error: text } : text;
}

/** How a value is written back: through Range.formulas for a formula, Range.values otherwise. */
export interface CellInput {
  via: 'values' | 'formulas';
  input: string | number | boolean;
}

/** The input that makes a cell hold `value`; strings stay text whatever they begin with. */
export function cellInputOf(value: CellValue): CellInput {
  if (value === null) return { via: 'values', input: '' };
  if (typeof value === 'string') return { via: 'values', input: literalText(value) };
  if (typeof value === 'number' || typeof value === 'boolean') return { via: 'values', input: value };
  if ('formula' in value) return { via: 'formulas', input: `=${value.formula}` };
  if ('date' in value) return { via: 'values', input: isoToSerial(value.date) ?? '' };
  return { via: 'values', input: value.error };
}
