// Text that must reach a cell as text. A host that writes plain values (Office.js) hands each
// string to Excel's input parser, which turns `=SUM(A1)`, `+86 123`, `-x`, `@x` into formulas and
// `123`, `50%`, `TRUE`, `2023-01-05`, `Jan 5` into numbers, booleans or dates. Excel's own text
// prefix, a leading apostrophe, keeps the text as typed and is not part of the value read back.
// It is used instead of the text number format ('@'), which Office.js does not document as
// applying to values written in the same request.

export const TEXT_PREFIX = "'";

/** English month names and abbreviations start text that Excel may read as a date (`Jan 5`, `May-23`). */
const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * True when Excel could read the string as something other than text. Anything that does not begin
 * with a letter counts (digits, signs, `=`, `@`, `'`, `(`, currency, spaces), and so do TRUE/FALSE
 * and what may be a month: a needless prefix is invisible, a missing one changes the value.
 */
export function needsTextPrefix(text: string): boolean {
  if (text === '') return false;
  if (!/^\p{L}/u.test(text)) return true;
  return /^(true|false)$/i.test(text.trim()) || MONTH_START.test(text);
}

/** The value to write so that the cell holds exactly `text`. */
export function literalText(text: string): string {
  return needsTextPrefix(text) ? TEXT_PREFIX + text : text;
}
