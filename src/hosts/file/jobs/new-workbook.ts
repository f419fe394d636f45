// A workbook made from nothing with sheets the core laid out (a feedback file), written by the same
// package writer that patches the user's workbooks: no second writer, and it runs in the browser.
import type { SummarySheetLayout } from '../../../core/types';
import { FileWorkbook } from '../package/file-workbook';
import { blankWorkbookBytes } from '../package/blank-workbook';
import { writeSummarySheet } from '../package/summary-sheet';

export async function newWorkbookBytes(sheets: SummarySheetLayout[], createdAt: Date): Promise<Uint8Array> {
  const workbook = await FileWorkbook.open(blankWorkbookBytes(createdAt), '');
  for (const layout of sheets) await writeSummarySheet(workbook, layout);
  return workbook.save();
}
