// The short table printed after a check: the counts, then the failing indicators in aligned columns.
import type { Finding, Lang, Summary } from '../core/types';
import { formatNumber } from '../core/format';
import { say } from './text';

/** Columns a character takes in a terminal: two for CJK and full-width forms, one otherwise. */
function charWidth(codePoint: number): number {
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Cuts text to at most `max` columns, with an ellipsis when cut. */
export function fitWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows of cells as lines of aligned columns, two spaces apart. */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padTo(cell, widths[i]))).join('  ').trimEnd());
}

export function passRateText(rate: number | null): string {
  return rate === null ? '—' : `${formatNumber(rate * 100, 1)}%`;
}

function valueText(f: Finding): string {
  if (f.value === null) return '';
  const text = typeof f.value === 'number' ? formatNumber(f.value) : f.value;
  return typeof f.value === 'number' && f.unit === '%' ? `${text}%` : text;
}

function gapText(f: Finding, lang: Lang): string {
  if (f.gap === null) return '';
  const gap = formatNumber(f.gap);
  return f.unit === '%' ? say(lang, 'gapPoints', { gap }) : `${gap}${f.unit ?? ''}`;
}

export function totalsLine(summary: Summary, lang: Lang): string {
  return say(lang, 'totals', { total: summary.total, ...summary.totals, rate: passRateText(summary.passRate) });
}

/** Rows of the failing table printed at most; the rest is in the report and the summary sheet. */
export const MAX_TABLE_ROWS = 20;

export interface TableOptions {
  /** Rows shown at most (MAX_TABLE_ROWS by default). */
  max?: number;
  /** The --report file, named where the rest can be found. */
  report?: string;
}

/** The line that says how many more there are and where they are. */
export function moreLine(count: number, lang: Lang, report: string | undefined, key = 'moreFailing', elsewhere = 'moreFailingSummary'): string {
  const where = report ? say(lang, 'moreFailingReport', { report }) : say(lang, elsewhere);
  return say(lang, key, { count, where });
}

/**
 * The failing indicators: name, target, value, gap, lead department and where the value is; at most
 * `max` of them, then one line saying how many more there are and where they are.
 */
export function failingTable(failing: Finding[], lang: Lang, options: TableOptions = {}): string[] {
  if (failing.length === 0) return [say(lang, 'noFailing')];
  const max = options.max ?? MAX_TABLE_ROWS;
  const shown = failing.slice(0, max);
  const header = ['name', 'target', 'value', 'gap', 'lead', 'cell'].map((c) => say(lang, `col.${c}`));
  const rows = shown.map((f) => [
    fitWidth(f.name, 36),
    fitWidth(f.target ?? '', 20),
    fitWidth(valueText(f), 16),
    gapText(f, lang),
    fitWidth(f.lead.join('、'), 24),
    `${f.sheet}!${f.cell}`,
  ]);
  const lines = [say(lang, 'failingTitle'), ...alignColumns([header, ...rows]).map((line) => `  ${line}`)];
  if (failing.length > shown.length) lines.push(`  ${moreLine(failing.length - shown.length, lang, options.report)}`);
  return lines;
}
