// The findings list's model: groups by status in a fixed order, workbook order inside, filters.
import type { Finding, Severity, Status } from '../../src/core/types';
import { groupFindings, leadDepartments, reconcileFilter, UNASSIGNED } from '../../src/taskpane/findings-view';

function finding(name: string, row: number, status: Status, severity: Severity, lead: string[] = []): Finding {
  return { sheet: 'S', row, col: 4, cell: `E${row}`, name, status, severity, lead, coop: [], issues: [], message: '', target: null, value: null, unit: null, gap: null } as unknown as Finding;
}

describe('findings view', () => {
  const findings = [
    finding('a', 2, 'review', 'warning', ['水利局']),
    finding('b', 3, 'fail', 'warning', ['林业局']),
    finding('c', 4, 'pass', 'info', ['农业局']),
    finding('d', 5, 'missing', 'warning'),
    finding('e', 6, 'fail', 'error', ['水利局']),
    finding('f', 7, 'na', 'info'),
  ];

  it('groups the listed statuses in the order 未达标, 未填报, 数据错误, 需核实, rows in workbook order', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.status, g.findings.map((f) => f.name)])).toEqual([
      ['fail', ['b', 'e']],
      ['missing', ['d']],
      ['review', ['a']],
    ]);
  });

  it('narrows by status and department; departments are those of listed findings', () => {
    expect(groupFindings(findings, { statuses: ['fail'], lead: '水利局' }).map((g) => g.findings.map((f) => f.name))).toEqual([['e']]);
    expect(groupFindings(findings, { statuses: [], lead: UNASSIGNED }).map((g) => g.findings.map((f) => f.name))).toEqual([['d']]);
    expect(leadDepartments(findings)).toEqual(['水利局', '林业局', UNASSIGNED]);
    expect(reconcileFilter({ statuses: [], lead: '农业局' }, leadDepartments(findings)).lead).toBeNull();
    expect(reconcileFilter({ statuses: [], lead: '林业局' }, leadDepartments(findings)).lead).toBe('林业局');
  });
});
