// Which findings the pane lists and how: grouped the way Excel's Accessibility Checker groups its
// pane (errors, warnings, things to review), then by sheet, narrowed by the user's filters.
import type { Finding, Status } from '../core/types';

export type GroupKey = 'error' | 'warning' | 'review';
export const GROUP_ORDER: GroupKey[] = ['error', 'warning', 'review'];

/** The statuses that are listed; pass and n/a rows are only counted. */
export const LISTED_STATUSES: Status[] = ['fail', 'review', 'missing', 'invalid'];

/** Stands for "no lead department" in the department filter. */
export const UNASSIGNED = '';

export interface FindingFilter {
  /** Empty: every listed status. */
  statuses: Status[];
  /** A department, UNASSIGNED, or null for all. */
  lead: string | null;
}

export const NO_FILTER: FindingFilter = { statuses: [], lead: null };

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

export interface FindingGroup {
  key: GroupKey;
  count: number;
  sheets: SheetFindings[];
}

/** The group a finding is listed under; null for the ones only counted. */
export function groupOf(finding: Finding): GroupKey | null {
  if (!LISTED_STATUSES.includes(finding.status)) return null;
  if (finding.severity === 'error') return 'error';
  if (finding.status === 'review') return 'review';
  return 'warning';
}

function passesFilter(finding: Finding, filter: FindingFilter): boolean {
  if (filter.statuses.length > 0 && !filter.statuses.includes(finding.status)) return false;
  if (filter.lead === null) return true;
  return filter.lead === UNASSIGNED ? finding.lead.length === 0 : finding.lead.includes(filter.lead);
}

/** The groups with their findings by sheet, in workbook order; empty groups are left out. */
export function groupFindings(findings: Finding[], filter: FindingFilter = NO_FILTER): FindingGroup[] {
  const groups = new Map<GroupKey, Map<string, Finding[]>>();
  for (const finding of findings) {
    const key = groupOf(finding);
    if (!key || !passesFilter(finding, filter)) continue;
    const sheets = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
    const list = sheets.get(finding.sheet) ?? sheets.set(finding.sheet, []).get(finding.sheet)!;
    list.push(finding);
  }
  return GROUP_ORDER.filter((key) => groups.has(key)).map((key) => {
    const sheets = [...groups.get(key)!].map(([sheet, list]) => ({ sheet, findings: list }));
    return { key, count: sheets.reduce((n, s) => n + s.findings.length, 0), sheets };
  });
}

/** The lead departments of the listed findings, in order of appearance; UNASSIGNED last when some have none. */
export function leadDepartments(findings: Finding[]): string[] {
  const seen = new Set<string>();
  let unassigned = false;
  for (const finding of findings) {
    if (!groupOf(finding)) continue;
    if (finding.lead.length === 0) unassigned = true;
    finding.lead.forEach((lead) => seen.add(lead));
  }
  return unassigned ? [...seen, UNASSIGNED] : [...seen];
}

/** Keeps a filter meaningful after a new check: a department no longer present is dropped. */
export function reconcileFilter(filter: FindingFilter, departments: string[]): FindingFilter {
  return filter.lead !== null && !departments.includes(filter.lead) ? { ...filter, lead: null } : filter;
}
