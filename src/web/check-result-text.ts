// The check's one line on the page: what was done to the copy (cells marked, departments filled, the
// summary sheet) and which catalog was used.
import type { Lang } from '../core/types';
import type { CheckResult } from './jobs/protocol';
import type { WebTranslate } from './web-strings';

export function checkResultText(result: CheckResult, tr: WebTranslate, lang: Lang, filled: boolean): string {
  const parts: string[] = [];
  if (result.summary.total === 0) parts.push(tr('check.doneNoRows'));
  else parts.push(tr('check.done', { total: result.summary.total, marked: result.marked }));
  if (filled) parts.push(tr('check.filled', { written: result.written }));
  if (result.summarySheet) parts.push(tr('check.summarySheet', { sheet: result.summarySheet }));
  if (result.hadMarks) parts.push(tr('check.hadMarks'));
  const catalog = result.catalog;
  if (!catalog) parts.push(tr('check.noCatalog'));
  else if (catalog.how === 'workbook') parts.push(tr('check.catalogWorkbook', { sheet: catalog.sheet ?? '' }));
  else parts.push(tr('check.catalogUsed', { title: catalog.title }));
  if (result.fit?.poor) parts.push(tr('check.poorFit', { matched: result.fit.matched, rows: result.fit.rows }));
  if (result.notesSkipped > 0) parts.push(tr('check.notesSkipped', { count: result.notesSkipped }));
  if (result.isReturn) parts.push(tr('check.isReturn'));
  return parts.join(lang === 'en' ? ' ' : '');
}
