// The XML of one cell as the tool writes it: a cell's own element with only its style changed (a
// mark), or a value written into an empty cell (text always inline and literal, never a formula).
import type { RawValue } from '../../../core/types';
import { isoToSerial } from '../../../core/excel-date';
import type { CellSource } from './sheet-patch';
import { escapeText, retag, startTag } from './xml';

/** The cell with style `style`, everything else (value, formula, other attributes) as it was. */
export function restyledCell(source: CellSource | null, ref: string, style: number): string {
  if (!source) return startTag('c', [['r', ref], ['s', String(style)]], true);
  const { element, part } = source;
  const tag = retag(element, { s: style === 0 ? undefined : String(style) });
  if (element.selfClosing) return startTag(element.name, tag, true);
  return `${startTag(element.name, tag)}${part.slice(element.openEnd, element.closeStart)}</${element.name}>`;
}

/** The style index a cell has now (0 when it names none). */
export function styleOf(source: CellSource | null): number {
  const s = source?.element.attributes.s;
  return s ? Number(s) : 0;
}

function textElement(text: string, prefix = ''): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${prefix}t${preserve}>${escapeText(text)}</${prefix}t>`;
}

/** A value in a cell that held none: a number as a number, a string as inline text. */
export function valueCell(source: CellSource | null, ref: string, value: string | number, style: number): string {
  const name = source?.element.name ?? 'c';
  const keep: [string, string][] = source
    ? retag(source.element, { r: ref, s: style === 0 ? undefined : String(style), t: undefined, cm: undefined, vm: undefined })
    : [['r', ref], ...(style ? ([['s', String(style)]] as [string, string][]) : [])];
  if (typeof value === 'number') return `${startTag(name, keep)}<v>${String(value)}</v></${name}>`;
  const prefix = name.includes(':') ? `${name.slice(0, name.indexOf(':'))}:` : '';
  return `${startTag(name, [...keep, ['t', 'inlineStr']])}<${prefix}is>${textElement(value, prefix)}</${prefix}is></${name}>`;
}

/** A cell of a sheet the tool makes: text inline, numbers as numbers, a formula with its cached text. */
export function newCell(ref: string, value: string | number | null, style: number, formula?: string): string {
  const s: [string, string][] = style ? [['s', String(style)]] : [];
  if (formula !== undefined) {
    const cached = value === null ? '' : String(value);
    return `${startTag('c', [['r', ref], ...s, ['t', 'str']])}<f>${escapeText(formula)}</f><v>${escapeText(cached)}</v></c>`;
  }
  if (value === null || value === '') return startTag('c', [['r', ref], ...s], true);
  if (typeof value === 'number') return `${startTag('c', [['r', ref], ...s])}<v>${String(value)}</v></c>`;
  return `${startTag('c', [['r', ref], ...s, ['t', 'inlineStr']])}<is>${textElement(value)}</is></c>`;
}

/**
 * The cell holding `value` (a raw value, or a formula put back), its style and other attributes kept:
 * a number stays a number, text is inline and literal, null leaves the cell without a value.
 */
export function cellWithValue(source: CellSource | null, ref: string, value: RawValue | { formula: string }, style: number): string {
  const name = source?.element.name ?? 'c';
  const prefix = name.includes(':') ? `${name.slice(0, name.indexOf(':'))}:` : '';
  const base: [string, string][] = source
    ? retag(source.element, { r: ref, s: style === 0 ? undefined : String(style), t: undefined, cm: undefined, vm: undefined })
    : [['r', ref], ...(style ? ([['s', String(style)]] as [string, string][]) : [])];
  if (value === null) return startTag(name, base, true);
  if (typeof value === 'number' || typeof value === 'string') return valueCell(source, ref, value, style);
  if (typeof value === 'boolean') return `${startTag(name, [...base, ['t', 'b']])}<${prefix}v>${value ? 1 : 0}</${prefix}v></${name}>`;
  if ('formula' in value) return `${startTag(name, base)}<${prefix}f>${escapeText(value.formula)}</${prefix}f></${name}>`;
  if ('error' in value) return `${startTag(name, [...base, ['t', 'e']])}<${prefix}v>${escapeText(value.error)}</${prefix}v></${name}>`;
  const serial = isoToSerial(value.date);
  return serial === null ? startTag(name, base, true) : `${startTag(name, base)}<${prefix}v>${serial}</${prefix}v></${name}>`;
}
