// Excel's serial day numbers (1900 date system, as Office.js returns them) and ISO date-times, the
// form RawValue uses for dates.

const MS_PER_DAY = 86400000;
/** Serial 25569 is 1970-01-01. Serials from 61 on are right; Excel's phantom 1900-02-29 is not modelled. */
const UNIX_EPOCH_SERIAL = 25569;

export function serialToIso(serial: number): string | null {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isoToSerial(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** A number format's code with quoted text, escapes and [colour]/[$locale] tags removed. */
export function formatCode(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** True for a number format that shows a date or a time (`yyyy/m/d`, `h:mm`, `[$-804]yyyy"年"m"月"`). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || /^general$/i.test(format.trim()) || format.trim() === '@') return false;
  return /[dmyhs]/i.test(formatCode(format).replace(/e[+-]/gi, ''));
}
