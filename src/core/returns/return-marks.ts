// The marks a checked return gets: each cell that still stops it from being sent, highlighted, with
// a note that says why and what to do. No summary sheet and no filled cells: a return stays as sent.
import type { CellMark, EditPlan, Lang, MarkStyle, TrimmedText } from '../types';
import { fitCellText } from '../excel-limits';
import { PALETTE } from '../plan';
import { t } from '../messages';
import type { ReturnCheck, ReturnItem } from './check-return';

function styleOf(item: ReturnItem): MarkStyle {
  if (item.tier === 'hint') return 'neutral';
  if (item.kind === 'missing' || item.kind === 'missing-field') return 'missing';
  if (item.kind === 'invalid') return 'invalid';
  return 'bad';
}

/** What to do about a hint: a failing value is explained with its cause and measures. */
export function hintHow(item: Pick<ReturnItem, 'kind'>, lang: Lang): string {
  return t(lang, item.kind === 'fail' ? 'return.hint.how.fail' : 'return.hint.how');
}

function noteOf(item: ReturnItem, lang: Lang): string {
  const tier = t(lang, `return.tier.${item.tier}`);
  const how = item.tier === 'hint' ? (lang === 'en' ? `; ${hintHow(item, lang)}` : `;${hintHow(item, lang)}`) : '';
  return lang === 'en' ? `[${tier}] ${item.message}${how}` : `【${tier}】${item.message}${how}`;
}

/** One mark per cell to fix (blocking items and unexplained hints), its note within Excel's limit; a ready return gets none. */
export function planReturnMarks(check: ReturnCheck, lang: Lang): EditPlan {
  const byCell = new Map<string, { mark: CellMark; notes: string[] }>();
  for (const item of check.items) {
    if (!item.blocks) continue;
    const key = `${item.row}:${item.col}`;
    const existing = byCell.get(key);
    if (existing) existing.notes.push(noteOf(item, lang));
    else byCell.set(key, { mark: { sheet: item.sheet, row: item.row, col: item.col, style: styleOf(item), note: null }, notes: [noteOf(item, lang)] });
  }
  const trimmed: TrimmedText[] = [];
  const marks = [...byCell.values()].map(({ mark, notes }) => {
    const fit = fitCellText(notes.join(' '));
    if (fit.trimmed) trimmed.push({ sheet: mark.sheet, row: mark.row, col: mark.col, kind: 'note' });
    return { ...mark, note: fit.text };
  });
  return { marks, writes: [], summary: null, palette: PALETTE, ...(trimmed.length ? { trimmed } : {}) };
}
