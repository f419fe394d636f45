// The pane's one line about what a job did. The counts are in the summary row right under it, so the
// line says what happened to the workbook (cells marked, filled, the summary sheet) and which catalog
// was used — not the counts again. (The ribbon's dialog, which has no summary row, keeps src/addin/outcome.ts.)
import type { JobOutcome } from '../addin/jobs';
import type { Lang } from '../core/types';
import type { Translate } from './strings';
import { catalogFit } from '../core/catalog/fit';

export function paneOutcomeText(outcome: JobOutcome, tr: Translate, lang: Lang): string {
  const { check, applied, chosen } = outcome;
  const parts: string[] = [];
  if (check.summary.total === 0) parts.push(tr('outcome.checkNoRows'));
  else if (outcome.job === 'check') parts.push(tr('outcome.check', { total: check.summary.total, marked: applied.marked }));
  else if (outcome.job === 'fill') parts.push(applied.written > 0 ? tr('outcome.fill', { written: applied.written }) : tr('outcome.fillNone'));
  if (applied.summarySheet && outcome.job === 'summary') parts.push(tr('outcome.summary', { sheet: applied.summarySheet }));
  parts.push(chosen.catalog ? tr('outcome.catalog', { title: chosen.catalog.title }) : tr('outcome.noCatalog'));
  const fit = catalogFit(check);
  if (fit?.poor) parts.push(tr('outcome.poorFit', { matched: fit.matched, rows: fit.rows }));
  return parts.join(lang === 'en' ? ' ' : '');
}
