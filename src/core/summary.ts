// The summary model: totals, pass rate, by category, by lead department, and the lists that need action.
import type { Finding, Status, Summary, SummaryGroup, Totals } from './types';

export const STATUSES: Status[] = ['pass', 'fail', 'review', 'missing', 'invalid', 'na'];

export function emptyTotals(): Totals {
  return { pass: 0, fail: 0, review: 0, missing: 0, invalid: 0, na: 0 };
}

export function countStatuses(findings: Finding[]): Totals {
  const totals = emptyTotals();
  for (const f of findings) totals[f.status]++;
  return totals;
}

/** pass ÷ (total − na); null when every indicator is not applicable or there is none. */
export function passRate(totals: Totals): number | null {
  const total = STATUSES.reduce((n, s) => n + totals[s], 0);
  const rated = total - totals.na;
  return rated > 0 ? totals.pass / rated : null;
}

function groupBy(findings: Finding[], keysOf: (f: Finding) => readonly string[]): SummaryGroup[] {
  const groups = new Map<string, Totals>();
  for (const f of findings) {
    for (const key of keysOf(f)) {
      let totals = groups.get(key);
      if (!totals) {
        totals = emptyTotals();
        groups.set(key, totals);
      }
      totals[f.status]++;
    }
  }
  return [...groups].map(([key, totals]) => {
    const total = STATUSES.reduce((n, s) => n + totals[s], 0);
    return { key, totals, total, passRate: passRate(totals) };
  });
}

const UNASSIGNED = [''];

/**
 * Groups keep the order in which they first appear in the workbook. A finding with no category or
 * no lead department is grouped under the empty key (the summary sheet words it).
 */
export function summarize(findings: Finding[], region: string | null = null): Summary {
  const totals = countStatuses(findings);
  return {
    region,
    totals,
    total: findings.length,
    passRate: passRate(totals),
    byCategory: groupBy(findings, (f) => (f.category ? [f.category] : UNASSIGNED)),
    byLead: groupBy(findings, (f) => (f.lead.length > 0 ? f.lead : UNASSIGNED)),
    failing: findings.filter((f) => f.status === 'fail'),
    review: findings.filter((f) => f.status === 'review' || f.status === 'invalid'),
    missing: findings.filter((f) => f.status === 'missing'),
  };
}
