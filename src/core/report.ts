// The JSON report of DESIGN §7 (schema 1).
import type { Finding, IssueCode, Severity, Status, Totals } from './types';
import type { WorkbookCheck } from './check';
import { columnLetter } from './address';

export interface ReportFinding {
  sheet: string;
  row: number;
  cell: string;
  name: string;
  indicatorId: string | null;
  target: string | null;
  value: number | string | null;
  unit: string | null;
  status: Status;
  severity: Severity;
  gap: number | null;
  lead: string[];
  coop: string[];
  issues: IssueCode[];
  message: string;
  property: string | null;
  category: string | null;
  match: Finding['match'];
}

export interface ReportWorkbook {
  file: string;
  tables: { sheet: string; headerRow: number; columns: Record<string, string> }[];
  findings: ReportFinding[];
  totals: Totals;
  passRate: number | null;
}

export interface Report {
  schema: 1;
  catalog: string | null;
  workbooks: ReportWorkbook[];
}

function reportFinding(f: Finding): ReportFinding {
  const { col: _col, ...rest } = f;
  return rest;
}

export function buildReport(catalogId: string | null, workbooks: { file: string; check: WorkbookCheck }[]): Report {
  return {
    schema: 1,
    catalog: catalogId,
    workbooks: workbooks.map(({ file, check }) => ({
      file,
      tables: check.tables.map((table) => ({
        sheet: table.sheet,
        headerRow: table.headerTop + 1,
        columns: Object.fromEntries(
          Object.entries(table.columns).map(([role, col]) => [role, columnLetter(col as number)]),
        ),
      })),
      findings: check.findings.map(reportFinding),
      totals: check.summary.totals,
      passRate: check.summary.passRate,
    })),
  };
}
