// How the sheets the tool makes print: landscape, one page wide and as many tall as needed, the
// header rows repeated on every page, a footer with the title and the page numbers; and column
// widths taken from the content (a CJK character counts double), so that nothing is cut off.
import type { CellRect, CellStyle, Lang, PrintSetup } from './types';
import { t } from './messages';
import { textWidth } from './row-heights';

interface LaidOutCell {
  row: number;
  col: number;
  value: string | number | null;
  style?: string;
}

/** Excel's header/footer codes take `&` as a code: a literal one is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The footer as one header/footer string of a worksheet part (&L left part, &R right part). */
export function footerCode(print: PrintSetup): string {
  return `&L${print.footer.left}&R${print.footer.right}`;
}

/** The print setup of a sheet titled `title`, with `titleRows` repeated on every page. */
export function tablePrint(title: string, titleRows: { top: number; bottom: number } | null, lang: Lang = 'zh-CN'): PrintSetup {
  return {
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRows ? { titleRows } : {}),
    footer: { left: footerText(title), right: footerText(t(lang, 'print.pages')).replace('{page}', '&P').replace('{pages}', '&N') },
    gridlines: false,
    centerHorizontally: true,
  };
}

/** Widest text of a cell, its own line breaks kept. */
function widthOf(value: string | number | null): number {
  if (value === null) return 0;
  return Math.max(...String(value).split('\n').map(textWidth));
}

/**
 * Column widths (in characters) from the widest text of each column's table cells (those with a
 * border), with room for the cell's padding, between `min` and `max` (wider text wraps). Free text
 * (titles, notes, a line over the sheet's width) runs on over the next cells and sizes nothing.
 */
export function contentWidths(
  cells: readonly LaidOutCell[],
  columns: number,
  styles: Record<string, CellStyle>,
  merges: readonly CellRect[],
  bounds: { min: number; max: number },
): number[] {
  const across = (c: LaidOutCell) => merges.some((m) => m.left !== m.right && c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right);
  const widths = Array<number>(columns).fill(0);
  for (const cell of cells) {
    if (cell.col >= columns || !(cell.style && styles[cell.style]?.border) || across(cell)) continue;
    widths[cell.col] = Math.max(widths[cell.col], widthOf(cell.value) + 2);
  }
  return widths.map((w) => Math.min(bounds.max, Math.max(bounds.min, w)));
}
