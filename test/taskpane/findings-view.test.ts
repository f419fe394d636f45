import type { Finding, Severity, Status } from '../../src/core/types';
import { groupFindings, groupOf, leadDepartments, reconcileFilter, UNASSIGNED } from '../../src/taskpane/findings-view';

function finding(sheet: string, row: number, status: Status, severity: Severity, lead: string[] = []): Finding {
  return {
    sheet, row, cell: `E${row}`, name: `指标${row}`, indicatorId: null, target: '≥1', value: 0, unit: null, status, severity,
    gap: null, lead, coop: [], issues: [], message: '', property: null, category: null, match: null, col: 4,
  };
}

describe('findings view', () => {
  it('groups as the Accessibility Checker does: errors, warnings, things to review; pass and n/a are not listed', () => {
    expect(groupOf(finding('a', 1, 'fail', 'error'))).toBe('error');
    expect(groupOf(finding('a', 1, 'fail', 'warning'))).toBe('warning');
    expect(groupOf(finding('a', 1, 'missing', 'warning'))).toBe('warning');
    expect(groupOf(finding('a', 1, 'missing', 'error'))).toBe('error');
    expect(groupOf(finding('a', 1, 'invalid', 'warning'))).toBe('warning');
    expect(groupOf(finding('a', 1, 'review', 'warning'))).toBe('review');
    expect(groupOf(finding('a', 1, 'pass', 'info'))).toBeNull();
    expect(groupOf(finding('a', 1, 'na', 'info'))).toBeNull();
  });

  it('lists each group by sheet in workbook order and leaves empty groups out', () => {
    const groups = groupFindings([
      finding('表一', 2, 'review', 'warning'),
      finding('表二', 3, 'fail', 'error'),
      finding('表一', 4, 'fail', 'error'),
      finding('表一', 5, 'pass', 'info'),
    ]);
    expect(groups.map((g) => [g.key, g.count, g.sheets.map((s) => [s.sheet, s.findings.map((f) => f.row)])])).toEqual([
      ['error', 2, [['表二', [3]], ['表一', [4]]]],
      ['review', 1, [['表一', [2]]]],
    ]);
  });

  it('filters by status and by lead department, "unassigned" included', () => {
    const findings = [
      finding('s', 2, 'fail', 'error', ['市水利局']),
      finding('s', 3, 'missing', 'warning', ['市水利局', '市林业局']),
      finding('s', 4, 'fail', 'warning', []),
      finding('s', 5, 'pass', 'info', ['市统计局']),
    ];
    const rows = (filter: Parameters<typeof groupFindings>[1]) =>
      groupFindings(findings, filter).flatMap((g) => g.sheets.flatMap((s) => s.findings.map((f) => f.row)));
    expect(rows({ statuses: ['fail'], lead: null })).toEqual([2, 4]);
    expect(rows({ statuses: [], lead: '市林业局' })).toEqual([3]);
    expect(rows({ statuses: [], lead: UNASSIGNED })).toEqual([4]);
    expect(rows({ statuses: ['missing'], lead: '市水利局' })).toEqual([3]);
    // Departments of listed findings only; unassigned last.
    expect(leadDepartments(findings)).toEqual(['市水利局', '市林业局', UNASSIGNED]);
    expect(reconcileFilter({ statuses: ['fail'], lead: '市统计局' }, leadDepartments(findings))).toEqual({ statuses: ['fail'], lead: null });
  });
});
