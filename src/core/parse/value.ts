// A value cell as the department wrote it (DESIGN §3, "Values"): numbers, percentages, numbers with a
// unit, yes/no answers, 不适用, Excel errors, dates.
import type { ParsedValue, RawValue } from '../types';
import { normalizeText } from '../text';
import { roundNoise } from '../format';
import { parseAnswer } from './answers';
import { formatCode, isDateFormat } from '../excel-date';

/** 不适用, and the dash or slash placeholders a department types for "does not apply". */
const NOT_APPLICABLE = /^(不适用|不涉及|无此项|无此指标|本地不涉及|na|n\/a|\/|-|--|—|——|–|－|─|\\)$/i;
/** The value is not there yet: missing, with the text quoted in the message. */
const PENDING = /^(待核实|待核定|待定|暂无|暂无数据|待统计|待公布|未统计|待填报|待更新|统计中|核算中)$/;

export { isDateFormat };

/** A number format that scales by 100: an unquoted, unescaped `%` (`0.0%`; not `0.0"%"`). */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && formatCode(format).includes('%');
}

/** A number format that shows a `%` it does not scale by: `0.0"%"`, `0.0\%`. The stored number is the percentage. */
export function isLiteralPercentFormat(format: string | null | undefined): boolean {
  return !!format && !isPercentFormat(format) && /"[^"]*%[^"]*"|\\%/.test(format);
}

/** Excel's serial day number as an ISO date (1900 date system). */
export function serialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

const NUMBER_WITH_UNIT = /^(?:约|大约|近|≈|~)?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(%|‰)?\s*([^\d\s].{0,15})?$/;
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*(月|[-/.月]\s*\d{1,2}\s*日?)?$/;

function parseNumberText(text: string): ParsedValue | null {
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const unit = match[3]?.trim();
  if (unit && /[\d=<>≤≥~]/.test(unit)) return null;
  if (match[2] === '%') return { kind: 'number', value, unit: '%', percent: true, text };
  if (match[2] === '‰') return { kind: 'number', value: roundNoise(value / 10), unit: '%', percent: true, text };
  return unit ? { kind: 'number', value, unit, text } : { kind: 'number', value, text };
}

/** A leading apostrophe typed or pasted before the value (`'92.5`) is not part of it. */
function withoutApostrophe(text: string): string {
  return text.replace(/^['‘’`]+\s*/, '');
}

function parseText(original: string): ParsedValue {
  const text = withoutApostrophe(normalizeText(original));
  if (!text) return { kind: 'empty' };
  if (NOT_APPLICABLE.test(text)) return { kind: 'na', text };
  if (PENDING.test(text.replace(/[\s。.!]+$/g, ''))) return { kind: 'empty', text };
  if (DATE_TEXT.test(text)) return { kind: 'date', text };
  if (/^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(text)) return { kind: 'error', text };
  const number = parseNumberText(text.replace(/\s+(?=\d)/g, '').replace(/(左右|上下)$/, ''));
  if (number) return { ...number, text } as ParsedValue;
  const answer = parseAnswer(text);
  if (answer) return { kind: 'answer', yes: answer.yes, ...(answer.absence ? { absence: true } : {}), text };
  return { kind: 'text', text };
}

/** Reads a raw cell value with its number format: a `%` format means the stored fraction is ×100. */
export function parseValue(raw: RawValue, format?: string | null): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'error', text: String(raw) };
    if (isPercentFormat(format)) return { kind: 'number', value: roundNoise(raw * 100), percent: true, text: `${roundNoise(raw * 100)}%` };
    if (isLiteralPercentFormat(format)) return { kind: 'number', value: raw, percent: true, text: `${roundNoise(raw)}%` };
    if (isDateFormat(format)) return { kind: 'date', text: serialToIsoDate(raw) };
    return { kind: 'number', value: raw, text: String(raw) };
  }
  if (typeof raw === 'boolean') return { kind: 'answer', yes: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'string') return parseText(raw);
  if ('error' in raw) return { kind: 'error', text: String(raw.error) };
  if ('date' in raw) return { kind: 'date', text: String(raw.date).slice(0, 10) };
  return { kind: 'text', text: String(raw) };
}
