// Notes that compose after a merge: a merged cell's note says where its value came from; when the
// check of the merged workbook then marks the cell, its note keeps that line and adds the verdict
// under it (provenance first, then the verdict), instead of replacing it.
import type { EditPlan, TrimmedText } from '../types';
import { fitCellText } from '../excel-limits';

export type NoteLookup = (sheet: string, row: number, col: number) => string | null | undefined;

/** The plan with each mark's note put under the note its cell holds now (per `noteAt`). */
export function composeMarkNotes(plan: EditPlan, noteAt: NoteLookup): EditPlan {
  const trimmed: TrimmedText[] = [...(plan.trimmed ?? [])];
  const marks = plan.marks.map((mark) => {
    const before = noteAt(mark.sheet, mark.row, mark.col)?.trimEnd();
    if (!before || mark.note === null || before.includes(mark.note)) return mark;
    const fit = fitCellText(`${before}\n${mark.note}`);
    if (fit.trimmed) trimmed.push({ sheet: mark.sheet, row: mark.row, col: mark.col, kind: 'note' });
    return { ...mark, note: fit.text };
  });
  return { ...plan, marks, ...(trimmed.length ? { trimmed } : {}) };
}
