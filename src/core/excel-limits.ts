// Excel's limits on what the tool writes (DESIGN §6): 32,767 characters a cell or note, sheet names
// of at most 31 characters without : \ / ? * [ ], compared without regard to case.

/** The most characters Excel keeps in a cell or a note. */
export const MAX_CELL_TEXT = 32767;
export const MAX_SHEET_NAME = 31;
export const ELLIPSIS = '…';

const ILLEGAL_IN_SHEET_NAME = /[:\\/?*[\]]/g;

/** Cuts `text` to `max` characters ending in …, never between the halves of a surrogate pair. */
function cut(text: string, max: number): string {
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/** Text that fits a cell or note; `trimmed` says whether it had to be cut (the outcome must say so). */
export function fitCellText(text: string, max = MAX_CELL_TEXT): { text: string; trimmed: boolean } {
  return text.length <= max ? { text, trimmed: false } : { text: cut(text, max), trimmed: true };
}

/** The key Excel compares sheet names by. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * A sheet name Excel accepts: refused characters replaced, no apostrophe at either end, at most 31
 * characters with `suffix` (`(2)`) kept whole at the end.
 */
export function fitSheetName(base: string, suffix = ''): string {
  const clean = base.replace(ILLEGAL_IN_SHEET_NAME, '_').replace(/^'+/, '');
  let room = MAX_SHEET_NAME - suffix.length;
  const last = clean.charCodeAt(room - 1);
  if (last >= 0xd800 && last <= 0xdbff) room--;
  const head = clean.slice(0, room).replace(/'+$/, '');
  return `${head}${suffix}`;
}

/**
 * The cells of a sheet layout with every text cut to Excel's limit, and the cells that had to be cut
 * (`sheet` names the laid-out sheet in what is reported).
 */
export function fitLayoutCells<C extends { row: number; col: number; value: string | number | null }>(
  cells: C[],
  sheet: string,
): { cells: C[]; trimmed: { sheet: string; row: number; col: number; kind: 'value' }[] } {
  const trimmed: { sheet: string; row: number; col: number; kind: 'value' }[] = [];
  const fitted = cells.map((cell) => {
    if (typeof cell.value !== 'string') return cell;
    const fit = fitCellText(cell.value);
    if (!fit.trimmed) return cell;
    trimmed.push({ sheet, row: cell.row, col: cell.col, kind: 'value' });
    return { ...cell, value: fit.text };
  });
  return { cells: trimmed.length ? fitted : cells, trimmed };
}
