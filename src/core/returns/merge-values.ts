// The values of a merge: what a return's cell becomes in the master (numbers stay numbers, anything
// else is text), when two entries are the same figure, and the provenance line of a merged cell.
import type { RawValue } from '../types';
import { formatNumber, roundNoise } from '../format';
import { normalizeText } from '../text';
import { isDateFormat, serialToIso } from '../excel-date';

/** A merged value: a number, or literal text (a host writes it as text, never as a formula). */
export type MergedValue = string | number;

function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && format.replace(/"[^"]*"/g, '').includes('%');
}

/** A date as the day it is (yyyy-mm-dd); the time of day of a date cell is noise. */
export function dayText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** A raw value as one short line of text: for notes, lists and the terminal. */
export function displayText(value: RawValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return 'error' in value ? value.error : dayText(value.date);
}

/** Serials of the days 1954-10-14 … 2119-03-01: a number in a date field in that range is a date Excel keeps as a serial. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

/**
 * A date field (填报日期) as the day it is, however it was kept: a date cell, a serial number (46096,
 * with or without a date format), or text as the department typed it.
 */
export function dateText(value: RawValue, format?: string | null): string {
  if (typeof value === 'number' && Number.isFinite(value) && (isDateFormat(format) || (value >= SERIAL_MIN && value <= SERIAL_MAX))) {
    const iso = serialToIso(value);
    if (iso) return dayText(iso);
  }
  return displayText(value);
}

/** Text that is only a number (`62.5`, `1,234`, `98%`, `９８％`): its figure, and whether it is a percentage. */
function numberInText(text: string): { n: number; percent: boolean } | null {
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%)?$/.exec(normalizeText(text).replace(/\s+/g, ''));
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? { n, percent: !!m[2] } : null;
}

export interface MasterCell {
  value: RawValue;
  format: string | null | undefined;
  /** The master row's unit (单位 column or catalog), to place a percentage. */
  unit: string | null | undefined;
}

/**
 * What a return's cell puts into a master cell; null when there is nothing to merge (empty, or an
 * error value). A percentage kept as a fraction in a %-formatted return cell (0.85 shown as 85%)
 * goes in as the master shows percentages: the fraction into a %-formatted cell, 85 into a row whose
 * unit is %, else the text 85%. Text that is only a number is that number (a number stays a number):
 * `62.5` → 62.5, `98%` → 98 in a row of percentages (0.98 in a %-formatted cell), kept as text where
 * the master shows no percentages; any other text stays text.
 */
export function mergedValueOf(value: RawValue, format: string | null | undefined, master: MasterCell): MergedValue | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (!isPercentFormat(format) || isPercentFormat(master.format)) return value;
    const percent = roundNoise(value * 100);
    return master.unit && normalizeText(master.unit) === '%' ? percent : `${formatNumber(percent)}%`;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return null;
    const figure = numberInText(text);
    if (!figure) return text;
    if (!figure.percent) return figure.n;
    if (isPercentFormat(master.format)) return roundNoise(figure.n / 100);
    return master.unit && normalizeText(master.unit) === '%' ? figure.n : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return 'error' in value ? null : dayText(value.date);
}

/** A master cell's value in the units it shows: a fraction in a %-formatted cell compares as percent text. */
function comparable(value: RawValue | MergedValue, format?: string | null): number | string | null {
  if (value === null) return null;
  if (typeof value === 'number') return isPercentFormat(format) ? `${formatNumber(roundNoise(value * 100))}%` : value;
  if (typeof value === 'string') {
    const text = normalizeText(value);
    return text === '' ? null : text;
  }
  return displayText(value as RawValue);
}

function numberOfText(text: string): { n: number; percent: boolean } | null {
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(%)?$/.exec(text.replace(/,/g, ''));
  return m ? { n: Number(m[1]), percent: !!m[2] } : null;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when two entries are the same figure: 85 and 85.0, "85%" and 85 in a row of percentages,
 * text equal once normalised (full-width, spaces, script). `format` is the master cell's format.
 */
export function sameEntry(a: RawValue | MergedValue, b: RawValue | MergedValue, format?: string | null, formatB?: string | null): boolean {
  const x = comparable(a, format);
  const y = comparable(b, formatB);
  if (x === null || y === null) return x === y;
  if (typeof x === 'number' && typeof y === 'number') return sameNumber(x, y);
  const nx = typeof x === 'number' ? { n: x, percent: false } : numberOfText(x);
  const ny = typeof y === 'number' ? { n: y, percent: false } : numberOfText(y);
  if (nx && ny) return sameNumber(nx.n, ny.n) && (nx.percent === ny.percent || typeof x === 'number' || typeof y === 'number');
  return x === y;
}

export function isEmptyValue(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The note a merged cell carries: the provenance line under a note the user had, never replacing it. */
export function noteWithProvenance(existing: string | null, provenance: string): string {
  if (!existing || existing.trim() === '') return provenance;
  if (existing.includes(provenance)) return existing;
  return `${existing.trimEnd()}\n${provenance}`;
}
