// Applying an edit plan to a workbook file, and taking the marks off again (the package patching is in ./package).
import type { EditPlan, WorkbookGrid } from '../../core/types';
import type { Journal } from '../../core/journal';
import { JOURNAL_MARKER, JOURNAL_SHEET } from '../../core/journal';
import { CoreError } from '../../core/errors';
import type { FileWorkbook } from './package/file-workbook';
import { applyPlanToPackage, clearPackageMarks, type ApplyOptions, type ApplyOutcome, type ClearResult } from './package/apply-plan';

export type { ApplyOptions, ApplyOutcome, ClearResult };

/** A part the writer cannot patch without losing something is refused, naming the file and the part. */
export async function refusingLoss<T>(workbook: FileWorkbook, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw new CoreError('bad-input', { file: workbook.file, kind: 'cannot-keep', reason: e instanceof Error ? e.message : String(e) });
  }
}

export function applyPlan(workbook: FileWorkbook, plan: EditPlan, grid: WorkbookGrid, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  return refusingLoss(workbook, () => applyPlanToPackage(workbook, plan, grid, options));
}

/** Puts back every cell the journal recorded and removes what the tool added; null when never checked. */
export function clearMarks(workbook: FileWorkbook): Promise<ClearResult | null> {
  return refusingLoss(workbook, () => clearPackageMarks(workbook));
}

export function readJournal(workbook: FileWorkbook, sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<Journal | null> {
  return workbook.readJournal(sheet, marker);
}
