// Which findings the pane lists and how: grouped by status (未达标, 未填报, 数据错误, 需核实), the same
// statuses as the counts above the list and the marks in the workbook, in workbook order inside a
// group, narrowed by the user's filters.
import type { Finding, Status } from '../core/types';

/** The statuses that are listed, in the order of their groups; pass and n/a rows are only counted. */
export const LISTED_STATUSES: Status[] = ['fail', 'missing', 'invalid', 'review'];

/** Stands for "no lead department" in the department filter. */
export const UNASSIGNED = '';

export interface FindingFilter {
  /** Empty: every listed status. */
  statuses: Status[];
  /** A department, UNASSIGNED, or null for all. */
  lead: string | null;
}

export const NO_FILTER: FindingFilter = { statuses: [], lead: null };

export interface FindingGroup {
  status: Status;
  findings: Finding[];
}

export function isListed(finding: Finding): boolean {
  return LISTED_STATUSES.includes(finding.status);
}

function passesFilter(finding: Finding, filter: FindingFilter): boolean {
  if (filter.statuses.length > 0 && !filter.statuses.includes(finding.status)) return false;
  if (filter.lead === null) return true;
  return filter.lead === UNASSIGNED ? finding.lead.length === 0 : finding.lead.includes(filter.lead);
}

/** The groups with their findings, in workbook order; empty groups are left out. */
export function groupFindings(findings: Finding[], filter: FindingFilter = NO_FILTER): FindingGroup[] {
  const groups = new Map<Status, Finding[]>(LISTED_STATUSES.map((status) => [status, []]));
  for (const finding of findings) {
    if (isListed(finding) && passesFilter(finding, filter)) groups.get(finding.status)!.push(finding);
  }
  return LISTED_STATUSES.map((status) => ({ status, findings: groups.get(status)! })).filter((group) => group.findings.length > 0);
}

/** The lead departments of the listed findings, in order of appearance; UNASSIGNED last when some have none. */
export function leadDepartments(findings: Finding[]): string[] {
  const seen = new Set<string>();
  let unassigned = false;
  for (const finding of findings) {
    if (!isListed(finding)) continue;
    if (finding.lead.length === 0) unassigned = true;
    finding.lead.forEach((lead) => seen.add(lead));
  }
  return unassigned ? [...seen, UNASSIGNED] : [...seen];
}

/** Keeps a filter meaningful after a new check: a department no longer present is dropped. */
export function reconcileFilter(filter: FindingFilter, departments: string[]): FindingFilter {
  return filter.lead !== null && !departments.includes(filter.lead) ? { ...filter, lead: null } : filter;
}

/** A finding's key in the list: its sheet and cell. */
export function findingKey(finding: Finding): string {
  return `${finding.sheet}!${finding.cell}`;
}
