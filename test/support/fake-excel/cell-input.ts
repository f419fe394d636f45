// How Excel takes a value written through Range.values or Range.formulas, and what it gives back.
// Excel parses strings as if they were typed: `=…` is a formula, `+…`/`-…`/`@…` that are not numbers
// become formulas too, numbers, percentages, TRUE/FALSE and ISO-like dates are converted, and a
// leading apostrophe keeps the rest as text (the apostrophe is not part of the value). In a cell
// formatted as text ('@') everything stays text. The fake does not calculate: a formula written here
// reads back as an empty result.
import { FakeOfficeError } from './errors';
import type { CellScalar, FakeCell } from './state';

const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  delete cell.value;
  delete cell.textPrefix;
}

function setConstant(cell: FakeCell, value: CellScalar, textPrefix = false): void {
  delete cell.formula;
  cell.value = value;
  if (textPrefix) cell.textPrefix = true;
  else delete cell.textPrefix;
}

function clearValue(cell: FakeCell): void {
  delete cell.value;
  delete cell.formula;
  delete cell.textPrefix;
}

function numberOf(text: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t) || !NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function serialOf(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ms / 86400000 + 25569;
}

/** A string as Excel's input parser reads it. */
function parseTyped(cell: FakeCell, text: string): void {
  if (text.startsWith("'")) return setConstant(cell, text.slice(1), true);
  if (cell.numberFormat === '@') return setConstant(cell, text);
  if (text.startsWith('=') && text.length > 1) return setFormula(cell, text);
  const number = numberOf(text);
  if (number !== null) return setConstant(cell, number);
  if (/^[+\-@]/.test(text)) return setFormula(cell, `=${text}`);
  const percent = /^(.*)%$/.exec(text.trim());
  if (percent && numberOf(percent[1]) !== null) {
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = '0%';
    return setConstant(cell, numberOf(percent[1])! / 100);
  }
  if (/^(true|false)$/i.test(text.trim())) return setConstant(cell, text.trim().toLowerCase() === 'true');
  if (ERROR_LITERALS.has(text.trim().toUpperCase())) return setConstant(cell, { error: text.trim().toUpperCase() });
  const date = ISO_DATE.exec(text.trim());
  const serial = date ? serialOf(Number(date[1]), Number(date[2]), Number(date[3])) : null;
  if (serial !== null) {
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
    return setConstant(cell, serial);
  }
  setConstant(cell, text);
}

/** Writes one entry of a values or formulas array. `null` leaves the cell unchanged, `''` empties it. */
export function writeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (input === '') return clearValue(cell);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', `The argument is invalid: ${input} is not a finite number.`);
    return setConstant(cell, input);
  }
  if (typeof input === 'boolean') return setConstant(cell, input);
  if (typeof input === 'string') return parseTyped(cell, input);
  throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${JSON.stringify(input)}.`);
}

/** Range.values: constants as they are, a formula's result ('' here: the fake does not calculate), errors as their text. */
export function readValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return '';
  const value = cell.value;
  if (value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

/** Range.formulas: the formula of a formula cell, the constant otherwise (the text prefix is dropped, office-js#6687). */
export function readFormula(cell: FakeCell | undefined): string | number | boolean {
  if (cell?.formula !== undefined) return cell.formula;
  return readValue(cell);
}

export function readValueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === undefined && cell.formula === undefined)) return 'Empty';
  const value = cell.value;
  if (value === undefined) return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}
