// Row heights for the sheets the tool makes, where wrapped text needs more than one line. Excel
// grows such rows itself when a cell is edited, but not when it opens a file written by a library,
// and LibreOffice keeps the written height: without these, long names and targets are cut off.
import type { CellRect, CellStyle } from './types';

/** Points per line of 11-point text, with the cell's padding. */
const LINE_HEIGHT = 15;
/** The highest row Excel allows is 409 points. */
const MAX_HEIGHT = 409;

interface LaidOutCell {
  row: number;
  col: number;
  value: string | number | null;
  style?: string;
}

/** Width of a text in Excel's column-width units: a CJK or full-width character takes two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes in a column `width` characters wide (its own line breaks kept). */
export function linesOf(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
}

/**
 * The height (points) of every row whose wrapped cells need more than one line, or whose text is
 * larger than the default (titles); rows not listed keep the default height. Merged cells count for
 * their font size only: they are titles laid out to fit their width.
 */
export function wrappedRowHeights(
  cells: readonly LaidOutCell[],
  styles: Record<string, CellStyle>,
  widths: readonly number[],
  merges: readonly CellRect[] = [],
): Map<number, number> {
  const merged = (row: number, col: number) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const heights = new Map<number, number>();
  for (const cell of cells) {
    const style = cell.style ? styles[cell.style] : undefined;
    if (cell.value === null || !style) continue;
    const size = style.fontSize ?? 11;
    const lines = style.wrap && !merged(cell.row, cell.col) ? linesOf(String(cell.value), widths[cell.col] ?? 8.43) : 1;
    if (lines < 2 && size <= 11) continue;
    const height = Math.min(MAX_HEIGHT, Math.ceil((lines * LINE_HEIGHT * size) / 11));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return heights;
}
