// Applying an edit plan to a workbook file, and taking the marks off again (the package patching is in ./package).
import type { EditPlan, WorkbookGrid } from '../../core/types';
import type { Journal } from '../../core/journal';
import { JOURNAL_MARKER, JOURNAL_SHEET } from '../../core/journal';
import type { FileWorkbook } from './package/file-workbook';
import { applyPlanToPackage, clearPackageMarks, type ApplyOptions, type ApplyOutcome, type ClearResult } from './package/apply-plan';

export type { ApplyOptions, ApplyOutcome, ClearResult };

export function applyPlan(workbook: FileWorkbook, plan: EditPlan, grid: WorkbookGrid, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  return applyPlanToPackage(workbook, plan, grid, options);
}

/** Puts back every cell the journal recorded and removes what the tool added; null when never checked. */
export function clearMarks(workbook: FileWorkbook): Promise<ClearResult | null> {
  return clearPackageMarks(workbook);
}

export function readJournal(workbook: FileWorkbook, sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<Journal | null> {
  return workbook.readJournal(sheet, marker);
}
