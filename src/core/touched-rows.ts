// Rows of a workbook named by sheet, for working on part of a checked table: the rows a user edited
// and the rows whose marks a new check changes.
import type { EditPlan } from './types';

export interface SheetRows {
  sheet: string;
  /** 0-based rows. */
  rows: number[];
}

export function rowCount(touched: readonly SheetRows[]): number {
  return touched.reduce((n, s) => n + s.rows.length, 0);
}

/** Whether a cell lies in one of the rows. */
export function inRows(touched: readonly SheetRows[]): (sheet: string, row: number) => boolean {
  const bySheet = new Map(touched.map((s) => [s.sheet, new Set(s.rows)]));
  return (sheet, row) => bySheet.get(sheet)?.has(row) ?? false;
}

/** The rows of both lists, each once and in order. */
export function unionRows(a: readonly SheetRows[], b: readonly SheetRows[]): SheetRows[] {
  const bySheet = new Map<string, Set<number>>();
  for (const { sheet, rows } of [...a, ...b]) {
    const set = bySheet.get(sheet) ?? bySheet.set(sheet, new Set()).get(sheet)!;
    rows.forEach((r) => set.add(r));
  }
  return [...bySheet].map(([sheet, rows]) => ({ sheet, rows: [...rows].sort((x, y) => x - y) }));
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/** What a plan puts on each row, as comparable text. */
function rowEdits(plan: EditPlan): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const add = (sheet: string, row: number, text: string) => (rows.get(rowKey(sheet, row)) ?? rows.set(rowKey(sheet, row), []).get(rowKey(sheet, row))!).push(text);
  for (const m of plan.marks) add(m.sheet, m.row, JSON.stringify(['mark', m.col, plan.palette[m.style], m.note]));
  for (const w of plan.writes) add(w.sheet, w.row, JSON.stringify(['write', w.col, w.value]));
  for (const edits of rows.values()) edits.sort();
  return rows;
}

/** The rows where the two plans put different marks or writes. */
export function changedPlanRows(before: EditPlan, after: EditPlan): SheetRows[] {
  const a = rowEdits(before);
  const b = rowEdits(after);
  const changed = new Map<string, SheetRows>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (JSON.stringify(a.get(key) ?? []) === JSON.stringify(b.get(key) ?? [])) continue;
    const [sheet, row] = key.split('\u0000');
    (changed.get(sheet) ?? changed.set(sheet, { sheet, rows: [] }).get(sheet)!).rows.push(Number(row));
  }
  return unionRows([...changed.values()], []);
}
