// One colour per status, the colour of the status's mark in the workbook (core/mark-style.ts's palette,
// Excel's Good / Bad / Neutral styles and the tool's own for missing and invalid): the summary chips and
// the group headings use it; each finding shows its own cell's mark (a non-binding failure is Neutral).
import type { Status } from '../core/types';

export const STATUS_ORDER: Status[] = ['pass', 'fail', 'missing', 'invalid', 'review', 'na'];

export interface StatusSwatch {
  fill: string;
  font: string;
}

/**
 * fail is Excel's Bad (the mark of a binding indicator that fails; a guiding one is marked Neutral in
 * the workbook), review Neutral, missing and invalid the tool's own, pass Good; n/a is not marked.
 */
export const STATUS_SWATCH: Record<Status, StatusSwatch> = {
  pass: { fill: '#C6EFCE', font: '#006100' },
  fail: { fill: '#FFC7CE', font: '#9C0006' },
  review: { fill: '#FFEB9C', font: '#9C5700' },
  missing: { fill: '#DDEBF7', font: '#1F4E78' },
  invalid: { fill: '#E4DFEC', font: '#5B2C6F' },
  na: { fill: '#EDEDED', font: '#404040' },
};
